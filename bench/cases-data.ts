/**
 * The penalty-case data generator (issue 5 benchmark): fills a migrated database that holds the demo bureau
 * (seedDemo) with N cases, set-based (`INSERT … SELECT` over `generate_series`), in one transaction, then
 * VACUUM (ANALYZE)s the tables:
 *
 * - cases: 90% ordinary procedure; statuses weighted like an 8-year-old bureau (most concluded, the open ones
 *   filed in the last 150 days); the demo enforcement units; party names built from parts (赤峰某某化工有限公司);
 *   two of the demo officers' accounts; case numbers from the bureau pattern 赤应急罚〔{year}〕{seq}号 with a
 *   gap-free sequence per year that continues number_sequences (and is written back to it); fines in fen.
 * - per case one party (a dummy ciphertext and a masked number), two case_officers rows, 1–3 case_steps.
 * - a `penalty.decision` deadline (第六十条, 90 days from filing) for ~30% of the filed open cases, due dates
 *   computed by the deadline rules on the stored calendar; those past due are `missed`, as the sweep leaves them.
 *
 * No audit_events row is written: the generated rows stand for history before the trail, and the chain stays
 * valid. The run does not touch users, units or the calendar.
 *
 *   node --import tsx bench/cases-data.ts [count] [--with-triggers]   # fresh in-memory PGlite: time and counts
 */
import { sql } from 'drizzle-orm';
import { pathToFileURL } from 'node:url';
import { addDays, parseLocalDate, todayInShanghai, type LocalDate } from '../server/kernel/local-date.js';
import { loadCalendar } from '../server/modules/calendar/index.js';
import { seedDemo } from '../server/modules/demo/index.js';
import { computeDue, findRule, ruleVersionFor } from '../server/modules/deadlines/index.js';
import { openDatabase, type Database, type Tx } from '../server/platform/db/database.js';
import { migrate } from '../server/platform/db/migrate.js';

export interface CaseDataOptions {
  count: number;
  /** The generator's "now": open cases are filed up to 150 days before it; deadlines due before it are missed. */
  now?: Date;
  /** Seed for PostgreSQL's random() (the same seed gives the same data on the same engine). */
  seed?: number;
  /** false: keep the foreign-key triggers on during the load (slower; the default checks afterwards instead). */
  fastLoad?: boolean;
}

export interface CaseDataReport {
  cases: number;
  parties: number;
  officers: number;
  steps: number;
  deadlines: number;
  /** Wall time in all, and the part of it spent in VACUUM (ANALYZE) after the load. */
  millis: number;
  vacuumMillis: number;
  /** CPU time of this process meanwhile: the whole cost on PGlite (in-process), only the client's on PostgreSQL. */
  cpuMillis: number;
}

// ------------------------------------------------------------------------------------------- distributions

/** Ordinary-procedure statuses over the bureau's history (weights sum to 100). */
const ORDINARY_STATUSES: readonly [string, number][] = [
  ['concluded', 63],
  ['delivered', 6],
  ['decided', 2],
  ['transfer_pending', 1],
  ['not_filed', 4],
  ['filing_review', 2],
  ['investigating', 10],
  ['report_review', 2],
  ['notice', 2],
  ['defence', 2],
  ['hearing', 1],
  ['legal_review', 2],
  ['collective', 1],
  ['decision', 2],
];
/** Filed and not yet decided: these run the 90-day decision period. */
const OPEN_STATUSES = [
  'investigating',
  'report_review',
  'notice',
  'defence',
  'hearing',
  'legal_review',
  'collective',
  'decision',
];
const DECIDED_STATUSES = ['decided', 'delivered', 'concluded'];
/** Past 告知: the statement window has run. */
const AFTER_DEFENCE = ['hearing', 'legal_review', 'collective', 'decision', ...DECIDED_STATUSES];

/** The demo bureau's enforcement units (org_units.code) and the categories each handles. */
const UNITS: readonly { code: string; weight: number; categories: readonly [string, number][] }[] = [
  {
    code: 'ZFZD',
    weight: 60,
    categories: [
      ['hazardous_chemicals', 35],
      ['industry_trade', 30],
      ['non_coal_mines', 20],
      ['fireworks', 10],
      ['comprehensive', 5],
    ],
  },
  { code: 'WHK', weight: 20, categories: [['hazardous_chemicals', 100]] },
  {
    code: 'JCK',
    weight: 15,
    categories: [
      ['non_coal_mines', 50],
      ['industry_trade', 50],
    ],
  },
  {
    code: 'ZHXT',
    weight: 5,
    categories: [
      ['comprehensive', 60],
      ['fireworks', 40],
    ],
  },
];

/** 违法行为 by category (the 案由 is the party's name followed by one of these). */
const VIOLATIONS: Record<string, readonly string[]> = {
  hazardous_chemicals: [
    '未对重大危险源进行登记建档',
    '未按规定对危险化学品储存场所设置安全警示标志',
    '危险化学品专用仓库未设专人负责管理',
    '未如实记录安全生产教育和培训情况',
    '未建立事故隐患排查治理制度',
    '特种作业人员未按照规定经专门的安全作业培训并取得相应资格上岗作业',
  ],
  non_coal_mines: [
    '未按规定进行安全设施设计审查',
    '未按照规定配备专职安全生产管理人员',
    '主要负责人未履行安全生产管理职责',
    '未采取措施消除事故隐患',
  ],
  industry_trade: [
    '未为从业人员提供符合国家标准或者行业标准的劳动防护用品',
    '有限空间作业未执行审批制度',
    '粉尘防爆安全设施不符合规定',
    '未按规定开展安全生产教育和培训',
    '安全设备的安装、使用、检测、维修、改造和报废不符合国家标准或者行业标准',
  ],
  fireworks: ['烟花爆竹零售经营场所超量储存', '未经许可经营烟花爆竹', '烟花爆竹储存仓库不符合安全距离要求'],
  comprehensive: ['未按照规定制定生产安全事故应急救援预案', '未按规定组织应急演练', '未落实安全生产主体责任'],
};

const REGIONS = [
  '赤峰',
  '赤峰市松山区',
  '赤峰市红山区',
  '赤峰市元宝山区',
  '宁城县',
  '林西县',
  '克什克腾旗',
  '巴林左旗',
  '巴林右旗',
  '阿鲁科尔沁旗',
  '翁牛特旗',
  '喀喇沁旗',
  '敖汉旗',
];
const NAMES = [
  '某某',
  '恒通',
  '鑫源',
  '金泰',
  '宏达',
  '华誉',
  '瑞丰',
  '广源',
  '德信',
  '永盛',
  '天衡',
  '中泰',
  '兴隆',
  '昊天',
  '北方',
  '蒙东',
];
/** Weighted so that 化工 appears in roughly one company name in six. */
const TRADES = [
  '化工',
  '化工',
  '精细化工',
  '石油化工',
  '矿业',
  '矿业',
  '建材',
  '能源',
  '冶金',
  '燃气',
  '机械制造',
  '商贸',
  '物流',
  '食品',
  '新材料',
  '热力',
  '水泥',
  '木业',
];
const SUFFIXES = ['有限公司', '有限公司', '有限责任公司', '股份有限公司'];
const SHOPS = ['加油站', '五金商店', '烟花爆竹零售店', '汽车修理厂', '加工厂', '建材经销部'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '孙', '周', '吴', '郭', '马', '高', '于'];

const DUMMY_CIPHER = 'bench:sm4-cbc:0000000000000000:not-a-real-ciphertext';
const FIRST_DAY = '2019-01-01';
const OPEN_WINDOW_DAYS = 150;

// ------------------------------------------------------------------------------------------- SQL helpers

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const textArray = (xs: readonly string[]) => `ARRAY[${xs.map(lit).join(',')}]::text[]`;
/** `xs[1 + floor(r * n)]` for a uniform random r in [0, 1). */
const pick = (xs: readonly string[], r: string) => `(${textArray(xs)})[1 + floor(${r} * ${xs.length})::int]`;
/** A CASE picking by cumulative weight with a uniform random r in [0, 1). */
function weighted(choices: readonly [string, number][], r: string): string {
  if (choices.length === 1) return choices[0]![0];
  const total = choices.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  const arms = choices.slice(0, -1).map(([v, w]) => {
    acc += w;
    return `WHEN ${r} < ${acc / total} THEN ${v}`;
  });
  return `CASE ${arms.join(' ')} ELSE ${choices[choices.length - 1]![0]} END`;
}
const quoted = (choices: readonly [string, number][]) =>
  choices.map(([v, w]) => [lit(v), w] as [string, number]);
const inList = (xs: readonly string[]) => `(${xs.map(lit).join(',')})`;

async function exec(tx: Tx, text: string): Promise<Record<string, unknown>[]> {
  return ((await tx.execute(sql.raw(text))) as unknown as { rows: Record<string, unknown>[] }).rows;
}

interface Refs {
  units: Map<string, string>;
  officers: { id: string; name: string }[];
  sectionHead: { id: string; name: string } | null;
  leader: { id: string; name: string } | null;
}

async function loadRefs(database: Database): Promise<Refs> {
  const units = new Map(
    (
      await database.query<{ code: string; id: string }>(
        `SELECT code, id FROM org_units WHERE code IN ${inList(UNITS.map((u) => u.code))}`,
      )
    ).map((r) => [r.code, r.id]),
  );
  const missing = UNITS.filter((u) => !units.has(u.code)).map((u) => u.code);
  if (missing.length) throw new Error(`demo units missing (${missing.join(', ')}): run seedDemo first`);
  // The demo officers with an account and the officer role (张伟, 刘洋): the handlers of every generated case.
  const officers = await database.query<{ id: string; name: string }>(
    `SELECT u.id, u.display_name AS name FROM users u
       JOIN officers o ON o.user_id = u.id
       JOIN user_roles r ON r.user_id = u.id AND r.role = 'officer'
      WHERE NOT u.disabled ORDER BY u.username`,
  );
  if (officers.length < 2) throw new Error('fewer than two officer accounts: run seedDemo first');
  const one = async (role: string) =>
    (
      await database.query<{ id: string; name: string }>(
        `SELECT u.id, u.display_name AS name FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = $1
          ORDER BY u.username LIMIT 1`,
        [role],
      )
    )[0] ?? null;
  return { units, officers, sectionHead: await one('section_head'), leader: await one('leader') };
}

/**
 * The 90-day decision period for every filing date an open case can have, computed by the deadline rules on the
 * stored calendar (a due day on a holiday moves to the next working day).
 */
async function decisionDues(database: Database, today: LocalDate) {
  const rule = findRule('penalty.decision');
  if (!rule) throw new Error('deadline rule penalty.decision not found');
  const snapshot = await loadCalendar(database.db);
  const rows = [];
  for (let back = 0; back <= OPEN_WINDOW_DAYS; back++) {
    const trigger = addDays(today, -back);
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
      trigger_date: trigger,
      rule_version: v.version,
      basis: v.basis,
      period_unit: v.unit,
      direction: v.direction,
      length: v.length,
      due_date: due.due,
      due_at: due.dueAt.toISOString(),
      projected: due.projected,
      calendar_version: due.calendarVersion,
      count_makeup_workdays: snapshot.countMakeupWorkdays,
    });
  }
  return rows;
}

/**
 * Every foreign key of the given tables, checked over the whole table with one anti-join each (what the
 * disabled row triggers would have checked one row at a time). Throws on the first dangling reference.
 */
async function checkReferences(tx: Tx, tables: readonly string[]): Promise<void> {
  const res = (await tx.execute(
    sql.raw(`SELECT c.conname AS name, c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
                    cardinality(c.conkey) AS columns, a.attname AS col, pa.attname AS pcol
               FROM pg_constraint c
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
               JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
              WHERE c.contype = 'f' AND c.conrelid IN (${tables.map((t) => `${lit(t)}::regclass`).join(',')})`),
  )) as unknown as {
    rows: { name: string; child: string; parent: string; columns: number; col: string; pcol: string }[];
  };
  for (const fk of res.rows) {
    if (fk.columns !== 1) throw new Error(`cannot check the multi-column foreign key ${fk.name}`);
    const q = (await tx.execute(
      sql.raw(`SELECT count(*)::int AS n FROM ${fk.child} x
                WHERE x.${fk.col} IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE p.${fk.pcol} = x.${fk.col})`),
    )) as unknown as { rows: { n: number }[] };
    if (q.rows[0]!.n) throw new Error(`${q.rows[0]!.n} rows violate ${fk.name}`);
  }
}

// ------------------------------------------------------------------------------------------- the generator

/**
 * Adds `count` generated cases (with parties, officers, steps and decision deadlines) to a database holding the
 * demo bureau, in one transaction, then VACUUM (ANALYZE)s the tables: statistics for the planner and the
 * visibility map for index-only scans, as autovacuum would leave them on PostgreSQL.
 */
export async function generateCases(database: Database, opts: CaseDataOptions): Promise<CaseDataReport> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const n = Math.floor(opts.count);
  if (!(n > 0)) throw new Error(`case count must be positive, got ${opts.count}`);
  const now = opts.now ?? new Date();
  const today = todayInShanghai(now);
  const refs = await loadRefs(database);
  const [role] = await database.query<{ superuser: boolean }>(
    'SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
  );
  const superuser = !!role?.superuser;
  const dues = await decisionDues(database, today);
  const firstDay = parseLocalDate(FIRST_DAY);
  const closedSpan = Math.max(
    1,
    Math.round((Date.parse(addDays(today, -100)) - Date.parse(firstDay)) / 86_400_000),
  );
  const wholeSpan = Math.max(1, Math.round((Date.parse(today) - Date.parse(firstDay)) / 86_400_000));
  const officerIds = `ARRAY[${refs.officers.map((o) => lit(o.id)).join(',')}]::uuid[]`;
  const officerNames = textArray(refs.officers.map((o) => o.name));
  const k = refs.officers.length;
  const head = refs.sectionHead ?? refs.officers[0]!;
  const leader = refs.leader ?? refs.officers[0]!;
  const unitCase = weighted(
    UNITS.map((u) => [lit(u.code), u.weight]),
    'r_unit',
  );
  const categoryCase = `CASE unit_code ${UNITS.map(
    (u) => `WHEN ${lit(u.code)} THEN ${weighted(quoted(u.categories), 'r_cat')}`,
  ).join(' ')} END`;
  const violationCase = `CASE category ${Object.entries(VIOLATIONS)
    .map(([c, vs]) => `WHEN ${lit(c)} THEN ${pick(vs, 'r_viol')}`)
    .join(' ')} END`;
  const unitIdCase = `CASE unit_code ${[...refs.units].map(([c, id]) => `WHEN ${lit(c)} THEN ${lit(id)}::uuid`).join(' ')} END`;
  const partyName = `CASE party_kind
      WHEN 'legal_person' THEN ${pick(REGIONS, 'r_p1')} || ${pick(NAMES, 'r_p2')} || ${pick(TRADES, 'r_p3')} || ${pick(SUFFIXES, 'r_p4')}
      WHEN 'individual_business' THEN ${pick(REGIONS, 'r_p1')} || ${pick(NAMES, 'r_p2')} || ${pick(SHOPS, 'r_p3')}
      ELSE ${pick(SURNAMES, 'r_p1')} || '某某' END`;

  const report = await database.transaction(async (tx) => {
    // The window over all cases (numbering) and the shared work table stay in memory.
    await exec(tx, "SET LOCAL work_mem = '256MB'");
    // Foreign-key triggers off for the load, as pg_restore --disable-triggers does (they cost about as much as the
    // inserts); every reference is checked set-based before the commit instead. Superuser only: for anyone else
    // the triggers stay on.
    const fast = superuser && opts.fastLoad !== false;
    if (fast) await exec(tx, 'SET LOCAL session_replication_role = replica');
    await exec(tx, `SELECT setseed(${((opts.seed ?? 20261124) % 1_000_000) / 1_000_000})`);
    // The case's attributes in one pass. The innermost query draws the random numbers once per row (OFFSET 0
    // keeps the planner from inlining it, which would draw anew at every use). `d0` is the date everything hangs
    // off: the filing, the on-the-spot decision, or the proposal for cases not (yet) filed.
    const attributes = `
       SELECT *,
              CASE WHEN status IN ${inList(OPEN_STATUSES)} THEN ${lit(today)}::date - floor(r_date * ${OPEN_WINDOW_DAYS})::int
                   WHEN status = 'filing_review' THEN ${lit(today)}::date - floor(r_date * 20)::int
                   WHEN status = 'not_filed' OR procedure = 'simple'
                     THEN ${lit(firstDay)}::date + floor(r_date * ${wholeSpan})::int
                   ELSE ${lit(firstDay)}::date + floor(r_date * ${closedSpan})::int END AS d0,
              ${violationCase} AS violation,
              ${partyName} AS party_name,
              1 + floor(r_off * ${k})::int AS lead_ix,
              1 + ((floor(r_off * ${k})::int + 1 + floor(r_gap * ${k - 1})::int) % ${k}) AS assistant_ix
         FROM (SELECT *, ${categoryCase} AS category,
                      CASE WHEN r_p0 < 0.8 THEN 'legal_person' WHEN r_p0 < 0.92 THEN 'individual_business'
                           ELSE 'natural' END AS party_kind
                 FROM (SELECT *, ${unitCase} AS unit_code,
                              CASE WHEN procedure = 'simple' THEN CASE WHEN r_status < 0.85 THEN 'concluded' ELSE 'delivered' END
                                   ELSE ${weighted(quoted(ORDINARY_STATUSES), 'r_status')} END AS status
                         FROM (SELECT g, gen_random_uuid() AS id, random() AS r_status, random() AS r_unit,
                                      random() AS r_cat, random() AS r_viol, random() AS r_date, random() AS r_time,
                                      random() AS r_p0, random() AS r_p1, random() AS r_p2, random() AS r_p3,
                                      random() AS r_p4, random() AS r_off, random() AS r_fine, random() AS r_gap,
                                      random() AS r_dl,
                                      CASE WHEN random() < 0.9 THEN 'ordinary' ELSE 'simple' END AS procedure
                                 FROM generate_series(1, ${n}) AS g OFFSET 0) AS draw) a) b`;
    // Numbering: per year, in date order, after what number_sequences already gave out.
    const source = `
       SELECT c.*,
              CASE WHEN numbered THEN '赤应急罚〔' || case_year || '〕' || case_seq || '号' END AS case_no
         FROM (SELECT b.*, ${unitIdCase} AS unit_id,
                      (${officerIds})[lead_ix] AS lead_id, (${officerIds})[assistant_ix] AS assistant_id,
                      (${officerNames})[lead_ix] AS lead_name,
                      CASE WHEN numbered THEN extract(year FROM d0)::int END AS case_year,
                      CASE WHEN numbered THEN coalesce(ns.last_value, 0)
                        + row_number() OVER (PARTITION BY numbered, extract(year FROM d0) ORDER BY d0, g)::int END AS case_seq
                 FROM (SELECT *, status NOT IN ('filing_review', 'not_filed') AS numbered FROM (${attributes}) AS attr) b
                 LEFT JOIN number_sequences ns ON ns.scope = 'case' AND ns.year = extract(year FROM b.d0)::int) c`;
    const decided = `status IN ${inList(DECIDED_STATUSES)}`;
    // 3% of ordinary decisions are 不予处罚 (第三十三条); an on-the-spot decision always imposes a penalty.
    const penalised = `(${decided} AND (procedure = 'simple' OR r_fine >= 0.03))`;
    // Amounts in fen: on-the-spot fines 50–3,000 yuan (第五十一条); ordinary fines 10,000–500,000 yuan, skewed low.
    const fineFen = `CASE WHEN procedure = 'simple' THEN (50 * (1 + floor(r_fine * 60)))::bigint * 100
                          ELSE (10000 * (1 + floor(power(r_fine, 3) * 50)))::bigint * 100 END`;
    const casesSql = `INSERT INTO cases (id, case_no, case_year, case_seq, procedure, unit_id, title, category, status, act_date,
                          discovered_on, extended_limitation, limitation_until, filed_on, facts, place, crime_suspected,
                          outcome, proposed_penalty, decided_penalty, fine_fen, hearing_status, statement_status,
                          notice_delivered_on, decided_on, decision_no, delivered_on, form_serial, filed_back_on,
                          party_names, officer_ids, created_by, created_at, updated_at)
       SELECT id, case_no, case_year, case_seq, procedure, unit_id, party_name || violation || '案', category, status,
              d0 - (1 + floor(r_gap * 60))::int, d0 - floor(r_gap * 10)::int, r_time < 0.05,
              (d0 - (1 + floor(r_gap * 60))::int
                + CASE WHEN r_time < 0.05 THEN interval '5 years' ELSE interval '2 years' END)::date,
              CASE WHEN procedure = 'ordinary' AND case_no IS NOT NULL THEN d0 END,
              '经查，' || party_name || violation || '。（基准测试生成数据）', ${pick(REGIONS, 'r_p4')} || '某工业园区',
              status = 'transfer_pending',
              CASE WHEN status = 'transfer_pending' THEN 'transfer'
                   WHEN ${penalised} THEN 'penalty' WHEN ${decided} THEN 'no_penalty_minor' END,
              CASE WHEN status NOT IN ('filing_review', 'not_filed', 'investigating') AND procedure = 'ordinary'
                   THEN jsonb_build_object('items', jsonb_build_array(jsonb_build_object('kind', 'fine', 'amountFen', ${fineFen}))) END,
              CASE WHEN ${penalised}
                   THEN jsonb_build_object('items', jsonb_build_array(jsonb_build_object('kind', 'fine', 'amountFen', ${fineFen}))) END,
              CASE WHEN ${penalised} THEN ${fineFen} END,
              CASE WHEN status = 'hearing' THEN 'requested'
                   WHEN status IN ${inList(AFTER_DEFENCE)} AND procedure = 'ordinary' THEN
                     CASE WHEN r_gap < 0.1 THEN 'held' WHEN r_gap < 0.3 THEN 'waived' ELSE 'not_applicable' END
                   ELSE 'not_applicable' END,
              CASE WHEN status = 'defence' THEN 'window_open'
                   WHEN status IN ${inList(AFTER_DEFENCE)} AND procedure = 'ordinary' THEN
                     CASE WHEN r_gap < 0.4 THEN 'reviewed' ELSE 'lapsed' END
                   ELSE 'none' END,
              CASE WHEN status = 'defence' OR (status IN ${inList(AFTER_DEFENCE)} AND procedure = 'ordinary')
                   THEN least(d0 + 20, ${lit(today)}::date) END,
              CASE WHEN procedure = 'simple' THEN d0 WHEN ${decided} THEN d0 + (20 + floor(r_gap * 65))::int END,
              CASE WHEN ${decided} AND procedure = 'ordinary' THEN '赤应急罚决〔' || case_year || '〕' || case_seq || '号' END,
              CASE WHEN procedure = 'simple' THEN d0
                   WHEN status IN ('delivered', 'concluded') THEN d0 + (22 + floor(r_gap * 65))::int END,
              CASE WHEN procedure = 'simple' THEN 'BENCH-' || replace(id::text, '-', '') END,
              CASE WHEN procedure = 'simple' THEN d0 + (1 + floor(r_time * 4))::int END,
              party_name,
              ARRAY[lead_id, assistant_id],
              lead_id,
              (d0 - CASE WHEN procedure = 'ordinary' AND numbered THEN (1 + floor(r_gap * 5))::int ELSE 0 END
                + time '08:30' + r_time * interval '9 hours') AT TIME ZONE 'Asia/Shanghai',
              least((d0 + time '08:30' + r_time * interval '9 hours') AT TIME ZONE 'Asia/Shanghai' + interval '1 day',
                    ${lit(now.toISOString())}::timestamptz)
         FROM bench_cases ORDER BY d0, r_time`;
    const partiesSql = `INSERT INTO case_parties (case_id, kind, name, id_kind, id_number_cipher, id_number_masked, address, legal_rep,
                                 phone, created_by, created_at)
       SELECT id, party_kind, party_name, CASE WHEN party_kind = 'natural' THEN 'id_card' ELSE 'uscc' END,
              ${lit(DUMMY_CIPHER)},
              CASE WHEN party_kind = 'natural' THEN '1504**********' || lpad((g % 10000)::text, 4, '0')
                   ELSE '9115**********' || lpad((g % 10000)::text, 4, '0') END,
              ${pick(REGIONS, 'r_p3')} || '某工业园区' || (1 + g % 200) || '号',
              CASE WHEN party_kind <> 'natural' THEN ${pick(SURNAMES, 'r_p4')} || '某某' END,
              '1390476' || lpad((g % 10000)::text, 4, '0'),
              lead_id,
              (d0 + time '08:00') AT TIME ZONE 'Asia/Shanghai'
         FROM bench_cases ORDER BY id`;
    const officersSql = `INSERT INTO case_officers (case_id, user_id, role, assigned_by, assigned_at, recusal, recusal_declared_at)
       SELECT id, o.user_id, o.role, lead_id, (d0 + time '08:00') AT TIME ZONE 'Asia/Shanghai',
              CASE WHEN status = 'filing_review' THEN 'pending' ELSE 'none' END,
              CASE WHEN status <> 'filing_review' THEN (d0 + time '09:00') AT TIME ZONE 'Asia/Shanghai' END
         FROM bench_cases,
              LATERAL (VALUES (lead_id, 'lead'), (assistant_id, 'assistant')) AS o (user_id, role)
        ORDER BY id`;
    // The approval trail: the officer's proposal, then the section head's and the leader's decisions on the
    // 立案审批表 (a rejection for 不予立案); on-the-spot cases carry the one step of their decision.
    const stepsSql = `INSERT INTO case_steps (case_id, kind, actor_id, actor_name, actor_role, decision, opinion, data, at)
       SELECT id, s.kind, s.actor_id, s.actor_name, s.actor_role, s.decision, s.opinion, s.data,
              (d0 + time '09:00') AT TIME ZONE 'Asia/Shanghai' + s.offset_hours * interval '1 hour'
         FROM bench_cases,
              LATERAL (VALUES
                ('filing_proposed', lead_id, lead_name, 'officer', NULL, '建议立案调查', '{}'::jsonb, -48, 1),
                ('filing_approved', ${lit(head.id)}::uuid, ${lit(head.name)}, 'section_head', 'approve', '同意立案',
                 '{"level":1}'::jsonb, -24, 2),
                ('filing_approved', ${lit(leader.id)}::uuid, ${lit(leader.name)}, 'leader', 'approve', '同意立案',
                 jsonb_build_object('level', 2, 'caseNo', case_no), 0, 3),
                ('filing_rejected', ${lit(head.id)}::uuid, ${lit(head.name)}, 'section_head', 'reject',
                 '违法事实不能成立，不予立案', '{"level":1}'::jsonb, 0, 4),
                ('simple_decided', lead_id, lead_name, 'officer', NULL, '当场作出行政处罚决定',
                 jsonb_build_object('formSerial', 'BENCH-' || replace(id::text, '-', '')), 0, 5)
              ) AS s (kind, actor_id, actor_name, actor_role, decision, opinion, data, offset_hours, ord)
        WHERE CASE WHEN procedure = 'simple' THEN s.ord = 5
                   WHEN status = 'filing_review' THEN s.ord = 1
                   WHEN status = 'not_filed' THEN s.ord IN (1, 4)
                   ELSE s.ord <= 3 END
        ORDER BY id, s.ord`;
    // 第六十条: the 90-day decision period for ~30% of the filed open cases (the others stand for cases whose
    // period was suspended or closed otherwise); past due means the sweep has flagged it missed.
    const deadlinesSql = `INSERT INTO deadlines (rule_id, rule_version, basis, object_type, object_id, title, link, unit_id,
                              responsible_user_id, period_unit, direction, original_length, length, trigger_date,
                              due_date, due_at, status, projected, calendar_version, count_makeup_workdays,
                              warn_level, warned_due_at, created_by, created_at, updated_at)
       SELECT 'penalty.decision', x.rule_version, x.basis, 'case', c.id::text, '作出处罚决定：' || c.case_no,
              '/cases/' || c.id, c.unit_id, c.lead_id, x.period_unit, x.direction, x.length, x.length, x.trigger_date,
              x.due_date, x.due_at,
              CASE WHEN x.due_at < ${lit(now.toISOString())}::timestamptz THEN 'missed' ELSE 'open' END,
              x.projected, x.calendar_version, x.count_makeup_workdays,
              CASE WHEN x.due_at < ${lit(now.toISOString())}::timestamptz THEN 'overdue'
                   WHEN x.due_date <= ${lit(addDays(today, 5))}::date THEN 'due_soon' END,
              CASE WHEN x.due_date <= ${lit(addDays(today, 5))}::date THEN x.due_at END,
              ${lit(leader.id)}::uuid, (c.d0 + time '10:00') AT TIME ZONE 'Asia/Shanghai', now()
         FROM bench_cases c
         JOIN jsonb_to_recordset(${lit(JSON.stringify(dues))}::jsonb) AS x (trigger_date date, rule_version int,
              basis text, period_unit text, direction text, length int, due_date date, due_at timestamptz,
              projected boolean, calendar_version text, count_makeup_workdays boolean)
           ON x.trigger_date = c.d0
        WHERE c.status IN ${inList(OPEN_STATUSES)} AND c.procedure = 'ordinary' AND c.r_dl < 0.3`;
    // Later case numbers continue after the generated ones.
    const sequencesSql = `INSERT INTO number_sequences (scope, year, last_value)
       SELECT 'case', case_year, max(case_seq) FROM bench_cases WHERE case_year IS NOT NULL GROUP BY case_year
       ON CONFLICT (scope, year) DO UPDATE SET last_value = greatest(number_sequences.last_value, EXCLUDED.last_value)`;
    // One statement: the cases are drawn once into a work table that every insert reads (a temporary table
    // costs a third more on PGlite). With the triggers on, the foreign keys are checked at its end.
    const inserts = {
      cases: casesSql,
      parties: partiesSql,
      officers: officersSql,
      steps: stepsSql,
      deadlines: deadlinesSql,
      sequences: sequencesSql,
    };
    const names = Object.keys(inserts) as (keyof typeof inserts)[];
    const [counts] = (await exec(
      tx,
      `WITH bench_cases AS MATERIALIZED (${source}),
       ${names.map((k) => `ins_${k} AS (${inserts[k]} RETURNING 1)`).join(',\n')}
       SELECT ${names.map((k) => `(SELECT count(*)::int FROM ins_${k}) AS ${k}`).join(', ')}`,
    )) as Record<keyof typeof inserts, number>[];
    const { cases, parties, officers, steps, deadlines } = counts!;
    if (fast) {
      await exec(tx, 'SET LOCAL session_replication_role = origin');
      await checkReferences(tx, ['cases', 'case_parties', 'case_officers', 'case_steps', 'deadlines']);
    }
    return { cases, parties, officers, steps, deadlines };
  });
  const loaded = performance.now();
  // The state autovacuum leaves PostgreSQL tables in (statistics, visibility map for index-only scans), set now
  // so that it does not arrive in the middle of a measurement. PGlite has no autovacuum: there, only this.
  for (const table of [
    'cases',
    'case_parties',
    'case_officers',
    'case_steps',
    'deadlines',
    'number_sequences',
  ])
    await database.query(`VACUUM (ANALYZE) ${table}`);
  const cpu = process.cpuUsage(cpu0);
  const end = performance.now();
  return {
    ...report,
    millis: end - t0,
    vacuumMillis: end - loaded,
    cpuMillis: (cpu.user + cpu.system) / 1000,
  };
}

/** Row counts and distributions of the generated data, for a check by eye. */
export async function describeCases(database: Database) {
  const [totals] = await database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM cases) AS cases,
            (SELECT count(*)::int FROM cases WHERE procedure = 'ordinary') AS ordinary,
            (SELECT count(*)::int FROM case_parties) AS parties,
            (SELECT count(*)::int FROM case_officers) AS officers,
            (SELECT count(*)::int FROM case_steps) AS steps,
            (SELECT count(*)::int FROM deadlines WHERE rule_id = 'penalty.decision' AND object_type = 'case') AS deadlines,
            (SELECT count(*)::int FROM deadlines WHERE rule_id = 'penalty.decision' AND status = 'missed') AS missed,
            (SELECT count(*)::int FROM cases WHERE party_names LIKE '%化工%') AS chemical_parties,
            (SELECT count(DISTINCT case_no)::int FROM cases) AS case_numbers,
            (SELECT count(*)::int FROM audit_events) AS audit_events`,
  );
  // Each should be 0: rows whose fields contradict each other.
  const [anomalies] = await database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM cases WHERE procedure = 'simple' AND status NOT IN ('concluded', 'delivered'))
              AS simple_in_ordinary_status,
            (SELECT count(*)::int FROM cases WHERE procedure = 'ordinary'
                AND (status IN ('filing_review', 'not_filed')) = (filed_on IS NOT NULL OR case_no IS NOT NULL))
              AS filing_mismatch,
            (SELECT count(*)::int FROM deadlines d JOIN cases c ON c.id::text = d.object_id
              WHERE d.rule_id = 'penalty.decision' AND c.status NOT IN ${inList(OPEN_STATUSES)}
                AND d.status IN ('open', 'missed')) AS deadline_on_closed_case,
            (SELECT count(*)::int FROM cases c WHERE cardinality(officer_ids) <> 2
                OR officer_ids[1] = officer_ids[2]) AS officer_pairs,
            (SELECT count(*)::int FROM cases c
              WHERE NOT EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = c.id)) AS cases_without_party`,
  );
  const statuses = await database.query<{ status: string; n: number }>(
    'SELECT status, count(*)::int AS n FROM cases GROUP BY status ORDER BY n DESC',
  );
  const units = await database.query<{ unit: string; n: number }>(
    'SELECT u.code AS unit, count(*)::int AS n FROM cases c JOIN org_units u ON u.id = c.unit_id GROUP BY u.code ORDER BY n DESC',
  );
  const years = await database.query<{ year: number; n: number; last: number }>(
    `SELECT case_year AS year, count(*)::int AS n, max(case_seq)::int AS last FROM cases
      WHERE case_year IS NOT NULL GROUP BY case_year ORDER BY case_year`,
  );
  return { totals: totals!, anomalies: anomalies!, statuses, units, years };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = Number(args.find((a) => /^\d+$/.test(a)) ?? process.env.ZHIFA_BENCH_CASES ?? 200_000);
  const fastLoad = !args.includes('--with-triggers');
  const database = await openDatabase({ databaseUrl: null, dataDir: null });
  try {
    await migrate(database);
    await seedDemo(database);
    const r = await generateCases(database, { count, fastLoad });
    console.log(
      `generated ${r.cases.toLocaleString('en-US')} cases, ${r.parties} parties, ${r.officers} officers, ${r.steps} steps, ${r.deadlines} deadlines in ${(r.millis / 1000).toFixed(1)} s (of which VACUUM ${(r.vacuumMillis / 1000).toFixed(1)} s), cpu ${(r.cpuMillis / 1000).toFixed(1)} s (PGlite, in memory)`,
    );
    const d = await describeCases(database);
    console.log(d.totals, d.anomalies);
    console.log(d.statuses.map((s) => `${s.status} ${s.n}`).join(', '));
    console.log(d.units.map((s) => `${s.unit} ${s.n}`).join(', '));
    console.log(d.years.map((y) => `${y.year}: ${y.n} (last seq ${y.last})`).join(', '));
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
