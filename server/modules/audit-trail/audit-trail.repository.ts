import type { Database } from '../../platform/db/database.js';

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface AuditRow {
  id: number;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string;
  actor_roles: string[];
  actor_unit: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  payload: Record<string, unknown>;
  request_id: string | null;
  ip: string | null;
  hash: string;
}

function where(f: AuditFilter): { clause: string; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  const add = (sqlText: string, v: unknown) => {
    params.push(v);
    conds.push(sqlText.replace('?', `$${params.length}`));
  };
  if (f.actor) add('actor_name ILIKE ?', `%${f.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.action)
    add(
      f.action.endsWith('.') ? 'action LIKE ?' : 'action = ?',
      f.action.endsWith('.') ? `${f.action}%` : f.action,
    );
  if (f.objectType) add('object_type = ?', f.objectType);
  if (f.objectId) add('object_id = ?', f.objectId);
  if (f.from) add('occurred_at >= ?', f.from);
  if (f.to) add('occurred_at < ?', f.to);
  return { clause: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

const COLUMNS = `id, occurred_at, actor_id, actor_name, actor_roles, actor_unit, action, object_type, object_id,
                 payload, request_id, ip, hash`;

/** Reads of the audit trail (writes go only through platform/audit). */
export const auditTrailRepository = {
  /** The history of one object in chain order (an object's timeline), newest last. */
  async forObject(
    database: Database,
    objectType: string,
    objectId: string,
    limit = 2000,
  ): Promise<AuditRow[]> {
    return database.query<AuditRow>(
      `SELECT ${COLUMNS} FROM audit_events WHERE object_type = $1 AND object_id = $2 ORDER BY id LIMIT ${limit}`,
      [objectType, objectId],
    );
  },

  async page(database: Database, f: AuditFilter, page: number, pageSize: number) {
    const w = where(f);
    const [countRow] = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events ${w.clause}`,
      w.params,
    );
    const rows = await database.query<AuditRow>(
      `SELECT ${COLUMNS} FROM audit_events ${w.clause} ORDER BY id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      w.params,
    );
    return { rows, total: countRow?.n ?? 0 };
  },

  /** Yields matching rows in id order, a batch at a time (CSV export of any size in flat memory). */
  async *stream(database: Database, f: AuditFilter, batch = 2000): AsyncGenerator<AuditRow[]> {
    const w = where(f);
    let after = 0;
    for (;;) {
      const p = [...w.params, after];
      const rows = await database.query<AuditRow>(
        `SELECT ${COLUMNS} FROM audit_events ${w.clause ? `${w.clause} AND` : 'WHERE'} id > $${p.length} ORDER BY id LIMIT ${batch}`,
        p,
      );
      if (!rows.length) return;
      yield rows;
      after = Number(rows[rows.length - 1]!.id);
    }
  },
};
