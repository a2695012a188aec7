import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.js';
import { notifications } from './workbench.schema.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = Omit<typeof notifications.$inferInsert, 'id' | 'createdAt' | 'readAt'>;

export const workbenchRepository = {
  /** Lists only the actor's own notifications: the visibility scope is the user id. */
  async page(db: Db, userId: string, unreadOnly: boolean, page: number, pageSize: number) {
    const where = unreadOnly
      ? and(eq(notifications.userId, userId), isNull(notifications.readAt))
      : eq(notifications.userId, userId);
    const [total] = await db.select({ n: count() }).from(notifications).where(where);
    const [unread] = await db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    const items = await db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return { items, total: total?.n ?? 0, unread: unread?.n ?? 0 };
  },

  async findOwn(db: Db | Tx, userId: string, id: string): Promise<NotificationRow | null> {
    const rows = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
      .limit(1);
    return rows[0] ?? null;
  },

  async markRead(tx: Tx, id: string): Promise<void> {
    await tx.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, id));
  },

  /** Inserts unless the same (user, dedupe key) exists; returns how many were new. */
  async insertMany(tx: Tx, rows: NewNotification[]): Promise<number> {
    if (!rows.length) return 0;
    const inserted = await tx
      .insert(notifications)
      .values(rows)
      .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
      .returning({ id: notifications.id });
    return inserted.length;
  },
};
