import type { CaseDetail } from '../api-case';
import { ApprovalModal } from './approval-modal';
import { CollectiveModal } from './collective-modal';
import type { ModalRequest } from './context';
import { CorrectDocumentModal, DecisionRequestModal, ExtensionModal, FileBackModal } from './decision-modals';
import { HearingResponseModal, StatementModal, StatementReviewModal } from './defence-modals';
import { DeliveryModal } from './delivery-modal';
import { CloseDefenceModal, NoticeModal } from './notice-modals';
import { CustodyModal, EvidenceModal } from './evidence-modals';
import { ConsentModal, PartyModal } from './party-modals';
import { PreservationDecisionModal, PreservationModal } from './preservation-modals';
import { InquiryModal, InspectionModal } from './record-modals';
import { ProposalChangeModal, ReportModal } from './report-modals';
import { LegalOpinionModal, LegalReviewSubmitModal } from './review-modals';
import { AssignOfficerModal, RecusalModal, RemoveOfficerModal } from './team-modals';
import { UploadModal } from './upload-modal';
import { ViolationModal } from './violation-modal';

/**
 * The open modal of the case page. Mounted only while open, so that each opening starts from the case as it is
 * now (a fresh form, fresh initial values).
 */
export function CaseModals({
  lawCase,
  request,
  onClose,
}: {
  lawCase: CaseDetail;
  request: ModalRequest | null;
  onClose: () => void;
}) {
  if (!request) return null;
  const id = lawCase.id;
  const common = { lawCase, onClose };
  switch (request.kind) {
    case 'approval':
      return (
        <ApprovalModal
          caseId={id}
          approval={request.approval}
          decision={request.decision}
          onClose={onClose}
        />
      );
    case 'party':
      return <PartyModal caseId={id} party={request.party} onClose={onClose} />;
    case 'consent':
      return <ConsentModal caseId={id} party={request.party} onClose={onClose} />;
    case 'violation':
      return <ViolationModal {...common} />;
    case 'assignOfficer':
      return <AssignOfficerModal {...common} />;
    case 'removeOfficer':
      return <RemoveOfficerModal caseId={id} officer={request.officer} onClose={onClose} />;
    case 'recusal':
      return <RecusalModal caseId={id} onClose={onClose} />;
    case 'evidence':
      return <EvidenceModal {...common} />;
    case 'upload':
      return <UploadModal caseId={id} evidence={request.evidence} onClose={onClose} />;
    case 'custody':
      return <CustodyModal caseId={id} evidence={request.evidence} onClose={onClose} />;
    case 'inquiry':
      return <InquiryModal {...common} />;
    case 'inspection':
      return <InspectionModal {...common} />;
    case 'preservation':
      return <PreservationModal {...common} />;
    case 'preservationDecision':
      return <PreservationDecisionModal {...common} preservation={request.preservation} />;
    case 'report':
      return <ReportModal {...common} />;
    case 'proposalChange':
      return <ProposalChangeModal {...common} />;
    case 'notice':
      return <NoticeModal {...common} />;
    case 'noticeDelivery':
      return <DeliveryModal {...common} what="notice" />;
    case 'statement':
      return <StatementModal caseId={id} onClose={onClose} />;
    case 'statementReview':
      return <StatementReviewModal {...common} statement={request.statement} />;
    case 'hearingResponse':
      return <HearingResponseModal caseId={id} onClose={onClose} />;
    case 'closeDefence':
      return <CloseDefenceModal {...common} />;
    case 'legalReview':
      return <LegalReviewSubmitModal {...common} />;
    case 'legalOpinion':
      return <LegalOpinionModal {...common} />;
    case 'collective':
      return <CollectiveModal {...common} />;
    case 'decisionRequest':
      return <DecisionRequestModal {...common} />;
    case 'extension':
      return <ExtensionModal caseId={id} onClose={onClose} />;
    case 'delivery':
      return <DeliveryModal {...common} what="decision" />;
    case 'fileBack':
      return <FileBackModal caseId={id} onClose={onClose} />;
    case 'correctDocument':
      return <CorrectDocumentModal caseId={id} document={request.document} onClose={onClose} />;
  }
}
