import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import {
  CHALLENGE_KIND_LABELS,
  ON_SPOT_GROUND_LABELS,
  PAYMENT_SOURCE_LABELS,
  SCHEDULE_KIND_LABELS,
  SCHEDULE_STATUS_LABELS,
  type FineAction,
} from '../../../../common/contracts/execution';
import { CHALLENGE_RESULT_LABELS, REVERSAL_RESULTS } from '../../../../common/contracts/fault';
import { useAbility } from '../../app/session';
import { Basis } from '../cases/case-page/shared';
import { dateTimeText, dayText, longDayText, yuan } from '../cases/format';
import {
  caseDocumentUrl,
  type ChallengeView,
  type CourtApplicationView,
  type DemandView,
  type FineView,
  type PaymentView,
  type ScheduleView,
} from './api';
import { FORCE_LAW, LAW, LateFlag, Money } from './labels';

// The cards of the fine panel below its summary: the surcharge, payments, deferral and instalments, challenges,
// 催告 and the court. Each row's buttons come from the fine's abilities.

/** Every modal of the fine panel, with what it is opened on. One is open at a time. */
export type FineModalRequest =
  | { kind: 'payment' }
  | { kind: 'onSpot' }
  | { kind: 'schedule' }
  | { kind: 'scheduleDecision'; schedule: ScheduleView }
  | { kind: 'challenge' }
  | { kind: 'challengeEnd'; challenge: ChallengeView }
  | { kind: 'demand' }
  | { kind: 'demandDelivery'; demand: DemandView }
  | { kind: 'court' }
  | { kind: 'ruling'; application: CourtApplicationView }
  | { kind: 'outcome'; application: CourtApplicationView }
  | { kind: 'terminate' };

export const can = (fine: FineView, a: FineAction) => fine.abilities[a] === true;

/** A case document's PDF, for those who may open the case file; the others see the number only. */
export function DocumentLink({
  caseId,
  documentId,
  children,
}: {
  caseId: string;
  documentId: string | null;
  children: ReactNode;
}) {
  const canOpen = useAbility('case.view');
  if (!documentId) return null;
  if (!canOpen) return <>{children}</>;
  return (
    <Typography.Link
      href={caseDocumentUrl(caseId, documentId, 'pdf')}
      target="_blank"
      rel="noopener"
      data-testid="fine-document-link"
    >
      <FilePdfOutlined /> {children}
    </Typography.Link>
  );
}

/** 加处罚款 (第七十二条第一款第一项): 3% a day of each overdue amount, paused while suspended, capped at the fine. */
export function SurchargeCard({ fine }: { fine: FineView }) {
  const s = fine.surcharge;
  const state = s.capped ? (
    <Tag color="red">已达上限</Tag>
  ) : s.pausedNow ? (
    <Tag color="purple">暂停计算</Tag>
  ) : s.running ? (
    <Tag color="orange">正在计算</Tag>
  ) : (
    <Tag>未计算</Tag>
  );
  return (
    <Card
      size="small"
      title={
        <Space>
          加处罚款
          <span data-testid="surcharge-state">{state}</span>
        </Space>
      }
      data-testid="fine-surcharge"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'total',
            label: '累计加处罚款',
            children: (
              <span data-testid="surcharge-total">
                <Money fen={s.totalFen} strong type={s.totalFen > 0 ? 'danger' : undefined} />
              </span>
            ),
          },
          { key: 'cap', label: '上限（不超过罚款数额）', children: yuan(s.capFen) },
          { key: 'start', label: '起算日', children: dayText(s.firstStartOn) },
          {
            key: 'declared',
            label: '决定书载明',
            children: fine.surchargeDeclared ? '已告知逾期加处罚款' : <Tag color="orange">决定书未告知</Tag>,
          },
        ]}
      />
      {s.lines.length > 0 && (
        <Table
          size="small"
          rowKey={(l) => `${l.dueOn}-${l.amountFen}`}
          pagination={false}
          style={{ marginTop: 8 }}
          dataSource={s.lines}
          columns={[
            { title: '应缴日', dataIndex: 'dueOn', width: 110 },
            { title: '应缴金额', key: 'amount', render: (_, l) => yuan(l.amountFen) },
            { title: '起算', key: 'start', render: (_, l) => dayText(l.startOn) },
            { title: '缴清', key: 'paid', render: (_, l) => dayText(l.paidInFullOn) },
            {
              title: '计算天数',
              key: 'days',
              render: (_, l) => (
                <>
                  {l.days} 日
                  {l.pausedDays > 0 && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      （暂停 {l.pausedDays} 日）
                    </Typography.Text>
                  )}
                </>
              ),
            },
            {
              title: '加处罚款',
              key: 'surcharge',
              render: (_, l) => (
                <>
                  {yuan(l.surchargeFen)}
                  {l.capped && (
                    <Tag color="red" style={{ marginInlineStart: 4 }}>
                      封顶
                    </Tag>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
      <div style={{ marginTop: 8 }}>
        <Basis>{`${LAW}第七十二条第一款第一项：到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额；${FORCE_LAW}第四十五条`}</Basis>
      </div>
    </Card>
  );
}

export function PaymentsCard({ fine }: { fine: FineView }) {
  return (
    <Card size="small" title={`缴款记录（${fine.payments.length}）`} data-testid="fine-payments">
      <Table<PaymentView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={fine.payments}
        locale={{ emptyText: '尚无缴款' }}
        onRow={(p) => ({ 'data-testid': `payment-row-${p.source}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '缴款日期', dataIndex: 'paidOn', width: 110 },
          {
            title: '渠道',
            key: 'source',
            width: 110,
            render: (_, p) => (
              <>
                <Tag color={p.source === 'on_the_spot' ? 'cyan' : 'blue'}>
                  {PAYMENT_SOURCE_LABELS[p.source]}
                </Tag>
                {p.onSpotGround && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {ON_SPOT_GROUND_LABELS[p.onSpotGround]}
                      {p.onSpotReason ? `：${p.onSpotReason}` : ''}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          { title: '罚款', key: 'principal', render: (_, p) => <Money fen={p.principalFen} /> },
          { title: '加处罚款', key: 'surcharge', render: (_, p) => <Money fen={p.surchargeFen} /> },
          { title: '缴款人', dataIndex: 'payer' },
          {
            title: '凭证 / 票据',
            key: 'ref',
            render: (_, p) => (
              <span className="zf-mono" style={{ fontSize: 12 }}>
                {p.receiptSerial ? `票据 ${p.receiptSerial}` : (p.reference ?? '—')}
              </span>
            ),
          },
          {
            title: '现金移交',
            key: 'cash',
            render: (_, p) => (p.cash ? <CashState cash={p.cash} /> : '—'),
          },
          {
            title: '登记',
            key: 'by',
            width: 140,
            render: (_, p) => (
              <Typography.Text style={{ fontSize: 12 }}>
                {p.recordedByName}
                <br />
                {dateTimeText(p.recordedAt)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** Where cash collected on the spot stands: handed to finance (二日内), banked. */
export function CashState({ cash }: { cash: NonNullable<PaymentView['cash']> }) {
  return (
    <Space orientation="vertical" size={0} style={{ fontSize: 12 }} data-testid="cash-state">
      <span>
        {cash.handedOn ? (
          <Tag color="green">已交财务 {cash.handedOn}</Tag>
        ) : (
          <Tag color="orange">未交财务（{cash.handOverDueOn} 前）</Tag>
        )}
        <LateFlag late={cash.late} title="执法人员应自收缴之日起二日内将罚款交至行政机关（第七十一条）" />
      </span>
      <span>
        {cash.bankedOn ? (
          <Tag color="green">
            已缴存银行 {cash.bankedOn}
            {cash.depositSlip ? ` ${cash.depositSlip}` : ''}
          </Tag>
        ) : cash.handedOn ? (
          <Tag color="orange">未缴存银行{cash.bankDueOn ? `（${cash.bankDueOn} 前）` : ''}</Tag>
        ) : null}
      </span>
      <Typography.Text type="secondary">收缴人 {cash.officerName}</Typography.Text>
    </Space>
  );
}

export function SchedulesCard({ fine, open }: { fine: FineView; open: (r: FineModalRequest) => void }) {
  if (!fine.schedules.length) return null;
  return (
    <Card size="small" title="暂缓 / 分期缴纳" data-testid="fine-schedules">
      <Table<ScheduleView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={fine.schedules}
        columns={[
          { title: '事项', key: 'kind', width: 100, render: (_, s) => SCHEDULE_KIND_LABELS[s.kind] },
          { title: '申请日期', dataIndex: 'appliedOn', width: 110 },
          {
            title: '期限与金额',
            key: 'items',
            render: (_, s) =>
              s.items.map((i, n) => (
                <div key={`${i.dueOn}-${n}`}>
                  {s.items.length > 1 ? `第${n + 1}期 ` : ''}
                  {i.dueOn} {yuan(i.amountFen)}
                </div>
              )),
          },
          {
            title: '理由',
            dataIndex: 'reason',
            ellipsis: true,
          },
          {
            title: '审批',
            key: 'status',
            render: (_, s) => (
              <>
                <Tag color={s.status === 'approved' ? 'green' : s.status === 'rejected' ? 'red' : 'orange'}>
                  {SCHEDULE_STATUS_LABELS[s.status]}
                </Tag>
                {s.decidedByName && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {s.decidedByName} {dateTimeText(s.decidedAt)}
                  </Typography.Text>
                )}
                {s.opinion && <div style={{ fontSize: 12 }}>{s.opinion}</div>}
              </>
            ),
          },
          {
            key: 'ops',
            width: 130,
            render: (_, s) => (
              <Space size={4} wrap>
                {s.status === 'pending' && can(fine, 'decideSchedule') && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => open({ kind: 'scheduleDecision', schedule: s })}
                    data-testid="schedule-decide"
                  >
                    审批
                  </Button>
                )}
                <DocumentLink caseId={fine.caseId} documentId={s.documentId}>
                  文书
                </DocumentLink>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

export function ChallengesCard({ fine, open }: { fine: FineView; open: (r: FineModalRequest) => void }) {
  if (!fine.challenges.length) return null;
  return (
    <Card size="small" title="行政复议 / 行政诉讼" data-testid="fine-challenges">
      <Table<ChallengeView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={fine.challenges}
        columns={[
          { title: '类别', key: 'kind', width: 100, render: (_, c) => CHALLENGE_KIND_LABELS[c.kind] },
          { title: '开始', dataIndex: 'startedOn', width: 110 },
          {
            title: '结束',
            key: 'ended',
            width: 110,
            render: (_, c) => c.endedOn ?? <Tag color="orange">进行中</Tag>,
          },
          {
            title: '结果',
            key: 'outcome',
            render: (_, c) => (
              <Space size={4} wrap>
                {c.result && (
                  <Tag
                    color={REVERSAL_RESULTS.includes(c.result) ? 'red' : 'default'}
                    data-testid="challenge-result-tag"
                  >
                    {CHALLENGE_RESULT_LABELS[c.result]}
                  </Tag>
                )}
                <span>{c.outcome ?? (c.result ? '' : '—')}</span>
              </Space>
            ),
          },
          {
            key: 'ops',
            width: 110,
            render: (_, c) =>
              !c.endedOn && can(fine, 'endChallenge') ? (
                <Button
                  size="small"
                  onClick={() => open({ kind: 'challengeEnd', challenge: c })}
                  data-testid="challenge-end"
                >
                  登记结果
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}

export function DemandsCard({ fine, open }: { fine: FineView; open: (r: FineModalRequest) => void }) {
  if (!fine.demands.length) return null;
  return (
    <Card size="small" title="催告" data-testid="fine-demands">
      <Table<DemandView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={fine.demands}
        onRow={() => ({ 'data-testid': 'demand-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '催告书',
            key: 'doc',
            render: (_, d) => (
              <DocumentLink caseId={fine.caseId} documentId={d.documentId}>
                {d.number ?? '催告书'}
              </DocumentLink>
            ),
          },
          { title: '出具日期', dataIndex: 'issuedOn', width: 110 },
          { title: '催告时加处罚款', key: 'surcharge', render: (_, d) => yuan(d.surchargeFen) },
          {
            title: '送达',
            key: 'delivered',
            render: (_, d) => d.deliveredOn ?? <Tag color="orange">未送达</Tag>,
          },
          {
            title: '最早可申请法院执行',
            key: 'earliest',
            render: (_, d) =>
              d.earliestCourtOn ? (
                <span data-testid="demand-earliest-court">{longDayText(d.earliestCourtOn)}</span>
              ) : (
                '—'
              ),
          },
          {
            key: 'ops',
            width: 110,
            render: (_, d) =>
              !d.deliveredOn && can(fine, 'recordDemandDelivery') ? (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => open({ kind: 'demandDelivery', demand: d })}
                  data-testid="demand-delivery"
                >
                  登记送达
                </Button>
              ) : null,
          },
        ]}
      />
      <div style={{ marginTop: 8 }}>
        <Basis>{`${FORCE_LAW}第五十四条：催告书送达十日后当事人仍未履行义务的，行政机关可以申请人民法院强制执行`}</Basis>
      </div>
    </Card>
  );
}

export function CourtCard({ fine, open }: { fine: FineView; open: (r: FineModalRequest) => void }) {
  const w = fine.courtWindow;
  if (!w && !fine.courtApplications.length) return null;
  return (
    <Card size="small" title="申请人民法院强制执行" data-testid="fine-court">
      {w && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          data-testid="court-window"
          items={[
            { key: 'challenge', label: '复议、诉讼期限届满', children: longDayText(w.challengePeriodEndsOn) },
            {
              key: 'window',
              label: '可申请期间',
              children: (
                <span data-testid="court-window-range">
                  {longDayText(w.opensOn)} 至{' '}
                  <Typography.Text strong>{longDayText(w.closesOn)}</Typography.Text>
                </span>
              ),
            },
            ...(w.earliestAfterDemand
              ? [{ key: 'demand', label: '催告送达后最早', children: longDayText(w.earliestAfterDemand) }]
              : []),
          ]}
        />
      )}
      {fine.courtApplications.length > 0 && (
        <Table<CourtApplicationView>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={fine.courtApplications}
          style={{ marginTop: 8 }}
          columns={[
            { title: '受理法院', dataIndex: 'court' },
            { title: '申请日期', dataIndex: 'appliedOn', width: 110 },
            {
              title: '申请金额',
              key: 'amount',
              render: (_, a) => (
                <>
                  {yuan(a.principalFen)}
                  {a.surchargeFen > 0 && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {' '}
                      + 加处 {yuan(a.surchargeFen)}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            {
              title: '裁定',
              key: 'ruling',
              render: (_, a) =>
                a.ruling ? (
                  <>
                    <Tag color={a.ruling === 'granted' ? 'green' : 'red'}>
                      {a.ruling === 'granted' ? '准予执行' : '不予执行'}
                    </Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {a.rulingOn} {a.rulingNo}
                    </Typography.Text>
                  </>
                ) : (
                  <Tag color="orange">待裁定</Tag>
                ),
            },
            {
              title: '执行结果',
              key: 'outcome',
              render: (_, a) =>
                a.outcome ? (
                  <>
                    <Tag color={a.outcome === 'executed' ? 'green' : 'default'}>
                      {a.outcome === 'executed' ? '执行完毕' : '终结执行'}
                    </Tag>
                    {a.outcomeOn}
                    {a.outcomeNote && <div style={{ fontSize: 12 }}>{a.outcomeNote}</div>}
                  </>
                ) : (
                  '—'
                ),
            },
            {
              key: 'ops',
              width: 220,
              render: (_, a) => (
                <Space size={4} wrap>
                  <DocumentLink caseId={fine.caseId} documentId={a.documentId}>
                    申请书
                  </DocumentLink>
                  {!a.ruling && can(fine, 'recordRuling') && (
                    <Button
                      size="small"
                      onClick={() => open({ kind: 'ruling', application: a })}
                      data-testid="court-ruling"
                    >
                      登记裁定
                    </Button>
                  )}
                  {a.ruling === 'granted' && !a.outcome && can(fine, 'recordOutcome') && (
                    <Button
                      size="small"
                      onClick={() => open({ kind: 'outcome', application: a })}
                      data-testid="court-outcome"
                    >
                      登记执行结果
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
