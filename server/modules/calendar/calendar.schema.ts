import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One row: the change token every instance compares to know its cached calendar is current. */
export const calendarState = pgTable('calendar_state', {
  id: integer('id').primaryKey(),
  token: uuid('token').notNull(),
  countMakeupWorkdays: boolean('count_makeup_workdays').notNull().default(true),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Imported year notices; the highest version of a year replaces the bundled file. Append-only. */
export const calendarYearImports = pgTable('calendar_year_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  year: integer('year').notNull(),
  version: integer('version').notNull(),
  data: jsonb('data').$type<unknown>().notNull(),
  title: text('title').notNull(),
  docNo: text('doc_no').notNull(),
  fileName: text('file_name'),
  dayCount: integer('day_count').notNull(),
  importedBy: uuid('imported_by'),
  importedByName: text('imported_by_name').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Local rest and working days with their source documents. */
export const calendarOverlayDays = pgTable('calendar_overlay_days', {
  id: uuid('id').primaryKey().defaultRandom(),
  date: date('date', { mode: 'string' }).notNull(),
  kind: text('kind', { enum: ['rest', 'work'] }).notNull(),
  name: text('name').notNull(),
  source: text('source').notNull(),
  createdBy: uuid('created_by'),
  createdByName: text('created_by_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
