/**
 * Foundation benchmarks (issue 2): audit append rate on PGlite and PostgreSQL, chain verification rate as a
 * ratio to raw SM3 hashing of the same bytes, login latency p50/p95 under 20 concurrent clients.
 * Run: `npm run bench` (all) or `node --import tsx bench/foundation.bench.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/app.js';
import { openDatabase, type Database } from '../server/platform/db/database.js';
import { migrate } from '../server/platform/db/migrate.js';
import { recordAudit, systemContext } from '../server/platform/audit/audit.js';
import { verifyAuditChain } from '../server/platform/audit/verify.js';
import { sm3Hasher } from '../server/platform/crypto/sm.js';
import { startPgCluster } from '../server/test/pg-cluster.js';
import { buildUser } from '../server/test/factories.js';
import { HttpClient } from '../server/test/server-process.js';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const payload = {
  username: 'zhangwei',
  changes: { displayName: { from: '张伟', to: '张伟（执法支队）' } },
  reason: '基准测试',
};

async function appendRate(database: Database, label: string) {
  const single = 2000;
  let t = performance.now();
  for (let i = 0; i < single; i++)
    await database.transaction((tx) =>
      recordAudit(tx, systemContext(`bench-${i}`), {
        action: 'bench.appended',
        objectType: 'bench',
        objectId: String(i),
        payload,
      }),
    );
  const perTx = single / ((performance.now() - t) / 1000);
  const batches = 200;
  const perBatch = 100;
  t = performance.now();
  for (let b = 0; b < batches; b++)
    await database.transaction(async (tx) => {
      for (let i = 0; i < perBatch; i++)
        await recordAudit(tx, systemContext(`bench-b${b}`), {
          action: 'bench.appended',
          objectType: 'bench',
          objectId: String(i),
          payload,
        });
    });
  const batched = (batches * perBatch) / ((performance.now() - t) / 1000);
  // Eight concurrent writers, one event per transaction (the chain lock serialises them).
  t = performance.now();
  const each = 250;
  await Promise.all(
    Array.from({ length: 8 }, (_, w) =>
      (async () => {
        for (let i = 0; i < each; i++)
          await database.transaction((tx) =>
            recordAudit(tx, systemContext(`bench-w${w}`), {
              action: 'bench.appended',
              objectType: 'bench',
              objectId: String(i),
              payload,
            }),
          );
      })(),
    ),
  );
  const concurrent = (8 * each) / ((performance.now() - t) / 1000);
  console.log(
    `audit append (${label}): ${fmt(perTx)} events/s one per transaction; ${fmt(batched)} events/s 100 per transaction; ${fmt(concurrent)} events/s with 8 concurrent writers`,
  );
}

async function verifyRatio(database: Database, label: string) {
  const r = await verifyAuditChain(database);
  if (!r.ok) throw new Error(`chain broken: ${r.reason}`);
  const verifyRate = r.count / (r.millis / 1000);
  // The same bytes (previous hash + body of every event), held in memory first, then only hashed.
  const rows = await database.query<{ prev_hash: string; body: string }>(
    'SELECT prev_hash, body FROM audit_events ORDER BY id',
  );
  const inputs = rows.map((x) => x.prev_hash + x.body);
  const t = performance.now();
  for (const s of inputs) sm3Hasher().update(s).digest('hex');
  const rawRate = inputs.length / ((performance.now() - t) / 1000);
  console.log(
    `chain verify (${label}): ${fmt(r.count)} events in ${r.millis.toFixed(0)} ms = ${fmt(verifyRate)} events/s; raw SM3 of the same bytes ${fmt(rawRate)} events/s; ratio ${(verifyRate / rawRate).toFixed(2)}`,
  );
}

async function loginLatency(database: Database, label: string) {
  const app = await buildApp({
    config: {
      cookieSecure: false,
      trustProxy: false,
      loginRateLimit: 100_000,
      webDist: '/nonexistent',
      logLevel: 'silent',
    },
    database,
    logger: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const users = await Promise.all(
    Array.from({ length: 20 }, () => buildUser(database, { roles: ['officer'] })),
  );
  const times: number[] = [];
  const perClient = 15;
  const t0 = performance.now();
  await Promise.all(
    users.map(async (u) => {
      for (let i = 0; i < perClient; i++) {
        const c = new HttpClient(base);
        const t = performance.now();
        await c.login(u.username, u.password);
        times.push(performance.now() - t);
      }
    }),
  );
  const wall = performance.now() - t0;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  console.log(
    `login (${label}, 20 concurrent clients, ${times.length} logins incl. session probe): p50 ${q(0.5).toFixed(0)} ms, p95 ${q(0.95).toFixed(0)} ms, ${fmt(times.length / (wall / 1000))} logins/s`,
  );
  await app.close();
}

async function onPglite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-bench-'));
  const database = await openDatabase({ databaseUrl: null, dataDir: dir });
  try {
    await migrate(database);
    await appendRate(database, 'PGlite, on disk');
    await verifyRatio(database, 'PGlite');
    await loginLatency(database, 'PGlite');
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres() {
  const cluster = process.env.BENCH_DATABASE_URL ? null : await startPgCluster({ durable: true });
  const url = process.env.BENCH_DATABASE_URL ?? cluster!.url;
  const database = await openDatabase({ databaseUrl: url, dataDir: null, poolSize: 20 });
  try {
    await migrate(database);
    await appendRate(database, 'PostgreSQL, fsync on');
    await verifyRatio(database, 'PostgreSQL');
    await loginLatency(database, 'PostgreSQL');
  } finally {
    await database.close();
    cluster?.stop();
  }
}

await onPglite();
await onPostgres();
