import { and, asc, desc, eq, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { EnforcementCategory } from '../../../common/contracts/personnel.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { users } from '../iam/iam.schema.js';
import { caseSettings, formBooks, formNumbers, violationTypes, type FormNumberRow } from './cases.schema.js';

/** The only file writing SQL for the catalogue of 违法行为, the dated settings and the pre-numbered forms. */
export const catalogueRepository = {
  // ------------------------------------------------------------------ settings
  async settingsOn(db: Db | Tx, on: string) {
    return (
      (
        await db
          .select()
          .from(caseSettings)
          .where(lte(caseSettings.effectiveFrom, on))
          .orderBy(desc(caseSettings.effectiveFrom))
          .limit(1)
      )[0] ?? null
    );
  },
  async settingsVersions(db: Db | Tx) {
    return db.select().from(caseSettings).orderBy(desc(caseSettings.effectiveFrom));
  },
  async upsertSettings(tx: Tx, v: typeof caseSettings.$inferInsert) {
    await tx
      .insert(caseSettings)
      .values(v)
      .onConflictDoUpdate({
        target: caseSettings.effectiveFrom,
        set: {
          settings: v.settings,
          note: v.note,
          createdBy: v.createdBy,
          createdByName: v.createdByName,
          createdAt: new Date(),
        },
      });
  },

  // ------------------------------------------------------------------ violation types
  async violationTypes(
    db: Db | Tx,
    filter: { q?: string; category?: EnforcementCategory; includeInactive?: boolean },
  ) {
    const conds: SQL[] = [];
    if (!filter.includeInactive) conds.push(eq(violationTypes.active, true));
    if (filter.category) conds.push(eq(violationTypes.category, filter.category));
    if (filter.q) {
      const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      conds.push(
        or(
          ilike(violationTypes.name, like),
          ilike(violationTypes.code, like),
          ilike(violationTypes.violatedProvision, like),
          ilike(violationTypes.penaltyProvision, like),
        )!,
      );
    }
    return db
      .select()
      .from(violationTypes)
      .where(conds.length ? and(...conds) : undefined)
      .orderBy(asc(violationTypes.code));
  },
  async findViolationType(db: Db | Tx, id: string) {
    return (await db.select().from(violationTypes).where(eq(violationTypes.id, id)).limit(1))[0] ?? null;
  },
  async violationTypeByCode(db: Db | Tx, code: string) {
    return (await db.select().from(violationTypes).where(eq(violationTypes.code, code)).limit(1))[0] ?? null;
  },
  async insertViolationType(tx: Tx, v: typeof violationTypes.$inferInsert) {
    return (await tx.insert(violationTypes).values(v).returning())[0]!;
  },
  async insertViolationTypes(tx: Tx, rows: (typeof violationTypes.$inferInsert)[]) {
    if (rows.length)
      await tx.insert(violationTypes).values(rows).onConflictDoNothing({ target: violationTypes.code });
  },
  async updateViolationType(tx: Tx, id: string, patch: Partial<typeof violationTypes.$inferInsert>) {
    await tx
      .update(violationTypes)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(violationTypes.id, id));
  },

  // ------------------------------------------------------------------ pre-numbered forms
  async insertBook(tx: Tx, v: typeof formBooks.$inferInsert) {
    return (await tx.insert(formBooks).values(v).returning())[0]!;
  },
  async insertNumbers(tx: Tx, rows: (typeof formNumbers.$inferInsert)[]) {
    await tx.insert(formNumbers).values(rows);
  },
  async serialsTaken(db: Db | Tx, serials: string[]): Promise<string[]> {
    if (!serials.length) return [];
    const rows = await db
      .select({ serial: formNumbers.serial })
      .from(formNumbers)
      .where(inArray(formNumbers.serial, serials));
    return rows.map((r) => r.serial);
  },
  async books(db: Db | Tx, holderId: string | null) {
    return db
      .select({ book: formBooks, holderName: users.displayName })
      .from(formBooks)
      .innerJoin(users, eq(users.id, formBooks.holderId))
      .where(holderId ? eq(formBooks.holderId, holderId) : undefined)
      .orderBy(desc(formBooks.allocatedAt));
  },
  async numbersOfBooks(db: Db | Tx, bookIds: string[]): Promise<FormNumberRow[]> {
    if (!bookIds.length) return [];
    return db
      .select()
      .from(formNumbers)
      .where(inArray(formNumbers.bookId, bookIds))
      .orderBy(asc(formNumbers.number));
  },
  async lockNumber(tx: Tx, serial: string) {
    return (
      (
        await tx
          .select({ number: formNumbers, holderId: formBooks.holderId })
          .from(formNumbers)
          .innerJoin(formBooks, eq(formBooks.id, formNumbers.bookId))
          .where(eq(formNumbers.serial, serial))
          .for('update', { of: formNumbers })
          .limit(1)
      )[0] ?? null
    );
  },
  async setNumber(tx: Tx, serial: string, patch: Partial<typeof formNumbers.$inferInsert>) {
    await tx.update(formNumbers).set(patch).where(eq(formNumbers.serial, serial));
  },
  async countNumbers(db: Db | Tx) {
    return db
      .select({ status: formNumbers.status, n: sql<number>`count(*)::int` })
      .from(formNumbers)
      .groupBy(formNumbers.status);
  },
};
