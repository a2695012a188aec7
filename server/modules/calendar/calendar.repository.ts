import { asc, desc, eq, max, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.js';
import { calendarOverlayDays, calendarState, calendarYearImports } from './calendar.schema.js';

export type ImportRow = typeof calendarYearImports.$inferSelect;
export type OverlayRow = typeof calendarOverlayDays.$inferSelect;

/**
 * Advisory lock key of the calendar. A calendar change takes it exclusively for its transaction; every deadline
 * command takes it shared, so that deadlines are never computed against a calendar that is being replaced and
 * a recomputation sees every deadline opened before it (see docs/domain/deadlines.md §6).
 */
const CALENDAR_LOCK = 7_301_100;

/** The only code that touches the calendar tables. */
export const calendarRepository = {
  async state(db: Db | Tx): Promise<{ token: string; countMakeupWorkdays: boolean }> {
    const rows = await db
      .select({ token: calendarState.token, countMakeupWorkdays: calendarState.countMakeupWorkdays })
      .from(calendarState)
      .where(eq(calendarState.id, 1));
    const row = rows[0];
    if (!row) throw new Error('calendar_state row missing: run the migrations');
    return row;
  },

  /** A new random token: other instances see it and rebuild. Random, so a rolled-back change never collides. */
  async touch(tx: Tx): Promise<void> {
    await tx
      .update(calendarState)
      .set({ token: sql`gen_random_uuid()`, changedAt: new Date() })
      .where(eq(calendarState.id, 1));
  },

  async lockExclusive(tx: Tx): Promise<void> {
    await tx.execute(sql.raw(`SELECT pg_advisory_xact_lock(${CALENDAR_LOCK})`));
  },

  async lockShared(tx: Tx): Promise<void> {
    await tx.execute(sql.raw(`SELECT pg_advisory_xact_lock_shared(${CALENDAR_LOCK})`));
  },

  /** The highest version of each imported year. */
  async latestImports(db: Db | Tx): Promise<ImportRow[]> {
    const rows = await db
      .select()
      .from(calendarYearImports)
      .orderBy(asc(calendarYearImports.year), desc(calendarYearImports.version));
    const latest = new Map<number, ImportRow>();
    for (const r of rows) if (!latest.has(r.year)) latest.set(r.year, r);
    return [...latest.values()];
  },

  async imports(db: Db | Tx): Promise<ImportRow[]> {
    return db
      .select()
      .from(calendarYearImports)
      .orderBy(desc(calendarYearImports.importedAt), desc(calendarYearImports.version));
  },

  async nextVersion(tx: Tx, year: number): Promise<number> {
    const [row] = await tx
      .select({ v: max(calendarYearImports.version) })
      .from(calendarYearImports)
      .where(eq(calendarYearImports.year, year));
    return (row?.v ?? 0) + 1;
  },

  async insertImport(tx: Tx, v: typeof calendarYearImports.$inferInsert): Promise<ImportRow> {
    return (await tx.insert(calendarYearImports).values(v).returning())[0]!;
  },

  async overlayDays(db: Db | Tx): Promise<OverlayRow[]> {
    return db.select().from(calendarOverlayDays).orderBy(asc(calendarOverlayDays.date));
  },

  async overlayDay(db: Db | Tx, id: string): Promise<OverlayRow | null> {
    return (
      (await db.select().from(calendarOverlayDays).where(eq(calendarOverlayDays.id, id)).limit(1))[0] ?? null
    );
  },

  async overlayDayOn(db: Db | Tx, date: string): Promise<OverlayRow | null> {
    return (
      (await db.select().from(calendarOverlayDays).where(eq(calendarOverlayDays.date, date)).limit(1))[0] ??
      null
    );
  },

  async insertOverlay(tx: Tx, v: typeof calendarOverlayDays.$inferInsert): Promise<OverlayRow> {
    return (await tx.insert(calendarOverlayDays).values(v).returning())[0]!;
  },

  async updateOverlay(
    tx: Tx,
    id: string,
    v: Pick<OverlayRow, 'date' | 'kind' | 'name' | 'source'>,
  ): Promise<OverlayRow> {
    return (
      await tx
        .update(calendarOverlayDays)
        .set({ ...v, updatedAt: new Date() })
        .where(eq(calendarOverlayDays.id, id))
        .returning()
    )[0]!;
  },

  async deleteOverlay(tx: Tx, id: string): Promise<void> {
    await tx.delete(calendarOverlayDays).where(eq(calendarOverlayDays.id, id));
  },
};
