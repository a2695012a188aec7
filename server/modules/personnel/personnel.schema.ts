import { boolean, date, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  ApplicationStatus,
  CertificateEventKind,
  CertificateKind,
  DepartureReason,
  EducationLevel,
  EnforcementCategory,
  ExamKind,
  OfficerStatus,
  PersonnelActionKind,
  PersonnelActionSource,
  PersonnelSettingsValues,
  ReviewKind,
  StaffingType,
  StoredCertificateStatus,
  TrainingCategory,
} from '../../../common/contracts/personnel.js';

/** One prerequisite as checked when an application was filed. */
export interface StoredPrerequisite {
  rule: string;
  label: string;
  met: boolean;
  detail: string;
  basis: string;
}

export const fieldKeyCheck = pgTable('field_key_check', {
  id: integer('id').primaryKey(),
  checkValue: text('check_value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const officers = pgTable('officers', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id'),
  name: text('name').notNull(),
  idNumberCipher: text('id_number_cipher'),
  idNumberDigest: text('id_number_digest'),
  idNumberMasked: text('id_number_masked'),
  unitId: uuid('unit_id').notNull(),
  positionId: uuid('position_id'),
  staffingType: text('staffing_type').$type<StaffingType>().notNull(),
  education: text('education').$type<EducationLevel>(),
  legalQualification: boolean('legal_qualification').notNull().default(false),
  legalQualificationNo: text('legal_qualification_no'),
  legalReviewSince: date('legal_review_since', { mode: 'string' }),
  photoKey: text('photo_key'),
  status: text('status').$type<OfficerStatus>().notNull().default('serving'),
  departedOn: date('departed_on', { mode: 'string' }),
  departureReason: text('departure_reason').$type<DepartureReason>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type OfficerRow = typeof officers.$inferSelect;
export type NewOfficerRow = typeof officers.$inferInsert;

export const certificateApplications = pgTable('certificate_applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  officerId: uuid('officer_id').notNull(),
  kind: text('kind').$type<CertificateKind>().notNull(),
  region: text('region').notNull(),
  categories: text('categories').array().$type<EnforcementCategory[]>().notNull(),
  appliedOn: date('applied_on', { mode: 'string' }).notNull(),
  status: text('status').$type<ApplicationStatus>().notNull(),
  prerequisites: jsonb('prerequisites').$type<StoredPrerequisite[]>().notNull(),
  decidedOn: date('decided_on', { mode: 'string' }),
  decisionNote: text('decision_note'),
  certificateId: uuid('certificate_id'),
  createdBy: uuid('created_by'),
  createdByName: text('created_by_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type ApplicationRow = typeof certificateApplications.$inferSelect;

export const certificates = pgTable('certificates', {
  id: uuid('id').primaryKey().defaultRandom(),
  officerId: uuid('officer_id').notNull(),
  number: text('number').notNull(),
  kind: text('kind').$type<CertificateKind>().notNull(),
  issuingAuthority: text('issuing_authority').notNull(),
  region: text('region').notNull(),
  categories: text('categories').array().$type<EnforcementCategory[]>().notNull(),
  issuedOn: date('issued_on', { mode: 'string' }).notNull(),
  validUntil: date('valid_until', { mode: 'string' }).notNull(),
  nextReviewDue: date('next_review_due', { mode: 'string' }).notNull(),
  status: text('status').$type<StoredCertificateStatus>().notNull(),
  statusChangedOn: date('status_changed_on', { mode: 'string' }).notNull(),
  replacesId: uuid('replaces_id'),
  renewalDeadlineId: uuid('renewal_deadline_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type CertificateRow = typeof certificates.$inferSelect;
export type NewCertificateRow = typeof certificates.$inferInsert;

export const certificateEvents = pgTable('certificate_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  certificateId: uuid('certificate_id').notNull(),
  kind: text('kind').$type<CertificateEventKind>().notNull(),
  effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
  statusBefore: text('status_before').$type<StoredCertificateStatus>(),
  statusAfter: text('status_after').$type<StoredCertificateStatus>().notNull(),
  reviewKind: text('review_kind').$type<ReviewKind>(),
  reviewResult: text('review_result').$type<'pass' | 'fail'>(),
  reason: text('reason').notNull().default(''),
  basis: text('basis'),
  approverId: uuid('approver_id'),
  approverName: text('approver_name').notNull(),
  documentNo: text('document_no'),
  recordedBy: uuid('recorded_by'),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
export type CertificateEventRow = typeof certificateEvents.$inferSelect;
export type NewCertificateEventRow = typeof certificateEvents.$inferInsert;

export const trainingRecords = pgTable('training_records', {
  id: uuid('id').primaryKey().defaultRandom(),
  officerId: uuid('officer_id').notNull(),
  course: text('course').notNull(),
  provider: text('provider').notNull().default(''),
  category: text('category').$type<TrainingCategory>().notNull(),
  hours: numeric('hours', { precision: 5, scale: 1, mode: 'number' }).notNull(),
  completedOn: date('completed_on', { mode: 'string' }).notNull(),
  certificateNo: text('certificate_no'),
  recordedBy: uuid('recorded_by'),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
export type TrainingRow = typeof trainingRecords.$inferSelect;

export const examRecords = pgTable('exam_records', {
  id: uuid('id').primaryKey().defaultRandom(),
  officerId: uuid('officer_id').notNull(),
  kind: text('kind').$type<ExamKind>().notNull(),
  takenOn: date('taken_on', { mode: 'string' }).notNull(),
  score: numeric('score', { precision: 5, scale: 1, mode: 'number' }).notNull(),
  passMark: numeric('pass_mark', { precision: 5, scale: 1, mode: 'number' }).notNull(),
  passed: boolean('passed').notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by'),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
export type ExamRow = typeof examRecords.$inferSelect;

export const entrustedUnits = pgTable('personnel_entrusted_units', {
  unitId: uuid('unit_id').primaryKey(),
  basis: text('basis').notNull(),
  entrustedFrom: date('entrusted_from', { mode: 'string' }).notNull(),
  entrustedUntil: date('entrusted_until', { mode: 'string' }),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type EntrustedUnitRow = typeof entrustedUnits.$inferSelect;

export const personnelSettings = pgTable('personnel_settings', {
  effectiveFrom: date('effective_from', { mode: 'string' }).primaryKey(),
  settings: jsonb('settings').$type<PersonnelSettingsValues>().notNull(),
  note: text('note').notNull(),
  createdBy: uuid('created_by'),
  createdByName: text('created_by_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type SettingsRow = typeof personnelSettings.$inferSelect;

/** 人事处理记录: append-only (trigger), read by the interference register through the observer port. */
export const personnelActions = pgTable('personnel_actions', {
  id: uuid('id').primaryKey().defaultRandom(),
  officerId: uuid('officer_id').notNull(),
  userId: uuid('user_id'),
  kind: text('kind').$type<PersonnelActionKind>().notNull(),
  effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
  summary: text('summary').notNull(),
  reason: text('reason').notNull(),
  basis: text('basis'),
  documentNo: text('document_no'),
  source: text('source').$type<PersonnelActionSource>().notNull(),
  recordedBy: uuid('recorded_by'),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
export type PersonnelActionRow = typeof personnelActions.$inferSelect;
export type NewPersonnelActionRow = typeof personnelActions.$inferInsert;
