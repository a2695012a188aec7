import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** 执法主体: the law-enforcement entity (the bureau) in whose name decisions are made. */
export const lawEnforcementEntities = pgTable('law_enforcement_entities', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  uscc: text('uscc').notNull().unique(),
  address: text('address').notNull(),
  legalBasis: text('legal_basis').notNull(),
  phone: text('phone'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 科室 and 所属事业单位. */
export const orgUnits = pgTable('org_units', {
  id: uuid('id').primaryKey().defaultRandom(),
  entityId: uuid('entity_id').notNull(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['section', 'institution'] }).notNull(),
  code: text('code').notNull().unique(),
  duties: text('duties').notNull().default(''),
  sortOrder: integer('sort_order').notNull().default(100),
  /** 分管局领导: overdue items of this unit escalate to this leader. */
  supervisingLeaderId: uuid('supervising_leader_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const positions = pgTable('positions', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  isLeadership: boolean('is_leadership').notNull().default(false),
  sortOrder: integer('sort_order').notNull().default(100),
});
