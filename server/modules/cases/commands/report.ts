import type { z } from 'zod';
import type {
  HearingResponseBody,
  NoticeDeliveryBody,
  Outcome,
  Penalty,
  ProposalChangeBody,
  ReportBody,
  StatementBody,
  StatementReviewBody,
} from '../../../../common/contracts/cases.js';
import { localDateOfInstant, type LocalDate } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries, meetDeadline, openDeadline, waiveDeadline } from '../../deadlines/index.js';
import { caseRepository } from '../case.repository.js';
import { nowOf, settingsOn, todayOf, type CaseActor, type CaseDeps } from '../cases.context.js';
import { CASE_AUDIT } from '../cases.audit.js';
import { HARSHER_THAN_NOTICE, isHarsher } from '../catalogue/penalty.js';
import type { CaseRow } from '../cases.schema.js';
import { procedureRepository } from '../procedure.repository.js';
import { beyondStatutoryRange, caseRequirements, proposed } from '../rules/requirements.js';
import { catalogueRepository } from '../catalogue.repository.js';
import { PENALTY_KIND_LABELS } from '../../../../common/contracts/cases.js';
import { issueInvestigationReport, issuePenaltyNotice } from './documents.js';
import { recordDeliveryOf } from './delivery.js';
import {
  instantOfDay,
  loadForCommand,
  PUNISHMENT_LAW,
  requireAbility,
  requireActiveTeam,
  trail,
  type Loaded,
  requestApproval,
} from './shared.js';

/** The requirements of the case as it stands: used by notice, defence, review and decision gates. */
export async function requirementsOf(tx: Db | Tx, deps: CaseDeps, lawCase: CaseRow, penalty: Penalty | null) {
  const [parties, violations] = await Promise.all([
    caseRepository.parties(tx, lawCase.id),
    caseRepository.violations(tx, lawCase.id),
  ]);
  const settings = await settingsOn(tx, todayOf(deps));
  return caseRequirements({
    penalty: proposed(penalty),
    partyKinds: parties.map((p) => p.kind),
    flags: {
      majorPublicInterest: lawCase.flagMajorPublicInterest,
      majorRights: lawCase.flagMajorRights,
      complex: lawCase.flagComplex,
      otherLaw: lawCase.flagOtherLaw,
    },
    hadHearing: lawCase.hearingStatus === 'held',
    bands: violations.map((v) => v.band),
    settings,
  });
}

/** Refuses a penalty outside what the violated provisions allow (kind or maximum). */
async function checkStatutoryRange(tx: Tx, caseId: string, penalty: Penalty): Promise<void> {
  const violations = await caseRepository.violations(tx, caseId);
  const types = await Promise.all(
    violations.map((v) => catalogueRepository.findViolationType(tx, v.violationTypeId)),
  );
  const reasons = beyondStatutoryRange(
    proposed(penalty),
    types
      .filter((t) => t !== null)
      .map((t) => ({ name: t.name, kinds: t.statutoryRange.kinds, fineMaxFen: t.statutoryRange.fineMaxFen })),
  ).map((r) =>
    r.replace(
      /「(\w+)」/,
      (_m, k: string) => `「${PENALTY_KIND_LABELS[k as keyof typeof PENALTY_KIND_LABELS] ?? k}」`,
    ),
  );
  if (reasons.length)
    throw new AppError(
      'CASE_BAND',
      `${reasons.join('；')}（${violations.map((v) => v.penaltyProvision).join('、')}）`,
      {
        basis: `${PUNISHMENT_LAW}第四条、第三十四条；${violations.map((v) => v.penaltyProvision).join('、')}`,
        rule: 'penalty.statutory-range',
      },
    );
}

function checkPenaltyShape(outcome: Outcome, penalty: Penalty): void {
  if (outcome === 'penalty' && penalty.items.length === 0)
    throw new AppError('VALIDATION_FAILED', '拟给予行政处罚的，请填写处罚种类和幅度');
  if (outcome !== 'penalty' && penalty.items.length > 0)
    throw new AppError('VALIDATION_FAILED', '不予行政处罚或者移送司法机关的，不应填写处罚内容');
}

/**
 * 案件调查报告 (调查终结): the handlers submit facts, reasons, one of the four outcomes of 第五十七条 and the
 * proposed penalty; the section head reviews (案件审核). Needs a party, a violation when a penalty is proposed,
 * and the declared, qualified team.
 */
export async function submitReport(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: ReportBody,
  ctx: AuditContext,
): Promise<void> {
  checkPenaltyShape(input.outcome, input.penalty);
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'submitReport', actor);
    await requireActiveTeam(tx, loaded, todayOf(deps));
    const { lawCase } = loaded;
    if (!(await caseRepository.parties(tx, caseId)).length)
      throw new AppError('CASE_INCOMPLETE', '尚未登记当事人', {
        basis: `${PUNISHMENT_LAW}第五十九条第一款第一项`,
      });
    if (input.outcome !== 'no_penalty_unproven' && !(await caseRepository.violations(tx, caseId)).length)
      throw new AppError('CASE_INCOMPLETE', '尚未认定违法行为（违反的条款和处罚依据）', {
        basis: `${PUNISHMENT_LAW}第五十九条第一款第二项、第三项`,
      });
    if (input.outcome === 'penalty' && !(await procedureRepository.evidence(tx, caseId)).length)
      throw new AppError('CASE_INCOMPLETE', '尚未登记证据，违法事实须有证据证明', {
        basis: `${PUNISHMENT_LAW}第四十条`,
      });
    const draft = {
      ...lawCase,
      flagMajorPublicInterest: input.flags.majorPublicInterest,
      flagMajorRights: input.flags.majorRights,
      flagComplex: input.flags.complex,
      flagOtherLaw: input.flags.otherLaw,
    };
    const req = await requirementsOf(tx, deps, draft, input.penalty);
    if (req.outsideBand.length && !input.departureReason)
      throw new AppError(
        'CASE_BAND',
        `${req.outsideBand.join('；')}。超出裁量基准的，须说明理由并经集体讨论`,
        {
          basis: `${PUNISHMENT_LAW}第三十四条`,
          rule: 'penalty.discretion-band',
        },
      );
    await caseRepository.insertProposal(tx, {
      caseId,
      stage: 'investigation_report',
      outcome: input.outcome,
      penalty: input.penalty,
      reason: input.departureReason ?? '',
      proposedBy: actor.userId,
      proposedByName: actor.name,
    });
    await caseRepository.update(tx, caseId, {
      status: 'report_review',
      outcome: input.outcome,
      proposedPenalty: input.penalty,
      facts: input.facts,
      flagMajorPublicInterest: input.flags.majorPublicInterest,
      flagMajorRights: input.flags.majorRights,
      flagComplex: input.flags.complex,
      flagOtherLaw: input.flags.otherLaw,
      crimeSuspected: input.outcome === 'transfer',
    });
    await requestApproval(tx, lawCase, {
      caseId,
      kind: 'report',
      approverRole: (await caseRepository.unitHasHead(tx, lawCase.unitId)) ? 'section_head' : 'leader',
      requestedBy: actor.userId,
      data: { outcome: input.outcome },
    });
    await issueInvestigationReport(
      deps,
      tx,
      { ...lawCase, facts: input.facts },
      { ...input, requirements: req },
      actor,
      ctx,
    );
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.reportSubmitted,
      payload: { outcome: input.outcome, penalty: input.penalty, outsideBand: req.outsideBand },
      step: {
        kind: 'report_submitted',
        decision: input.outcome,
        opinion: input.reasons,
        data: { penalty: input.penalty },
      },
    });
  });
}

/**
 * 案件审核 by the section head. Approval sends a penalty case to the notice (告知), a no-penalty case to the
 * decision, and a suspected crime to the transfer (两法衔接, 第二十七条、第五十七条第一款第四项) — recorded and flagged
 * for the transfer module. A return sends the case back to investigation.
 */
export async function decideReport(
  deps: CaseDeps,
  tx: Tx,
  loaded: Loaded,
  actor: CaseActor,
  decision: 'approve' | 'return',
  opinion: string,
  ctx: AuditContext,
): Promise<void> {
  const { lawCase } = loaded;
  if (decision === 'return') {
    await caseRepository.update(tx, lawCase.id, { status: 'investigating' });
    await trail(tx, lawCase.id, actor, ctx, {
      action: CASE_AUDIT.reportReturned,
      payload: { opinion },
      step: { kind: 'report_returned', decision, opinion },
    });
    return;
  }
  const next =
    lawCase.outcome === 'penalty'
      ? 'notice'
      : lawCase.outcome === 'transfer'
        ? 'transfer_pending'
        : 'decision';
  await caseRepository.update(tx, lawCase.id, { status: next });
  await trail(tx, lawCase.id, actor, ctx, {
    action: CASE_AUDIT.reportApproved,
    payload: { outcome: lawCase.outcome, next, crimeSuspected: lawCase.outcome === 'transfer' },
    step: { kind: 'report_approved', decision, opinion },
  });
}

/**
 * A change of the proposal after submission by a superior (section head, leader, principal): who, the old and
 * the new, and why, kept for System 1 (第九条第四项). After the notice the penalty may not become harsher (第四十五条;
 * a harsher one would need a new notice, which the defence can never trigger).
 */
export async function changeProposal(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof ProposalChangeBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'changeProposal', actor);
    await applyProposal(
      tx,
      loaded,
      actor,
      input.outcome ?? loaded.lawCase.outcome ?? 'penalty',
      input.penalty,
      input.reason,
      'superior_change',
      ctx,
    );
  });
}

/** Records a new proposal version, refusing a harsher penalty than the one noticed. */
export async function applyProposal(
  tx: Tx,
  loaded: Loaded,
  actor: CaseActor,
  outcome: Outcome,
  penalty: Penalty,
  reason: string,
  stage: string,
  ctx: AuditContext,
): Promise<void> {
  const { lawCase } = loaded;
  checkPenaltyShape(outcome, penalty);
  if (lawCase.noticedPenalty) {
    const h = isHarsher(proposed(penalty), proposed(lawCase.noticedPenalty));
    if (h.harsher)
      throw new AppError(
        'CASE_PENALTY_RAISED',
        `${h.reasons.join('；')}。行政机关不得因当事人陈述、申辩而给予更重的处罚`,
        {
          basis: HARSHER_THAN_NOTICE.basis,
          rule: HARSHER_THAN_NOTICE.id,
        },
      );
    if (outcome === 'transfer' && lawCase.outcome !== 'transfer')
      throw new AppError('CASE_STATE', '告知后发现涉嫌犯罪的，请退回调查后重新提出处理意见');
  }
  await checkStatutoryRange(tx, lawCase.id, penalty);
  const before = { outcome: lawCase.outcome, penalty: lawCase.proposedPenalty };
  await caseRepository.insertProposal(tx, {
    caseId: lawCase.id,
    stage,
    outcome,
    penalty,
    reason,
    proposedBy: actor.userId,
    proposedByName: actor.name,
  });
  await caseRepository.update(tx, lawCase.id, { outcome, proposedPenalty: penalty });
  await trail(tx, lawCase.id, actor, ctx, {
    action: CASE_AUDIT.proposalChanged,
    payload: { stage, before, after: { outcome, penalty }, reason },
    step: {
      kind: 'proposal_changed',
      decision: outcome,
      opinion: reason,
      data: { before, after: { outcome, penalty } },
    },
  });
}

/**
 * 行政处罚告知书 (第四十四条): facts, reasons, basis, the proposed penalty and the rights to 陈述、申辩 and, where
 * the penalty is eligible (第六十三条), 听证. What the notice stated is kept: the decision may not be harsher.
 */
export async function issueNotice(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  ctx: AuditContext,
): Promise<string> {
  return deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'issueNotice', actor);
    await requireActiveTeam(tx, loaded, todayOf(deps));
    const { lawCase } = loaded;
    const req = await requirementsOf(tx, deps, lawCase, lawCase.proposedPenalty);
    await caseRepository.update(tx, caseId, {
      noticedPenalty: lawCase.proposedPenalty,
      hearingEligible: req.hearing.eligible,
    });
    const doc = await issuePenaltyNotice(
      deps,
      tx,
      { ...lawCase, hearingEligible: req.hearing.eligible },
      req,
      actor,
      ctx,
    );
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.noticeIssued,
      payload: {
        documentId: doc.id,
        number: doc.number,
        hearingOffered: req.hearing.eligible,
        grounds: req.hearing.grounds,
      },
      step: {
        kind: 'notice_issued',
        data: { penalty: lawCase.proposedPenalty, hearingOffered: req.hearing.eligible },
      },
    });
    return doc.id;
  });
}

/**
 * Delivery of the 告知书 opens the windows: 陈述、申辩 (local rule, 3 days) and, when offered, the hearing request
 * (5 working days, 第六十四条第一项). The case waits in the defence stage.
 */
export async function recordNoticeDelivery(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof NoticeDeliveryBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'recordNoticeDelivery', actor);
    const { lawCase } = loaded;
    const notice = await procedureRepository.latestDocument(tx, caseId, 'penalty_notice');
    if (!notice) throw new AppError('CASE_STATE', '尚未制发行政处罚告知书');
    const delivery = await recordDeliveryOf(deps, tx, loaded, notice, input, actor, ctx);
    const lead = loaded.facts.officerRows.find((o) => o.role === 'lead') ?? loaded.facts.officerRows[0];
    const common = {
      objectType: 'case',
      objectId: caseId,
      trigger: delivery.effectiveOn,
      responsibleUserId: lead?.userId ?? null,
      unitId: lawCase.unitId,
      link: `/cases/${caseId}`,
    };
    await openDeadline(
      tx,
      { ...common, ruleId: 'penalty.statement-defence', title: `陈述申辩期：${lawCase.caseNo}` },
      ctx,
    );
    if (lawCase.hearingEligible)
      await openDeadline(
        tx,
        { ...common, ruleId: 'penalty.hearing-request', title: `听证申请期：${lawCase.caseNo}` },
        ctx,
      );
    await caseRepository.update(tx, caseId, {
      status: 'defence',
      noticeDeliveredOn: delivery.effectiveOn,
      statementStatus: 'window_open',
      hearingStatus: lawCase.hearingEligible ? 'window_open' : 'not_applicable',
    });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.noticeDelivered,
      payload: {
        deliveryId: delivery.id,
        method: input.method,
        effectiveOn: delivery.effectiveOn,
        hearingWindow: lawCase.hearingEligible,
      },
      step: { kind: 'notice_delivered', decision: input.method },
    });
  });
}

/** The party's statement or defence (陈述、申辩), or a written waiver. */
export async function recordStatement(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof StatementBody>,
  ctx: AuditContext,
): Promise<string> {
  const today = todayOf(deps);
  return deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'recordStatement', actor);
    const { lawCase } = loaded;
    if (
      input.receivedOn > today ||
      (lawCase.noticeDeliveredOn && input.receivedOn < lawCase.noticeDeliveredOn)
    )
      throw new AppError('CASE_DATE_INVALID', '收到陈述申辩的日期应在告知书送达之后、今天之前');
    const row = await procedureRepository.insertStatement(tx, { caseId, ...input, recordedBy: actor.userId });
    const d = await deadlineQueries.activeFor(tx, 'penalty.statement-defence', 'case', caseId);
    if (d && d.status !== 'suspended')
      await meetDeadline(tx, d.id, { at: instantOfDay(input.receivedOn, nowOf(deps)) }, ctx);
    await caseRepository.update(tx, caseId, {
      statementStatus: input.kind === 'waiver' ? 'waived' : 'received',
    });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.statementRecorded,
      payload: {
        statementId: row.id,
        kind: input.kind,
        receivedOn: input.receivedOn,
        channel: input.channel,
      },
      step: {
        kind: input.kind === 'waiver' ? 'statement_waived' : 'statement_recorded',
        opinion: input.content.slice(0, 500),
      },
    });
    return row.id;
  });
}

/**
 * 复核 of the statement (第四十五条第一款): the facts, reasons and evidence the party gave are reviewed and adopted
 * where valid. Adopting may lower the proposal; a harsher one is refused (第四十五条第二款).
 */
export async function reviewStatement(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof StatementReviewBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'reviewStatement', actor);
    const statement = (await procedureRepository.statements(tx, caseId)).find(
      (s) => s.id === input.statementId,
    );
    if (!statement || statement.kind !== 'statement') throw new AppError('NOT_FOUND');
    if (statement.reviewResult) throw new AppError('CASE_STATE', '该陈述申辩已复核');
    if (input.penalty)
      await applyProposal(
        tx,
        loaded,
        actor,
        loaded.lawCase.outcome ?? 'penalty',
        input.penalty,
        `采纳陈述申辩：${input.reason}`,
        'defence_review',
        ctx,
      );
    await procedureRepository.reviewStatement(tx, statement.id, {
      reviewResult: input.result,
      reviewReason: input.reason,
      reviewedBy: actor.userId,
      reviewedAt: new Date(),
    });
    await caseRepository.update(tx, caseId, { statementStatus: 'reviewed' });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.statementReviewed,
      payload: { statementId: statement.id, result: input.result, lowered: !!input.penalty },
      step: { kind: 'statement_reviewed', decision: input.result, opinion: input.reason },
    });
  });
}

/**
 * The party's answer on the hearing, inside the caller's transaction (the hearings module records the request
 * around it): a written waiver closes the window early; a request (a posted one counts from its postmark) must fall
 * within the 5 working days, and the case then waits for the hearing (System 6). Returns the window's last day.
 */
export async function applyHearingResponse(
  deps: CaseDeps,
  tx: Tx,
  loaded: Loaded,
  actor: CaseActor,
  input: z.infer<typeof HearingResponseBody>,
  ctx: AuditContext,
): Promise<{ dueOn: LocalDate | null }> {
  const today = todayOf(deps);
  const caseId = loaded.lawCase.id;
  requireAbility(loaded, 'recordHearingResponse', actor);
  const sent = (input.postmarkOn ?? input.receivedOn) as LocalDate;
  if (input.receivedOn > today || sent > input.receivedOn)
    throw new AppError('CASE_DATE_INVALID', '收到日期不能晚于今天，邮戳日期不能晚于收到日期');
  if (loaded.lawCase.noticeDeliveredOn && sent < loaded.lawCase.noticeDeliveredOn)
    throw new AppError('CASE_DATE_INVALID', '听证申请或放弃的日期不能早于告知书送达之日');
  const d = await deadlineQueries.activeFor(tx, 'penalty.hearing-request', 'case', caseId);
  if (input.response === 'requested') {
    if (d?.dueDate && sent > d.dueDate)
      throw new AppError(
        'CASE_STATE',
        `听证申请已超过法定期限（期限届满日 ${d.dueDate}，${input.postmarkOn ? `邮戳日期 ${input.postmarkOn}` : `收到日期 ${input.receivedOn}`}）`,
        {
          basis: `${PUNISHMENT_LAW}第六十四条第一项、第八十五条`,
          rule: 'penalty.hearing-request',
        },
      );
    if (d) await meetDeadline(tx, d.id, { at: instantOfDay(sent, nowOf(deps)) }, ctx);
  } else if (d) {
    await waiveDeadline(tx, d.id, { reason: `当事人书面放弃听证：${input.note || '见书面声明'}` }, ctx, null);
  }
  await caseRepository.update(tx, caseId, {
    hearingStatus: input.response === 'requested' ? 'requested' : 'waived',
    ...(input.response === 'requested' ? { status: 'hearing' as const } : {}),
  });
  await trail(tx, caseId, actor, ctx, {
    action: CASE_AUDIT.hearingResponded,
    payload: {
      response: input.response,
      channel: input.channel,
      receivedOn: input.receivedOn,
      postmarkOn: input.postmarkOn ?? null,
    },
    step: {
      kind: `hearing_${input.response}`,
      opinion: input.note,
      data: { receivedOn: input.receivedOn, postmarkOn: input.postmarkOn ?? null, channel: input.channel },
    },
  });
  return { dueOn: (d?.dueDate as LocalDate | undefined) ?? null };
}

/**
 * The hearing module's news for the case, in its transaction: the hearing ended as a waiver (withdrawn, absent,
 * left: 第六十四条第六项), or is complete with its transcript and the chair's report (第六十五条) — then the proposal
 * heard is kept on the trail so that the decision can be checked against it.
 */
export async function recordHearingOutcome(
  tx: Tx,
  caseId: string,
  actor: CaseActor,
  ctx: AuditContext,
  outcome:
    | { kind: 'waived'; ground: string; hearingId: string }
    | { kind: 'held'; hearingId: string; heardPenalty: Penalty | null; recommendation: string },
): Promise<void> {
  const lawCase = await caseRepository.lock(tx, caseId);
  if (!lawCase) throw new AppError('NOT_FOUND');
  if (lawCase.hearingStatus !== 'requested') throw new AppError('CASE_STATE', '案件没有待举行的听证');
  await caseRepository.update(tx, caseId, { hearingStatus: outcome.kind });
  await trail(tx, caseId, actor, ctx, {
    action: outcome.kind === 'held' ? CASE_AUDIT.hearingHeld : CASE_AUDIT.hearingWaived,
    payload: { hearingId: outcome.hearingId },
    step:
      outcome.kind === 'held'
        ? {
            kind: 'hearing_reported',
            decision: outcome.recommendation,
            data: { hearingId: outcome.hearingId, heardPenalty: outcome.heardPenalty },
          }
        : { kind: 'hearing_terminated', decision: outcome.ground, data: { hearingId: outcome.hearingId } },
  });
}

/**
 * Ends the defence stage. Refused while the 陈述申辩 window runs without a statement or waiver, while a statement
 * awaits its review, while the hearing window runs, or while a requested hearing has not been held (第六十二条,
 * 第六十四条, 第六十五条).
 */
export async function closeDefence(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  ctx: AuditContext,
): Promise<void> {
  const today = todayOf(deps);
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'closeDefence', actor);
    const { lawCase } = loaded;
    const blockers = await defenceBlockers(tx, lawCase, loaded, today);
    if (blockers.length)
      throw new AppError(blockers[0]!.code, blockers[0]!.reason, {
        basis: blockers[0]!.basis,
        rule: blockers[0]!.rule,
      });
    const patch: Partial<CaseRow> = { status: 'decision' };
    for (const [ruleId, field, lapsed] of [
      ['penalty.statement-defence', 'statementStatus', 'lapsed'],
      ['penalty.hearing-request', 'hearingStatus', 'lapsed'],
    ] as const) {
      const d = await deadlineQueries.activeFor(tx, ruleId, 'case', caseId);
      if (d) {
        await waiveDeadline(tx, d.id, { reason: '期限届满，当事人未提出' }, ctx, null);
        (patch as Record<string, unknown>)[field] = lapsed;
      }
    }
    await caseRepository.update(tx, caseId, patch);
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.defenceClosed,
      payload: {
        statement: patch.statementStatus ?? lawCase.statementStatus,
        hearing: patch.hearingStatus ?? lawCase.hearingStatus,
      },
      step: { kind: 'defence_closed' },
    });
  });
}

export interface Blocker {
  code: 'CASE_DEFENCE_PENDING' | 'CASE_HEARING_PENDING';
  reason: string;
  basis: string;
  rule: string;
}

/** Why the defence stage cannot end yet (empty: it can). */
export async function defenceBlockers(
  tx: Db | Tx,
  lawCase: CaseRow,
  loaded: Pick<Loaded, 'facts'>,
  today: LocalDate,
): Promise<Blocker[]> {
  const out: Blocker[] = [];
  const statement = await deadlineQueries.activeFor(tx, 'penalty.statement-defence', 'case', lawCase.id);
  if (lawCase.statementStatus === 'window_open' && statement?.dueDate && today <= statement.dueDate)
    out.push({
      code: 'CASE_DEFENCE_PENDING',
      reason: `陈述、申辩期限尚未届满（至 ${statement.dueDate}），当事人也未书面放弃`,
      basis: `${PUNISHMENT_LAW}第四十五条、第六十二条`,
      rule: 'penalty.statement-defence',
    });
  if (loaded.facts.unreviewedStatements > 0)
    out.push({
      code: 'CASE_DEFENCE_PENDING',
      reason: '当事人提出的陈述、申辩尚未复核',
      basis: `${PUNISHMENT_LAW}第四十五条第一款`,
      rule: 'penalty.statement-review',
    });
  const hearing = await deadlineQueries.activeFor(tx, 'penalty.hearing-request', 'case', lawCase.id);
  if (lawCase.hearingStatus === 'window_open' && hearing?.dueDate && today <= hearing.dueDate)
    out.push({
      code: 'CASE_DEFENCE_PENDING',
      reason: `听证申请期限尚未届满（至 ${hearing.dueDate}），当事人也未书面放弃`,
      basis: `${PUNISHMENT_LAW}第六十四条第一项`,
      rule: 'penalty.hearing-request',
    });
  if (lawCase.hearingStatus === 'requested')
    out.push({
      code: 'CASE_HEARING_PENDING',
      reason: '当事人已申请听证，听证结束并形成听证笔录、报告前不得作出决定',
      basis: `${PUNISHMENT_LAW}第六十五条`,
      rule: 'penalty.hearing-held',
    });
  return out;
}

export { localDateOfInstant };
