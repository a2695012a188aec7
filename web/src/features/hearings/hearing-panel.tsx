import { DeadlineTable } from '../../components/deadline-table';
import {
  CalendarOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PaperClipOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Space, Steps, Table, Tag, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../../common/contracts/cases';
import {
  CLOSED_REASON_LABELS,
  HEARING_OUTCOME_LABELS,
  HEARING_RECOMMENDATION_LABELS,
  HEARING_REQUEST_CHANNEL_LABELS,
  HEARING_ROLE_LABELS,
  HEARING_STAGE_LABELS,
  type HearingRole,
} from '../../../../common/contracts/hearings';
import { Basis, HashText, RefusalList } from '../cases/case-page/shared';
import { dateTimeText, dayText, fileSize, longDayText, penaltyText } from '../cases/format';
import {
  agentFileUrl,
  hearingDocumentUrl,
  type HearingAgent,
  type HearingDetail,
  type HearingDocument,
  type HearingPostponement,
  type HearingRecusal,
} from './api';
import {
  AgentModal,
  ArrangeModal,
  NotifyModal,
  PostponeModal,
  RecusalDecisionModal,
  RecusalRequestModal,
  TerminateModal,
} from './hearing-modals';
import {
  currentStep,
  hearingTimeText,
  LAW,
  longHearingTimeText,
  RECUSAL_DECISION_LABELS,
  STAGE_COLORS,
  stepsOf,
} from './labels';
import { RecordModal, type Investigator } from './record-modal';
import { ReportModal } from './report-modal';

/** Every modal of the hearing panel, with what it is opened on. One is open at a time. */
export type HearingModalRequest =
  | { kind: 'arrange' }
  | { kind: 'agent' }
  | { kind: 'recusal' }
  | { kind: 'recusalDecision'; recusal: HearingRecusal }
  | { kind: 'notify' }
  | { kind: 'postpone' }
  | { kind: 'terminate' }
  | { kind: 'record' }
  | { kind: 'report' };

const MAX_AGENTS = 2;

export function HearingStageTag({ stage }: { stage: HearingDetail['stage'] }) {
  return (
    <Tag color={STAGE_COLORS[stage]} data-testid="hearing-stage">
      {HEARING_STAGE_LABELS[stage]}
    </Tag>
  );
}

function HearingModals({
  hearing,
  request,
  investigators,
  onClose,
}: {
  hearing: HearingDetail;
  request: HearingModalRequest | null;
  investigators?: readonly Investigator[];
  onClose: () => void;
}) {
  if (!request) return null;
  const common = { hearing, onClose };
  switch (request.kind) {
    case 'arrange':
      return <ArrangeModal {...common} />;
    case 'agent':
      return <AgentModal {...common} />;
    case 'recusal':
      return <RecusalRequestModal {...common} />;
    case 'recusalDecision':
      return <RecusalDecisionModal {...common} recusal={request.recusal} />;
    case 'notify':
      return <NotifyModal {...common} />;
    case 'postpone':
      return <PostponeModal {...common} />;
    case 'terminate':
      return <TerminateModal {...common} />;
    case 'record':
      return <RecordModal {...common} investigators={investigators} />;
    case 'report':
      return <ReportModal {...common} />;
  }
}

/** The step buttons the server allows now (abilities only), in the order a hearing moves through them. */
function ActionBar({ hearing, open }: { hearing: HearingDetail; open: (r: HearingModalRequest) => void }) {
  const a = hearing.abilities;
  const buttons: { key: string; show: boolean; node: ReactNode }[] = [
    {
      key: 'arrange',
      show: a.arrange,
      node: (
        <Button
          type="primary"
          icon={<CalendarOutlined />}
          onClick={() => open({ kind: 'arrange' })}
          data-testid="hearing-arrange"
        >
          {hearing.stage === 'postponed'
            ? '重新安排听证'
            : hearing.members.length
              ? '调整听证安排'
              : '安排听证'}
        </Button>
      ),
    },
    {
      key: 'notify',
      show: a.notify,
      node: (
        <Button type="primary" onClick={() => open({ kind: 'notify' })} data-testid="hearing-notify">
          送达听证通知
        </Button>
      ),
    },
    {
      key: 'record',
      show: a.record,
      node: (
        <Button type="primary" onClick={() => open({ kind: 'record' })} data-testid="hearing-record">
          记录听证
        </Button>
      ),
    },
    {
      key: 'report',
      show: a.report,
      node: (
        <Button type="primary" onClick={() => open({ kind: 'report' })} data-testid="hearing-report">
          听证报告
        </Button>
      ),
    },
    {
      key: 'recusal',
      show: a.requestRecusal,
      node: (
        <Button onClick={() => open({ kind: 'recusal' })} data-testid="hearing-recusal">
          登记回避申请
        </Button>
      ),
    },
    {
      key: 'postpone',
      show: a.postpone,
      node: (
        <Button onClick={() => open({ kind: 'postpone' })} data-testid="hearing-postpone">
          延期举行
        </Button>
      ),
    },
    {
      key: 'terminate',
      show: a.terminate,
      node: (
        <Button danger onClick={() => open({ kind: 'terminate' })} data-testid="hearing-terminate">
          终止听证
        </Button>
      ),
    },
  ];
  const shown = buttons.filter((b) => b.show);
  if (!shown.length)
    return (
      <Typography.Text type="secondary" data-testid="hearing-no-actions">
        当前没有需要您办理的听证事项。
      </Typography.Text>
    );
  return (
    <Space wrap data-testid="hearing-actions">
      {shown.map((b) => (
        <span key={b.key}>{b.node}</span>
      ))}
    </Space>
  );
}

/** 申请: how and when the request came in, the day the window closed, and the penalty the hearing is about. */
function RequestCard({ hearing }: { hearing: HearingDetail }) {
  return (
    <Card size="small" title="听证申请" style={{ height: '100%' }} data-testid="hearing-request">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'party', label: '当事人', children: hearing.partyNames || '—' },
          {
            key: 'channel',
            label: '申请方式',
            children: HEARING_REQUEST_CHANNEL_LABELS[hearing.requestChannel],
          },
          { key: 'received', label: '收到日期', children: dayText(hearing.requestReceivedOn) },
          ...(hearing.requestPostmarkOn
            ? [{ key: 'postmark', label: '邮戳日期', children: dayText(hearing.requestPostmarkOn) }]
            : []),
          {
            key: 'due',
            label: '申请期限届满',
            children: hearing.requestDueOn ? (
              <Space orientation="vertical" size={0}>
                <span>{longDayText(hearing.requestDueOn)}</span>
                <Basis>{`${LAW}第六十四条第一项：当事人要求听证的，应当在行政机关告知后五日内提出`}</Basis>
              </Space>
            ) : (
              '—'
            ),
          },
          {
            key: 'penalty',
            label: '听证的拟处罚',
            children: <span data-testid="hearing-heard-penalty">{penaltyText(hearing.heardPenalty)}</span>,
          },
          {
            key: 'content',
            label: '申请内容',
            children: (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {hearing.requestContent || '—'}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </Card>
  );
}

function membersOf(hearing: HearingDetail, role: HearingRole): ReactNode {
  const list = hearing.members.filter((m) => m.role === role);
  if (!list.length) return '—';
  return list.map((m) => (
    <Tag key={m.userId} data-testid={`hearing-member-${role}`}>
      {m.name}
      {m.unitName && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {' '}
          {m.unitName}
        </Typography.Text>
      )}
    </Tag>
  ));
}

/** 安排与通知: members, room, place and time, public or closed; the notice, or when it can lawfully go out. */
function ArrangementCard({ hearing }: { hearing: HearingDetail }) {
  const arranged = hearing.members.length > 0 || !!hearing.scheduledAt;
  const w = hearing.noticeToday;
  const notice = hearing.notifiedOn ? (
    <span data-testid="hearing-notified-on">{longDayText(hearing.notifiedOn)}</span>
  ) : (
    <Space orientation="vertical" size={0} data-testid="hearing-notice-hint">
      <span>
        未送达。按今天送达通知，最早可于{' '}
        <Typography.Text strong data-testid="hearing-earliest-on">
          {longDayText(w.earliestHearingOn)}
        </Typography.Text>{' '}
        举行
        {hearing.scheduledAt && hearing.scheduledAt.slice(0, 10) < w.earliestHearingOn && (
          <Tag color="red" style={{ marginInlineStart: 6 }}>
            已安排的时间早于该日
          </Tag>
        )}
      </span>
      <Basis>{w.basis}</Basis>
    </Space>
  );
  return (
    <Card size="small" title="听证安排与通知" style={{ height: '100%' }} data-testid="hearing-arrangement">
      {!arranged && (
        <Typography.Paragraph type="secondary">
          尚未安排听证（主持人、听证员、书记员、时间和地点）。
        </Typography.Paragraph>
      )}
      <Descriptions
        size="small"
        column={1}
        items={[
          ...(arranged
            ? [
                { key: 'chair', label: HEARING_ROLE_LABELS.chair, children: membersOf(hearing, 'chair') },
                {
                  key: 'officer',
                  label: HEARING_ROLE_LABELS.officer,
                  children: membersOf(hearing, 'officer'),
                },
                { key: 'clerk', label: HEARING_ROLE_LABELS.clerk, children: membersOf(hearing, 'clerk') },
                {
                  key: 'time',
                  label: '听证时间',
                  children: (
                    <span data-testid="hearing-scheduled-at">
                      {longHearingTimeText(hearing.scheduledAt)}
                      {hearing.scheduledAt && `（约 ${hearing.durationMinutes} 分钟）`}
                    </span>
                  ),
                },
                {
                  key: 'place',
                  label: '听证地点',
                  children: (
                    <>
                      {hearing.roomName && <Tag color="blue">{hearing.roomName}</Tag>}
                      {hearing.place ?? '—'}
                    </>
                  ),
                },
                {
                  key: 'public',
                  label: '公开与否',
                  children: hearing.public ? (
                    <Tag color="green">公开举行</Tag>
                  ) : (
                    <>
                      <Tag color="orange">不公开举行</Tag>
                      {hearing.closedReason && CLOSED_REASON_LABELS[hearing.closedReason]}
                      {hearing.closedNote ? `：${hearing.closedNote}` : ''}
                    </>
                  ),
                },
                ...(hearing.overrunReason
                  ? [{ key: 'overrun', label: '超出期间的理由', children: hearing.overrunReason }]
                  : []),
              ]
            : []),
          ...(hearing.stage === 'terminated' || hearing.stage === 'held' || hearing.stage === 'reported'
            ? hearing.notifiedOn
              ? [{ key: 'notice', label: '通知送达', children: longDayText(hearing.notifiedOn) }]
              : []
            : [{ key: 'notice', label: '通知送达', children: notice }]),
        ]}
      />
    </Card>
  );
}

function AgentsCard({ hearing, open }: { hearing: HearingDetail; open: (r: HearingModalRequest) => void }) {
  const full = hearing.agents.length >= MAX_AGENTS;
  const add = hearing.abilities.addAgent && (
    <Tooltip title={full ? `委托代理人以二人为限（${LAW}第六十四条第五项）` : undefined}>
      <Button
        size="small"
        icon={<PlusOutlined />}
        disabled={full}
        onClick={() => open({ kind: 'agent' })}
        data-testid="hearing-agent-add"
      >
        登记委托代理人
      </Button>
    </Tooltip>
  );
  return (
    <Card size="small" title="委托代理人" extra={add} data-testid="hearing-agents">
      <Table<HearingAgent>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={hearing.agents}
        locale={{ emptyText: '当事人未委托代理人' }}
        onRow={() => ({ 'data-testid': 'hearing-agent-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '姓名', dataIndex: 'name', key: 'name', width: 120 },
          { title: '与当事人的关系', dataIndex: 'relation', key: 'relation', width: 150 },
          { title: '联系电话', key: 'phone', width: 140, render: (_, r) => r.phone ?? '—' },
          {
            title: '授权委托书',
            key: 'file',
            render: (_, r) => (
              <Space size={8} wrap>
                <Typography.Link
                  href={agentFileUrl(hearing.id, r.id)}
                  target="_blank"
                  rel="noopener"
                  data-testid="hearing-agent-file"
                >
                  <PaperClipOutlined /> {r.fileName}
                </Typography.Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {fileSize(r.size)}
                </Typography.Text>
                <HashText hash={r.sm3} />
              </Space>
            ),
          },
          { title: '登记时间', key: 'at', width: 140, render: (_, r) => dateTimeText(r.addedAt) },
        ]}
      />
    </Card>
  );
}

function RecusalsCard({ hearing, open }: { hearing: HearingDetail; open: (r: HearingModalRequest) => void }) {
  if (!hearing.recusals.length && !hearing.abilities.requestRecusal) return null;
  return (
    <Card size="small" title="回避申请" data-testid="hearing-recusals">
      <Table<HearingRecusal>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={hearing.recusals}
        locale={{ emptyText: '当事人未申请回避' }}
        onRow={() => ({ 'data-testid': 'hearing-recusal-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '申请回避的人员',
            key: 'target',
            width: 160,
            render: (_, r) => `${r.targetName}（${HEARING_ROLE_LABELS[r.targetRole]}）`,
          },
          {
            title: '申请人',
            key: 'applicant',
            width: 160,
            render: (_, r) => (
              <>
                {r.applicant}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dayText(r.requestedOn)}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          { title: '理由', dataIndex: 'reason', key: 'reason', ellipsis: true },
          {
            title: '决定',
            key: 'decision',
            width: 260,
            render: (_, r) =>
              r.decision ? (
                <>
                  <Tag
                    color={r.decision === 'granted' ? 'orange' : 'default'}
                    data-testid="hearing-recusal-decision"
                  >
                    {RECUSAL_DECISION_LABELS[r.decision]}
                  </Tag>
                  {r.decisionReason}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.decidedByName} {dateTimeText(r.decidedAt)}
                    </Typography.Text>
                  </div>
                </>
              ) : hearing.abilities.decideRecusal ? (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => open({ kind: 'recusalDecision', recusal: r })}
                  data-testid="hearing-recusal-decide"
                >
                  决定是否回避
                </Button>
              ) : (
                <Tag color="gold">待决定</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}

function PostponementsCard({ hearing }: { hearing: HearingDetail }) {
  if (!hearing.postponements.length) return null;
  return (
    <Card size="small" title="延期记录" data-testid="hearing-postponements">
      <Table<HearingPostponement>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={hearing.postponements}
        columns={[
          { title: '原定时间', key: 'orig', width: 150, render: (_, p) => hearingTimeText(p.originalAt) },
          { title: '当事人申请日期', key: 'on', width: 130, render: (_, p) => dayText(p.requestedOn) },
          { title: '理由', dataIndex: 'reason', key: 'reason', ellipsis: true },
          {
            title: '决定',
            key: 'by',
            width: 200,
            render: (_, p) => `${p.decidedByName} ${dateTimeText(p.decidedAt)}`,
          },
        ]}
      />
    </Card>
  );
}

/** 听证结果 and 报告: how the hearing ended, the signature, and the chair's recommendation. */
function OutcomeCard({ hearing }: { hearing: HearingDetail }) {
  if (!hearing.outcome && !hearing.recommendation) return null;
  const items = [
    ...(hearing.outcome
      ? [
          {
            key: 'outcome',
            label: '听证结果',
            children: (
              <Tag
                color={hearing.outcome === 'completed' ? 'green' : 'default'}
                data-testid="hearing-outcome"
              >
                {HEARING_OUTCOME_LABELS[hearing.outcome]}
              </Tag>
            ),
          },
        ]
      : []),
    ...(hearing.heldFrom
      ? [
          {
            key: 'held',
            label: '举行时间',
            children: `${hearingTimeText(hearing.heldFrom)} 至 ${hearing.heldTo ? hearingTimeText(hearing.heldTo).slice(11) : '—'}`,
          },
        ]
      : []),
    ...(hearing.signed !== null
      ? [
          {
            key: 'signed',
            label: '笔录签字',
            children: hearing.signed ? '当事人已核对签字' : `拒绝签字：${hearing.refusal ?? ''}`,
          },
        ]
      : []),
    ...(hearing.terminationDetail
      ? [{ key: 'term', label: '终止听证的事实', children: hearing.terminationDetail }]
      : []),
    ...(hearing.recommendation
      ? [
          {
            key: 'rec',
            label: '主持人建议',
            children: (
              <span data-testid="hearing-recommendation">
                {HEARING_RECOMMENDATION_LABELS[hearing.recommendation]}
                {hearing.recommendedPenalty && `：${penaltyText(hearing.recommendedPenalty)}`}
              </span>
            ),
          },
          { key: 'reported', label: '报告时间', children: dateTimeText(hearing.reportedAt) },
        ]
      : []),
  ];
  return (
    <Card size="small" title="听证结果与报告" data-testid="hearing-outcome-card">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
    </Card>
  );
}

function kindLabel(kind: string): string {
  return (DOCUMENT_KIND_LABELS as Record<string, string>)[kind as DocumentKind] ?? kind;
}

/** 听证文书: the hearing's documents in the case file, previewed and downloaded through the hearing. */
function DocumentsCard({ hearing }: { hearing: HearingDetail }) {
  return (
    <Card size="small" title="听证文书" data-testid="hearing-documents">
      <Table<HearingDocument>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={hearing.documents}
        locale={{ emptyText: '尚未生成听证文书' }}
        onRow={(d) => ({ 'data-testid': `hearing-document-${d.kind}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '文书',
            key: 'title',
            render: (_, d) => (
              <>
                {d.title}{' '}
                {d.title !== kindLabel(d.kind) && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {kindLabel(d.kind)}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            title: '文号',
            key: 'no',
            width: 190,
            render: (_, d) => <span className="zf-mono">{d.number ?? '—'}</span>,
          },
          {
            key: 'ops',
            width: 200,
            render: (_, d) => (
              <Space size={0} wrap>
                <Button
                  type="link"
                  size="small"
                  icon={<FilePdfOutlined />}
                  href={hearingDocumentUrl(hearing.id, d.id, 'pdf')}
                  target="_blank"
                  rel="noopener"
                  data-testid="document-link"
                >
                  预览/打印
                </Button>
                <Button
                  type="link"
                  size="small"
                  icon={<FileWordOutlined />}
                  href={hearingDocumentUrl(hearing.id, d.id, 'docx')}
                >
                  下载Word
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

function DeadlinesCard({ hearing }: { hearing: HearingDetail }) {
  return (
    <Card size="small" title="听证期限" data-testid="hearing-deadlines">
      <DeadlineTable deadlines={hearing.deadlines} />
    </Card>
  );
}

/**
 * The whole hearing of one case (行政处罚法 第六十三至六十五条): where it stands (申请→安排→通知→举行→报告, or 终止),
 * the buttons the server allows now, what blocks the next step with its basis, the request, the arrangement and
 * the notice, agents, recusals, postponements, the outcome and the report, the documents and the deadlines.
 * Used on the case page's 听证 tab and on /hearings/:id.
 */
export function HearingPanel({
  hearing,
  investigators,
  extra,
}: {
  hearing: HearingDetail;
  /** The case's officers, for the investigators present at the hearing (else chosen among the candidates). */
  investigators?: readonly Investigator[];
  /** Shown at the top right (e.g. the link to the case on the standalone page). */
  extra?: ReactNode;
}) {
  const [request, setRequest] = useState<HearingModalRequest | null>(null);
  const steps = stepsOf(hearing);
  return (
    <div data-testid="hearing-panel">
      <Card
        size="small"
        style={{ marginBottom: 16 }}
        title={
          <Space wrap>
            <span>行政处罚听证</span>
            <HearingStageTag stage={hearing.stage} />
            {!hearing.public && <Tag color="orange">不公开</Tag>}
          </Space>
        }
        extra={extra}
      >
        <Steps
          size="small"
          current={currentStep(steps)}
          items={steps}
          style={{ marginBottom: 16 }}
          data-testid="hearing-steps"
        />
        <ActionBar hearing={hearing} open={setRequest} />
        {hearing.blockers.length > 0 && (
          <RefusalList refusals={hearing.blockers} type="warning" testId="hearing-blocker" />
        )}
      </Card>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={12}>
          <RequestCard hearing={hearing} />
        </Col>
        <Col xs={24} xl={12}>
          <ArrangementCard hearing={hearing} />
        </Col>
      </Row>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <AgentsCard hearing={hearing} open={setRequest} />
        <RecusalsCard hearing={hearing} open={setRequest} />
        <PostponementsCard hearing={hearing} />
        <OutcomeCard hearing={hearing} />
        <DocumentsCard hearing={hearing} />
        <DeadlinesCard hearing={hearing} />
      </Space>
      <HearingModals
        hearing={hearing}
        request={request}
        investigators={investigators}
        onClose={() => setRequest(null)}
      />
    </div>
  );
}
