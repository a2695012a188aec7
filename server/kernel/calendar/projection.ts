import { Lunar, Solar } from 'lunar-typescript';
import { addDays, localDateFromParts, type LocalDate } from '../local-date.js';
import { CalendarError } from './errors.js';
import type { FestivalName } from './types.js';

/**
 * A version of 《全国年节及纪念日放假办法》 第二条, by the first calendar year it governs.
 * Only the two points that changed in 2024 differ: whether 春节 starts on 除夕, and whether
 * 劳动节 has one day or two.
 */
export interface HolidayMeasures {
  id: string;
  effectiveFromYear: number;
  citation: string;
  springFestivalIncludesEve: boolean;
  labourDayDays: 1 | 2;
}

/**
 * The measures in force since 2014. The 2013 revision (11 days: 春节 正月初一至初三, 劳动节 5月1日)
 * applied from 2014-01-01; the 2024 revision (13 days: 春节 adds 除夕, 劳动节 adds 5月2日)
 * applies from 2025-01-01.
 */
export const HOLIDAY_MEASURES: readonly HolidayMeasures[] = [
  {
    id: 'holiday-measures-2013',
    effectiveFromYear: 2014,
    citation: '《全国年节及纪念日放假办法》（2013年修订）第二条',
    springFestivalIncludesEve: false,
    labourDayDays: 1,
  },
  {
    id: 'holiday-measures-2024',
    effectiveFromYear: 2025,
    citation: '《全国年节及纪念日放假办法》（2024年修订）第二条',
    springFestivalIncludesEve: true,
    labourDayDays: 2,
  },
];

/** A statutory holiday day derived from the measures, with how it was found. */
export interface ProjectedHoliday {
  date: LocalDate;
  festival: FestivalName;
  /** How the day was fixed, e.g. 农历除夕, 清明节气, 农历八月十五. */
  derivation: string;
}

/**
 * The measures governing `year`.
 * @throws CalendarError CALENDAR_PROJECTION_UNSUPPORTED for years before 2014
 */
export function holidayMeasuresFor(year: number): HolidayMeasures {
  let found: HolidayMeasures | undefined;
  for (const m of HOLIDAY_MEASURES) if (m.effectiveFromYear <= year) found = m;
  if (!found) {
    throw new CalendarError(
      'CALENDAR_PROJECTION_UNSUPPORTED',
      `无法推算${year}年的法定节假日：系统仅收录2014年起施行的《全国年节及纪念日放假办法》`,
    );
  }
  return found;
}

function fromSolar(solar: Solar): LocalDate {
  return localDateFromParts(solar.getYear(), solar.getMonth(), solar.getDay());
}

/** The day of the 清明 solar term in `year`, in Beijing time, as `lunar-typescript` computes it. */
function qingmingDay(year: number): LocalDate {
  // April 1 always lies in lunar year `year` (正月初一 is never after 20 February), whose
  // solar-term table holds this year's 清明.
  const term = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()['清明'];
  if (!term || term.getYear() !== year || term.getMonth() !== 4) {
    throw new CalendarError('CALENDAR_PROJECTION_UNSUPPORTED', `无法确定${year}年清明节气日期`);
  }
  return fromSolar(term);
}

/**
 * The statutory holidays (法定节假日) that 《全国年节及纪念日放假办法》第二条 fixes for `year`,
 * from the Gregorian dates it names and, for 春节, 清明, 端午 and 中秋, from the lunar calendar
 * and the solar terms. Used for years without a published State Council notice.
 *
 * Nothing is guessed beyond the measures: no 调休, and no 补假 (第六条) for a holiday falling on a
 * weekend, because which weekday the notice will pick is not knowable in advance.
 *
 * 除夕 is taken as the day before 正月初一, so it is 腊月廿九 in years whose 12th month is short.
 * When a lunar holiday coincides with a fixed-date one (中秋 on 1 October, as in 2020), the day is
 * listed once under the fixed-date holiday.
 *
 * @returns the days in date order
 * @throws CalendarError CALENDAR_PROJECTION_UNSUPPORTED for years before 2014
 */
export function projectStatutoryHolidays(year: number): ProjectedHoliday[] {
  const measures = holidayMeasuresFor(year);
  const byDate = new Map<LocalDate, ProjectedHoliday>();
  const add = (date: LocalDate, festival: FestivalName, derivation: string): void => {
    if (!byDate.has(date)) byDate.set(date, { date, festival, derivation });
  };

  // Fixed Gregorian dates first, so that they keep their name on a coincidence.
  add(localDateFromParts(year, 1, 1), '元旦', '1月1日');
  for (let d = 1; d <= measures.labourDayDays; d++)
    add(localDateFromParts(year, 5, d), '劳动节', `5月${d}日`);
  for (let d = 1; d <= 3; d++) add(localDateFromParts(year, 10, d), '国庆节', `10月${d}日`);

  const firstDay = fromSolar(Lunar.fromYmd(year, 1, 1).getSolar());
  if (measures.springFestivalIncludesEve) add(addDays(firstDay, -1), '春节', '农历除夕');
  ['正月初一', '正月初二', '正月初三'].forEach((label, i) =>
    add(addDays(firstDay, i), '春节', `农历${label}`),
  );
  add(qingmingDay(year), '清明节', '清明节气');
  add(fromSolar(Lunar.fromYmd(year, 5, 5).getSolar()), '端午节', '农历五月初五');
  add(fromSolar(Lunar.fromYmd(year, 8, 15).getSolar()), '中秋节', '农历八月十五');

  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
