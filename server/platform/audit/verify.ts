import type { Database } from '../db/database.js';
import { sm3Hasher } from '../crypto/sm.js';
import { GENESIS_HASH } from './audit.js';

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
  prev_hash: string;
  hash: string;
  body: string;
  consistent: boolean;
}

const PAGE = 5000;

/**
 * The database compares each row's columns with the canonical body that was hashed (so a column edited
 * behind the body's back is caught) — jsonb equality for the payload, exact text for the rest.
 */
const PAGE_SQL = `
  SELECT id, prev_hash, hash, body, COALESCE(
           (b->>'id')::bigint = id
       AND b->>'occurredAt' = to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
       AND b->>'actorId' IS NOT DISTINCT FROM actor_id::text
       AND b->>'actorName' = actor_name
       AND b->'actorRoles' = to_jsonb(actor_roles)
       AND b->>'actorUnit' IS NOT DISTINCT FROM actor_unit
       AND b->>'action' = action
       AND b->>'objectType' = object_type
       AND b->>'objectId' IS NOT DISTINCT FROM object_id
       AND b->'payload' = payload
       AND b->>'requestId' IS NOT DISTINCT FROM request_id
       AND b->>'ip' IS NOT DISTINCT FROM ip, false) AS consistent
    FROM (SELECT e.*, e.body::jsonb AS b FROM audit_events e WHERE e.id > $1 ORDER BY e.id LIMIT ${PAGE}) t
   ORDER BY id`;

/**
 * Walks the whole chain in id order: each event must follow the previous id without a gap, name the
 * previous event's hash, hash to its own stored hash (SM3 over previous hash + body), and have columns that
 * agree with its body. Reads page by page and fetches the next page while hashing the current one.
 */
export async function verifyAuditChain(
  database: Database,
  onProgress?: (checked: number) => void,
): Promise<ChainVerification> {
  const started = performance.now();
  const fetchPage = (after: number) => database.query<Row>(PAGE_SQL, [after]);
  let prev = GENESIS_HASH;
  let prevId = 0;
  let count = 0;
  let pending = fetchPage(0);
  for (;;) {
    const rows = await pending;
    if (rows.length === 0) break;
    pending = rows.length === PAGE ? fetchPage(Number(rows[rows.length - 1]!.id)) : Promise.resolve([]);
    for (const r of rows) {
      const id = Number(r.id);
      let reason: string | null = null;
      if (id !== prevId + 1) reason = `事件 #${id} 之前缺少事件 #${prevId + 1}：事件被删除或编号被改动`;
      else if (r.prev_hash !== prev)
        reason = `事件 #${id} 记录的前一哈希与链不符：其前的事件被删除、插入或调换了顺序`;
      else if (sm3Hasher().update(prev).update(r.body).digest('hex') !== r.hash)
        reason = `事件 #${id} 的内容与其哈希不符：该事件被修改过`;
      else if (!r.consistent) reason = `事件 #${id} 的字段与其已签名内容不一致：该事件被修改过`;
      if (reason) {
        await pending.catch(() => undefined);
        return {
          ok: false,
          count,
          headHash: prev,
          firstBadId: id,
          reason,
          millis: performance.now() - started,
        };
      }
      prev = r.hash;
      prevId = id;
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
}
