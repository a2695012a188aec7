/**
 * The 11 penalty-case 文书: for each kind its Chinese name, the character it carries in the 文号
 * (赤应急罚〔2026〕12号), its template, and one call to render it.
 *
 *   const pdf = await render('penalty_decision', model, 'pdf');
 *   const no = documentNumber({ prefix: '赤应急', code: DOCUMENT_KINDS.penalty_decision.code, year: 2026, serial: 12 });
 *
 * The codes are a proposal (one character per kind, after the 执法文书式样 habit of 罚 / 告 / 立); a bureau that
 * numbers differently passes its own code to `documentNumber`.
 */
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../../common/contracts/cases.js';
import { renderDocx, renderPdf, type DocSpec } from '../../../platform/docgen/index.js';
import type {
  CollectiveDiscussionRecordModel,
  DeliveryReceiptModel,
  EvidencePreservationNoticeModel,
  FilingApprovalModel,
  InquiryRecordModel,
  InspectionRecordModel,
  InvestigationReportModel,
  LegalReviewOpinionModel,
  OnTheSpotDecisionModel,
  PenaltyDecisionModel,
  PenaltyNoticeModel,
} from './models.js';
import { collectiveDiscussionRecord } from './templates/collective-discussion-record.js';
import { deliveryReceipt } from './templates/delivery-receipt.js';
import { evidencePreservationNotice } from './templates/evidence-preservation-notice.js';
import { filingApproval } from './templates/filing-approval.js';
import { inquiryRecord } from './templates/inquiry-record.js';
import { inspectionRecord } from './templates/inspection-record.js';
import { investigationReport } from './templates/investigation-report.js';
import { legalReviewOpinion } from './templates/legal-review-opinion.js';
import { onTheSpotDecision } from './templates/on-the-spot-decision.js';
import { penaltyDecision } from './templates/penalty-decision.js';
import { penaltyNotice } from './templates/penalty-notice.js';

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
}

export interface DocumentKindInfo<M> {
  /** 文书名称. */
  name: string;
  /** The character in the 文号 after the agency prefix: 赤应急{code}〔2026〕12号. */
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
};

/** The DocSpec of a document, for callers that want to inspect or post-process it before rendering. */
export function buildSpec<K extends DocumentKind>(kind: K, model: DocumentModels[K]): DocSpec {
  return DOCUMENT_KINDS[kind].template(model);
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
