/**
 * The hearing's dates (行政处罚法 第六十四条): the notice of time and place reaches the party at least 7 working days
 * before the hearing (the notice day and the hearing day not counted, rule penalty.hearing-notice), and the hearing
 * is held within the period after the request (rule penalty.hearing-hold, 15 days under the 2015 办法). Pure: the
 * working-day calendar comes in as an argument.
 */
import { addDays, type LocalDate } from '../../../kernel/local-date.js';
import type { Calendar, CountingOptions } from '../../../kernel/calendar/index.js';
import { computeDue, findRule, ruleVersionFor } from '../../deadlines/index.js';

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
 * The earliest working day on which a hearing may be held when the notice reaches the party on `noticeOn`:
 * the first day whose latest notice day is not before `noticeOn`.
 */
export function earliestHearingDay(c: CalendarInput, noticeOn: LocalDate): LocalDate {
  let day = addDays(noticeOn, 1);
  for (let i = 0; i < 120; i++, day = addDays(day, 1)) {
    if (!c.calendar.isWorkingDay(day, c.options)) continue;
    if (latestNoticeDay(c, day) >= noticeOn) return day;
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
  const latest = latestNoticeDay(c, hearingOn);
  if (noticeOn <= latest) return null;
  const { version } = noticeVersion(hearingOn);
  const between = Math.max(
    0,
    c.calendar.workingDaysBetween(noticeOn, hearingOn, c.options) -
      (c.calendar.isWorkingDay(hearingOn, c.options) ? 1 : 0),
  );
  const earliest = earliestHearingDay(c, noticeOn);
  return {
    rule: HEARING_NOTICE_RULE,
    reason:
      `听证会通知于 ${noticeOn} 送达的，距听证日 ${hearingOn} 之间只有 ${between} 个工作日，` +
      `不足${version.length}个工作日（最迟应于 ${latest} 送达）；按 ${noticeOn} 送达，最早可于 ${earliest} 举行听证`,
    basis: version.basis,
    earliest,
  };
}
