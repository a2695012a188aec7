import {
  bigint,
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  AvStep,
  CaseSettingsValues,
  CaseStatus,
  CollectiveConclusion,
  CustodyAction,
  DeliveryMethod,
  EvidenceKind,
  FormNumberStatus,
  HearingStatus,
  LegalOpinion,
  Outcome,
  PartyKind,
  Penalty,
  PenaltyKind,
  Procedure,
  SourceKind,
  SourceStatus,
  StatementReviewResult,
  StatementStatus,
} from '../../../common/contracts/cases.js';
import type { EnforcementCategory } from '../../../common/contracts/personnel.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });

export interface StoredBand {
  level: 'minor' | 'general' | 'serious' | 'especially_serious';
  circumstances: string;
  fineMinFen: number | null;
  fineMaxFen: number | null;
  otherPenalties: PenaltyKind[];
  note?: string;
}
export interface StoredRange {
  fineMinFen: number | null;
  fineMaxFen: number | null;
  kinds: PenaltyKind[];
  text: string;
}

export const caseSettings = pgTable('case_settings', {
  effectiveFrom: day('effective_from').primaryKey(),
  settings: jsonb('settings').$type<CaseSettingsValues>().notNull(),
  note: text('note').notNull(),
  createdBy: uuid('created_by'),
  createdByName: text('created_by_name').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const violationTypes = pgTable('violation_types', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  category: text('category').$type<EnforcementCategory>().notNull(),
  violatedProvision: text('violated_provision').notNull(),
  penaltyProvision: text('penalty_provision').notNull(),
  statutoryRange: jsonb('statutory_range').$type<StoredRange>().notNull(),
  correctionOrder: boolean('correction_order').notNull().default(false),
  bands: jsonb('bands').$type<StoredBand[]>().notNull(),
  appliesTo: text('applies_to').array().$type<PartyKind[]>().notNull(),
  sourceTag: text('source_tag').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
export type ViolationTypeRow = typeof violationTypes.$inferSelect;

export const numberSequences = pgTable(
  'number_sequences',
  {
    scope: text('scope').notNull(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scope, t.year] })],
);

export const caseSources = pgTable('case_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  sourceNo: text('source_no').notNull(),
  kind: text('kind').$type<SourceKind>().notNull(),
  receivedOn: day('received_on').notNull(),
  subjectName: text('subject_name').notNull(),
  subjectAddress: text('subject_address'),
  summary: text('summary').notNull(),
  informant: text('informant'),
  unitId: uuid('unit_id').notNull(),
  status: text('status').$type<SourceStatus>().notNull().default('registered'),
  triageNote: text('triage_note'),
  triagedBy: uuid('triaged_by'),
  triagedAt: ts('triaged_at'),
  registeredBy: uuid('registered_by').notNull(),
  registeredAt: ts('registered_at').notNull().defaultNow(),
});
export type CaseSourceRow = typeof caseSources.$inferSelect;

export const cases = pgTable('cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseNo: text('case_no'),
  caseYear: integer('case_year'),
  caseSeq: integer('case_seq'),
  procedure: text('procedure').$type<Procedure>().notNull(),
  sourceId: uuid('source_id'),
  unitId: uuid('unit_id').notNull(),
  title: text('title').notNull(),
  category: text('category').$type<EnforcementCategory>().notNull(),
  status: text('status').$type<CaseStatus>().notNull(),
  actDate: day('act_date').notNull(),
  actContinuing: boolean('act_continuing').notNull().default(false),
  discoveredOn: day('discovered_on').notNull(),
  extendedLimitation: boolean('extended_limitation').notNull().default(false),
  limitationUntil: day('limitation_until').notNull(),
  filedOn: day('filed_on'),
  facts: text('facts').notNull().default(''),
  place: text('place'),
  flagMajorPublicInterest: boolean('flag_major_public_interest').notNull().default(false),
  flagMajorRights: boolean('flag_major_rights').notNull().default(false),
  flagComplex: boolean('flag_complex').notNull().default(false),
  flagOtherLaw: boolean('flag_other_law').notNull().default(false),
  crimeSuspected: boolean('crime_suspected').notNull().default(false),
  outcome: text('outcome').$type<Outcome>(),
  proposedPenalty: jsonb('proposed_penalty').$type<Penalty>(),
  noticedPenalty: jsonb('noticed_penalty').$type<Penalty>(),
  decidedPenalty: jsonb('decided_penalty').$type<Penalty>(),
  fineFen: bigint('fine_fen', { mode: 'number' }),
  hearingEligible: boolean('hearing_eligible').notNull().default(false),
  hearingStatus: text('hearing_status').$type<HearingStatus>().notNull().default('not_applicable'),
  legalReviewRequired: boolean('legal_review_required').notNull().default(false),
  collectiveRequired: boolean('collective_required').notNull().default(false),
  noticeDeliveredOn: day('notice_delivered_on'),
  statementStatus: text('statement_status').$type<StatementStatus>().notNull().default('none'),
  decidedOn: day('decided_on'),
  decisionNo: text('decision_no'),
  deliveredOn: day('delivered_on'),
  formSerial: text('form_serial'),
  filedBackOn: day('filed_back_on'),
  partyNames: text('party_names').notNull().default(''),
  officerIds: uuid('officer_ids').array().notNull().default([]),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
export type CaseRow = typeof cases.$inferSelect;

export const caseParties = pgTable('case_parties', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').$type<PartyKind>().notNull(),
  name: text('name').notNull(),
  idKind: text('id_kind').$type<'uscc' | 'id_card' | 'other'>().notNull(),
  idNumberCipher: text('id_number_cipher').notNull(),
  idNumberMasked: text('id_number_masked').notNull(),
  address: text('address'),
  legalRep: text('legal_rep'),
  phone: text('phone'),
  isMinor: boolean('is_minor').notNull().default(false),
  limitedCapacity: boolean('limited_capacity').notNull().default(false),
  eDeliveryConsent: boolean('e_delivery_consent').notNull().default(false),
  eDeliveryAddress: text('e_delivery_address'),
  consentBlobKey: text('consent_blob_key'),
  consentSm3: text('consent_sm3'),
  consentFileName: text('consent_file_name'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type CasePartyRow = typeof caseParties.$inferSelect;

export const caseViolations = pgTable('case_violations', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  violationTypeId: uuid('violation_type_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  violatedProvision: text('violated_provision').notNull(),
  penaltyProvision: text('penalty_provision').notNull(),
  band: jsonb('band').$type<StoredBand | null>(),
  circumstances: text('circumstances').notNull().default(''),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type CaseViolationRow = typeof caseViolations.$inferSelect;

export const caseOfficers = pgTable('case_officers', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  userId: uuid('user_id').notNull(),
  role: text('role').$type<'lead' | 'assistant'>().notNull(),
  assignedBy: uuid('assigned_by').notNull(),
  assignedAt: ts('assigned_at').notNull().defaultNow(),
  recusal: text('recusal').$type<'pending' | 'none' | 'conflict'>().notNull().default('pending'),
  recusalNote: text('recusal_note'),
  recusalDeclaredAt: ts('recusal_declared_at'),
  removedAt: ts('removed_at'),
  removedReason: text('removed_reason'),
});
export type CaseOfficerRow = typeof caseOfficers.$inferSelect;

export const caseSteps = pgTable('case_steps', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').notNull(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  actorRole: text('actor_role'),
  decision: text('decision'),
  opinion: text('opinion'),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  at: ts('at').notNull().defaultNow(),
});
export type CaseStepRow = typeof caseSteps.$inferSelect;

export type ApprovalKind = 'filing' | 'report' | 'preservation' | 'extension' | 'decision';
export const caseApprovals = pgTable('case_approvals', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').$type<ApprovalKind>().notNull(),
  level: integer('level').notNull().default(1),
  approverRole: text('approver_role').$type<'section_head' | 'leader' | 'principal'>().notNull(),
  subjectId: uuid('subject_id'),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  status: text('status')
    .$type<'pending' | 'approved' | 'rejected' | 'returned'>()
    .notNull()
    .default('pending'),
  requestedBy: uuid('requested_by').notNull(),
  requestedAt: ts('requested_at').notNull().defaultNow(),
  decidedBy: uuid('decided_by'),
  decidedAt: ts('decided_at'),
  opinion: text('opinion'),
});
export type CaseApprovalRow = typeof caseApprovals.$inferSelect;

export const penaltyProposals = pgTable('penalty_proposals', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  version: integer('version').notNull(),
  stage: text('stage').notNull(),
  outcome: text('outcome').$type<Outcome>().notNull(),
  penalty: jsonb('penalty').$type<Penalty>().notNull(),
  reason: text('reason').notNull().default(''),
  proposedBy: uuid('proposed_by'),
  proposedByName: text('proposed_by_name').notNull(),
  proposedAt: ts('proposed_at').notNull().defaultNow(),
});
export type PenaltyProposalRow = typeof penaltyProposals.$inferSelect;

export const evidenceItems = pgTable('evidence_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  seq: integer('seq').notNull(),
  kind: text('kind').$type<EvidenceKind>().notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  providedBy: text('provided_by'),
  collectedBy: uuid('collected_by').array().notNull(),
  collectedAt: ts('collected_at').notNull(),
  place: text('place').notNull(),
  step: text('step').$type<AvStep | null>(),
  lawfullyObtained: boolean('lawfully_obtained').notNull().default(true),
  unlawfulNote: text('unlawful_note'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type EvidenceItemRow = typeof evidenceItems.$inferSelect;

export const evidenceFiles = pgTable('evidence_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  evidenceId: uuid('evidence_id').notNull(),
  caseId: uuid('case_id').notNull(),
  blobKey: text('blob_key').notNull(),
  fileName: text('file_name').notNull(),
  mime: text('mime'),
  size: bigint('size', { mode: 'number' }).notNull(),
  sm3: text('sm3').notNull(),
  isAv: boolean('is_av').notNull().default(false),
  deviceNo: text('device_no'),
  recordedFrom: ts('recorded_from'),
  recordedTo: ts('recorded_to'),
  uploadedBy: uuid('uploaded_by').notNull(),
  uploadedAt: ts('uploaded_at').notNull().defaultNow(),
});
export type EvidenceFileRow = typeof evidenceFiles.$inferSelect;

export const evidenceCustody = pgTable('evidence_custody', {
  id: uuid('id').primaryKey().defaultRandom(),
  evidenceId: uuid('evidence_id').notNull(),
  caseId: uuid('case_id').notNull(),
  at: ts('at').notNull(),
  action: text('action').$type<CustodyAction>().notNull(),
  fromPerson: text('from_person'),
  toPerson: text('to_person'),
  place: text('place'),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});
export type EvidenceCustodyRow = typeof evidenceCustody.$inferSelect;

export const caseRecords = pgTable('case_records', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').$type<'inquiry' | 'inspection'>().notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  evidenceId: uuid('evidence_id'),
  documentId: uuid('document_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type CaseRecordRow = typeof caseRecords.$inferSelect;

export interface PreservedItem {
  name: string;
  spec: string;
  quantity: string;
  note: string;
}
export const evidencePreservations = pgTable('evidence_preservations', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  items: jsonb('items').$type<PreservedItem[]>().notNull(),
  place: text('place').notNull(),
  reason: text('reason').notNull(),
  status: text('status')
    .$type<'pending' | 'rejected' | 'preserved' | 'decided'>()
    .notNull()
    .default('pending'),
  requestedBy: uuid('requested_by').notNull(),
  requestedAt: ts('requested_at').notNull().defaultNow(),
  approvedBy: uuid('approved_by'),
  approvedAt: ts('approved_at'),
  preservedOn: day('preserved_on'),
  deadlineId: uuid('deadline_id'),
  noticeDocumentId: uuid('notice_document_id'),
  decision: text('decision').$type<'return' | 'confiscate' | 'seize' | 'transfer' | 'test' | 'other'>(),
  decisionNote: text('decision_note'),
  decidedOn: day('decided_on'),
  decidedBy: uuid('decided_by'),
});
export type PreservationRow = typeof evidencePreservations.$inferSelect;

export const caseStatements = pgTable('case_statements', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').$type<'statement' | 'waiver'>().notNull(),
  receivedOn: day('received_on').notNull(),
  channel: text('channel').$type<'written' | 'oral' | 'post' | 'electronic'>().notNull(),
  content: text('content').notNull(),
  reviewResult: text('review_result').$type<StatementReviewResult>(),
  reviewReason: text('review_reason'),
  reviewedBy: uuid('reviewed_by'),
  reviewedAt: ts('reviewed_at'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});
export type StatementRow = typeof caseStatements.$inferSelect;

export interface MissingAv {
  step: string;
  label: string;
  detail: string;
}
export interface ChecklistEntry {
  key: string;
  ok: boolean;
  note: string;
}
export const legalReviews = pgTable('legal_reviews', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  round: integer('round').notNull(),
  grounds: jsonb('grounds').$type<string[]>().notNull(),
  materialsNote: text('materials_note').notNull().default(''),
  missingAv: jsonb('missing_av').$type<MissingAv[]>().notNull().default([]),
  submittedBy: uuid('submitted_by').notNull(),
  submittedAt: ts('submitted_at').notNull().defaultNow(),
  dueOn: day('due_on'),
  reviewerId: uuid('reviewer_id'),
  reviewerName: text('reviewer_name'),
  opinion: text('opinion').$type<LegalOpinion>(),
  checklist: jsonb('checklist').$type<ChecklistEntry[]>(),
  reasons: text('reasons'),
  reviewedAt: ts('reviewed_at'),
  documentId: uuid('document_id'),
});
export type LegalReviewRow = typeof legalReviews.$inferSelect;

export interface Participant {
  name: string;
  title: string;
  opinion: string;
  dissent: boolean;
}
export const collectiveDiscussions = pgTable('collective_discussions', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  heldAt: ts('held_at').notNull(),
  place: text('place').notNull(),
  chairId: uuid('chair_id').notNull(),
  chairName: text('chair_name').notNull(),
  recorderName: text('recorder_name').notNull(),
  participants: jsonb('participants').$type<Participant[]>().notNull(),
  minutes: text('minutes').notNull(),
  conclusion: text('conclusion').$type<CollectiveConclusion>().notNull(),
  conclusionNote: text('conclusion_note').notNull().default(''),
  penalty: jsonb('penalty').$type<Penalty | null>(),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
  documentId: uuid('document_id'),
});
export type CollectiveRow = typeof collectiveDiscussions.$inferSelect;

export const officialDocuments = pgTable('official_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id'),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  number: text('number'),
  version: integer('version').notNull().default(1),
  supersedesId: uuid('supersedes_id'),
  correctionReason: text('correction_reason'),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  pdfKey: text('pdf_key').notNull(),
  pdfSm3: text('pdf_sm3').notNull(),
  pdfSize: integer('pdf_size').notNull(),
  docxKey: text('docx_key').notNull(),
  docxSm3: text('docx_sm3').notNull(),
  docxSize: integer('docx_size').notNull(),
  issuedBy: uuid('issued_by'),
  issuedByName: text('issued_by_name').notNull(),
  issuedAt: ts('issued_at').notNull().defaultNow(),
});
export type OfficialDocumentRow = typeof officialDocuments.$inferSelect;

export const deliveries = pgTable('deliveries', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  documentId: uuid('document_id').notNull(),
  method: text('method').$type<DeliveryMethod>().notNull(),
  recipient: text('recipient').notNull(),
  deliveredAt: ts('delivered_at').notNull(),
  effectiveOn: day('effective_on').notNull(),
  place: text('place'),
  witnesses: jsonb('witnesses').$type<string[]>().notNull().default([]),
  refusedToSign: boolean('refused_to_sign').notNull().default(false),
  postNo: text('post_no'),
  eAddress: text('e_address'),
  noticeMedium: text('notice_medium'),
  reason: text('reason'),
  receiptDocumentId: uuid('receipt_document_id'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});
export type DeliveryRow = typeof deliveries.$inferSelect;

export const formBooks = pgTable('form_books', {
  id: uuid('id').primaryKey().defaultRandom(),
  prefix: text('prefix').notNull(),
  firstNo: integer('first_no').notNull(),
  lastNo: integer('last_no').notNull(),
  holderId: uuid('holder_id').notNull(),
  allocatedBy: uuid('allocated_by').notNull(),
  allocatedAt: ts('allocated_at').notNull().defaultNow(),
  note: text('note').notNull().default(''),
});
export type FormBookRow = typeof formBooks.$inferSelect;

export const formNumbers = pgTable('form_numbers', {
  serial: text('serial').primaryKey(),
  bookId: uuid('book_id').notNull(),
  number: integer('number').notNull(),
  status: text('status').$type<FormNumberStatus>().notNull().default('allocated'),
  caseId: uuid('case_id'),
  reason: text('reason'),
  changedBy: uuid('changed_by'),
  changedAt: ts('changed_at'),
});
export type FormNumberRow = typeof formNumbers.$inferSelect;
