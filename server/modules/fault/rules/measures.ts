/**
 * 第十条 measures compared by weight: the decision may not be heavier than the 拟处理意见 the person was told and
 * heard on (公务员法 第六十三条: 不因申辩而加重), and a 复核 never makes it heavier (第九十五条 [法-V]). Pure.
 */
import { MEASURE_LABELS, MEASURE_RANK, type Measure } from '../../../../common/contracts/fault.js';

/** The weight of a set of measures: the heaviest one's rank, 0 for none (免予追究). */
export function weight(measures: readonly Measure[]): number {
  return measures.reduce((w, m) => Math.max(w, MEASURE_RANK[m]), 0);
}

/**
 * The measures of `next` that make it heavier than `before`: any measure not told and not lighter than the
 * heaviest told, or more measures than were told. Empty when `next` is not heavier.
 */
export function heavierParts(next: readonly Measure[], before: readonly Measure[]): Measure[] {
  const limit = weight(before);
  const extra = next.filter((m) => !before.includes(m) && MEASURE_RANK[m] >= limit);
  if (extra.length) return extra;
  return new Set(next).size > new Set(before).size ? next.filter((m) => !before.includes(m)) : [];
}

export const isHeavier = (next: readonly Measure[], before: readonly Measure[]) =>
  heavierParts(next, before).length > 0;

export const measureText = (ms: readonly Measure[]) =>
  ms.length ? ms.map((m) => MEASURE_LABELS[m]).join('、') : '免予处理';
