import { and, asc, desc, eq, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.js';
import {
  certificateApplications,
  certificateEvents,
  certificates,
  officers,
  type ApplicationRow,
  type CertificateEventRow,
  type CertificateRow,
  type NewCertificateEventRow,
  type NewCertificateRow,
} from './personnel.schema.js';

export interface EventWithNumber extends CertificateEventRow {
  certificateNumber: string;
}

/** The only code that touches certificates, their events and applications. */
export const certificateRepository = {
  async insert(tx: Tx, v: NewCertificateRow): Promise<CertificateRow> {
    return (await tx.insert(certificates).values(v).returning())[0]!;
  },

  async update(tx: Tx, id: string, v: Partial<NewCertificateRow>): Promise<void> {
    await tx
      .update(certificates)
      .set({ ...v, updatedAt: new Date() })
      .where(eq(certificates.id, id));
  },

  async find(db: Db | Tx, id: string): Promise<CertificateRow | null> {
    return (await db.select().from(certificates).where(eq(certificates.id, id)).limit(1))[0] ?? null;
  },

  async findByNumber(db: Db | Tx, number: string): Promise<CertificateRow | null> {
    return (await db.select().from(certificates).where(eq(certificates.number, number)).limit(1))[0] ?? null;
  },

  async numbersTaken(db: Db | Tx, numbers: readonly string[]): Promise<Set<string>> {
    if (!numbers.length) return new Set();
    const rows = await db
      .select({ n: certificates.number })
      .from(certificates)
      .where(inArray(certificates.number, [...numbers]));
    return new Set(rows.map((r) => r.n));
  },

  async ofOfficers(db: Db | Tx, officerIds: readonly string[]): Promise<CertificateRow[]> {
    if (!officerIds.length) return [];
    return db
      .select()
      .from(certificates)
      .where(inArray(certificates.officerId, [...officerIds]))
      .orderBy(desc(certificates.issuedOn), asc(certificates.number));
  },

  async insertEvent(tx: Tx, v: NewCertificateEventRow): Promise<CertificateEventRow> {
    return (await tx.insert(certificateEvents).values(v).returning())[0]!;
  },

  async eventsOf(db: Db | Tx, certificateIds: readonly string[]): Promise<CertificateEventRow[]> {
    if (!certificateIds.length) return [];
    return db
      .select()
      .from(certificateEvents)
      .where(inArray(certificateEvents.certificateId, [...certificateIds]))
      .orderBy(asc(certificateEvents.effectiveOn), asc(certificateEvents.recordedAt));
  },

  /** The latest effective date in a certificate's history (new events may not precede it). */
  async lastEffectiveOn(db: Db | Tx, certificateId: string): Promise<string | null> {
    const rows = await db
      .select({ on: sql<string | null>`max(${certificateEvents.effectiveOn})::text` })
      .from(certificateEvents)
      .where(eq(certificateEvents.certificateId, certificateId));
    return rows[0]?.on ?? null;
  },

  /** An officer's history across all certificates, newest first. */
  async historyOfOfficer(db: Db | Tx, officerId: string): Promise<EventWithNumber[]> {
    const rows = await db
      .select({ e: certificateEvents, number: certificates.number })
      .from(certificateEvents)
      .innerJoin(certificates, eq(certificates.id, certificateEvents.certificateId))
      .where(eq(certificates.officerId, officerId))
      .orderBy(desc(certificateEvents.effectiveOn), desc(certificateEvents.recordedAt));
    return rows.map((r) => ({ ...r.e, certificateNumber: r.number }));
  },

  // ---------------------------------------------------------------------------------------- applications

  async insertApplication(tx: Tx, v: typeof certificateApplications.$inferInsert): Promise<ApplicationRow> {
    return (await tx.insert(certificateApplications).values(v).returning())[0]!;
  },

  async application(db: Db | Tx, id: string): Promise<ApplicationRow | null> {
    return (
      (
        await db.select().from(certificateApplications).where(eq(certificateApplications.id, id)).limit(1)
      )[0] ?? null
    );
  },

  async updateApplication(
    tx: Tx,
    id: string,
    v: Partial<typeof certificateApplications.$inferInsert>,
  ): Promise<void> {
    await tx
      .update(certificateApplications)
      .set({ ...v, updatedAt: new Date() })
      .where(eq(certificateApplications.id, id));
  },

  async applicationsOf(db: Db | Tx, officerId: string): Promise<ApplicationRow[]> {
    return db
      .select()
      .from(certificateApplications)
      .where(eq(certificateApplications.officerId, officerId))
      .orderBy(desc(certificateApplications.createdAt));
  },

  async pendingApplicationsOf(db: Db | Tx, officerId: string): Promise<ApplicationRow[]> {
    return db
      .select()
      .from(certificateApplications)
      .where(
        and(eq(certificateApplications.officerId, officerId), eq(certificateApplications.status, 'pending')),
      );
  },

  async numbersById(db: Db | Tx, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await db
      .select({ id: certificates.id, number: certificates.number })
      .from(certificates)
      .where(inArray(certificates.id, [...ids]));
    return new Map(rows.map((r) => [r.id, r.number]));
  },

  // ---------------------------------------------------------------------------------------- public portal

  /** Certificates in force today of serving officers, for the public list (no personal identifiers). */
  async publicPage(
    db: Db,
    opts: {
      q?: string | undefined;
      unitId?: string | undefined;
      today: string;
      page: number;
      pageSize: number;
    },
  ) {
    const conds: SQL[] = [
      eq(certificates.status, 'valid'),
      lte(certificates.issuedOn, opts.today),
      gte(certificates.validUntil, opts.today),
      eq(officers.status, 'serving'),
    ];
    if (opts.unitId) conds.push(eq(officers.unitId, opts.unitId));
    if (opts.q) {
      const like = `%${opts.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conds.push(or(ilike(officers.name, like), ilike(certificates.number, like))!);
    }
    const where = and(...conds);
    const unitName = sql<string>`(SELECT o.name FROM org_units o WHERE o.id = "officers"."unit_id")`;
    const unitOrder = sql<number>`(SELECT o.sort_order FROM org_units o WHERE o.id = "officers"."unit_id")`;
    const [total] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(certificates)
      .innerJoin(officers, eq(officers.id, certificates.officerId))
      .where(where);
    const rows = await db
      .select({ c: certificates, name: officers.name, unitName })
      .from(certificates)
      .innerJoin(officers, eq(officers.id, certificates.officerId))
      .where(where)
      .orderBy(asc(unitOrder), asc(officers.name), asc(certificates.number))
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize);
    return { rows, total: Number(total?.n ?? 0) };
  },

  /** A certificate with its holder's name and unit, for verification. */
  async withHolder(db: Db, number: string) {
    const rows = await db
      .select({
        c: certificates,
        name: officers.name,
        unitName: sql<string>`(SELECT o.name FROM org_units o WHERE o.id = "officers"."unit_id")`,
      })
      .from(certificates)
      .innerJoin(officers, eq(officers.id, certificates.officerId))
      .where(eq(certificates.number, number))
      .limit(1);
    return rows[0] ?? null;
  },

  // ---------------------------------------------------------------------------------------- warnings, statistics

  /** Valid certificates of serving officers whose valid-until date falls in [from, to]. */
  async expiringBetween(db: Db, from: string, to: string) {
    return db
      .select({
        c: certificates,
        officerName: officers.name,
        userId: officers.userId,
        unitId: officers.unitId,
      })
      .from(certificates)
      .innerJoin(officers, eq(officers.id, certificates.officerId))
      .where(
        and(
          eq(certificates.status, 'valid'),
          eq(officers.status, 'serving'),
          gte(certificates.validUntil, from),
          lte(certificates.validUntil, to),
        ),
      )
      .orderBy(asc(certificates.validUntil));
  },

  /** Valid certificates of serving officers that have no renewal deadline yet (opened by the sweep). */
  async withoutRenewalDeadline(db: Db, today: string) {
    return db
      .select({
        c: certificates,
        officerName: officers.name,
        userId: officers.userId,
        unitId: officers.unitId,
      })
      .from(certificates)
      .innerJoin(officers, eq(officers.id, certificates.officerId))
      .where(
        and(
          eq(certificates.status, 'valid'),
          eq(officers.status, 'serving'),
          gte(certificates.validUntil, today),
          isNull(certificates.renewalDeadlineId),
        ),
      );
  },

  /** Every certificate with its officer's unit and status (statistics; a bureau has hundreds, not millions). */
  async allWithOfficer(db: Db) {
    return db
      .select({ c: certificates, unitId: officers.unitId, officerStatus: officers.status })
      .from(certificates)
      .innerJoin(officers, eq(officers.id, certificates.officerId));
  },

  /** Status-changing events of a kind in a year (statistics). */
  async countEvents(db: Db, kind: 'suspended' | 'revoked', year: number): Promise<number> {
    const rows = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(certificateEvents)
      .where(
        and(
          eq(certificateEvents.kind, kind),
          gte(certificateEvents.effectiveOn, `${year}-01-01`),
          lte(certificateEvents.effectiveOn, `${year}-12-31`),
        ),
      );
    return Number(rows[0]?.n ?? 0);
  },
};
