import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { PersonOutcome } from '../../../../common/contracts/fault';
import { Basis } from '../cases/case-page/shared';
import { dayText, daysUntil } from '../cases/format';
import { mayActFor, useMatterContext } from './matter-context';
import { LevelTag, ARTICLE, MeasureTags } from './labels';
import { emptyText, refText, pre, TreatmentTag } from './matter-shared';

function StatementCell({ p }: { p: PersonOutcome }) {
  if (p.statement)
    return (
      <Space orientation="vertical" size={2}>
        <span>
          {p.statement.kind === 'waiver' ? <Tag>放弃陈述申辩</Tag> : <Tag color="blue">已陈述申辩</Tag>}
          <Typography.Text type="secondary">{dayText(p.statement.receivedOn)}</Typography.Text>
        </span>
        <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: '展开' }} style={{ margin: 0 }}>
          {p.statement.content}
        </Typography.Paragraph>
      </Space>
    );
  if (!p.informedOn) return <Typography.Text type="secondary">尚未告知</Typography.Text>;
  const over = !!p.statementDueOn && daysUntil(p.statementDueOn) < 0;
  return over ? <Tag>期限届满未提出</Tag> : <Typography.Text type="secondary">等待陈述申辩</Typography.Text>;
}

/**
 * 告知与陈述申辩: every liable person is told the finding and the 拟处理意见, and heard (or waives) before the
 * decision. The accused records his own statement when the server allows (selfService).
 */
export function InformTab() {
  const ctx = useMatterContext();
  const { m, open } = ctx;
  const active = m.stage === 'found';
  return (
    <Card
      size="small"
      title="告知与陈述申辩"
      style={{ marginBottom: 16 }}
      data-testid="matter-inform"
      extra={<Basis>{ARTICLE('十')}</Basis>}
    >
      <Table<PersonOutcome>
        size="small"
        rowKey={(p) => p.person.id}
        pagination={false}
        dataSource={m.people}
        locale={{ emptyText: emptyText('尚未认定责任人员') }}
        columns={[
          { title: '人员', key: 'person', width: 150, render: (_, p) => refText(p.person) },
          { title: '责任', key: 'level', width: 90, render: (_, p) => <LevelTag level={p.level} /> },
          {
            title: '处理',
            key: 'treatment',
            width: 170,
            render: (_, p) => <TreatmentTag treatment={p.treatment} />,
          },
          {
            title: '拟处理意见',
            key: 'proposed',
            render: (_, p) => (
              <>
                <MeasureTags measures={p.proposedMeasures} emptyText="免予追究" />
                {p.proposalNote && <div style={{ fontSize: 12 }}>{pre(p.proposalNote)}</div>}
              </>
            ),
          },
          {
            title: '告知日期',
            key: 'informed',
            width: 110,
            render: (_, p) => (p.informedOn ? dayText(p.informedOn) : <Tag color="orange">未告知</Tag>),
          },
          { title: '陈述申辩期限', key: 'due', width: 120, render: (_, p) => dayText(p.statementDueOn) },
          { title: '陈述申辩', key: 'statement', width: 240, render: (_, p) => <StatementCell p={p} /> },
          {
            title: '操作',
            key: 'ops',
            width: 130,
            render: (_, p) => (
              <Space orientation="vertical" size={4}>
                {active && m.abilities.manage && !p.informedOn && (
                  <Button size="small" type="primary" onClick={() => open({ kind: 'inform', person: p })}>
                    告知
                  </Button>
                )}
                {active &&
                  !!p.informedOn &&
                  !p.statement &&
                  mayActFor(ctx, p.person.id, m.abilities.manage) && (
                    <Button size="small" onClick={() => open({ kind: 'statement', person: p })}>
                      记录陈述申辩
                    </Button>
                  )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
