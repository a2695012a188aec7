/**
 * Drizzle models of the execution tables (db/migrations/20261124T1400_execution.sql). Only
 * execution.repository.ts queries them.
 */
import { bigint, boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  BudgetLevel,
  ChallengeKind,
  ClosingReason,
  FineStage,
  LineStatus,
  LoanStatus,
  OnSpotGroundKey,
  PaymentSource,
  ReceiptStatus,
  Retention,
  ScheduleKind,
} from '../../../common/contracts/execution.js';
import type { ManifestEntry } from '../../../common/contracts/execution.js';
import type { ChallengeResult } from '../../../common/contracts/fault.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const fen = (name: string) => bigint(name, { mode: 'number' });

export const collectionAgreements = pgTable('collection_agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  bankName: text('bank_name').notNull(),
  bankAddress: text('bank_address').notNull(),
  accountName: text('account_name').notNull(),
  accountNumber: text('account_number').notNull(),
  outlets: jsonb('outlets').$type<{ name: string; address: string }[]>().notNull().default([]),
  ePayment: text('e_payment'),
  budgetSubject: text('budget_subject').notNull(),
  budgetLevel: text('budget_level').$type<BudgetLevel>().notNull(),
  reportingMethod: text('reporting_method').notNull(),
  reportingFrequency: text('reporting_frequency').notNull(),
  signedOn: date('signed_on').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  filedSuperiorOn: date('filed_superior_on'),
  filedFinanceOn: date('filed_finance_on'),
  terminatedOn: date('terminated_on'),
  terminatedReason: text('terminated_reason'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
export type AgreementRow = typeof collectionAgreements.$inferSelect;

export const fineObligations = pgTable('fine_obligations', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  decisionNo: text('decision_no').notNull(),
  partyName: text('party_name').notNull(),
  procedure: text('procedure').$type<'ordinary' | 'simple'>().notNull(),
  unitId: uuid('unit_id').notNull(),
  amountFen: fen('amount_fen').notNull(),
  decidedOn: date('decided_on').notNull(),
  deliveredOn: date('delivered_on').notNull(),
  dueOn: date('due_on').notNull(),
  surchargeDeclared: boolean('surcharge_declared').notNull(),
  agreementId: uuid('agreement_id'),
  stage: text('stage').$type<FineStage>().notNull().default('due'),
  paidFen: fen('paid_fen').notNull().default(0),
  surchargePaidFen: fen('surcharge_paid_fen').notNull().default(0),
  paidInFullOn: date('paid_in_full_on'),
  terminatedReason: text('terminated_reason'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
export type ObligationRow = typeof fineObligations.$inferSelect;

export const fineSchedules = pgTable('fine_schedules', {
  id: uuid('id').primaryKey().defaultRandom(),
  obligationId: uuid('obligation_id').notNull(),
  kind: text('kind').$type<ScheduleKind>().notNull(),
  appliedOn: date('applied_on').notNull(),
  reason: text('reason').notNull(),
  items: jsonb('items').$type<{ dueOn: string; amountFen: number }[]>().notNull(),
  status: text('status').$type<'pending' | 'approved' | 'rejected'>().notNull().default('pending'),
  appliedBy: uuid('applied_by').notNull(),
  decidedBy: uuid('decided_by'),
  decidedByName: text('decided_by_name'),
  decidedAt: ts('decided_at'),
  opinion: text('opinion'),
  documentId: uuid('document_id'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type ScheduleRow = typeof fineSchedules.$inferSelect;

export const bankStatements = pgTable('bank_statements', {
  id: uuid('id').primaryKey().defaultRandom(),
  agreementId: uuid('agreement_id'),
  source: text('source').$type<'bank' | 'e_payment'>().notNull(),
  fileName: text('file_name').notNull(),
  fileSm3: text('file_sm3').notNull(),
  lineCount: integer('line_count').notNull(),
  matchedCount: integer('matched_count').notNull(),
  importedBy: uuid('imported_by').notNull(),
  importedAt: ts('imported_at').notNull().defaultNow(),
});
export type StatementRow = typeof bankStatements.$inferSelect;

export const bankStatementLines = pgTable('bank_statement_lines', {
  id: uuid('id').primaryKey().defaultRandom(),
  statementId: uuid('statement_id').notNull(),
  lineNo: integer('line_no').notNull(),
  payer: text('payer').notNull(),
  amountFen: fen('amount_fen').notNull(),
  paidOn: date('paid_on').notNull(),
  reference: text('reference').notNull(),
  memo: text('memo').notNull().default(''),
  status: text('status').$type<LineStatus>().notNull(),
  reasons: jsonb('reasons').$type<string[]>().notNull().default([]),
  suggestions: jsonb('suggestions').$type<string[]>().notNull().default([]),
  obligationId: uuid('obligation_id'),
  resolvedBy: uuid('resolved_by'),
  resolvedAt: ts('resolved_at'),
  resolutionNote: text('resolution_note'),
});
export type StatementLineRow = typeof bankStatementLines.$inferSelect;

export const receiptBooks = pgTable('receipt_books', {
  id: uuid('id').primaryKey().defaultRandom(),
  receiptType: text('receipt_type').notNull(),
  prefix: text('prefix').notNull(),
  firstNo: integer('first_no').notNull(),
  lastNo: integer('last_no').notNull(),
  holderId: uuid('holder_id').notNull(),
  issuedBy: uuid('issued_by').notNull(),
  issuedAt: ts('issued_at').notNull().defaultNow(),
});
export type ReceiptBookRow = typeof receiptBooks.$inferSelect;

export const receiptNumbers = pgTable('receipt_numbers', {
  serial: text('serial').primaryKey(),
  bookId: uuid('book_id').notNull(),
  number: integer('number').notNull(),
  status: text('status').$type<ReceiptStatus>().notNull().default('unused'),
  paymentId: uuid('payment_id'),
  reason: text('reason'),
  changedBy: uuid('changed_by'),
  changedAt: ts('changed_at'),
});
export type ReceiptNumberRow = typeof receiptNumbers.$inferSelect;

export const finePayments = pgTable('fine_payments', {
  id: uuid('id').primaryKey().defaultRandom(),
  obligationId: uuid('obligation_id').notNull(),
  source: text('source').$type<PaymentSource>().notNull(),
  principalFen: fen('principal_fen').notNull(),
  surchargeFen: fen('surcharge_fen').notNull().default(0),
  paidOn: date('paid_on').notNull(),
  payer: text('payer').notNull(),
  reference: text('reference'),
  receiptSerial: text('receipt_serial'),
  statementLineId: uuid('statement_line_id'),
  onSpotGround: text('on_spot_ground').$type<OnSpotGroundKey>(),
  onSpotReason: text('on_spot_reason'),
  partyRequested: boolean('party_requested').notNull().default(false),
  recordedBy: uuid('recorded_by').notNull(),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});
export type PaymentRow = typeof finePayments.$inferSelect;

export const cashHandovers = pgTable('cash_handovers', {
  paymentId: uuid('payment_id').primaryKey(),
  officerId: uuid('officer_id').notNull(),
  collectedOn: date('collected_on').notNull(),
  handedOn: date('handed_on'),
  receivedBy: uuid('received_by'),
  bankedOn: date('banked_on'),
  bankedBy: uuid('banked_by'),
  depositSlip: text('deposit_slip'),
});
export type CashRowDb = typeof cashHandovers.$inferSelect;

export const fineChallenges = pgTable('fine_challenges', {
  id: uuid('id').primaryKey().defaultRandom(),
  obligationId: uuid('obligation_id').notNull(),
  kind: text('kind').$type<ChallengeKind>().notNull(),
  startedOn: date('started_on').notNull(),
  endedOn: date('ended_on'),
  result: text('result').$type<ChallengeResult>(),
  outcome: text('outcome'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});
export type ChallengeRow = typeof fineChallenges.$inferSelect;

export const fineDemands = pgTable('fine_demands', {
  id: uuid('id').primaryKey().defaultRandom(),
  obligationId: uuid('obligation_id').notNull(),
  documentId: uuid('document_id').notNull(),
  issuedOn: date('issued_on').notNull(),
  surchargeFen: fen('surcharge_fen').notNull(),
  deliveredOn: date('delivered_on'),
  issuedBy: uuid('issued_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type DemandRow = typeof fineDemands.$inferSelect;

export const courtApplications = pgTable('court_applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  obligationId: uuid('obligation_id').notNull(),
  court: text('court').notNull(),
  appliedOn: date('applied_on').notNull(),
  principalFen: fen('principal_fen').notNull(),
  surchargeFen: fen('surcharge_fen').notNull(),
  documentId: uuid('document_id').notNull(),
  ruling: text('ruling').$type<'granted' | 'refused'>(),
  rulingOn: date('ruling_on'),
  rulingNo: text('ruling_no'),
  outcome: text('outcome').$type<'executed' | 'terminated'>(),
  outcomeOn: date('outcome_on'),
  outcomeNote: text('outcome_note'),
  appliedBy: uuid('applied_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type CourtRow = typeof courtApplications.$inferSelect;

export const caseClosures = pgTable('case_closures', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  reason: text('reason').$type<ClosingReason>().notNull(),
  reasonNote: text('reason_note').notNull(),
  summary: text('summary').notNull(),
  requestedBy: uuid('requested_by').notNull(),
  requestedByName: text('requested_by_name').notNull(),
  requestedAt: ts('requested_at').notNull().defaultNow(),
  status: text('status').$type<'pending' | 'approved' | 'returned'>().notNull().default('pending'),
  decidedBy: uuid('decided_by'),
  decidedByName: text('decided_by_name'),
  decidedAt: ts('decided_at'),
  opinion: text('opinion'),
  documentId: uuid('document_id'),
});
export type ClosureRow = typeof caseClosures.$inferSelect;

export const caseArchives = pgTable('case_archives', {
  caseId: uuid('case_id').primaryKey(),
  archiveNo: text('archive_no').notNull(),
  retention: text('retention').$type<Retention>().notNull(),
  archivedOn: date('archived_on').notNull(),
  archivedBy: uuid('archived_by').notNull(),
  archivedByName: text('archived_by_name').notNull(),
  manifest: jsonb('manifest').$type<ManifestEntry[]>().notNull(),
  manifestSm3: text('manifest_sm3').notNull(),
  archivedAt: ts('archived_at').notNull().defaultNow(),
});
export type ArchiveRowDb = typeof caseArchives.$inferSelect;

export const caseFileLoans = pgTable('case_file_loans', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  borrowerId: uuid('borrower_id').notNull(),
  borrowerName: text('borrower_name').notNull(),
  purpose: text('purpose').notNull(),
  untilOn: date('until_on').notNull(),
  status: text('status').$type<LoanStatus>().notNull().default('pending'),
  requestedAt: ts('requested_at').notNull().defaultNow(),
  decidedBy: uuid('decided_by'),
  decidedByName: text('decided_by_name'),
  decidedAt: ts('decided_at'),
  opinion: text('opinion'),
  returnedAt: ts('returned_at'),
});
export type LoanRow = typeof caseFileLoans.$inferSelect;
