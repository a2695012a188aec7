import { CheckOutlined, CloseOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Tag, Typography } from 'antd';
import { APPROVAL_DECISIONS } from '../../../../../common/contracts/cases';
import type { CaseDetail, PendingApproval } from '../api-case';
import { dateTimeText } from '../format';
import { allowed, decidableApprovals, STEP_ACTIONS, TAB_ACTIONS } from './actions';
import { APPROVAL_KIND_LABELS, decisionLabel } from './approval-modal';
import { useCaseContext } from './context';
import { RefusalList } from './shared';

/** 通过 / 退回 / 不予立案 (or 不同意) on one pending approval. */
export function ApprovalButtons({ approval }: { approval: PendingApproval }) {
  const { open } = useCaseContext();
  const takes = (d: 'return' | 'reject') =>
    (APPROVAL_DECISIONS[approval.kind] as readonly string[]).includes(d);
  return (
    <Space wrap>
      <Button
        type="primary"
        icon={<CheckOutlined />}
        onClick={() => open({ kind: 'approval', approval, decision: 'approve' })}
        data-testid={`approve-${approval.kind}`}
      >
        {decisionLabel(approval.kind, 'approve')}
      </Button>
      {takes('return') && (
        <Button
          icon={<RollbackOutlined />}
          onClick={() => open({ kind: 'approval', approval, decision: 'return' })}
          data-testid={`return-${approval.kind}`}
        >
          {decisionLabel(approval.kind, 'return')}
        </Button>
      )}
      {takes('reject') && (
        <Button
          danger
          icon={<CloseOutlined />}
          onClick={() => open({ kind: 'approval', approval, decision: 'reject' })}
          data-testid={`reject-${approval.kind}`}
        >
          {decisionLabel(approval.kind, 'reject')}
        </Button>
      )}
    </Space>
  );
}

/** What the rules require of this case, each with its grounds. */
function Requirements({ lawCase }: { lawCase: CaseDetail }) {
  const { hearing, legalReview, collective, missingAv } = lawCase.requirements;
  const rows = [
    { key: 'hearing', on: hearing.eligible, label: '可以要求听证', grounds: hearing.grounds },
    { key: 'legal', on: legalReview.required, label: '须经法制审核', grounds: legalReview.grounds },
    { key: 'collective', on: collective.required, label: '须集体讨论决定', grounds: collective.grounds },
  ].filter((r) => r.on);
  if (!rows.length && !missingAv.length) return null;
  return (
    <div style={{ marginTop: 12 }} data-testid="case-requirements">
      {rows.map((r) => (
        <div key={r.key} style={{ marginBottom: 4 }} data-testid={`requirement-${r.key}`}>
          <Tag color="purple">{r.label}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.grounds.join('；')}
          </Typography.Text>
        </div>
      ))}
      {missingAv.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="missing-av"
          title="缺少音像记录"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {missingAv.map((a) => (
                <li key={a.step + a.detail}>
                  {a.label}：{a.detail}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}

/**
 * 下一步: the approvals this user may decide, the steps the server allows now (from abilities only), where the
 * other allowed work is done, and why the next step is blocked, each reason with its basis.
 */
export function NextSteps() {
  const { lawCase, open } = useCaseContext();
  const approvals = decidableApprovals(lawCase);
  const steps = allowed(lawCase, STEP_ACTIONS);
  const others = TAB_ACTIONS.filter((t) => lawCase.abilities[t.action]);
  const nothing = !approvals.length && !steps.length && !others.length;
  const tabs = [...new Set(others.map((o) => o.tab))];
  return (
    <Card title="下一步" size="small" style={{ marginBottom: 16 }} data-testid="next-steps">
      {approvals.map((a) => (
        <div key={a.id} style={{ marginBottom: 12 }} data-testid={`pending-approval-${a.kind}`}>
          <Typography.Paragraph style={{ marginBottom: 6 }}>
            <Tag color="gold">待您审批</Tag>
            {APPROVAL_KIND_LABELS[a.kind]}：{a.requestedByName} 于 {dateTimeText(a.requestedAt)} 提请
          </Typography.Paragraph>
          <ApprovalButtons approval={a} />
        </div>
      ))}
      {steps.length > 0 && (
        <Space wrap>
          {steps.map((s) => (
            <Button
              key={s.action}
              type={s.action === 'declareRecusal' || s.action === 'requestExtension' ? 'default' : 'primary'}
              onClick={() => open(s.request(lawCase))}
              data-testid={`action-${s.action}`}
            >
              {s.label}
            </Button>
          ))}
        </Space>
      )}
      {others.length > 0 && (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: steps.length ? '12px 0 0' : 0 }}
          data-testid="tab-actions"
        >
          {tabs
            .map(
              (tab) =>
                `在「${tab}」页签办理${others
                  .filter((o) => o.tab === tab)
                  .map((o) => o.what)
                  .join('、')}`,
            )
            .join('；')}
          。
        </Typography.Paragraph>
      )}
      {nothing && (
        <Typography.Text type="secondary" data-testid="no-actions">
          当前没有需要您办理的事项。
        </Typography.Text>
      )}
      {lawCase.requirements.blockers.length > 0 && (
        <RefusalList refusals={lawCase.requirements.blockers} type="warning" testId="blocker" />
      )}
      <Requirements lawCase={lawCase} />
    </Card>
  );
}
