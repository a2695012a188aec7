import type { FindingKind, FindingMeasure } from '../../../../common/contracts/interference.js';
import { addMonths, parseLocalDate } from '../../../kernel/local-date.js';
import { BASIS } from './basis.js';

/**
 * 第十条: not recording (or not recording truthfully) once → 通报批评; twice or more → discipline under the Party and
 * civil-service rules; a 主管领导 who told the officer not to record or to record falsely → heavier liability.
 * `priorCount` is the officer's earlier non-recording and false-recording findings within the window.
 */
export function findingMeasure(
  kind: FindingKind,
  priorCount: number,
): { measure: FindingMeasure; basis: string } {
  if (kind === 'superior_instructed')
    return { measure: 'aggravated', basis: `${BASIS.nonRecording}（主管领导授意的，依法依纪从重追究）` };
  if (priorCount >= 1)
    return {
      measure: 'discipline',
      basis: `${BASIS.nonRecording}（两次以上不记录或者不如实记录的）；${BASIS.discipline2}`,
    };
  return { measure: 'criticism', basis: `${BASIS.nonRecording}（予以通报批评）` };
}

/**
 * Which earlier findings count towards "两次以上": all of them when the bureau sets no window (the rule sets none),
 * else those whose day falls within `windowMonths` before `on` (the first day of the window inclusive).
 */
export function countsTowardsRepeat(
  earlier: readonly { occurredOn: string }[],
  on: string,
  windowMonths: number | null,
): number {
  if (windowMonths === null) return earlier.length;
  const from = addMonths(parseLocalDate(on), -windowMonths);
  return earlier.filter((f) => f.occurredOn >= from && f.occurredOn <= on).length;
}

/**
 * Whether a register matches interference established from another source: same case, same recorder, and the
 * same intervener when one is named. (A register that exists but is false is a `false_recording` finding.)
 */
export function registerMatches(
  register: { caseId: string; recorderId: string; intervenerId: string },
  established: { caseId: string; subjectId: string; intervenerId: string | null },
): boolean {
  return (
    register.caseId === established.caseId &&
    register.recorderId === established.subjectId &&
    (!established.intervenerId || register.intervenerId === established.intervenerId)
  );
}
