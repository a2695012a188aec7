import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { NOTIFICATION_LEVELS } from '../../../common/contracts/workbench.js';

/** In-app notifications: the badge and list on the 工作台. */
export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull(),
  level: text('level').$type<(typeof NOTIFICATION_LEVELS)[number]>().notNull(),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  link: text('link'),
  dedupeKey: text('dedupe_key'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  readAt: timestamp('read_at', { withTimezone: true }),
});
