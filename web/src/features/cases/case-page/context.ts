import { createContext, useContext } from 'react';
import type {
  CaseDetail,
  CaseOfficer,
  Evidence,
  OfficialDocument,
  PartyView,
  PendingApproval,
  Preservation,
  Statement,
} from '../api-case';

export type ApprovalDecision = 'approve' | 'reject' | 'return';

/** Every modal of the case page, with what it is opened on. One is open at a time. */
export type ModalRequest =
  | { kind: 'approval'; approval: PendingApproval; decision: ApprovalDecision }
  | { kind: 'party'; party: PartyView | null }
  | { kind: 'consent'; party: PartyView }
  | { kind: 'violation' }
  | { kind: 'assignOfficer' }
  | { kind: 'removeOfficer'; officer: CaseOfficer }
  | { kind: 'recusal' }
  | { kind: 'evidence' }
  | { kind: 'upload'; evidence: Evidence }
  | { kind: 'custody'; evidence: Evidence }
  | { kind: 'inquiry' }
  | { kind: 'inspection' }
  | { kind: 'preservation' }
  | { kind: 'preservationDecision'; preservation: Preservation | null }
  | { kind: 'report' }
  | { kind: 'proposalChange' }
  | { kind: 'notice' }
  | { kind: 'noticeDelivery' }
  | { kind: 'statement' }
  | { kind: 'statementReview'; statement: Statement | null }
  | { kind: 'hearingResponse' }
  | { kind: 'closeDefence' }
  | { kind: 'legalReview' }
  | { kind: 'legalOpinion' }
  | { kind: 'collective' }
  | { kind: 'decisionRequest' }
  | { kind: 'extension' }
  | { kind: 'delivery' }
  | { kind: 'fileBack' }
  | { kind: 'correctDocument'; document: OfficialDocument };

export type ModalKind = ModalRequest['kind'];

export interface CaseContextValue {
  lawCase: CaseDetail;
  open: (request: ModalRequest) => void;
}

export const CaseContext = createContext<CaseContextValue | null>(null);

/** The case on the page and the opener of its modals; only inside <CasePage>. */
export function useCaseContext(): CaseContextValue {
  const v = useContext(CaseContext);
  if (!v) throw new Error('useCaseContext outside <CasePage>');
  return v;
}
