/**
 * The penalty-case 文书: for each kind its Chinese name, the character(s) it carries in the 文号
 * (赤应急罚〔2026〕12号), its template, and one call to render it.
 *
 *   const pdf = await render('penalty_decision', model, 'pdf');
 *   const no = documentNumber({ prefix: '赤应急', code: DOCUMENT_KINDS.penalty_decision.code, year: 2026, serial: 12 });
 *
 * The codes are a proposal (one character per kind, after the 执法文书式样 habit of 罚 / 告 / 立; the hearing's
 * 文书 other than the 通知书 and the 回避决定书 take 听 and a second one: 听申, 听延, 听终, 听录, 听报; execution takes
 * 缓 for the 延期（分期）缴纳罚款决定书, 催 for the 催告书, 强 for the 强制执行申请书, and the 结案审批表 结, though
 * like the other 审批表 it is not numbered when issued); a bureau that numbers differently passes its own code to
 * `documentNumber`.
 */
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../../common/contracts/cases.js';
import { renderDocx, renderPdf, type BundleEntry, type DocSpec } from '../../../platform/docgen/index.js';
import type {
  ClosingApprovalModel,
  CollectiveDiscussionRecordModel,
  DeliveryReceiptModel,
  EnforcementApplicationModel,
  EvidencePreservationNoticeModel,
  FilingApprovalModel,
  HearingNoticeModel,
  HearingPostponementModel,
  HearingReportModel,
  HearingRequestRecordModel,
  HearingTerminationModel,
  HearingTranscriptModel,
  InquiryRecordModel,
  InspectionRecordModel,
  InvestigationReportModel,
  LegalReviewOpinionModel,
  OnTheSpotDecisionModel,
  PaymentDeferralDecisionModel,
  PaymentDemandModel,
  PenaltyDecisionModel,
  PenaltyNoticeModel,
  RecusalDecisionModel,
} from './models.js';
import { closingApproval } from './templates/closing-approval.js';
import { collectiveDiscussionRecord } from './templates/collective-discussion-record.js';
import { deliveryReceipt } from './templates/delivery-receipt.js';
import { enforcementApplication } from './templates/enforcement-application.js';
import { evidencePreservationNotice } from './templates/evidence-preservation-notice.js';
import { filingApproval } from './templates/filing-approval.js';
import { hearingNotice } from './templates/hearing-notice.js';
import { hearingPostponement } from './templates/hearing-postponement.js';
import { hearingReport } from './templates/hearing-report.js';
import { hearingRequestRecord } from './templates/hearing-request-record.js';
import { hearingTermination } from './templates/hearing-termination.js';
import { hearingTranscript } from './templates/hearing-transcript.js';
import { inquiryRecord } from './templates/inquiry-record.js';
import { inspectionRecord } from './templates/inspection-record.js';
import { investigationReport } from './templates/investigation-report.js';
import { legalReviewOpinion } from './templates/legal-review-opinion.js';
import { onTheSpotDecision } from './templates/on-the-spot-decision.js';
import { paymentDeferralDecision } from './templates/payment-deferral-decision.js';
import { paymentDemand } from './templates/payment-demand.js';
import { penaltyDecision } from './templates/penalty-decision.js';
import { penaltyNotice } from './templates/penalty-notice.js';
import { recusalDecision } from './templates/recusal-decision.js';

/** The view model each kind's template takes. */
export interface DocumentModels {
  filing_approval: FilingApprovalModel;
  inquiry_record: InquiryRecordModel;
  inspection_record: InspectionRecordModel;
  evidence_preservation_notice: EvidencePreservationNoticeModel;
  investigation_report: InvestigationReportModel;
  legal_review_opinion: LegalReviewOpinionModel;
  collective_discussion_record: CollectiveDiscussionRecordModel;
  penalty_notice: PenaltyNoticeModel;
  penalty_decision: PenaltyDecisionModel;
  delivery_receipt: DeliveryReceiptModel;
  on_the_spot_decision: OnTheSpotDecisionModel;
  hearing_request_record: HearingRequestRecordModel;
  hearing_notice: HearingNoticeModel;
  recusal_decision: RecusalDecisionModel;
  hearing_postponement: HearingPostponementModel;
  hearing_termination: HearingTerminationModel;
  hearing_transcript: HearingTranscriptModel;
  hearing_report: HearingReportModel;
  payment_deferral_decision: PaymentDeferralDecisionModel;
  payment_demand: PaymentDemandModel;
  enforcement_application: EnforcementApplicationModel;
  closing_approval: ClosingApprovalModel;
}

export interface DocumentKindInfo<M> {
  /** 文书名称. */
  name: string;
  /** The character(s) in the 文号 after the agency prefix: 赤应急{code}〔2026〕12号. */
  code: string;
  template: (model: M) => DocSpec;
}

export type DocumentFormat = 'pdf' | 'docx';

export const DOCUMENT_KINDS: { readonly [K in DocumentKind]: DocumentKindInfo<DocumentModels[K]> } = {
  filing_approval: { name: DOCUMENT_KIND_LABELS.filing_approval, code: '立', template: filingApproval },
  inquiry_record: { name: DOCUMENT_KIND_LABELS.inquiry_record, code: '询', template: inquiryRecord },
  inspection_record: { name: DOCUMENT_KIND_LABELS.inspection_record, code: '检', template: inspectionRecord },
  evidence_preservation_notice: {
    name: DOCUMENT_KIND_LABELS.evidence_preservation_notice,
    code: '保',
    template: evidencePreservationNotice,
  },
  investigation_report: {
    name: DOCUMENT_KIND_LABELS.investigation_report,
    code: '调',
    template: investigationReport,
  },
  legal_review_opinion: {
    name: DOCUMENT_KIND_LABELS.legal_review_opinion,
    code: '审',
    template: legalReviewOpinion,
  },
  collective_discussion_record: {
    name: DOCUMENT_KIND_LABELS.collective_discussion_record,
    code: '议',
    template: collectiveDiscussionRecord,
  },
  penalty_notice: { name: DOCUMENT_KIND_LABELS.penalty_notice, code: '告', template: penaltyNotice },
  penalty_decision: { name: DOCUMENT_KIND_LABELS.penalty_decision, code: '罚', template: penaltyDecision },
  delivery_receipt: { name: DOCUMENT_KIND_LABELS.delivery_receipt, code: '送', template: deliveryReceipt },
  on_the_spot_decision: {
    name: DOCUMENT_KIND_LABELS.on_the_spot_decision,
    code: '当',
    template: onTheSpotDecision,
  },
  hearing_request_record: {
    name: DOCUMENT_KIND_LABELS.hearing_request_record,
    code: '听申',
    template: hearingRequestRecord,
  },
  hearing_notice: { name: DOCUMENT_KIND_LABELS.hearing_notice, code: '听', template: hearingNotice },
  recusal_decision: { name: DOCUMENT_KIND_LABELS.recusal_decision, code: '避', template: recusalDecision },
  hearing_postponement: {
    name: DOCUMENT_KIND_LABELS.hearing_postponement,
    code: '听延',
    template: hearingPostponement,
  },
  hearing_termination: {
    name: DOCUMENT_KIND_LABELS.hearing_termination,
    code: '听终',
    template: hearingTermination,
  },
  hearing_transcript: {
    name: DOCUMENT_KIND_LABELS.hearing_transcript,
    code: '听录',
    template: hearingTranscript,
  },
  hearing_report: { name: DOCUMENT_KIND_LABELS.hearing_report, code: '听报', template: hearingReport },
  payment_deferral_decision: {
    name: DOCUMENT_KIND_LABELS.payment_deferral_decision,
    code: '缓',
    template: paymentDeferralDecision,
  },
  payment_demand: { name: DOCUMENT_KIND_LABELS.payment_demand, code: '催', template: paymentDemand },
  enforcement_application: {
    name: DOCUMENT_KIND_LABELS.enforcement_application,
    code: '强',
    template: enforcementApplication,
  },
  closing_approval: { name: DOCUMENT_KIND_LABELS.closing_approval, code: '结', template: closingApproval },
};

/** The DocSpec of a document, for callers that want to inspect or post-process it before rendering. */
export function buildSpec<K extends DocumentKind>(kind: K, model: DocumentModels[K]): DocSpec {
  return DOCUMENT_KINDS[kind].template(model);
}

/**
 * The DocSpec of a stored document from its kind and the model it was issued with (`official_documents.data`,
 * written by `issueDocument` through the kind's builder, so it has the kind's model shape).
 */
export function storedSpec(kind: DocumentKind, data: object): DocSpec {
  const template = DOCUMENT_KINDS[kind].template as (model: object) => DocSpec;
  return template(data);
}

/**
 * A stored document as an entry of the case-file bundle (`renderPdfBundle`): the spec rebuilt from the model it was
 * issued with, listed under the kind's name, its 文号 and its date.
 */
export function bundleEntry<K extends DocumentKind>(kind: K, model: DocumentModels[K]): BundleEntry {
  const spec = buildSpec(kind, model);
  const number = (model as { documentNo?: string }).documentNo;
  return { title: DOCUMENT_KINDS[kind].name, ...(number ? { number } : {}), date: spec.issuedAt, spec };
}

/** Renders a document of the given kind: PDF (the record, byte-stable) or DOCX (the editable copy). */
export async function render<K extends DocumentKind>(
  kind: K,
  model: DocumentModels[K],
  format: DocumentFormat,
): Promise<Buffer> {
  const spec = buildSpec(kind, model);
  return format === 'pdf' ? renderPdf(spec) : renderDocx(spec);
}

/** 文号: prefix (the agency's abbreviation, 赤应急), code, year in 〔〕 and serial: 赤应急罚〔2026〕12号. */
export function documentNumber(n: { prefix: string; code: string; year: number; serial: number }): string {
  return `${n.prefix}${n.code}〔${n.year}〕${n.serial}号`;
}
