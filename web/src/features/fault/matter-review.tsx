import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { Basis } from '../cases/case-page/shared';
import { dayText } from '../cases/format';
import { useMatterContext, type Appeal, type MatterContextValue, type Review } from './matter-context';
import { ARTICLE, MeasureTags, ReviewResultTag } from './labels';
import { DocButtons, emptyText, refText, pre } from './matter-shared';

/** Whether the caller may file a review application or an appeal: 纪检 for anyone, the accused for himself. */
export function mayApply(ctx: MatterContextValue): boolean {
  const { m, meId } = ctx;
  if (m.stage !== 'decided' && m.stage !== 'closed') return false;
  return m.abilities.review || (m.abilities.selfService && m.people.some((p) => p.person.id === meId));
}

function ReviewsTable() {
  const { m, open } = useMatterContext();
  return (
    <Table<Review>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={m.reviews}
      data-testid="matter-reviews"
      locale={{ emptyText: emptyText('无复核申请') }}
      expandable={{ expandedRowRender: (r) => <div style={{ whiteSpace: 'pre-wrap' }}>{r.grounds}</div> }}
      columns={[
        { title: '申请人', key: 'person', width: 120, render: (_, r) => refText(r.person) },
        {
          title: '收到申请',
          key: 'received',
          width: 200,
          render: (_, r) => (
            <Space orientation="vertical" size={2}>
              <span>
                {dayText(r.receivedOn)}
                {r.late && (
                  <Tag color="red" style={{ marginInlineStart: 6 }}>
                    逾期申请
                  </Tag>
                )}
              </span>
              {r.lateJustification && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  正当理由：{r.lateJustification}
                </Typography.Text>
              )}
            </Space>
          ),
        },
        { title: '复核期限', key: 'due', width: 110, render: (_, r) => dayText(r.dueOn) },
        {
          title: '复核决定',
          key: 'result',
          render: (_, r) =>
            r.result ? (
              <Space orientation="vertical" size={2}>
                <span>
                  <ReviewResultTag result={r.result} />
                  {dayText(r.decidedOn)}
                </span>
                <MeasureTags measures={r.measures} emptyText="不予处理" />
                {r.reason && <Typography.Text type="secondary">{r.reason}</Typography.Text>}
              </Space>
            ) : (
              <Tag color="orange">待复核</Tag>
            ),
        },
        {
          title: '操作',
          key: 'ops',
          width: 200,
          render: (_, r) =>
            r.decidedOn ? (
              <DocButtons matterId={m.id} kind="review" recordId={r.id} label="复核决定书" small />
            ) : (
              m.abilities.decideReview && (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => open({ kind: 'reviewDecision', review: r })}
                >
                  复核决定
                </Button>
              )
            ),
        },
      ]}
    />
  );
}

function AppealsTable() {
  const { m, open } = useMatterContext();
  return (
    <Table<Appeal>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={m.appeals}
      data-testid="matter-appeals"
      locale={{ emptyText: emptyText('无申诉') }}
      columns={[
        { title: '申诉人', key: 'person', width: 120, render: (_, a) => refText(a.person) },
        { title: '提出日期', key: 'filed', width: 110, render: (_, a) => dayText(a.filedOn) },
        { title: '受理部门', dataIndex: 'body', width: 150 },
        { title: '申诉内容', key: 'content', render: (_, a) => pre(a.content) },
        {
          title: '处理结果',
          key: 'outcome',
          render: (_, a) =>
            a.outcome ? (
              <>
                {pre(a.outcome)}
                <div>
                  <Typography.Text type="secondary">{dayText(a.decidedOn)}</Typography.Text>
                </div>
              </>
            ) : m.abilities.manage ? (
              <Button size="small" onClick={() => open({ kind: 'appealOutcome', appeal: a })}>
                登记申诉结果
              </Button>
            ) : (
              <Tag color="orange">待处理</Tag>
            ),
        },
      ]}
    />
  );
}

/** 复核与申诉 (第十二条): review within 30 days of receipt, decided by the leadership; appeals to other bodies. */
export function ReviewTab() {
  const ctx = useMatterContext();
  const { m, open } = ctx;
  const apply = mayApply(ctx);
  const dues = m.people.filter((p) => p.reviewDueOn);
  return (
    <>
      <Card
        size="small"
        title="复核"
        style={{ marginBottom: 16 }}
        extra={
          apply && (
            <Button type="primary" onClick={() => open({ kind: 'reviewApplication' })}>
              申请复核
            </Button>
          )
        }
      >
        <Space orientation="vertical" size={2} style={{ marginBottom: 12 }} data-testid="review-due">
          {dues.length === 0 ? (
            <Typography.Text type="secondary">处理决定送达后，当事人可在三十日内申请复核</Typography.Text>
          ) : (
            dues.map((p) => (
              <span key={p.person.id}>
                {p.person.name}：复核申请期限至 {dayText(p.reviewDueOn)}
              </span>
            ))
          )}
          <Basis>{`${ARTICLE('十二')}：收到处理决定之日起三十日内申请复核；复核期间不停止处理决定的执行`}</Basis>
        </Space>
        <ReviewsTable />
      </Card>
      <Card
        size="small"
        title="申诉"
        style={{ marginBottom: 16 }}
        extra={apply && <Button onClick={() => open({ kind: 'appeal' })}>申诉</Button>}
      >
        <AppealsTable />
      </Card>
    </>
  );
}
