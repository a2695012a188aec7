import { Card, Empty, Table, Tag, Timeline, Typography } from 'antd';
import {
  ACTION_KIND_LABELS,
  INSTRUCTION_DECISION_LABELS,
  OUTCOME_KIND_LABELS,
  type InstructionDecision,
  type OutcomeKind,
} from '../../../../common/contracts/interference';
import { AUDIT_ACTION_LABELS } from '../../../../common/audit-actions';
import { ApiErrorAlert } from '../../components/api-error';
import { RoleTags } from '../../components/role-tags';
import { dateTimeText } from '../cases/format';
import { useAccessLog, type AccessLogRow, type RegisterAction, type RegisterView } from './api';

/** The decision of an action in words: the 批示, the verification, the discipline outcome. */
function decisionText(a: RegisterAction): string | null {
  switch (a.kind) {
    case 'instruction':
      return a.decision
        ? (INSTRUCTION_DECISION_LABELS[a.decision as InstructionDecision] ?? a.decision)
        : null;
    case 'verification':
      if (a.decision === 'established') return a.consequence ? '核查属实，造成后果或者恶劣影响' : '核查属实';
      return '核查不属实';
    case 'outcome':
      return a.decision ? (OUTCOME_KIND_LABELS[a.decision as OutcomeKind] ?? a.decision) : null;
    case 'judicial_referral':
      return a.organ ? `移送${a.organ}` : null;
    case 'escalated':
      return null;
  }
}

const ACTION_COLORS: Record<RegisterAction['kind'], string> = {
  instruction: 'blue',
  escalated: 'red',
  verification: 'orange',
  outcome: 'purple',
  judicial_referral: 'red',
};

/** 批示、核查、处理: what was decided on the register, in order. */
export function ActionsCard({ r }: { r: RegisterView }) {
  return (
    <Card size="small" title="批示和处理" style={{ marginBottom: 16 }} data-testid="register-actions">
      {r.actions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未批示" />
      ) : (
        <Timeline
          items={r.actions.map((a) => {
            const decision = decisionText(a);
            return {
              key: a.id,
              color: ACTION_COLORS[a.kind],
              content: (
                <div data-testid={`action-${a.kind}`}>
                  <Typography.Text strong>{ACTION_KIND_LABELS[a.kind]}</Typography.Text>
                  {decision && (
                    <Tag color={ACTION_COLORS[a.kind]} style={{ marginInlineStart: 8 }}>
                      {decision}
                    </Tag>
                  )}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {a.actorName} · {a.decidedOn} · 登记于 {dateTimeText(a.at)}
                    </Typography.Text>
                  </div>
                  {a.body && <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{a.body}</div>}
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}

/** 查阅记录: who read, printed or acted on the register (纪检 and the audit administrator). */
export function AccessLogCard({ registerId }: { registerId: string }) {
  const q = useAccessLog(registerId, true);
  return (
    <Card size="small" title="查阅记录" style={{ marginBottom: 16 }} data-testid="register-access-log">
      <ApiErrorAlert error={q.error} />
      <Table<AccessLogRow>
        size="small"
        rowKey="id"
        loading={q.isFetching}
        dataSource={q.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无记录' }}
        columns={[
          { title: '时间', key: 'at', width: 150, render: (_, e) => dateTimeText(e.at) },
          { title: '人员', dataIndex: 'actorName', width: 100 },
          { title: '角色', key: 'roles', render: (_, e) => <RoleTags roles={e.actorRoles} empty="—" /> },
          { title: '操作', key: 'action', render: (_, e) => AUDIT_ACTION_LABELS[e.action] ?? e.action },
          {
            title: 'IP',
            key: 'ip',
            width: 130,
            render: (_, e) => <span className="zf-mono">{e.ip ?? '—'}</span>,
          },
        ]}
      />
    </Card>
  );
}
