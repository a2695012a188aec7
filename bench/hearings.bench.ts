/**
 * Hearings benchmark (issue 6): the notice-date rule over two years of days, then the hearing calendar, list,
 * statistics and hearing page through the HTTP API (`inject`) over the demo bureau plus N generated cases
 * (bench/cases-data.ts) of which M have a hearing. PGlite in memory.
 *
 *   node --import tsx bench/hearings.bench.ts
 *   ZHIFA_BENCH_CASES=20000 ZHIFA_BENCH_HEARINGS=4000 …   (defaults)
 */
import { HearingDetail, HearingList, HearingStats } from '../common/contracts/hearings.js';
import { buildCalendar } from '../server/kernel/calendar/index.js';
import { addDays, type LocalDate } from '../server/kernel/local-date.js';
import { OFFICIAL_HOLIDAY_YEARS } from '../server/modules/calendar/data/index.js';
import { DEMO_PASSWORD, seedDemo } from '../server/modules/demo/index.js';
import { checkNoticeDay, earliestHearingDay } from '../server/modules/hearings/rules/hearing-dates.js';
import { openDatabase } from '../server/platform/db/database.js';
import { migrate } from '../server/platform/db/migrate.js';
import { buildTestApp, loggedIn } from '../server/test/http.js';
import { generateCases } from './cases-data.js';

const CASES = Number(process.env.ZHIFA_BENCH_CASES ?? 20_000);
const HEARINGS = Number(process.env.ZHIFA_BENCH_HEARINGS ?? 4_000);
const REQUESTS = Number(process.env.ZHIFA_BENCH_REQUESTS ?? 100);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;
const ms = (x: number) => x.toFixed(1).padStart(7);

// ------------------------------------------------------------------------------------------ the rule
{
  const c = {
    calendar: buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS }),
    options: { countMakeupWorkdays: true },
  };
  const days: LocalDate[] = [];
  for (let d = '2025-01-01' as LocalDate; d < '2026-12-01'; d = addDays(d, 1)) days.push(d);
  const t = performance.now();
  let refusals = 0;
  for (const n of days) {
    const e = earliestHearingDay(c, n);
    if (checkNoticeDay(c, n, e)) throw new Error(`earliest day ${e} refused for notice ${n}`);
    if (checkNoticeDay(c, addDays(n, 3), e)) refusals++;
  }
  const total = performance.now() - t;
  console.log(
    `[rule] earliestHearingDay + 2 checkNoticeDay over ${days.length} notice days: ${total.toFixed(0)} ms (${((total / days.length) * 1000).toFixed(0)} µs per day; ${refusals} later notices refused)`,
  );
}

// ------------------------------------------------------------------------------------------ the API
const database = await openDatabase({ databaseUrl: null, dataDir: null });
try {
  await migrate(database);
  const app = await buildTestApp(database, { loginRateLimit: 10_000 });
  await seedDemo(database);
  const gen = await generateCases(database, { count: CASES });
  const t = performance.now();
  await database.query(
    `INSERT INTO hearings (case_id, stage, request_channel, request_received_on, heard_penalty, chair_id, clerk_id,
       room_id, place, scheduled_at, public, closed_reason, notified_on, outcome, held_from, held_to, signed, refusal,
       recommendation, reported_at, created_by)
     SELECT c.id, s.stage, 'written', d.received, c.proposed_penalty,
       (SELECT id FROM users WHERE username = 'lina'), (SELECT id FROM users WHERE username = 'chenjie'),
       (SELECT id FROM hearing_rooms ORDER BY name LIMIT 1), '第一听证室',
       CASE WHEN s.stage = 'requested' THEN NULL ELSE (d.received + 12)::timestamp + interval '9 hours 30 minutes' END,
       n % 10 <> 0, CASE WHEN n % 10 = 0 THEN 'commercial_secret' END,
       CASE WHEN s.stage IN ('notified', 'held', 'reported') THEN d.received + 1 END,
       CASE WHEN s.stage IN ('held', 'reported') THEN 'completed' WHEN s.stage = 'terminated' THEN 'absent' END,
       CASE WHEN s.stage IN ('held', 'reported') THEN (d.received + 12)::timestamp + interval '9 hours 30 minutes' END,
       CASE WHEN s.stage IN ('held', 'reported') THEN (d.received + 12)::timestamp + interval '11 hours' END,
       CASE WHEN s.stage IN ('held', 'reported') THEN true END, NULL,
       CASE WHEN s.stage = 'reported' THEN 'maintain' END,
       CASE WHEN s.stage = 'reported' THEN now() END,
       c.created_by
     FROM (SELECT id, created_by, proposed_penalty, row_number() OVER (ORDER BY id) AS n FROM cases
           WHERE case_no IS NOT NULL AND NOT EXISTS (SELECT 1 FROM hearings h WHERE h.case_id = cases.id)
           LIMIT $1) c
     CROSS JOIN LATERAL (SELECT (DATE '2026-01-05' + (c.n % 320)::int) AS received) d
     CROSS JOIN LATERAL (SELECT (ARRAY['reported','reported','reported','terminated','notified','arranged','requested','held'])[1 + c.n % 8] AS stage) s`,
    [HEARINGS],
  );
  await database.query('ANALYZE hearings');
  console.log(
    `[data] ${gen.cases.toLocaleString('en-US')} cases generated; ${HEARINGS.toLocaleString('en-US')} hearings inserted in ${(performance.now() - t).toFixed(0)} ms`,
  );
  const lina = await loggedIn(app, 'lina', DEMO_PASSWORD);
  const ids = (
    await database.query<{ id: string }>(`SELECT id FROM hearings ORDER BY random() LIMIT ${REQUESTS}`)
  ).map((r) => r.id);
  const runs: [string, (i: number) => string, (b: unknown) => boolean][] = [
    [
      'calendar month (200/page)',
      (i) =>
        `/api/hearings?from=2026-${String(1 + (i % 11)).padStart(2, '0')}-01&to=2026-${String(1 + (i % 11)).padStart(2, '0')}-28&pageSize=200`,
      (b) => HearingList.safeParse(b).success,
    ],
    ['list, page 1', () => '/api/hearings?page=1&pageSize=20', (b) => HearingList.safeParse(b).success],
    [
      'list, stage=requested',
      () => '/api/hearings?stage=requested&pageSize=20',
      (b) => HearingList.safeParse(b).success,
    ],
    [
      'list, search 化工',
      () => `/api/hearings?q=${encodeURIComponent('化工')}&pageSize=20`,
      (b) => HearingList.safeParse(b).success,
    ],
    ['statistics 2026', () => '/api/hearings/stats?year=2026', (b) => HearingStats.safeParse(b).success],
    [
      'hearing page',
      (i) => `/api/hearings/${ids[i % ids.length]}`,
      (b) => HearingDetail.safeParse(b).success,
    ],
  ];
  console.log(`\n[PGlite, in memory] ${REQUESTS} requests each after 3 warm-up, milliseconds`);
  console.log('request                         p50     p95     max');
  for (const [name, url, check] of runs) {
    for (let i = 0; i < 3; i++) await lina.get(url(i));
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t0 = performance.now();
      const r = await lina.get(url(i));
      times.push(performance.now() - t0);
      if (r.statusCode !== 200 || (i === 0 && !check(r.json())))
        throw new Error(`${name}: ${r.statusCode} ${r.body.slice(0, 200)}`);
    }
    console.log(
      `${name.padEnd(28)} ${ms(pct(times, 0.5))} ${ms(pct(times, 0.95))} ${ms(Math.max(...times))}`,
    );
  }
  await app.close();
} finally {
  await database.close();
}
