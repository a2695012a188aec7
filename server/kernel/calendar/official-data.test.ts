import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_HOLIDAY_YEARS } from '../../modules/calendar/data/index.js';
import { addDays, localDateFromParts, parseLocalDate, yearOf, type LocalDate } from '../local-date.js';
import { buildCalendar } from './calendar.js';
import { CalendarError } from './errors.js';
import { parseLocalOverlay, parseOfficialYear } from './official-data.js';
import { projectStatutoryHolidays } from './projection.js';

const calendar = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS });
/**
 * chinese-days (the independent reference) formats UTC-midnight dates with local getters, so in a
 * zone west of UTC it answers for the previous day. Its answers are only compared where they hold;
 * zhifa's own code gives the same results in every zone.
 */
const chineseDaysReliable = new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset() <= 0;
const PUBLISHED = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

function daysOfYear(year: number): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = localDateFromParts(year, 1, 1); yearOf(day) === year; day = addDays(day, 1)) days.push(day);
  return days;
}

function dataError(run: () => unknown): CalendarError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

describe('the published year files', () => {
  it('cover 2019 to 2026, one file per year', () => {
    expect(OFFICIAL_HOLIDAY_YEARS.map((y) => y.year)).toEqual(PUBLISHED);
    expect(calendar.publishedYears).toEqual(PUBLISHED);
  });

  it.skipIf(!chineseDaysReliable).each(PUBLISHED)(
    'agree with chinese-days on every day of %i (working day or rest day)',
    (year) => {
      const disagreements = daysOfYear(year)
        .filter((day) => calendar.isWorkingDay(day) !== isWorkday(day))
        .map(
          (day) =>
            `${day}: zhifa ${calendar.describe(day).reason}, chinese-days ${isWorkday(day) ? '上班' : '休息'}`,
        );
      expect(disagreements).toEqual([]);
    },
  );

  it.each(PUBLISHED)('mark as statutory exactly the days the holiday measures fix for %i', (year) => {
    const data = OFFICIAL_HOLIDAY_YEARS.find((y) => y.year === year);
    const statutory = (data?.days ?? [])
      .filter((d) => d.kind === 'holiday' && d.restType === 'statutory' && yearOf(d.date) === year)
      .map((d) => `${d.date} ${d.name}`);
    const projected = projectStatutoryHolidays(year).map((h) => `${h.date} ${h.festival}`);
    expect(statutory).toEqual(projected);
  });

  it('name every notice with its title and a well-formed 文号, issued before the year it arranges', () => {
    for (const year of OFFICIAL_HOLIDAY_YEARS) {
      const [main, ...amendments] = year.notices;
      expect(main?.title).toBe(`国务院办公厅关于${year.year}年部分节假日安排的通知`);
      expect(main && yearOf(main.issuedOn)).toBe(year.year - 1);
      for (const notice of year.notices) {
        expect(notice.docNo).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
        expect(notice.title).toContain(String(year.year));
      }
      for (const notice of amendments) expect(yearOf(notice.issuedOn)).toBe(year.year);
    }
  });

  it('flag the 2026 文号 as unverified (seen only in secondary sources)', () => {
    const notices = OFFICIAL_HOLIDAY_YEARS.flatMap((y) => y.notices);
    expect(notices.filter((n) => !n.verified).map((n) => n.docNo)).toEqual(['国办发明电〔2025〕7号']);
  });

  it('record the 2020 Spring Festival extension (国办发明电〔2020〕1号) and the cancelled 1 February make-up day', () => {
    const extended = calendar.describe(parseLocalDate('2020-01-31'));
    expect(extended).toMatchObject({ working: false, category: 'extended_rest', reason: '延长假期（春节）' });
    expect(extended.source).toMatchObject({ kind: 'notice', docNo: '国办发明电〔2020〕1号' });
    expect(calendar.describe(parseLocalDate('2020-02-01'))).toMatchObject({
      working: false,
      restType: 'weekend',
    });
    expect(calendar.isWorkingDay(parseLocalDate('2020-02-03'))).toBe(true);
  });

  it('record the amended 2019 Labour Day (国办发明电〔2019〕3号)', () => {
    expect(calendar.describe(parseLocalDate('2019-05-02'))).toMatchObject({
      working: false,
      category: 'swapped_rest',
    });
    expect(calendar.describe(parseLocalDate('2019-05-05')).source).toMatchObject({
      docNo: '国办发明电〔2019〕3号',
    });
  });
});

describe('parseOfficialYear', () => {
  const notice = {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    docNo: null,
    issuedOn: '2024-11-12',
    verified: false,
  };
  const year = (days: unknown[]): unknown => ({ year: 2025, notices: [notice], days });

  it('accepts a well-formed year and defaults the notice index to 0', () => {
    const parsed = parseOfficialYear(
      year([{ date: '2025-01-01', kind: 'holiday', name: '元旦', restType: 'statutory' }]),
    );
    expect(parsed.days).toEqual([
      { date: '2025-01-01', kind: 'holiday', name: '元旦', restType: 'statutory', notice: 0 },
    ]);
  });

  it.each([
    ['an impossible date', [{ date: '2025-02-30', kind: 'holiday', name: '元旦', restType: 'statutory' }]],
    ['an unknown festival', [{ date: '2025-01-01', kind: 'holiday', name: '圣诞节', restType: 'statutory' }]],
    ['an unknown kind', [{ date: '2025-01-01', kind: 'rest', name: '元旦', restType: 'statutory' }]],
    ['an unknown rest type', [{ date: '2025-01-01', kind: 'holiday', name: '元旦', restType: 'bonus' }]],
    [
      'a weekday marked weekend',
      [{ date: '2025-01-02', kind: 'holiday', name: '元旦', restType: 'weekend' }],
    ],
    [
      'a Saturday marked swapped',
      [{ date: '2025-01-04', kind: 'holiday', name: '元旦', restType: 'swapped' }],
    ],
    ['a make-up working day on a weekday', [{ date: '2025-01-02', kind: 'makeup_workday', name: '元旦' }]],
    [
      'a reference to a missing notice',
      [{ date: '2025-01-01', kind: 'holiday', name: '元旦', restType: 'statutory', notice: 1 }],
    ],
    [
      'a date listed twice',
      [
        { date: '2025-01-01', kind: 'holiday', name: '元旦', restType: 'statutory' },
        { date: '2025-01-01', kind: 'holiday', name: '元旦', restType: 'statutory' },
      ],
    ],
    ['a date two years away', [{ date: '2027-01-01', kind: 'holiday', name: '元旦', restType: 'statutory' }]],
  ])('rejects %s', (_label, days) => {
    expect(dataError(() => parseOfficialYear(year(days))).code).toBe('CALENDAR_INVALID_DATA');
  });

  it('rejects a year without notices', () => {
    expect(dataError(() => parseOfficialYear({ year: 2025, notices: [], days: [] })).message).toContain(
      '至少须有一份通知',
    );
  });
});

describe('parseLocalOverlay', () => {
  it.each([
    [
      'a day without a source document',
      { name: '赤峰市', days: [{ date: '2025-07-11', kind: 'rest', name: '那达慕', source: '' }] },
    ],
    [
      'an unknown kind',
      { name: '赤峰市', days: [{ date: '2025-07-11', kind: 'off', name: '那达慕', source: '某文件' }] },
    ],
    [
      'a date declared twice',
      {
        name: '赤峰市',
        days: [
          { date: '2025-07-11', kind: 'rest', name: '那达慕', source: '某文件' },
          { date: '2025-07-11', kind: 'work', name: '那达慕', source: '某文件' },
        ],
      },
    ],
    ['a missing locality name', { name: ' ', days: [] }],
  ])('rejects %s', (_label, raw) => {
    expect(dataError(() => parseLocalOverlay(raw)).code).toBe('CALENDAR_INVALID_DATA');
  });
});
