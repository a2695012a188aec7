/**
 * Recomputation benchmark: 100,000 open deadlines, then the import of a 2027 notice (a test fixture replacing the
 * projected year), which recomputes every deadline whose period touches a changed day, writes the new due dates in
 * batches and one audit event listing each change. Prints seconds.
 *
 *   node --import tsx bench/deadlines.bench.ts                 # embedded PGlite, in memory
 *   BENCH_DATABASE_URL=postgres://… node --import tsx bench/deadlines.bench.ts   # a THROWAWAY PostgreSQL database
 *   BENCH_DEADLINES=20000 …                                    # another count
 *
 * The deadlines are inserted directly (not through openDeadline, whose per-row audit event is not what is measured),
 * with due dates computed by the same rules; their triggers are spread over September 2026 to June 2027 so that a
 * large share reaches into 2027.
 */
import { performance } from 'node:perf_hooks';
import { systemContext } from '../server/platform/audit/audit.js';
import { openDatabase, type Database } from '../server/platform/db/database.js';
import { migrate } from '../server/platform/db/migrate.js';
import { addDays, parseLocalDate, type LocalDate } from '../server/kernel/local-date.js';
import { importCalendarYear, loadCalendar } from '../server/modules/calendar/index.js';
import { FIXTURE_2027 } from '../server/modules/calendar/test-fixtures.js';
import {
  computeDue,
  findRule,
  recomputeDeadlines,
  ruleVersionFor,
} from '../server/modules/deadlines/index.js';

const COUNT = Number(process.env.BENCH_DEADLINES ?? 100_000);
const RULES = [
  'penalty.hearing-request',
  'reconsideration.reply',
  'penalty.payment',
  'litigation.answer',
  'penalty.decision',
  'enforcement.court-application',
  'publication.penalty-decision',
];

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function seed(database: Database): Promise<void> {
  const snapshot = await loadCalendar(database.db);
  const [user] = await database.query<{ id: string }>(
    `INSERT INTO users (username, display_name, password_hash, must_change_password)
     VALUES ('bench-' || substr(md5(random()::text), 1, 8), '基准测试', 'x', false) RETURNING id`,
  );
  const random = seeded(2027);
  const first = parseLocalDate('2026-09-01');
  const run = Math.random().toString(36).slice(2, 8);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < COUNT; i++) {
    const rule = findRule(RULES[i % RULES.length]!)!;
    const trigger: LocalDate = addDays(first, Math.floor(random() * 300));
    const v = ruleVersionFor(rule, trigger)!;
    const due = computeDue({
      unit: v.unit,
      direction: v.direction,
      length: v.length,
      trigger,
      calendar: snapshot.calendar,
      options: snapshot.options,
    });
    rows.push({
      rule_id: rule.id,
      rule_version: v.version,
      basis: v.basis,
      object_type: 'bench',
      object_id: `${run}-${i}`,
      title: `基准期限 ${i}`,
      responsible_user_id: user!.id,
      period_unit: v.unit,
      direction: v.direction,
      length: v.length,
      trigger_date: trigger,
      due_date: due.due,
      due_at: due.dueAt.toISOString(),
      projected: due.projected,
      calendar_version: due.calendarVersion,
    });
  }
  for (let i = 0; i < rows.length; i += 10_000) {
    await database.query(
      `INSERT INTO deadlines (rule_id, rule_version, basis, object_type, object_id, title, responsible_user_id, period_unit,
                              direction, original_length, length, trigger_date, due_date, due_at, status, projected, calendar_version)
       SELECT rule_id, rule_version, basis, object_type, object_id, title, responsible_user_id, period_unit,
              direction, length, length, trigger_date, due_date, due_at, 'open', projected, calendar_version
         FROM jsonb_to_recordset($1::jsonb) AS x(rule_id text, rule_version int, basis text, object_type text, object_id text,
              title text, responsible_user_id uuid, period_unit text, direction text, length int, trigger_date date,
              due_date date, due_at timestamptz, projected boolean, calendar_version text)`,
      [JSON.stringify(rows.slice(i, i + 10_000))],
    );
  }
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL ?? null;
  const database = await openDatabase({ databaseUrl: url, dataDir: null });
  try {
    await migrate(database);
    const engine = database.engine === 'pglite' ? 'PGlite（内存）' : 'PostgreSQL';
    let t0 = performance.now();
    await seed(database);
    console.log(
      `[${engine}] 生成 ${COUNT.toLocaleString('en-US')} 条进行中的期限：${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    t0 = performance.now();
    const r = await importCalendarYear(
      database,
      { content: FIXTURE_2027, fileName: 'bench-2027.json' },
      systemContext(),
      recomputeDeadlines,
    );
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `[${engine}] 导入 2027 年通知并重算：${seconds.toFixed(2)} s（涉及 ${r.deadlinesTouched.toLocaleString('en-US')} 条，届满日变化 ${r.deadlinesChanged.toLocaleString('en-US')} 条；日历版本 ${r.previousCalendarVersion} → ${r.calendarVersion}）`,
    );
    const [audit] = await database.query<{ bytes: number }>(
      "SELECT octet_length(payload::text) AS bytes FROM audit_events WHERE action = 'deadline.recomputed' ORDER BY id DESC LIMIT 1",
    );
    console.log(`[${engine}] 重算审计事件 1 条，载荷 ${((audit?.bytes ?? 0) / 1_048_576).toFixed(1)} MiB`);
  } finally {
    await database.close();
  }
}

await main();
