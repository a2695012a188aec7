import { Button, Card, Descriptions, Table, Tag } from 'antd';
import {
  HEARING_STATUS_LABELS,
  STATEMENT_REVIEW_LABELS,
  STATEMENT_STATUS_LABELS,
} from '../../../../../common/contracts/cases';
import type { Statement } from '../api-case';
import { dayText } from '../format';
import { useCaseContext } from './context';
import { DocLink } from './shared';

/** 告知与陈述申辩: the notice and its delivery, statements and their review, the hearing request. */
export function DefenceSection() {
  const { lawCase, open } = useCaseContext();
  const a = lawCase.abilities;
  const notice = lawCase.documents.find((d) => d.kind === 'penalty_notice' && !d.supersededBy);
  return (
    <Card size="small" title="告知与陈述申辩、听证">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'notice',
            label: '告知书',
            children: notice ? (
              <DocLink caseId={lawCase.id} documentId={notice.id}>
                {notice.number ?? notice.title}
              </DocLink>
            ) : (
              '未发出'
            ),
          },
          { key: 'delivered', label: '告知书送达', children: dayText(lawCase.noticeDeliveredOn) },
          { key: 'statement', label: '陈述申辩', children: STATEMENT_STATUS_LABELS[lawCase.statementStatus] },
          { key: 'hearing', label: '听证', children: HEARING_STATUS_LABELS[lawCase.hearingStatus] },
        ]}
      />
      <Table<Statement>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={lawCase.statements}
        locale={{ emptyText: '尚无陈述申辩' }}
        style={{ marginTop: 8 }}
        columns={[
          { title: '收到日期', dataIndex: 'receivedOn', key: 'on', width: 110 },
          {
            title: '类型',
            key: 'kind',
            width: 110,
            render: (_, s) => (s.kind === 'waiver' ? <Tag>放弃</Tag> : <Tag color="blue">陈述申辩</Tag>),
          },
          { title: '内容', dataIndex: 'content', key: 'content', ellipsis: true },
          {
            title: '复核',
            key: 'review',
            width: 240,
            render: (_, s) =>
              s.reviewResult ? (
                <>
                  <Tag color="green">{STATEMENT_REVIEW_LABELS[s.reviewResult]}</Tag>
                  {s.reviewReason}
                </>
              ) : s.kind === 'statement' && a.reviewStatement ? (
                <Button
                  size="small"
                  type="link"
                  onClick={() => open({ kind: 'statementReview', statement: s })}
                >
                  复核
                </Button>
              ) : (
                '—'
              ),
          },
          { title: '记录人', dataIndex: 'recordedByName', key: 'by', width: 90 },
        ]}
      />
    </Card>
  );
}
