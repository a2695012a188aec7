import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import {
  FAULT_TYPE_LABELS,
  GROUND_CODE_LABELS,
  groundKindOf,
  LIABILITY_LEVEL_LABELS,
  LIABILITY_RULE_LABELS,
  TRAIL_ROLE_LABELS,
  type MatterView,
  type PersonOutcome,
} from '../../../../common/contracts/fault';
import { dayText } from '../cases/format';
import { useFaultPeople } from './api';
import { LevelTag } from './labels';
import { DocButtons, emptyText, pre, TreatmentTag } from './matter-shared';

type Finding = NonNullable<MatterView['finding']>;
type Ground = Finding['grounds'][number];

const GROUND_COLORS = { exemption: 'green', mitigation: 'cyan', aggravation: 'red' } as const;

function factsText(f: Finding): string {
  const a = f.allocationFacts;
  const parts = [
    a.approvalRequired === undefined
      ? '审批要求按案件程序确定'
      : a.approvalRequired
        ? '应当审批'
        : '无需审批',
    a.sectionHeadConsented ? '经承办科室负责人同意' : null,
    a.faultInChangedPart ? null : '过错不在上级改变的部分',
    a.misreportedBy?.length ? `汇报事实有误或提供虚假证据 ${a.misreportedBy.length} 人` : null,
  ];
  return parts.filter(Boolean).join('；');
}

/** 责任划分: the final share of each person beside what the system proposed. */
function SharesTable({ m, f }: { m: MatterView; f: Finding }) {
  return (
    <Table<PersonOutcome>
      size="small"
      rowKey={(p) => p.person.id}
      pagination={false}
      dataSource={m.people}
      data-testid="finding-shares"
      locale={{ emptyText: emptyText('无责任人员') }}
      columns={[
        { title: '人员', key: 'name', width: 100, render: (_, p) => p.person.name },
        { title: '角色', key: 'role', width: 180, render: (_, p) => TRAIL_ROLE_LABELS[p.role] },
        {
          title: '系统建议',
          key: 'proposed',
          render: (_, p) => {
            const s = f.proposedShares.find((x) => x.personId === p.person.id);
            return s ? `${LIABILITY_LEVEL_LABELS[s.level]} · ${LIABILITY_RULE_LABELS[s.rule]}` : '—';
          },
        },
        {
          title: '认定',
          key: 'final',
          render: (_, p) => {
            const s = f.proposedShares.find((x) => x.personId === p.person.id);
            const changed = !s || s.level !== p.level || s.rule !== p.rule || s.role !== p.role;
            return (
              <Space size={4} wrap>
                <LevelTag level={p.level} />
                {LIABILITY_RULE_LABELS[p.rule]}
                {changed && <Tag color="orange">已改变建议</Tag>}
              </Space>
            );
          },
        },
        {
          title: '处理',
          key: 'treatment',
          width: 180,
          render: (_, p) => <TreatmentTag treatment={p.treatment} />,
        },
      ]}
    />
  );
}

function GroundsTable({ m, f }: { m: MatterView; f: Finding }) {
  // A ground may name someone on the case's trail who is neither accused nor liable: 纪检 has the staff list.
  const staff = useFaultPeople(m.abilities.manage);
  const known = [
    ...m.people.map((p) => p.person),
    ...m.subjects,
    ...m.inquiries.map((i) => i.person),
    ...(staff.data ?? []),
  ];
  const nameOf = (id: string) => known.find((p) => p.id === id)?.name ?? '—';
  return (
    <Table<Ground>
      size="small"
      rowKey={(g) => `${g.personId}-${g.code}`}
      pagination={false}
      dataSource={f.grounds}
      data-testid="finding-grounds-view"
      locale={{ emptyText: emptyText('无从轻、从重或免责情节') }}
      columns={[
        { title: '人员', key: 'person', width: 100, render: (_, g) => nameOf(g.personId) },
        {
          title: '情节',
          key: 'code',
          render: (_, g) => (
            <Space size={4} wrap>
              <Tag color={GROUND_COLORS[groundKindOf(g.code)]}>{g.code}</Tag>
              {GROUND_CODE_LABELS[g.code]}
              {g.automatic && <Tag color="purple">系统计算</Tag>}
            </Space>
          ),
        },
        { title: '证据材料', key: 'evidence', render: (_, g) => pre(g.evidence) },
        { title: '说明', key: 'note', render: (_, g) => pre(g.note) },
      ]}
    />
  );
}

/** 认定: what was found, by whom, with the 认定书. */
export function FindingCard({ m }: { m: MatterView }) {
  const f = m.finding;
  if (!f) return null;
  return (
    <Card
      size="small"
      title="认定"
      style={{ marginBottom: 16 }}
      data-testid="finding-card"
      extra={<DocButtons matterId={m.id} kind="finding" label="认定书" small />}
    >
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { width: 160 } }}
        items={[
          {
            key: 'types',
            label: '过错情形（第五条）',
            children: (
              <Space orientation="vertical" size={2}>
                {f.faultTypes.map((t) => (
                  <span key={t}>
                    {t} {FAULT_TYPE_LABELS[t]}
                  </span>
                ))}
                {f.otherBasis && <Typography.Text type="secondary">依据：{f.otherBasis}</Typography.Text>}
              </Space>
            ),
          },
          { key: 'act', label: '发生过错的行为', children: f.act },
          { key: 'facts', label: '认定的事实', children: pre(f.facts) },
          { key: 'allocationFacts', label: '调查认定', children: factsText(f) },
          { key: 'found', label: '认定', children: `${dayText(f.foundOn)}（${f.foundByName}）` },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        责任划分（第九条）
      </Typography.Title>
      <SharesTable m={m} f={f} />
      {f.overrideReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title="改变系统建议的理由"
          description={pre(f.overrideReason)}
          data-testid="finding-override-reason"
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        情节（第六、七、八条）
      </Typography.Title>
      <GroundsTable m={m} f={f} />
      {f.conflictResolution && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 8 }}
          title="免责与从重情节并存时的认定意见"
          description={pre(f.conflictResolution)}
        />
      )}
    </Card>
  );
}
