import { HEARING_STAGE_LABELS, type HearingAction } from '../../../../common/contracts/hearings.js';
import { wallTimeInShanghai, type LocalDate } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { loadCalendar } from '../../calendar/index.js';
import {
  canSeeCase,
  caseRepository,
  loadFacts,
  trail,
  type CaseActor,
  type CaseRow,
} from '../../cases/index.js';
import { canSeeHearing, hearingAbilities, type HearingFacts } from '../hearing.policy.js';
import { hearingRepository } from '../hearing.repository.js';
import type {
  HearingAgentRow,
  HearingPostponementRow,
  HearingRecusalRow,
  HearingRow,
} from '../hearings.schema.js';
import type { CaseMembersFacts } from '../rules/members.js';

export interface LoadedHearing {
  hearing: HearingRow;
  lawCase: CaseRow;
  facts: HearingFacts;
  abilities: ReturnType<typeof hearingAbilities>;
  /** The hearing's agents, postponements and recusal requests, as read for the policy. */
  agents: HearingAgentRow[];
  postponements: HearingPostponementRow[];
  recusals: HearingRecusalRow[];
}

/** Reads a hearing with its case and what the policy needs (locks both inside a transaction when `lock`). */
export async function loadHearing(
  db: Db | Tx,
  hearing: HearingRow,
  actor: CaseActor,
  lawCase?: CaseRow | null,
): Promise<LoadedHearing> {
  const c = lawCase ?? (await caseRepository.find(db, hearing.caseId));
  if (!c) throw new AppError('NOT_FOUND');
  const [caseFacts, agents, postponements, recusals] = await Promise.all([
    loadFacts(db, c),
    hearingRepository.agents(db, hearing.id),
    hearingRepository.postponements(db, hearing.id),
    hearingRepository.recusals(db, hearing.id),
  ]);
  const facts: HearingFacts = {
    stage: hearing.stage,
    chairId: hearing.chairId,
    clerkId: hearing.clerkId,
    officerIds: hearing.officerIds,
    caseOfficerIds: caseFacts.officers.filter((o) => o.recusal !== 'conflict').map((o) => o.userId),
    caseVisible: canSeeCase(actor, caseFacts),
    agents: agents.length,
    postponements: postponements.length,
    pendingRecusalTargets: recusals.filter((r) => !r.decision).map((r) => r.targetUserId),
  };
  if (!canSeeHearing(actor, facts)) throw new AppError('NOT_FOUND');
  return {
    hearing,
    lawCase: c,
    facts,
    abilities: hearingAbilities(actor, facts),
    agents,
    postponements,
    recusals,
  };
}

/** Locks the case, then the hearing, for the rest of the transaction (the case's commands lock the case first). */
export async function loadHearingForCommand(
  tx: Tx,
  hearingId: string,
  actor: CaseActor,
): Promise<LoadedHearing> {
  const peek = await hearingRepository.byId(tx, hearingId);
  if (!peek) throw new AppError('NOT_FOUND');
  const lawCase = await caseRepository.lock(tx, peek.caseId);
  const hearing = await hearingRepository.lock(tx, hearingId);
  if (!hearing || !lawCase) throw new AppError('NOT_FOUND');
  return loadHearing(tx, hearing, actor, lawCase);
}

const ACTION_TEXT: Record<HearingAction, string> = {
  arrange: '安排听证',
  addAgent: '登记委托代理人',
  requestRecusal: '登记回避申请',
  decideRecusal: '决定回避申请',
  notify: '送达听证会通知书',
  postpone: '延期举行听证',
  record: '记录听证',
  terminate: '终止听证',
  report: '提交听证会报告书',
};

const WHO: Record<HearingAction, string> = {
  arrange: '法制审核人员或负责人',
  addAgent: '承办人员或听证组织人员',
  requestRecusal: '承办人员、主持人或听证组织人员',
  decideRecusal: '行政机关负责人（被申请回避的人员除外）',
  notify: '承办人员或听证组织人员',
  postpone: '法制审核人员或负责人',
  record: '听证主持人或书记员',
  terminate: '听证主持人或听证组织人员',
  report: '听证主持人',
};

/** Refuses when the policy does not allow the action now: 403 for the wrong person, 409 for the wrong stage. */
export function requireHearingAbility(h: LoadedHearing, action: HearingAction, _actor: CaseActor): void {
  if (h.abilities[action]) return;
  if (h.facts.pendingRecusalTargets.length && ['arrange', 'notify', 'record'].includes(action))
    throw new AppError(
      'HEARING_STATE',
      `尚有回避申请未作决定，请先由负责人决定是否回避，再${ACTION_TEXT[action]}`,
      {
        basis: '《中华人民共和国行政处罚法》第六十四条第四项',
        rule: 'hearing.recusal-pending',
      },
    );
  // Would anyone be allowed now? Then it is the person (403); otherwise the stage (409).
  const anyone = '00000000-0000-0000-0000-000000000000';
  const probe = hearingAbilities(
    { userId: anyone, roles: ['legal_reviewer', 'leader', 'officer'] },
    { ...h.facts, chairId: anyone, clerkId: anyone, caseOfficerIds: [anyone] },
  );
  if (probe[action]) throw new AppError('FORBIDDEN', `只有${WHO[action]}可以${ACTION_TEXT[action]}`);
  throw new AppError(
    'HEARING_STATE',
    `听证当前处于「${HEARING_STAGE_LABELS[h.hearing.stage]}」环节，不能${ACTION_TEXT[action]}`,
  );
}

/** Writes the audit event (and a case step) of a hearing change on its case. */
export async function hearingTrail(
  tx: Tx,
  h: Pick<LoadedHearing, 'hearing'>,
  actor: CaseActor,
  ctx: AuditContext,
  entry: {
    action: string;
    payload?: Record<string, unknown>;
    step?: {
      kind: string;
      decision?: string | null;
      opinion?: string | null;
      data?: Record<string, unknown>;
    };
  },
): Promise<void> {
  await trail(tx, h.hearing.caseId, actor, ctx, {
    action: entry.action,
    payload: { hearingId: h.hearing.id, ...(entry.payload ?? {}) },
    ...(entry.step
      ? { step: { ...entry.step, data: { hearingId: h.hearing.id, ...(entry.step.data ?? {}) } } }
      : {}),
  });
}

/** Who may not sit: investigators (ever), filing approvers, and those whose recusal was granted. */
export async function membersFacts(db: Db | Tx, hearing: HearingRow): Promise<CaseMembersFacts> {
  const [investigatorIds, steps, recusals] = await Promise.all([
    caseRepository.everOfficerIds(db, hearing.caseId),
    caseRepository.steps(db, hearing.caseId),
    hearingRepository.recusals(db, hearing.id),
  ]);
  return {
    investigatorIds,
    filingApproverIds: steps
      .filter((s) => s.kind === 'filing_approved' && s.actorId && s.decision !== 'reject')
      .map((s) => s.actorId!),
    recusedIds: recusals.filter((r) => r.decision === 'granted').map((r) => r.targetUserId),
  };
}

/** The working-day calendar in force, for the date rules. */
export async function calendarOf(db: Db | Tx) {
  const snapshot = await loadCalendar(db);
  return { calendar: snapshot.calendar, options: snapshot.options };
}

/** 'YYYY-MM-DDTHH:mm' Shanghai wall time → instant. */
export function instantOfWallTime(wall: string): Date {
  return new Date(`${wall}:00+08:00`);
}

/** Instant → Shanghai 'YYYY-MM-DDTHH:mm'. */
export const wallTimeOf = wallTimeInShanghai;

export function dayOfWallTime(wall: string): LocalDate {
  return wall.slice(0, 10) as LocalDate;
}
