/**
 * Execution benchmark (issue 7): the surcharge rule, then through the HTTP API (`inject`) the import of a bank
 * statement of L lines matched against O open fines, the fine ledger, the finance desk and the statistics, over the
 * demo bureau plus N generated cases (bench/cases-data.ts). PGlite in memory.
 *
 *   node --import tsx bench/execution.bench.ts
 *   ZHIFA_BENCH_CASES=20000 ZHIFA_BENCH_FINES=5000 ZHIFA_BENCH_LINES=2000 …   (defaults)
 */
import { FinanceDesk, FinePage, FineStats, StatementImportResult } from '../common/contracts/execution.js';
import { addDays, type LocalDate } from '../server/kernel/local-date.js';
import { DEMO_PASSWORD, seedDemo } from '../server/modules/demo/index.js';
import { computeSurcharge } from '../server/modules/execution/rules/index.js';
import { openDatabase } from '../server/platform/db/database.js';
import { migrate } from '../server/platform/db/migrate.js';
import { buildTestApp, loggedIn } from '../server/test/http.js';
import { generateCases } from './cases-data.js';

const CASES = Number(process.env.ZHIFA_BENCH_CASES ?? 20_000);
const FINES = Number(process.env.ZHIFA_BENCH_FINES ?? 5_000);
const LINES = Number(process.env.ZHIFA_BENCH_LINES ?? 2_000);
const REQUESTS = Number(process.env.ZHIFA_BENCH_REQUESTS ?? 50);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;
const ms = (x: number) => x.toFixed(1).padStart(7);

{
  const t = performance.now();
  let total = 0;
  const n = 100_000;
  for (let i = 0; i < n; i++) {
    const due = addDays('2026-01-05' as LocalDate, i % 300);
    total += computeSurcharge({
      instalments: [
        { dueOn: due, amountFen: 300_000 },
        { dueOn: addDays(due, 30), amountFen: 200_000 },
      ],
      payments: [{ paidOn: addDays(due, 12), amountFen: 100_000 }],
      pauses: [{ from: addDays(due, 3), to: addDays(due, 20) }],
      asOf: '2026-12-31' as LocalDate,
    }).totalFen;
  }
  const took = performance.now() - t;
  console.log(
    `[rule] computeSurcharge ×${n}: ${took.toFixed(0)} ms (${((took / n) * 1000).toFixed(1)} µs each; Σ ${total})`,
  );
}

const database = await openDatabase({ databaseUrl: null, dataDir: null });
try {
  await migrate(database);
  const app = await buildTestApp(database, { loginRateLimit: 10_000 });
  await seedDemo(database);
  const gen = await generateCases(database, { count: CASES });
  const t = performance.now();
  await database.query(
    `INSERT INTO fine_obligations (case_id, decision_no, party_name, procedure, unit_id, amount_fen, decided_on,
       delivered_on, due_on, surcharge_declared, stage)
     SELECT c.id, '赤应急罚〔2026〕B' || c.n || '号', '当事人' || c.n, 'ordinary', c.unit_id, 100000 + (c.n % 50) * 10000,
       DATE '2026-01-05' + (c.n % 300)::int, DATE '2026-01-06' + (c.n % 300)::int,
       DATE '2026-01-21' + (c.n % 300)::int, true, 'due'
     FROM (SELECT id, unit_id, row_number() OVER (ORDER BY id) AS n FROM cases
           WHERE NOT EXISTS (SELECT 1 FROM fine_obligations o WHERE o.case_id = cases.id) LIMIT $1) c`,
    [FINES],
  );
  await database.query('ANALYZE fine_obligations');
  console.log(
    `[data] ${gen.cases.toLocaleString('en-US')} cases; ${FINES.toLocaleString('en-US')} open fines inserted in ${(performance.now() - t).toFixed(0)} ms`,
  );
  const wuli = await loggedIn(app, 'wuli', DEMO_PASSWORD);
  const rows = await database.query<{ decision_no: string; party_name: string; amount_fen: string }>(
    `SELECT decision_no, party_name, amount_fen FROM fine_obligations WHERE decision_no LIKE '%B%' ORDER BY random() LIMIT $1`,
    [LINES],
  );
  const csv = [
    '缴款人,金额,日期,流水号,摘要',
    ...rows.map((r, i) =>
      i % 10 === 0
        ? `某代缴人${i},${(Number(r.amount_fen) / 100).toFixed(2)},2026-01-20,BK${i},${r.decision_no}`
        : `${r.party_name},${(Number(r.amount_fen) / 100).toFixed(2)},2026-01-20,BK${i},罚款 ${r.decision_no}`,
    ),
  ].join('\n');
  const t0 = performance.now();
  const res = await wuli.request('POST', '/api/fine-statements?fileName=bench.csv', Buffer.from(csv), {
    'content-type': 'application/octet-stream',
  });
  const took = performance.now() - t0;
  if (res.statusCode !== 200) throw new Error(`import failed ${res.statusCode} ${res.body.slice(0, 300)}`);
  const r = StatementImportResult.parse(res.json());
  console.log(
    `[import] ${LINES} lines against ${FINES} open fines: ${took.toFixed(0)} ms (${r.statement.matchedCount} matched, ${r.statement.unmatchedCount} queued)`,
  );
  const runs: [string, () => string, (b: unknown) => boolean][] = [
    ['ledger, page 1', () => '/api/fines?page=1&pageSize=20', (b) => FinePage.safeParse(b).success],
    ['ledger, overdue', () => '/api/fines?filter=overdue&pageSize=20', (b) => FinePage.safeParse(b).success],
    ['finance desk', () => '/api/fines/desk', (b) => FinanceDesk.safeParse(b).success],
    ['statistics 2026', () => '/api/fines/stats?year=2026', (b) => FineStats.safeParse(b).success],
  ];
  console.log(`\n[PGlite, in memory] ${REQUESTS} requests each after 2 warm-up, milliseconds`);
  console.log('request                         p50     p95     max');
  for (const [name, url, check] of runs) {
    for (let i = 0; i < 2; i++) await wuli.get(url());
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t1 = performance.now();
      const x = await wuli.get(url());
      times.push(performance.now() - t1);
      if (x.statusCode !== 200 || !check(x.json()))
        throw new Error(`${name}: ${x.statusCode} ${x.body.slice(0, 200)}`);
    }
    console.log(`${name.padEnd(28)}${ms(pct(times, 0.5))} ${ms(pct(times, 0.95))} ${ms(Math.max(...times))}`);
  }
  await app.close();
} finally {
  await database.close();
}
