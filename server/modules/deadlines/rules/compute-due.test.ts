import { describe, expect, it } from 'vitest';
import { buildCalendar, type PeriodUnit } from '../../../kernel/calendar/index.js';
import { parseLocalDate } from '../../../kernel/local-date.js';
import { OFFICIAL_HOLIDAY_YEARS } from '../../calendar/data/index.js';
import { computeDue, DEADLINE_BASIS, findRule, ruleVersionFor, type Suspension } from './index.js';

const d = parseLocalDate;
const calendar = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS });
const options = { countMakeupWorkdays: true };

/** The due date of a rule for a trigger date, with the version in force that day. */
function dueOf(ruleId: string, trigger: string) {
  const rule = findRule(ruleId);
  if (!rule) throw new Error(ruleId);
  const version = ruleVersionFor(rule, d(trigger));
  if (!version) throw new Error(`${ruleId} has no version on ${trigger}`);
  return computeDue({
    unit: version.unit,
    direction: version.direction,
    length: version.length,
    trigger: d(trigger),
    calendar,
    options,
  });
}

function period(
  trigger: string,
  length: number,
  unit: PeriodUnit,
  suspensions: Suspension[] = [],
  direction: 'after' | 'before' = 'after',
) {
  return computeDue({ unit, direction, length, trigger: d(trigger), suspensions, calendar, options });
}

describe('statutory deadlines over real years', () => {
  it.each([
    // National Day 2025: 1-8 October off; Sunday 28 September and Saturday 11 October are working days.
    [
      'penalty.hearing-request',
      '2025-09-26',
      '2025-10-10',
      'counts make-up Sunday 28 September, skips 1-8 October',
    ],
    ['penalty.hearing-request', '2025-09-30', '2025-10-14', 'counts make-up Saturday 11 October'],
    ['reconsideration.reply', '2025-09-26', '2025-10-16', '10 working days across National Day 2025'],
    // Spring Festival 2024: 10-17 February off; 4 and 18 February (Sundays) worked; 除夕 (9 Feb) a working day.
    ['reconsideration.reply', '2024-02-08', '2024-02-28', 'counts 除夕 and Sunday 18 February'],
    // Spring Festival 2025: 28 January - 4 February off; 26 January (Sunday) and 8 February (Saturday) worked.
    ['publication.penalty-decision', '2025-01-24', '2025-02-10', 'counts both make-up days'],
    [
      'penalty.payment',
      '2025-01-16',
      '2025-02-05',
      '15 calendar days ending on 31 January roll past the whole block',
    ],
    // Spring Festival 2026: 15-23 February off; 14 and 28 February (Saturdays) worked.
    ['penalty.hearing-request', '2026-02-12', '2026-02-26', 'counts make-up Saturday 14 February'],
    // A calendar-day period ending on a Saturday ends on the Monday.
    ['litigation.answer', '2025-03-07', '2025-03-24', '15 days end on Saturday 22 March, moved to Monday'],
    // Month periods: the corresponding day, clamped to the month's end.
    ['enforcement.court-application', '2025-01-31', '2025-04-30', '3 months from 31 January'],
    [
      'fault.investigation',
      '2025-08-31',
      '2026-02-28',
      '6 months end on 28 February 2026, a make-up Saturday (a working day)',
    ],
    // Old law: 3 calendar days for the hearing request before 2021-07-15.
    [
      'penalty.hearing-request',
      '2021-07-14',
      '2021-07-19',
      '3 calendar days under the old law end on Saturday 17 July, moved to Monday',
    ],
    ['penalty.hearing-request', '2021-07-15', '2021-07-22', '5 working days under the 2021 law'],
    // 复议 reply: calendar days before 2024, working days after.
    [
      'reconsideration.reply',
      '2023-09-28',
      '2023-10-08',
      'old law: 10 calendar days end on make-up Sunday 8 October 2023, a working day',
    ],
  ])('%s from %s is due %s (%s)', (ruleId, trigger, due) => {
    expect(dueOf(ruleId, trigger).due).toBe(due);
  });

  it('explains every skipped day of National Day 2025 with its reason', () => {
    const r = dueOf('penalty.hearing-request', '2025-09-26');
    expect(r.skipped.map((s) => `${s.date} ${s.reason}`)).toEqual([
      '2025-09-27 周末',
      '2025-10-01 法定节假日（国庆节）',
      '2025-10-02 法定节假日（国庆节）',
      '2025-10-03 法定节假日（国庆节）',
      '2025-10-04 周末（国庆节假期）',
      '2025-10-05 周末（国庆节假期）',
      '2025-10-06 法定节假日（中秋节）',
      '2025-10-07 调休休息日（国庆节）',
      '2025-10-08 调休休息日（国庆节）',
    ]);
    expect(r.projected).toBe(false);
    expect(r.calendarVersion).toBe(calendar.version);
    expect(r.dueAt.toISOString()).toBe('2025-10-10T16:00:00.000Z');
  });

  it('runs the 24-hour transfer across the National Day holiday without rolling over', () => {
    const rule = findRule('transfer.send')!;
    const v = ruleVersionFor(rule, d('2025-09-30'))!;
    const r = computeDue({
      unit: v.unit,
      direction: v.direction,
      length: v.length,
      trigger: new Date('2025-09-30T18:30:00+08:00'),
      calendar,
      options,
    });
    expect(r.due).toBeNull();
    expect(r.dueAt.toISOString()).toBe('2025-10-01T10:30:00.000Z');
    expect(r.skipped).toEqual([]);
  });

  it('projects a year without a published notice and says so', () => {
    // 2027: no notice yet. 春节 projected as 除夕 5 February to 初三 8 February (Friday to Monday).
    const r = dueOf('reconsideration.reply', '2027-02-01');
    expect(r.due).toBe('2027-02-17');
    expect(r.projected).toBe(true);
    expect(r.warnings).toEqual([
      {
        code: 'PROJECTED_YEAR',
        year: 2027,
        message: '2027年：该年度放假安排尚未发布，按《全国年节及纪念日放假办法》推算',
      },
    ]);
    expect(r.skipped.map((s) => s.date)).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-08']));
  });
});

describe('duties counted back from a later date', () => {
  it('puts the hearing notice 7 working days before a hearing after National Day 2025', () => {
    const r = dueOf('penalty.hearing-notice', '2025-10-16');
    // Between the notice day and the hearing day: 30 Sep, 9, 10, 11 (make-up Saturday), 13, 14, 15 October.
    expect(r.due).toBe('2025-09-29');
    expect(r.direction).toBe('before');
    expect(r.basis).toContain(DEADLINE_BASIS.before);
  });

  it('moves a notice day that falls on a rest day back to the last working day (old law, calendar days)', () => {
    // Hearing on 20 February 2021: 7 clear days before it leaves 12 February, inside the Spring Festival block.
    const r = dueOf('penalty.hearing-notice', '2021-02-20');
    expect(r.nominalDue).toBe('2021-02-12');
    expect(r.due).toBe('2021-02-10');
    expect(r.basis).toContain(DEADLINE_BASIS.beforeRollBack);
  });

  it('asks for the certificate renewal 3 months before expiry', () => {
    expect(dueOf('certificate.renewal', '2025-05-31').due).toBe('2025-02-28');
  });
});

describe('suspension (中止) replays the period', () => {
  it('continues the remaining working days after resumption', () => {
    // 10 working days from Monday 3 March 2025; two days spent (4, 5 March), suspended 5-12 March.
    const r = period('2025-03-03', 10, 'working_day', [
      { from: '2025-03-05', to: '2025-03-12', reason: '鉴定' },
    ]);
    expect(r.due).toBe('2025-03-24');
    expect(r.skipped.filter((s) => s.reason.startsWith('期限中止')).map((s) => s.date)).toEqual([
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
      '2025-03-09',
      '2025-03-10',
      '2025-03-11',
      '2025-03-12',
    ]);
    expect(r.basis).toContain(DEADLINE_BASIS.suspension);
  });

  it('moves a calendar-day period by the length of the suspension, then rolls over', () => {
    // 30 days from 3 March 2025 end on 2 April; 10 days suspended move it to Saturday 12 April -> Monday 14 April.
    const r = period('2025-03-03', 30, 'calendar_day', [
      { from: '2025-03-10', to: '2025-03-20', reason: '检测' },
    ]);
    expect(r.nominalDue).toBe('2025-04-12');
    expect(r.due).toBe('2025-04-14');
  });

  it('ignores a suspension that has not ended', () => {
    expect(
      period('2025-03-03', 10, 'working_day', [{ from: '2025-03-05', to: null, reason: '鉴定' }]).due,
    ).toBe(period('2025-03-03', 10, 'working_day').due);
  });

  it('moves an hour period by the time suspended', () => {
    const r = computeDue({
      unit: 'hour',
      direction: 'after',
      length: 24,
      trigger: new Date('2025-10-01T10:00:00+08:00'),
      suspensions: [
        { from: '2025-10-01T12:00:00+08:00', to: '2025-10-01T14:00:00+08:00', reason: '系统故障' },
      ],
      calendar,
      options,
    });
    expect(r.dueAt.toISOString()).toBe('2025-10-02T04:00:00.000Z');
  });

  it('refuses overlapping suspensions', () => {
    expect(() =>
      period('2025-03-03', 10, 'working_day', [
        { from: '2025-03-05', to: '2025-03-12', reason: 'a' },
        { from: '2025-03-10', to: '2025-03-14', reason: 'b' },
      ]),
    ).toThrow(/重叠/);
  });
});
