import type { z } from 'zod';
import type {
  HearingCandidates,
  HearingDetail,
  HearingList,
  HearingListQuery,
  HearingStats,
  NoticeWindow,
} from '../../../../common/contracts/hearings.js';
import { DOCUMENT_KINDS } from '../../../../common/contracts/cases.js';
import type { Penalty } from '../../../../common/contracts/cases.js';
import { diffDays, localDateOfInstant, type LocalDate } from '../../../kernel/local-date.js';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries } from '../../deadlines/index.js';
import {
  canSeeCase,
  caseRepository,
  isHarsher,
  loadFacts,
  procedureRepository,
  proposed,
  todayOf,
  type CaseActor,
  type CaseDeps,
} from '../../cases/index.js';
import { hearingRepository } from '../hearing.repository.js';
import type { HearingRow } from '../hearings.schema.js';
import { earliestHearingDay, HEARING_HOLD_RULE } from '../rules/hearing-dates.js';
import { memberExclusion } from '../rules/members.js';
import { isArranger, isMember } from '../hearing.policy.js';
import { calendarOf, loadHearing, membersFacts, wallTimeOf } from '../commands/shared.js';
import { findRule, ruleVersionFor } from '../../deadlines/index.js';

const HEARING_DOCS: readonly string[] = DOCUMENT_KINDS.filter(
  (k) => k.startsWith('hearing_') || k === 'recusal_decision',
);
const HEARING_RULES = ['penalty.hearing-request', 'penalty.hearing-notice', 'penalty.hearing-hold'];

/** The notice rule applied to a day: the earliest lawful hearing day. */
export async function noticeWindow(db: Db, noticeOn: LocalDate): Promise<z.infer<typeof NoticeWindow>> {
  const cal = await calendarOf(db);
  const rule = findRule('penalty.hearing-notice')!;
  return {
    noticeOn,
    earliestHearingOn: earliestHearingDay(cal, noticeOn),
    basis: ruleVersionFor(rule, noticeOn)?.basis ?? '',
  };
}

export async function presentHearing(
  deps: CaseDeps,
  hearing: HearingRow,
  actor: CaseActor,
): Promise<HearingDetail> {
  const db = deps.database.db;
  const h = await loadHearing(db, hearing, actor);
  const ids = [hearing.chairId, hearing.clerkId, ...hearing.officerIds].filter((x): x is string => !!x);
  const { agents, recusals, postponements } = h;
  const [docs, deadlines, units] = await Promise.all([
    procedureRepository.documents(db, hearing.caseId),
    deadlineQueries.viewsForObject(db, 'case', hearing.caseId, actor),
    hearingRepository.unitNames(db, ids),
  ]);
  const investigatorIds = await caseRepository.everOfficerIds(db, hearing.caseId);
  const names = await caseRepository.userNames(db, [
    ...ids,
    ...investigatorIds,
    ...recusals.flatMap((r) => [r.targetUserId, r.decidedBy].filter((x): x is string => !!x)),
    ...postponements.map((p) => p.decidedBy),
  ]);
  const room = hearing.roomId ? await hearingRepository.room(db, hearing.roomId) : null;
  const blockers: HearingDetail['blockers'] = [];
  if (h.facts.pendingRecusalTargets.length)
    blockers.push({
      rule: 'hearing.recusal-pending',
      reason: '尚有回避申请未由负责人决定',
      basis: '《中华人民共和国行政处罚法》第六十四条第四项',
    });
  const hold = deadlines.find(
    (d) => d.ruleId === HEARING_HOLD_RULE && (d.status === 'open' || d.status === 'extended'),
  );
  if (hold && hearing.scheduledAt && localDateOfInstant(hearing.scheduledAt) > hold.due)
    blockers.push({
      rule: HEARING_HOLD_RULE,
      reason: `听证安排在举行期限（${hold.due}）之后，理由：${hearing.overrunReason ?? '未填写'}`,
      basis: '《安全生产违法行为行政处罚办法》（2015）听证程序条款（法-R）',
    });
  const member = (userId: string, role: 'chair' | 'officer' | 'clerk') => ({
    userId,
    name: names.get(userId) ?? '',
    role,
    unitName: units.get(userId) ?? null,
  });
  return {
    id: hearing.id,
    caseId: hearing.caseId,
    caseNo: h.lawCase.caseNo,
    caseTitle: h.lawCase.title,
    partyNames: h.lawCase.partyNames,
    stage: hearing.stage,
    requestChannel: hearing.requestChannel,
    requestReceivedOn: hearing.requestReceivedOn,
    requestPostmarkOn: hearing.requestPostmarkOn,
    requestDueOn: hearing.requestDueOn,
    requestContent: hearing.requestContent,
    heardPenalty: hearing.heardPenalty ?? null,
    members: [
      ...(hearing.chairId ? [member(hearing.chairId, 'chair')] : []),
      ...hearing.officerIds.map((id) => member(id, 'officer')),
      ...(hearing.clerkId ? [member(hearing.clerkId, 'clerk')] : []),
    ],
    roomId: hearing.roomId,
    roomName: room?.name ?? null,
    place: hearing.place,
    scheduledAt: hearing.scheduledAt ? wallTimeOf(hearing.scheduledAt) : null,
    durationMinutes: hearing.durationMinutes,
    public: hearing.public,
    closedReason: hearing.closedReason,
    closedNote: hearing.closedNote,
    overrunReason: hearing.overrunReason,
    notifiedOn: hearing.notifiedOn,
    postponements: postponements.map((p) => ({
      id: p.id,
      requestedOn: p.requestedOn,
      reason: p.reason,
      originalAt: wallTimeOf(p.originalAt),
      decidedByName: names.get(p.decidedBy) ?? '',
      decidedAt: p.decidedAt.toISOString(),
    })),
    agents: agents.map((a) => ({
      id: a.id,
      name: a.name,
      relation: a.relation,
      phone: a.phone,
      fileName: a.fileName,
      sm3: a.fileSm3,
      size: a.fileSize,
      addedAt: a.addedAt.toISOString(),
    })),
    recusals: recusals.map((r) => ({
      id: r.id,
      targetUserId: r.targetUserId,
      targetName: names.get(r.targetUserId) ?? '',
      targetRole: r.targetRole,
      applicant: r.applicant,
      requestedOn: r.requestedOn,
      reason: r.reason,
      decision: r.decision,
      decisionReason: r.decisionReason,
      decidedByName: r.decidedBy ? (names.get(r.decidedBy) ?? '') : null,
      decidedAt: r.decidedAt?.toISOString() ?? null,
    })),
    outcome: hearing.outcome,
    heldFrom: hearing.heldFrom ? wallTimeOf(hearing.heldFrom) : null,
    heldTo: hearing.heldTo ? wallTimeOf(hearing.heldTo) : null,
    signed: hearing.signed,
    refusal: hearing.refusal,
    terminationDetail: hearing.terminationDetail,
    recommendation: hearing.recommendation,
    recommendedPenalty: hearing.recommendedPenalty ?? null,
    reportedAt: hearing.reportedAt?.toISOString() ?? null,
    documents: docs
      .filter((d) => HEARING_DOCS.includes(d.kind))
      .reverse()
      .map((d) => ({ id: d.id, kind: d.kind, title: d.title, number: d.number })),
    deadlines: deadlines.filter((d) => HEARING_RULES.includes(d.ruleId)),
    noticeToday: await noticeWindow(db, todayOf(deps)),
    blockers,
    abilities: h.abilities,
    caseVisible: h.facts.caseVisible,
    investigators: investigatorIds.map((userId) => ({ userId, name: names.get(userId) ?? '' })),
  };
}

export async function hearingDetail(deps: CaseDeps, actor: CaseActor, id: string): Promise<HearingDetail> {
  const hearing = await hearingRepository.byId(deps.database.db, id);
  if (!hearing) throw new AppError('NOT_FOUND');
  return presentHearing(deps, hearing, actor);
}

/** The case's hearing (null before a request); 404 when the case is not visible. */
export async function caseHearing(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
): Promise<{ hearing: HearingDetail | null }> {
  const db = deps.database.db;
  const hearing = await hearingRepository.byCase(db, caseId);
  if (hearing) return { hearing: await presentHearing(deps, hearing, actor) };
  const lawCase = await caseRepository.find(db, caseId);
  if (!lawCase) throw new AppError('NOT_FOUND');
  if (!canSeeCase(actor, await loadFacts(db, lawCase))) throw new AppError('NOT_FOUND');
  return { hearing: null };
}

export async function listHearings(
  deps: CaseDeps,
  q: z.infer<typeof HearingListQuery>,
): Promise<z.infer<typeof HearingList>> {
  const db = deps.database.db;
  const { rows, total } = await hearingRepository.page(db, q, q.page, q.pageSize);
  const names = await caseRepository.userNames(
    db,
    rows.map((r) => r.chairId).filter((x): x is string => !!x),
  );
  const holds = await deadlineQueries.activeForMany(
    db,
    HEARING_HOLD_RULE,
    'case',
    rows.map((r) => r.caseId),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      caseId: r.caseId,
      caseNo: r.caseNo,
      caseTitle: r.caseTitle,
      partyNames: r.partyNames,
      stage: r.stage,
      scheduledAt: r.scheduledAt ? wallTimeOf(r.scheduledAt) : null,
      durationMinutes: r.durationMinutes,
      roomId: r.roomId,
      roomName: r.roomName,
      place: r.place,
      chairId: r.chairId,
      chairName: r.chairId ? (names.get(r.chairId) ?? null) : null,
      public: r.public,
      requestReceivedOn: r.requestReceivedOn,
      holdDueOn: holds.get(r.caseId)?.dueDate ?? null,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Staff who may sit, each with the reason they may not chair or sit as officer in this hearing. */
export async function hearingCandidates(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
): Promise<z.infer<typeof HearingCandidates>> {
  const db = deps.database.db;
  const hearing = await hearingRepository.byId(db, id);
  if (!hearing) throw new AppError('NOT_FOUND');
  const h = await loadHearing(db, hearing, actor);
  if (!isArranger(actor) && !isMember(actor, h.facts))
    throw new AppError('FORBIDDEN', '只有听证组织人员和听证人员可以查看');
  const [staff, facts] = await Promise.all([hearingRepository.staff(db), membersFacts(db, hearing)]);
  return {
    items: staff.map((s) => ({
      userId: s.id,
      name: s.name,
      unitName: s.unitName,
      excluded: memberExclusion(s.id, 'chair', facts)?.reason ?? null,
    })),
  };
}

function fineOf(p: Penalty | null | undefined): number {
  return (p?.items ?? []).reduce((n, i) => n + (i.amountFen ?? 0), 0);
}

/** The year's figures (legal-spec §8.8). */
export async function hearingStats(deps: CaseDeps, year: number): Promise<HearingStats> {
  const db = deps.database.db;
  const [eligibleRows, rows] = await Promise.all([
    hearingRepository.eligibleOfYear(db, year),
    hearingRepository.ofYear(db, year),
  ]);
  const count = (s: string) => eligibleRows.filter((r) => r.hearingStatus === s).length;
  const held = rows.filter((r) => r.stage === 'reported' || r.stage === 'held');
  const reported = rows.filter((r) => r.stage === 'reported');
  const days = held
    .filter((r) => r.heldFrom)
    .map((r) => diffDays(r.requestReceivedOn as LocalDate, localDateOfInstant(r.heldFrom!)));
  const after = { reduced: 0, unchanged: 0, cancelled: 0, undecided: 0 };
  for (const r of reported) {
    const decided = r.decidedPenalty;
    if (!decided || !r.decidedOn) after.undecided++;
    else if (!decided.items.length) after.cancelled++;
    else if (
      r.heardPenalty &&
      !isHarsher(proposed(decided), proposed(r.heardPenalty)).harsher &&
      (fineOf(decided) < fineOf(r.heardPenalty) || decided.items.length < r.heardPenalty.items.length)
    )
      after.reduced++;
    else after.unchanged++;
  }
  const eligible = eligibleRows.length;
  const requested = rows.length;
  return {
    year,
    eligible,
    requested,
    requestRate: eligible ? Math.round((requested / eligible) * 1000) / 1000 : 0,
    // Cases whose hearing status is 'waived' were waived in writing or by a termination (counted apart).
    waivedInWriting: Math.max(0, count('waived') - rows.filter((r) => r.stage === 'terminated').length),
    lapsed: count('lapsed'),
    held: held.length,
    terminated: rows.filter((r) => r.stage === 'terminated').length,
    pending: rows.filter((r) => ['requested', 'arranged', 'notified', 'postponed'].includes(r.stage)).length,
    publicHeld: held.filter((r) => r.public).length,
    closedHeld: held.filter((r) => !r.public).length,
    avgDaysToHearing: days.length
      ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10
      : null,
    afterHearing: after,
    byMonth: Array.from({ length: 12 }, (_, i) => {
      const m = `${year}-${String(i + 1).padStart(2, '0')}`;
      return {
        month: i + 1,
        requested: rows.filter((r) => r.requestReceivedOn.startsWith(m)).length,
        held: held.filter((r) => r.heldFrom && localDateOfInstant(r.heldFrom).startsWith(m)).length,
        terminated: rows.filter(
          (r) => r.stage === 'terminated' && r.updatedAt && localDateOfInstant(r.updatedAt).startsWith(m),
        ).length,
      };
    }),
  };
}
