/**
 * Fault liability benchmark (issue 9): the 第九条 decision table and the grounds rule, then through the HTTP API
 * (`inject`) L leads registered one after another (numbering lock, audit event, 纪检 to-dos), the register of
 * matters (page 1, a text search), one matter (its read audited), the statistics over L leads and the Excel
 * export; then M matters triaged, found (the allocation read from the case's trail each time) and decided, so that
 * the statistics and the 多次 computation run over decided faults too. Demo bureau, PGlite in memory.
 *
 *   node --import tsx bench/fault.bench.ts
 *   ZHIFA_BENCH_LEADS=1000 ZHIFA_BENCH_MATTERS=100 ZHIFA_BENCH_REQUESTS=30 …   (defaults)
 */
import type { LightMyRequestResponse } from 'fastify';
import { FaultStats, MatterView, type AllocationView } from '../common/contracts/fault.js';
import { DEMO_PASSWORD, seedDemo } from '../server/modules/demo/index.js';
import { allocateLiability } from '../server/modules/fault/rules/allocation.js';
import { treatmentOf } from '../server/modules/fault/rules/grounds.js';
import { openDatabase } from '../server/platform/db/database.js';
import { migrate } from '../server/platform/db/migrate.js';
import { buildTestApp, loggedIn } from '../server/test/http.js';

const LEADS = Number(process.env.ZHIFA_BENCH_LEADS ?? 1_000);
const MATTERS = Number(process.env.ZHIFA_BENCH_MATTERS ?? 100);
const REQUESTS = Number(process.env.ZHIFA_BENCH_REQUESTS ?? 30);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;
const ms = (x: number) => x.toFixed(1).padStart(7);

{
  const n = 200_000;
  let t = performance.now();
  for (let i = 0; i < n; i++)
    allocateLiability({
      handlers: ['a', 'b'],
      sectionHeadId: 'c',
      misreportedBy: i % 2 ? ['a'] : [],
      approvalRequired: true,
      approvals: [
        { personId: 'c', role: 'reviewer' },
        { personId: 'd', role: 'approver' },
      ],
      sectionHeadConsented: false,
      changedBy: i % 5 === 0 ? { personId: 'e', fromProposal: 'x', toDecision: 'y', reason: 'z' } : null,
    });
  let took = performance.now() - t;
  console.log(
    `[rule] allocateLiability ×${n}: ${took.toFixed(0)} ms (${((took / n) * 1000).toFixed(2)} µs each)`,
  );
  t = performance.now();
  for (let i = 0; i < n; i++) treatmentOf(i % 3 ? ['E2', 'A2', 'M1'] : ['A1']);
  took = performance.now() - t;
  console.log(`[rule] treatmentOf ×${n}: ${took.toFixed(0)} ms (${((took / n) * 1000).toFixed(2)} µs each)`);
}

const database = await openDatabase({ databaseUrl: null, dataDir: null });
try {
  await migrate(database);
  const app = await buildTestApp(database, { loginRateLimit: 10_000 });
  await seedDemo(database);
  const lina = await loggedIn(app, 'lina', DEMO_PASSWORD);
  const zj = await loggedIn(app, 'zhoujing', DEMO_PASSWORD);
  const sj = await loggedIn(app, 'sunjianguo', DEMO_PASSWORD);
  const id = async (u: string) =>
    (await database.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [u]))[0]!.id;
  const [zhangwei, zhoujing, majun] = [await id('zhangwei'), await id('zhoujing'), await id('majun')];
  const caseId = (
    await database.query<{ case_id: string }>(
      `SELECT o.case_id FROM case_officers o JOIN users u ON u.id = o.user_id WHERE u.username = 'zhangwei' LIMIT 1`,
    )
  )[0]!.case_id;
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const times: number[] = [];
  const ids: string[] = [];
  const t0 = performance.now();
  for (let i = 0; i < LEADS; i++) {
    const t = performance.now();
    const r = await lina.post('/api/fault/leads', {
      source: i % 3 ? 'complaint' : 'file_review',
      caseId: i % 2 ? caseId : null,
      receivedOn: today,
      summary: `群众投诉执法人员在检查中态度粗暴、未出示执法证件（第${i + 1}件）`,
      subjectIds: [zhangwei],
    });
    times.push(performance.now() - t);
    if (r.statusCode !== 201) throw new Error(`lead ${r.statusCode} ${r.body.slice(0, 200)}`);
    ids.push(r.json<{ id: string }>().id);
  }
  console.log(
    `[lead] ${LEADS} leads one after another: ${(performance.now() - t0).toFixed(0)} ms; p50 ${ms(pct(times, 0.5))} p95 ${ms(pct(times, 0.95))} ms each`,
  );

  // M matters on the demo case: triage, allocation from the trail, finding, 告知, waiver, decision.
  const steps: Record<string, number[]> = { triage: [], allocation: [], finding: [], decision: [] };
  const timed = async (k: string, f: () => Promise<LightMyRequestResponse>) => {
    const t = performance.now();
    const r = await f();
    steps[k]!.push(performance.now() - t);
    if (r.statusCode !== 200) throw new Error(`${k} ${r.statusCode} ${r.body.slice(0, 300)}`);
    return r;
  };
  for (const m of ids.filter((_, i) => i % 2).slice(0, MATTERS)) {
    await timed('triage', () =>
      zj.post(`/api/fault/matters/${m}/triage`, {
        decision: 'investigate',
        decidedOn: today,
        reason: '需查明',
        investigatorIds: [zhoujing, majun],
        subjectIds: [zhangwei],
      }),
    );
    const a = (
      await timed('allocation', () =>
        zj.post(`/api/fault/matters/${m}/allocation`, { misreportedBy: [zhangwei] }),
      )
    ).json<AllocationView>();
    const liabilities = a.shares.length
      ? a.shares.map(({ personId, role, level, rule }) => ({ personId, role, level, rule }))
      : [{ personId: zhangwei, role: 'handler', level: 'sole', rule: 'manual' }];
    await timed('finding', () =>
      zj.post(`/api/fault/matters/${m}/finding`, {
        faultTypes: ['F03'],
        facts: '检查中未出示执法证件，违反行政执法程序规定，经调查属实。',
        act: '现场检查',
        allocationFacts: { misreportedBy: [zhangwei] },
        liabilities,
        ...(a.shares.length ? {} : { overrideReason: '简易程序案件无审批记录，按承办人员个人行为认定' }),
        proposedMeasures: liabilities.map((l) => ({ personId: l.personId, measures: ['criticism'] })),
      }),
    );
    for (const l of liabilities) {
      await zj.post(`/api/fault/matters/${m}/inform`, {
        personId: l.personId,
        informedOn: today,
        method: '当面',
      });
      await zj.post(`/api/fault/matters/${m}/statements`, {
        personId: l.personId,
        kind: 'waiver',
        receivedOn: today,
        content: '放弃',
      });
    }
    await timed('decision', () =>
      sj.post(`/api/fault/matters/${m}/decision`, {
        decidedOn: today,
        meeting: '局党组会议',
        measures: liabilities.map((l) => ({ personId: l.personId, measures: ['criticism'] })),
      }),
    );
  }
  console.log(`\n[procedure] ${MATTERS} matters on the demo case, milliseconds per step`);
  console.log('step                            p50     p95     max');
  for (const [k, ts] of Object.entries(steps))
    console.log(`${k.padEnd(30)}${ms(pct(ts, 0.5))} ${ms(pct(ts, 0.95))} ${ms(Math.max(...ts))}`);

  const one = ids[1]!;
  let t = performance.now();
  const x = await zj.get('/api/fault/matters/export');
  console.log(
    `\n[export] Excel of ${LEADS} matters: ${(performance.now() - t).toFixed(0)} ms, ${x.rawPayload.length} bytes`,
  );
  t = performance.now();
  await zj.get(`/api/fault/matters/${one}/documents/finding`);
  console.log(`[document] 认定书 PDF: ${(performance.now() - t).toFixed(0)} ms`);

  const runs: [
    string,
    () => Promise<{ statusCode: number; json: () => unknown }>,
    (b: unknown) => boolean,
  ][] = [
    ['matters, page 1 (纪检)', () => zj.get('/api/fault/matters?page=1&pageSize=20'), () => true],
    ['matters, text search', () => zj.get('/api/fault/matters?q=%E7%AC%AC500%E4%BB%B6'), () => true],
    [
      'one matter (read audited)',
      () => zj.get(`/api/fault/matters/${one}`),
      (b) => MatterView.safeParse(b).success,
    ],
    ['statistics', () => zj.get('/api/fault/stats'), (b) => FaultStats.safeParse(b).success],
  ];
  console.log(
    `\n[PGlite, in memory, ${LEADS} leads, ${MATTERS} decided] ${REQUESTS} requests each after 2 warm-up, ms`,
  );
  console.log('request                         p50     p95     max');
  for (const [name, call, check] of runs) {
    for (let i = 0; i < 2; i++) await call();
    const ts: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t1 = performance.now();
      const r = await call();
      ts.push(performance.now() - t1);
      if (r.statusCode !== 200 || !check(r.json())) throw new Error(`${name}: ${r.statusCode}`);
    }
    console.log(`${name.padEnd(30)}${ms(pct(ts, 0.5))} ${ms(pct(ts, 0.95))} ${ms(Math.max(...ts))}`);
  }
  await app.close();
} finally {
  await database.close();
}
