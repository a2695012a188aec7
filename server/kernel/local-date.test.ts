import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareLocalDates,
  dayOfWeek,
  daysInMonth,
  diffDays,
  formatLocalDateZh,
  fromEpochDay,
  isValidLocalDate,
  isWeekend,
  localDateFromParts,
  localDateOfInstant,
  LocalDateError,
  parseLocalDate,
  startOfDayInShanghai,
  toEpochDay,
  toParts,
  todayInShanghai,
  type LocalDate,
} from './local-date.js';

const d = (text: string): LocalDate => parseLocalDate(text);

describe('parseLocalDate', () => {
  it.each(['2025-10-01', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2025-12-31'])(
    'accepts the real date %s',
    (text) => {
      expect(parseLocalDate(text)).toBe(text);
      expect(isValidLocalDate(text)).toBe(true);
    },
  );

  it.each([
    ['2026-02-30', 'a day February never has'],
    ['2025-02-29', '29 February in a common year'],
    ['1900-02-29', '29 February in a century year that is not leap'],
    ['2025-04-31', 'the 31st of a 30-day month'],
    ['2025-13-01', 'month 13'],
    ['2025-00-10', 'month 0'],
    ['2025-01-00', 'day 0'],
    ['2025-01-32', 'day 32'],
    ['0000-01-01', 'year 0'],
    ['2025-1-05', 'an unpadded month'],
    ['2025/01/05', 'slashes'],
    ['2025-01-05T00:00:00', 'a date-time'],
    [' 2025-01-05', 'surrounding blanks'],
    ['', 'the empty string'],
  ])('rejects %s (%s)', (text) => {
    expect(isValidLocalDate(text)).toBe(false);
    expect(() => parseLocalDate(text)).toThrow(LocalDateError);
  });

  it('gives a Chinese message naming the bad input', () => {
    expect(() => parseLocalDate('2026-02-30')).toThrow('日期无效：「2026-02-30」');
  });

  it('rejects values that are not strings', () => {
    expect(isValidLocalDate(20251001)).toBe(false);
    expect(isValidLocalDate(new Date())).toBe(false);
    expect(isValidLocalDate(null)).toBe(false);
  });
});

describe('localDateFromParts and toParts', () => {
  it('round-trips the parts', () => {
    expect(localDateFromParts(2025, 1, 5)).toBe('2025-01-05');
    expect(toParts(d('2025-01-05'))).toEqual({ year: 2025, month: 1, day: 5 });
  });

  it('rejects impossible parts', () => {
    expect(() => localDateFromParts(2026, 2, 30)).toThrow(LocalDateError);
    expect(() => localDateFromParts(2025, 1, 1.5)).toThrow(LocalDateError);
  });
});

describe('epoch days', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11_017],
    ['2025-10-01', 20_362],
  ])('maps %s to day %i', (text, epochDay) => {
    expect(toEpochDay(d(text))).toBe(epochDay);
    expect(fromEpochDay(epochDay)).toBe(text);
  });

  it('agrees with Date.UTC for every day from 1999 to 2040', () => {
    const start = Date.UTC(1999, 0, 1) / 86_400_000;
    const end = Date.UTC(2040, 11, 31) / 86_400_000;
    for (let day = start; day <= end; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(fromEpochDay(day)).toBe(iso);
      expect(toEpochDay(d(iso))).toBe(day);
    }
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2025-09-30', 1, '2025-10-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-10-01', 365, '2026-10-01'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addDays(d(from), days)).toBe(expected);
  });

  it('diffDays is to minus from', () => {
    expect(diffDays(d('2025-09-26'), d('2025-10-23'))).toBe(27);
    expect(diffDays(d('2025-10-23'), d('2025-09-26'))).toBe(-27);
    expect(diffDays(d('2024-01-01'), d('2025-01-01'))).toBe(366);
  });

  it('compares dates in calendar order', () => {
    expect(compareLocalDates(d('2025-09-30'), d('2025-10-01'))).toBe(-1);
    expect(compareLocalDates(d('2025-10-01'), d('2025-10-01'))).toBe(0);
    expect(compareLocalDates(d('2026-01-01'), d('2025-12-31'))).toBe(1);
  });
});

describe('month and year arithmetic clamps to the last day (民法典第二百零二条)', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-01-31', -2, '2024-11-30'],
    ['2025-05-20', -13, '2024-04-20'],
    ['2025-07-05', 3, '2025-10-05'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(d(from), months)).toBe(expected);
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2023-10-01', 2, '2025-10-01'],
    ['2025-03-15', -5, '2020-03-15'],
  ])('%s + %i years = %s', (from, years, expected) => {
    expect(addYears(d(from), years)).toBe(expected);
  });

  it('knows the length of each month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2024, m))).toEqual([
      31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['1970-01-01', 4],
    ['2000-01-01', 6],
    ['2025-09-28', 7],
    ['2025-09-29', 1],
    ['2025-10-01', 3],
    ['2025-10-11', 6],
    ['2027-02-06', 6],
  ])('%s is ISO weekday %i', (text, weekday) => {
    expect(dayOfWeek(d(text))).toBe(weekday);
  });

  it('treats Saturday and Sunday as the weekend', () => {
    expect(isWeekend(d('2025-10-11'))).toBe(true);
    expect(isWeekend(d('2025-09-28'))).toBe(true);
    expect(isWeekend(d('2025-10-10'))).toBe(false);
  });
});

describe('instants and Shanghai dates', () => {
  it.each([
    ['2025-09-30T15:59:59.999Z', '2025-09-30'],
    ['2025-09-30T16:00:00.000Z', '2025-10-01'],
    ['2025-10-01T00:00:00+08:00', '2025-10-01'],
    ['2025-10-01T23:59:59+08:00', '2025-10-01'],
    ['2025-12-31T20:00:00-05:00', '2026-01-01'],
    ['1969-12-31T20:00:00Z', '1970-01-01'],
  ])('the instant %s falls on %s in Shanghai, whatever the server time zone', (instant, expected) => {
    expect(localDateOfInstant(new Date(instant))).toBe(expected);
    expect(todayInShanghai(new Date(instant))).toBe(expected);
  });

  it('puts the start of a Shanghai day at 16:00 UTC the day before', () => {
    expect(startOfDayInShanghai(d('2025-10-01')).toISOString()).toBe('2025-09-30T16:00:00.000Z');
    expect(localDateOfInstant(startOfDayInShanghai(d('2025-10-01')))).toBe('2025-10-01');
  });

  it('refuses an invalid Date', () => {
    expect(() => localDateOfInstant(new Date('not a date'))).toThrow(LocalDateError);
  });
});

describe('formatLocalDateZh', () => {
  it('writes the date the Chinese way, optionally with the weekday', () => {
    expect(formatLocalDateZh(d('2025-10-09'))).toBe('2025年10月9日');
    expect(formatLocalDateZh(d('2025-10-09'), true)).toBe('2025年10月9日（星期四）');
    expect(formatLocalDateZh(d('2025-09-28'), true)).toBe('2025年9月28日（星期日）');
  });
});
