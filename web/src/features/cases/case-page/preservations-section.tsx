import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { PRESERVATION_DECISION_LABELS } from '../../../../../common/contracts/cases';
import type { Preservation } from '../api-case';
import { dayText, daysUntil } from '../format';
import { useCaseContext } from './context';
import { DocLink } from './shared';

const STATUS: Record<Preservation['status'], { color: string; text: string }> = {
  pending: { color: 'gold', text: '待负责人批准' },
  rejected: { color: 'default', text: '未批准' },
  preserved: { color: 'orange', text: '登记保存中' },
  decided: { color: 'green', text: '已作处理决定' },
};

function decisionText(p: Preservation): string {
  if (!p.decision) return '—';
  return p.decision in PRESERVATION_DECISION_LABELS
    ? PRESERVATION_DECISION_LABELS[p.decision as keyof typeof PRESERVATION_DECISION_LABELS]
    : p.decision;
}

/** 先行登记保存: each request, its approval, the seven-day decision deadline and the decision. */
export function PreservationsSection() {
  const { lawCase, open } = useCaseContext();
  const { requestPreservation, decidePreservation } = lawCase.abilities;
  return (
    <Card
      size="small"
      title="先行登记保存证据"
      extra={
        requestPreservation && (
          <Button size="small" onClick={() => open({ kind: 'preservation' })}>
            申请先行登记保存
          </Button>
        )
      }
    >
      {lawCase.preservations.length === 0 && <Typography.Text type="secondary">无</Typography.Text>}
      {lawCase.preservations.map((p) => {
        const left = p.dueOn ? daysUntil(p.dueOn) : null;
        return (
          <div key={p.id} style={{ marginBottom: 16 }} data-testid="preservation">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                {
                  key: 's',
                  label: '状态',
                  children: <Tag color={STATUS[p.status].color}>{STATUS[p.status].text}</Tag>,
                },
                { key: 'on', label: '登记保存日期', children: dayText(p.preservedOn) },
                {
                  key: 'due',
                  label: '处理决定期限',
                  children: (
                    <Space size={4}>
                      {dayText(p.dueOn)}
                      {p.status === 'preserved' && left !== null && (
                        <Tag color={left < 0 ? 'red' : left <= 2 ? 'orange' : 'green'}>
                          {left < 0 ? '已逾期' : `剩 ${left} 日`}
                        </Tag>
                      )}
                    </Space>
                  ),
                },
                { key: 'place', label: '保存地点', children: p.place },
                { key: 'reason', label: '理由', span: 2, children: p.reason },
                ...(p.status === 'decided'
                  ? [
                      {
                        key: 'd',
                        label: '处理决定',
                        span: 'filled' as const,
                        children: `${decisionText(p)}（${dayText(p.decidedOn)}）${p.decisionNote ? `：${p.decisionNote}` : ''}`,
                      },
                    ]
                  : []),
              ]}
            />
            <Table
              size="small"
              rowKey={(_, i) => String(i)}
              pagination={false}
              dataSource={p.items}
              columns={[
                { title: '物品名称', dataIndex: 'name' },
                { title: '规格型号', dataIndex: 'spec' },
                { title: '数量', dataIndex: 'quantity', width: 100 },
                { title: '备注', dataIndex: 'note' },
              ]}
            />
            <Space style={{ marginTop: 8 }}>
              <DocLink caseId={lawCase.id} documentId={p.noticeDocumentId}>
                先行登记保存证据通知书
              </DocLink>
              {decidePreservation && p.status === 'preserved' && (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => open({ kind: 'preservationDecision', preservation: p })}
                >
                  作出处理决定
                </Button>
              )}
            </Space>
          </div>
        );
      })}
    </Card>
  );
}
