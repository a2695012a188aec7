import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { OUTCOME_LABELS } from '../../../../../common/contracts/cases';
import type { Proposal } from '../api-case';
import { dateTimeText, penaltyText } from '../format';
import { useCaseContext } from './context';
import { DefenceSection } from './defence-section';
import { BandHint } from './report-modals';
import { ReviewSection } from './review-section';

/**
 * 处罚意见: the proposal as it stands, every version of it (who changed what, when and why), then the notice and
 * defence, legal review, collective discussion. The steps themselves are the buttons of 下一步.
 */
export function ProposalTab() {
  const { lawCase } = useCaseContext();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title="案件调查报告与处罚意见">
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'outcome',
              label: '处理意见',
              children: lawCase.outcome ? (
                OUTCOME_LABELS[lawCase.outcome]
              ) : (
                <Typography.Text type="secondary">尚未提出</Typography.Text>
              ),
            },
            {
              key: 'proposed',
              label: '拟处罚',
              children: <span data-testid="proposed-penalty">{penaltyText(lawCase.proposedPenalty)}</span>,
            },
            ...(lawCase.noticedPenalty
              ? [{ key: 'noticed', label: '告知处罚', children: penaltyText(lawCase.noticedPenalty) }]
              : []),
            ...(lawCase.decidedPenalty
              ? [
                  {
                    key: 'decided',
                    label: '决定处罚',
                    children: <Typography.Text strong>{penaltyText(lawCase.decidedPenalty)}</Typography.Text>,
                  },
                ]
              : []),
            { key: 'band', label: '裁量基准', children: <BandHint lawCase={lawCase} /> },
          ]}
        />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          处罚意见变更记录
        </Typography.Title>
        <Table<Proposal>
          size="small"
          rowKey="version"
          pagination={false}
          dataSource={lawCase.proposals}
          locale={{ emptyText: '尚无处罚意见' }}
          data-testid="proposals-history"
          columns={[
            { title: '版本', dataIndex: 'version', key: 'version', width: 60 },
            { title: '环节', key: 'stage', width: 110, render: (_, p) => <Tag>{p.stageLabel}</Tag> },
            { title: '处理意见', key: 'outcome', width: 180, render: (_, p) => OUTCOME_LABELS[p.outcome] },
            { title: '处罚内容', key: 'penalty', render: (_, p) => penaltyText(p.penalty) },
            { title: '理由', dataIndex: 'reason', key: 'reason', ellipsis: true },
            { title: '提出人', dataIndex: 'proposedByName', key: 'by', width: 90 },
            { title: '时间', key: 'at', width: 150, render: (_, p) => dateTimeText(p.proposedAt) },
          ]}
        />
      </Card>
      <DefenceSection />
      <ReviewSection />
    </Space>
  );
}
