import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.js';
import { likePattern } from '../../platform/db/like.js';
import { userRoles, users } from '../iam/iam.schema.js';
import type { Role } from '../../../common/roles.js';
import { orgUnits } from '../org/org.schema.js';
import type { CaseScope } from './case.policy.js';
import {
  caseApprovals,
  caseOfficers,
  caseParties,
  caseSources,
  caseSteps,
  caseViolations,
  cases,
  numberSequences,
  penaltyProposals,
  type ApprovalKind,
  type CaseApprovalRow,
  type CaseOfficerRow,
  type CaseRow,
  type CaseSourceRow,
} from './cases.schema.js';

type NewCase = typeof cases.$inferInsert;

export interface CaseListFilter {
  scope: CaseScope;
  status?: CaseRow['status'];
  procedure?: CaseRow['procedure'];
  unitId?: string;
  officerId?: string;
  mineUserId?: string;
  party?: string;
  q?: string;
  overdue?: boolean;
  filedFrom?: string;
  filedTo?: string;
}

type NewSource = typeof caseSources.$inferInsert;

/** The only file writing SQL for the case core tables (cases, sources, parties, violations, officers, trail). */
export const caseRepository = {
  // ------------------------------------------------------------------ numbers
  /**
   * Takes the next number of a scope and year inside the caller's transaction. The upsert locks the row until
   * the transaction ends, so concurrent takers queue and a rollback returns the number: gap-free.
   */
  async nextNumber(tx: Tx, scope: string, year: number): Promise<number> {
    const rows = await tx
      .insert(numberSequences)
      .values({ scope, year, lastValue: 1 })
      .onConflictDoUpdate({
        target: [numberSequences.scope, numberSequences.year],
        set: { lastValue: sql`${numberSequences.lastValue} + 1` },
      })
      .returning({ value: numberSequences.lastValue });
    return rows[0]!.value;
  },

  // ------------------------------------------------------------------ sources
  async insertSource(tx: Tx, v: NewSource) {
    return (await tx.insert(caseSources).values(v).returning())[0]!;
  },
  async findSource(db: Db | Tx, id: string) {
    return (await db.select().from(caseSources).where(eq(caseSources.id, id)).limit(1))[0] ?? null;
  },
  async lockSource(tx: Tx, id: string) {
    return (
      (await tx.select().from(caseSources).where(eq(caseSources.id, id)).for('update').limit(1))[0] ?? null
    );
  },
  async updateSource(tx: Tx, id: string, patch: Partial<NewSource>) {
    await tx.update(caseSources).set(patch).where(eq(caseSources.id, id));
  },
  /** The source list's conditions: status, free text, and the actor's scope (a section sees its own sources). */
  sourceWhere(f: { status?: CaseSourceRow['status']; q?: string; scope: CaseScope }): SQL | undefined {
    const conds: SQL[] = [];
    if (f.status) conds.push(eq(caseSources.status, f.status));
    if (f.q)
      conds.push(
        sql`(${caseSources.subjectName} ILIKE ${likePattern(f.q)} OR ${caseSources.sourceNo} ILIKE ${likePattern(f.q)} OR ${caseSources.summary} ILIKE ${likePattern(f.q)})`,
      );
    if (f.scope.kind === 'unit-or-own')
      conds.push(
        sql`(${caseSources.unitId} = ${f.scope.unitId} OR ${caseSources.registeredBy} = ${f.scope.userId})`,
      );
    if (f.scope.kind === 'own')
      conds.push(
        sql`(${caseSources.registeredBy} = ${f.scope.userId} OR ${caseSources.unitId} = (SELECT unit_id FROM users WHERE id = ${f.scope.userId}))`,
      );
    return conds.length ? and(...conds) : undefined;
  },
  /** Whether the unit has an enabled section head to approve its cases (else the 分管局领导 approves directly). */
  async unitHasHead(db: Db | Tx, unitId: string): Promise<boolean> {
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .where(and(eq(users.unitId, unitId), eq(users.disabled, false), eq(userRoles.role, 'section_head')))
      .limit(1);
    return rows.length > 0;
  },
  async officerUnit(db: Db | Tx, userId: string): Promise<string> {
    const row = (
      await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, userId)).limit(1)
    )[0];
    if (!row?.unitId) throw new Error('账号未设置所属科室');
    return row.unitId;
  },
  /** Enabled users holding a role, optionally only those of one unit (the recipients of a to-do). */
  async usersWithRole(db: Db | Tx, role: Role, unitId?: string | null): Promise<string[]> {
    const rows = await db
      .selectDistinct({ id: users.id })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .where(
        and(
          eq(users.disabled, false),
          eq(userRoles.role, role),
          unitId ? eq(users.unitId, unitId) : undefined,
        ),
      );
    return rows.map((r) => r.id);
  },
  /** Leaders and the principal: who may chair a collective discussion (行政机关负责人). */
  async leaderUsers(db: Db | Tx) {
    return db
      .selectDistinct({ id: users.id, name: users.displayName, role: userRoles.role })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .where(and(eq(users.disabled, false), inArray(userRoles.role, ['leader', 'principal'])))
      .orderBy(users.displayName);
  },
  /** Accounts that can be named as case officers: enabled officers and section heads. */
  async officerUsers(db: Db | Tx) {
    return db
      .selectDistinct({ id: users.id, name: users.displayName, unitName: orgUnits.name })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .leftJoin(orgUnits, eq(orgUnits.id, users.unitId))
      .where(and(eq(users.disabled, false), inArray(userRoles.role, ['officer', 'section_head'])))
      .orderBy(users.displayName);
  },
  async sourcePage(db: Db, where: SQL | undefined, page: number, pageSize: number) {
    const [total] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(caseSources)
      .where(where);
    const rows = await db
      .select({
        source: caseSources,
        unitName: orgUnits.name,
        registeredByName: users.displayName,
        caseId: sql<string | null>`(SELECT id FROM cases c WHERE c.source_id = ${caseSources.id} LIMIT 1)`,
      })
      .from(caseSources)
      .innerJoin(orgUnits, eq(orgUnits.id, caseSources.unitId))
      .innerJoin(users, eq(users.id, caseSources.registeredBy))
      .where(where)
      .orderBy(desc(caseSources.registeredAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return { rows, total: total?.n ?? 0 };
  },

  // ------------------------------------------------------------------ cases
  /**
   * One page of the case list within the actor's scope and filters, with the nearest running deadline and
   * whether any is overdue (a missed period not yet done, or a running one past its due instant).
   */
  async page(db: Db, f: CaseListFilter, page: number, pageSize: number) {
    const conds: SQL[] = [];
    if (f.scope.kind === 'unit-or-own')
      conds.push(
        sql`(${cases.unitId} = ${f.scope.unitId} OR ${cases.createdBy} = ${f.scope.userId} OR ${cases.officerIds} @> ARRAY[${f.scope.userId}]::uuid[])`,
      );
    if (f.scope.kind === 'own')
      conds.push(
        sql`(${cases.createdBy} = ${f.scope.userId} OR ${cases.officerIds} @> ARRAY[${f.scope.userId}]::uuid[])`,
      );
    if (f.status) conds.push(eq(cases.status, f.status));
    if (f.procedure) conds.push(eq(cases.procedure, f.procedure));
    if (f.unitId) conds.push(eq(cases.unitId, f.unitId));
    if (f.officerId) conds.push(sql`${cases.officerIds} @> ARRAY[${f.officerId}]::uuid[]`);
    if (f.mineUserId) conds.push(sql`${cases.officerIds} @> ARRAY[${f.mineUserId}]::uuid[]`);
    if (f.party) conds.push(sql`${cases.partyNames} ILIKE ${likePattern(f.party)}`);
    if (f.q)
      conds.push(
        sql`(${cases.caseNo} ILIKE ${likePattern(f.q)} OR ${cases.title} ILIKE ${likePattern(f.q)})`,
      );
    if (f.filedFrom) conds.push(sql`${cases.filedOn} >= ${f.filedFrom}`);
    if (f.filedTo) conds.push(sql`${cases.filedOn} <= ${f.filedTo}`);
    const overdue = sql<boolean>`EXISTS (SELECT 1 FROM deadlines d WHERE d.object_type = 'case' AND d.object_id = ${cases.id}::text
      AND d.completed_at IS NULL AND (d.status = 'missed' OR (d.status IN ('open', 'extended') AND d.due_at < now())))`;
    if (f.overdue === true) conds.push(overdue);
    if (f.overdue === false) conds.push(sql`NOT ${overdue}`);
    const where = conds.length ? and(...conds) : undefined;
    const [total] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(cases)
      .where(where);
    const rows = await db
      .select({
        lawCase: cases,
        unitName: orgUnits.name,
        overdue,
        nextDue: sql<
          string | null
        >`(SELECT to_char(min(d.due_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') FROM deadlines d
          WHERE d.object_type = 'case' AND d.object_id = ${cases.id}::text AND d.status IN ('open', 'extended'))`,
        nextDueTitle: sql<string | null>`(SELECT d.title FROM deadlines d WHERE d.object_type = 'case'
          AND d.object_id = ${cases.id}::text AND d.status IN ('open', 'extended') ORDER BY d.due_at LIMIT 1)`,
      })
      .from(cases)
      .innerJoin(orgUnits, eq(orgUnits.id, cases.unitId))
      .where(where)
      .orderBy(desc(cases.createdAt), desc(cases.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return { rows, total: total?.n ?? 0 };
  },
  async insertCase(tx: Tx, v: NewCase): Promise<CaseRow> {
    return (await tx.insert(cases).values(v).returning())[0]!;
  },
  async find(db: Db | Tx, id: string): Promise<CaseRow | null> {
    return (await db.select().from(cases).where(eq(cases.id, id)).limit(1))[0] ?? null;
  },
  /** The case row locked for the rest of the transaction: commands on one case run one after another. */
  async lock(tx: Tx, id: string): Promise<CaseRow | null> {
    return (await tx.select().from(cases).where(eq(cases.id, id)).for('update').limit(1))[0] ?? null;
  },
  async update(tx: Tx, id: string, patch: Partial<NewCase>): Promise<CaseRow> {
    const rows = await tx
      .update(cases)
      .set({ ...patch, updatedAt: new Date(), version: sql`${cases.version} + 1` })
      .where(eq(cases.id, id))
      .returning();
    return rows[0]!;
  },
  async unitName(db: Db | Tx, unitId: string): Promise<string> {
    return (await db.select({ n: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, unitId)))[0]?.n ?? '';
  },
  async userNames(db: Db | Tx, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(inArray(users.id, [...new Set(ids)]));
    return new Map(rows.map((r) => [r.id, r.name]));
  },

  // ------------------------------------------------------------------ parties, violations, officers
  async insertParty(tx: Tx, v: typeof caseParties.$inferInsert) {
    return (await tx.insert(caseParties).values(v).returning())[0]!;
  },
  async updateParty(tx: Tx, id: string, patch: Partial<typeof caseParties.$inferInsert>) {
    await tx.update(caseParties).set(patch).where(eq(caseParties.id, id));
  },
  async parties(db: Db | Tx, caseId: string) {
    return db
      .select()
      .from(caseParties)
      .where(eq(caseParties.caseId, caseId))
      .orderBy(asc(caseParties.createdAt));
  },
  async insertViolation(tx: Tx, v: typeof caseViolations.$inferInsert) {
    return (await tx.insert(caseViolations).values(v).returning())[0]!;
  },
  async deleteViolation(tx: Tx, caseId: string, id: string): Promise<boolean> {
    const r = await tx
      .delete(caseViolations)
      .where(and(eq(caseViolations.caseId, caseId), eq(caseViolations.id, id)))
      .returning({ id: caseViolations.id });
    return r.length > 0;
  },
  async violations(db: Db | Tx, caseId: string) {
    return db
      .select()
      .from(caseViolations)
      .where(eq(caseViolations.caseId, caseId))
      .orderBy(asc(caseViolations.createdAt));
  },
  async insertOfficer(tx: Tx, v: typeof caseOfficers.$inferInsert) {
    return (await tx.insert(caseOfficers).values(v).returning())[0]!;
  },
  async updateOfficer(tx: Tx, id: string, patch: Partial<typeof caseOfficers.$inferInsert>) {
    await tx.update(caseOfficers).set(patch).where(eq(caseOfficers.id, id));
  },
  /** The officers on the case now (removed ones are history). */
  async activeOfficers(db: Db | Tx, caseId: string): Promise<CaseOfficerRow[]> {
    return db
      .select()
      .from(caseOfficers)
      .where(and(eq(caseOfficers.caseId, caseId), isNull(caseOfficers.removedAt)))
      .orderBy(asc(caseOfficers.assignedAt));
  },
  /** The current officers of several cases in one query (for lists that check each case's relationship). */
  async activeOfficersOf(db: Db | Tx, caseIds: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!caseIds.length) return out;
    const rows = await db
      .select({ caseId: caseOfficers.caseId, userId: caseOfficers.userId })
      .from(caseOfficers)
      .where(and(inArray(caseOfficers.caseId, [...new Set(caseIds)]), isNull(caseOfficers.removedAt)));
    for (const r of rows) out.set(r.caseId, [...(out.get(r.caseId) ?? []), r.userId]);
    return out;
  },
  async findMany(db: Db | Tx, ids: readonly string[]): Promise<Map<string, CaseRow>> {
    if (!ids.length) return new Map();
    const rows = await db
      .select()
      .from(cases)
      .where(inArray(cases.id, [...new Set(ids)]));
    return new Map(rows.map((r) => [r.id, r]));
  },
  /** Everyone who ever handled the case (for 法制审核 independence). */
  async everOfficerIds(db: Db | Tx, caseId: string): Promise<string[]> {
    const rows = await db
      .select({ userId: caseOfficers.userId })
      .from(caseOfficers)
      .where(eq(caseOfficers.caseId, caseId));
    return rows.map((r) => r.userId);
  },

  // ------------------------------------------------------------------ the trail
  async insertStep(tx: Tx, v: typeof caseSteps.$inferInsert) {
    await tx.insert(caseSteps).values(v);
  },
  async steps(db: Db | Tx, caseId: string) {
    return db.select().from(caseSteps).where(eq(caseSteps.caseId, caseId)).orderBy(asc(caseSteps.at));
  },
  async insertProposal(tx: Tx, v: Omit<typeof penaltyProposals.$inferInsert, 'version'>) {
    const [last] = await tx
      .select({ v: sql<number>`coalesce(max(${penaltyProposals.version}), 0)::int` })
      .from(penaltyProposals)
      .where(eq(penaltyProposals.caseId, v.caseId));
    return (
      await tx
        .insert(penaltyProposals)
        .values({ ...v, version: (last?.v ?? 0) + 1 })
        .returning()
    )[0]!;
  },
  async proposals(db: Db | Tx, caseId: string) {
    return db
      .select()
      .from(penaltyProposals)
      .where(eq(penaltyProposals.caseId, caseId))
      .orderBy(asc(penaltyProposals.version));
  },

  // ------------------------------------------------------------------ approvals
  async insertApproval(tx: Tx, v: typeof caseApprovals.$inferInsert): Promise<CaseApprovalRow> {
    return (await tx.insert(caseApprovals).values(v).returning())[0]!;
  },
  async lockApproval(tx: Tx, caseId: string, id: string): Promise<CaseApprovalRow | null> {
    return (
      (
        await tx
          .select()
          .from(caseApprovals)
          .where(and(eq(caseApprovals.id, id), eq(caseApprovals.caseId, caseId)))
          .for('update')
          .limit(1)
      )[0] ?? null
    );
  },
  async decideApproval(tx: Tx, id: string, patch: Partial<typeof caseApprovals.$inferInsert>) {
    await tx.update(caseApprovals).set(patch).where(eq(caseApprovals.id, id));
  },
  async pendingApprovals(db: Db | Tx, caseId: string): Promise<CaseApprovalRow[]> {
    return db
      .select()
      .from(caseApprovals)
      .where(and(eq(caseApprovals.caseId, caseId), eq(caseApprovals.status, 'pending')))
      .orderBy(asc(caseApprovals.requestedAt));
  },
  async pendingOfKind(db: Db | Tx, caseId: string, kind: ApprovalKind): Promise<CaseApprovalRow | null> {
    return (
      (
        await db
          .select()
          .from(caseApprovals)
          .where(
            and(
              eq(caseApprovals.caseId, caseId),
              eq(caseApprovals.kind, kind),
              eq(caseApprovals.status, 'pending'),
            ),
          )
          .limit(1)
      )[0] ?? null
    );
  },
  /** Pending approvals for the given approver roles, with their case (the approver's to-do list). */
  async pendingForRoles(db: Db, roles: readonly CaseApprovalRow['approverRole'][]) {
    if (!roles.length) return [];
    return db
      .select({ approval: caseApprovals, lawCase: cases, requestedByName: users.displayName })
      .from(caseApprovals)
      .innerJoin(cases, eq(cases.id, caseApprovals.caseId))
      .innerJoin(users, eq(users.id, caseApprovals.requestedBy))
      .where(and(eq(caseApprovals.status, 'pending'), inArray(caseApprovals.approverRole, [...roles])))
      .orderBy(asc(caseApprovals.requestedAt))
      .limit(500);
  },
};
