import { and, asc, count, eq, gt, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.js';
import type { Role } from '../../../common/roles.js';
import { orgUnits, positions } from '../org/org.schema.js';
import { userRoles, users } from './iam.schema.js';

export type UserRow = typeof users.$inferSelect;

export interface UserView extends UserRow {
  unitName: string | null;
  positionName: string | null;
  roles: Role[];
}

export type AccountStatusFilter = 'active' | 'locked' | 'disabled';

export interface AccountFilter {
  q?: string | undefined;
  unitId?: string | undefined;
  role?: Role | undefined;
  status?: AccountStatusFilter | undefined;
}

const viewColumns = {
  user: users,
  unitName: orgUnits.name,
  positionName: positions.name,
};

/** The only code that touches users and user_roles. */
export const iamRepository = {
  async findByUsername(db: Db | Tx, username: string): Promise<UserRow | null> {
    const rows = await db.select().from(users).where(eq(users.username, username)).limit(1);
    return rows[0] ?? null;
  },

  /** Locks the row for the rest of the transaction (login counters, concurrent edits). */
  async findByIdForUpdate(tx: Tx, id: string): Promise<UserRow | null> {
    const rows = await tx.select().from(users).where(eq(users.id, id)).for('update').limit(1);
    return rows[0] ?? null;
  },

  async findView(db: Db | Tx, id: string): Promise<UserView | null> {
    const rows = await db
      .select(viewColumns)
      .from(users)
      .leftJoin(orgUnits, eq(orgUnits.id, users.unitId))
      .leftJoin(positions, eq(positions.id, users.positionId))
      .where(eq(users.id, id))
      .limit(1);
    const row = rows[0];
    if (!row) return null;
    const roles = await this.rolesOf(db, [id]);
    return {
      ...row.user,
      unitName: row.unitName,
      positionName: row.positionName,
      roles: roles.get(id) ?? [],
    };
  },

  /**
   * What the guard needs about a session's user, in one query (it runs on every authenticated request).
   */
  async findSessionUser(db: Db, id: string) {
    const res = await db.execute<{
      id: string;
      username: string;
      display_name: string;
      unit_id: string | null;
      unit_name: string | null;
      must_change_password: boolean;
      disabled: boolean;
      roles: Role[];
    }>(sql`
      SELECT u.id, u.username, u.display_name, u.unit_id, o.name AS unit_name, u.must_change_password, u.disabled,
             COALESCE(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
        FROM users u
        LEFT JOIN org_units o ON o.id = u.unit_id
        LEFT JOIN user_roles r ON r.user_id = u.id
       WHERE u.id = ${id}
       GROUP BY u.id, o.name`);
    return res.rows[0] ?? null;
  },

  async rolesOf(db: Db | Tx, ids: string[]): Promise<Map<string, Role[]>> {
    const map = new Map<string, Role[]>();
    if (ids.length === 0) return map;
    const rows = await db
      .select({ userId: userRoles.userId, role: userRoles.role })
      .from(userRoles)
      .where(inArray(userRoles.userId, ids))
      .orderBy(asc(userRoles.role));
    for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r.role]);
    return map;
  },

  async list(db: Db, filter: AccountFilter, page: number, pageSize: number, now: Date) {
    const conds: SQL[] = [];
    if (filter.q) {
      const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conds.push(or(ilike(users.username, like), ilike(users.displayName, like), ilike(users.phone, like))!);
    }
    if (filter.unitId) conds.push(eq(users.unitId, filter.unitId));
    if (filter.role)
      conds.push(
        sql`EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = ${users.id} AND r.role = ${filter.role})`,
      );
    switch (filter.status) {
      case undefined:
        break;
      case 'disabled':
        conds.push(eq(users.disabled, true));
        break;
      case 'locked':
        conds.push(and(eq(users.disabled, false), gt(users.lockedUntil, now))!);
        break;
      case 'active':
        conds.push(
          and(eq(users.disabled, false), or(isNull(users.lockedUntil), lte(users.lockedUntil, now)))!,
        );
        break;
    }
    const where = conds.length ? and(...conds) : undefined;
    const [total] = await db.select({ n: count() }).from(users).where(where);
    const rows = await db
      .select(viewColumns)
      .from(users)
      .leftJoin(orgUnits, eq(orgUnits.id, users.unitId))
      .leftJoin(positions, eq(positions.id, users.positionId))
      .where(where)
      .orderBy(asc(orgUnits.sortOrder), asc(users.username))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const roles = await this.rolesOf(
      db,
      rows.map((r) => r.user.id),
    );
    const items: UserView[] = rows.map((r) => ({
      ...r.user,
      unitName: r.unitName,
      positionName: r.positionName,
      roles: roles.get(r.user.id) ?? [],
    }));
    return { items, total: total?.n ?? 0 };
  },

  async insert(
    tx: Tx,
    v: {
      username: string;
      displayName: string;
      unitId: string | null;
      positionId: string | null;
      phone: string | null;
      passwordHash: string;
      mustChangePassword: boolean;
    },
  ): Promise<UserRow> {
    const rows = await tx.insert(users).values(v).returning();
    return rows[0]!;
  },

  async update(tx: Tx, id: string, patch: Partial<typeof users.$inferInsert>): Promise<void> {
    await tx
      .update(users)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(users.id, id));
  },

  async replaceRoles(tx: Tx, userId: string, roles: Role[], grantedBy: string | null): Promise<void> {
    await tx.delete(userRoles).where(eq(userRoles.userId, userId));
    if (roles.length) await tx.insert(userRoles).values(roles.map((role) => ({ userId, role, grantedBy })));
  },

  async countWithRole(db: Db | Tx, role: Role): Promise<number> {
    const [r] = await db.select({ n: count() }).from(userRoles).where(eq(userRoles.role, role));
    return r?.n ?? 0;
  },
};
