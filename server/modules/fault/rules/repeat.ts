/**
 * 第八条第二项 "多次发生行政执法过错": the seed leaves "多次" open, so the bureau sets it — by default two or more
 * faults (this one included) within a rolling 12 months, after 9号令's "一年内被追究2次以上" (legal-spec §3.5 [推]).
 * A fault counts from its decision date; the window reaches back `windowMonths` months from the new fault's
 * date, inclusive of its first day. Pure.
 */
import { addMonths, type LocalDate } from '../../../kernel/local-date.js';

export interface RepeatSettings {
  repeatWindowMonths: number;
  repeatThreshold: number;
}
export const DEFAULT_REPEAT: RepeatSettings = { repeatWindowMonths: 12, repeatThreshold: 2 };

/** The earliest date a prior fault counts from, for a fault found on `on`. */
export function windowStart(on: LocalDate, s: RepeatSettings): LocalDate {
  return addMonths(on, -s.repeatWindowMonths);
}

/** The prior faults (decision dates) inside the window, and whether this one makes the person a repeat case. */
export function repeated(
  priorOn: readonly string[],
  on: LocalDate,
  s: RepeatSettings = DEFAULT_REPEAT,
): { within: string[]; repeated: boolean } {
  const from = windowStart(on, s);
  const within = priorOn.filter((d) => d >= from && d <= on).sort();
  return { within, repeated: within.length + 1 >= s.repeatThreshold };
}
