import { AlertOutlined, BankOutlined, MoneyCollectOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useAbility } from '../../app/session';
import { DeadlineTable } from '../../components/deadline-table';
import { Basis } from '../cases/case-page/shared';
import { dayText, yuan } from '../cases/format';
import type { FineView } from './api';
import {
  CourtApplicationModal,
  DemandDeliveryModal,
  DemandModal,
  OutcomeModal,
  RulingModal,
  TerminateFineModal,
} from './enforcement-modals';
import {
  can,
  ChallengesCard,
  CourtCard,
  DemandsCard,
  PaymentsCard,
  SchedulesCard,
  SurchargeCard,
  type FineModalRequest,
} from './fine-cards';
import {
  ChallengeEndModal,
  ChallengeModal,
  OnSpotModal,
  PaymentModal,
  ScheduleDecisionModal,
  ScheduleModal,
} from './fine-modals';
import { DueDay, FineStateTags, LAW, Money, SEPARATION_NOTICE } from './labels';

function FineModals({
  fine,
  request,
  onClose,
}: {
  fine: FineView;
  request: FineModalRequest | null;
  onClose: () => void;
}) {
  if (!request) return null;
  const common = { fine, onClose };
  switch (request.kind) {
    case 'payment':
      return <PaymentModal {...common} />;
    case 'onSpot':
      return <OnSpotModal {...common} />;
    case 'schedule':
      return <ScheduleModal {...common} />;
    case 'scheduleDecision':
      return <ScheduleDecisionModal {...common} schedule={request.schedule} />;
    case 'challenge':
      return <ChallengeModal {...common} />;
    case 'challengeEnd':
      return <ChallengeEndModal {...common} challenge={request.challenge} />;
    case 'demand':
      return <DemandModal {...common} />;
    case 'demandDelivery':
      return <DemandDeliveryModal {...common} demand={request.demand} />;
    case 'court':
      return <CourtApplicationModal {...common} />;
    case 'ruling':
      return <RulingModal {...common} application={request.application} />;
    case 'outcome':
      return <OutcomeModal {...common} application={request.application} />;
    case 'terminate':
      return <TerminateFineModal {...common} />;
  }
}

/** The step buttons the server allows now (abilities only). */
function ActionBar({ fine, open }: { fine: FineView; open: (r: FineModalRequest) => void }) {
  const buttons: { key: string; show: boolean; node: ReactNode }[] = [
    {
      key: 'payment',
      show: can(fine, 'recordPayment'),
      node: (
        <Button
          type="primary"
          icon={<BankOutlined />}
          onClick={() => open({ kind: 'payment' })}
          data-testid="fine-action-payment"
        >
          登记缴款
        </Button>
      ),
    },
    {
      key: 'onSpot',
      show: can(fine, 'collectOnSpot'),
      node: (
        <Button
          type="primary"
          icon={<MoneyCollectOutlined />}
          onClick={() => open({ kind: 'onSpot' })}
          data-testid="fine-action-onspot"
        >
          当场收缴
        </Button>
      ),
    },
    {
      key: 'schedule',
      show: can(fine, 'applySchedule'),
      node: (
        <Button onClick={() => open({ kind: 'schedule' })} data-testid="fine-action-schedule">
          申请暂缓/分期缴纳
        </Button>
      ),
    },
    {
      key: 'challenge',
      show: can(fine, 'recordChallenge'),
      node: (
        <Button onClick={() => open({ kind: 'challenge' })} data-testid="fine-action-challenge">
          登记复议/诉讼
        </Button>
      ),
    },
    {
      key: 'demand',
      show: can(fine, 'issueDemand'),
      node: (
        <Button
          icon={<AlertOutlined />}
          onClick={() => open({ kind: 'demand' })}
          data-testid="fine-action-demand"
        >
          出具催告书
        </Button>
      ),
    },
    {
      key: 'court',
      show: can(fine, 'applyCourt'),
      node: (
        <Button type="primary" onClick={() => open({ kind: 'court' })} data-testid="fine-action-court">
          申请法院强制执行
        </Button>
      ),
    },
    {
      key: 'terminate',
      show: can(fine, 'terminate'),
      node: (
        <Button
          danger
          icon={<StopOutlined />}
          onClick={() => open({ kind: 'terminate' })}
          data-testid="fine-action-terminate"
        >
          终结执行
        </Button>
      ),
    },
  ];
  const shown = buttons.filter((b) => b.show);
  if (!shown.length)
    return (
      <Typography.Text type="secondary" data-testid="fine-no-actions">
        当前没有需要您办理的执行事项。
      </Typography.Text>
    );
  return (
    <Space wrap data-testid="fine-actions">
      {shown.map((b) => (
        <span key={b.key}>{b.node}</span>
      ))}
    </Space>
  );
}

function SummaryCard({
  fine,
  open,
  extra,
}: {
  fine: FineView;
  open: (r: FineModalRequest) => void;
  extra?: ReactNode;
}) {
  const canOpenCase = useAbility('case.view');
  const done = fine.outstandingFen === 0 || fine.stage === 'terminated' || fine.stage === 'executed';
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>罚款执行</span>
          <FineStateTags fine={fine} />
        </Space>
      }
      extra={extra}
      data-testid="fine-summary"
    >
      {fine.separationBarred && !done && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="fine-separation-barred"
          title={SEPARATION_NOTICE}
          description={<Basis>{`${LAW}第六十七条；《罚款决定与罚款收缴分离实施办法》`}</Basis>}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'decisionNo',
            label: '决定书文号',
            children: (
              <span className="zf-mono" style={{ whiteSpace: 'nowrap' }} data-testid="fine-decision-no">
                {fine.decisionNo}
              </span>
            ),
          },
          {
            key: 'case',
            label: '案件',
            children: canOpenCase ? (
              <Link to={`/cases/${fine.caseId}?tab=execution`} className="zf-mono">
                {fine.caseNo ?? '查看案件'}
              </Link>
            ) : (
              <span className="zf-mono">{fine.caseNo ?? '—'}</span>
            ),
          },
          { key: 'party', label: '当事人', children: fine.partyName },
          {
            key: 'amount',
            label: '罚款金额',
            children: (
              <span data-testid="fine-amount">
                <Money fen={fine.amountFen} strong />
              </span>
            ),
          },
          {
            key: 'paid',
            label: '已缴罚款',
            children: (
              <span data-testid="fine-paid">
                <Money fen={fine.paidFen} />
                {fine.surchargePaidFen > 0 && (
                  <Typography.Text type="secondary">
                    （另缴加处罚款 {yuan(fine.surchargePaidFen)}）
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            key: 'outstanding',
            label: '尚欠罚款',
            children: (
              <span data-testid="fine-outstanding">
                <Money
                  fen={fine.outstandingFen}
                  strong
                  type={fine.outstandingFen > 0 ? 'danger' : undefined}
                />
              </span>
            ),
          },
          { key: 'decided', label: '决定日期', children: dayText(fine.decidedOn) },
          { key: 'delivered', label: '决定书送达', children: dayText(fine.deliveredOn) },
          {
            key: 'due',
            label: '缴款期限',
            children: (
              <Space orientation="vertical" size={0} data-testid="fine-due-on">
                <DueDay on={fine.dueOn} done={done} />
                {fine.originalDueOn !== fine.dueOn && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    原定 {fine.originalDueOn}（已批准暂缓或分期）
                  </Typography.Text>
                )}
                <Basis>{`${LAW}第六十七条第三款：自收到行政处罚决定书之日起十五日内缴纳`}</Basis>
              </Space>
            ),
          },
          {
            key: 'overdue',
            label: '逾期天数',
            children: fine.overdue ? (
              <Typography.Text type="danger" data-testid="fine-overdue-days">
                {fine.overdueDays} 日
              </Typography.Text>
            ) : (
              '未逾期'
            ),
          },
          ...(fine.paidInFullOn
            ? [{ key: 'paidInFull', label: '缴清日期', children: dayText(fine.paidInFullOn) }]
            : []),
          {
            key: 'bank',
            label: '代收机构',
            children: fine.agreement ? (
              <>
                {fine.agreement.bankName}
                <Typography.Text type="secondary" className="zf-mono">
                  {' '}
                  {fine.agreement.accountNumber}
                </Typography.Text>
              </>
            ) : (
              '—'
            ),
          },
          ...(fine.terminatedReason
            ? [{ key: 'terminated', label: '终结执行理由', children: fine.terminatedReason }]
            : []),
        ]}
      />
      <div style={{ marginTop: 12 }}>
        <ActionBar fine={fine} open={open} />
      </div>
    </Card>
  );
}

/**
 * One fine obligation: amounts and the due day, the surcharge, payments, deferral and instalments, challenges,
 * 催告, the court window and applications, and its statutory deadlines. Used at /fines/:id and as the case page's
 * 执行 tab; every button comes from the fine's abilities.
 */
export function FinePanel({ fine, extra }: { fine: FineView; extra?: ReactNode }) {
  const [request, setRequest] = useState<FineModalRequest | null>(null);
  return (
    <div data-testid="fine-panel">
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <SummaryCard fine={fine} open={setRequest} extra={extra} />
        </Col>
        <Col span={24}>
          <SurchargeCard fine={fine} />
        </Col>
        <Col span={24}>
          <PaymentsCard fine={fine} />
        </Col>
        {fine.schedules.length > 0 && (
          <Col span={24}>
            <SchedulesCard fine={fine} open={setRequest} />
          </Col>
        )}
        {fine.challenges.length > 0 && (
          <Col span={24}>
            <ChallengesCard fine={fine} open={setRequest} />
          </Col>
        )}
        {fine.demands.length > 0 && (
          <Col span={24}>
            <DemandsCard fine={fine} open={setRequest} />
          </Col>
        )}
        {(fine.courtWindow || fine.courtApplications.length > 0) && (
          <Col span={24}>
            <CourtCard fine={fine} open={setRequest} />
          </Col>
        )}
        <Col span={24}>
          <Card size="small" title="执行期限" data-testid="fine-deadlines">
            <DeadlineTable deadlines={fine.deadlines} />
          </Card>
        </Col>
      </Row>
      <FineModals fine={fine} request={request} onClose={() => setRequest(null)} />
    </div>
  );
}
