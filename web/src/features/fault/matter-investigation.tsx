import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { dateTimeText, dayText, daysUntil } from '../cases/format';
import { useMatterContext, type Inquiry } from './matter-context';
import { DocButtons, emptyText, refText } from './matter-shared';

/** 调查期限: six months from the 立项, red once passed. */
function DueOn({ due, open }: { due: string | null; open: boolean }) {
  if (!due) return <>—</>;
  const left = daysUntil(due);
  return (
    <span data-testid="investigation-due">
      {dayText(due)}
      {open && left < 0 && (
        <Tag color="red" style={{ marginInlineStart: 8 }}>
          已超过调查期限
        </Tag>
      )}
      {open && left >= 0 && left <= 15 && (
        <Tag color="orange" style={{ marginInlineStart: 8 }}>
          剩 {left} 日
        </Tag>
      )}
    </span>
  );
}

/** 调查: the investigators, the persons under investigation, the deadline and the 调查笔录. */
export function InvestigationTab() {
  const { m, open } = useMatterContext();
  const active = m.stage === 'investigating';
  const canManage = m.abilities.manage && active;
  return (
    <>
      <Card
        size="small"
        title="调查组织"
        style={{ marginBottom: 16 }}
        data-testid="matter-investigation"
        extra={canManage && <Button onClick={() => open({ kind: 'subjects' })}>添加被调查人员</Button>}
      >
        <Descriptions
          size="small"
          bordered
          column={1}
          styles={{ label: { width: 140 } }}
          items={[
            {
              key: 'investigators',
              label: '调查人员',
              children: m.investigators.length ? m.investigators.map(refText).join('、') : '—',
            },
            {
              key: 'subjects',
              label: '被调查人员',
              children: m.subjects.length ? (
                <Space size={[4, 4]} wrap data-testid="matter-subjects">
                  {m.subjects.map((s) => (
                    <Tag key={s.id}>{refText(s)}</Tag>
                  ))}
                </Space>
              ) : (
                '—'
              ),
            },
            {
              key: 'due',
              label: '调查期限',
              children: <DueOn due={m.investigationDueOn} open={active} />,
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title="调查笔录"
        style={{ marginBottom: 16 }}
        data-testid="matter-inquiries"
        extra={
          canManage && (
            <Button type="primary" onClick={() => open({ kind: 'inquiry' })}>
              添加调查笔录
            </Button>
          )
        }
      >
        <Table<Inquiry>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={m.inquiries}
          locale={{ emptyText: emptyText('尚无调查笔录') }}
          expandable={{
            expandedRowRender: (r) => <div style={{ whiteSpace: 'pre-wrap' }}>{r.content}</div>,
          }}
          columns={[
            { title: '被询问人', key: 'person', render: (_, r) => refText(r.person) },
            { title: '时间', key: 'at', width: 150, render: (_, r) => dateTimeText(r.heldAt) },
            { title: '地点', dataIndex: 'place' },
            {
              title: '调查人员',
              key: 'investigators',
              render: (_, r) => r.investigators.map((p) => p.name).join('、'),
            },
            {
              title: '记录人',
              key: 'by',
              width: 90,
              render: (_, r) => <Typography.Text type="secondary">{r.recordedByName}</Typography.Text>,
            },
            {
              title: '文书',
              key: 'doc',
              width: 190,
              render: (_, r) => (
                <DocButtons matterId={m.id} kind="inquiry" recordId={r.id} label="调查笔录" small />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
