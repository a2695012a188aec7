import type { z } from 'zod';
import {
  HEARING_RECOMMENDATION_LABELS,
  type NotifyBody,
  type PostponeBody,
  type RecordBody,
  type ReportBody,
  type TerminateBody,
} from '../../../../common/contracts/hearings.js';
import { CLOSED_REASON_LABELS } from '../../../../common/contracts/hearings.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import { localDateOfInstant } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries, meetDeadline, waiveDeadline } from '../../deadlines/index.js';
import {
  agency,
  caseRepository,
  instantOfDay,
  issueDocument,
  isHarsher,
  mainParty,
  proposed,
  nowOf,
  penaltyText,
  recordHearingOutcome,
  todayOf,
  type CaseActor,
  type CaseDeps,
} from '../../cases/index.js';
import { notificationsWriter } from '../../workbench/index.js';
import { MAX_POSTPONEMENTS } from '../hearing.policy.js';
import { hearingRepository } from '../hearing.repository.js';
import { HEARING_AUDIT } from '../hearings.audit.js';
import type { HearingRow } from '../hearings.schema.js';
import { checkNoticeDay, HEARING_HOLD_RULE, HEARING_NOTICE_RULE } from '../rules/hearing-dates.js';
import {
  calendarOf,
  hearingTrail,
  loadHearingForCommand,
  requireHearingAbility,
  wallTimeOf,
  type LoadedHearing,
} from './shared.js';

const LAW = '《中华人民共和国行政处罚法》';
const RULES_2015 = '《安全生产违法行为行政处罚办法》（2015）听证程序条款（法-R，待与应急管理部令第18号核对）';

async function member(tx: Tx, id: string | null, fallback: string) {
  if (!id) return { name: '', position: fallback };
  const names = await caseRepository.userNames(tx, [id]);
  return { name: names.get(id) ?? '', position: fallback };
}

async function membersOf(tx: Tx, hearing: HearingRow) {
  return {
    chair: await member(tx, hearing.chairId, '听证主持人'),
    officers: await Promise.all(hearing.officerIds.map((id) => member(tx, id, '听证员'))),
    clerk: await member(tx, hearing.clerkId, '书记员'),
  };
}

function publicityOf(hearing: HearingRow) {
  return hearing.public
    ? ({ public: true } as const)
    : ({
        public: false,
        reason: `${hearing.closedReason ? CLOSED_REASON_LABELS[hearing.closedReason] : ''}${hearing.closedNote ? `（${hearing.closedNote}）` : ''}`,
      } as const);
}

/** Closes the hearing's open periods (notice, hold) with a reason. */
async function closePeriods(tx: Tx, caseId: string, reason: string, ctx: AuditContext) {
  for (const rule of [HEARING_NOTICE_RULE, HEARING_HOLD_RULE]) {
    const d = await deadlineQueries.activeFor(tx, rule, 'case', caseId);
    if (d) await waiveDeadline(tx, d.id, { reason }, ctx, null);
  }
}

/**
 * 送达听证会通知书 (第六十四条第二项): the day the notice reaches the party must leave at least 7 working days before the
 * hearing (neither day counted); otherwise refused with the earliest lawful hearing day for that notice day.
 */
export async function notifyHearing(
  deps: CaseDeps,
  actor: CaseActor,
  hearingId: string,
  input: z.infer<typeof NotifyBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const h = await loadHearingForCommand(tx, hearingId, actor);
    requireHearingAbility(h, 'notify', actor);
    const { hearing, lawCase } = h;
    if (!hearing.chairId || !hearing.clerkId || !hearing.scheduledAt)
      throw new AppError('HEARING_STATE', '请先指定听证主持人、书记员和听证时间');
    const today = todayOf(deps);
    if (input.noticeOn > today || input.noticeOn < hearing.requestReceivedOn)
      throw new AppError('CASE_DATE_INVALID', '通知送达日期应在收到听证申请之后、今天之前');
    const hearingOn = localDateOfInstant(hearing.scheduledAt);
    const refusal = checkNoticeDay(await calendarOf(tx), input.noticeOn as LocalDate, hearingOn);
    if (refusal)
      throw new AppError('HEARING_DATE', refusal.reason, { basis: refusal.basis, rule: refusal.rule });
    const m = await membersOf(tx, hearing);
    const doc = await issueDocument(
      deps,
      tx,
      lawCase,
      'hearing_notice',
      {
        agency: await agency(tx),
        party: await mainParty(deps, tx, lawCase.id),
        cause: lawCase.title,
        requestedOn: hearing.requestPostmarkOn ?? hearing.requestReceivedOn,
        scheduledAt: wallTimeOf(hearing.scheduledAt),
        place: hearing.place ?? '',
        publicity: publicityOf(hearing),
        ...m,
        maxAgents: 2,
        contact: {
          person: input.contactPerson,
          phone: input.contactPhone,
          address: (await agency(tx)).address,
        },
        issuedOn: input.noticeOn,
      },
      actor,
      ctx,
    );
    await hearingRepository.update(tx, hearing.id, {
      stage: 'notified',
      notifiedOn: input.noticeOn,
      noticeDocumentId: doc.id,
    });
    const d = await deadlineQueries.activeFor(tx, HEARING_NOTICE_RULE, 'case', lawCase.id);
    // Met on the day the notice reached the party (it may be recorded later).
    if (d) await meetDeadline(tx, d.id, { at: instantOfDay(input.noticeOn, nowOf(deps)) }, ctx);
    await hearingTrail(tx, h, actor, ctx, {
      action: HEARING_AUDIT.notified,
      payload: { noticeOn: input.noticeOn, method: input.method, documentId: doc.id, number: doc.number },
      step: { kind: 'hearing_notified', decision: input.method, data: { noticeOn: input.noticeOn } },
    });
  });
}

/** 延期: once, on the party's good cause (2015 办法). The hearing is then arranged and noticed again. */
export async function postponeHearing(
  deps: CaseDeps,
  actor: CaseActor,
  hearingId: string,
  input: z.infer<typeof PostponeBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const h = await loadHearingForCommand(tx, hearingId, actor);
    if (h.facts.postponements >= MAX_POSTPONEMENTS && ['arranged', 'notified'].includes(h.hearing.stage))
      throw new AppError(
        'HEARING_LIMIT',
        `当事人申请延期举行听证以${MAX_POSTPONEMENTS}次为限，本案已延期过`,
        {
          basis: RULES_2015,
          rule: 'hearing.postpone-once',
        },
      );
    requireHearingAbility(h, 'postpone', actor);
    const { hearing, lawCase } = h;
    const hearingOn = localDateOfInstant(hearing.scheduledAt!);
    if (input.requestedOn > todayOf(deps) || input.requestedOn > hearingOn)
      throw new AppError('CASE_DATE_INVALID', '延期申请应在听证举行前提出，日期不能晚于今天');
    const doc = await issueDocument(
      deps,
      tx,
      lawCase,
      'hearing_postponement',
      {
        agency: await agency(tx),
        party: await mainParty(deps, tx, lawCase.id),
        cause: lawCase.title,
        requestedOn: input.requestedOn,
        reason: input.reason,
        originalAt: wallTimeOf(hearing.scheduledAt!),
        decidedBy: actor.name,
        decidedOn: todayOf(deps),
      },
      actor,
      ctx,
    );
    await hearingRepository.insertPostponement(tx, {
      hearingId,
      requestedOn: input.requestedOn,
      reason: input.reason,
      originalAt: hearing.scheduledAt!,
      documentId: doc.id,
      decidedBy: actor.userId,
    });
    await hearingRepository.update(tx, hearingId, {
      stage: 'postponed',
      notifiedOn: null,
      noticeDocumentId: null,
    });
    await closePeriods(tx, lawCase.id, `当事人申请延期举行听证（${input.reason}）`, ctx);
    await hearingTrail(tx, h, actor, ctx, {
      action: HEARING_AUDIT.postponed,
      payload: { requestedOn: input.requestedOn, documentId: doc.id },
      step: { kind: 'hearing_postponed', opinion: input.reason },
    });
  });
}

/**
 * 终止听证: the party withdrew the request, or did not attend without good reason, or left without permission — the
 * last two are deemed a waiver of the hearing right (第六十四条第六项) and can only be recorded once the hearing's
 * time has come. The case may then go on to the decision.
 */
export async function terminateHearing(
  deps: CaseDeps,
  actor: CaseActor,
  hearingId: string,
  input: z.infer<typeof TerminateBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const h = await loadHearingForCommand(tx, hearingId, actor);
    requireHearingAbility(h, 'terminate', actor);
    const { hearing, lawCase } = h;
    if (input.ground !== 'withdrawn') {
      if (hearing.stage !== 'notified' || !hearing.scheduledAt)
        throw new AppError(
          'HEARING_STATE',
          '未依法通知当事人听证时间、地点的，不能认定其拒不出席或中途退出',
          {
            basis: `${LAW}第六十四条第二项、第六项`,
            rule: 'hearing.absent-after-notice',
          },
        );
      if (nowOf(deps) < hearing.scheduledAt)
        throw new AppError(
          'HEARING_STATE',
          `听证时间（${wallTimeOf(hearing.scheduledAt)}）尚未到，不能认定当事人拒不出席`,
        );
    }
    const m = await membersOf(tx, hearing);
    const doc = await issueDocument(
      deps,
      tx,
      lawCase,
      'hearing_termination',
      {
        agency: await agency(tx),
        party: await mainParty(deps, tx, lawCase.id),
        cause: lawCase.title,
        ...(hearing.scheduledAt ? { scheduledAt: wallTimeOf(hearing.scheduledAt) } : {}),
        ground: input.ground,
        detail: input.detail,
        ...(hearing.chairId ? { chair: m.chair } : {}),
        recordedBy: actor.name,
        recordedOn: todayOf(deps),
      },
      actor,
      ctx,
    );
    await hearingRepository.update(tx, hearingId, {
      stage: 'terminated',
      outcome: input.ground,
      terminationDetail: input.detail,
    });
    await closePeriods(tx, lawCase.id, '听证终止', ctx);
    await recordHearingOutcome(tx, lawCase.id, actor, ctx, {
      kind: 'waived',
      ground: input.ground,
      hearingId,
    });
    await hearingTrail(tx, h, actor, ctx, {
      action: HEARING_AUDIT.terminated,
      payload: { ground: input.ground, documentId: doc.id },
    });
    await tellHandlers(
      tx,
      h,
      `听证已终止（${lawCase.caseNo ?? lawCase.title}）`,
      '可结束陈述申辩（听证）阶段，进入决定环节',
    );
  });
}

/**
 * 听证笔录 (第六十四条第七、八项): the hearing as held on the noticed day, who attended, the record in order, signed by
 * the party or the refusal noted by the chair.
 */
export async function recordHearing(
  deps: CaseDeps,
  actor: CaseActor,
  hearingId: string,
  input: z.infer<typeof RecordBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const h = await loadHearingForCommand(tx, hearingId, actor);
    requireHearingAbility(h, 'record', actor);
    const { hearing, lawCase } = h;
    const from = new Date(input.startedAt);
    const to = new Date(input.endedAt);
    const scheduledDay = localDateOfInstant(hearing.scheduledAt!);
    if (localDateOfInstant(from) !== scheduledDay)
      throw new AppError(
        'HEARING_DATE',
        `听证应当在通知的日期（${scheduledDay}）举行；改期须办理延期并重新通知`,
        {
          basis: `${LAW}第六十四条第二项`,
          rule: HEARING_NOTICE_RULE,
        },
      );
    if (to <= from || from > nowOf(deps))
      throw new AppError('CASE_DATE_INVALID', '听证结束时间应晚于开始时间，且不能晚于现在');
    if (!input.signed && !input.refusal)
      throw new AppError('HEARING_STATE', '当事人拒绝签字的，由听证主持人在笔录中注明情况', {
        basis: `${LAW}第六十四条第八项`,
        rule: 'hearing.transcript-signed',
      });
    const ever = await caseRepository.everOfficerIds(tx, lawCase.id);
    if (input.investigatorIds.some((id) => !ever.includes(id)))
      throw new AppError('HEARING_MEMBER', '出席听证的调查人员应为本案执法人员');
    const names = await caseRepository.userNames(tx, input.investigatorIds);
    const investigatorNames = input.investigatorIds.map((id) => names.get(id) ?? '');
    const m = await membersOf(tx, hearing);
    const doc = await issueDocument(
      deps,
      tx,
      lawCase,
      'hearing_transcript',
      {
        agency: await agency(tx),
        party: await mainParty(deps, tx, lawCase.id),
        cause: lawCase.title,
        startedAt: wallTimeOf(from),
        endedAt: wallTimeOf(to),
        place: hearing.place ?? '',
        publicity: publicityOf(hearing),
        ...m,
        investigators: investigatorNames.map((name) => ({ name, position: '案件调查人员' })),
        partyAttendees: input.partyAttendees,
        others: input.others,
        recusalAsked: input.recusalAsked,
        sections: input.sections,
        signature: input.signed ? { signed: true } : { signed: false, refusal: input.refusal },
      },
      actor,
      ctx,
    );
    await hearingRepository.update(tx, hearingId, {
      stage: 'held',
      outcome: 'completed',
      heldFrom: from,
      heldTo: to,
      attendance: {
        partyAttendees: input.partyAttendees,
        investigatorIds: input.investigatorIds,
        investigatorNames,
        others: input.others,
        recusalAsked: input.recusalAsked,
      },
      transcript: input.sections,
      signed: input.signed,
      refusal: input.signed ? null : input.refusal,
    });
    const hold = await deadlineQueries.activeFor(tx, HEARING_HOLD_RULE, 'case', lawCase.id);
    if (hold) await meetDeadline(tx, hold.id, { at: from }, ctx);
    await hearingTrail(tx, h, actor, ctx, {
      action: HEARING_AUDIT.recorded,
      payload: { documentId: doc.id, signed: input.signed, startedAt: input.startedAt },
      step: { kind: 'hearing_held', decision: input.signed ? 'signed' : 'refused' },
    });
  });
}

/**
 * 听证会报告书: the chair reports to the 负责人 with a recommendation. A lowered penalty may be recommended, never a
 * harsher one than the proposal heard (第四十五条第二款 by analogy; a harsher one needs a new 告知). The case's
 * hearing is then complete (第六十五条: the decision rests on the transcript).
 */
export async function reportHearing(
  deps: CaseDeps,
  actor: CaseActor,
  hearingId: string,
  input: z.infer<typeof ReportBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const h = await loadHearingForCommand(tx, hearingId, actor);
    requireHearingAbility(h, 'report', actor);
    const { hearing, lawCase } = h;
    if (input.recommendation === 'lower' && input.recommendedPenalty && hearing.heardPenalty) {
      const harsher = isHarsher(proposed(input.recommendedPenalty), proposed(hearing.heardPenalty));
      if (harsher.harsher)
        throw new AppError('CASE_PENALTY_RAISED', `建议的处罚重于听证时的拟处罚意见：${harsher.reasons[0]}`, {
          basis: `${LAW}第四十五条第二款、第六十五条`,
          rule: 'hearing.not-harsher-than-heard',
        });
    }
    const m = await membersOf(tx, hearing);
    const doc = await issueDocument(
      deps,
      tx,
      lawCase,
      'hearing_report',
      {
        agency: await agency(tx),
        party: await mainParty(deps, tx, lawCase.id),
        cause: lawCase.title,
        heldAt: wallTimeOf(hearing.heldFrom!),
        place: hearing.place ?? '',
        ...m,
        proposedPenalty: penaltyText(hearing.heardPenalty),
        findings: input.findings,
        partyOpinion: input.partyOpinion,
        analysis: input.analysis,
        recommendation: HEARING_RECOMMENDATION_LABELS[input.recommendation],
        ...(input.recommendation === 'lower' && input.recommendedPenalty
          ? { recommendedPenalty: penaltyText(input.recommendedPenalty) }
          : {}),
        reportedOn: todayOf(deps),
      },
      actor,
      ctx,
    );
    await hearingRepository.update(tx, hearingId, {
      stage: 'reported',
      report: { findings: input.findings, partyOpinion: input.partyOpinion, analysis: input.analysis },
      recommendation: input.recommendation,
      recommendedPenalty: input.recommendation === 'lower' ? (input.recommendedPenalty ?? null) : null,
      reportedAt: nowOf(deps),
    });
    await recordHearingOutcome(tx, lawCase.id, actor, ctx, {
      kind: 'held',
      hearingId,
      heardPenalty: hearing.heardPenalty,
      recommendation: input.recommendation,
    });
    await hearingTrail(tx, h, actor, ctx, {
      action: HEARING_AUDIT.reported,
      payload: { documentId: doc.id, recommendation: input.recommendation },
    });
    await tellHandlers(
      tx,
      h,
      `听证会报告书已提交（${lawCase.caseNo ?? lawCase.title}）`,
      `主持人建议：${HEARING_RECOMMENDATION_LABELS[input.recommendation]}。可结束陈述申辩（听证）阶段，依听证笔录作出决定`,
    );
  });
}

async function tellHandlers(tx: Tx, h: LoadedHearing, title: string, body: string) {
  await notificationsWriter.insertMany(
    tx,
    h.facts.caseOfficerIds.map((userId) => ({
      userId,
      level: 'info' as const,
      title,
      body,
      link: `/cases/${h.lawCase.id}`,
      dedupeKey: `hearing-done:${h.hearing.id}:${userId}`,
    })),
  );
}
