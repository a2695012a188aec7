/**
 * 文书 rendering benchmark: a two-page 行政处罚决定书 (the sample case) rendered to PDF and DOCX repeatedly, after
 * one warm-up render that reads the font file. Prints mean and p95 render time and the output size.
 * Run: `npm run bench` (all) or `node --import tsx bench/docgen.bench.ts`.
 */
import { render } from '../server/modules/cases/documents/index.js';
import { SAMPLE_MODELS } from '../server/modules/cases/documents/samples.js';
import { resolveFonts } from '../server/platform/docgen/index.js';

const RUNS = 30;
const fmt = (n: number) => n.toFixed(1);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const model = SAMPLE_MODELS.penalty_decision;
let t = performance.now();
const first = await render('penalty_decision', model, 'pdf');
console.log(`font ${resolveFonts().source}; first render (reads the font): ${fmt(performance.now() - t)} ms`);

for (const format of ['pdf', 'docx'] as const) {
  const times: number[] = [];
  let size = first.length;
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    size = (await render('penalty_decision', model, format)).length;
    times.push(performance.now() - t);
  }
  console.log(
    `行政处罚决定书 ${format}: mean ${fmt(mean(times))} ms, p95 ${fmt(pct(times, 0.95))} ms (${RUNS} renders), ` +
      `${fmt(size / 1024)} KB`,
  );
}
