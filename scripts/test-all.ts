/**
 * `npm test`: everything a fresh clone must pass, in order — lint and typecheck (in parallel), unit and
 * integration tests (PGlite and PostgreSQL) in Asia/Shanghai, the pure tests again in UTC, the web build, and
 * the browser e2e in Chromium. Ends with one summary line `tests: N passed, M failed`.
 * With CI=true a skipped test is a failure.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ci = process.env.CI === 'true';
const started = Date.now();
let passed = 0;
let failed = 0;
let skipped = 0;
const failures: string[] = [];

function run(
  name: string,
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    process.stdout.write(`\n▶ ${name}\n`);
    const child = spawn(cmd, args, {
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      process.stdout.write(d);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      process.stdout.write(
        `◀ ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
      );
      if (code !== 0) failures.push(name);
      resolve({ code: code ?? 1, out });
    });
  });
}

const bin = (name: string) => path.resolve('node_modules/.bin', name);

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
function countVitest(file: string): void {
  if (!fs.existsSync(file)) return;
  const r = JSON.parse(fs.readFileSync(file, 'utf8')) as VitestJson;
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
}

fs.mkdirSync('test-results', { recursive: true });

await Promise.all([
  run('lint (ESLint, type-aware; Prettier)', 'sh', [
    '-c',
    `${bin('eslint')} . --max-warnings 0 && ${bin('prettier')} --check . --log-level warn`,
  ]),
  run('typecheck (server + web)', 'sh', [
    '-c',
    `${bin('tsc')} -p tsconfig.json --noEmit && ${bin('tsc')} -p web/tsconfig.json --noEmit`,
  ]),
]);

await run(
  'unit + integration tests (PGlite, PostgreSQL), TZ=Asia/Shanghai',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest-shanghai.json'],
  { TZ: 'Asia/Shanghai' },
);
countVitest('test-results/vitest-shanghai.json');
await run(
  'unit tests again, TZ=UTC',
  bin('vitest'),
  [
    'run',
    '--project',
    'unit',
    '--reporter=dot',
    '--reporter=json',
    '--outputFile.json=test-results/vitest-utc.json',
  ],
  { TZ: 'UTC' },
);
countVitest('test-results/vitest-utc.json');

const build = await run('web build (vite)', bin('vite'), [
  'build',
  '--config',
  'web/vite.config.ts',
  '--logLevel',
  'warn',
]);
if (build.code === 0) {
  const e2e = await run('e2e (Chromium)', process.execPath, ['--import', 'tsx', 'e2e/run.ts']);
  const m = /^(\d+) passed, (\d+) failed/m.exec(e2e.out);
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
  } else if (e2e.code !== 0) failed += 1;
}

if (ci && skipped > 0) failures.push(`${skipped} skipped test(s) — nothing may be skipped with CI=true`);
process.stdout.write(
  `\n${failures.length ? `失败 / FAILED: ${failures.join('; ')}` : '全部通过 / all green'} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
);
process.stdout.write(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failures.length || failed ? 1 : 0);
