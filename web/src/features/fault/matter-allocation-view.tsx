import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import {
  GROUND_CODE_LABELS,
  LIABILITY_LEVEL_LABELS,
  LIABILITY_RULE_LABELS,
  TRAIL_ROLE_LABELS,
  type AllocationView,
  type ShareView,
  type Suggestion,
} from '../../../../common/contracts/fault';
import { COLLECTIVE_CONCLUSION_LABELS, type CollectiveConclusion } from '../../../../common/contracts/cases';
import { dateTimeText } from '../cases/format';
import { emptyText } from './matter-shared';

type Trail = AllocationView['trail'][number];
type Proposal = AllocationView['proposals'][number];

/** Where in the case a proposal version was made (the case module's stage codes); an unknown code as is. */
const PROPOSAL_STAGE_LABELS: Record<string, string> = {
  investigation_report: '调查报告',
  on_the_spot: '当场处罚',
  superior_change: '上级改变',
  defence_review: '陈述申辩复核',
  collective: '集体讨论',
};

/** 案件流转记录: who handled, reviewed and approved the act, as the case's records show. */
function TrailCard({ a }: { a: AllocationView }) {
  return (
    <Card size="small" title="案件办理与审批记录" style={{ marginBottom: 16 }} data-testid="allocation-trail">
      <Descriptions
        size="small"
        column={2}
        style={{ marginBottom: 8 }}
        items={[
          { key: 'procedure', label: '案件程序', children: a.procedure ?? '—' },
          { key: 'approval', label: '是否应当审批', children: a.approvalRequired ? '应当审批' : '无需审批' },
        ]}
      />
      <Table<Trail>
        size="small"
        rowKey={(t) => `${t.personId}-${t.role}-${t.what}-${t.at ?? ''}`}
        pagination={false}
        dataSource={a.trail}
        locale={{ emptyText: emptyText('案件无办理记录') }}
        columns={[
          { title: '人员', dataIndex: 'name', width: 100 },
          { title: '角色', key: 'role', width: 200, render: (_, t) => TRAIL_ROLE_LABELS[t.role] },
          { title: '办理事项', dataIndex: 'what' },
          { title: '时间', key: 'at', width: 150, render: (_, t) => dateTimeText(t.at) },
        ]}
      />
    </Card>
  );
}

/** 处理意见的版本: each change of the proposal, the superior's ones highlighted (第九条第四项). */
function ProposalsCard({ a }: { a: AllocationView }) {
  return (
    <Card
      size="small"
      title="处理意见变更记录"
      style={{ marginBottom: 16 }}
      data-testid="allocation-proposals"
    >
      <Table<Proposal>
        size="small"
        rowKey="version"
        pagination={false}
        dataSource={a.proposals}
        locale={{ emptyText: emptyText('处理意见未经变更') }}
        onRow={(p) => ({ style: p.bySuperior ? { background: '#fff7e6' } : undefined })}
        columns={[
          { title: '版本', key: 'v', width: 70, render: (_, p) => `第${p.version}版` },
          {
            title: '提出人',
            key: 'by',
            width: 150,
            render: (_, p) => (
              <Space size={4} wrap>
                {p.byName}
                {p.bySuperior && <Tag color="volcano">上级领导改变</Tag>}
              </Space>
            ),
          },
          {
            title: '环节',
            key: 'stage',
            width: 110,
            render: (_, p) => PROPOSAL_STAGE_LABELS[p.stage] ?? p.stage,
          },
          { title: '内容', dataIndex: 'summary' },
          { title: '理由', dataIndex: 'reason' },
          { title: '时间', key: 'at', width: 150, render: (_, p) => dateTimeText(p.at) },
        ]}
      />
    </Card>
  );
}

function CollectiveCard({ a }: { a: AllocationView }) {
  const c = a.collective;
  return (
    <Card size="small" title="集体讨论" style={{ marginBottom: 16 }} data-testid="allocation-collective">
      {!c ? (
        <Typography.Text type="secondary">案件没有集体讨论记录</Typography.Text>
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'at', label: '讨论时间', children: dateTimeText(c.heldAt) },
            {
              key: 'conclusion',
              label: '讨论结论',
              children: COLLECTIVE_CONCLUSION_LABELS[c.conclusion as CollectiveConclusion] ?? c.conclusion,
            },
            {
              key: 'participants',
              label: '参加人员',
              children: (
                <Space size={[4, 4]} wrap>
                  {c.participants.map((p) => (
                    <Tag key={p.name} color={p.dissent ? 'orange' : undefined}>
                      {p.name}
                      {p.dissent ? '（持不同意见）' : ''}
                    </Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** The key screen: the 第九条 shares the system proposes from the case's records, each with its rule and basis. */
function SharesCard({ a }: { a: AllocationView }) {
  return (
    <Card
      size="small"
      title="责任划分建议（按第九条由案件审批记录自动提出）"
      style={{ marginBottom: 16 }}
      data-testid="allocation-shares"
    >
      <Table<ShareView>
        size="small"
        rowKey="personId"
        pagination={false}
        dataSource={a.shares}
        locale={{ emptyText: emptyText('未能提出责任划分建议，请人工认定') }}
        columns={[
          { title: '人员', dataIndex: 'name', width: 100 },
          { title: '角色', key: 'role', width: 190, render: (_, s) => TRAIL_ROLE_LABELS[s.role] },
          {
            title: '责任',
            key: 'level',
            width: 100,
            render: (_, s) => <Tag color="red">{LIABILITY_LEVEL_LABELS[s.level]}</Tag>,
          },
          { title: '适用规则', key: 'rule', width: 240, render: (_, s) => LIABILITY_RULE_LABELS[s.rule] },
          { title: '依据', dataIndex: 'basis' },
        ]}
      />
      {a.notes.map((n) => (
        <Alert key={n} type="info" showIcon style={{ marginTop: 8 }} title={n} />
      ))}
    </Card>
  );
}

/** 系统提示的情节: A2 (多次) from the person's history, E2 for dissent recorded in the 集体讨论. */
function SuggestionsCard({ a, onAdopt }: { a: AllocationView; onAdopt: (s: Suggestion[]) => void }) {
  return (
    <Card
      size="small"
      title="系统提示的情节"
      style={{ marginBottom: 16 }}
      data-testid="allocation-suggestions"
      extra={
        a.suggestions.length > 1 && (
          <Button size="small" onClick={() => onAdopt(a.suggestions)}>
            全部采纳
          </Button>
        )
      }
    >
      <Table<Suggestion>
        size="small"
        rowKey={(s) => `${s.personId}-${s.code}`}
        pagination={false}
        dataSource={a.suggestions}
        locale={{ emptyText: emptyText('无系统提示的情节') }}
        columns={[
          { title: '人员', dataIndex: 'name', width: 100 },
          {
            title: '情节',
            key: 'code',
            render: (_, s) => (
              <>
                <Tag color={s.code.startsWith('A') ? 'red' : 'green'}>{s.code}</Tag>
                {GROUND_CODE_LABELS[s.code]}
              </>
            ),
          },
          { title: '证据材料', dataIndex: 'evidence' },
          { title: '说明', dataIndex: 'note' },
          {
            key: 'adopt',
            width: 110,
            render: (_, s) => (
              <Button size="small" type="link" onClick={() => onAdopt([s])}>
                采纳为情节
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** What 计算建议 answered: the trail, the proposal's history, the 集体讨论, the shares and the suggestions. */
export function AllocationResult({ a, onAdopt }: { a: AllocationView; onAdopt: (s: Suggestion[]) => void }) {
  return (
    <div data-testid="allocation-result">
      <SharesCard a={a} />
      <SuggestionsCard a={a} onAdopt={onAdopt} />
      <TrailCard a={a} />
      <ProposalsCard a={a} />
      <CollectiveCard a={a} />
    </div>
  );
}
