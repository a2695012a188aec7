import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DeadlineStatus } from '../../../common/contracts/deadlines.js';
import type { PeriodUnit } from '../../kernel/calendar/index.js';
import type { DeadlineDirection, Suspension } from './rules/index.js';

/** An approved 延期, as stored. */
export interface StoredExtension {
  newLength: number;
  previousLength: number;
  reason: string;
  approvedBy: string | null;
  approvedByName: string;
  at: string;
}

/** Statutory periods running for cases, hearings, transfers... */
export const deadlines = pgTable('deadlines', {
  id: uuid('id').primaryKey().defaultRandom(),
  ruleId: text('rule_id').notNull(),
  ruleVersion: integer('rule_version').notNull(),
  basis: text('basis').notNull(),
  objectType: text('object_type').notNull(),
  objectId: text('object_id').notNull(),
  title: text('title').notNull(),
  link: text('link'),
  unitId: uuid('unit_id'),
  responsibleUserId: uuid('responsible_user_id'),
  periodUnit: text('period_unit').$type<PeriodUnit>().notNull(),
  direction: text('direction').$type<DeadlineDirection>().notNull(),
  originalLength: integer('original_length').notNull(),
  length: integer('length').notNull(),
  triggerDate: date('trigger_date', { mode: 'string' }),
  triggerAt: timestamp('trigger_at', { withTimezone: true }),
  dueDate: date('due_date', { mode: 'string' }),
  dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
  status: text('status').$type<DeadlineStatus>().notNull(),
  projected: boolean('projected').notNull().default(false),
  calendarVersion: text('calendar_version').notNull(),
  countMakeupWorkdays: boolean('count_makeup_workdays').notNull().default(true),
  suspensions: jsonb('suspensions').$type<Suspension[]>().notNull().default([]),
  extensions: jsonb('extensions').$type<StoredExtension[]>().notNull().default([]),
  warnLevel: text('warn_level').$type<'due_soon' | 'overdue'>(),
  warnedDueAt: timestamp('warned_due_at', { withTimezone: true }),
  completedAt: timestamp('completed_at', { withTimezone: true }),
  closedReason: text('closed_reason'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type DeadlineRow = typeof deadlines.$inferSelect;
export type NewDeadlineRow = typeof deadlines.$inferInsert;
