import { describe, expect, it } from 'vitest';
import { OFFICIAL_HOLIDAY_YEARS } from '../../modules/calendar/data/index.js';
import { parseLocalDate, type LocalDate } from '../local-date.js';
import { buildCalendar } from './calendar.js';
import { CalendarError } from './errors.js';
import {
  computePeriod,
  isWorkingDay,
  PERIOD_BASIS,
  PROJECTED_YEAR_MESSAGE,
  workingDaysBetween,
  type DatePeriodUnit,
  type PeriodInput,
} from './period.js';

const d = (text: string): LocalDate => parseLocalDate(text);
const calendar = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS });

function datePeriod(start: string, length: number, unit: DatePeriodUnit, countMakeupWorkdays?: boolean) {
  return computePeriod({
    start: d(start),
    length,
    unit,
    calendar,
    ...(countMakeupWorkdays === undefined ? {} : { options: { countMakeupWorkdays } }),
  });
}

function calendarError(run: () => unknown): CalendarError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

describe('working-day periods', () => {
  it.each([
    ['2025-09-26', 5, '2025-10-10', 'National Day 2025: counts Sunday 28 September, skips 1-8 October'],
    ['2025-09-26', 15, '2025-10-23', 'National Day 2025: counts both make-up days'],
    ['2025-09-30', 1, '2025-10-09', 'the first working day after the block'],
    ['2025-01-24', 5, '2025-02-07', 'Spring Festival 2025: counts Sunday 26 January'],
    ['2024-02-08', 3, '2024-02-19', 'Spring Festival 2024: 除夕 was a working day, Sunday 18 February too'],
    ['2026-02-13', 2, '2026-02-24', 'Spring Festival 2026: counts Saturday 14 February'],
    ['2025-10-03', 5, '2025-10-14', 'a start inside the holiday, counting Saturday 11 October'],
    ['2025-03-07', 5, '2025-03-14', 'an ordinary week'],
  ])('from %s, %i working days end on %s (%s)', (start, length, due) => {
    const result = datePeriod(start, length, 'working_day');
    expect(result.due).toBe(due);
    expect(result.nominalDue).toBe(due);
    expect(calendar.workingDaysBetween(d(start), result.due)).toBe(length);
  });

  it.each([
    ['2025-09-26', 5, '2025-10-13'],
    ['2025-09-26', 15, '2025-10-27'],
    ['2024-02-08', 3, '2024-02-20'],
    ['2026-02-13', 2, '2026-02-25'],
  ])('from %s, %i working days end on %s when make-up days are not counted', (start, length, due) => {
    const result = datePeriod(start, length, 'working_day', false);
    expect(result.due).toBe(due);
    expect(result.countMakeupWorkdays).toBe(false);
    expect(result.basis).toContain(PERIOD_BASIS.makeupNotCounted);
  });

  it('lists every uncounted day with its reason, and cites the rules applied', () => {
    const result = datePeriod('2025-09-26', 5, 'working_day');
    expect(result.skipped).toEqual([
      { date: '2025-09-27', reason: '周末' },
      { date: '2025-10-01', reason: '法定节假日（国庆节）' },
      { date: '2025-10-02', reason: '法定节假日（国庆节）' },
      { date: '2025-10-03', reason: '法定节假日（国庆节）' },
      { date: '2025-10-04', reason: '周末（国庆节假期）' },
      { date: '2025-10-05', reason: '周末（国庆节假期）' },
      { date: '2025-10-06', reason: '法定节假日（中秋节）' },
      { date: '2025-10-07', reason: '调休休息日（国庆节）' },
      { date: '2025-10-08', reason: '调休休息日（国庆节）' },
    ]);
    expect(result.basis).toEqual([
      PERIOD_BASIS.startDayExcluded,
      PERIOD_BASIS.workingDays,
      PERIOD_BASIS.makeupCounted,
    ]);
    expect(result).toMatchObject({
      unit: 'working_day',
      calendarVersion: calendar.version,
      projected: false,
      warnings: [],
    });
  });

  it('lists the make-up Sunday as skipped when make-up days are not counted', () => {
    const skipped = datePeriod('2025-09-26', 5, 'working_day', false).skipped.map((s) => s.date);
    expect(skipped).toContain('2025-09-28');
    expect(skipped).toContain('2025-10-11');
  });

  it('ends at 24:00 Shanghai time of the last day', () => {
    expect(datePeriod('2025-09-26', 5, 'working_day').endsAt.toISOString()).toBe('2025-10-10T16:00:00.000Z');
  });
});

describe('calendar-day periods', () => {
  it('roll a last day on a Saturday to the Monday', () => {
    const result = datePeriod('2025-03-07', 15, 'calendar_day');
    expect(result).toMatchObject({ nominalDue: '2025-03-22', due: '2025-03-24' });
    expect(result.skipped).toEqual([
      { date: '2025-03-22', reason: '周末' },
      { date: '2025-03-23', reason: '周末' },
    ]);
    expect(result.basis).toEqual([PERIOD_BASIS.startDayExcluded, PERIOD_BASIS.rollOverRestDay]);
  });

  it('roll a last day inside the National Day block to 9 October 2025', () => {
    const result = datePeriod('2025-09-20', 15, 'calendar_day');
    expect(result).toMatchObject({ nominalDue: '2025-10-05', due: '2025-10-09' });
    expect(result.skipped.map((s) => s.date)).toEqual([
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ]);
  });

  it('roll a payment period ending on 除夕 2026 past the whole Spring Festival', () => {
    expect(datePeriod('2026-02-01', 15, 'calendar_day')).toMatchObject({
      nominalDue: '2026-02-16',
      due: '2026-02-24',
    });
  });

  it('do not roll when the last day is a working day, and cite no roll-over', () => {
    const result = datePeriod('2025-03-05', 15, 'calendar_day');
    expect(result).toMatchObject({ nominalDue: '2025-03-20', due: '2025-03-20', skipped: [] });
    expect(result.basis).toEqual([PERIOD_BASIS.startDayExcluded]);
  });

  it('end on a make-up Saturday, which is a working day, unless make-up days are not counted', () => {
    expect(datePeriod('2025-09-26', 15, 'calendar_day').due).toBe('2025-10-11');
    expect(datePeriod('2025-09-26', 15, 'calendar_day', false).due).toBe('2025-10-13');
  });
});

describe('month and year periods', () => {
  it.each([
    ['2025-01-31', 1, 'month', '2025-02-28', '2025-02-28'],
    ['2024-01-31', 1, 'month', '2024-02-29', '2024-02-29'],
    ['2025-09-01', 1, 'month', '2025-10-01', '2025-10-09'],
    ['2025-07-05', 3, 'month', '2025-10-05', '2025-10-09'],
    ['2025-06-30', 6, 'month', '2025-12-30', '2025-12-30'],
    ['2026-01-31', 1, 'month', '2026-02-28', '2026-02-28'],
    ['2024-02-29', 1, 'year', '2025-02-28', '2025-02-28'],
    ['2023-10-01', 2, 'year', '2025-10-01', '2025-10-09'],
  ] as const)('from %s, %i %s: last day %s, due %s', (start, length, unit, nominalDue, due) => {
    const result = datePeriod(start, length, unit);
    expect(result).toMatchObject({ nominalDue, due });
    expect(result.basis).toContain(PERIOD_BASIS.monthCorrespondingDay);
    expect(result.basis.includes(PERIOD_BASIS.rollOverRestDay)).toBe(nominalDue !== due);
  });

  it('clamp 31 January 2026 to Saturday 28 February, a make-up day, then roll it when make-up days are not counted', () => {
    expect(datePeriod('2026-01-31', 1, 'month', false)).toMatchObject({
      nominalDue: '2026-02-28',
      due: '2026-03-02',
    });
  });

  it('run a year period from 29 February 2024 into projected years and flag each of them', () => {
    const result = datePeriod('2024-02-29', 4, 'year');
    expect(result).toMatchObject({ nominalDue: '2028-02-29', due: '2028-02-29', projected: true });
    expect(result.warnings.map((w) => w.year)).toEqual([2027, 2028]);
  });
});

describe('periods reaching a year without a published notice', () => {
  it('count the 2027 Spring Festival from the lunar calendar and flag the projection', () => {
    const result = datePeriod('2027-02-01', 5, 'working_day');
    expect(result.due).toBe('2027-02-10');
    expect(result.skipped).toEqual([
      { date: '2027-02-05', reason: '法定节假日（春节）' },
      { date: '2027-02-06', reason: '法定节假日（春节）' },
      { date: '2027-02-07', reason: '法定节假日（春节）' },
      { date: '2027-02-08', reason: '法定节假日（春节）' },
    ]);
    expect(result.projected).toBe(true);
    expect(result.warnings).toEqual([
      {
        code: 'PROJECTED_YEAR',
        year: 2027,
        message: '2027年：该年度放假安排尚未发布，按《全国年节及纪念日放假办法》推算',
      },
    ]);
    expect(result.warnings[0]?.message).toContain(PROJECTED_YEAR_MESSAGE);
  });

  it('flag a period that starts in a published year and ends in 2027', () => {
    const result = datePeriod('2026-12-20', 15, 'working_day');
    expect(result.due).toBe('2027-01-11');
    expect(result.skipped.map((s) => s.date)).toContain('2027-01-01');
    expect(result.warnings.map((w) => w.year)).toEqual([2027]);
  });

  it('do not flag a period inside published years', () => {
    expect(datePeriod('2026-12-01', 10, 'working_day')).toMatchObject({ projected: false, warnings: [] });
  });
});

describe('hour periods', () => {
  it('run 24 hours across a holiday without rolling over', () => {
    const start = new Date('2025-09-30T10:25:00+08:00');
    const result = computePeriod({ start, length: 24, unit: 'hour', calendar });
    expect(result.due.toISOString()).toBe(new Date('2025-10-01T10:25:00+08:00').toISOString());
    expect(result).toMatchObject({ unit: 'hour', skipped: [], projected: false, warnings: [] });
    expect(result.basis).toEqual([PERIOD_BASIS.hourFromTime]);
  });

  it('run through a weekend and the whole National Day block', () => {
    const result = computePeriod({
      start: new Date('2025-09-30T18:00:00+08:00'),
      length: 72,
      unit: 'hour',
      calendar,
    });
    expect(result.due.toISOString()).toBe('2025-10-03T10:00:00.000Z');
  });

  it('need no published notice', () => {
    const result = computePeriod({
      start: new Date('2030-02-01T09:00:00+08:00'),
      length: 24,
      unit: 'hour',
      calendar,
    });
    expect(result).toMatchObject({ projected: false, warnings: [] });
  });
});

describe('invalid input', () => {
  const base = { start: d('2025-09-26'), unit: 'working_day', calendar } as const;

  it.each([-1, 0, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses the length %s', (length) => {
    const error = calendarError(() => computePeriod({ ...base, length }));
    expect(error.code).toBe('CALENDAR_INVALID_LENGTH');
    expect(error.message).toContain('期间长度必须为正整数');
  });

  it('refuses a length given as text', () => {
    const input = { ...base, length: '5' } as unknown as PeriodInput;
    expect(calendarError(() => computePeriod(input)).code).toBe('CALENDAR_INVALID_LENGTH');
  });

  it('refuses an impossible start date', () => {
    const error = calendarError(() =>
      computePeriod({ ...base, start: '2026-02-30' as LocalDate, length: 5 }),
    );
    expect(error.code).toBe('CALENDAR_INVALID_DATE');
    expect(error.message).toBe('起算日无效：「2026-02-30」不是有效的 YYYY-MM-DD 日期');
  });

  it('refuses a start outside the calendar', () => {
    const error = calendarError(() => computePeriod({ ...base, start: d('2018-12-28'), length: 5 }));
    expect(error.code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(error.message).toBe('起算日 2018-12-28 超出工作日历覆盖范围（2019-01-01至2035-12-31）');
  });

  it.each([
    ['working_day', '2035-12-20', 30],
    ['calendar_day', '2035-12-20', 30],
    ['month', '2035-06-30', 7],
    ['year', '2030-01-01', 10],
    ['year', '2030-01-01', 1_000_000],
    ['calendar_day', '2030-01-01', 1e12],
  ] as const)('refuses a %s period ending beyond the calendar', (unit, start, length) => {
    expect(calendarError(() => datePeriod(start, length, unit)).code).toBe('CALENDAR_OUT_OF_RANGE');
  });

  it('refuses an hour period too long to represent', () => {
    const input = {
      start: new Date('2025-09-26T09:00:00+08:00'),
      unit: 'hour',
      calendar,
      length: 1e13,
    } as const;
    expect(calendarError(() => computePeriod(input)).code).toBe('CALENDAR_OUT_OF_RANGE');
  });

  it('refuses an instant as the start of a day period, and a date as the start of an hour period', () => {
    const dayWithInstant = { ...base, start: new Date(), length: 5 } as unknown as PeriodInput;
    expect(calendarError(() => computePeriod(dayWithInstant)).code).toBe('CALENDAR_INVALID_START');
    const hourWithDate = {
      start: d('2025-09-26'),
      unit: 'hour',
      calendar,
      length: 24,
    } as unknown as PeriodInput;
    expect(calendarError(() => computePeriod(hourWithDate)).code).toBe('CALENDAR_INVALID_START');
    const invalidInstant = { start: new Date('nope'), unit: 'hour', calendar, length: 24 } as const;
    expect(calendarError(() => computePeriod(invalidInstant)).code).toBe('CALENDAR_INVALID_START');
  });

  it('refuses an unknown unit', () => {
    const input = { ...base, unit: 'week', length: 1 } as unknown as PeriodInput;
    const error = calendarError(() => computePeriod(input));
    expect(error.code).toBe('CALENDAR_INVALID_UNIT');
    expect(error.message).toContain('期间单位无效');
  });
});

describe('free functions', () => {
  it('answer isWorkingDay and workingDaysBetween for a calendar', () => {
    expect(isWorkingDay(calendar, d('2025-10-11'))).toBe(true);
    expect(isWorkingDay(calendar, d('2025-10-11'), { countMakeupWorkdays: false })).toBe(false);
    expect(workingDaysBetween(calendar, d('2025-09-26'), d('2025-10-23'))).toBe(15);
  });
});
