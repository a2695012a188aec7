import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type {
  CertificateStatus,
  EnforcementCategory,
  OfficerStatus,
  PersonnelSettingsValues,
  StaffingType,
} from '../../../common/contracts/personnel.js';
import type { Db, Tx } from '../../platform/db/database.js';
import type { OfficerScope } from './personnel.policy.js';
import {
  entrustedUnits,
  fieldKeyCheck,
  officers,
  personnelSettings,
  type EntrustedUnitRow,
  type NewOfficerRow,
  type OfficerRow,
  type SettingsRow,
} from './personnel.schema.js';

/** An officer with the display names of unit, position and account. */
export interface OfficerView extends OfficerRow {
  unitName: string;
  unitSortOrder: number;
  positionName: string | null;
  username: string | null;
}

export interface OfficerFilter {
  q?: string | undefined;
  unitId?: string | undefined;
  staffingType?: StaffingType | undefined;
  certificateStatus?: CertificateStatus | 'none' | undefined;
  category?: EnforcementCategory | undefined;
  status?: OfficerStatus | undefined;
  /** Below the minimum in `year`. */
  trainingShort?: boolean | undefined;
}

// Display names come from the org and iam tables: read-only joins, not writes (STYLE §2). Outer columns are
// qualified by hand inside subqueries: drizzle renders a bare "id", which would resolve to the inner table.
const view = {
  officer: officers,
  unitName: sql<string>`(SELECT o.name FROM org_units o WHERE o.id = "officers"."unit_id")`,
  unitSortOrder: sql<number>`(SELECT o.sort_order FROM org_units o WHERE o.id = "officers"."unit_id")`,
  positionName: sql<string | null>`(SELECT p.name FROM positions p WHERE p.id = "officers"."position_id")`,
  username: sql<string | null>`(SELECT u.username FROM users u WHERE u.id = "officers"."user_id")`,
};

function toView(r: {
  officer: OfficerRow;
  unitName: string;
  unitSortOrder: number;
  positionName: string | null;
  username: string | null;
}): OfficerView {
  return {
    ...r.officer,
    unitName: r.unitName,
    unitSortOrder: Number(r.unitSortOrder),
    positionName: r.positionName,
    username: r.username,
  };
}

function escapeLike(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function scopeCondition(scope: OfficerScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'unit':
      return scope.unitId
        ? or(eq(officers.unitId, scope.unitId), eq(officers.userId, scope.userId))
        : eq(officers.userId, scope.userId);
    case 'own':
      return eq(officers.userId, scope.userId);
  }
}

/** Hours of an officer in one calendar year, as an SQL expression. */
function hoursInYear(year: number): SQL<number> {
  return sql<number>`(SELECT coalesce(sum(t.hours), 0)::float8 FROM training_records t
    WHERE t.officer_id = "officers"."id" AND t.completed_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date)`;
}

/** Officers holding a certificate in this effective status today (`none`: holding no current one). */
function certificateStatusCondition(status: CertificateStatus | 'none', today: string): SQL {
  const c = (cond: SQL) =>
    sql`EXISTS (SELECT 1 FROM certificates c WHERE c.officer_id = "officers"."id" AND ${cond})`;
  switch (status) {
    case 'valid':
      return c(sql`c.status = 'valid' AND c.valid_until >= ${today}::date`);
    case 'suspended':
      return c(sql`c.status = 'suspended' AND c.valid_until >= ${today}::date`);
    case 'expired':
      return c(sql`c.status IN ('valid', 'suspended') AND c.valid_until < ${today}::date`);
    case 'revoked':
      return c(sql`c.status = 'revoked'`);
    case 'cancelled':
      return c(sql`c.status = 'cancelled'`);
    case 'none':
      return sql`NOT ${c(sql`c.status IN ('valid', 'suspended') AND c.valid_until >= ${today}::date`)}`;
  }
}

/** The only code that touches officers, the entrusted-units register, personnel settings and the key check. */
export const officerRepository = {
  async insert(tx: Tx, v: NewOfficerRow): Promise<OfficerRow> {
    return (await tx.insert(officers).values(v).returning())[0]!;
  },

  async update(tx: Tx, id: string, v: Partial<NewOfficerRow>): Promise<void> {
    await tx
      .update(officers)
      .set({ ...v, updatedAt: new Date() })
      .where(eq(officers.id, id));
  },

  async find(db: Db | Tx, id: string): Promise<OfficerView | null> {
    const rows = await db.select(view).from(officers).where(eq(officers.id, id)).limit(1);
    return rows[0] ? toView(rows[0]) : null;
  },

  /** Locks the officer for the rest of the transaction: certificate procedures of one officer are serialised. */
  async lock(tx: Tx, id: string): Promise<OfficerRow | null> {
    return (await tx.select().from(officers).where(eq(officers.id, id)).for('update').limit(1))[0] ?? null;
  },

  async findByUserId(db: Db | Tx, userId: string): Promise<OfficerView | null> {
    const rows = await db.select(view).from(officers).where(eq(officers.userId, userId)).limit(1);
    return rows[0] ? toView(rows[0]) : null;
  },

  async findMany(db: Db | Tx, ids: readonly string[]): Promise<OfficerView[]> {
    if (!ids.length) return [];
    return (
      await db
        .select(view)
        .from(officers)
        .where(inArray(officers.id, [...ids]))
    ).map(toView);
  },

  async idByDigest(db: Db | Tx, digest: string): Promise<string | null> {
    const rows = await db
      .select({ id: officers.id })
      .from(officers)
      .where(eq(officers.idNumberDigest, digest))
      .limit(1);
    return rows[0]?.id ?? null;
  },

  async page(
    db: Db,
    scope: OfficerScope,
    filter: OfficerFilter,
    opts: { page: number; pageSize: number; today: string; year: number; minimumHours: number },
  ): Promise<{ items: (OfficerView & { hours: number })[]; total: number }> {
    const conds: SQL[] = [];
    const scoped = scopeCondition(scope);
    if (scoped) conds.push(scoped);
    if (filter.q) {
      const like = escapeLike(filter.q);
      conds.push(
        or(
          ilike(officers.name, like),
          sql`EXISTS (SELECT 1 FROM certificates c WHERE c.officer_id = "officers"."id" AND c.number ILIKE ${like})`,
          sql`EXISTS (SELECT 1 FROM users u WHERE u.id = "officers"."user_id" AND u.username ILIKE ${like})`,
        )!,
      );
    }
    if (filter.unitId) conds.push(eq(officers.unitId, filter.unitId));
    if (filter.staffingType) conds.push(eq(officers.staffingType, filter.staffingType));
    if (filter.status) conds.push(eq(officers.status, filter.status));
    if (filter.certificateStatus)
      conds.push(certificateStatusCondition(filter.certificateStatus, opts.today));
    if (filter.category)
      conds.push(sql`EXISTS (SELECT 1 FROM certificates c WHERE c.officer_id = "officers"."id"
        AND c.status = 'valid' AND c.valid_until >= ${opts.today}::date AND ${filter.category} = ANY (c.categories))`);
    if (filter.trainingShort !== undefined)
      conds.push(
        filter.trainingShort
          ? sql`${hoursInYear(opts.year)} < ${opts.minimumHours}`
          : sql`${hoursInYear(opts.year)} >= ${opts.minimumHours}`,
      );
    const where = conds.length ? and(...conds) : undefined;
    const [total] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(officers)
      .where(where);
    const rows = await db
      .select({ ...view, hours: hoursInYear(opts.year) })
      .from(officers)
      .where(where)
      .orderBy(asc(view.unitSortOrder), asc(officers.name), asc(officers.id))
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize);
    return {
      items: rows.map((r) => ({ ...toView(r), hours: Number(r.hours) })),
      total: Number(total?.n ?? 0),
    };
  },

  /** Every officer in scope, in roster order (export; the check page's picker). */
  async all(db: Db, scope: OfficerScope, year: number): Promise<(OfficerView & { hours: number })[]> {
    const rows = await db
      .select({ ...view, hours: hoursInYear(year) })
      .from(officers)
      .where(scopeCondition(scope))
      .orderBy(asc(view.unitSortOrder), asc(officers.name), asc(officers.id));
    return rows.map((r) => ({ ...toView(r), hours: Number(r.hours) }));
  },

  /** Units with their name and sort order (statistics). */
  async units(db: Db): Promise<{ id: string; name: string; sortOrder: number }[]> {
    const r = await db.execute<{ id: string; name: string; sort_order: number }>(
      sql`SELECT id, name, sort_order FROM org_units ORDER BY sort_order, name`,
    );
    return r.rows.map((u) => ({ id: u.id, name: u.name, sortOrder: Number(u.sort_order) }));
  },

  /** Account ids by username (import links officers to accounts). */
  async userIdsByUsername(db: Db | Tx, usernames: readonly string[]): Promise<Map<string, string>> {
    if (!usernames.length) return new Map();
    const r = await db.execute<{ id: string; username: string }>(
      sql`SELECT id, username FROM users WHERE username IN (${sql.join(
        usernames.map((u) => sql`${u}`),
        sql`, `,
      )})`,
    );
    return new Map(r.rows.map((u) => [u.username, u.id]));
  },

  /** Enabled accounts holding no administrator role and not yet linked to an officer (the link picker). */
  async linkableAccounts(
    db: Db,
  ): Promise<{ id: string; username: string; displayName: string; unitName: string | null }[]> {
    const r = await db.execute<{
      id: string;
      username: string;
      display_name: string;
      unit_name: string | null;
    }>(
      sql`SELECT u.id, u.username, u.display_name, (SELECT o.name FROM org_units o WHERE o.id = u.unit_id) AS unit_name
          FROM users u
          WHERE NOT u.disabled
            AND NOT EXISTS (SELECT 1 FROM officers f WHERE f.user_id = u.id)
            AND NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role IN ('sysadmin', 'secadmin', 'auditadmin'))
          ORDER BY u.username`,
    );
    return r.rows.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      unitName: u.unit_name,
    }));
  },

  async userExists(db: Db | Tx, userId: string): Promise<boolean> {
    const r = await db.execute(sql`SELECT 1 FROM users WHERE id = ${userId}`);
    return r.rows.length > 0;
  },

  /** Linked officer ids of these accounts (one account, one officer). */
  async linkedUserIds(db: Db | Tx): Promise<Set<string>> {
    const rows = await db.select({ userId: officers.userId }).from(officers);
    return new Set(rows.map((r) => r.userId).filter((u): u is string => !!u));
  },

  async allDigests(db: Db | Tx): Promise<Set<string>> {
    const rows = await db.select({ d: officers.idNumberDigest }).from(officers);
    return new Set(rows.map((r) => r.d).filter((d): d is string => !!d));
  },

  // ---------------------------------------------------------------------------------------- entrusted units

  async entrustment(db: Db | Tx, unitId: string): Promise<EntrustedUnitRow | null> {
    return (
      (await db.select().from(entrustedUnits).where(eq(entrustedUnits.unitId, unitId)).limit(1))[0] ?? null
    );
  },

  async entrustments(db: Db | Tx): Promise<(EntrustedUnitRow & { unitName: string })[]> {
    const rows = await db
      .select({
        e: entrustedUnits,
        unitName: sql<string>`(SELECT o.name FROM org_units o WHERE o.id = "personnel_entrusted_units"."unit_id")`,
      })
      .from(entrustedUnits)
      .orderBy(asc(entrustedUnits.entrustedFrom));
    return rows.map((r) => ({ ...r.e, unitName: r.unitName }));
  },

  async upsertEntrustment(tx: Tx, v: typeof entrustedUnits.$inferInsert): Promise<void> {
    await tx
      .insert(entrustedUnits)
      .values(v)
      .onConflictDoUpdate({
        target: entrustedUnits.unitId,
        set: {
          basis: v.basis,
          entrustedFrom: v.entrustedFrom,
          entrustedUntil: v.entrustedUntil ?? null,
          updatedBy: v.updatedBy ?? null,
          updatedAt: new Date(),
        },
      });
  },

  // ---------------------------------------------------------------------------------------- settings

  async settingsVersions(db: Db | Tx): Promise<SettingsRow[]> {
    return db.select().from(personnelSettings).orderBy(asc(personnelSettings.effectiveFrom));
  },

  async insertSettings(
    tx: Tx,
    v: {
      effectiveFrom: string;
      settings: PersonnelSettingsValues;
      note: string;
      createdBy: string | null;
      createdByName: string;
    },
  ): Promise<void> {
    await tx
      .insert(personnelSettings)
      .values(v)
      .onConflictDoUpdate({
        target: personnelSettings.effectiveFrom,
        set: {
          settings: v.settings,
          note: v.note,
          createdBy: v.createdBy,
          createdByName: v.createdByName,
          createdAt: new Date(),
        },
      });
  },

  // ---------------------------------------------------------------------------------------- key check

  async keyCheck(db: Db | Tx): Promise<string | null> {
    return (await db.select().from(fieldKeyCheck).limit(1))[0]?.checkValue ?? null;
  },

  async insertKeyCheck(db: Db | Tx, checkValue: string): Promise<void> {
    await db.insert(fieldKeyCheck).values({ id: 1, checkValue }).onConflictDoNothing();
  },
};
