/**
 * Queries of the fault module: its own tables, and read-only views of the original case's trail (approvals,
 * legal reviews) and of the audit events about a matter.
 */
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { LeadSource, MatterStage } from '../../../common/contracts/fault.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { likePattern } from '../../platform/db/like.js';
import {
  faultAppeals,
  faultInquiries,
  faultMatters,
  faultPeople,
  faultReviews,
  faultSettings,
  type AppealRow,
  type InquiryRow,
  type MatterRow,
  type PersonRow,
  type ReviewRow,
} from './fault.schema.js';

/** Serialises the matter numbering (a transaction-scoped advisory lock). */
const NUMBER_LOCK = 7_301_011;

export interface MatterFilter {
  stage?: MatterStage | undefined;
  source?: LeadSource | undefined;
  q?: string | undefined;
  caseId?: string | undefined;
}

function filterWhere(f: MatterFilter): SQL | undefined {
  const m = faultMatters;
  const parts: (SQL | undefined)[] = [
    f.stage ? eq(m.stage, f.stage) : undefined,
    f.source ? eq(m.source, f.source) : undefined,
    f.caseId ? eq(m.caseId, f.caseId) : undefined,
  ];
  if (f.q) {
    const p = likePattern(f.q);
    parts.push(
      or(
        ilike(m.no, p),
        ilike(m.summary, p),
        sql`EXISTS (SELECT 1 FROM cases c WHERE c.id = ${m.caseId} AND c.case_no ILIKE ${p})`,
      ),
    );
  }
  return and(...parts);
}

export interface TrailApproval {
  kind: string;
  approverRole: string;
  decidedBy: string;
  decidedByName: string;
  decidedAt: Date;
  requestedBy: string;
}

export const faultRepository = {
  // ------------------------------------------------------------------ settings
  async settings(db: Db | Tx) {
    return (await db.select().from(faultSettings).where(eq(faultSettings.id, 1)))[0] ?? null;
  },
  async saveSettings(
    tx: Tx,
    v: { repeatWindowMonths: number; repeatThreshold: number; updatedByName: string },
  ) {
    await tx
      .insert(faultSettings)
      .values({ id: 1, ...v })
      .onConflictDoUpdate({ target: faultSettings.id, set: { ...v, updatedAt: new Date() } });
  },

  // ------------------------------------------------------------------ matters
  async nextNumber(tx: Tx, year: number): Promise<number> {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${NUMBER_LOCK})`);
    const r = await tx
      .select({ n: sql<number>`coalesce(max(${faultMatters.seq}), 0)::int` })
      .from(faultMatters)
      .where(eq(faultMatters.year, year));
    return (r[0]?.n ?? 0) + 1;
  },
  async insertMatter(tx: Tx, v: typeof faultMatters.$inferInsert): Promise<MatterRow> {
    return (await tx.insert(faultMatters).values(v).returning())[0]!;
  },
  async updateMatter(tx: Tx, id: string, v: Partial<typeof faultMatters.$inferInsert>) {
    await tx.update(faultMatters).set(v).where(eq(faultMatters.id, id));
  },
  async find(db: Db | Tx, id: string): Promise<MatterRow | null> {
    return (await db.select().from(faultMatters).where(eq(faultMatters.id, id)))[0] ?? null;
  },
  async lock(tx: Tx, id: string): Promise<MatterRow | null> {
    return (await tx.select().from(faultMatters).where(eq(faultMatters.id, id)).for('update'))[0] ?? null;
  },
  async bySourceRef(db: Db | Tx, kind: string, id: string): Promise<MatterRow | null> {
    return (
      (
        await db
          .select()
          .from(faultMatters)
          .where(and(sql`${faultMatters.sourceRefKind} = ${kind}`, eq(faultMatters.sourceRefId, id)))
          .limit(1)
      )[0] ?? null
    );
  },
  async list(db: Db | Tx, f: MatterFilter, page: number, pageSize: number) {
    const where = filterWhere(f);
    const [rows, total] = await Promise.all([
      db
        .select()
        .from(faultMatters)
        .where(where)
        .orderBy(desc(faultMatters.receivedOn), desc(faultMatters.seq))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      db.select({ n: count() }).from(faultMatters).where(where),
    ]);
    return { rows, total: Number(total[0]?.n ?? 0) };
  },
  async all(db: Db | Tx, f: MatterFilter = {}): Promise<MatterRow[]> {
    return db
      .select()
      .from(faultMatters)
      .where(filterWhere(f))
      .orderBy(desc(faultMatters.receivedOn), desc(faultMatters.seq));
  },
  /** Matters the user is under investigation in, found liable in, or registered. */
  async mine(db: Db | Tx, userId: string): Promise<MatterRow[]> {
    return db
      .select()
      .from(faultMatters)
      .where(
        or(
          sql`${userId}::uuid = ANY(${faultMatters.subjectIds})`,
          eq(faultMatters.registeredBy, userId),
          sql`EXISTS (SELECT 1 FROM fault_people p WHERE p.matter_id = ${faultMatters.id} AND p.person_id = ${userId})`,
        ),
      )
      .orderBy(desc(faultMatters.receivedOn));
  },

  // ------------------------------------------------------------------ persons
  async insertPeople(tx: Tx, rows: (typeof faultPeople.$inferInsert)[]) {
    if (rows.length) await tx.insert(faultPeople).values(rows);
  },
  async people(db: Db | Tx, matterId: string): Promise<PersonRow[]> {
    return db
      .select()
      .from(faultPeople)
      .where(eq(faultPeople.matterId, matterId))
      .orderBy(asc(faultPeople.personName));
  },
  async peopleOf(db: Db | Tx, matterIds: readonly string[]): Promise<PersonRow[]> {
    return matterIds.length
      ? db
          .select()
          .from(faultPeople)
          .where(inArray(faultPeople.matterId, [...matterIds]))
      : [];
  },
  async updatePerson(
    tx: Tx,
    matterId: string,
    personId: string,
    v: Partial<typeof faultPeople.$inferInsert>,
  ) {
    await tx
      .update(faultPeople)
      .set(v)
      .where(and(eq(faultPeople.matterId, matterId), eq(faultPeople.personId, personId)));
  },
  /** The dates of the person's earlier faults (decided, not exempted), for 第八条第二项. */
  async priorFaultDates(
    db: Db | Tx,
    personId: string,
    exceptMatterId: string | null,
  ): Promise<{ on: string; no: string }[]> {
    const rows = await db.execute<{ on: string; no: string }>(sql`
      SELECT m.decided_on::text AS on, m.no FROM fault_people p JOIN fault_matters m ON m.id = p.matter_id
      WHERE p.person_id = ${personId} AND m.decided_on IS NOT NULL AND p.treatment <> 'exempt'
        AND m.id <> ${exceptMatterId ?? '00000000-0000-0000-0000-000000000000'}
      ORDER BY m.decided_on`);
    return rows.rows;
  },

  // ------------------------------------------------------------------ inquiries, reviews, appeals
  async insertInquiry(tx: Tx, v: typeof faultInquiries.$inferInsert): Promise<InquiryRow> {
    return (await tx.insert(faultInquiries).values(v).returning())[0]!;
  },
  async inquiries(db: Db | Tx, matterId: string): Promise<InquiryRow[]> {
    return db
      .select()
      .from(faultInquiries)
      .where(eq(faultInquiries.matterId, matterId))
      .orderBy(asc(faultInquiries.heldAt));
  },
  async insertReview(tx: Tx, v: typeof faultReviews.$inferInsert): Promise<ReviewRow> {
    return (await tx.insert(faultReviews).values(v).returning())[0]!;
  },
  async reviews(db: Db | Tx, matterId: string): Promise<ReviewRow[]> {
    return db
      .select()
      .from(faultReviews)
      .where(eq(faultReviews.matterId, matterId))
      .orderBy(asc(faultReviews.receivedOn));
  },
  async allReviews(db: Db | Tx): Promise<ReviewRow[]> {
    return db.select().from(faultReviews);
  },
  async updateReview(tx: Tx, id: string, v: Partial<typeof faultReviews.$inferInsert>) {
    await tx.update(faultReviews).set(v).where(eq(faultReviews.id, id));
  },
  async insertAppeal(tx: Tx, v: typeof faultAppeals.$inferInsert): Promise<AppealRow> {
    return (await tx.insert(faultAppeals).values(v).returning())[0]!;
  },
  async appeals(db: Db | Tx, matterId: string): Promise<AppealRow[]> {
    return db
      .select()
      .from(faultAppeals)
      .where(eq(faultAppeals.matterId, matterId))
      .orderBy(asc(faultAppeals.filedOn));
  },
  async appealCount(db: Db | Tx): Promise<number> {
    return Number((await db.select({ n: count() }).from(faultAppeals))[0]?.n ?? 0);
  },
  async updateAppeal(tx: Tx, id: string, v: Partial<typeof faultAppeals.$inferInsert>) {
    await tx.update(faultAppeals).set(v).where(eq(faultAppeals.id, id));
  },

  // ------------------------------------------------------------------ the original case's trail (read only)
  /** The decided approvals of the report (案件审核) and the decision (决定审批), in order. */
  async approvals(db: Db | Tx, caseId: string): Promise<TrailApproval[]> {
    const rows = await db.execute<{
      kind: string;
      approver_role: string;
      decided_by: string;
      name: string;
      decided_at: Date | string;
      requested_by: string;
    }>(sql`
      SELECT a.kind, a.approver_role, a.decided_by, u.display_name AS name, a.decided_at, a.requested_by
      FROM case_approvals a JOIN users u ON u.id = a.decided_by
      WHERE a.case_id = ${caseId} AND a.status = 'approved' AND a.kind IN ('report', 'decision')
      ORDER BY a.decided_at, a.level`);
    return rows.rows.map((r) => ({
      kind: r.kind,
      approverRole: r.approver_role,
      decidedBy: r.decided_by,
      decidedByName: r.name,
      decidedAt: new Date(r.decided_at),
      requestedBy: r.requested_by,
    }));
  },
  /** The 法制审核 reviewers who gave an opinion. */
  async legalReviewers(db: Db | Tx, caseId: string) {
    const rows = await db.execute<{
      reviewer_id: string;
      reviewer_name: string;
      reviewed_at: Date | string;
      opinion: string;
    }>(sql`
      SELECT reviewer_id, reviewer_name, reviewed_at, opinion FROM legal_reviews
      WHERE case_id = ${caseId} AND opinion IS NOT NULL AND reviewer_id IS NOT NULL ORDER BY round`);
    return rows.rows.map((r) => ({
      personId: r.reviewer_id,
      name: r.reviewer_name,
      at: new Date(r.reviewed_at),
      opinion: r.opinion,
    }));
  },
  /** Everyone who ever handled the case (removed officers too). */
  async handlersEver(db: Db | Tx, caseId: string): Promise<string[]> {
    const rows = await db.execute<{ user_id: string }>(
      sql`SELECT DISTINCT user_id FROM case_officers WHERE case_id = ${caseId}`,
    );
    return rows.rows.map((r) => r.user_id);
  },
  async unitsOf(db: Db | Tx, userIds: readonly string[]): Promise<Map<string, string | null>> {
    if (!userIds.length) return new Map();
    const rows = await db.execute<{ id: string; unit_name: string | null }>(sql`
      SELECT u.id, o.name AS unit_name FROM users u LEFT JOIN org_units o ON o.id = u.unit_id
      WHERE u.id IN (${sql.join(
        userIds.map((id) => sql`${id}`),
        sql`, `,
      )})`);
    return new Map(rows.rows.map((r) => [r.id, r.unit_name]));
  },

  // ------------------------------------------------------------------ records a lead may link to
  /** The case's reversed challenges, missed deadlines and (for 纪检) interference findings. */
  async sourceOptions(db: Db | Tx, caseId: string, withFindings: boolean) {
    const rows = await db.execute<{ kind: string; id: string; label: string; source: string }>(sql`
      SELECT 'challenge' AS kind, ch.id,
             (CASE ch.kind WHEN 'reconsideration' THEN '行政复议' ELSE '行政诉讼' END) || '：' ||
             coalesce(ch.outcome, '') || '（' || ch.ended_on::text || '）' AS label,
             (CASE ch.kind WHEN 'reconsideration' THEN 'reconsideration' ELSE 'litigation' END) AS source
      FROM fine_challenges ch JOIN fine_obligations o ON o.id = ch.obligation_id
      WHERE o.case_id = ${caseId} AND ch.result IN ('revoked', 'changed', 'confirmed_illegal', 'confirmed_invalid')
      UNION ALL
      SELECT 'deadline', d.id, d.title || '（期满 ' || coalesce(d.due_date::text, to_char(d.due_at, 'YYYY-MM-DD')) ||
             CASE WHEN d.status = 'missed' THEN '，已逾期）' ELSE '，已超期未办）' END, 'missed_deadline'
      FROM deadlines d
      WHERE d.object_type = 'case' AND d.object_id = ${caseId}
        AND (d.status = 'missed' OR (d.status IN ('open', 'extended') AND d.due_at < now()))
      UNION ALL
      SELECT 'interference_finding', f.id, '干预执法认定：' || f.subject_name || '（' || f.recorded_at::date::text || '）',
             'interference_finding'
      FROM interference_findings f WHERE ${withFindings} AND f.case_id = ${caseId}`);
    return rows.rows;
  },

  /** The personnel record (执法人员) of an account, for certificate measures. */
  async officerOf(db: Db | Tx, userId: string): Promise<string | null> {
    const rows = await db.execute<{ id: string }>(sql`SELECT id FROM officers WHERE user_id = ${userId}`);
    return rows.rows[0]?.id ?? null;
  },

  // ------------------------------------------------------------------ history
  async events(db: Db | Tx, matterId: string) {
    const rows = await db.execute<{ occurred_at: Date | string; actor_name: string; action: string }>(sql`
      SELECT occurred_at, actor_name, action FROM audit_events
      WHERE object_type = 'fault_matter' AND object_id = ${matterId} ORDER BY id`);
    return rows.rows.map((r) => ({
      at: new Date(r.occurred_at).toISOString(),
      actorName: r.actor_name,
      action: r.action,
    }));
  },
};
