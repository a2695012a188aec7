/**
 * Drizzle models of the hearing tables (db/migrations/20261124T1300_hearings.sql). Only hearing.repository.ts
 * queries them.
 */
import { bigint, boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Penalty } from '../../../common/contracts/cases.js';
import type {
  ClosedReason,
  HearingOutcome,
  HearingRecommendation,
  HearingRequestChannel,
  HearingRole,
  HearingStage,
  RecusalDecision,
} from '../../../common/contracts/hearings.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const hearingRooms = pgTable('hearing_rooms', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  location: text('location').notNull(),
  capacity: integer('capacity'),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
export type HearingRoomRow = typeof hearingRooms.$inferSelect;

/** What was recorded of the hearing: who attended. */
export interface Attendance {
  partyAttendees: { name: string; capacity: string }[];
  investigatorIds: string[];
  investigatorNames: string[];
  others: { name: string; capacity: string }[];
  recusalAsked: string;
}

export interface HearingReportData {
  findings: string;
  partyOpinion: string;
  analysis: string;
}

export const hearings = pgTable('hearings', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  stage: text('stage').$type<HearingStage>().notNull().default('requested'),
  requestChannel: text('request_channel').$type<HearingRequestChannel>().notNull(),
  requestReceivedOn: date('request_received_on').notNull(),
  requestPostmarkOn: date('request_postmark_on'),
  requestDueOn: date('request_due_on'),
  requestContent: text('request_content').notNull().default(''),
  heardPenalty: jsonb('heard_penalty').$type<Penalty>(),
  chairId: uuid('chair_id'),
  officerIds: uuid('officer_ids').array().notNull().default([]),
  clerkId: uuid('clerk_id'),
  roomId: uuid('room_id'),
  place: text('place'),
  scheduledAt: ts('scheduled_at'),
  durationMinutes: integer('duration_minutes').notNull().default(120),
  public: boolean('public').notNull().default(true),
  closedReason: text('closed_reason').$type<ClosedReason>(),
  closedNote: text('closed_note'),
  overrunReason: text('overrun_reason'),
  notifiedOn: date('notified_on'),
  noticeDocumentId: uuid('notice_document_id'),
  outcome: text('outcome').$type<HearingOutcome>(),
  heldFrom: ts('held_from'),
  heldTo: ts('held_to'),
  attendance: jsonb('attendance').$type<Attendance>(),
  transcript: jsonb('transcript').$type<{ title: string; text: string }[]>(),
  signed: boolean('signed'),
  refusal: text('refusal'),
  terminationDetail: text('termination_detail'),
  report: jsonb('report').$type<HearingReportData>(),
  recommendation: text('recommendation').$type<HearingRecommendation>(),
  recommendedPenalty: jsonb('recommended_penalty').$type<Penalty>(),
  reportedAt: ts('reported_at'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
export type HearingRow = typeof hearings.$inferSelect;

export const hearingAgents = pgTable('hearing_agents', {
  id: uuid('id').primaryKey().defaultRandom(),
  hearingId: uuid('hearing_id').notNull(),
  name: text('name').notNull(),
  relation: text('relation').notNull(),
  phone: text('phone'),
  fileKey: text('file_key').notNull(),
  fileName: text('file_name').notNull(),
  fileSm3: text('file_sm3').notNull(),
  fileSize: bigint('file_size', { mode: 'number' }).notNull(),
  addedBy: uuid('added_by').notNull(),
  addedAt: ts('added_at').notNull().defaultNow(),
});
export type HearingAgentRow = typeof hearingAgents.$inferSelect;

export const hearingRecusals = pgTable('hearing_recusals', {
  id: uuid('id').primaryKey().defaultRandom(),
  hearingId: uuid('hearing_id').notNull(),
  targetUserId: uuid('target_user_id').notNull(),
  targetRole: text('target_role').$type<HearingRole>().notNull(),
  applicant: text('applicant').notNull(),
  requestedOn: date('requested_on').notNull(),
  reason: text('reason').notNull(),
  decision: text('decision').$type<RecusalDecision>(),
  decisionReason: text('decision_reason'),
  decidedBy: uuid('decided_by'),
  decidedAt: ts('decided_at'),
  documentId: uuid('document_id'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});
export type HearingRecusalRow = typeof hearingRecusals.$inferSelect;

export const hearingPostponements = pgTable('hearing_postponements', {
  id: uuid('id').primaryKey().defaultRandom(),
  hearingId: uuid('hearing_id').notNull(),
  requestedOn: date('requested_on').notNull(),
  reason: text('reason').notNull(),
  originalAt: ts('original_at').notNull(),
  documentId: uuid('document_id'),
  decidedBy: uuid('decided_by').notNull(),
  decidedAt: ts('decided_at').notNull().defaultNow(),
});
export type HearingPostponementRow = typeof hearingPostponements.$inferSelect;
