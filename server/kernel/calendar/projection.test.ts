import { getLunarDate, getSolarTermDate } from 'chinese-days';
import { Lunar, LunarMonth } from 'lunar-typescript';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_HOLIDAY_YEARS } from '../../modules/calendar/data/index.js';
import { addDays, parseLocalDate } from '../local-date.js';
import { buildCalendar } from './calendar.js';
import { CalendarError } from './errors.js';
import { holidayMeasuresFor, projectStatutoryHolidays, type ProjectedHoliday } from './projection.js';

/** chinese-days answers for the previous day west of UTC (see official-data.test.ts). */
const chineseDaysReliable = new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset() <= 0;

const datesOf = (holidays: ProjectedHoliday[], festival: string): string[] =>
  holidays.filter((h) => h.festival === festival).map((h) => h.date);

describe('projectStatutoryHolidays', () => {
  it('projects the 2027 Spring Festival from 除夕 2027-02-05 to 初三 2027-02-08', () => {
    const holidays = projectStatutoryHolidays(2027);
    expect(datesOf(holidays, '春节')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(holidays.find((h) => h.date === '2027-02-05')?.derivation).toBe('农历除夕');
    // Independent check through lunar-typescript's own lunar dates.
    expect(Lunar.fromYmd(2027, 1, 1).getSolar().toYmd()).toBe('2027-02-06');
  });

  it('projects all thirteen 2027 holidays of the 2024 measures', () => {
    expect(projectStatutoryHolidays(2027).map((h) => `${h.date} ${h.festival}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节',
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
  });

  it('takes 除夕 as the day before 正月初一, which is 腊月廿九 when the 12th month is short (2026)', () => {
    expect(LunarMonth.fromYm(2025, 12)?.getDayCount()).toBe(29);
    expect(datesOf(projectStatutoryHolidays(2026), '春节')[0]).toBe('2026-02-16');
    expect(Lunar.fromYmd(2025, 12, 29).getSolar().toYmd()).toBe('2026-02-16');
  });

  it('applies the 2013 measures up to 2024: 春节 from 初一, one day for 劳动节, eleven days', () => {
    const holidays = projectStatutoryHolidays(2024);
    expect(holidayMeasuresFor(2024).id).toBe('holiday-measures-2013');
    expect(datesOf(holidays, '春节')).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(datesOf(holidays, '劳动节')).toEqual(['2024-05-01']);
    expect(holidays).toHaveLength(11);
  });

  it('applies the 2024 measures from 2025: 除夕 and 5月2日 added, thirteen days', () => {
    const holidays = projectStatutoryHolidays(2025);
    expect(holidayMeasuresFor(2025).id).toBe('holiday-measures-2024');
    expect(datesOf(holidays, '春节')).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(datesOf(holidays, '劳动节')).toEqual(['2025-05-01', '2025-05-02']);
    expect(holidays).toHaveLength(13);
  });

  it('lists a day once, under 国庆节, when 中秋 falls on 1 October (2020)', () => {
    const holidays = projectStatutoryHolidays(2020);
    expect(holidays.filter((h) => h.date === '2020-10-01')).toEqual([
      { date: '2020-10-01', festival: '国庆节', derivation: '10月1日' },
    ]);
    expect(datesOf(holidays, '中秋节')).toEqual([]);
  });

  it('refuses years before the 2013 measures took effect', () => {
    expect(() => projectStatutoryHolidays(2013)).toThrow(CalendarError);
    expect(() => projectStatutoryHolidays(2013)).toThrow('无法推算2013年的法定节假日');
  });

  describe.skipIf(!chineseDaysReliable).each(Array.from({ length: 2035 - 2019 + 1 }, (_, i) => 2019 + i))(
    'in %i, agrees with the lunar and solar-term tables of chinese-days',
    (year) => {
      const holidays = projectStatutoryHolidays(year);

      it('on 正月初一 and 除夕', () => {
        const spring = datesOf(holidays, '春节');
        const firstDay = year >= 2025 ? spring[1] : spring[0];
        expect(firstDay && getLunarDate(firstDay)).toMatchObject({ lunarMon: 1, lunarDay: 1, isLeap: false });
        if (year >= 2025 && firstDay) {
          expect(spring[0]).toBe(addDays(parseLocalDate(firstDay), -1));
          expect(getLunarDate(spring[0] ?? '').lunarMon).toBe(12);
        }
      });

      it('on 清明', () => {
        expect(datesOf(holidays, '清明节')).toEqual([getSolarTermDate(year, 4, 'pure_brightness')]);
      });

      it('on 端午 and 中秋', () => {
        const [duanwu] = datesOf(holidays, '端午节');
        expect(duanwu && getLunarDate(duanwu)).toMatchObject({ lunarMon: 5, lunarDay: 5, isLeap: false });
        const [zhongqiu] = datesOf(holidays, '中秋节');
        if (zhongqiu)
          expect(getLunarDate(zhongqiu)).toMatchObject({ lunarMon: 8, lunarDay: 15, isLeap: false });
        else {
          // 中秋 coincides with 国庆 (2020: 1 October, 2028: 3 October) and is listed under 国庆节.
          const coinciding = ['01', '02', '03'].filter((day) => {
            const lunar = getLunarDate(`${year}-10-${day}`);
            return lunar.lunarMon === 8 && lunar.lunarDay === 15;
          });
          expect(coinciding).toHaveLength(1);
        }
      });
    },
  );
});

describe('the projection checked against the published years', () => {
  const official = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS });

  it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])(
    'projects for %i only days that the notice made rest days',
    (year) => {
      const notRest = projectStatutoryHolidays(year)
        .filter((h) => official.isWorkingDay(h.date))
        .map((h) => h.date);
      expect(notRest).toEqual([]);
    },
  );

  it.each([2025, 2026])(
    'in a calendar that pretends %i has no notice, marks the statutory days as projected',
    (year) => {
      const pretend = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS.filter((y) => y.year !== year) });
      expect(pretend.isPublishedYear(year)).toBe(false);
      const projectedRest = pretend
        .listDays(parseLocalDate(`${year}-01-01`), parseLocalDate(`${year}-12-31`))
        .filter((d) => d.category === 'statutory_holiday');
      expect(projectedRest.length).toBe(13);
      for (const day of projectedRest) {
        expect(day.projected).toBe(true);
        expect(day.source.kind).toBe('projection');
        expect(official.describe(day.date)).toMatchObject({ working: false, category: 'statutory_holiday' });
      }
    },
  );
});
