import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { sm3Hex } from '../crypto/sm.js';
import { canonicalJson } from './canonical.js';

/** Who did it, copied into the event as it was at the time (names, roles and units change later). */
export interface AuditActor {
  id: string | null;
  name: string;
  roles: readonly string[];
  unit: string | null;
}

export interface AuditContext {
  actor: AuditActor;
  requestId: string | null;
  ip: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { id: null, name: '系统', roles: [], unit: null };

export function systemContext(requestId: string | null = null): AuditContext {
  return { actor: SYSTEM_ACTOR, requestId, ip: null };
}

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId: string | null;
  payload: Record<string, unknown>;
}

/** The fields that the hash covers, exactly as stored. */
export interface ChainedEvent {
  id: number;
  occurredAt: Date;
  actorId: string | null;
  actorName: string;
  actorRoles: readonly string[];
  actorUnit: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  payload: Record<string, unknown>;
  requestId: string | null;
  ip: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The bytes hashed for one event (without the previous hash). */
export function encodeEvent(e: ChainedEvent): string {
  return canonicalJson({
    id: e.id,
    occurredAt: e.occurredAt,
    actorId: e.actorId,
    actorName: e.actorName,
    actorRoles: e.actorRoles,
    actorUnit: e.actorUnit,
    action: e.action,
    objectType: e.objectType,
    objectId: e.objectId,
    payload: e.payload,
    requestId: e.requestId,
    ip: e.ip,
  });
}

export function chainHash(prevHash: string, e: ChainedEvent): string {
  return sm3Hex(prevHash + encodeEvent(e));
}

const CHAIN_LOCK = 7_301_001;
/** Transactions that already hold the chain lock (the lock is re-entrant; this saves the round trip). */
const locked = new WeakSet<object>();

/**
 * Appends one event to the audit trail inside the caller's transaction, so that the change and its record
 * commit or roll back together. The chain is serialised with a transaction-scoped advisory lock: the next
 * writer waits until this transaction ends, then reads the new head and continues from it, so ids are
 * gap-free and follow chain order. (The head is read in a statement after the lock statement: under READ
 * COMMITTED a statement's snapshot is taken when it starts.) Write audit events last in a transaction to
 * keep the lock short.
 */
export async function recordAudit(
  tx: Tx,
  ctx: AuditContext,
  entry: AuditEntry,
): Promise<{ id: number; hash: string }> {
  if (!locked.has(tx)) {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`);
    locked.add(tx);
  }
  const head = await tx.execute<{ id: string | number; hash: string }>(
    sql`SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1`,
  );
  const prevHash = head.rows[0]?.hash ?? GENESIS_HASH;
  const id = Number(head.rows[0]?.id ?? 0) + 1;
  const event: ChainedEvent = {
    id,
    // Millisecond precision so that the stored timestamptz reads back to the same instant.
    occurredAt: new Date(Date.now()),
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    actorRoles: [...ctx.actor.roles],
    actorUnit: ctx.actor.unit,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    payload: JSON.parse(JSON.stringify(entry.payload)) as Record<string, unknown>,
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
  const body = encodeEvent(event);
  const hash = sm3Hex(prevHash + body);
  await tx.execute(sql`
    INSERT INTO audit_events (id, occurred_at, actor_id, actor_name, actor_roles, actor_unit, action, object_type,
                              object_id, payload, request_id, ip, body, prev_hash, hash)
    VALUES (${id}, ${event.occurredAt.toISOString()}, ${event.actorId}, ${event.actorName},
            ${toPgArray(event.actorRoles)}::text[], ${event.actorUnit}, ${event.action}, ${event.objectType},
            ${event.objectId}, ${JSON.stringify(event.payload)}::jsonb, ${event.requestId}, ${event.ip},
            ${body}, ${prevHash}, ${hash})`);
  return { id, hash };
}

/** Text form of a text[] literal; both drivers accept it cast to text[]. */
function toPgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
