import {
  APPROVAL_KIND_LABELS,
  CASE_STATUS_LABELS,
  type CaseAbilities,
  type CaseAction,
} from '../../../../common/contracts/cases.js';
import type { Role } from '../../../../common/roles.js';
import type { Refusal } from '../../../../common/contracts/personnel.js';
import { localDateOfInstant, startOfDayInShanghai, type LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { orgRepository } from '../../org/index.js';
import { notificationsWriter } from '../../workbench/index.js';
import { checkEnforcementTeam } from '../../personnel/index.js';
import { caseAbilities, canSeeCase, type CaseFacts } from '../case.policy.js';
import { caseRepository } from '../case.repository.js';
import type { CaseActor } from '../cases.context.js';
import type { CaseOfficerRow, CaseRow } from '../cases.schema.js';
import { procedureRepository } from '../procedure.repository.js';

export const PUNISHMENT_LAW = '《中华人民共和国行政处罚法》';

/** Everything the policy needs about a case, read in the caller's transaction (or outside one for views). */
export async function loadFacts(
  db: Db | Tx,
  lawCase: CaseRow,
): Promise<CaseFacts & { officerRows: CaseOfficerRow[] }> {
  const [officerRows, pending, statements, review, preservations, notice, unit] = await Promise.all([
    caseRepository.activeOfficers(db, lawCase.id),
    caseRepository.pendingApprovals(db, lawCase.id),
    procedureRepository.statements(db, lawCase.id),
    procedureRepository.pendingLegalReview(db, lawCase.id),
    procedureRepository.preservations(db, lawCase.id),
    procedureRepository.latestDocument(db, lawCase.id, 'penalty_notice'),
    orgRepository.unit(db, lawCase.unitId),
  ]);
  return {
    status: lawCase.status,
    procedure: lawCase.procedure,
    unitId: lawCase.unitId,
    supervisingLeaderId: unit?.supervisingLeaderId ?? null,
    createdBy: lawCase.createdBy,
    officers: officerRows.map((o) => ({ userId: o.userId, recusal: o.recusal })),
    officerRows,
    pending: pending.map((p) => ({
      kind: p.kind,
      level: p.level,
      approverRole: p.approverRole,
      requestedBy: p.requestedBy,
    })),
    hearingStatus: lawCase.hearingStatus,
    statementStatus: lawCase.statementStatus,
    unreviewedStatements: statements.filter((s) => s.kind === 'statement' && !s.reviewResult).length,
    noticeIssued: !!notice,
    legalReviewPending: !!review,
    preservationsToDecide: preservations.filter((p) => p.status === 'preserved').length,
    filedBackOn: lawCase.filedBackOn,
  };
}

export interface Loaded {
  lawCase: CaseRow;
  facts: Awaited<ReturnType<typeof loadFacts>>;
  abilities: CaseAbilities;
}

/**
 * Locks the case for the rest of the transaction and loads what the policy needs. A case the actor may not see
 * is a 404, as if it did not exist.
 */
export async function loadForCommand(tx: Tx, caseId: string, actor: CaseActor): Promise<Loaded> {
  const lawCase = await caseRepository.lock(tx, caseId);
  if (!lawCase) throw new AppError('NOT_FOUND');
  const facts = await loadFacts(tx, lawCase);
  if (!canSeeCase(actor, facts)) throw new AppError('NOT_FOUND');
  return { lawCase, facts, abilities: caseAbilities(actor, facts) };
}

const ACTION_TEXT: Partial<Record<CaseAction, string>> = {
  editParties: '登记或修改当事人',
  editViolations: '认定违法行为',
  addEvidence: '登记证据',
  submitReport: '提交案件调查报告',
  issueNotice: '制发行政处罚告知书',
  recordDelivery: '记录送达',
};

/** Refuses when the policy does not allow the action now: 403 for the wrong person, 409 for the wrong stage. */
export function requireAbility(loaded: Loaded, action: CaseAction, actor: CaseActor): void {
  if (loaded.abilities[action]) return;
  if (loaded.lawCase.status === 'archived') throw archivedError();
  const handler = loaded.facts.officers.some((o) => o.userId === actor.userId);
  const what = ACTION_TEXT[action] ?? '此操作';
  if (
    !handler &&
    !actor.roles.some((r) => ['section_head', 'leader', 'principal', 'legal_reviewer'].includes(r))
  )
    throw new AppError('FORBIDDEN', `只有本案承办人员可以${what}`);
  throw new AppError(
    'CASE_STATE',
    `案件当前处于「${CASE_STATUS_LABELS[loaded.lawCase.status]}」环节，不能${what}`,
  );
}

/** 2015 办法 第六十五条: after archiving nobody may add, replace or take out file material (also a database seal). */
export function archivedError(): AppError {
  return new AppError('CASE_ARCHIVED', '案卷已归档封存，不得增加、替换或抽取案卷材料', {
    basis: '《安全生产违法行为行政处罚办法》第六十五条',
    rule: 'case.archive-sealed',
  });
}

export interface TrailEntry {
  action: string;
  payload?: Record<string, unknown>;
  /** Also a step of the approval trail (case_steps), for the fault-liability allocation. */
  step?: { kind: string; decision?: string | null; opinion?: string | null; data?: Record<string, unknown> };
}

/** Writes the audit event (and the trail step) of a case change, in the caller's transaction. */
export async function trail(
  tx: Tx,
  caseId: string,
  actor: CaseActor,
  ctx: AuditContext,
  entry: TrailEntry,
): Promise<void> {
  if (entry.step)
    await caseRepository.insertStep(tx, {
      caseId,
      kind: entry.step.kind,
      actorId: actor.userId,
      actorName: actor.name,
      actorRole: actor.roles.join(','),
      decision: entry.step.decision ?? null,
      opinion: entry.step.opinion ?? null,
      data: entry.step.data ?? {},
    });
  await recordAudit(tx, ctx, {
    action: entry.action,
    objectType: 'case',
    objectId: caseId,
    payload: { ...(entry.payload ?? {}), ...(entry.step ? { step: entry.step.kind } : {}) },
  });
}

/**
 * 第四十二条: at least two officers holding valid certificates for the case's category on the day of the act.
 * Officers who declared a conflict (回避) are off the case and do not count.
 */
export async function requireTeam(
  tx: Tx,
  lawCase: Pick<CaseRow, 'category'>,
  userIds: readonly string[],
  on: LocalDate,
): Promise<void> {
  const team = await checkEnforcementTeam(tx, {
    members: userIds.map((userId) => ({ userId })),
    on,
    category: lawCase.category,
  });
  if (team.ok) return;
  const first: Refusal | undefined =
    team.members.flatMap((m) =>
      m.refusals.map((r) => ({ ...r, reason: `${m.officerName ?? '该人员'}：${r.reason}` })),
    )[0] ?? team.refusals[0];
  const reasons = [
    ...team.refusals.map((r) => r.reason),
    ...team.members.flatMap((m) => m.refusals.map((r) => `${m.officerName ?? '该人员'}：${r.reason}`)),
  ];
  throw new AppError('CASE_TEAM', reasons.join('；'), {
    basis: first?.basis ?? `${PUNISHMENT_LAW}第四十二条`,
    rule: first?.rule ?? 'penalty.two-officers',
  });
}

/** The officers who may act now (declared no conflict). Refuses when anyone has not yet declared (第四十三条). */
export function requireRecusalDeclared(loaded: Loaded): string[] {
  const pending = loaded.facts.officerRows.filter((o) => o.recusal === 'pending');
  if (pending.length)
    throw new AppError('CASE_RECUSAL_PENDING', '尚有执法人员未作回避声明，不能开展调查取证或作出处理', {
      basis: `${PUNISHMENT_LAW}第四十三条`,
      rule: 'penalty.recusal',
    });
  return loaded.facts.officerRows.filter((o) => o.recusal === 'none').map((o) => o.userId);
}

/** Checks the team of the case's current officers on a date, after their recusal declarations. */
export async function requireActiveTeam(tx: Tx, loaded: Loaded, on: LocalDate): Promise<string[]> {
  const ids = requireRecusalDeclared(loaded);
  await requireTeam(tx, loaded.lawCase, ids, on);
  return ids;
}

/** The instant recorded for a step done on a legal date: now when it is today, else noon of that day. */
export function instantOfDay(day: string, now: Date): Date {
  if (localDateOfInstant(now) === day) return now;
  return new Date(startOfDayInShanghai(day as LocalDate).getTime() + 12 * 3_600_000);
}

/**
 * Puts a to-do on the 工作台 of whoever may decide a pending approval (the unit's section head, the unit's
 * 分管局领导 or, when none is recorded, every leader; the legal reviewers for a 法制审核), in the same transaction.
 */
export async function notifyApprovers(
  tx: Tx,
  lawCase: Pick<CaseRow, 'id' | 'unitId' | 'caseNo' | 'title'>,
  kind: keyof typeof APPROVAL_KIND_LABELS,
  approverRole: Role,
): Promise<void> {
  let recipients: string[];
  if (approverRole === 'section_head')
    recipients = await caseRepository.usersWithRole(tx, 'section_head', lawCase.unitId);
  else if (approverRole === 'leader') {
    const unit = await orgRepository.unit(tx, lawCase.unitId);
    recipients = unit?.supervisingLeaderId
      ? [unit.supervisingLeaderId]
      : await caseRepository.usersWithRole(tx, 'leader');
  } else recipients = await caseRepository.usersWithRole(tx, approverRole);
  const title = `待办：${APPROVAL_KIND_LABELS[kind]}（${lawCase.caseNo ?? lawCase.title}）`;
  await notificationsWriter.insertMany(
    tx,
    recipients.map((userId) => ({
      userId,
      level: 'info' as const,
      title,
      body: lawCase.title,
      link: `/cases/${lawCase.id}`,
      dedupeKey: `case-approval:${lawCase.id}:${kind}:${Date.now()}`,
    })),
  );
}

/** Records a pending approval and puts it on the approvers' 工作台. */
export async function requestApproval(
  tx: Tx,
  lawCase: Pick<CaseRow, 'id' | 'unitId' | 'caseNo' | 'title'>,
  values: Parameters<typeof caseRepository.insertApproval>[1],
) {
  const row = await caseRepository.insertApproval(tx, values);
  await notifyApprovers(tx, lawCase, row.kind, row.approverRole);
  return row;
}
