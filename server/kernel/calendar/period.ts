import {
  addDays,
  addMonths,
  isValidLocalDate,
  LocalDateError,
  startOfDayInShanghai,
  toEpochDay,
  yearOf,
  type LocalDate,
} from '../local-date.js';
import type { Calendar } from './calendar.js';
import { CalendarError } from './errors.js';
import type { CountingOptions } from './types.js';

/** Units a statutory period is counted in (legal-spec §1.4). */
export const PERIOD_UNITS = ['hour', 'calendar_day', 'working_day', 'month', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export type DatePeriodUnit = Exclude<PeriodUnit, 'hour'>;

/** The counting rules, each with its legal source, as shown next to a computed date. */
export const PERIOD_BASIS = {
  startDayExcluded:
    '期间开始的日，不计算在期间内（《中华人民共和国民事诉讼法》第八十五条第二款；《中华人民共和国民法典》第二百零一条第一款）',
  hourFromTime:
    '按照小时计算期间的，自法律规定或者当事人约定的时间开始计算（《中华人民共和国民法典》第二百零一条第二款）',
  monthCorrespondingDay:
    '按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日（《中华人民共和国民法典》第二百零二条）',
  rollOverRestDay:
    '期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期（《中华人民共和国民事诉讼法》第八十五条第三款；《中华人民共和国民法典》第二百零三条第一款）',
  workingDays:
    '工作日不含周休息日和法定节假日（《国务院关于职工工作时间的规定》第七条；《全国年节及纪念日放假办法》第二条）',
  makeupCounted: '调休上班日按国务院办公厅放假安排通知计为工作日',
  makeupNotCounted: '调休上班日（周六、周日）按本系统设置不计为工作日',
} as const;

/** The text of the projected-year warning (legal-spec §1.3: the year's notice is not out yet). */
export const PROJECTED_YEAR_MESSAGE = '该年度放假安排尚未发布，按《全国年节及纪念日放假办法》推算';

interface PeriodInputBase {
  /** Number of units; a positive integer. */
  length: number;
  calendar: Calendar;
  options?: CountingOptions;
}

/** An hour period: starts at an instant, runs through rest days, ends at an instant. */
export interface HourPeriodInput extends PeriodInputBase {
  unit: 'hour';
  start: Date;
}

/** A period in days, working days, months or years: starts on a Shanghai date. */
export interface DatePeriodInput extends PeriodInputBase {
  unit: DatePeriodUnit;
  start: LocalDate;
}

export type PeriodInput = HourPeriodInput | DatePeriodInput;

/** A day inside the period that was not counted, or that the end was moved past. */
export interface SkippedDay {
  date: LocalDate;
  reason: string;
}

/** A condition the user must see next to the date. */
export interface PeriodWarning {
  code: 'PROJECTED_YEAR';
  year: number;
  /** e.g. 2027年：该年度放假安排尚未发布，按《全国年节及纪念日放假办法》推算 */
  message: string;
}

interface PeriodResultBase {
  length: number;
  /** Citations of the counting rules applied, in Chinese. */
  basis: string[];
  calendarVersion: string;
  countMakeupWorkdays: boolean;
  /** True when a day of the period lies in a year whose holidays are projected. */
  projected: boolean;
  warnings: PeriodWarning[];
}

export interface HourPeriodResult extends PeriodResultBase {
  unit: 'hour';
  start: Date;
  /** The instant the period expires. */
  due: Date;
  skipped: SkippedDay[];
}

export interface DatePeriodResult extends PeriodResultBase {
  unit: DatePeriodUnit;
  start: LocalDate;
  /** The last day of the period. */
  due: LocalDate;
  /** The last day before any roll-over to a working day (equal to `due` when none). */
  nominalDue: LocalDate;
  /** The instant the period expires: 24:00 Shanghai time of `due` (《民法典》第二百零三条第二款). */
  endsAt: Date;
  /**
   * Working-day periods: every rest day after the start up to the due date (not counted).
   * Calendar-day, month and year periods: the rest days the end was moved past.
   */
  skipped: SkippedDay[];
}

export type PeriodResult = HourPeriodResult | DatePeriodResult;

const MS_PER_HOUR = 3_600_000;

function checkLength(length: unknown): number {
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 1) {
    const shown = typeof length === 'number' ? String(length) : typeof length;
    throw new CalendarError('CALENDAR_INVALID_LENGTH', `期间长度必须为正整数，收到：${shown}`);
  }
  return length;
}

function checkDateStart(start: unknown, calendar: Calendar): LocalDate {
  if (start instanceof Date) {
    throw new CalendarError(
      'CALENDAR_INVALID_START',
      '按日、工作日、月、年计算的期间须以日期（YYYY-MM-DD）起算，而非时刻',
    );
  }
  if (!isValidLocalDate(start)) {
    throw new CalendarError(
      'CALENDAR_INVALID_DATE',
      `起算日无效：「${String(start)}」不是有效的 YYYY-MM-DD 日期`,
    );
  }
  if (!calendar.covers(start)) {
    throw new CalendarError(
      'CALENDAR_OUT_OF_RANGE',
      `起算日 ${start} 超出工作日历覆盖范围（${calendar.firstDate}至${calendar.lastDate}）`,
    );
  }
  return start;
}

function beyondCalendar(calendar: Calendar, date?: string): CalendarError {
  return new CalendarError(
    'CALENDAR_OUT_OF_RANGE',
    `期间届满日${date ? ` ${date} ` : ''}超出工作日历覆盖范围（${calendar.firstDate}至${calendar.lastDate}），无法计算`,
  );
}

/** The last day before roll-over; an absurd length that leaves the date range is out of range too. */
function nominalEnd(
  start: LocalDate,
  length: number,
  unit: Exclude<DatePeriodUnit, 'working_day'>,
  calendar: Calendar,
): LocalDate {
  let end: LocalDate;
  try {
    end =
      unit === 'calendar_day'
        ? addDays(start, length)
        : addMonths(start, unit === 'month' ? length : length * 12);
  } catch (error) {
    if (error instanceof LocalDateError) throw beyondCalendar(calendar);
    throw error;
  }
  if (!calendar.covers(end)) throw beyondCalendar(calendar, end);
  return end;
}

function projectionWarnings(calendar: Calendar, from: LocalDate, to: LocalDate): PeriodWarning[] {
  const warnings: PeriodWarning[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    if (!calendar.isPublishedYear(year)) {
      warnings.push({ code: 'PROJECTED_YEAR', year, message: `${year}年：${PROJECTED_YEAR_MESSAGE}` });
    }
  }
  return warnings;
}

/** The non-working days from `first` to `last` inclusive, with their reasons (none when `last` < `first`). */
function restDays(
  calendar: Calendar,
  first: LocalDate,
  last: LocalDate,
  options: CountingOptions,
): SkippedDay[] {
  if (toEpochDay(last) < toEpochDay(first)) return [];
  return calendar
    .listDays(first, last, options)
    .filter((d) => !d.working)
    .map((d) => ({ date: d.date, reason: d.reason }));
}

function computeHourPeriod(
  input: HourPeriodInput,
  length: number,
  countMakeupWorkdays: boolean,
): HourPeriodResult {
  const { start } = input;
  if (!(start instanceof Date) || !Number.isFinite(start.getTime())) {
    throw new CalendarError('CALENDAR_INVALID_START', '按小时计算的期间须以具体时刻起算（含日期和时间）');
  }
  // Hours run on the clock, through nights, weekends and holidays, and are never rolled over:
  // the 24-hour transfer of 国务院令第310号 第五条 needs an on-call approver (legal-spec §1.3).
  const due = new Date(start.getTime() + length * MS_PER_HOUR);
  if (!Number.isFinite(due.getTime())) {
    throw new CalendarError('CALENDAR_OUT_OF_RANGE', `期间届满时刻超出可表示的范围（${length}小时）`);
  }
  return {
    unit: 'hour',
    length,
    start,
    due,
    basis: [PERIOD_BASIS.hourFromTime],
    skipped: [],
    calendarVersion: input.calendar.version,
    countMakeupWorkdays,
    projected: false,
    warnings: [],
  };
}

function computeDatePeriod(
  input: DatePeriodInput,
  length: number,
  countMakeupWorkdays: boolean,
): DatePeriodResult {
  const { calendar, unit } = input;
  const options: CountingOptions = { countMakeupWorkdays };
  const start = checkDateStart(input.start, calendar);
  const basis: string[] = [PERIOD_BASIS.startDayExcluded];
  let nominalDue: LocalDate;
  let due: LocalDate;
  let skipped: SkippedDay[];

  if (unit === 'working_day') {
    due = calendar.addWorkingDays(start, length, options);
    nominalDue = due;
    skipped = restDays(calendar, addDays(start, 1), due, options);
    basis.push(
      PERIOD_BASIS.workingDays,
      countMakeupWorkdays ? PERIOD_BASIS.makeupCounted : PERIOD_BASIS.makeupNotCounted,
    );
  } else {
    nominalDue = nominalEnd(start, length, unit, calendar);
    if (unit !== 'calendar_day') basis.push(PERIOD_BASIS.monthCorrespondingDay);
    due = calendar.firstWorkingDayFrom(nominalDue, options);
    skipped = restDays(calendar, nominalDue, addDays(due, -1), options);
    if (due !== nominalDue) basis.push(PERIOD_BASIS.rollOverRestDay);
  }

  const warnings = projectionWarnings(calendar, start, due);
  return {
    unit,
    length,
    start,
    due,
    nominalDue,
    endsAt: startOfDayInShanghai(addDays(due, 1)),
    basis,
    skipped,
    calendarVersion: calendar.version,
    countMakeupWorkdays,
    projected: warnings.length > 0,
    warnings,
  };
}

/**
 * Computes when a statutory period ends.
 *
 * - `hour`: from the instant `start`, `length` hours on the clock; never rolled over.
 * - `calendar_day`: the start day is not counted; the period ends `length` days later, moved to
 *   the next working day when that day is a rest day (weekends count as 法定休假日 here, legal-spec §1.3).
 * - `working_day`: the `length`-th working day after the start day, skipping weekends, statutory
 *   holidays and 调休休息日; 调休上班日 count unless `options.countMakeupWorkdays` is false.
 * - `month` / `year`: the corresponding day of the final month, or its last day when it has none
 *   (1月31日 + 1个月 = 2月28/29日), then moved to the next working day like calendar days.
 *
 * Whether a rule counts in working days is the rule's business (行政处罚法第八十五条,
 * 行政复议法第八十八条, 行政强制法第六十九条), not this function's.
 *
 * @throws CalendarError CALENDAR_INVALID_LENGTH, CALENDAR_INVALID_DATE, CALENDAR_INVALID_START,
 *   CALENDAR_INVALID_UNIT or CALENDAR_OUT_OF_RANGE; nothing is returned half-computed
 */
export function computePeriod(input: HourPeriodInput): HourPeriodResult;
export function computePeriod(input: DatePeriodInput): DatePeriodResult;
export function computePeriod(input: PeriodInput): PeriodResult;
export function computePeriod(input: PeriodInput): PeriodResult {
  const unit: unknown = input.unit;
  if (typeof unit !== 'string' || !(PERIOD_UNITS as readonly string[]).includes(unit)) {
    throw new CalendarError(
      'CALENDAR_INVALID_UNIT',
      `期间单位无效：「${String(unit)}」，应为 ${PERIOD_UNITS.join('、')} 之一`,
    );
  }
  const length = checkLength(input.length);
  const countMakeupWorkdays = input.options?.countMakeupWorkdays ?? true;
  return input.unit === 'hour'
    ? computeHourPeriod(input, length, countMakeupWorkdays)
    : computeDatePeriod(input, length, countMakeupWorkdays);
}

/**
 * `workingDaysBetween` and `isWorkingDay` as free functions over a calendar, for callers that
 * hold the calendar in a variable of their own (rules receive it as an argument).
 */
export function workingDaysBetween(
  calendar: Calendar,
  from: LocalDate,
  to: LocalDate,
  options?: CountingOptions,
): number {
  return calendar.workingDaysBetween(from, to, options);
}

/** Whether `date` is a working day in `calendar`. */
export function isWorkingDay(calendar: Calendar, date: LocalDate, options?: CountingOptions): boolean {
  return calendar.isWorkingDay(date, options);
}
