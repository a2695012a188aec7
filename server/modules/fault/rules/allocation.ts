/**
 * 第九条 of 《赤峰市应急管理局行政执法过错责任追究制度》 as a decision table (legal-spec §3.6): who answers for an
 * enforcement fault, at which level, and by which rule, computed from what the case's trail shows. Pure.
 *
 * Groundwork for issue 9 (fault liability): the fault module that reads the trail and lets investigators override
 * the proposal (with a written reason) is still to be built.
 */

export type LiabilityLevel = 'sole' | 'main' | 'some';
export type LiabilityRule = 'R1' | 'R2a' | 'R2b' | 'R3' | 'R4';
export type TrailRole = 'handler' | 'section_head' | 'reviewer' | 'approver' | 'superior';

export interface LiabilityShare {
  personId: string;
  role: TrailRole;
  level: LiabilityLevel;
  rule: LiabilityRule;
  /** The article the share rests on, for the 认定书. */
  basis: string;
}

/** What the trail says about the faulty act. */
export interface FaultFacts {
  /** The handlers of the act (承办人员). */
  handlers: readonly string[];
  /** The head of the handling section or unit (承办科室或单位负责人), when known. */
  sectionHeadId: string | null;
  /** 第九条第一项: a handler misreported facts, hid evidence or gave false evidence, misleading the deciders. */
  misreportedBy: readonly string[];
  /** Whether the act needed approval (审批). */
  approvalRequired: boolean;
  /** The approvals and reviews the act went through (审批人, 审核科室或单位负责人), in order. */
  approvals: readonly { personId: string; role: 'reviewer' | 'approver' }[];
  /** 第九条第二项: the act was done without the approval it needed, with the section head's consent. */
  sectionHeadConsented: boolean;
  /** 第九条第四项: a superior changed the section's proposal, and the fault lies in the changed part. */
  changedBy: { personId: string; fromProposal: string; toDecision: string; reason: string } | null;
}

const RULE = '《赤峰市应急管理局行政执法过错责任追究制度》第九条';
const ITEM: Record<LiabilityRule, string> = {
  R1: `${RULE}第一项`,
  R2a: `${RULE}第二项`,
  R2b: `${RULE}第二项`,
  R3: `${RULE}第三项`,
  R4: `${RULE}第四项`,
};

function share(
  personId: string,
  role: TrailRole,
  level: LiabilityLevel,
  rule: LiabilityRule,
): LiabilityShare {
  return { personId, role, level, rule, basis: ITEM[rule] };
}

/**
 * The proposed shares, strongest situation first:
 * - 第四项: a superior who changed the proposal answers alone for the changed act;
 * - 第二项: no approval although one was needed — the handlers wholly, or the section head wholly if he consented
 *   (nobody, when he consented but the trail does not name him);
 * - 第一项: a handler who misreported bears the main liability and the section head some; this defeats the
 *   approvers' main liability under 第三项 (they decided on false facts);
 * - 第三项: an approved or reviewed act — the approvers and reviewing heads mainly.
 * Returns no shares when the trail names nobody (the investigators then allocate by hand, with a reason).
 */
export function allocateLiability(f: FaultFacts): LiabilityShare[] {
  if (f.changedBy) return [share(f.changedBy.personId, 'superior', 'sole', 'R4')];
  if (f.approvalRequired && f.approvals.length === 0) {
    // A consented skip puts the whole liability on the head and none on the handlers; when the trail does not
    // name the head, nobody is proposed rather than the handlers, whom 第二项 then does not make liable.
    if (f.sectionHeadConsented)
      return f.sectionHeadId ? [share(f.sectionHeadId, 'section_head', 'sole', 'R2b')] : [];
    return f.handlers.map((h) => share(h, 'handler', 'sole', 'R2a'));
  }
  if (f.misreportedBy.length) {
    const out = f.misreportedBy.map((h) => share(h, 'handler', 'main', 'R1'));
    if (f.sectionHeadId && !f.misreportedBy.includes(f.sectionHeadId))
      out.push(share(f.sectionHeadId, 'section_head', 'some', 'R1'));
    return out;
  }
  const seen = new Set<string>();
  return f.approvals
    .filter((a) => !seen.has(a.personId) && seen.add(a.personId))
    .map((a) => share(a.personId, a.role, 'main', 'R3'));
}
