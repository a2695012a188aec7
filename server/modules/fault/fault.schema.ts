/**
 * Drizzle models of the fault tables (db/migrations/20261125T1000_fault.sql). Only fault.repository.ts queries them.
 */
import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type {
  FindingView,
  LeadSource,
  LiabilityLevelCode,
  LiabilityRuleCode,
  MatterStage,
  Measure,
  ReviewResult,
  SourceRefKind,
  TrailRoleCode,
} from '../../../common/contracts/fault.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** The finding as stored on the matter (the persons' rows hold the shares, treatment and measures). */
export type StoredFinding = Omit<z.infer<typeof FindingView>, 'foundOn' | 'foundByName'>;

export const faultSettings = pgTable('fault_settings', {
  id: integer('id').primaryKey(),
  repeatWindowMonths: integer('repeat_window_months').notNull(),
  repeatThreshold: integer('repeat_threshold').notNull(),
  updatedByName: text('updated_by_name').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const faultMatters = pgTable('fault_matters', {
  id: uuid('id').primaryKey().defaultRandom(),
  year: integer('year').notNull(),
  seq: integer('seq').notNull(),
  no: text('no').notNull(),
  source: text('source').$type<LeadSource>().notNull(),
  caseId: uuid('case_id'),
  sourceRefKind: text('source_ref_kind').$type<SourceRefKind>(),
  sourceRefId: uuid('source_ref_id'),
  sourceRefLabel: text('source_ref_label'),
  reference: text('reference'),
  receivedOn: date('received_on').notNull(),
  summary: text('summary').notNull(),
  subjectIds: uuid('subject_ids').array().notNull().default([]),
  autoCreated: boolean('auto_created').notNull().default(false),
  registeredBy: uuid('registered_by'),
  registeredByName: text('registered_by_name').notNull(),
  registeredAt: ts('registered_at').notNull().defaultNow(),
  stage: text('stage').$type<MatterStage>().notNull().default('lead'),
  triageDecision: text('triage_decision').$type<'investigate' | 'dismiss'>(),
  triageOn: date('triage_on'),
  triageReason: text('triage_reason'),
  triageByName: text('triage_by_name'),
  investigatorIds: uuid('investigator_ids').array().notNull().default([]),
  investigationDueOn: date('investigation_due_on'),
  finding: jsonb('finding').$type<StoredFinding>(),
  foundOn: date('found_on'),
  foundByName: text('found_by_name'),
  decidedOn: date('decided_on'),
  decisionMeeting: text('decision_meeting'),
  decidedByName: text('decided_by_name'),
  closedOn: date('closed_on'),
  closeNote: text('close_note'),
});
export type MatterRow = typeof faultMatters.$inferSelect;

export const faultPeople = pgTable('fault_people', {
  id: uuid('id').primaryKey().defaultRandom(),
  matterId: uuid('matter_id').notNull(),
  personId: uuid('person_id').notNull(),
  personName: text('person_name').notNull(),
  unitName: text('unit_name'),
  role: text('role').$type<TrailRoleCode>().notNull(),
  level: text('level').$type<LiabilityLevelCode>().notNull(),
  rule: text('rule').$type<LiabilityRuleCode>().notNull(),
  treatment: text('treatment').$type<'exempt' | 'lighter' | 'heavier' | 'normal' | 'manual'>().notNull(),
  proposedMeasures: text('proposed_measures').array().$type<Measure[]>().notNull().default([]),
  proposalNote: text('proposal_note').notNull().default(''),
  informedOn: date('informed_on'),
  informMethod: text('inform_method'),
  statementDueOn: date('statement_due_on'),
  statementKind: text('statement_kind').$type<'statement' | 'waiver'>(),
  statementOn: date('statement_on'),
  statementContent: text('statement_content'),
  decidedMeasures: text('decided_measures').array().$type<Measure[]>(),
  decisionReason: text('decision_reason').notNull().default(''),
  disciplineBody: text('discipline_body'),
  noticeDueOn: date('notice_due_on'),
  deliveredOn: date('delivered_on'),
  deliveryMethod: text('delivery_method'),
  receiverName: text('receiver_name'),
  late: boolean('late').notNull().default(false),
  lateReason: text('late_reason'),
  reviewDueOn: date('review_due_on'),
  currentMeasures: text('current_measures').array().$type<Measure[]>(),
});
export type PersonRow = typeof faultPeople.$inferSelect;

export const faultInquiries = pgTable('fault_inquiries', {
  id: uuid('id').primaryKey().defaultRandom(),
  matterId: uuid('matter_id').notNull(),
  personId: uuid('person_id').notNull(),
  heldAt: ts('held_at').notNull(),
  place: text('place').notNull(),
  investigatorIds: uuid('investigator_ids').array().notNull(),
  content: text('content').notNull(),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});
export type InquiryRow = typeof faultInquiries.$inferSelect;

export const faultReviews = pgTable('fault_reviews', {
  id: uuid('id').primaryKey().defaultRandom(),
  matterId: uuid('matter_id').notNull(),
  personId: uuid('person_id').notNull(),
  receivedOn: date('received_on').notNull(),
  grounds: text('grounds').notNull(),
  late: boolean('late').notNull(),
  lateJustification: text('late_justification'),
  dueOn: date('due_on').notNull(),
  decidedOn: date('decided_on'),
  result: text('result').$type<ReviewResult>(),
  measures: text('measures').array().$type<Measure[]>(),
  reason: text('reason'),
  decidedByName: text('decided_by_name'),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});
export type ReviewRow = typeof faultReviews.$inferSelect;

export const faultAppeals = pgTable('fault_appeals', {
  id: uuid('id').primaryKey().defaultRandom(),
  matterId: uuid('matter_id').notNull(),
  personId: uuid('person_id').notNull(),
  filedOn: date('filed_on').notNull(),
  body: text('body').notNull(),
  content: text('content').notNull(),
  decidedOn: date('decided_on'),
  outcome: text('outcome'),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});
export type AppealRow = typeof faultAppeals.$inferSelect;
