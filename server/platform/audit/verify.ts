import type { Database } from '../db/database.js';
import { GENESIS_HASH, chainHash, type ChainedEvent } from './audit.js';

export interface ChainVerification {
  ok: boolean;
  count: number;
  headHash: string;
  /** The first event that does not fit the chain: changed, or following a removed or reordered event. */
  firstBadId: number | null;
  reason: string | null;
  millis: number;
}

interface Row {
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
  prev_hash: string;
  hash: string;
}

const PAGE = 5000;

function toEvent(r: Row): ChainedEvent {
  return {
    id: r.id,
    occurredAt: r.occurred_at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    actorRoles: r.actor_roles,
    actorUnit: r.actor_unit,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    payload: r.payload,
    requestId: r.request_id,
    ip: r.ip,
  };
}

/**
 * Walks the whole chain in id order, recomputing every hash. Reads page by page (keyset) and fetches the
 * next page while hashing the current one, so memory stays flat and the database and the hashing overlap.
 */
export async function verifyAuditChain(
  database: Database,
  onProgress?: (checked: number) => void,
): Promise<ChainVerification> {
  const started = performance.now();
  const fetchPage = (after: number) =>
    database.query<Row>(
      `SELECT id, occurred_at, actor_id, actor_name, actor_roles, actor_unit, action, object_type, object_id,
              payload, request_id, ip, prev_hash, hash
         FROM audit_events WHERE id > $1 ORDER BY id LIMIT ${PAGE}`,
      [after],
    );
  let prev = GENESIS_HASH;
  let count = 0;
  let pending = fetchPage(0);
  for (;;) {
    const rows = await pending;
    if (rows.length === 0) break;
    const last = rows[rows.length - 1]!;
    pending = rows.length === PAGE ? fetchPage(last.id) : Promise.resolve([]);
    for (const r of rows) {
      const id = Number(r.id);
      if (r.prev_hash !== prev) {
        await pending.catch(() => undefined);
        return fail(id, `事件 #${id} 记录的前一哈希与链不符：其前的事件被删除、插入或调换了顺序`);
      }
      const computed = chainHash(prev, toEvent({ ...r, id }));
      if (computed !== r.hash) {
        await pending.catch(() => undefined);
        return fail(id, `事件 #${id} 的内容与其哈希不符：该事件被修改过`);
      }
      prev = r.hash;
      count++;
    }
    onProgress?.(count);
  }
  return {
    ok: true,
    count,
    headHash: prev,
    firstBadId: null,
    reason: null,
    millis: performance.now() - started,
  };

  function fail(id: number, reason: string): ChainVerification {
    return { ok: false, count, headHash: prev, firstBadId: id, reason, millis: performance.now() - started };
  }
}
