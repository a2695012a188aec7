/**
 * When the party does not simply pay: 暂缓或者分期 on application and approval (第六十六条第二款), 行政复议 or
 * 行政诉讼 pausing the surcharge (第七十三条第三款), the 催告书 (行政强制法 第三十五条), the application to the court
 * (第五十三条至第五十五条) and its ruling and outcome, and 终结执行.
 */
import { yuan } from '../../../kernel/money.js';
import type { z } from 'zod';
import type {
  ChallengeBody,
  ChallengeEndBody,
  CourtApplicationBody,
  DemandBody,
  DemandDeliveryBody,
  OutcomeBody,
  RulingBody,
  ScheduleBody,
  ScheduleDecisionBody,
  TerminateFineBody,
} from '../../../../common/contracts/execution.js';
import { CHALLENGE_RESULT_LABELS, REVERSAL_RESULTS } from '../../../../common/contracts/fault.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries, meetDeadline, openDeadline } from '../../deadlines/index.js';
import {
  agency,
  issueDocument,
  mainParty,
  todayOf,
  type CaseActor,
  type CaseDeps,
  type EnforcementApplicationModel,
  type PaymentDeferralDecisionModel,
  type PaymentDemandModel,
  notifyCaseReversed,
} from '../../cases/index.js';
import { EXECUTION_AUDIT } from '../execution.audit.js';
import { executionRepository as repo } from '../execution.repository.js';
import { checkCourtApplication } from '../rules/index.js';
import { paymentTerms } from './port.js';
import { calendarOf, fineAudit, loadFineForCommand, requireFineAbility } from './shared.js';

const FORCE = '《中华人民共和国行政强制法》';
const PUNISHMENT = '《中华人民共和国行政处罚法》';

function noAgreement(): AppError {
  return new AppError('FINE_AGREEMENT', '没有有效的代收罚款协议，文书无法载明缴款的银行和账户', {
    basis: '《罚款决定与罚款收缴分离实施办法》（国务院令第235号）第七条',
    rule: 'fine.decision-payee',
  });
}

function notFuture(deps: CaseDeps, day: string, what: string): void {
  if (day > todayOf(deps)) throw new AppError('VALIDATION_FAILED', `${what}不能晚于今天`);
}

// ------------------------------------------------------------------------------------------- schedules

export async function applySchedule(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof ScheduleBody>,
  ctx: AuditContext,
): Promise<void> {
  notFuture(deps, input.appliedOn, '申请日期');
  await deps.database.transaction(async (tx) => {
    const l = await loadFineForCommand(tx, deps, actor, id);
    requireFineAbility(l, 'applySchedule', '登记暂缓或分期缴纳申请（须由本案承办人员在罚款未缴清时登记）');
    const total = input.items.reduce((s, i) => s + i.amountFen, 0);
    if (total !== l.state.outstandingFen)
      throw new AppError(
        'VALIDATION_FAILED',
        `各期金额合计（${yuan(total)}）应等于尚欠罚款（${yuan(l.state.outstandingFen)}）`,
      );
    const days = input.items.map((i) => i.dueOn);
    if (days.some((d, i) => i > 0 && d <= days[i - 1]!))
      throw new AppError('VALIDATION_FAILED', '各期缴纳期限应依次递后');
    if (days[0]! <= l.obligation.dueOn)
      throw new AppError(
        'VALIDATION_FAILED',
        `暂缓或分期的缴纳期限应晚于原缴款期限（${l.obligation.dueOn}）`,
      );
    const s = await repo.insertSchedule(tx, { obligationId: id, ...input, appliedBy: actor.userId });
    await openDeadline(
      tx,
      {
        ruleId: 'fine.deferral-decision',
        objectType: 'fine-schedule',
        objectId: s.id,
        trigger: input.appliedOn,
        responsibleUserId: null,
        unitId: l.obligation.unitId,
        title: `暂缓/分期缴纳罚款申请待审批：${l.obligation.decisionNo}`,
        link: `/fines/${id}`,
      },
      ctx,
    );
    await fineAudit(tx, ctx, l.obligation.caseId, EXECUTION_AUDIT.scheduleApplied, {
      obligationId: id,
      scheduleId: s.id,
      kind: input.kind,
      items: input.items,
      reason: input.reason,
    });
  });
}

export async function decideSchedule(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  scheduleId: string,
  input: z.infer<typeof ScheduleDecisionBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const l = await loadFineForCommand(tx, deps, actor, id);
    requireFineAbility(l, 'decideSchedule', '审批暂缓或分期缴纳（由本局负责人审批，承办人员不得审批）');
    const s = l.schedules.find((x) => x.id === scheduleId && x.status === 'pending');
    if (!s) throw new AppError('FINE_STATE', '没有待审批的该项申请');
    const approved = input.decision === 'approve';
    const terms = await paymentTerms(tx, todayOf(deps));
    if (approved && !terms) throw noAgreement();
    const base = {
      agency: await agency(tx),
      party: await mainParty(deps, tx, l.lawCase.id),
      caseNo: l.lawCase.caseNo ?? '',
      decisionNo: l.obligation.decisionNo,
      decidedOn: l.obligation.decidedOn,
      fineFen: l.obligation.amountFen,
      appliedOn: s.appliedOn,
      reason: s.reason,
      issuedOn: todayOf(deps),
    };
    const model: PaymentDeferralDecisionModel = approved
      ? { ...base, approved: true, kind: s.kind, schedule: s.items, payee: terms!.payee }
      : { ...base, approved: false, refusalReason: input.opinion, originalDueOn: l.obligation.dueOn };
    const doc = await issueDocument(deps, tx, l.lawCase, 'payment_deferral_decision', model, actor, ctx);
    await repo.updateSchedule(tx, scheduleId, {
      status: approved ? 'approved' : 'rejected',
      decidedBy: actor.userId,
      decidedByName: actor.name,
      decidedAt: new Date(),
      opinion: input.opinion,
      documentId: doc.id,
    });
    const d = await deadlineQueries.activeFor(tx, 'fine.deferral-decision', 'fine-schedule', scheduleId);
    if (d && d.status !== 'suspended') await meetDeadline(tx, d.id, {}, ctx);
    await fineAudit(tx, ctx, l.obligation.caseId, EXECUTION_AUDIT.scheduleDecided, {
      obligationId: id,
      scheduleId,
      decision: input.decision,
      opinion: input.opinion,
      documentId: doc.id,
      basis: `${PUNISHMENT}第六十六条第二款、第七十二条第二款`,
    });
  });
}

// ------------------------------------------------------------------------------------------- challenges

export async function recordChallenge(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof ChallengeBody>,
  ctx: AuditContext,
): Promise<void> {
  notFuture(deps, input.startedOn, '申请或起诉日期');
  await deps.database.transaction(async (tx) => {
    const l = await loadFineForCommand(tx, deps, actor, id);
    requireFineAbility(l, 'recordChallenge', '登记行政复议或行政诉讼');
    if (input.startedOn < l.obligation.deliveredOn)
      throw new AppError('VALIDATION_FAILED', '申请或起诉日期不能早于处罚决定书送达日期');
    const ch = await repo.insertChallenge(tx, { obligationId: id, ...input, recordedBy: actor.userId });
    await fineAudit(tx, ctx, l.obligation.caseId, EXECUTION_AUDIT.challengeRecorded, {
      obligationId: id,
      challengeId: ch.id,
      kind: input.kind,
      startedOn: input.startedOn,
      basis: `${PUNISHMENT}第七十三条第三款（加处罚款的数额在复议或者诉讼期间不予计算）`,
    });
  });
}

export async function endChallenge(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  challengeId: string,
  input: z.infer<typeof ChallengeEndBody>,
  ctx: AuditContext,
): Promise<void> {
  notFuture(deps, input.endedOn, '终结日期');
  await deps.database.transaction(async (tx) => {
    const l = await loadFineForCommand(tx, deps, actor, id);
    if (!l.facts.handlerIds.includes(actor.userId))
      throw new AppError('FORBIDDEN', '只有本案承办人员可以登记复议或诉讼结果');
    const ch = l.challenges.find((c) => c.id === challengeId && !c.endedOn);
    if (!ch) throw new AppError('FINE_STATE', '没有进行中的该项复议或诉讼');
    if (input.endedOn < ch.startedOn) throw new AppError('VALIDATION_FAILED', '终结日期不能早于开始日期');
    await repo.updateChallenge(tx, challengeId, {
      endedOn: input.endedOn,
      result: input.result,
      outcome: input.outcome,
    });
    await fineAudit(tx, ctx, l.obligation.caseId, EXECUTION_AUDIT.challengeEnded, {
      obligationId: id,
      challengeId,
      endedOn: input.endedOn,
      result: input.result,
      outcome: input.outcome,
    });
    // 撤销, 变更, 确认违法, 确认无效: the act was wrong; the fault module opens a lead (System 1).
    if (REVERSAL_RESULTS.includes(input.result))
      await notifyCaseReversed(
        tx,
        {
          caseId: l.obligation.caseId,
          kind: ch.kind,
          result: input.result,
          resultLabel: CHALLENGE_RESULT_LABELS[input.result],
          endedOn: input.endedOn,
          outcome: input.outcome,
          challengeId,
        },
        ctx,
      );
  });
}

// ------------------------------------------------------------------------------------------- 催告

export async function issueDemand(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof DemandBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const l = await loadFineForCommand(tx, deps, actor, id);
    requireFineAbility(
      l,
      'issueDemand',
      '制发催告书（罚款逾期未缴、无进行中的复议或诉讼时，由承办人员制发）',
    );
    const today = todayOf(deps);
    const terms = await paymentTerms(tx, today);
    if (!terms) throw noAgreement();
    const s = l.state.surcharge;
    const surchargeFen = Math.max(0, s.totalFen - l.obligation.surchargePaidFen);
    const model: PaymentDemandModel = {
      agency: await agency(tx),
      party: await mainParty(deps, tx, l.lawCase.id),
      caseNo: l.lawCase.caseNo ?? '',
      decisionNo: l.obligation.decisionNo,
      decidedOn: l.obligation.decidedOn,
      deliveredOn: l.obligation.deliveredOn,
      dueOn: l.state.dueOn,
      fineFen: l.obligation.amountFen,
      paidFen: l.obligation.amountFen - l.state.outstandingFen,
      surcharge: {
        fromOn: s.firstStartOn ?? l.state.dueOn,
        asOf: today,
        days: s.lines.reduce((n, x) => n + x.days, 0),
        amountFen: surchargeFen,
        capped: s.capped,
      },
      payWithinWorkingDays: 10,
      payee: terms.payee,
      statementDays: input.statementDays,
      issuedOn: today,
    };
    const doc = await issueDocument(deps, tx, l.lawCase, 'payment_demand', model, actor, ctx);
    const demand = await repo.insertDemand(tx, {
      obligationId: id,
      documentId: doc.id,
      issuedOn: today,
      surchargeFen,
      issuedBy: actor.userId,
    });
    await repo.updateObligation(tx, id, { stage: 'demanded' });
    await fineAudit(tx, ctx, l.obligation.caseId, EXECUTION_AUDIT.demandIssued, {
      obligationId: id,
      demandId: demand.id,
      documentId: doc.id,
      number: doc.number,
      surchargeFen,
      basis: `${FORCE}第三十五条、第四十五条、第五十四条`,
    });
  });
}

export async function recordDemandDelivery(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  demandId: string,
  input: z.infer<typeof DemandDeliveryBody>,
  ctx: AuditContext,
): Promise<void> {
  notFuture(deps, input.deliveredOn, '送达日期');
  await deps.database.transaction(async (tx) => {
    const l = await loadFineForCommand(tx, deps, actor, id);
    requireFineAbility(l, 'recordDemandDelivery', '登记催告书送达');
    const d = l.demands.find((x) => x.id === demandId && !x.deliveredOn);
    if (!d) throw new AppError('FINE_STATE', '该催告书已登记送达');
    if (input.deliveredOn < d.issuedOn)
      throw new AppError('VALIDATION_FAILED', '送达日期不能早于催告书制发日期');
    await repo.updateDemand(tx, demandId, { deliveredOn: input.deliveredOn });
    await openDeadline(
      tx,
      {
        ruleId: 'enforcement.court-application-wait',
        objectType: 'fine',
        objectId: id,
        trigger: input.deliveredOn,
        responsibleUserId: actor.userId,
        unitId: l.obligation.unitId,
        title: `催告期：${l.obligation.decisionNo}（届满后方可申请法院强制执行）`,
        link: `/fines/${id}`,
      },
      ctx,
    );
    await fineAudit(tx, ctx, l.obligation.caseId, EXECUTION_AUDIT.demandDelivered, {
      obligationId: id,
      demandId,
      deliveredOn: input.deliveredOn,
      method: input.method,
    });
  });
}

// ------------------------------------------------------------------------------------------- court

export async function applyCourt(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof CourtApplicationBody>,
  ctx: AuditContext,
): Promise<void> {
  notFuture(deps, input.appliedOn, '申请日期');
  await deps.database.transaction(async (tx) => {
    const l = await loadFineForCommand(tx, deps, actor, id);
    const c = await calendarOf(tx);
    const delivered = l.demands.filter((d) => d.deliveredOn).at(-1);
    // The window as the fine's state computed it (challenge periods, deferral, challenge concluded, 催告书).
    const window = l.state.window;
    if (!window) throw new AppError('FINE_STATE', '该罚款已缴清或已终结，无需申请强制执行');
    const check = checkCourtApplication(c, window, input.appliedOn as LocalDate);
    if (!check.ok) throw new AppError('FINE_COURT', check.reason, { basis: check.basis, rule: check.rule });
    if (l.facts.openChallenge)
      throw new AppError('FINE_COURT', '当事人的行政复议或行政诉讼尚未终结，不能申请强制执行', {
        basis: `${FORCE}第五十三条`,
        rule: 'enforcement.court-application',
      });
    requireFineAbility(l, 'applyCourt', '申请人民法院强制执行（须由本案承办人员在催告书送达后申请）');
    const surchargeFen = Math.max(0, l.state.surcharge.totalFen - l.obligation.surchargePaidFen);
    const principal = (await repo.principalName(tx)) ?? '';
    const model: EnforcementApplicationModel = {
      agency: { ...(await agency(tx)), legalRepresentative: principal, legalRepresentativeTitle: '局长' },
      party: await mainParty(deps, tx, l.lawCase.id),
      court: input.court,
      caseNo: l.lawCase.caseNo ?? '',
      decisionNo: l.obligation.decisionNo,
      decidedOn: l.obligation.decidedOn,
      deliveredOn: l.obligation.deliveredOn,
      facts: l.lawCase.facts,
      basis: await repo.penaltyBasis(tx, l.lawCase.id),
      fineFen: l.obligation.amountFen,
      paidFen: l.obligation.amountFen - l.state.outstandingFen,
      surchargeFen,
      demand: {
        number: (await demandNumber(tx, delivered?.documentId)) ?? '',
        issuedOn: delivered!.issuedOn,
        deliveredOn: delivered!.deliveredOn!,
      },
      partyOpinion: input.partyOpinion || '被申请人在催告书确定的期限内未提出陈述、申辩',
      ...(l.challenges.length
        ? {
            challenge: l.challenges
              .map(
                (ch) =>
                  `被申请人于${ch.startedOn}${ch.kind === 'reconsideration' ? '申请行政复议' : '提起行政诉讼'}，${ch.outcome ?? ''}`,
              )
              .join('；'),
          }
        : {}),
      attachments: [
        '行政处罚决定书及送达回证',
        '作出决定的事实、理由和依据',
        '催告书及送达回证',
        '当事人的意见及催告情况',
        '申请强制执行标的情况',
      ],
      issuedOn: input.appliedOn,
      signatory: { name: principal, position: '局长' },
    };
    const doc = await issueDocument(deps, tx, l.lawCase, 'enforcement_application', model, actor, ctx);
    const app = await repo.insertCourt(tx, {
      obligationId: id,
      court: input.court,
      appliedOn: input.appliedOn,
      principalFen: l.state.outstandingFen,
      surchargeFen,
      documentId: doc.id,
      appliedBy: actor.userId,
    });
    await repo.updateObligation(tx, id, { stage: 'court_applied' });
    const wait = await deadlineQueries.activeFor(tx, 'enforcement.court-application-wait', 'fine', id);
    if (wait && wait.status !== 'suspended') await meetDeadline(tx, wait.id, {}, ctx);
    await fineAudit(tx, ctx, l.obligation.caseId, EXECUTION_AUDIT.courtApplied, {
      obligationId: id,
      applicationId: app.id,
      court: input.court,
      appliedOn: input.appliedOn,
      window: { opensOn: window.opensOn, closesOn: window.closesOn },
      documentId: doc.id,
    });
  });
}

async function demandNumber(tx: Tx, documentId: string | undefined): Promise<string | null> {
  return documentId ? repo.documentNumber(tx, documentId) : null;
}

export async function recordRuling(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  applicationId: string,
  input: z.infer<typeof RulingBody>,
  ctx: AuditContext,
): Promise<void> {
  notFuture(deps, input.rulingOn, '裁定日期');
  await deps.database.transaction(async (tx) => {
    const l = await loadFineForCommand(tx, deps, actor, id);
    requireFineAbility(l, 'recordRuling', '登记法院裁定');
    const app = l.courts.find((x) => x.id === applicationId && !x.ruling);
    if (!app) throw new AppError('FINE_STATE', '该申请已登记裁定');
    if (input.rulingOn < app.appliedOn) throw new AppError('VALIDATION_FAILED', '裁定日期不能早于申请日期');
    await repo.updateCourt(tx, applicationId, { ...input });
    await repo.updateObligation(tx, id, {
      stage: input.ruling === 'granted' ? 'court_granted' : 'court_refused',
    });
    await fineAudit(tx, ctx, l.obligation.caseId, EXECUTION_AUDIT.courtRuled, {
      obligationId: id,
      applicationId,
      ...input,
      basis: `${FORCE}第五十七条、第五十八条`,
    });
  });
}

export async function recordOutcome(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  applicationId: string,
  input: z.infer<typeof OutcomeBody>,
  ctx: AuditContext,
): Promise<void> {
  notFuture(deps, input.outcomeOn, '执行日期');
  await deps.database.transaction(async (tx) => {
    const l = await loadFineForCommand(tx, deps, actor, id);
    requireFineAbility(l, 'recordOutcome', '登记强制执行结果');
    const app = l.courts.find((x) => x.id === applicationId && x.ruling === 'granted' && !x.outcome);
    if (!app) throw new AppError('FINE_STATE', '没有待登记执行结果的准予执行裁定');
    await repo.updateCourt(tx, applicationId, {
      outcome: input.outcome,
      outcomeOn: input.outcomeOn,
      outcomeNote: input.note,
    });
    await repo.updateObligation(tx, id, {
      stage: input.outcome === 'executed' ? 'executed' : 'terminated',
      ...(input.outcome === 'terminated' ? { terminatedReason: input.note } : {}),
    });
    await fineAudit(tx, ctx, l.obligation.caseId, EXECUTION_AUDIT.courtOutcome, {
      obligationId: id,
      applicationId,
      ...input,
    });
  });
}

/** 终结执行 (行政强制法 第四十条): approved by a 负责人 with the reason. */
export async function terminateFine(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof TerminateFineBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const l = await loadFineForCommand(tx, deps, actor, id);
    requireFineAbility(l, 'terminate', '终结执行（由本局负责人决定）');
    await repo.updateObligation(tx, id, { stage: 'terminated', terminatedReason: input.reason });
    const d = await deadlineQueries.activeFor(tx, 'penalty.payment', 'fine', id);
    if (d && d.status !== 'suspended') await meetDeadline(tx, d.id, {}, ctx);
    await fineAudit(tx, ctx, l.obligation.caseId, EXECUTION_AUDIT.terminated, {
      obligationId: id,
      reason: input.reason,
      outstandingFen: l.state.outstandingFen,
      basis: `${FORCE}第四十条`,
    });
  });
}
