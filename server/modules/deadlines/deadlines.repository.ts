import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { ACTIVE_DEADLINE_STATUSES, type DeadlineStatus } from '../../../common/contracts/deadlines.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { deadlines, type DeadlineRow, type NewDeadlineRow } from './deadlines.schema.js';
import type { VisibilityScope } from './deadlines.policy.js';

/** A stored deadline with the display names of its responsible person and unit. */
export interface DeadlineWithNames {
  row: DeadlineRow;
  responsibleName: string | null;
  unitName: string | null;
}

/** What a recomputation writes back for one deadline. */
export interface RecomputedDue {
  id: string;
  dueDate: string | null;
  dueAt: Date;
  projected: boolean;
  calendarVersion: string;
}

const recomputeColumns = {
  id: deadlines.id,
  ruleId: deadlines.ruleId,
  objectType: deadlines.objectType,
  objectId: deadlines.objectId,
  title: deadlines.title,
  basis: deadlines.basis,
  link: deadlines.link,
  responsibleUserId: deadlines.responsibleUserId,
  periodUnit: deadlines.periodUnit,
  direction: deadlines.direction,
  length: deadlines.length,
  triggerDate: deadlines.triggerDate,
  triggerAt: deadlines.triggerAt,
  dueDate: deadlines.dueDate,
  dueAt: deadlines.dueAt,
  suspensions: deadlines.suspensions,
  countMakeupWorkdays: deadlines.countMakeupWorkdays,
  projected: deadlines.projected,
};
/** What a recomputation reads of a stored deadline. */
export type RecomputeCandidate = Pick<DeadlineRow, keyof typeof recomputeColumns>;

const RUNNING: DeadlineStatus[] = ['open', 'extended'];
const ACTIVE: DeadlineStatus[] = [...ACTIVE_DEADLINE_STATUSES];

// Names are read from the users and org_units tables of the iam and org modules: a read-only display join,
// not a write (STYLE §2 allows only this module's repository to write its own tables).
const withNames = {
  row: deadlines,
  responsibleName: sql<
    string | null
  >`(SELECT u.display_name FROM users u WHERE u.id = ${deadlines.responsibleUserId})`,
  unitName: sql<string | null>`(SELECT o.name FROM org_units o WHERE o.id = ${deadlines.unitId})`,
};

function scopeCondition(scope: VisibilityScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'unit':
      return scope.unitId
        ? or(eq(deadlines.unitId, scope.unitId), eq(deadlines.responsibleUserId, scope.userId))
        : eq(deadlines.responsibleUserId, scope.userId);
    case 'own':
      return eq(deadlines.responsibleUserId, scope.userId);
  }
}

export interface DeadlineFilter {
  mine: boolean;
  userId: string;
  status?: DeadlineStatus | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
}

/** Rows of at most this many deadlines per statement in batch updates (one JSON parameter each). */
const BATCH = 10_000;

/** The only code that writes the deadlines table. */
export const deadlinesRepository = {
  async insert(tx: Tx, v: NewDeadlineRow): Promise<DeadlineRow> {
    return (await tx.insert(deadlines).values(v).returning())[0]!;
  },

  async findForUpdate(tx: Tx, id: string): Promise<DeadlineRow | null> {
    return (await tx.select().from(deadlines).where(eq(deadlines.id, id)).for('update').limit(1))[0] ?? null;
  },

  async findWithNames(db: Db | Tx, id: string): Promise<DeadlineWithNames | null> {
    return (await db.select(withNames).from(deadlines).where(eq(deadlines.id, id)).limit(1))[0] ?? null;
  },

  /** The active deadline of a rule for each of many objects (a list page), by object id. */
  async activeForMany(
    db: Db | Tx,
    ruleId: string,
    objectType: string,
    objectIds: readonly string[],
  ): Promise<Map<string, DeadlineRow>> {
    if (!objectIds.length) return new Map();
    const rows = await db
      .select()
      .from(deadlines)
      .where(
        and(
          eq(deadlines.ruleId, ruleId),
          eq(deadlines.objectType, objectType),
          inArray(deadlines.objectId, [...objectIds]),
          or(
            inArray(deadlines.status, ACTIVE),
            and(eq(deadlines.status, 'missed'), isNull(deadlines.completedAt)),
          ),
        ),
      );
    return new Map(rows.map((r) => [r.objectId, r]));
  },
  /**
   * The deadline of a rule that is still running for an object: open, suspended or extended, or past due and
   * marked missed by the sweep but not yet completed or closed (its due date still decides).
   */
  async activeFor(
    db: Db | Tx,
    ruleId: string,
    objectType: string,
    objectId: string,
  ): Promise<DeadlineRow | null> {
    const rows = await db
      .select()
      .from(deadlines)
      .where(
        and(
          eq(deadlines.ruleId, ruleId),
          eq(deadlines.objectType, objectType),
          eq(deadlines.objectId, objectId),
          or(
            inArray(deadlines.status, ACTIVE),
            and(eq(deadlines.status, 'missed'), isNull(deadlines.completedAt)),
          ),
        ),
      )
      .limit(1);
    return rows[0] ?? null;
  },

  async forObjectWithNames(db: Db | Tx, objectType: string, objectId: string): Promise<DeadlineWithNames[]> {
    return db
      .select(withNames)
      .from(deadlines)
      .where(and(eq(deadlines.objectType, objectType), eq(deadlines.objectId, objectId)))
      .orderBy(deadlines.dueAt);
  },

  async forObject(db: Db | Tx, objectType: string, objectId: string): Promise<DeadlineRow[]> {
    return db
      .select()
      .from(deadlines)
      .where(and(eq(deadlines.objectType, objectType), eq(deadlines.objectId, objectId)))
      .orderBy(deadlines.dueAt);
  },

  async update(tx: Tx, id: string, patch: Partial<NewDeadlineRow>): Promise<DeadlineRow> {
    return (
      await tx
        .update(deadlines)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(deadlines.id, id))
        .returning()
    )[0]!;
  },

  async page(db: Db, scope: VisibilityScope, filter: DeadlineFilter, page: number, pageSize: number) {
    const conds: SQL[] = [];
    const scoped = scopeCondition(scope);
    if (scoped) conds.push(scoped);
    if (filter.mine) conds.push(eq(deadlines.responsibleUserId, filter.userId));
    if (filter.status) conds.push(eq(deadlines.status, filter.status));
    if (filter.objectType) conds.push(eq(deadlines.objectType, filter.objectType));
    if (filter.objectId) conds.push(eq(deadlines.objectId, filter.objectId));
    const where = conds.length ? and(...conds) : undefined;
    const [total] = await db.select({ n: count() }).from(deadlines).where(where);
    // Running items first, soonest due first; closed items after, most recent first.
    const items = await db
      .select(withNames)
      .from(deadlines)
      .where(where)
      .orderBy(
        sql`CASE WHEN ${deadlines.status} IN ('open', 'extended', 'suspended') THEN 0 ELSE 1 END`,
        sql`CASE WHEN ${deadlines.status} IN ('open', 'extended', 'suspended') THEN ${deadlines.dueAt} END ASC`,
        desc(deadlines.dueAt),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return { items, total: total?.n ?? 0 };
  },

  /**
   * The day-period deadlines whose clock runs or may run again and whose period [trigger, due] (either order) comes
   * within a day of [first, last] (or that were ever suspended), with only the columns a recomputation needs.
   */
  async activeForRecompute(tx: Tx, first: string, last: string): Promise<RecomputeCandidate[]> {
    return tx
      .select(recomputeColumns)
      .from(deadlines)
      .where(
        and(
          inArray(deadlines.status, ACTIVE),
          sql`${deadlines.periodUnit} <> 'hour'`,
          or(
            sql`jsonb_array_length(${deadlines.suspensions}) > 0`,
            and(
              sql`LEAST(${deadlines.triggerDate}, ${deadlines.dueDate}) <= ${last}::date + 1`,
              sql`GREATEST(${deadlines.triggerDate}, ${deadlines.dueDate}) >= ${first}::date - 1`,
            ),
          ),
        ),
      );
  },

  /** Writes recomputed due dates in batches: one statement per BATCH rows, the rows as one JSON parameter. */
  async writeRecomputed(tx: Tx, rows: readonly RecomputedDue[]): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH) {
      const chunk = rows.slice(i, i + BATCH).map((r) => ({
        id: r.id,
        due_date: r.dueDate,
        due_at: r.dueAt.toISOString(),
        projected: r.projected,
        calendar_version: r.calendarVersion,
      }));
      await tx.execute(sql`
        UPDATE deadlines AS d
           SET due_date = x.due_date, due_at = x.due_at, projected = x.projected,
               calendar_version = x.calendar_version, updated_at = now()
          FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb)
               AS x(id uuid, due_date date, due_at timestamptz, projected boolean, calendar_version text)
         WHERE d.id = x.id`);
    }
  },

  /**
   * Running deadlines due before `horizon` that the sweep has not yet handled for their current due instant:
   * not flagged at all, or flagged due-soon for an earlier due, or flagged due-soon and now past due.
   */
  async sweepCandidates(db: Db | Tx, now: Date, horizon: Date): Promise<DeadlineRow[]> {
    return db
      .select()
      .from(deadlines)
      .where(
        and(
          inArray(deadlines.status, RUNNING),
          sql`${deadlines.dueAt} <= ${horizon.toISOString()}`,
          sql`NOT (${deadlines.warnLevel} IS NOT DISTINCT FROM 'due_soon' AND ${deadlines.warnedDueAt} = ${deadlines.dueAt} AND ${deadlines.dueAt} > ${now.toISOString()})`,
        ),
      );
  },

  /**
   * Flags the given deadlines if they are still running with the same due instant (a concurrent change wins);
   * `missed` also closes them. Returns the ids actually flagged.
   */
  async flag(
    tx: Tx,
    level: 'due_soon' | 'overdue',
    items: readonly { id: string; dueAt: Date }[],
  ): Promise<string[]> {
    const flagged: string[] = [];
    for (let i = 0; i < items.length; i += BATCH) {
      const chunk = items.slice(i, i + BATCH).map((r) => ({ id: r.id, due_at: r.dueAt.toISOString() }));
      const result = await tx.execute<{ id: string }>(sql`
        UPDATE deadlines AS d
           SET warn_level = ${level}, warned_due_at = d.due_at, updated_at = now(),
               status = CASE WHEN ${level} = 'overdue' THEN 'missed' ELSE d.status END
          FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS x(id uuid, due_at timestamptz)
         WHERE d.id = x.id AND d.due_at = x.due_at AND d.status IN ('open', 'extended')
        RETURNING d.id`);
      flagged.push(...result.rows.map((r) => r.id));
    }
    return flagged;
  },
};
