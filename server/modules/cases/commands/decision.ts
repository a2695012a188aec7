import type { z } from 'zod';
import type {
  CollectiveBody,
  Penalty,
  DecisionRequestBody,
  ExtensionBody,
  LegalOpinionBody,
  LegalReviewSubmitBody,
} from '../../../../common/contracts/cases.js';
import { LEGAL_REVIEW_POINTS } from '../../../../common/contracts/cases.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries, extendDeadline, meetDeadline, openDeadline } from '../../deadlines/index.js';
import { checkLegalReviewer } from '../../personnel/index.js';
import { caseRepository } from '../case.repository.js';
import { nowOf, settingsOn, todayOf, type CaseActor, type CaseDeps } from '../cases.context.js';
import { CASE_AUDIT } from '../cases.audit.js';
import type { CaseApprovalRow, CaseRow } from '../cases.schema.js';
import { procedureRepository } from '../procedure.repository.js';
import { avStatus } from '../queries/av-status.js';
import { isHarsher, totalFen } from '../catalogue/penalty.js';
import { proposed } from '../rules/requirements.js';
import { issueCollectiveRecord, issueLegalReviewOpinion, issuePenaltyDecision } from './documents.js';
import { applyProposal, requirementsOf } from './report.js';
import { executionPort } from '../execution-port.js';
import {
  loadForCommand,
  PUNISHMENT_LAW,
  requireAbility,
  requireActiveTeam,
  trail,
  type Loaded,
  notifyApprovers,
  requestApproval,
} from './shared.js';

/** 法制审核 submission: the grounds (第五十八条 and the 目录清单) and the missing audio/video records are listed. */
export async function submitLegalReview(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof LegalReviewSubmitBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'submitLegalReview', actor);
    const req = await requirementsOf(tx, deps, loaded.lawCase, loaded.lawCase.proposedPenalty);
    const settings = await settingsOn(tx, todayOf(deps));
    const missingAv = await avStatus(tx, caseId, settings);
    const lead = loaded.facts.officerRows.find((o) => o.role === 'lead') ?? loaded.facts.officerRows[0];
    const review = await procedureRepository.insertLegalReview(tx, {
      caseId,
      grounds: req.legalReview.grounds.length
        ? req.legalReview.grounds
        : ['承办科室提请审核（非法定必须审核事项）'],
      materialsNote: input.materialsNote,
      missingAv,
      submittedBy: actor.userId,
    });
    const d = await openDeadline(
      tx,
      {
        ruleId: 'legal-review.review',
        objectType: 'legal-review',
        objectId: review.id,
        trigger: todayOf(deps),
        responsibleUserId: null,
        unitId: null,
        title: `法制审核：${loaded.lawCase.caseNo}`,
        link: `/cases/${caseId}`,
      },
      ctx,
    );
    await procedureRepository.updateLegalReview(tx, review.id, { dueOn: d.dueDate });
    await caseRepository.update(tx, caseId, { status: 'legal_review' });
    await notifyApprovers(tx, loaded.lawCase, 'legal_review', 'legal_reviewer');
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.legalReviewSubmitted,
      payload: {
        reviewId: review.id,
        round: review.round,
        grounds: req.legalReview.grounds,
        missingAv: missingAv.map((m) => m.step),
        lead: lead?.userId,
      },
      step: { kind: 'legal_review_submitted', opinion: input.materialsNote },
    });
  });
}

/**
 * The reviewer's opinion (第五十八条): 同意, 补正 or 不同意 with reasons, over the seven review points. The reviewer
 * must be qualified (法律职业资格 for a first-time reviewer, 第五十八条第二款) and may not have handled the case.
 */
export async function giveLegalOpinion(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof LegalOpinionBody>,
  ctx: AuditContext,
): Promise<void> {
  const keys = new Set(input.checklist.map((c) => c.key));
  if (LEGAL_REVIEW_POINTS.some((p) => !keys.has(p.key)))
    throw new AppError('VALIDATION_FAILED', '请逐项填写七项审核内容');
  if (input.opinion === 'agree' && input.checklist.some((c) => !c.ok))
    throw new AppError('VALIDATION_FAILED', '审核内容存在问题的，不能出具「同意」意见');
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'giveLegalOpinion', actor);
    const handled = new Set([...(await caseRepository.everOfficerIds(tx, caseId)), loaded.lawCase.createdBy]);
    if (handled.has(actor.userId))
      throw new AppError(
        'CASE_REVIEWER_HANDLED',
        '您参与了本案的调查办理，不得对本案进行法制审核，请由其他审核人员审核',
        {
          basis: `${PUNISHMENT_LAW}第五十八条；国办发〔2018〕118号（法制审核机构与承办机构相分离）`,
          rule: 'legal-review.independence',
        },
      );
    const eligibility = await checkLegalReviewer(tx, { userId: actor.userId, on: todayOf(deps) });
    if (!eligibility.eligible) {
      const r = eligibility.refusals[0];
      throw new AppError('CASE_TEAM', r?.reason ?? '您不具备法制审核人员资格', {
        basis: r?.basis,
        rule: r?.rule,
      });
    }
    const review = await procedureRepository.pendingLegalReview(tx, caseId);
    if (!review) throw new AppError('CASE_STATE', '没有待审核的送审事项');
    await procedureRepository.updateLegalReview(tx, review.id, {
      reviewerId: actor.userId,
      reviewerName: actor.name,
      opinion: input.opinion,
      checklist: input.checklist.map((c) => ({ key: c.key, ok: c.ok, note: c.note })),
      reasons: input.reasons,
      reviewedAt: new Date(),
    });
    const d = await deadlineQueries.activeFor(tx, 'legal-review.review', 'legal-review', review.id);
    if (d && d.status !== 'suspended') await meetDeadline(tx, d.id, {}, ctx);
    await caseRepository.update(tx, caseId, { status: 'decision' });
    const doc = await issueLegalReviewOpinion(
      deps,
      tx,
      loaded.lawCase,
      {
        ...review,
        opinion: input.opinion,
        checklist: input.checklist,
        reasons: input.reasons,
        reviewerName: actor.name,
        reviewedAt: new Date(),
      },
      actor,
      ctx,
    );
    await procedureRepository.updateLegalReview(tx, review.id, { documentId: doc.id });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.legalOpinionGiven,
      payload: {
        reviewId: review.id,
        opinion: input.opinion,
        failed: input.checklist.filter((c) => !c.ok).map((c) => c.key),
      },
      step: { kind: 'legal_opinion', decision: input.opinion, opinion: input.reasons },
    });
  });
}

/** 集体讨论 (第五十七条第二款): participants, minutes and conclusion; an amended penalty becomes a new proposal. */
export async function recordCollective(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof CollectiveBody>,
  ctx: AuditContext,
): Promise<void> {
  if (new Date(input.heldAt).getTime() > nowOf(deps).getTime() + 5 * 60_000)
    throw new AppError('CASE_DATE_INVALID', '讨论时间不能晚于当前时间');
  if (input.conclusion === 'amend' && !input.penalty)
    throw new AppError('VALIDATION_FAILED', '变更处罚意见的，请填写变更后的处罚内容');
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'recordCollective', actor);
    const chair = (await caseRepository.userNames(tx, [input.chairId])).get(input.chairId);
    if (!chair) throw new AppError('VALIDATION_FAILED', '主持人不存在');
    const row = await procedureRepository.insertCollective(tx, {
      caseId,
      heldAt: new Date(input.heldAt),
      place: input.place,
      chairId: input.chairId,
      chairName: chair,
      recorderName: input.recorderName,
      participants: input.participants,
      minutes: input.minutes,
      conclusion: input.conclusion,
      conclusionNote: input.conclusionNote,
      penalty: input.penalty ?? null,
      recordedBy: actor.userId,
    });
    if (input.conclusion === 'amend')
      await applyProposal(
        tx,
        loaded,
        actor,
        'penalty',
        input.penalty!,
        `集体讨论决定：${input.conclusionNote}`,
        'collective',
        ctx,
      );
    if (input.conclusion === 'no_penalty')
      await applyProposal(
        tx,
        loaded,
        actor,
        'no_penalty_minor',
        { items: [] },
        `集体讨论决定：${input.conclusionNote}`,
        'collective',
        ctx,
      );
    if (input.conclusion === 'transfer')
      await caseRepository.update(tx, caseId, {
        status: 'transfer_pending',
        outcome: 'transfer',
        crimeSuspected: true,
      });
    const doc = await issueCollectiveRecord(deps, tx, loaded.lawCase, row, actor, ctx);
    await procedureRepository.setCollectiveDocument(tx, row.id, doc.id);
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.collectiveRecorded,
      payload: {
        collectiveId: row.id,
        conclusion: input.conclusion,
        participants: input.participants.length,
        dissent: input.participants.filter((p) => p.dissent).map((p) => p.name),
      },
      step: {
        kind: 'collective_discussion',
        decision: input.conclusion,
        opinion: input.conclusionNote,
        data: { participants: input.participants },
      },
    });
  });
}

export interface DecisionGate {
  code:
    | 'CASE_LEGAL_REVIEW_REQUIRED'
    | 'CASE_COLLECTIVE_REQUIRED'
    | 'CASE_PENALTY_RAISED'
    | 'CASE_HEARING_PENDING'
    | 'FINE_AGREEMENT'
    | 'CASE_STATE';
  reason: string;
  basis: string;
  rule: string;
}

/**
 * Everything the law requires before the decision (第五十七条至第六十二条): a passing legal review given after the
 * last change of the proposal, when one is required; the collective discussion, when required; and the
 * 90-day period (第六十条) unless extended with approval.
 */
export async function decisionGates(tx: Db | Tx, deps: CaseDeps, lawCase: CaseRow): Promise<DecisionGate[]> {
  const out: DecisionGate[] = [];
  const req = await requirementsOf(tx, deps, lawCase, lawCase.proposedPenalty);
  const proposals = await caseRepository.proposals(tx, lawCase.id);
  const lastChange = proposals.at(-1)?.proposedAt ?? new Date(0);
  if (req.legalReview.required && lawCase.outcome === 'penalty') {
    const reviews = await procedureRepository.legalReviews(tx, lawCase.id);
    const last = reviews.filter((r) => r.opinion).at(-1);
    if (!last)
      out.push({
        code: 'CASE_LEGAL_REVIEW_REQUIRED',
        reason: `本案应当进行法制审核（${req.legalReview.grounds.join('；')}），未经法制审核不得作出决定`,
        basis: `${PUNISHMENT_LAW}第五十八条`,
        rule: 'legal-review.required',
      });
    else if (last.opinion !== 'agree')
      out.push({
        code: 'CASE_LEGAL_REVIEW_REQUIRED',
        reason: `法制审核意见为「${last.opinion === 'amend' ? '补正' : '不同意'}」，审核未通过的不得作出决定`,
        basis: `${PUNISHMENT_LAW}第五十八条`,
        rule: 'legal-review.passed',
      });
    else if (last.reviewedAt && last.reviewedAt < lastChange)
      out.push({
        code: 'CASE_LEGAL_REVIEW_REQUIRED',
        reason: '法制审核后处罚意见又有变更，应当重新提交法制审核',
        basis: `${PUNISHMENT_LAW}第五十八条`,
        rule: 'legal-review.after-change',
      });
  }
  if (req.collective.required && lawCase.outcome === 'penalty') {
    const discussions = await procedureRepository.collective(tx, lawCase.id);
    if (!discussions.length)
      out.push({
        code: 'CASE_COLLECTIVE_REQUIRED',
        reason: `本案应当由行政机关负责人集体讨论决定（${req.collective.grounds.join('；')}）`,
        basis: `${PUNISHMENT_LAW}第五十七条第二款`,
        rule: 'penalty.collective-discussion',
      });
  }
  out.push(...(await hearingGates(tx, lawCase)));
  if (lawCase.outcome === 'penalty' && fineOf(lawCase.proposedPenalty) > 0) {
    const terms = await executionPort().paymentTerms(tx, todayOf(deps));
    if (!terms) out.push(NO_AGREEMENT);
  }
  const d = await deadlineQueries.activeFor(tx, 'penalty.decision', 'case', lawCase.id);
  if (d?.dueDate && todayOf(deps) > d.dueDate)
    out.push({
      code: 'CASE_STATE',
      reason: `办案期限已于 ${d.dueDate} 届满，须经负责人批准延长办案期限后方可作出决定`,
      basis: `${PUNISHMENT_LAW}第六十条`,
      rule: 'penalty.decision',
    });
  return out;
}

/**
 * The hearing's gates on the decision (第六十三至六十五条): in a case whose notice offered a hearing, no decision
 * until the window passed without a request, the party waived in writing (or is deemed to have), or the hearing
 * is complete with its transcript and the chair's report; and then not harsher than the proposal heard.
 */
async function hearingGates(tx: Db | Tx, lawCase: CaseRow): Promise<DecisionGate[]> {
  if (!lawCase.hearingEligible || lawCase.outcome !== 'penalty') return [];
  if (!['waived', 'lapsed', 'held'].includes(lawCase.hearingStatus))
    return [
      {
        code: 'CASE_HEARING_PENDING',
        reason:
          lawCase.hearingStatus === 'requested'
            ? '当事人已申请听证，听证结束并形成听证笔录、听证会报告书前不得作出决定'
            : '听证申请期限尚未届满，当事人也未书面放弃听证',
        basis: `${PUNISHMENT_LAW}第六十四条、第六十五条`,
        rule: 'penalty.hearing-held',
      },
    ];
  if (lawCase.hearingStatus !== 'held') return [];
  const heard = (await caseRepository.steps(tx, lawCase.id))
    .filter((s) => s.kind === 'hearing_reported')
    .at(-1)?.data as { heardPenalty?: Penalty | null } | undefined;
  if (!heard?.heardPenalty || !lawCase.proposedPenalty) return [];
  const h = isHarsher(proposed(lawCase.proposedPenalty), proposed(heard.heardPenalty));
  return h.harsher
    ? [
        {
          code: 'CASE_PENALTY_RAISED',
          reason: `拟作出的处罚重于听证时的拟处罚意见：${h.reasons[0]}。须重新告知后方可作出`,
          basis: `${PUNISHMENT_LAW}第四十四条、第四十五条第二款、第六十五条`,
          rule: 'hearing.not-harsher-than-heard',
        },
      ]
    : [];
}

/** 国务院令第235号 第七条: the decision must name the collecting bank; without an agreement in force it cannot. */
const NO_AGREEMENT: DecisionGate = {
  code: 'FINE_AGREEMENT',
  reason:
    '本局没有有效的代收罚款协议，行政处罚决定书无法载明代收机构名称、地址和缴款账户，不得作出罚款决定。请财务人员先登记代收罚款协议',
  basis: '《罚款决定与罚款收缴分离实施办法》（国务院令第235号）第四条、第七条',
  rule: 'fine.decision-payee',
};

function fineOf(penalty: CaseRow['proposedPenalty']): number {
  return totalFen(proposed(penalty), 'fine');
}

function refuseGates(gates: DecisionGate[]): void {
  const g = gates[0];
  if (g) throw new AppError(g.code, g.reason, { basis: g.basis, rule: g.rule });
}

/** 提请决定: the handlers ask the 负责人 for the decision; the gates are checked now and again at approval. */
export async function requestDecision(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof DecisionRequestBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'requestDecision', actor);
    await requireActiveTeam(tx, loaded, todayOf(deps));
    refuseGates(await decisionGates(tx, deps, loaded.lawCase));
    await requestApproval(tx, loaded.lawCase, {
      caseId,
      kind: 'decision',
      approverRole: 'leader',
      requestedBy: actor.userId,
      data: { ...input, penalty: loaded.lawCase.proposedPenalty, outcome: loaded.lawCase.outcome },
    });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.decisionRequested,
      payload: { outcome: loaded.lawCase.outcome, penalty: loaded.lawCase.proposedPenalty },
      step: { kind: 'decision_requested', decision: loaded.lawCase.outcome, opinion: input.opinion },
    });
  });
}

/**
 * The 负责人 decides. Approval re-checks the gates, then issues the 行政处罚决定书 (第五十九条) with the case's
 * number, records the decided penalty and opens the 7-working-day delivery (第六十一条) and publication
 * (安全生产法 第七十八条第二款) periods; a no-penalty outcome concludes the case.
 */
export async function decideDecision(
  deps: CaseDeps,
  tx: Tx,
  loaded: Loaded,
  approval: CaseApprovalRow,
  actor: CaseActor,
  decision: 'approve' | 'return',
  opinion: string,
  ctx: AuditContext,
): Promise<void> {
  const { lawCase } = loaded;
  if (decision === 'return') {
    await trail(tx, lawCase.id, actor, ctx, {
      action: CASE_AUDIT.decisionRejected,
      payload: { opinion },
      step: { kind: 'decision_returned', decision, opinion },
    });
    return;
  }
  refuseGates(await decisionGates(tx, deps, lawCase));
  const today = todayOf(deps);
  const d = await deadlineQueries.activeFor(tx, 'penalty.decision', 'case', lawCase.id);
  if (d && d.status !== 'suspended') await meetDeadline(tx, d.id, {}, ctx);
  if (lawCase.outcome !== 'penalty') {
    await caseRepository.update(tx, lawCase.id, {
      status: 'concluded',
      decidedOn: today,
      decidedPenalty: { items: [] },
    });
    await trail(tx, lawCase.id, actor, ctx, {
      action: CASE_AUDIT.decided,
      payload: { outcome: lawCase.outcome, decidedOn: today },
      step: { kind: 'decision_approved', decision: lawCase.outcome, opinion },
    });
    return;
  }
  const lead = loaded.facts.officerRows.find((o) => o.role === 'lead') ?? loaded.facts.officerRows[0];
  const common = {
    objectType: 'case',
    objectId: lawCase.id,
    trigger: today,
    responsibleUserId: lead?.userId ?? null,
    unitId: lawCase.unitId,
    link: `/cases/${lawCase.id}`,
  };
  await openDeadline(
    tx,
    { ...common, ruleId: 'penalty.service-absent', title: `送达处罚决定书：${lawCase.caseNo}` },
    ctx,
  );
  await openDeadline(
    tx,
    { ...common, ruleId: 'publication.penalty-decision', title: `公示处罚决定：${lawCase.caseNo}` },
    ctx,
  );
  const fine = fineOf(lawCase.proposedPenalty);
  const terms = fine > 0 ? await executionPort().paymentTerms(tx, today) : null;
  if (fine > 0 && !terms) refuseGates([NO_AGREEMENT]);
  const request = approval.data as { performance?: string; reconsiderationBody?: string; court?: string };
  const doc = await issuePenaltyDecision(
    deps,
    tx,
    lawCase,
    {
      decidedOn: today,
      performance: request.performance ?? '',
      reconsiderationBody: request.reconsiderationBody ?? '',
      court: request.court ?? '',
      ...(terms ? { payee: terms.payee } : {}),
    },
    actor,
    ctx,
  );
  await caseRepository.update(tx, lawCase.id, {
    status: 'decided',
    decidedOn: today,
    decidedPenalty: lawCase.proposedPenalty,
    fineFen: fine,
    decisionNo: doc.number,
  });
  await trail(tx, lawCase.id, actor, ctx, {
    action: CASE_AUDIT.decided,
    payload: {
      decisionNo: doc.number,
      penalty: lawCase.proposedPenalty,
      decidedOn: today,
      rules: ['penalty.service-absent', 'publication.penalty-decision'],
    },
    step: {
      kind: 'decision_approved',
      decision: 'penalty',
      opinion,
      data: { penalty: lawCase.proposedPenalty },
    },
  });
}

/** 办案期限延长 (第六十条 "法律、法规、规章另有规定的，从其规定"): asks the 负责人's approval with reasons. */
export async function requestExtension(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof ExtensionBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'requestExtension', actor);
    const d = await deadlineQueries.activeFor(tx, 'penalty.decision', 'case', caseId);
    if (!d) throw new AppError('CASE_STATE', '本案没有进行中的办案期限');
    if (input.newLength <= d.length)
      throw new AppError('VALIDATION_FAILED', `延长后的期限应长于现在的 ${d.length} 日`);
    await requestApproval(tx, loaded.lawCase, {
      caseId,
      kind: 'extension',
      approverRole: 'leader',
      subjectId: d.id,
      requestedBy: actor.userId,
      data: { newLength: input.newLength, reason: input.reason },
    });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.extensionRequested,
      payload: { deadlineId: d.id, newLength: input.newLength, reason: input.reason },
      step: { kind: 'extension_requested', opinion: input.reason, data: { newLength: input.newLength } },
    });
  });
}

export async function decideExtension(
  deps: CaseDeps,
  tx: Tx,
  loaded: Loaded,
  approval: CaseApprovalRow,
  actor: CaseActor,
  decision: 'approve' | 'reject',
  opinion: string,
  ctx: AuditContext,
): Promise<void> {
  const caseId = loaded.lawCase.id;
  const data = approval.data as { newLength: number; reason: string };
  if (decision === 'approve' && approval.subjectId)
    await extendDeadline(
      tx,
      approval.subjectId,
      { newLength: data.newLength, reason: `${data.reason}（批准意见：${opinion}）` },
      ctx,
      null,
    );
  await trail(tx, caseId, actor, ctx, {
    action: decision === 'approve' ? CASE_AUDIT.extensionApproved : CASE_AUDIT.extensionRejected,
    payload: { newLength: data.newLength, opinion },
    step: { kind: 'extension_decided', decision, opinion, data: { newLength: data.newLength } },
  });
}

export type { LocalDate };
