import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { PersonOutcome } from '../../../../common/contracts/fault';
import { Basis } from '../cases/case-page/shared';
import { dayText } from '../cases/format';
import { useMatterContext } from './matter-context';
import { ARTICLE, MeasureTags } from './labels';
import { DocButtons, emptyText, refText, pre } from './matter-shared';

function DecidedCell({ p }: { p: PersonOutcome }) {
  const changed =
    p.currentMeasures && p.decidedMeasures && p.currentMeasures.join() !== p.decidedMeasures.join();
  return (
    <Space orientation="vertical" size={2}>
      <MeasureTags measures={p.decidedMeasures} emptyText="免予追究" />
      {p.disciplineBody && <Typography.Text type="secondary">移送：{p.disciplineBody}</Typography.Text>}
      {p.decisionReason && <Typography.Text type="secondary">{p.decisionReason}</Typography.Text>}
      {changed && (
        <span>
          复核后执行：
          <MeasureTags measures={p.currentMeasures} emptyText="不予处理" />
        </span>
      )}
    </Space>
  );
}

function NoticeCell({ p }: { p: PersonOutcome }) {
  const n = p.notice;
  if (!n) return <Tag color="orange">未送达</Tag>;
  return (
    <Space orientation="vertical" size={2} data-testid="notice">
      <span>
        {dayText(n.deliveredOn)} · {n.method} · 签收人 {n.receiverName}
      </span>
      {n.late && (
        <Typography.Text type="danger" data-testid="notice-late">
          <Tag color="red">超期送达</Tag>
          {n.lateReason}
        </Typography.Text>
      )}
    </Space>
  );
}

/** 处理决定与送达: the decision, each person's measures, the written notice (第十一条) and its documents. */
export function DecisionTab() {
  const { m, open } = useMatterContext();
  const d = m.decision;
  const served = m.stage === 'decided' || m.stage === 'closed';
  return (
    <Card size="small" title="处理决定与送达" style={{ marginBottom: 16 }} data-testid="matter-decision">
      {!d ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="尚未作出处理决定"
          description="认定后，经告知和陈述申辩，由主要负责人召集会议研究作出处理决定。"
        />
      ) : (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'on', label: '决定日期', children: `${dayText(d.decidedOn)}（${d.byName}）` },
            { key: 'basis', label: '依据', children: <Basis>{`${ARTICLE('十')}、第十三条`}</Basis> },
            { key: 'meeting', label: '研究决定的会议', span: 2, children: pre(d.meeting) },
          ]}
        />
      )}
      {d && (
        <Table<PersonOutcome>
          size="small"
          rowKey={(p) => p.person.id}
          pagination={false}
          dataSource={m.people}
          locale={{ emptyText: emptyText('无责任人员') }}
          columns={[
            { title: '人员', key: 'person', width: 140, render: (_, p) => refText(p.person) },
            { title: '处理决定', key: 'decided', render: (_, p) => <DecidedCell p={p} /> },
            { title: '送达期限', key: 'due', width: 110, render: (_, p) => dayText(p.noticeDueOn) },
            { title: '送达', key: 'notice', width: 240, render: (_, p) => <NoticeCell p={p} /> },
            {
              title: '文书',
              key: 'docs',
              width: 220,
              render: (_, p) => (
                <Space orientation="vertical" size={0}>
                  <DocButtons
                    matterId={m.id}
                    kind="decision"
                    personId={p.person.id}
                    label="处理决定书"
                    small
                  />
                  {p.notice && (
                    <DocButtons
                      matterId={m.id}
                      kind="receipt"
                      personId={p.person.id}
                      label="送达回证"
                      small
                    />
                  )}
                </Space>
              ),
            },
            {
              title: '操作',
              key: 'ops',
              width: 90,
              render: (_, p) =>
                served &&
                m.abilities.notify &&
                !p.notice && (
                  <Button size="small" type="primary" onClick={() => open({ kind: 'notice', person: p })}>
                    送达
                  </Button>
                ),
            },
          ]}
        />
      )}
      <div style={{ marginTop: 8 }}>
        <Basis>{`${ARTICLE('十一')}：处理决定作出之日起十日内书面送达本人`}</Basis>
      </div>
    </Card>
  );
}
