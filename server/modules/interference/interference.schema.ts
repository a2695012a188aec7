/**
 * Drizzle models of the interference tables (db/migrations/20261125T0900_interference.sql). Only
 * interference.repository.ts queries them.
 */
import { bigint, boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  AttachmentKind,
  FindingKind,
  FindingMeasure,
  FindingSource,
  FlagConclusion,
  InterferenceMethod,
  InterferenceResponse,
  InterferenceType,
  MonthlyFigures,
  ChainMonth,
  PersonalFileKind,
  RegisterActionKind,
  RegisterRoute,
  SupervisionForm,
  SupervisionKind,
  SupervisionReviewOutcome,
  InterferenceSettingsValues,
} from '../../../common/contracts/interference.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const size = (name: string) => bigint(name, { mode: 'number' });

export const interferenceSettings = pgTable('interference_settings', {
  effectiveFrom: date('effective_from').primaryKey(),
  settings: jsonb('settings').$type<InterferenceSettingsValues>().notNull(),
  note: text('note').notNull(),
  createdBy: uuid('created_by'),
  createdByName: text('created_by_name').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const interferenceUploads = pgTable('interference_uploads', {
  id: uuid('id').primaryKey().defaultRandom(),
  uploadedBy: uuid('uploaded_by').notNull(),
  fileName: text('file_name').notNull(),
  fileKey: text('file_key').notNull(),
  fileSize: size('file_size').notNull(),
  sm3: text('sm3').notNull(),
  mime: text('mime'),
  usedBy: uuid('used_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const interferenceRegisters = pgTable('interference_registers', {
  id: uuid('id').primaryKey().defaultRandom(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  registerNo: text('register_no').notNull(),
  caseId: uuid('case_id').notNull(),
  caseNo: text('case_no').notNull(),
  caseStage: text('case_stage').notNull(),
  caseStageLabel: text('case_stage_label').notNull(),
  caseUnitId: uuid('case_unit_id'),
  recorderId: uuid('recorder_id').notNull(),
  recorderName: text('recorder_name').notNull(),
  recorderUnitId: uuid('recorder_unit_id'),
  recorderUnitName: text('recorder_unit_name').notNull(),
  intervenerId: uuid('intervener_id').notNull(),
  intervenerName: text('intervener_name').notNull(),
  intervenerPost: text('intervener_post').notNull(),
  intervenerUnit: text('intervener_unit').notNull(),
  intervenerIsPrincipal: boolean('intervener_is_principal').notNull(),
  occurredAt: ts('occurred_at').notNull(),
  place: text('place').notNull(),
  content: text('content').notNull(),
  method: text('method').$type<InterferenceMethod>().notNull(),
  methodNote: text('method_note'),
  intermediaryName: text('intermediary_name'),
  intermediaryRelation: text('intermediary_relation'),
  types: text('types').array().$type<InterferenceType[]>().notNull(),
  typeNote: text('type_note'),
  response: text('response').$type<InterferenceResponse>().notNull(),
  responseNote: text('response_note'),
  account: text('account').notNull(),
  noRecordingReason: text('no_recording_reason'),
  correctsId: uuid('corrects_id'),
  correctionNote: text('correction_note'),
  route: text('route').$type<RegisterRoute>().notNull(),
  sealedFrom: uuid('sealed_from').array().notNull(),
  instructionDueOn: date('instruction_due_on').notNull(),
  submittedAt: ts('submitted_at').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

export const interferenceAttachments = pgTable('interference_attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  registerId: uuid('register_id').notNull(),
  kind: text('kind').$type<AttachmentKind>().notNull(),
  fileName: text('file_name').notNull(),
  fileKey: text('file_key').notNull(),
  fileSize: size('file_size').notNull(),
  sm3: text('sm3').notNull(),
  mime: text('mime'),
});

export const interferenceActions = pgTable('interference_actions', {
  id: uuid('id').primaryKey().defaultRandom(),
  registerId: uuid('register_id').notNull(),
  kind: text('kind').$type<RegisterActionKind>().notNull(),
  decision: text('decision'),
  consequence: boolean('consequence'),
  body: text('body').notNull(),
  decidedOn: date('decided_on').notNull(),
  organ: text('organ'),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  at: ts('at').notNull().defaultNow(),
});

export const interferenceDeclarations = pgTable('interference_declarations', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  userId: uuid('user_id').notNull(),
  userName: text('user_name').notNull(),
  unitId: uuid('unit_id'),
  answer: text('answer').$type<'none' | 'some'>().notNull(),
  registerCount: integer('register_count').notNull(),
  declaredAt: ts('declared_at').notNull().defaultNow(),
});

export const supervisoryContacts = pgTable('supervisory_contacts', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  department: text('department').notNull(),
  personId: uuid('person_id'),
  personName: text('person_name').notNull(),
  kind: text('kind').$type<SupervisionKind>().notNull(),
  form: text('form').$type<SupervisionForm>().notNull(),
  occurredAt: ts('occurred_at').notNull(),
  content: text('content').notNull(),
  fileName: text('file_name'),
  fileKey: text('file_key'),
  fileSize: size('file_size'),
  sm3: text('sm3'),
  flagged: boolean('flagged').notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
  reviewOutcome: text('review_outcome').$type<SupervisionReviewOutcome>(),
  reviewNote: text('review_note'),
  reviewedBy: uuid('reviewed_by'),
  reviewedByName: text('reviewed_by_name'),
  reviewedAt: ts('reviewed_at'),
});

export const interferenceFindings = pgTable('interference_findings', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').$type<FindingKind>().notNull(),
  subjectId: uuid('subject_id').notNull(),
  subjectName: text('subject_name').notNull(),
  caseId: uuid('case_id').notNull(),
  caseNo: text('case_no').notNull(),
  registerId: uuid('register_id'),
  intervenerId: uuid('intervener_id'),
  intervenerName: text('intervener_name'),
  occurredOn: date('occurred_on').notNull(),
  source: text('source').$type<FindingSource>().notNull(),
  sourceNote: text('source_note').notNull(),
  priorCount: integer('prior_count').notNull(),
  measure: text('measure').$type<FindingMeasure>().notNull(),
  basis: text('basis').notNull(),
  relatedFindingId: uuid('related_finding_id'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});

export const retaliationFlags = pgTable('retaliation_flags', {
  id: uuid('id').primaryKey().defaultRandom(),
  recorderId: uuid('recorder_id').notNull(),
  recorderName: text('recorder_name').notNull(),
  registerId: uuid('register_id'),
  source: text('source').$type<'personnel_action' | 'self_report'>().notNull(),
  actionKind: text('action_kind').notNull(),
  actionId: uuid('action_id'),
  actionOn: date('action_on').notNull(),
  description: text('description').notNull(),
  raisedAt: ts('raised_at').notNull().defaultNow(),
  status: text('status').$type<'open' | 'resolved'>().notNull().default('open'),
  conclusion: text('conclusion').$type<FlagConclusion>(),
  statutoryCause: text('statutory_cause'),
  procedureNote: text('procedure_note'),
  resolvedBy: uuid('resolved_by'),
  resolvedByName: text('resolved_by_name'),
  resolvedAt: ts('resolved_at'),
});

export const interferenceMonthlyReports = pgTable('interference_monthly_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  month: text('month').notNull(),
  unitId: uuid('unit_id').notNull(),
  unitName: text('unit_name').notNull(),
  figures: jsonb('figures').$type<MonthlyFigures>().notNull(),
  zero: boolean('zero').notNull(),
  chainDigest: jsonb('chain_digest').$type<ChainMonth[]>().notNull(),
  generatedBy: uuid('generated_by').notNull(),
  generatedByName: text('generated_by_name').notNull(),
  generatedAt: ts('generated_at').notNull().defaultNow(),
  signedBy: uuid('signed_by'),
  signedByName: text('signed_by_name'),
  signedAt: ts('signed_at'),
});

export const personalFileEntries = pgTable('personal_file_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  subjectId: uuid('subject_id').notNull(),
  subjectName: text('subject_name').notNull(),
  fileKind: text('file_kind').$type<PersonalFileKind>().notNull(),
  category: text('category').notNull(),
  title: text('title').notNull(),
  detail: text('detail').notNull(),
  sourceType: text('source_type').notNull(),
  sourceId: uuid('source_id'),
  occurredOn: date('occurred_on').notNull(),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});

export type SettingsRow = typeof interferenceSettings.$inferSelect;
export type UploadRow = typeof interferenceUploads.$inferSelect;
export type RegisterRow = typeof interferenceRegisters.$inferSelect;
export type NewRegisterRow = typeof interferenceRegisters.$inferInsert;
export type AttachmentRow = typeof interferenceAttachments.$inferSelect;
export type ActionRow = typeof interferenceActions.$inferSelect;
export type NewActionRow = typeof interferenceActions.$inferInsert;
export type DeclarationRow = typeof interferenceDeclarations.$inferSelect;
export type SupervisionRow = typeof supervisoryContacts.$inferSelect;
export type FindingRow = typeof interferenceFindings.$inferSelect;
export type FlagRow = typeof retaliationFlags.$inferSelect;
export type MonthlyReportRow = typeof interferenceMonthlyReports.$inferSelect;
export type FileEntryRow = typeof personalFileEntries.$inferSelect;
