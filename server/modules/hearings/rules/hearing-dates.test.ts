/**
 * The two hearing windows over the real holiday calendar (official data 2021, 2025, 2026):
 * - the request window (penalty.hearing-request): 5 working days after the 告知书 reaches the party since
 *   2021-07-15, 3 calendar days before;
 * - the notice window (penalty.hearing-notice, rules/hearing-dates.ts): 7 working days strictly between the notice
 *   day and the hearing day.
 *
 * The holiday blocks used below, from server/modules/calendar/data/:
 * - National Day 2025: 1-8 October off (6 October 中秋节); Sunday 28 September and Saturday 11 October worked.
 * - Mid-Autumn 2026: Friday 25 - Sunday 27 September off; Sunday 20 September worked.
 * - National Day 2026: Thursday 1 - Wednesday 7 October off; Saturday 10 October worked.
 * - Spring Festival 2026: Sunday 15 - Monday 23 February off; Saturdays 14 and 28 February worked.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../kernel/calendar/index.js';
import { addDays, parseLocalDate, type LocalDate } from '../../../kernel/local-date.js';
import { OFFICIAL_HOLIDAY_YEARS } from '../../calendar/data/index.js';
import { computeDue, findRule, ruleVersionFor } from '../../deadlines/index.js';
import {
  checkNoticeDay,
  earliestHearingDay,
  HEARING_NOTICE_RULE,
  latestNoticeDay,
  type CalendarInput,
} from './hearing-dates.js';

const d = parseLocalDate;
const calendar = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS });
const options = { countMakeupWorkdays: true };
const c: CalendarInput = { calendar, options };
const NOTICE_BASIS = '《中华人民共和国行政处罚法》第六十四条第（二）项、第八十五条';

/** The request window's due day for a 告知书 delivered on `delivered`, with the version in force that day. */
function requestDue(delivered: string, opts = options) {
  const rule = findRule('penalty.hearing-request');
  if (!rule) throw new Error('penalty.hearing-request');
  const version = ruleVersionFor(rule, d(delivered));
  if (!version) throw new Error(`no version on ${delivered}`);
  const r = computeDue({
    unit: version.unit,
    direction: version.direction,
    length: version.length,
    trigger: d(delivered),
    calendar,
    options: opts,
  });
  return { due: r.due, version: version.version, unit: version.unit, length: version.length };
}

function previousWorkingDay(day: LocalDate): LocalDate {
  let p = addDays(day, -1);
  while (!calendar.isWorkingDay(p, options)) p = addDays(p, -1);
  return p;
}

describe('the request window (penalty.hearing-request) over holidays', () => {
  it.each([
    // National Day 2025. Delivered Monday 29 September: 30 Sep (1), 1-8 Oct off, 9 (2), 10 (3),
    // make-up Saturday 11 (4), Sunday 12 off, Monday 13 (5).
    ['2025-09-29', '2025-10-13'],
    // Delivered on Saturday 27 September (a rest day; the next day is the first counted): make-up Sunday 28 (1),
    // 29 (2), 30 (3), 9 October (4), 10 (5).
    ['2025-09-27', '2025-10-10'],
    // Delivered on the make-up Sunday 28 September: 29 (1), 30 (2), 9 (3), 10 (4), make-up Saturday 11 (5): the
    // period ends on the make-up Saturday itself, a working day, so it does not roll over.
    ['2025-09-28', '2025-10-11'],
    // Delivered on a holiday, 3 October: 9 (1), 10 (2), 11 (3), 13 (4), 14 (5).
    ['2025-10-03', '2025-10-14'],
    // Mid-Autumn 2026. Delivered Friday 18 September: Saturday 19 off, make-up Sunday 20 (1), 21 (2), 22 (3), 23 (4),
    // 24 (5).
    ['2026-09-18', '2026-09-24'],
    // Delivered Thursday 24 September: 25-27 off, 28 (1), 29 (2), 30 (3), 1-7 October off, 8 (4), 9 (5).
    ['2026-09-24', '2026-10-09'],
    // National Day 2026. Delivered Tuesday 29 September: 30 (1), 8 October (2), 9 (3), make-up Saturday 10 (4),
    // Sunday 11 off, Monday 12 (5).
    ['2026-09-29', '2026-10-12'],
    // Delivered Wednesday 30 September: 8 (1), 9 (2), 10 (3), 12 (4), 13 (5).
    ['2026-09-30', '2026-10-13'],
    // Spring Festival 2026. Delivered Tuesday 10 February: 11 (1), 12 (2), 13 (3), make-up Saturday 14 (4),
    // 15-23 off, Tuesday 24 (5).
    ['2026-02-10', '2026-02-24'],
    // Delivered Friday 13 February: make-up Saturday 14 (1), 24 (2), 25 (3), 26 (4), 27 (5).
    ['2026-02-13', '2026-02-27'],
    // Delivered during the holiday, Friday 20 February: 24 (1), 25 (2), 26 (3), 27 (4), make-up Saturday 28 (5).
    ['2026-02-20', '2026-02-28'],
  ])('a 告知书 delivered on %s may be answered until %s', (delivered, due) => {
    expect(requestDue(delivered)).toEqual({ due, version: 2, unit: 'working_day', length: 5 });
  });

  it('needs the make-up days: without them the same deliveries run later', () => {
    const noMakeup = { countMakeupWorkdays: false };
    // 13 February 2026 without Saturday 14 counted: 24, 25, 26, 27 February, Monday 2 March.
    expect(requestDue('2026-02-13', noMakeup).due).toBe('2026-03-02');
    // 28 September 2025 without Saturday 11 October counted: 29, 30 September, 9, 10, 13 October.
    expect(requestDue('2025-09-28', noMakeup).due).toBe('2025-10-13');
  });

  it.each([
    // Old law (第四十二条): 3 calendar days from Wednesday 14 July end on Saturday 17, rolled to Monday 19.
    ['2021-07-13', '2021-07-16', 1, 'calendar_day', 3],
    ['2021-07-14', '2021-07-19', 1, 'calendar_day', 3],
    // 2021 law in force on 15 July: 16 (1), 19 (2), 20 (3), 21 (4), 22 (5).
    ['2021-07-15', '2021-07-22', 2, 'working_day', 5],
    ['2021-07-16', '2021-07-23', 2, 'working_day', 5],
  ] as const)('switches law on 2021-07-15: delivered %s, due %s', (delivered, due, version, unit, length) => {
    expect(requestDue(delivered)).toEqual({ due, version, unit, length });
  });
});

describe('the latest notice day (penalty.hearing-notice)', () => {
  it.each([
    // National Day 2025. Hearing on Thursday 9 October, the first day back: the 7 working days between are
    // 30, 29, 28 (make-up Sunday), 26, 25, 24, 23 September; the notice reaches the party by Monday 22 September.
    ['2025-10-09', '2025-09-22'],
    // Hearing on Monday 13 October: 11 (make-up Saturday), 10, 9 October, 30, 29, 28, 26 September: notice by 25.
    ['2025-10-13', '2025-09-25'],
    // Hearing on Tuesday 14 October: 13, 11, 10, 9 October, 30, 29, 28 September; the day before them, Saturday 27,
    // is a rest day, so the office's last day rolls back to Friday 26.
    ['2025-10-14', '2025-09-26'],
    // National Day 2026. Hearing Thursday 8 October, first day back: 30, 29, 28, 24, 23, 22, 21 September (25-27
    // Mid-Autumn); the day before is the make-up Sunday 20 September, a working day.
    ['2026-10-08', '2026-09-20'],
    // Hearing Monday 12 October: 10 (make-up Saturday), 9, 8 October, 30, 29, 28, 24 September: notice by 23.
    ['2026-10-12', '2026-09-23'],
    // Spring Festival 2026. Hearing Tuesday 24 February, first day back: 14 (make-up Saturday), 13, 12, 11, 10, 9,
    // 6 February: notice by Thursday 5 February.
    ['2026-02-24', '2026-02-05'],
    // Hearing Monday 2 March: 28 (make-up Saturday), 27, 26, 25, 24, 14 (make-up Saturday), 13: notice by 12.
    ['2026-03-02', '2026-02-12'],
  ])('for a hearing on %s the notice reaches the party by %s', (hearingOn, latest) => {
    expect(latestNoticeDay(c, d(hearingOn))).toBe(latest);
  });

  it('does not count a make-up Sunday when the options say so (and rolls back to a working day)', () => {
    // Without Sunday 20 September 2026 the 7 days before 8 October end on Monday 21; Sunday 20 is then a rest
    // day and the latest day rolls back to Friday 18.
    expect(latestNoticeDay({ calendar, options: { countMakeupWorkdays: false } }, d('2026-10-08'))).toBe(
      '2026-09-18',
    );
  });
});

describe('the earliest hearing day for a notice day', () => {
  it.each([
    // Notice Friday 26 September 2025: 28 (make-up), 29, 30 September, 9, 10, 11 (make-up), 13 October; hearing 14.
    ['2025-09-26', '2025-10-14'],
    // Notice on the make-up Sunday 28 September: 29, 30, 9, 10, 11, 13, 14; hearing 15.
    ['2025-09-28', '2025-10-15'],
    // Notice Tuesday 30 September: 9, 10, 11, 13, 14, 15, 16; hearing Friday 17.
    ['2025-09-30', '2025-10-17'],
    // Notice reaching the party on a holiday, 1 October: the same 7 days; hearing 17.
    ['2025-10-01', '2025-10-17'],
    // Notice on a rest Sunday 12 October 2025: 13-17, 20, 21; hearing Wednesday 22.
    ['2025-10-12', '2025-10-22'],
    // Notice Friday 18 September 2026: 20 (make-up Sunday), 21, 22, 23, 24, 28, 29; hearing 30 September.
    ['2026-09-18', '2026-09-30'],
    // Notice Thursday 24 September 2026: 28, 29, 30, 8, 9, 10 (make-up), 12; hearing 13 October.
    ['2026-09-24', '2026-10-13'],
    // Notice Wednesday 30 September 2026: 8, 9, 10, 12, 13, 14, 15; hearing 16 October.
    ['2026-09-30', '2026-10-16'],
    // Notice Friday 13 February 2026: 14 (make-up), 24, 25, 26, 27, 28 (make-up), 2 March; hearing 3 March.
    ['2026-02-13', '2026-03-03'],
    // Notice on the make-up Saturday 14 February, or during the holiday: 24-28, 2, 3 March; hearing 4 March.
    ['2026-02-14', '2026-03-04'],
    ['2026-02-15', '2026-03-04'],
  ])('a notice reaching the party on %s allows a hearing from %s', (noticeOn, earliest) => {
    expect(earliestHearingDay(c, d(noticeOn))).toBe(earliest);
  });
});

describe('checking the notice day', () => {
  it('refuses a notice six working days ahead across National Day 2025, naming the days and the earliest day', () => {
    // Notice Monday 29 September, hearing Wednesday 15 October: 30 September, 9, 10, 11, 13, 14 October = 6.
    expect(checkNoticeDay(c, d('2025-09-29'), d('2025-10-15'))).toEqual({
      rule: HEARING_NOTICE_RULE,
      reason:
        '听证会通知于 2025-09-29 送达的，距听证日 2025-10-15 之间只有 6 个工作日，不足7个工作日' +
        '（最迟应于 2025-09-28 送达）；按 2025-09-29 送达，最早可于 2025-10-16 举行听证',
      basis: NOTICE_BASIS,
      earliest: '2025-10-16',
    });
    expect(checkNoticeDay(c, d('2025-09-29'), d('2025-10-16'))).toBeNull();
  });

  it('refuses six working days across National Day 2026 and accepts the day offered', () => {
    // Notice Tuesday 29 September, hearing Wednesday 14 October: 30 September, 8, 9, 10, 12, 13 October = 6.
    const r = checkNoticeDay(c, d('2026-09-29'), d('2026-10-14'));
    expect(r?.reason).toBe(
      '听证会通知于 2026-09-29 送达的，距听证日 2026-10-14 之间只有 6 个工作日，不足7个工作日' +
        '（最迟应于 2026-09-28 送达）；按 2026-09-29 送达，最早可于 2026-10-15 举行听证',
    );
    expect(r?.earliest).toBe('2026-10-15');
    expect(checkNoticeDay(c, d('2026-09-29'), d('2026-10-15'))).toBeNull();
  });

  it('refuses six working days across Spring Festival 2026 and accepts the day offered', () => {
    // Notice Friday 13 February, hearing Monday 2 March: 14, 24, 25, 26, 27, 28 February = 6.
    const r = checkNoticeDay(c, d('2026-02-13'), d('2026-03-02'));
    expect(r?.reason).toContain('之间只有 6 个工作日，不足7个工作日（最迟应于 2026-02-12 送达）');
    expect(r?.earliest).toBe('2026-03-03');
    expect(checkNoticeDay(c, d('2026-02-13'), d('2026-03-03'))).toBeNull();
  });

  it('needs the notice well before the holiday for a hearing right after it', () => {
    // Hearing Thursday 9 October 2025, the first day back: a notice on the last day before the holiday, 30
    // September, leaves only 1-8 October between, no working day at all; one on 23 September leaves 24, 25, 26,
    // 28 (make-up Sunday), 29, 30 September, six; it has to reach the party by 22 September.
    expect(checkNoticeDay(c, d('2025-09-30'), d('2025-10-09'))?.reason).toContain('之间只有 0 个工作日');
    expect(checkNoticeDay(c, d('2025-09-23'), d('2025-10-09'))?.reason).toContain('之间只有 6 个工作日');
    expect(checkNoticeDay(c, d('2025-09-22'), d('2025-10-09'))).toBeNull();
    // National Day 2026: a hearing on 8 October needs the notice by the make-up Sunday 20 September.
    expect(checkNoticeDay(c, d('2026-09-21'), d('2026-10-08'))?.earliest).toBe('2026-10-09');
    expect(checkNoticeDay(c, d('2026-09-20'), d('2026-10-08'))).toBeNull();
    // Spring Festival 2026: a hearing on 24 February needs the notice by 5 February.
    expect(checkNoticeDay(c, d('2026-02-06'), d('2026-02-24'))?.earliest).toBe('2026-02-25');
    expect(checkNoticeDay(c, d('2026-02-05'), d('2026-02-24'))).toBeNull();
  });

  it('accepts a notice that reached the party on a rest day after the rolled-back latest day', () => {
    // Hearing Tuesday 14 October 2025: the office's latest day is Friday 26 September (Saturday 27 rolled back),
    // but a notice delivered (by post) on Saturday 27 still leaves 28, 29, 30 September, 9, 10, 11, 13 October.
    expect(latestNoticeDay(c, d('2025-10-14'))).toBe('2025-09-26');
    expect(checkNoticeDay(c, d('2025-09-27'), d('2025-10-14'))).toBeNull();
    // Sunday 12 October 2025 before a hearing on Wednesday 22: 13-17, 20, 21 = 7 working days.
    expect(checkNoticeDay(c, d('2025-10-12'), d('2025-10-22'))).toBeNull();
    expect(checkNoticeDay(c, d('2025-10-12'), d('2025-10-21'))?.reason).toContain('之间只有 6 个工作日');
  });

  it('counts calendar days under the old law and says so', () => {
    // Hearing 20 February 2021: 7 clear days before it end on 12 February; the latest working day is 10 February.
    // A notice on 14 February leaves 15-19 February, 5 days.
    const r = checkNoticeDay(c, d('2021-02-14'), d('2021-02-20'));
    expect(r).toEqual({
      rule: HEARING_NOTICE_RULE,
      reason:
        '听证会通知于 2021-02-14 送达的，距听证日 2021-02-20 之间只有 5 日，不足7日' +
        '（最迟应于 2021-02-10 送达）；按 2021-02-14 送达，最早可于 2021-02-22 举行听证',
      basis: '《中华人民共和国行政处罚法》（1996年，2017年修正）第四十二条第一款第（二）项',
      earliest: '2021-02-22',
    });
    // A notice on 12 February (a holiday) leaves 13-19 February, the full 7 days.
    expect(checkNoticeDay(c, d('2021-02-12'), d('2021-02-20'))).toBeNull();
  });

  it('offers an earliest day that is a working day, accepted, with the working day before it refused (2025-2026)', () => {
    let checked = 0;
    for (let n = d('2025-01-01'); n <= d('2026-12-15'); n = addDays(n, 1)) {
      const earliest = earliestHearingDay(c, n);
      expect(calendar.isWorkingDay(earliest, options), `${n} → ${earliest}`).toBe(true);
      expect(checkNoticeDay(c, n, earliest), `${n} → ${earliest}`).toBeNull();
      const before = previousWorkingDay(earliest);
      const refusal = checkNoticeDay(c, n, before);
      expect(refusal?.earliest, `${n} → ${before}`).toBe(earliest);
      expect(refusal?.reason, `${n} → ${before}`).toContain('之间只有 6 个工作日，不足7个工作日');
      checked++;
    }
    expect(checked).toBe(714);
  });

  it('accepts the latest notice day for every working hearing day of 2025-2026 and refuses the next working day', () => {
    for (let h = d('2025-01-02'); h <= d('2026-12-31'); h = addDays(h, 1)) {
      if (!calendar.isWorkingDay(h, options)) continue;
      const latest = latestNoticeDay(c, h);
      expect(calendar.isWorkingDay(latest, options), `${h} ← ${latest}`).toBe(true);
      expect(calendar.workingDaysBetween(latest, h, options) - 1, `${h} ← ${latest}`).toBe(7);
      expect(checkNoticeDay(c, latest, h), `${h} ← ${latest}`).toBeNull();
      let next = addDays(latest, 1);
      while (!calendar.isWorkingDay(next, options)) next = addDays(next, 1);
      expect(checkNoticeDay(c, next, h), `${h} ← ${next}`).not.toBeNull();
    }
  });
});
