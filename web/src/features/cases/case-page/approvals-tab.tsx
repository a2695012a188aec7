import { Card, Space, Table, Tag, Typography } from 'antd';
import {
  COLLECTIVE_CONCLUSION_LABELS,
  DELIVERY_METHOD_LABELS,
  LEGAL_OPINION_LABELS,
  OUTCOME_LABELS,
  PRESERVATION_DECISION_LABELS,
  STATEMENT_REVIEW_LABELS,
} from '../../../../../common/contracts/cases';
import { roleLabel } from '../../../components/role-tags';
import type { PendingApproval, Step } from '../api-case';
import { dateTimeText } from '../format';
import { decidableApprovals } from './actions';
import { APPROVAL_KIND_LABELS, ApprovalSummary } from './approval-modal';
import { useCaseContext } from './context';
import { ApprovalButtons } from './next-steps';

const APPROVAL_DECISIONS: Record<string, { label: string; color: string }> = {
  approve: { label: '通过', color: 'green' },
  reject: { label: '不同意', color: 'red' },
  return: { label: '退回', color: 'orange' },
};

function pick(labels: Record<string, string>, v: string): string | null {
  return v in labels ? (labels[v] ?? null) : null;
}

/**
 * A step's decision in words. The value's vocabulary depends on the step (an approval's decision, a recusal, an
 * outcome, a delivery method, an opinion…), so it is read with the step's kind.
 */
function decisionTag(step: Step) {
  const d = step.decision;
  if (!d) return '—';
  const k = step.kind;
  const text =
    (k.startsWith('preservation_closed') && pick(PRESERVATION_DECISION_LABELS, d)) ||
    (k.startsWith('recusal') && pick({ none: '无回避情形', conflict: '申请回避' }, d)) ||
    (k.startsWith('legal_opinion') && pick(LEGAL_OPINION_LABELS, d)) ||
    (k.startsWith('collective') && pick(COLLECTIVE_CONCLUSION_LABELS, d)) ||
    (k.includes('deliver') && pick(DELIVERY_METHOD_LABELS, d)) ||
    (k.includes('statement') && pick(STATEMENT_REVIEW_LABELS, d)) ||
    pick(OUTCOME_LABELS, d) ||
    (APPROVAL_DECISIONS[d] &&
      (k.startsWith('filing') && d === 'reject' ? '不予立案' : APPROVAL_DECISIONS[d].label));
  return <Tag color={APPROVAL_DECISIONS[d]?.color ?? 'default'}>{text || d}</Tag>;
}

/** 审批记录: the approval trail, and the pending approvals (with the buttons for those this user may decide). */
export function ApprovalsTab() {
  const { lawCase } = useCaseContext();
  const mine = new Set(decidableApprovals(lawCase).map((a) => a.id));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title="待审批">
        {lawCase.pendingApprovals.length === 0 && (
          <Typography.Text type="secondary">无待审批事项</Typography.Text>
        )}
        {lawCase.pendingApprovals.map((p: PendingApproval) => (
          <div key={p.id} style={{ marginBottom: 16 }} data-testid={`approval-${p.kind}`}>
            <Typography.Paragraph strong style={{ marginBottom: 8 }}>
              {APPROVAL_KIND_LABELS[p.kind]}
              <Tag style={{ marginInlineStart: 8 }}>
                第{p.level}级 · {roleLabel(p.approverRole)}
              </Tag>
            </Typography.Paragraph>
            <ApprovalSummary approval={p} />
            {mine.has(p.id) && <ApprovalButtons approval={p} />}
          </div>
        ))}
      </Card>
      <Card size="small" title="审批记录">
        <Table<Step>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={lawCase.steps}
          locale={{ emptyText: '尚无审批记录' }}
          columns={[
            { title: '时间', key: 'at', width: 150, render: (_, s) => dateTimeText(s.at) },
            { title: '事项', dataIndex: 'label', key: 'label', width: 180 },
            {
              title: '人员',
              key: 'actor',
              width: 150,
              render: (_, s) => (
                <>
                  {s.actorName}
                  {s.actorRole && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      （{roleLabel(s.actorRole)}）
                    </Typography.Text>
                  )}
                </>
              ),
            },
            {
              title: '意见',
              key: 'decision',
              width: 150,
              render: (_, s) => decisionTag(s),
            },
            { title: '说明', dataIndex: 'opinion', key: 'opinion', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
    </Space>
  );
}
