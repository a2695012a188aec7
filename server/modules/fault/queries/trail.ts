/**
 * What the original case's trail says about the faulty act, for 第九条 (legal-spec §3.6): its handlers, the
 * head of the handling section, the approvals and reviews it went through, every version of the penalty proposal
 * (who changed it, old, new, why — the case module keeps them after submission), and the collective discussion
 * with each member's recorded dissent. From it the allocation is proposed, with the rule behind each share.
 */
import type { z } from 'zod';
import {
  GROUND_CODE_LABELS,
  type AllocationFactsBody,
  type AllocationView,
  type Suggestion,
} from '../../../../common/contracts/fault.js';
import { localDateOfInstant, type LocalDate } from '../../../kernel/local-date.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { caseRepository, penaltyText, procedureRepository, type CaseRow } from '../../cases/index.js';
import { faultRepository as repo } from '../fault.repository.js';
import { allocateLiability, type FaultFacts, type LiabilityShare } from '../rules/allocation.js';
import { repeated, type RepeatSettings } from '../rules/repeat.js';

export interface CaseTrail {
  lawCase: CaseRow;
  handlers: string[];
  /** Everyone on the trail, for the investigators' 回避. */
  everyone: string[];
  facts: Omit<FaultFacts, 'misreportedBy' | 'sectionHeadConsented'>;
  view: Omit<AllocationView, 'shares' | 'suggestions' | 'notes'>;
  names: Map<string, string>;
}

/** A section head's approval of the report is the review (审核); a leader's approval is the approval (审批). */
const roleOf = (approverRole: string): 'reviewer' | 'approver' =>
  approverRole === 'section_head' ? 'reviewer' : 'approver';

const APPROVAL_LABEL: Record<string, string> = { report: '案件审核', decision: '处罚决定审批' };

export async function caseTrail(db: Db | Tx, lawCase: CaseRow): Promise<CaseTrail> {
  const caseId = lawCase.id;
  const [active, ever, approvals, legal, proposals, collectives] = await Promise.all([
    caseRepository.activeOfficers(db, caseId),
    repo.handlersEver(db, caseId),
    repo.approvals(db, caseId),
    repo.legalReviewers(db, caseId),
    caseRepository.proposals(db, caseId),
    procedureRepository.collective(db, caseId),
  ]);
  const handlers = active.length ? active.map((o) => o.userId) : ever;
  // The head of the handling section: who reviewed the report, else the section head of the case's unit.
  const sectionHeadId =
    approvals.find((a) => a.kind === 'report' && a.approverRole === 'section_head')?.decidedBy ??
    (await caseRepository.usersWithRole(db, 'section_head', lawCase.unitId))[0] ??
    null;
  const chain = approvals.map((a) => ({
    personId: a.decidedBy,
    role: roleOf(a.approverRole),
    what: `${APPROVAL_LABEL[a.kind] ?? a.kind}（同意）`,
    at: a.decidedAt.toISOString(),
    name: a.decidedByName,
  }));
  // A change after submission by someone who did not handle the case is a superior's change (第九条第四项).
  const changes = proposals.map((p, i) => {
    const prev = i > 0 ? proposals[i - 1]! : null;
    const bySuperior = !!prev && !!p.proposedBy && !ever.includes(p.proposedBy);
    return {
      row: p,
      prev,
      view: {
        version: p.version,
        byId: p.proposedBy,
        byName: p.proposedByName,
        stage: p.stage,
        at: p.proposedAt.toISOString(),
        reason: p.reason,
        summary: prev ? `${penaltyText(prev.penalty)} → ${penaltyText(p.penalty)}` : penaltyText(p.penalty),
        bySuperior,
      },
    };
  });
  const lastChange = [...changes].reverse().find((c) => c.view.bySuperior);
  const names = await caseRepository.userNames(db, [
    ...handlers,
    ...ever,
    ...(lastChange?.row.proposedBy ? [lastChange.row.proposedBy] : []),
  ]);
  for (const a of approvals) names.set(a.decidedBy, a.decidedByName);
  for (const l of legal) names.set(l.personId, l.name);
  const collective = collectives.at(-1) ?? null;
  const trail = [
    ...handlers.map((h) => ({
      personId: h,
      name: names.get(h) ?? '',
      role: 'handler' as const,
      what: '承办',
      at: null,
    })),
    ...chain.map(({ name, ...c }) => ({ ...c, name })),
    ...legal.map((l) => ({
      personId: l.personId,
      name: l.name,
      role: 'other' as const,
      what: `法制审核（${l.opinion === 'agree' ? '同意' : l.opinion === 'amend' ? '修改后同意' : '不同意'}）`,
      at: l.at.toISOString(),
    })),
    ...(lastChange?.row.proposedBy
      ? [
          {
            personId: lastChange.row.proposedBy,
            name: lastChange.row.proposedByName,
            role: 'superior' as const,
            what: `改变处理意见：${lastChange.view.summary}`,
            at: lastChange.view.at,
          },
        ]
      : []),
  ];
  const everyone = [
    ...new Set([
      ...ever,
      ...approvals.map((a) => a.decidedBy),
      ...legal.map((l) => l.personId),
      ...proposals.map((p) => p.proposedBy).filter((x): x is string => !!x),
    ]),
  ];
  return {
    lawCase,
    handlers,
    everyone,
    names,
    facts: {
      handlers,
      sectionHeadId,
      approvalRequired: lawCase.procedure === 'ordinary',
      approvals: chain.map((c) => ({ personId: c.personId, role: c.role })),
      changedBy: lastChange?.row.proposedBy
        ? {
            personId: lastChange.row.proposedBy,
            fromProposal: lastChange.prev ? penaltyText(lastChange.prev.penalty) : '',
            toDecision: penaltyText(lastChange.row.penalty),
            reason: lastChange.row.reason,
          }
        : null,
    },
    view: {
      procedure: lawCase.procedure === 'simple' ? '简易程序' : '普通程序',
      approvalRequired: lawCase.procedure === 'ordinary',
      trail,
      proposals: changes.map((c) => c.view),
      collective: collective
        ? {
            heldAt: collective.heldAt.toISOString(),
            conclusion: collective.conclusion,
            participants: collective.participants.map((p) => ({ name: p.name, dissent: p.dissent })),
          }
        : null,
    },
  };
}

/** The 第九条 proposal for these facts, and the grounds the system suggests (A2 from history, E2 for dissent). */
export async function proposeAllocation(
  db: Db | Tx,
  t: CaseTrail,
  input: z.infer<typeof AllocationFactsBody>,
  settings: RepeatSettings,
  on: LocalDate,
  matterId: string,
): Promise<{ shares: LiabilityShare[]; view: AllocationView }> {
  const facts: FaultFacts = {
    ...t.facts,
    approvalRequired: input.approvalRequired ?? t.facts.approvalRequired,
    misreportedBy: input.misreportedBy,
    sectionHeadConsented: input.sectionHeadConsented,
    changedBy: input.faultInChangedPart ? t.facts.changedBy : null,
  };
  const shares = allocateLiability(facts);
  const missing = shares.map((s) => s.personId).filter((id) => !t.names.has(id));
  if (missing.length)
    for (const [id, name] of await caseRepository.userNames(db, missing)) t.names.set(id, name);
  const nameOf = (id: string) => t.names.get(id) ?? '';
  const suggestions: Suggestion[] = [];
  for (const s of shares) {
    const prior = await repo.priorFaultDates(db, s.personId, matterId);
    const r = repeated(
      prior.map((p) => p.on),
      on,
      settings,
    );
    if (r.repeated)
      suggestions.push({
        personId: s.personId,
        name: nameOf(s.personId),
        code: 'A2',
        evidence: `${settings.repeatWindowMonths}个月内已被追究：${prior
          .filter((p) => r.within.includes(p.on))
          .map((p) => `${p.no}（${p.on}）`)
          .join('、')}`,
        note: `连同本次共${r.within.length + 1}次，达到“多次”（${settings.repeatThreshold}次）`,
      });
    const dissent = t.view.collective?.participants.find((p) => p.dissent && p.name === nameOf(s.personId));
    if (dissent && t.view.collective)
      suggestions.push({
        personId: s.personId,
        name: nameOf(s.personId),
        code: 'E2',
        evidence: `集体讨论记录（${localDateOfInstant(new Date(t.view.collective.heldAt))}）载明其发表了不同意见`,
        note: GROUND_CODE_LABELS.E2,
      });
  }
  const notes: string[] = [];
  if (!shares.length) notes.push('案件记录中没有可据以划分责任的人员，请调查人员书面说明理由后认定');
  if (t.facts.changedBy && !input.faultInChangedPart)
    notes.push('处理意见曾被上级领导改变，但过错不在改变部分，未适用第九条第四项');
  if (facts.approvalRequired && !t.facts.approvals.length)
    notes.push('应当审批的行为没有审批记录（第九条第二项）');
  return {
    shares,
    view: {
      ...t.view,
      approvalRequired: facts.approvalRequired,
      shares: shares.map((s) => ({ ...s, name: nameOf(s.personId) })),
      suggestions,
      notes,
    },
  };
}
