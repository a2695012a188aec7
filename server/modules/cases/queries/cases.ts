import {
  APPROVAL_KIND_LABELS,
  CASE_STATUS_LABELS,
  DELIVERY_METHOD_LABELS,
  DOCUMENT_KIND_LABELS,
  EVIDENCE_KIND_LABELS,
  LEGAL_OPINION_LABELS,
  OUTCOME_LABELS,
  PARTY_KIND_LABELS,
  STATEMENT_REVIEW_LABELS,
  type ApprovalTodo,
  type CaseDetail,
  type CaseQuery,
  type CaseSummary,
  type SourceView,
} from '../../../../common/contracts/cases.js';
import { AUDIT_ACTION_LABELS } from '../../../../common/audit-actions.js';
import { ENFORCEMENT_CATEGORIES, type EnforcementCategory } from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries } from '../../deadlines/index.js';
import { orgRepository } from '../../org/index.js';
import { checkEnforcementTeam } from '../../personnel/index.js';
import { caseAbilities, canDecideApproval, canSeeCase, caseScope } from '../case.policy.js';
import { caseRepository } from '../case.repository.js';
import { settingsOn, todayOf, type CaseActor, type CaseDeps } from '../cases.context.js';
import { auditHistory } from '../../audit-trail/index.js';
import { loadFacts } from '../commands/shared.js';
import { requirementsOf, defenceBlockers } from '../commands/report.js';
import { decisionGates } from '../commands/decision.js';
import { procedureRepository } from '../procedure.repository.js';
import { avStatus } from './av-status.js';
import { presentCase } from '../case.presenter.js';

/** The case list within the actor's visibility scope (STYLE §5). */
export async function listCases(
  db: Db,
  actor: CaseActor,
  q: CaseQuery,
): Promise<{ items: CaseSummary[]; total: number }> {
  const { rows, total } = await caseRepository.page(
    db,
    {
      scope: caseScope(actor),
      status: q.status,
      procedure: q.procedure,
      unitId: q.unitId,
      officerId: q.officerId,
      mineUserId: q.mine === 'true' ? actor.userId : undefined,
      party: q.party,
      q: q.q,
      overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
      filedFrom: q.filedFrom,
      filedTo: q.filedTo,
    },
    q.page,
    q.pageSize,
  );
  const names = await caseRepository.userNames(
    db,
    rows.flatMap((r) => r.lawCase.officerIds),
  );
  return {
    total,
    items: rows.map(({ lawCase: c, unitName, overdue, nextDue, nextDueTitle }) => ({
      id: c.id,
      caseNo: c.caseNo,
      procedure: c.procedure,
      title: c.title,
      status: c.status,
      unitId: c.unitId,
      unitName,
      partyNames: c.partyNames,
      officerNames: c.officerIds.map((id) => names.get(id) ?? ''),
      filedOn: c.filedOn,
      decidedOn: c.decidedOn,
      fineFen: c.fineFen,
      nextDue,
      nextDueTitle,
      overdue: !!overdue,
      createdAt: c.createdAt.toISOString(),
    })),
  };
}

/** One case with everything its page shows, the requirements and blockers, and the actor's abilities. */
export async function getCase(deps: CaseDeps, actor: CaseActor, id: string): Promise<CaseDetail> {
  const db = deps.database.db;
  const lawCase = await caseRepository.find(db, id);
  if (!lawCase) throw new AppError('NOT_FOUND');
  const facts = await loadFacts(db, lawCase);
  if (!canSeeCase(actor, facts)) throw new AppError('NOT_FOUND');
  const today = todayOf(deps);
  const settings = await settingsOn(db, today);
  const abilities = caseAbilities(actor, facts);
  const [req, missingAv, deadlines] = await Promise.all([
    requirementsOf(db, deps, lawCase, lawCase.proposedPenalty),
    avStatus(db, id, settings),
    deadlineQueries.viewsForObject(db, 'case', id, actor),
  ]);
  const blockers: CaseDetail['requirements']['blockers'] = [];
  if (lawCase.status === 'defence' || lawCase.status === 'hearing')
    for (const b of await defenceBlockers(db, lawCase, { facts }, today))
      blockers.push({ rule: b.rule, reason: b.reason, basis: b.basis });
  if (lawCase.status === 'decision')
    for (const g of await decisionGates(db, deps, lawCase))
      blockers.push({ rule: g.rule, reason: g.reason, basis: g.basis });
  if (
    facts.officerRows.some((o) => o.recusal === 'pending') &&
    !['not_filed', 'concluded', 'delivered', 'decided'].includes(lawCase.status)
  )
    blockers.push({
      rule: 'penalty.recusal',
      reason: '尚有执法人员未作回避声明',
      basis: '《中华人民共和国行政处罚法》第四十三条',
    });
  const detail = await presentCase(db, deps, lawCase, facts, today);
  const approvalsPending = await caseRepository.pendingApprovals(db, id);
  const names = await caseRepository.userNames(
    db,
    approvalsPending.map((a) => a.requestedBy),
  );
  return {
    ...detail,
    pendingApprovals: approvalsPending.map((a) => ({
      id: a.id,
      kind: a.kind,
      level: a.level,
      approverRole: a.approverRole,
      requestedByName: names.get(a.requestedBy) ?? '',
      requestedAt: a.requestedAt.toISOString(),
      data: a.data,
      mayDecide: canDecideApproval(actor, facts, a),
    })),
    deadlines,
    chairCandidates: (await caseRepository.leaderUsers(db)).map((u) => ({
      userId: u.id,
      name: u.name,
      title: u.role === 'principal' ? '主要负责人' : '分管局领导',
    })),
    requirements: {
      hearing: req.hearing,
      legalReview: req.legalReview,
      collective: req.collective,
      missingAv,
      blockers,
    },
    abilities,
  };
}

/** The case's audit trail as its timeline (every step is an audit event on the case). */
export async function caseTimeline(deps: CaseDeps, actor: CaseActor, id: string) {
  const db = deps.database.db;
  const lawCase = await caseRepository.find(db, id);
  if (!lawCase) throw new AppError('NOT_FOUND');
  if (!canSeeCase(actor, await loadFacts(db, lawCase))) throw new AppError('NOT_FOUND');
  const rows = await auditHistory.forObject(deps.database, 'case', id);
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      at: new Date(r.occurred_at).toISOString(),
      actorName: r.actor_name,
      action: r.action,
      label: AUDIT_ACTION_LABELS[r.action] ?? r.action,
      detail: describe(r.payload),
    })),
  };
}

const VALUE_LABELS: Record<string, string> = {
  ...DOCUMENT_KIND_LABELS,
  ...PARTY_KIND_LABELS,
  ...DELIVERY_METHOD_LABELS,
  ...OUTCOME_LABELS,
  ...LEGAL_OPINION_LABELS,
  ...STATEMENT_REVIEW_LABELS,
  ...EVIDENCE_KIND_LABELS,
  approve: '同意',
  reject: '不同意',
  return: '退回',
  filing: '立案审批',
  report: '案件审核',
  preservation: '先行登记保存',
  extension: '延长办案期限',
  'decision-delivered': '处罚决定书已送达',
  statement: '陈述申辩',
  waiver: '放弃',
  waived: '放弃',
  requested: '申请',
};

/** A short Chinese description of an audit payload for the timeline (enum values shown by their labels). */
function describe(p: Record<string, unknown>): string | null {
  const parts: string[] = [];
  for (const key of [
    'caseNo',
    'number',
    'title',
    'name',
    'kind',
    'outcome',
    'decision',
    'opinion',
    'response',
    'result',
    'method',
    'reason',
    'effectiveOn',
  ]) {
    const v = p[key];
    if (typeof v === 'string' && v) parts.push(VALUE_LABELS[v] ?? v);
  }
  return parts.length ? parts.join('，').slice(0, 300) : null;
}

/** The actor's to-do list: approvals they may decide, and (legal reviewers) cases waiting for an opinion. */
export async function approvalTodos(db: Db, actor: CaseActor): Promise<{ items: ApprovalTodo[] }> {
  const roles = (['section_head', 'leader', 'principal'] as const).filter((r) => actor.roles.includes(r));
  const candidates = await caseRepository.pendingForRoles(
    db,
    roles.includes('principal') ? [...roles, 'leader', 'section_head'] : roles,
  );
  // Three queries in all, not one set per pending approval: the officers of every candidate case and the units.
  const officers = await caseRepository.activeOfficersOf(
    db,
    candidates.map((c) => c.lawCase.id),
  );
  const leaders = new Map(
    (await orgRepository.units(db)).map((u) => [u.unit.id, u.unit.supervisingLeaderId]),
  );
  const items: ApprovalTodo[] = [];
  for (const c of candidates) {
    const facts = {
      unitId: c.lawCase.unitId,
      supervisingLeaderId: leaders.get(c.lawCase.unitId) ?? null,
      officers: (officers.get(c.lawCase.id) ?? []).map((userId) => ({ userId })),
    };
    if (!canDecideApproval(actor, facts, c.approval)) continue;
    items.push({
      id: c.approval.id,
      caseId: c.lawCase.id,
      caseNo: c.lawCase.caseNo,
      caseTitle: c.lawCase.title,
      kind: c.approval.kind,
      kindLabel: `${APPROVAL_KIND_LABELS[c.approval.kind]}${c.approval.kind === 'filing' ? `（第${c.approval.level}级）` : ''}`,
      requestedByName: c.requestedByName,
      requestedAt: c.approval.requestedAt.toISOString(),
    });
  }
  if (actor.roles.includes('legal_reviewer')) {
    const reviews = await procedureRepository.pendingLegalReviews(db);
    const reviewCases = await caseRepository.findMany(
      db,
      reviews.map((r) => r.caseId),
    );
    const names = await caseRepository.userNames(
      db,
      reviews.map((r) => r.submittedBy),
    );
    for (const r of reviews) {
      const lawCase = reviewCases.get(r.caseId);
      if (!lawCase) continue;
      items.push({
        id: r.id,
        caseId: lawCase.id,
        caseNo: lawCase.caseNo,
        caseTitle: lawCase.title,
        kind: 'legal_review',
        kindLabel: `${APPROVAL_KIND_LABELS.legal_review}（第${r.round}次送审）`,
        requestedByName: names.get(r.submittedBy) ?? '',
        requestedAt: r.submittedAt.toISOString(),
      });
    }
  }
  return { items };
}

/** 案源 list; the informant is shown only to section heads, leaders and the registering officer. */
export async function listSources(
  db: Db,
  actor: CaseActor,
  q: { status?: SourceView['status']; q?: string; page: number; pageSize: number },
) {
  const { rows, total } = await caseRepository.sourcePage(db, sourceFilter(actor, q), q.page, q.pageSize);
  const head = actor.roles.some((r) => r === 'leader' || r === 'principal');
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map(({ source: s, unitName, registeredByName, caseId }): SourceView => {
      const unitHead = actor.roles.includes('section_head') && actor.unitId === s.unitId;
      const handler = actor.roles.includes('officer') || actor.roles.includes('section_head');
      return {
        id: s.id,
        sourceNo: s.sourceNo,
        kind: s.kind,
        receivedOn: s.receivedOn,
        subjectName: s.subjectName,
        subjectAddress: s.subjectAddress,
        summary: s.summary,
        informant:
          head || unitHead || s.registeredBy === actor.userId
            ? s.informant
            : s.informant
              ? '（已登记，仅承办科室负责人可见）'
              : null,
        unitId: s.unitId,
        unitName,
        status: s.status,
        triageNote: s.triageNote,
        caseId,
        registeredByName,
        registeredAt: s.registeredAt.toISOString(),
        abilities: {
          propose: handler && s.status === 'registered',
          dismiss: s.status === 'registered' && (head || unitHead),
        },
      };
    }),
  };
}

function sourceFilter(actor: CaseActor, q: { status?: SourceView['status']; q?: string }) {
  return caseRepository.sourceWhere({
    status: q.status,
    q: q.q,
    scope: caseScope(actor),
  });
}

/**
 * Officers who may be named on a case of this category on a day, with their eligibility; without a category,
 * an officer holding a valid certificate for any category counts as eligible (e.g. to hold pre-numbered forms).
 */
export async function officerCandidates(db: Db, category: EnforcementCategory | undefined, on: LocalDate) {
  const users = await caseRepository.officerUsers(db);
  if (!users.length) return { items: [] };
  const members = users.map((u) => ({ userId: u.id }));
  const checks = await Promise.all(
    (category ? [category] : ENFORCEMENT_CATEGORIES).map((c) =>
      checkEnforcementTeam(db, { members, on, category: c }),
    ),
  );
  return {
    items: users.map((u, i) => {
      const best = checks.find((t) => t.members[i]?.eligible) ?? checks[0]!;
      const m = best.members[i];
      return {
        userId: u.id,
        name: u.name,
        unitName: u.unitName,
        certificateNumber: m?.certificate?.number ?? null,
        eligible: m?.eligible ?? false,
        refusals: m?.refusals ?? [],
      };
    }),
  };
}

export { CASE_STATUS_LABELS };
