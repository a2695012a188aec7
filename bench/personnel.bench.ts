/**
 * Personnel benchmarks (issue 4), on embedded PGlite: importing a 500-row roster in one transaction, the
 * two-officer check (the gate every enforcement act will pass), and the roster page with filters.
 * Run: `npm run bench` (all) or `node --import tsx bench/personnel.bench.ts`.
 */
import { idNumberCheckChar } from '../common/contracts/personnel.js';
import { permissionsOf } from '../common/roles.js';
import { todayInShanghai } from '../server/kernel/local-date.js';
import { systemContext } from '../server/platform/audit/audit.js';
import { openDatabase } from '../server/platform/db/database.js';
import { migrate } from '../server/platform/db/migrate.js';
import { buildUnit } from '../server/test/factories.js';
import { checkEnforcementTeam } from '../server/modules/personnel/index.js';
import { importRoster } from '../server/modules/personnel/commands/import-roster.js';
import { rosterFile } from '../server/modules/personnel/excel/roster-fixture.js';
import { listOfficers } from '../server/modules/personnel/queries/officers.js';
import { testDeps } from '../server/modules/personnel/test-factories.js';

const ROWS = 500;
const fmt = (n: number) => n.toFixed(1);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;

const database = await openDatabase({ databaseUrl: null, dataDir: null });
try {
  await migrate(database);
  const unit = await buildUnit(database, { name: '基准测试支队' });
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const first17 = `15040419${String(70 + (i % 30))}0${1 + (i % 9)}1${i % 10}${String(i).padStart(3, '0')}`;
    return {
      name: `基准${i}`,
      idNumber: `${first17}${idNumberCheckChar(first17)}`,
      unit: unit.name,
      staffing: '在编公务员',
      number: `BENCH-${String(i).padStart(6, '0')}`,
      issuingAuthority: '内蒙古自治区人民政府',
      region: '赤峰市',
      categories: i % 3 ? '危险化学品、工贸行业' : '非煤矿山',
      issuedOn: '2023-06-01',
    };
  });
  const file = await rosterFile(rows);
  const deps = testDeps(database);
  let t = performance.now();
  const report = await importRoster(
    deps,
    { data: file, fileName: 'bench.xlsx', dryRun: false },
    systemContext(),
  );
  const importMs = performance.now() - t;
  console.log(
    `import ${report.officers} officers + ${report.certificates} certificates (with renewal deadlines and audit): ${fmt(importMs)} ms, ${fmt((ROWS / importMs) * 1000)} rows/s`,
  );

  const ids = (await database.query<{ id: string }>('SELECT id FROM officers ORDER BY name')).map(
    (r) => r.id,
  );
  const on = todayInShanghai(new Date());
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const a = ids[(i * 7) % ids.length]!;
    const b = ids[(i * 13 + 1) % ids.length]!;
    t = performance.now();
    await checkEnforcementTeam(database.db, {
      members: [{ officerId: a }, { officerId: b }],
      on,
      category: 'hazardous_chemicals',
    });
    times.push(performance.now() - t);
  }
  console.log(
    `two-officer check: p50 ${fmt(pct(times, 0.5))} ms, p95 ${fmt(pct(times, 0.95))} ms (300 checks)`,
  );

  const actor = {
    userId: 'bench',
    roles: ['legal_reviewer' as const],
    unitId: null,
    permissions: new Set(permissionsOf(['legal_reviewer'])),
  };
  const pages: number[] = [];
  for (let i = 0; i < 50; i++) {
    t = performance.now();
    await listOfficers(
      database.db,
      actor,
      { certificateStatus: 'valid', category: 'hazardous_chemicals', q: i % 2 ? '基准1' : undefined },
      { page: 1 + (i % 5), pageSize: 20 },
      on,
    );
    pages.push(performance.now() - t);
  }
  console.log(
    `roster page (20 rows, filtered, of ${ROWS}): p50 ${fmt(pct(pages, 0.5))} ms, p95 ${fmt(pct(pages, 0.95))} ms`,
  );
} finally {
  await database.close();
}
