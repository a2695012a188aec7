/**
 * Interference register benchmark (issue 8): the register hash and the evidence rule, then through the HTTP API
 * (`inject`) R registers submitted one after another (chain lock, seal computation, audit event, to-do), the
 * register book, one register (its read audited), the chain check over all R with a signed monthly report, and
 * the statistics. Demo bureau, PGlite in memory.
 *
 *   node --import tsx bench/interference.bench.ts
 *   ZHIFA_BENCH_REGISTERS=1000 ZHIFA_BENCH_REQUESTS=30 …   (defaults)
 */
import { ChainCheck, InterferenceStats, RegisterView } from '../common/contracts/interference.js';
import { DEMO_PASSWORD, seedDemo } from '../server/modules/demo/index.js';
import { evidenceRefusals, GENESIS, registerHash } from '../server/modules/interference/rules/index.js';
import { openDatabase } from '../server/platform/db/database.js';
import { migrate } from '../server/platform/db/migrate.js';
import { buildTestApp, loggedIn } from '../server/test/http.js';

const REGISTERS = Number(process.env.ZHIFA_BENCH_REGISTERS ?? 1_000);
const REQUESTS = Number(process.env.ZHIFA_BENCH_REQUESTS ?? 30);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;
const ms = (x: number) => x.toFixed(1).padStart(7);

{
  const n = 20_000;
  let t = performance.now();
  let prev = GENESIS;
  for (let i = 0; i < n; i++)
    prev = registerHash(prev, {
      seq: i + 1,
      registerNo: `赤应急干预登〔2026〕${i + 1}号`,
      caseId: '00000000-0000-4000-8000-000000000001',
      caseNo: '赤应急立〔2026〕1号',
      caseStage: 'investigating',
      recorderId: '00000000-0000-4000-8000-000000000002',
      intervenerId: '00000000-0000-4000-8000-000000000003',
      intervenerName: '赵敏',
      intervenerPost: '副局长',
      intervenerUnit: '赤峰市应急管理局',
      occurredAt: new Date('2026-11-20T02:00:00Z'),
      place: '办公室',
      content: '要求从轻处理'.repeat(10),
      method: 'phone',
      methodNote: null,
      intermediaryName: null,
      intermediaryRelation: null,
      types: ['I6', 'I2'],
      typeNote: null,
      response: 'refused',
      responseNote: null,
      account: '来电说情，本人当即拒绝并告知依照程序办理。'.repeat(20),
      noRecordingReason: null,
      correctsId: null,
      correctionNote: null,
      route: 'principal',
      submittedAt: new Date('2026-11-20T03:00:00Z'),
      attachments: [{ kind: 'recording', sm3: 'a'.repeat(64), fileName: 'r.m4a', fileSize: 10 }],
    });
  let took = performance.now() - t;
  console.log(
    `[rule] registerHash ×${n} (a 500-character account): ${took.toFixed(0)} ms (${((took / n) * 1000).toFixed(1)} µs each)`,
  );
  t = performance.now();
  for (let i = 0; i < n; i++)
    evidenceRefusals(
      {
        method: 'phone',
        types: ['I6'],
        response: 'refused',
        account: '来电说情，本人当即拒绝并告知依照程序办理。',
        attachments: i % 2 ? ['recording'] : [],
        occurredAt: new Date('2026-11-20T02:00:00Z'),
      },
      new Date('2026-11-25T02:00:00Z'),
    );
  took = performance.now() - t;
  console.log(
    `[rule] evidenceRefusals ×${n}: ${took.toFixed(0)} ms (${((took / n) * 1000).toFixed(2)} µs each)`,
  );
}

const database = await openDatabase({ databaseUrl: null, dataDir: null });
try {
  await migrate(database);
  const app = await buildTestApp(database, { loginRateLimit: 10_000 });
  await seedDemo(database);
  const zw = await loggedIn(app, 'zhangwei', DEMO_PASSWORD);
  const zj = await loggedIn(app, 'zhoujing', DEMO_PASSWORD);
  const sj = await loggedIn(app, 'sunjianguo', DEMO_PASSWORD);
  const caseId = (
    await database.query<{ case_id: string }>(
      `SELECT o.case_id FROM case_officers o JOIN users u ON u.id = o.user_id WHERE u.username = 'zhangwei' LIMIT 1`,
    )
  )[0]!.case_id;
  const zhaomin = (
    await database.query<{ id: string }>(`SELECT id FROM users WHERE username = 'zhaomin'`)
  )[0]!.id;
  const body = {
    caseId,
    intervenerId: zhaomin,
    intervenerPost: '副局长',
    intervenerUnit: '赤峰市应急管理局',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    place: '办公室（电话）',
    content: '要求对当事人从轻处理',
    method: 'phone',
    types: ['I6'],
    response: 'refused',
    account: '来电称当事人是其朋友，要求从轻处理，本人当即拒绝并告知依照程序办理。',
    noRecordingReason: '来电时在检查现场，无法录音',
    attachments: [],
  };
  const times: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < REGISTERS; i++) {
    const t = performance.now();
    const r = await zw.post('/api/interference/registers', body);
    times.push(performance.now() - t);
    if (r.statusCode !== 201) throw new Error(`submit ${r.statusCode} ${r.body.slice(0, 200)}`);
  }
  console.log(
    `[submit] ${REGISTERS} registers one after another: ${(performance.now() - t0).toFixed(0)} ms; p50 ${ms(pct(times, 0.5))} p95 ${ms(pct(times, 0.95))} ms each`,
  );
  const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
  let t = performance.now();
  const gen = await zj.post('/api/interference/reports', { month });
  console.log(
    `[report] monthly reports for every unit over ${REGISTERS} registers: ${(performance.now() - t).toFixed(0)} ms (${gen.statusCode})`,
  );
  const reports = (await sj.get(`/api/interference/reports?month=${month}`)).json<
    { id: string; zero: boolean }[]
  >();
  await sj.post(`/api/interference/reports/${reports.find((r) => !r.zero)!.id}/sign`, {});
  const one = (await zj.get('/api/interference/registers?pageSize=1')).json<{ items: { id: string }[] }>()
    .items[0]!.id;
  t = performance.now();
  const chain = ChainCheck.parse((await zj.get('/api/interference/chain')).json());
  console.log(
    `[chain] recompute and check ${chain.count} registers and the signed report: ${(performance.now() - t).toFixed(0)} ms (ok ${chain.ok})`,
  );

  const runs: [
    string,
    () => Promise<{ statusCode: number; json: () => unknown }>,
    (b: unknown) => boolean,
  ][] = [
    [
      'register book, page 1 (纪检)',
      () => zj.get('/api/interference/registers?page=1&pageSize=20'),
      () => true,
    ],
    [
      'register book, 待批示 filter',
      () => zj.get('/api/interference/registers?stage=awaiting_instruction'),
      () => true,
    ],
    [
      'one register (read audited)',
      () => zj.get(`/api/interference/registers/${one}`),
      (b) => RegisterView.safeParse(b).success,
    ],
    ['statistics', () => zj.get('/api/interference/stats'), (b) => InterferenceStats.safeParse(b).success],
  ];
  console.log(
    `\n[PGlite, in memory, ${REGISTERS} registers] ${REQUESTS} requests each after 2 warm-up, milliseconds`,
  );
  console.log('request                         p50     p95     max');
  for (const [name, call, check] of runs) {
    for (let i = 0; i < 2; i++) await call();
    const ts: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t1 = performance.now();
      const x = await call();
      ts.push(performance.now() - t1);
      if (x.statusCode !== 200 || !check(x.json())) throw new Error(`${name}: ${x.statusCode}`);
    }
    console.log(`${name.padEnd(30)}${ms(pct(ts, 0.5))} ${ms(pct(ts, 0.95))} ${ms(Math.max(...ts))}`);
  }
  await app.close();
} finally {
  await database.close();
}
