import {
  CASE_ACTIONS,
  type CaseAbilities,
  type CaseStatus,
  type HearingStatus,
  type Procedure,
  type StatementStatus,
} from '../../../common/contracts/cases.js';
import type { Role } from '../../../common/roles.js';

/** Who asks: enough of the actor for record-level decisions. */
export interface CasePolicyActor {
  userId: string;
  roles: readonly Role[];
  unitId: string | null;
}

export interface PendingApprovalFacts {
  kind: 'filing' | 'report' | 'preservation' | 'extension' | 'decision';
  level: number;
  approverRole: string;
  requestedBy: string;
}

/** What the policy needs to know about a case (all loaded by the caller). */
export interface CaseFacts {
  status: CaseStatus;
  procedure: Procedure;
  unitId: string;
  /** The unit's 分管局领导, when recorded (org). */
  supervisingLeaderId: string | null;
  createdBy: string;
  officers: readonly { userId: string; recusal: 'pending' | 'none' | 'conflict' }[];
  pending: readonly PendingApprovalFacts[];
  hearingStatus: HearingStatus;
  statementStatus: StatementStatus;
  unreviewedStatements: number;
  noticeIssued: boolean;
  legalReviewPending: boolean;
  preservationsToDecide: number;
  filedBackOn: string | null;
}

/** Roles that see every case: leaders, the principal, legal reviewers and discipline (legal-spec §2, §3.2). */
const OVERSEERS: readonly Role[] = ['leader', 'principal', 'legal_reviewer', 'discipline'];
const HEADS: readonly Role[] = ['leader', 'principal'];

export function isOfficer(
  actor: CasePolicyActor,
  facts: { officers: readonly { userId: string }[] },
): boolean {
  return facts.officers.some((o) => o.userId === actor.userId);
}

function isUnitHead(actor: CasePolicyActor, facts: Pick<CaseFacts, 'unitId'>): boolean {
  return actor.roles.includes('section_head') && actor.unitId === facts.unitId;
}

/**
 * A case is visible to its officers and its creator, the head of its section, and the overseeing roles.
 * Everyone else gets a 404 (STYLE §5).
 */
export function canSeeCase(
  actor: CasePolicyActor,
  facts: Pick<CaseFacts, 'officers' | 'unitId' | 'createdBy'>,
): boolean {
  if (actor.roles.some((r) => OVERSEERS.includes(r))) return true;
  if (isUnitHead(actor, facts)) return true;
  return actor.userId === facts.createdBy || isOfficer(actor, facts);
}

/** The list scope matching canSeeCase. */
export type CaseScope =
  | { kind: 'all' }
  | { kind: 'unit-or-own'; unitId: string | null; userId: string }
  | { kind: 'own'; userId: string };
export function caseScope(actor: CasePolicyActor): CaseScope {
  if (actor.roles.some((r) => OVERSEERS.includes(r))) return { kind: 'all' };
  if (actor.roles.includes('section_head'))
    return { kind: 'unit-or-own', unitId: actor.unitId, userId: actor.userId };
  return { kind: 'own', userId: actor.userId };
}

/**
 * Whether the actor may decide a pending approval: the section head of the case's unit for 立案 (first level)
 * and 案件审核; the unit's 分管局领导 (or any leader when none is recorded) or the principal for the
 * second filing level, 先行登记保存, 办案期限延长 and the decision. Nobody approves a step of a case they
 * handle, nor their own request (a handler's approval is no approval).
 */
export function canDecideApproval(
  actor: CasePolicyActor,
  facts: Pick<CaseFacts, 'unitId' | 'supervisingLeaderId'> & { officers: readonly { userId: string }[] },
  approval: PendingApprovalFacts,
): boolean {
  if (isOfficer(actor, facts) || approval.requestedBy === actor.userId) return false;
  if (approval.approverRole === 'section_head') return isUnitHead(actor, facts);
  if (approval.approverRole === 'leader') {
    if (actor.roles.includes('principal')) return true;
    if (!actor.roles.includes('leader')) return false;
    return !facts.supervisingLeaderId || facts.supervisingLeaderId === actor.userId;
  }
  if (approval.approverRole === 'principal') return actor.roles.includes('principal');
  return false;
}

const OPEN_STATUSES: readonly CaseStatus[] = [
  'filing_review',
  'investigating',
  'report_review',
  'notice',
  'defence',
  'hearing',
  'legal_review',
  'decision',
];
const PROPOSAL_STAGES: readonly CaseStatus[] = ['report_review', 'notice', 'defence', 'decision'];
const EVIDENCE_STAGES: readonly CaseStatus[] = [
  'investigating',
  'report_review',
  'notice',
  'defence',
  'hearing',
  'decision',
];
/** The defence stage, and the hearing stage that a request opens within it (第六十四条). */
const DEFENCE_STAGES: readonly CaseStatus[] = ['defence', 'hearing'];

/**
 * The actions the actor may take on the case now. Stage and relationship only: the legal gates (windows,
 * required reviews, limits) are checked by the commands, which refuse with the rule and its basis.
 */
export function caseAbilities(actor: CasePolicyActor, facts: CaseFacts): CaseAbilities {
  const a = Object.fromEntries(CASE_ACTIONS.map((k) => [k, false])) as CaseAbilities;
  const handler = isOfficer(actor, facts) && actor.roles.some((r) => r === 'officer' || r === 'section_head');
  const s = facts.status;
  const pendingOf = (kind: PendingApprovalFacts['kind']) => facts.pending.find((p) => p.kind === kind);
  const mayDecide = (kind: PendingApprovalFacts['kind']) => {
    const p = pendingOf(kind);
    return !!p && canDecideApproval(actor, facts, p);
  };
  const approver =
    !isOfficer(actor, facts) && (isUnitHead(actor, facts) || actor.roles.some((r) => HEADS.includes(r)));

  if (facts.procedure === 'simple') {
    // Decided and delivered on the spot; once closed (结案) or archived (归档) the file takes nothing more.
    a.fileBack = handler && s === 'delivered' && !facts.filedBackOn;
    a.addEvidence = handler && s === 'delivered';
    return a;
  }
  a.approveFiling = mayDecide('filing');
  a.reviewReport = mayDecide('report');
  a.approvePreservation = mayDecide('preservation');
  a.approveExtension = mayDecide('extension');
  a.approveDecision = mayDecide('decision');

  a.editParties = handler && (s === 'filing_review' || s === 'investigating');
  a.editViolations = handler && s === 'investigating';
  a.assignOfficers =
    (isUnitHead(actor, facts) || actor.roles.some((r) => HEADS.includes(r))) &&
    (s === 'filing_review' || s === 'investigating' || s === 'report_review');
  a.declareRecusal =
    OPEN_STATUSES.includes(s) &&
    facts.officers.some((o) => o.userId === actor.userId && o.recusal === 'pending');
  a.addEvidence = handler && EVIDENCE_STAGES.includes(s);
  a.recordInquiry = handler && EVIDENCE_STAGES.includes(s);
  a.recordInspection = handler && EVIDENCE_STAGES.includes(s);
  a.requestPreservation = handler && s === 'investigating' && !pendingOf('preservation');
  a.decidePreservation = handler && facts.preservationsToDecide > 0;
  a.submitReport = handler && s === 'investigating' && !pendingOf('report');
  a.changeProposal = approver && PROPOSAL_STAGES.includes(s);
  a.issueNotice = handler && s === 'notice' && !facts.noticeIssued;
  a.recordNoticeDelivery = handler && s === 'notice' && facts.noticeIssued;
  a.recordStatement = handler && DEFENCE_STAGES.includes(s);
  a.reviewStatement = handler && DEFENCE_STAGES.includes(s) && facts.unreviewedStatements > 0;
  a.recordHearingResponse = handler && s === 'defence' && facts.hearingStatus === 'window_open';
  a.closeDefence = handler && DEFENCE_STAGES.includes(s);
  a.submitLegalReview = handler && s === 'decision' && !facts.legalReviewPending && !pendingOf('decision');
  // A reviewer who handled the case sees the button and is refused with 第五十八条 by the command.
  a.giveLegalOpinion =
    actor.roles.includes('legal_reviewer') && s === 'legal_review' && facts.legalReviewPending;
  a.recordCollective =
    actor.roles.some((r) => HEADS.includes(r)) && !isOfficer(actor, facts) && s === 'decision';
  a.requestDecision = handler && s === 'decision' && !pendingOf('decision');
  a.requestExtension =
    handler && OPEN_STATUSES.includes(s) && s !== 'filing_review' && !pendingOf('extension');
  a.recordDelivery = handler && s === 'decided';
  return a;
}
