/**
 * Case list and case page benchmark (issue 5): the demo bureau plus N generated cases (bench/cases-data.ts,
 * default 200,000), then p50/p95/max through the HTTP API (`inject`: routing, session, zod, serialisation and
 * SQL, no sockets) of the filtered case list and of the case page, as the leader (sees every
 * case), the section head (his unit and his own) and an officer (his own). Sequential requests, one client.
 *
 *   node --import tsx bench/cases.bench.ts               # PGlite in memory, then PostgreSQL when available
 *   ZHIFA_BENCH_CASES=5000 node --import tsx bench/cases.bench.ts        # a quick run
 *   ZHIFA_BENCH_REQUESTS=500 …                           # requests per measurement (default 200)
 *   BENCH_DATABASE_URL=postgres://… …                    # a THROWAWAY PostgreSQL database instead of a temporary cluster
 *   ZHIFA_BENCH_ENGINES=pglite (or postgres)             # one engine only
 */
import type { FastifyInstance } from 'fastify';
import { CaseDetail, CasePage } from '../common/contracts/cases.js';
import { DEMO_PASSWORD, seedDemo } from '../server/modules/demo/index.js';
import { verifyAuditChain } from '../server/platform/audit/verify.js';
import { openDatabase, type Database } from '../server/platform/db/database.js';
import { migrate } from '../server/platform/db/migrate.js';
import { buildTestApp, loggedIn, type TestClient } from '../server/test/http.js';
import { findPgBin, startPgCluster } from '../server/test/pg-cluster.js';
import { describeCases, generateCases } from './cases-data.js';

const COUNT = Number(process.env.ZHIFA_BENCH_CASES ?? 200_000);
const REQUESTS = Number(process.env.ZHIFA_BENCH_REQUESTS ?? 200);
const WARMUP = 5;
const ENGINES = (process.env.ZHIFA_BENCH_ENGINES ?? 'pglite,postgres').split(',');

/** Display width in a terminal: CJK characters take two columns. */
const width = (t: string) => [...t].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
const padEnd = (t: string, n: number) => t + ' '.repeat(Math.max(0, n - width(t)));
const padStart = (t: string, n: number) => ' '.repeat(Math.max(0, n - width(t))) + t;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;
const ms = (x: number) => x.toFixed(1).padStart(7);
const s = (x: number) => `${(x / 1000).toFixed(1)} s`;

interface Measurement {
  name: string;
  as: string;
  /** The URL of each request (the case page varies its id). */
  url: (i: number) => string;
  /** Checks the first answer against the contract; returns what to show as "matches". */
  check: (body: unknown) => string;
}

interface Row {
  name: string;
  as: string;
  matches: string;
  times: number[];
  errors: number;
}

const listCheck = (body: unknown) => {
  const r = CasePage.safeParse(body);
  if (!r.success) return `contract? ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`;
  return r.data.total.toLocaleString('en-US');
};
const detailCheck = (body: unknown) => {
  const r = CaseDetail.safeParse(body);
  return r.success ? '1' : `contract? ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`;
};

async function measure(client: TestClient, m: Measurement): Promise<Row> {
  const row: Row = { name: m.name, as: m.as, matches: '', times: [], errors: 0 };
  for (let i = 0; i < WARMUP; i++) await client.get(m.url(REQUESTS + i));
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const res = await client.get(m.url(i));
    row.times.push(performance.now() - t);
    if (res.statusCode !== 200) {
      row.errors++;
      if (row.errors === 1) row.matches = `HTTP ${res.statusCode}: ${res.body.slice(0, 80)}`;
    } else if (!row.matches) row.matches = m.check(res.json());
  }
  return row;
}

function printTable(label: string, rows: Row[]): void {
  const w = Math.max(...rows.map((r) => width(r.name))) + 2;
  console.log(`\n[${label}] ${REQUESTS} requests each after ${WARMUP} warm-up, milliseconds`);
  console.log(`${padEnd('request', w)}${padEnd('as', 9)}${padStart('matches', 9)}     p50     p95     max`);
  for (const r of rows)
    console.log(
      `${padEnd(r.name, w)}${padEnd(r.as, 9)}${padStart(r.matches, 9)} ${ms(pct(r.times, 0.5))} ${ms(pct(r.times, 0.95))} ${ms(Math.max(...r.times))}${r.errors ? `  (${r.errors} errors)` : ''}`,
    );
}

async function bench(database: Database, label: string): Promise<void> {
  await migrate(database);
  // The app first: it resolves the field key that the demo seed then encrypts with (as server/main.ts does).
  const app: FastifyInstance = await buildTestApp(database, { loginRateLimit: 10_000 });
  try {
    await seedDemo(database);
    await measureAll(app, database, label);
  } finally {
    await app.close();
  }
}

async function measureAll(app: FastifyInstance, database: Database, label: string): Promise<void> {
  const gen = await generateCases(database, { count: COUNT });
  console.log(
    `[${label}] generated ${gen.cases.toLocaleString('en-US')} cases, ${gen.parties.toLocaleString('en-US')} parties, ${gen.officers.toLocaleString('en-US')} case officers, ${gen.steps.toLocaleString('en-US')} steps, ${gen.deadlines.toLocaleString('en-US')} deadlines: ${s(gen.millis)}, of which VACUUM (ANALYZE) ${s(gen.vacuumMillis)}${database.engine === 'pglite' ? `; CPU ${s(gen.cpuMillis)}` : ''}`,
  );
  const facts = await describeCases(database);
  const bad = Object.entries(facts.anomalies).filter(([, n]) => n);
  if (bad.length) throw new Error(`generated data inconsistent: ${JSON.stringify(Object.fromEntries(bad))}`);
  const chain = await verifyAuditChain(database);
  if (!chain.ok) throw new Error(`audit chain broken: ${chain.reason}`);
  console.log(
    `[${label}] ${facts.totals.cases!.toLocaleString('en-US')} cases in all, ${facts.totals.missed} decision periods missed; audit chain valid (${chain.count} events)`,
  );

  {
    const leader = await loggedIn(app, 'zhaomin', DEMO_PASSWORD);
    const head = await loggedIn(app, 'wangqiang', DEMO_PASSWORD);
    const officer = await loggedIn(app, 'zhangwei', DEMO_PASSWORD);
    const probe = await leader.get('/api/cases?page=1&pageSize=20');
    if (probe.statusCode === 404) {
      console.log(
        `[${label}] GET /api/cases answers 404 (the case routes are not there yet): nothing measured`,
      );
      return;
    }
    const [unit] = await database.query<{ id: string }>("SELECT id FROM org_units WHERE code = 'JCK'");
    const ids = (
      await database.query<{ id: string }>(
        `SELECT id FROM cases ORDER BY random() LIMIT ${REQUESTS + WARMUP}`,
      )
    ).map((r) => r.id);
    const list = (query: string) => () => `/api/cases?page=1&pageSize=20${query}`;
    const measurements: [TestClient, Measurement][] = [
      [leader, { name: 'list, no filter', as: 'leader', url: list(''), check: listCheck }],
      [
        leader,
        { name: 'status=investigating', as: 'leader', url: list('&status=investigating'), check: listCheck },
      ],
      [
        leader,
        {
          name: 'party=化工',
          as: 'leader',
          url: list(`&party=${encodeURIComponent('化工')}`),
          check: listCheck,
        },
      ],
      [leader, { name: 'overdue=true', as: 'leader', url: list('&overdue=true'), check: listCheck }],
      [leader, { name: 'unitId=<JCK>', as: 'leader', url: list(`&unitId=${unit!.id}`), check: listCheck }],
      [head, { name: 'no filter (unit or own)', as: 'head', url: list(''), check: listCheck }],
      [officer, { name: 'mine=true', as: 'officer', url: list('&mine=true'), check: listCheck }],
      [
        leader,
        { name: 'page=500', as: 'leader', url: () => '/api/cases?page=500&pageSize=20', check: listCheck },
      ],
      [
        leader,
        {
          name: 'GET /api/cases/:id',
          as: 'leader',
          url: (i) => `/api/cases/${ids[i % ids.length]}`,
          check: detailCheck,
        },
      ],
    ];
    const rows: Row[] = [];
    for (const [client, m] of measurements) rows.push(await measure(client, m));
    printTable(label, rows);
  }
}

async function onPglite(): Promise<void> {
  const database = await openDatabase({ databaseUrl: null, dataDir: null });
  try {
    await bench(database, 'PGlite, in memory');
  } finally {
    await database.close();
  }
}

async function onPostgres(): Promise<void> {
  if (!process.env.BENCH_DATABASE_URL && !findPgBin()) {
    console.log(
      '[PostgreSQL] skipped: no server binaries (apt-get install postgresql) and no BENCH_DATABASE_URL',
    );
    return;
  }
  const cluster = process.env.BENCH_DATABASE_URL ? null : await startPgCluster({ durable: true });
  const database = await openDatabase({
    databaseUrl: process.env.BENCH_DATABASE_URL ?? cluster!.url,
    dataDir: null,
    poolSize: 10,
  });
  try {
    await bench(database, 'PostgreSQL');
  } finally {
    await database.close();
    cluster?.stop();
  }
}

if (ENGINES.includes('pglite')) await onPglite();
if (ENGINES.includes('postgres')) await onPostgres();
