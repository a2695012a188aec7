/**
 * Statistics (legal-spec §3.10): faults by type, section and person; exemptions by ground; measures; review
 * outcomes; repeated faults; time from lead to decision; reversals and how many ended in a finding.
 */
import type { z } from 'zod';
import {
  FAULT_TYPES,
  FAULT_TYPE_LABELS,
  GROUND_CODE_LABELS,
  LEAD_SOURCES,
  LEAD_SOURCE_LABELS,
  MATTER_STAGES,
  MATTER_STAGE_LABELS,
  MEASURES,
  MEASURE_LABELS,
  REVIEW_RESULTS,
  REVIEW_RESULT_LABELS,
  type FaultStats,
  type StatsQuery,
} from '../../../../common/contracts/fault.js';
import { diffDays, type LocalDate } from '../../../kernel/local-date.js';
import { faultRepository as repo } from '../fault.repository.js';
import type { FaultDeps } from '../commands/shared.js';
import { repeatSettings } from '../commands/shared.js';
import { repeated } from '../rules/repeat.js';

const tally = <K extends string>(keys: readonly K[], labels: Record<K, string>, values: readonly K[]) =>
  keys
    .map((key) => ({ key, label: labels[key], count: values.filter((v) => v === key).length }))
    .filter((x) => x.count > 0);

function countBy(values: readonly string[]) {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].map(([key, count]) => ({ key, label: key, count })).sort((a, b) => b.count - a.count);
}

export async function faultStats(deps: FaultDeps, q: z.infer<typeof StatsQuery>): Promise<FaultStats> {
  const db = deps.database.db;
  const all = await repo.all(db);
  const matters = all.filter((m) => (!q.from || m.receivedOn >= q.from) && (!q.to || m.receivedOn <= q.to));
  const ids = new Set(matters.map((m) => m.id));
  // Every person row once (repeated faults look at the whole history, not only the period).
  const everyone = await repo.peopleOf(
    db,
    all.map((m) => m.id),
  );
  const people = everyone.filter(
    (p) => ids.has(p.matterId) && (p.decidedMeasures || p.treatment === 'exempt'),
  );
  const liable = people.filter((p) => p.treatment !== 'exempt');
  const found = matters.filter((m) => m.finding);
  const grounds = found.flatMap((m) => m.finding!.grounds);
  const decided = matters.filter((m) => m.decidedOn);
  const days = decided.map((m) => diffDays(m.receivedOn as LocalDate, m.decidedOn as LocalDate));
  const reviews = (await repo.allReviews(db)).filter((r) => ids.has(r.matterId) && r.result);
  const settings = await repeatSettings(db);
  // 第八条第二项 over each person's decided, non-exempt faults (as rules/repeat.ts counts them).
  const decidedOn = new Map(all.filter((m) => m.decidedOn).map((m) => [m.id, m.decidedOn!]));
  const history = new Map<string, string[]>();
  for (const p of everyone)
    if (p.treatment !== 'exempt' && decidedOn.has(p.matterId))
      history.set(p.personId, [...(history.get(p.personId) ?? []), decidedOn.get(p.matterId)!]);
  let repeatedPersons = 0;
  for (const pid of new Set(liable.map((p) => p.personId))) {
    const dates = (history.get(pid) ?? []).sort();
    if (dates.some((d, i) => repeated(dates.slice(0, i), d as LocalDate, settings).repeated))
      repeatedPersons++;
  }
  const reversals = matters.filter((m) => m.source === 'reconsideration' || m.source === 'litigation');
  return {
    leads: matters.length,
    bySource: tally(
      LEAD_SOURCES,
      LEAD_SOURCE_LABELS,
      matters.map((m) => m.source),
    ),
    byStage: tally(
      MATTER_STAGES,
      MATTER_STAGE_LABELS,
      matters.map((m) => m.stage),
    ),
    byType: tally(
      FAULT_TYPES,
      FAULT_TYPE_LABELS,
      found.flatMap((m) => m.finding!.faultTypes),
    ),
    byUnit: countBy(liable.map((p) => p.unitName ?? '（未分配科室）')),
    byPerson: countBy(liable.map((p) => p.personName)),
    exemptions: grounds
      .filter((g) => g.code.startsWith('E'))
      .reduce<{ key: string; label: string; count: number }[]>((acc, g) => {
        const row = acc.find((a) => a.key === g.code);
        if (row) row.count++;
        else acc.push({ key: g.code, label: GROUND_CODE_LABELS[g.code], count: 1 });
        return acc;
      }, []),
    measures: tally(
      MEASURES,
      MEASURE_LABELS,
      liable.flatMap((p) => p.decidedMeasures ?? []),
    ),
    reviews: tally(
      REVIEW_RESULTS,
      REVIEW_RESULT_LABELS,
      reviews.map((r) => r.result!),
    ),
    appeals: await repo.appealCount(db),
    repeatedPersons,
    reversals: reversals.length,
    reversalsFound: reversals.filter(
      (m) => m.finding && people.some((p) => p.matterId === m.id && p.treatment !== 'exempt'),
    ).length,
    daysToDecision: {
      count: days.length,
      average: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
      max: days.length ? Math.max(...days) : null,
    },
    lateNotices: liable.filter((p) => p.late).length,
  };
}
