/**
 * Working-day calendar benchmark. Run: `node --import tsx bench/calendar.bench.ts`
 *
 * Measures the time to build the calendar and its index (2019-2035), then the throughput of
 * `addWorkingDays` (target: at least 1,000,000 per second on one core), `workingDaysBetween`, and
 * the full `computePeriod` (which also lists the skipped days and the basis), over random starts
 * in 2020-2030 and random lengths 1-30. Inputs are drawn up front from a seeded generator, so runs
 * are comparable and the generator is not timed.
 */
import { performance } from 'node:perf_hooks';
import { buildCalendar, computePeriod } from '../server/kernel/calendar/index.js';
import { addDays, diffDays, parseLocalDate, type LocalDate } from '../server/kernel/local-date.js';
import { OFFICIAL_HOLIDAY_YEARS } from '../server/modules/calendar/data/index.js';

const OPERATIONS = 2_000_000;
const ROUNDS = 5;
const TARGET_PER_SECOND = 1_000_000;

/** mulberry32: a small seeded PRNG, good enough to spread inputs. */
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function format(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Runs `body` over all inputs ROUNDS times (after a warm-up) and returns operations per second. */
function measure(label: string, count: number, body: (i: number) => number): number {
  let sink = 0;
  for (let i = 0; i < Math.min(count, 200_000); i++) sink += body(i);
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    for (let i = 0; i < count; i++) sink += body(i);
    rates.push(count / ((performance.now() - t0) / 1000));
  }
  const rate = median(rates);
  console.log(
    `${label.padEnd(34)} ${format(rate).padStart(12)} ops/s  (median of ${ROUNDS}, sink ${sink % 10})`,
  );
  return rate;
}

const buildTimes: number[] = [];
let calendar = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS });
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  calendar = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS });
  buildTimes.push(performance.now() - t0);
}
console.log(`calendar ${calendar.version}, ${calendar.firstDate}..${calendar.lastDate}`);
console.log(
  `build (data check, projection 2027-2035, index): median ${median(buildTimes).toFixed(1)} ms, ` +
    `first ${buildTimes[0]?.toFixed(1) ?? '?'} ms`,
);

const random = seeded(20251001);
const first = parseLocalDate('2020-01-01');
const span = diffDays(first, parseLocalDate('2030-12-31')) + 1;
const starts: LocalDate[] = new Array<LocalDate>(OPERATIONS);
const lengths = new Int32Array(OPERATIONS);
const ends: LocalDate[] = new Array<LocalDate>(OPERATIONS);
for (let i = 0; i < OPERATIONS; i++) {
  starts[i] = addDays(first, Math.floor(random() * span));
  lengths[i] = 1 + Math.floor(random() * 30);
  ends[i] = addDays(first, Math.floor(random() * span));
}
const at = (list: LocalDate[], i: number): LocalDate => list[i] ?? first;

const addRate = measure('addWorkingDays', OPERATIONS, (i) =>
  calendar.addWorkingDays(at(starts, i), lengths[i] ?? 1).charCodeAt(9),
);
measure('addWorkingDays (make-up not counted)', OPERATIONS, (i) =>
  calendar.addWorkingDays(at(starts, i), lengths[i] ?? 1, { countMakeupWorkdays: false }).charCodeAt(9),
);
measure('workingDaysBetween', OPERATIONS, (i) => calendar.workingDaysBetween(at(starts, i), at(ends, i)));
measure(
  'computePeriod working_day (full)',
  OPERATIONS / 10,
  (i) =>
    computePeriod({ start: at(starts, i), length: lengths[i] ?? 1, unit: 'working_day', calendar }).skipped
      .length,
);
measure(
  'computePeriod calendar_day (full)',
  OPERATIONS / 10,
  (i) =>
    computePeriod({ start: at(starts, i), length: lengths[i] ?? 1, unit: 'calendar_day', calendar }).skipped
      .length,
);

const verdict = addRate >= TARGET_PER_SECOND ? 'meets' : 'MISSES';
console.log(`addWorkingDays ${verdict} the target of ${format(TARGET_PER_SECOND)} per second.`);
if (addRate < TARGET_PER_SECOND) process.exitCode = 1;
