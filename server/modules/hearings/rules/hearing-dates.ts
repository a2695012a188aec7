/**
 * The hearing's dates (行政处罚法 第六十四条): the notice of time and place reaches the party at least 7 working days
 * before the hearing (the notice day and the hearing day not counted, rule penalty.hearing-notice), and the hearing
 * is held within the period after the request (rule penalty.hearing-hold, 15 days under the 2015 办法). Pure: the
 * working-day calendar comes in as an argument.
 */
import { addDays, diffDays, type LocalDate } from '../../../kernel/local-date.js';
import type { Calendar, CountingOptions } from '../../../kernel/calendar/index.js';
import { computeDue, findRule, ruleVersionFor, type DeadlineRuleVersion } from '../../deadlines/index.js';

export const HEARING_NOTICE_RULE = 'penalty.hearing-notice';
export const HEARING_HOLD_RULE = 'penalty.hearing-hold';

export interface CalendarInput {
  calendar: Calendar;
  options: CountingOptions;
}

function noticeVersion(on: LocalDate) {
  const rule = findRule(HEARING_NOTICE_RULE);
  const version = rule && ruleVersionFor(rule, on);
  if (!rule || !version) throw new Error(`${HEARING_NOTICE_RULE} has no version on ${on}`);
  return { rule, version };
}

/** The last day on which the notice may reach the party for a hearing on `hearingOn`. */
export function latestNoticeDay(c: CalendarInput, hearingOn: LocalDate): LocalDate {
  const { version } = noticeVersion(hearingOn);
  const due = computeDue({
    unit: version.unit,
    direction: 'before',
    length: version.length,
    trigger: hearingOn,
    calendar: c.calendar,
    options: c.options,
  }).due;
  if (!due) throw new Error(`no notice day for a hearing on ${hearingOn}`);
  return due;
}

/**
 * The days strictly between the notice day and the hearing day (neither counted), in the rule's unit: working days
 * under the 2021 law, calendar days before it. Zero when the notice is not before the hearing.
 */
function daysBetween(
  c: CalendarInput,
  unit: DeadlineRuleVersion['unit'],
  noticeOn: LocalDate,
  hearingOn: LocalDate,
): number {
  const span =
    unit === 'working_day'
      ? c.calendar.workingDaysBetween(noticeOn, hearingOn, c.options) -
        (c.calendar.isWorkingDay(hearingOn, c.options) ? 1 : 0)
      : diffDays(noticeOn, hearingOn) - 1;
  return Math.max(0, span);
}

/**
 * Whether a notice reaching the party on `noticeOn` leaves the full period before a hearing on `hearingOn`. This
 * counts the days themselves rather than comparing with `latestNoticeDay`: that day is rolled back to a working
 * day (the office's safe last day to act), but a notice that reached the party on a rest day after it (by post,
 * electronically) still leaves the full period and is lawful.
 */
function noticeSuffices(c: CalendarInput, noticeOn: LocalDate, hearingOn: LocalDate): boolean {
  const { version } = noticeVersion(hearingOn);
  return daysBetween(c, version.unit, noticeOn, hearingOn) >= version.length;
}

/**
 * The earliest working day on which a hearing may be held when the notice reaches the party on `noticeOn`:
 * the first working day leaving the full period after `noticeOn`.
 */
export function earliestHearingDay(c: CalendarInput, noticeOn: LocalDate): LocalDate {
  let day = addDays(noticeOn, 1);
  for (let i = 0; i < 120; i++, day = addDays(day, 1)) {
    if (!c.calendar.isWorkingDay(day, c.options)) continue;
    if (noticeSuffices(c, noticeOn, day)) return day;
  }
  throw new Error(`no hearing day found within 120 days after ${noticeOn}`);
}

export interface DateRefusal {
  rule: string;
  reason: string;
  basis: string;
  earliest: LocalDate;
}

/** Refuses a notice day that leaves fewer than 7 working days before the hearing, offering the earliest lawful day. */
export function checkNoticeDay(
  c: CalendarInput,
  noticeOn: LocalDate,
  hearingOn: LocalDate,
): DateRefusal | null {
  const { version } = noticeVersion(hearingOn);
  const between = daysBetween(c, version.unit, noticeOn, hearingOn);
  if (between >= version.length) return null;
  const latest = latestNoticeDay(c, hearingOn);
  const earliest = earliestHearingDay(c, noticeOn);
  const unit = version.unit === 'working_day' ? '个工作日' : '日';
  return {
    rule: HEARING_NOTICE_RULE,
    reason:
      `听证会通知于 ${noticeOn} 送达的，距听证日 ${hearingOn} 之间只有 ${between} ${unit}，` +
      `不足${version.length}${unit}（最迟应于 ${latest} 送达）；按 ${noticeOn} 送达，最早可于 ${earliest} 举行听证`,
    basis: version.basis,
    earliest,
  };
}
