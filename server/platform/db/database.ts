import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import path from 'node:path';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';

/** The typed query builder. PGlite's drizzle database is used through the same type: app code is typed once. */
export type Db = NodePgDatabase<Record<string, never>>;
/** A transaction handle: every write and its audit event go through one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type Engine = 'pglite' | 'postgres';

export interface Database {
  engine: Engine;
  db: Db;
  /** Raw parameterised query, for the few places drizzle cannot express (audit chain, locks). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction; a thrown error rolls everything back. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script (migrations) in one transaction, then `after` in the same transaction. */
  execScript(script: string, after: { text: string; params: unknown[] }): Promise<void>;
  /**
   * Runs `fn` holding a session-level advisory lock so that only one instance does it at a time.
   * Returns null without running `fn` when another session holds the lock.
   */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>, wait?: boolean): Promise<{ value: T } | null>;
  close(): Promise<void>;
  /** PGlite only: a dump of the data directory (used to build test templates). */
  dump?: () => Promise<Blob>;
}

const INT8 = 20;
const DATE = 1082;

export interface OpenOptions {
  databaseUrl: string | null;
  /** PGlite folder; null for an in-memory database (tests). */
  dataDir: string | null;
  poolSize?: number;
  /** PGlite only: start from this data-directory dump (a migrated template; tests). */
  pgliteLoad?: Blob;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  return opts.databaseUrl
    ? openPostgres(opts.databaseUrl, opts.poolSize ?? 10)
    : openPglite(opts.dataDir, opts.pgliteLoad);
}

async function openPostgres(url: string, requestedMax: number): Promise<Database> {
  // withAdvisoryLock holds one connection for the lock while the work uses others: at least two.
  const max = Math.max(2, requestedMax);
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8) return (v: string) => Number(v);
      if (oid === DATE) return (v: string) => v;
      return pg.types.getTypeParser(oid, format) as (v: string) => unknown;
    },
  };
  // Session time zone as a startup parameter: no extra round trip, no race with the first query.
  const pool = new pg.Pool({ connectionString: url, max, types, options: '-c TimeZone=Asia/Shanghai' });
  // Fail fast with a clear message if the server is unreachable.
  await pool.query('SELECT 1');
  const db = drizzlePg(pool) as Db;
  return {
    engine: 'postgres',
    db,
    async query<T>(text: string, params: unknown[] = []) {
      const res = await pool.query(text, params);
      return res.rows as T[];
    },
    transaction: (fn) => db.transaction(fn),
    async execScript(script, after) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(script);
        await client.query(after.text, after.params);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async withAdvisoryLock(key, fn, wait = false) {
      const client = await pool.connect();
      try {
        if (wait) await client.query('SELECT pg_advisory_lock($1)', [key]);
        else {
          const res = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [key]);
          if (!res.rows[0]?.ok) return null;
        }
        try {
          return { value: await fn() };
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | null, load?: Blob): Promise<Database> {
  let lock: DataDirLock | null = null;
  let dir: string | undefined;
  if (dataDir) {
    lock = lockDataDir(dataDir);
    dir = path.join(dataDir, 'pgdata');
  }
  let client: PGlite;
  try {
    client = await PGlite.create(dir, {
      parsers: { [INT8]: (v: string) => Number(v), [DATE]: (v: string) => v },
      ...(load ? { loadDataDir: load } : {}),
    });
    await client.exec("SET TIME ZONE 'Asia/Shanghai'");
  } catch (err) {
    lock?.release();
    throw err;
  }
  const db = drizzlePglite(client) as unknown as Db;
  // PGlite is one connection: an in-process mutex replaces advisory locks between sessions.
  const held = new Set<number>();
  return {
    engine: 'pglite',
    db,
    async query<T>(text: string, params: unknown[] = []) {
      const res = await client.query(text, params);
      return res.rows as T[];
    },
    transaction: (fn) => db.transaction(fn),
    async execScript(script, after) {
      await client.transaction(async (tx) => {
        await tx.exec(script);
        await tx.query(after.text, after.params);
      });
    },
    async withAdvisoryLock(key, fn, wait = false) {
      while (held.has(key)) {
        if (!wait) return null;
        await new Promise((r) => setTimeout(r, 20));
      }
      held.add(key);
      try {
        return { value: await fn() };
      } finally {
        held.delete(key);
      }
    },
    async close() {
      await client.close();
      lock?.release();
    },
    dump: async () => client.dumpDataDir('none'),
  };
}
