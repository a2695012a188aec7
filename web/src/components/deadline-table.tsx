import { Table, Tag, Typography } from 'antd';
import { DEADLINE_STATUS_LABELS, type DeadlineView } from '../../../common/contracts/deadlines';
import { DeadlineBadge } from './DeadlineBadge';

/**
 * The statutory deadlines of one object as the server computed them: what, who is responsible, when it is due
 * (badge with the working days left), its state and its basis (marked 未核实 where the rule is not verified).
 */
export function DeadlineTable({ deadlines }: { deadlines: readonly DeadlineView[] }) {
  return (
    <Table<DeadlineView>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...deadlines]}
      locale={{ emptyText: '暂无期限' }}
      onRow={(d) => ({ 'data-testid': `deadline-row-${d.ruleId}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: '事项',
          key: 'title',
          render: (_, d) => (
            <>
              {d.title}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {d.ruleName}
                  {d.responsibleName ? ` · 负责人 ${d.responsibleName}` : ''}
                </Typography.Text>
              </div>
            </>
          ),
        },
        {
          title: '届满',
          key: 'due',
          width: 320,
          render: (_, d) => (
            <DeadlineBadge
              due={d.due}
              unit={d.unit}
              basis={d.basis}
              status={d.status}
              workingDaysLeft={d.workingDaysLeft}
              hoursLeft={d.hoursLeft}
              projected={d.projected}
            />
          ),
        },
        {
          title: '状态',
          key: 'status',
          width: 110,
          render: (_, d) => <Tag>{DEADLINE_STATUS_LABELS[d.status]}</Tag>,
        },
        {
          title: '依据',
          key: 'basis',
          render: (_, d) => (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {d.basis}
              {!d.verified && (
                <Tag color="orange" style={{ marginInlineStart: 4 }}>
                  未核实
                </Tag>
              )}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
