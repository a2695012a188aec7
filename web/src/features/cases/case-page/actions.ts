import type { CaseAction } from '../../../../../common/contracts/cases';
import type { ApprovalKind, CaseDetail } from '../api-case';
import type { ModalRequest } from './context';

export interface ActionSpec {
  action: CaseAction;
  /** The button text (e2e finds buttons by it). */
  label: string;
  request: (lawCase: CaseDetail) => ModalRequest;
}

/** The approval abilities and the kind of pending approval each one decides. */
export const APPROVAL_ABILITIES: readonly { action: CaseAction; kind: ApprovalKind }[] = [
  { action: 'approveFiling', kind: 'filing' },
  { action: 'reviewReport', kind: 'report' },
  { action: 'approvePreservation', kind: 'preservation' },
  { action: 'approveDecision', kind: 'decision' },
  { action: 'approveExtension', kind: 'extension' },
];

/** The pending approvals this user may decide now (the server's abilities say which kinds). */
export function decidableApprovals(lawCase: CaseDetail) {
  const kinds = new Set(APPROVAL_ABILITIES.filter((a) => lawCase.abilities[a.action]).map((a) => a.kind));
  return lawCase.pendingApprovals.filter((p) => kinds.has(p.kind));
}

/**
 * Steps of the procedure, in the order a case moves through them: the buttons of 下一步, and only there, so that
 * each text names one button on the page. Work on the case's records (parties, violations, evidence, records,
 * the team) is done from the tab that shows them.
 */
export const STEP_ACTIONS: readonly ActionSpec[] = [
  { action: 'declareRecusal', label: '回避声明', request: () => ({ kind: 'recusal' }) },
  { action: 'submitReport', label: '提交调查报告', request: () => ({ kind: 'report' }) },
  { action: 'changeProposal', label: '变更处罚意见', request: () => ({ kind: 'proposalChange' }) },
  { action: 'issueNotice', label: '发出告知书', request: () => ({ kind: 'notice' }) },
  { action: 'recordNoticeDelivery', label: '记录告知书送达', request: () => ({ kind: 'noticeDelivery' }) },
  { action: 'recordStatement', label: '记录陈述申辩', request: () => ({ kind: 'statement' }) },
  {
    action: 'reviewStatement',
    label: '复核陈述申辩',
    request: () => ({ kind: 'statementReview', statement: null }),
  },
  {
    action: 'recordHearingResponse',
    label: '记录听证申请情况',
    request: () => ({ kind: 'hearingResponse' }),
  },
  { action: 'closeDefence', label: '结束陈述申辩期', request: () => ({ kind: 'closeDefence' }) },
  { action: 'submitLegalReview', label: '提交法制审核', request: () => ({ kind: 'legalReview' }) },
  { action: 'giveLegalOpinion', label: '出具审核意见', request: () => ({ kind: 'legalOpinion' }) },
  { action: 'recordCollective', label: '记录集体讨论', request: () => ({ kind: 'collective' }) },
  { action: 'requestDecision', label: '提请决定', request: () => ({ kind: 'decisionRequest' }) },
  { action: 'recordDelivery', label: '记录送达', request: () => ({ kind: 'delivery' }) },
  { action: 'fileBack', label: '简易程序备案', request: () => ({ kind: 'fileBack' }) },
  {
    action: 'decidePreservation',
    label: '先行登记保存处理决定',
    request: () => ({ kind: 'preservationDecision', preservation: null }),
  },
  { action: 'requestExtension', label: '申请延长办案期限', request: () => ({ kind: 'extension' }) },
];

/** Abilities exercised from a tab, and the tab: named in 下一步 as a pointer, not as buttons. */
export const TAB_ACTIONS: readonly { action: CaseAction; what: string; tab: string }[] = [
  { action: 'editParties', what: '当事人', tab: '基本情况' },
  { action: 'editViolations', what: '违法行为', tab: '基本情况' },
  { action: 'assignOfficers', what: '执法人员指派', tab: '基本情况' },
  { action: 'addEvidence', what: '证据', tab: '调查取证' },
  { action: 'recordInquiry', what: '询问笔录', tab: '调查取证' },
  { action: 'recordInspection', what: '现场检查记录', tab: '调查取证' },
  { action: 'requestPreservation', what: '先行登记保存', tab: '调查取证' },
];

export function allowed(lawCase: CaseDetail, specs: readonly ActionSpec[]): ActionSpec[] {
  return specs.filter((s) => lawCase.abilities[s.action]);
}
