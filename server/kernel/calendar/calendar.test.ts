import { describe, expect, it } from 'vitest';
import { OFFICIAL_HOLIDAY_YEARS } from '../../modules/calendar/data/index.js';
import { addDays, fromEpochDay, parseLocalDate, toEpochDay, type LocalDate } from '../local-date.js';
import { buildCalendar } from './calendar.js';
import { CalendarError } from './errors.js';
import type { LocalOverlay } from './types.js';

const d = (text: string): LocalDate => parseLocalDate(text);
const calendar = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS });

/** A fictional local overlay: a weekday rest day and a Saturday working day, each with a source. */
const OVERLAY: LocalOverlay = {
  name: '赤峰市',
  days: [
    {
      date: d('2025-07-11'),
      kind: 'rest',
      name: '那达慕大会',
      source: '测试用：赤峰市人民政府关于那达慕大会放假的通知',
    },
    {
      date: d('2025-07-19'),
      kind: 'work',
      name: '那达慕大会补班',
      source: '测试用：赤峰市人民政府关于那达慕大会放假的通知',
    },
  ],
};
const local = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS, overlay: OVERLAY });

function calendarError(run: () => unknown): CalendarError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

function restDays(from: string, to: string): string[] {
  return calendar
    .listDays(d(from), d(to))
    .filter((day) => !day.working)
    .map((day) => day.date);
}

describe('describe', () => {
  it.each([
    ['2025-10-01', false, 'statutory_holiday', 'statutory', '国庆节', '法定节假日（国庆节）'],
    ['2025-10-04', false, 'weekend', 'weekend', '国庆节', '周末（国庆节假期）'],
    ['2025-10-06', false, 'statutory_holiday', 'statutory', '中秋节', '法定节假日（中秋节）'],
    ['2025-10-07', false, 'swapped_rest', 'swapped', '国庆节', '调休休息日（国庆节）'],
    ['2025-09-28', true, 'makeup_workday', null, '国庆节', '调休上班日（国庆节）'],
    ['2025-10-11', true, 'makeup_workday', null, '国庆节', '调休上班日（国庆节）'],
    ['2025-10-09', true, 'workday', null, null, '工作日'],
    ['2025-10-12', false, 'weekend', 'weekend', null, '周末'],
    ['2025-01-28', false, 'statutory_holiday', 'statutory', '春节', '法定节假日（春节）'],
    ['2020-01-31', false, 'extended_rest', 'extended', '春节', '延长假期（春节）'],
  ])('classifies %s', (date, working, category, restType, festival, reason) => {
    expect(calendar.describe(d(date))).toMatchObject({
      working,
      category,
      restType,
      festival,
      reason,
      projected: false,
    });
  });

  it('cites the notice, with its 文号, for a day it arranges', () => {
    expect(calendar.describe(d('2025-10-07')).source).toEqual({
      kind: 'notice',
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      docNo: '国办发明电〔2024〕12号',
      issuedOn: '2024-11-12',
      verified: true,
      citation: '《国务院办公厅关于2025年部分节假日安排的通知》（国办发明电〔2024〕12号）',
    });
  });

  it('cites the working-hours provisions for an ordinary weekday or weekend', () => {
    expect(calendar.describe(d('2025-10-12')).source).toEqual({
      kind: 'rule',
      citation: '《国务院关于职工工作时间的规定》第七条',
    });
  });

  it('marks every day of a year without a notice as projected, and cites the measures for its holidays', () => {
    expect(calendar.describe(d('2027-02-05'))).toMatchObject({
      working: false,
      category: 'statutory_holiday',
      festival: '春节',
      projected: true,
      source: { kind: 'projection', citation: '《全国年节及纪念日放假办法》（2024年修订）第二条（推算）' },
    });
    expect(calendar.describe(d('2027-03-01'))).toMatchObject({ working: true, projected: true });
    expect(calendar.isPublishedYear(2027)).toBe(false);
  });

  it('guesses no 调休 in a projected year: 2027-02-09, the Tuesday after 初三, is a working day', () => {
    expect(calendar.isWorkingDay(d('2027-02-09'))).toBe(true);
    expect(calendar.isWorkingDay(d('2027-02-08'))).toBe(false);
  });

  it('treats a 调休上班日 as a rest day, and says why, when make-up days are not counted', () => {
    expect(calendar.describe(d('2025-09-28'), { countMakeupWorkdays: false })).toMatchObject({
      working: false,
      category: 'makeup_workday',
      restType: 'weekend',
      reason: '调休上班日（国庆节），按设置不计为工作日',
    });
    expect(calendar.isWorkingDay(d('2025-09-28'), { countMakeupWorkdays: false })).toBe(false);
  });
});

describe('National Day 2025 (国办发明电〔2024〕12号)', () => {
  it('rests from 1 to 8 October and works on Sunday 28 September and Saturday 11 October', () => {
    expect(restDays('2025-09-27', '2025-10-12')).toEqual([
      '2025-09-27',
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
      '2025-10-12',
    ]);
  });
});

describe('Spring Festival', () => {
  it.each([
    ['2024', ['2024-02-10', '2024-02-17'], ['2024-02-04', '2024-02-18']],
    ['2025', ['2025-01-28', '2025-02-04'], ['2025-01-26', '2025-02-08']],
    ['2026', ['2026-02-15', '2026-02-23'], ['2026-02-14', '2026-02-28']],
  ])(
    '%s rests through the whole block, works either side of it and on the make-up days',
    (_year, block, makeup) => {
      const [first = '', last = ''] = block;
      for (let day = d(first); day <= d(last); day = addDays(day, 1)) {
        expect(calendar.describe(day)).toMatchObject({ working: false, festival: '春节' });
      }
      expect(calendar.isWorkingDay(addDays(d(first), -1))).toBe(true);
      expect(calendar.isWorkingDay(addDays(d(last), 1))).toBe(true);
      for (const day of makeup)
        expect(calendar.describe(d(day))).toMatchObject({ working: true, category: 'makeup_workday' });
    },
  );

  it('leaves 除夕 2024 a working day (the 2013 measures had no 除夕 holiday)', () => {
    expect(calendar.describe(d('2024-02-09'))).toMatchObject({ working: true, category: 'workday' });
  });
});

describe('the working-day index', () => {
  it('adds working days after the start, never counting the start itself', () => {
    expect(calendar.addWorkingDays(d('2025-09-26'), 1)).toBe('2025-09-28');
    expect(calendar.addWorkingDays(d('2025-09-27'), 1)).toBe('2025-09-28');
    expect(calendar.addWorkingDays(d('2025-09-30'), 1)).toBe('2025-10-09');
    expect(calendar.addWorkingDays(d('2025-09-26'), 15)).toBe('2025-10-23');
  });

  it('agrees with a day-by-day count for every start of 2024-2027 and lengths 1-30', () => {
    for (let start = d('2024-01-01'); start <= d('2027-12-31'); start = addDays(start, 1)) {
      let day = start;
      for (let n = 1; n <= 30; n++) {
        do day = addDays(day, 1);
        while (!calendar.isWorkingDay(day));
        if (n % 7 === 1 || n === 30) expect(calendar.addWorkingDays(start, n)).toBe(day);
      }
    }
  });

  it('counts working days between two dates as the inverse of adding them', () => {
    for (let epoch = toEpochDay(d('2025-01-01')); epoch < toEpochDay(d('2026-12-01')); epoch += 3) {
      const start = fromEpochDay(epoch);
      for (const n of [1, 5, 10, 20]) {
        expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n))).toBe(n);
        expect(
          calendar.workingDaysBetween(
            start,
            calendar.addWorkingDays(start, n, { countMakeupWorkdays: false }),
            {
              countMakeupWorkdays: false,
            },
          ),
        ).toBe(n);
      }
    }
  });

  it('counts the days after the first date up to and including the second, negative when overdue', () => {
    expect(calendar.workingDaysBetween(d('2025-09-26'), d('2025-10-10'))).toBe(5);
    expect(calendar.workingDaysBetween(d('2025-10-10'), d('2025-09-26'))).toBe(-5);
    expect(calendar.workingDaysBetween(d('2025-10-01'), d('2025-10-08'))).toBe(0);
    expect(calendar.workingDaysBetween(d('2025-10-09'), d('2025-10-09'))).toBe(0);
    expect(
      calendar.workingDaysBetween(d('2025-09-26'), d('2025-10-10'), { countMakeupWorkdays: false }),
    ).toBe(4);
  });

  it('finds the first working day on or after a date', () => {
    expect(calendar.firstWorkingDayFrom(d('2025-10-01'))).toBe('2025-10-09');
    expect(calendar.firstWorkingDayFrom(d('2025-10-09'))).toBe('2025-10-09');
    expect(calendar.firstWorkingDayFrom(d('2025-09-27'))).toBe('2025-09-28');
    expect(calendar.firstWorkingDayFrom(d('2025-09-27'), { countMakeupWorkdays: false })).toBe('2025-09-29');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses to add %s working days', (n) => {
    expect(calendarError(() => calendar.addWorkingDays(d('2025-09-26'), n)).code).toBe(
      'CALENDAR_INVALID_LENGTH',
    );
  });

  it('refuses dates outside its range, and results that would leave it', () => {
    expect(calendarError(() => calendar.describe(d('2018-12-31'))).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(calendarError(() => calendar.addWorkingDays(d('2036-01-02'), 1)).code).toBe(
      'CALENDAR_OUT_OF_RANGE',
    );
    const error = calendarError(() => calendar.addWorkingDays(d('2035-12-20'), 30));
    expect(error.code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(error.message).toContain('超出工作日历覆盖范围（2019-01-01至2035-12-31）');
  });

  it('refuses a malformed date with a Chinese message', () => {
    const error = calendarError(() => calendar.isWorkingDay('2026-02-30' as LocalDate));
    expect(error.code).toBe('CALENDAR_INVALID_DATE');
    expect(error.message).toBe('日期无效：「2026-02-30」不是有效的 YYYY-MM-DD 日期');
  });

  it('covers the range it was built for', () => {
    const small = buildCalendar({
      official: OFFICIAL_HOLIDAY_YEARS,
      range: { fromYear: 2025, toYear: 2026 },
    });
    expect([small.firstDate, small.lastDate]).toEqual(['2025-01-01', '2026-12-31']);
    expect(small.covers(d('2024-12-31'))).toBe(false);
    expect(small.covers(d('2025-10-01'))).toBe(true);
    expect(small.addWorkingDays(d('2025-09-26'), 15)).toBe('2025-10-23');
  });
});

describe('a local overlay', () => {
  it('adds a local rest day with its source', () => {
    expect(local.describe(d('2025-07-11'))).toMatchObject({
      working: false,
      category: 'local_rest',
      restType: 'local',
      reason: '地方休息日（那达慕大会）',
      source: {
        kind: 'overlay',
        locality: '赤峰市',
        citation: '测试用：赤峰市人民政府关于那达慕大会放假的通知',
      },
    });
    expect(calendar.isWorkingDay(d('2025-07-11'))).toBe(true);
    expect(local.locality).toBe('赤峰市');
  });

  it('adds a local Saturday working day, which follows the make-up counting setting', () => {
    expect(local.describe(d('2025-07-19'))).toMatchObject({ working: true, category: 'local_workday' });
    expect(local.isWorkingDay(d('2025-07-19'), { countMakeupWorkdays: false })).toBe(false);
  });

  it('moves working-day results past the local rest day', () => {
    expect(calendar.addWorkingDays(d('2025-07-10'), 1)).toBe('2025-07-11');
    expect(local.addWorkingDays(d('2025-07-10'), 1)).toBe('2025-07-14');
  });

  it('may not turn a national rest day into a working day', () => {
    const error = calendarError(() =>
      buildCalendar({
        official: OFFICIAL_HOLIDAY_YEARS,
        overlay: {
          name: '赤峰市',
          days: [{ date: d('2025-10-04'), kind: 'work', name: '补班', source: '测试' }],
        },
      }),
    );
    expect(error.code).toBe('CALENDAR_INVALID_DATA');
    expect(error.message).toContain('地方日历不得将全国放假日改为工作日：2025-10-04');
  });
});

describe('version', () => {
  it('is a short content hash, equal for equal data', () => {
    expect(calendar.version).toMatch(/^cal-[0-9a-f]{16}$/);
    expect(buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS }).version).toBe(calendar.version);
  });

  it('changes with the overlay, the published years and the range', () => {
    const versions = new Set([
      calendar.version,
      local.version,
      buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS.filter((y) => y.year !== 2026) }).version,
      buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS, range: { fromYear: 2019, toYear: 2036 } }).version,
    ]);
    expect(versions.size).toBe(4);
  });
});

describe('building', () => {
  it('refuses the same year twice', () => {
    const [first] = OFFICIAL_HOLIDAY_YEARS;
    const error = calendarError(() => buildCalendar({ official: first ? [first, first] : [] }));
    expect(error.code).toBe('CALENDAR_INVALID_DATA');
  });

  it('refuses an inverted range', () => {
    const error = calendarError(() =>
      buildCalendar({ official: [], range: { fromYear: 2030, toYear: 2020 } }),
    );
    expect(error.code).toBe('CALENDAR_INVALID_DATA');
  });

  it('projects every year when given no published data', () => {
    const bare = buildCalendar({ official: [], range: { fromYear: 2025, toYear: 2025 } });
    expect(bare.publishedYears).toEqual([]);
    expect(bare.describe(d('2025-10-06'))).toMatchObject({
      working: false,
      festival: '中秋节',
      projected: true,
    });
    expect(bare.isWorkingDay(d('2025-10-07'))).toBe(true);
  });
});
