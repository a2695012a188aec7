import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.js';
import {
  examRecords,
  officers,
  trainingRecords,
  type ExamRow,
  type TrainingRow,
} from './personnel.schema.js';

/** The only code that touches training and exam records. */
export const trainingRepository = {
  async insertTraining(tx: Tx, v: typeof trainingRecords.$inferInsert): Promise<TrainingRow> {
    return (await tx.insert(trainingRecords).values(v).returning())[0]!;
  },

  async insertExam(tx: Tx, v: typeof examRecords.$inferInsert): Promise<ExamRow> {
    return (await tx.insert(examRecords).values(v).returning())[0]!;
  },

  async trainingOf(db: Db | Tx, officerId: string): Promise<TrainingRow[]> {
    return db
      .select()
      .from(trainingRecords)
      .where(eq(trainingRecords.officerId, officerId))
      .orderBy(desc(trainingRecords.completedOn), desc(trainingRecords.recordedAt));
  },

  async examsOf(db: Db | Tx, officerId: string): Promise<ExamRow[]> {
    return db
      .select()
      .from(examRecords)
      .where(eq(examRecords.officerId, officerId))
      .orderBy(desc(examRecords.takenOn), desc(examRecords.recordedAt));
  },

  /** Hours per officer in a calendar year (officers without training are absent). */
  async hoursInYear(db: Db, year: number, officerIds?: readonly string[]): Promise<Map<string, number>> {
    const conds = [
      gte(trainingRecords.completedOn, `${year}-01-01`),
      lte(trainingRecords.completedOn, `${year}-12-31`),
    ];
    if (officerIds) {
      if (!officerIds.length) return new Map();
      conds.push(inArray(trainingRecords.officerId, [...officerIds]));
    }
    const rows = await db
      .select({ id: trainingRecords.officerId, h: sql<number>`sum(${trainingRecords.hours})::float8` })
      .from(trainingRecords)
      .where(and(...conds))
      .groupBy(trainingRecords.officerId);
    return new Map(rows.map((r) => [r.id, Number(r.h)]));
  },

  /** Exams taken in a year: how many, how many passed. */
  async examCounts(db: Db, year: number): Promise<{ taken: number; passed: number }> {
    const rows = await db
      .select({
        taken: sql<number>`count(*)::int`,
        passed: sql<number>`count(*) FILTER (WHERE ${examRecords.passed})::int`,
      })
      .from(examRecords)
      .where(and(gte(examRecords.takenOn, `${year}-01-01`), lte(examRecords.takenOn, `${year}-12-31`)));
    return { taken: Number(rows[0]?.taken ?? 0), passed: Number(rows[0]?.passed ?? 0) };
  },

  /** Serving officers holding a valid certificate today: the people the annual training minimum applies to. */
  async certifiedServingOfficers(db: Db, today: string) {
    return db
      .select({ id: officers.id, name: officers.name, userId: officers.userId, unitId: officers.unitId })
      .from(officers)
      .where(
        and(
          eq(officers.status, 'serving'),
          sql`EXISTS (SELECT 1 FROM certificates c WHERE c.officer_id = "officers"."id"
                AND c.status = 'valid' AND c.issued_on <= ${today}::date AND c.valid_until >= ${today}::date)`,
        ),
      )
      .orderBy(asc(officers.name));
  },
};
