import { createHash } from 'node:crypto';
import {
  dayOfWeekOfEpochDay,
  fromEpochDay,
  isValidLocalDate,
  localDateFromParts,
  toEpochDay,
  yearOf,
  type LocalDate,
} from '../local-date.js';
import { CalendarError } from './errors.js';
import { parseLocalOverlay, parseOfficialYear } from './official-data.js';
import { holidayMeasuresFor, projectStatutoryHolidays } from './projection.js';
import type {
  CalendarDay,
  CountingOptions,
  DayCategory,
  DaySource,
  FestivalName,
  HolidayNotice,
  LocalOverlay,
  OfficialYear,
  RestType,
} from './types.js';

/** What a calendar is built from. */
export interface CalendarInput {
  /** Published year arrangements (the JSON files of `server/modules/calendar/data/`). */
  official: readonly OfficialYear[];
  /** Local rest and working days, overriding the national calendar. */
  overlay?: LocalOverlay;
  /** Calendar years covered by the index. Default 2019-2035. */
  range?: { fromYear: number; toYear: number };
}

/**
 * A working-day calendar for Asia/Shanghai over a fixed range of years: published State Council
 * arrangements, a local overlay, and for years without a notice a projection of the statutory
 * holidays. Immutable once built; build it once at start-up and share it.
 */
export interface Calendar {
  /** Hash of every non-ordinary day and its source; recorded with each computed deadline. */
  readonly version: string;
  readonly firstDate: LocalDate;
  readonly lastDate: LocalDate;
  /** Years with a published notice, ascending. */
  readonly publishedYears: readonly number[];
  /** The locality of the overlay, or null. */
  readonly locality: string | null;
  /** Whether `year` has a published arrangement (otherwise its holidays are projected). */
  isPublishedYear(year: number): boolean;
  /** Whether `date` lies in the calendar's range. */
  covers(date: LocalDate): boolean;
  /** Working or rest day, why, and on whose authority. */
  describe(date: LocalDate, options?: CountingOptions): CalendarDay;
  /** Every day from `from` to `to` inclusive, for month views. */
  listDays(from: LocalDate, to: LocalDate, options?: CountingOptions): CalendarDay[];
  isWorkingDay(date: LocalDate, options?: CountingOptions): boolean;
  /**
   * The `days`-th working day after `start` (the start day itself is never counted). O(1).
   * @throws CalendarError CALENDAR_INVALID_LENGTH unless `days` is a positive integer;
   *   CALENDAR_OUT_OF_RANGE when `start` or the result lies outside the range
   */
  addWorkingDays(start: LocalDate, days: number, options?: CountingOptions): LocalDate;
  /**
   * Working days in (from, to]: the days after `from` up to and including `to`. So
   * `workingDaysBetween(today, due)` is the "N working days left" of a deadline badge, and
   * `workingDaysBetween(s, addWorkingDays(s, n)) === n`. Negative when `to` is before `from`
   * (overdue by that many working days). O(1).
   */
  workingDaysBetween(from: LocalDate, to: LocalDate, options?: CountingOptions): number;
  /** `date` itself if it is a working day, else the next working day. O(1). */
  firstWorkingDayFrom(date: LocalDate, options?: CountingOptions): LocalDate;
}

/** 《国务院关于职工工作时间的规定》第七条: Saturday and Sunday are the weekly rest days of state organs. */
export const WEEKLY_REST_CITATION = '《国务院关于职工工作时间的规定》第七条';

const DEFAULT_RANGE = { fromYear: 2019, toYear: 2035 } as const;
/** Bumped when the meaning of the data or of the counting changes, so the version changes too. */
const CALENDAR_SCHEMA = 'zhifa-calendar/1';

interface DayEntry {
  category: DayCategory;
  restType: RestType | 'local' | null;
  festival: FestivalName | null;
  reason: string;
  source: DaySource;
}

interface WorkingIndex {
  /** 1 when the day at that offset is a working day. */
  working: Uint8Array;
  /** prefix[i] = working days among offsets [0, i). Length size + 1. */
  prefix: Int32Array;
  /** Offsets of the working days, in order. */
  ordinal: Int32Array;
}

function noticeCitation(notice: HolidayNotice): string {
  return notice.docNo ? `《${notice.title}》（${notice.docNo}）` : `《${notice.title}》`;
}

function noticeSource(notice: HolidayNotice): DaySource {
  return {
    kind: 'notice',
    title: notice.title,
    docNo: notice.docNo,
    issuedOn: notice.issuedOn,
    verified: notice.verified,
    citation: noticeCitation(notice),
  };
}

function officialEntry(day: OfficialYear['days'][number], notice: HolidayNotice): DayEntry {
  const source = noticeSource(notice);
  const festival = day.name;
  if (day.kind === 'makeup_workday') {
    return {
      category: 'makeup_workday',
      restType: null,
      festival,
      reason: `调休上班日（${festival}）`,
      source,
    };
  }
  switch (day.restType) {
    case 'statutory':
      return {
        category: 'statutory_holiday',
        restType: 'statutory',
        festival,
        reason: `法定节假日（${festival}）`,
        source,
      };
    case 'swapped':
      return {
        category: 'swapped_rest',
        restType: 'swapped',
        festival,
        reason: `调休休息日（${festival}）`,
        source,
      };
    case 'weekend':
      return {
        category: 'weekend',
        restType: 'weekend',
        festival,
        reason: `周末（${festival}假期）`,
        source,
      };
    case 'extended':
      return {
        category: 'extended_rest',
        restType: 'extended',
        festival,
        reason: `延长假期（${festival}）`,
        source,
      };
  }
}

const WORKING_CATEGORIES: ReadonlySet<DayCategory> = new Set(['workday', 'makeup_workday', 'local_workday']);
const DESIGNATED_WORK: ReadonlySet<DayCategory> = new Set(['makeup_workday', 'local_workday']);

function buildIndex(size: number, isWorking: (offset: number) => boolean): WorkingIndex {
  const working = new Uint8Array(size);
  const prefix = new Int32Array(size + 1);
  let count = 0;
  for (let i = 0; i < size; i++) {
    if (isWorking(i)) {
      working[i] = 1;
      count++;
    }
    prefix[i + 1] = count;
  }
  const ordinal = new Int32Array(count);
  for (let i = 0, k = 0; i < size; i++) if (working[i] === 1) ordinal[k++] = i;
  return { working, prefix, ordinal };
}

class IndexedCalendar implements Calendar {
  readonly version: string;
  readonly firstDate: LocalDate;
  readonly lastDate: LocalDate;
  readonly publishedYears: readonly number[];
  readonly locality: string | null;
  private readonly base: number;
  private readonly size: number;
  private readonly published: ReadonlySet<number>;
  /** ISO text of each day, so results need no formatting. */
  private readonly dates: LocalDate[];
  /** Non-ordinary days; ordinary weekdays and weekends are derived from the day of the week. */
  private readonly entries: (DayEntry | undefined)[];
  private readonly standard: WorkingIndex;
  private readonly strict: WorkingIndex;

  constructor(input: CalendarInput) {
    const range = input.range ?? DEFAULT_RANGE;
    if (
      !Number.isInteger(range.fromYear) ||
      !Number.isInteger(range.toYear) ||
      range.fromYear > range.toYear
    ) {
      throw new CalendarError(
        'CALENDAR_INVALID_DATA',
        `日历年份范围无效：${range.fromYear}至${range.toYear}`,
      );
    }
    this.firstDate = localDateFromParts(range.fromYear, 1, 1);
    this.lastDate = localDateFromParts(range.toYear, 12, 31);
    this.base = toEpochDay(this.firstDate);
    this.size = toEpochDay(this.lastDate) - this.base + 1;
    this.dates = Array.from({ length: this.size }, (_, i) => fromEpochDay(this.base + i));
    this.entries = new Array<DayEntry | undefined>(this.size);

    const official = input.official.map((y) => parseOfficialYear(y));
    const years = official.map((y) => y.year);
    if (new Set(years).size !== years.length)
      throw new CalendarError('CALENDAR_INVALID_DATA', '同一年度的放假安排重复提供');
    this.publishedYears = [...years].sort((a, b) => a - b);
    this.published = new Set(years);

    // Lowest precedence first: projection, then official notices, then the local overlay.
    for (let year = range.fromYear; year <= range.toYear; year++) {
      if (this.published.has(year)) continue;
      const source: DaySource = {
        kind: 'projection',
        citation: `${holidayMeasuresFor(year).citation}（推算）`,
      };
      for (const h of projectStatutoryHolidays(year)) {
        this.put(h.date, {
          category: 'statutory_holiday',
          restType: 'statutory',
          festival: h.festival,
          reason: `法定节假日（${h.festival}）`,
          source,
        });
      }
    }

    const officialDates = new Set<LocalDate>();
    for (const y of official) {
      for (const day of y.days) {
        if (officialDates.has(day.date)) {
          throw new CalendarError(
            'CALENDAR_INVALID_DATA',
            `日历数据有误：${day.date} 在多个年度的放假安排中出现`,
          );
        }
        officialDates.add(day.date);
        const notice = y.notices[day.notice];
        if (notice) this.put(day.date, officialEntry(day, notice));
      }
    }

    const overlay = input.overlay ? parseLocalOverlay(input.overlay) : null;
    this.locality = overlay?.name ?? null;
    for (const day of overlay?.days ?? []) {
      const existing = this.entryAt(day.date);
      if (day.kind === 'work' && existing && !WORKING_CATEGORIES.has(existing.category)) {
        // A locality may add rest days (第四条) but cannot cancel national holidays.
        throw new CalendarError(
          'CALENDAR_INVALID_DATA',
          `地方日历不得将全国放假日改为工作日：${day.date}（${existing.reason}）`,
        );
      }
      const source: DaySource = { kind: 'overlay', locality: overlay?.name ?? '', citation: day.source };
      this.put(
        day.date,
        day.kind === 'rest'
          ? {
              category: 'local_rest',
              restType: 'local',
              festival: null,
              reason: `地方休息日（${day.name}）`,
              source,
            }
          : {
              category: 'local_workday',
              restType: null,
              festival: null,
              reason: `地方工作日（${day.name}）`,
              source,
            },
      );
    }

    this.standard = buildIndex(this.size, (i) => WORKING_CATEGORIES.has(this.categoryAt(i)));
    this.strict = buildIndex(this.size, (i) => {
      const category = this.categoryAt(i);
      if (DESIGNATED_WORK.has(category) && this.isWeekendOffset(i)) return false;
      return WORKING_CATEGORIES.has(category);
    });
    this.version = this.computeVersion(range);
  }

  isPublishedYear(year: number): boolean {
    return this.published.has(year);
  }

  covers(date: LocalDate): boolean {
    return isValidLocalDate(date) && date >= this.firstDate && date <= this.lastDate;
  }

  describe(date: LocalDate, options?: CountingOptions): CalendarDay {
    return this.describeOffset(this.offsetOf(date, '日期'), options);
  }

  listDays(from: LocalDate, to: LocalDate, options?: CountingOptions): CalendarDay[] {
    const a = this.offsetOf(from, '起始日期');
    const b = this.offsetOf(to, '截止日期');
    const days: CalendarDay[] = [];
    for (let i = a; i <= b; i++) days.push(this.describeOffset(i, options));
    return days;
  }

  isWorkingDay(date: LocalDate, options?: CountingOptions): boolean {
    return this.indexFor(options).working[this.offsetOf(date, '日期')] === 1;
  }

  addWorkingDays(start: LocalDate, days: number, options?: CountingOptions): LocalDate {
    if (!Number.isInteger(days) || days < 1) {
      throw new CalendarError('CALENDAR_INVALID_LENGTH', `工作日数必须为正整数，收到：${String(days)}`);
    }
    const index = this.indexFor(options);
    const i = this.offsetOf(start, '起算日');
    // prefix[i + 1] working days lie on or before the start; the result is the next `days`-th.
    const target = (index.prefix[i + 1] ?? 0) + days - 1;
    const offset = index.ordinal[target];
    if (offset === undefined) throw this.beyondRange('期间届满日');
    return this.dates[offset] ?? fromEpochDay(this.base + offset);
  }

  workingDaysBetween(from: LocalDate, to: LocalDate, options?: CountingOptions): number {
    const { prefix } = this.indexFor(options);
    const a = this.offsetOf(from, '起始日期');
    const b = this.offsetOf(to, '截止日期');
    return (prefix[b + 1] ?? 0) - (prefix[a + 1] ?? 0);
  }

  firstWorkingDayFrom(date: LocalDate, options?: CountingOptions): LocalDate {
    const index = this.indexFor(options);
    const i = this.offsetOf(date, '日期');
    const offset = index.ordinal[index.prefix[i] ?? 0];
    if (offset === undefined) throw this.beyondRange('顺延后的届满日');
    return this.dates[offset] ?? fromEpochDay(this.base + offset);
  }

  private indexFor(options: CountingOptions | undefined): WorkingIndex {
    return options?.countMakeupWorkdays === false ? this.strict : this.standard;
  }

  /**
   * Offset of a date in the index. Hot path: trusts the brand for the layout and lets the range
   * check catch garbage (a malformed string yields NaN, which fails both comparisons).
   */
  private offsetOf(date: LocalDate, label: string): number {
    const i = typeof date === 'string' && date.length === 10 ? toEpochDay(date) - this.base : Number.NaN;
    if (i >= 0 && i < this.size && this.dates[i] === date) return i;
    if (!isValidLocalDate(date)) {
      throw new CalendarError(
        'CALENDAR_INVALID_DATE',
        `${label}无效：「${String(date)}」不是有效的 YYYY-MM-DD 日期`,
      );
    }
    throw new CalendarError(
      'CALENDAR_OUT_OF_RANGE',
      `${label} ${date} 超出工作日历覆盖范围（${this.firstDate}至${this.lastDate}）`,
    );
  }

  private beyondRange(label: string): CalendarError {
    return new CalendarError(
      'CALENDAR_OUT_OF_RANGE',
      `${label}超出工作日历覆盖范围（${this.firstDate}至${this.lastDate}），无法计算`,
    );
  }

  private put(date: LocalDate, entry: DayEntry): void {
    const i = toEpochDay(date) - this.base;
    if (i >= 0 && i < this.size) this.entries[i] = entry;
  }

  private entryAt(date: LocalDate): DayEntry | undefined {
    const i = toEpochDay(date) - this.base;
    return i >= 0 && i < this.size ? this.entries[i] : undefined;
  }

  private isWeekendOffset(i: number): boolean {
    return dayOfWeekOfEpochDay(this.base + i) >= 6;
  }

  private categoryAt(i: number): DayCategory {
    return this.entries[i]?.category ?? (this.isWeekendOffset(i) ? 'weekend' : 'workday');
  }

  private describeOffset(i: number, options: CountingOptions | undefined): CalendarDay {
    const date = this.dates[i] ?? fromEpochDay(this.base + i);
    const dayOfWeek = dayOfWeekOfEpochDay(this.base + i);
    const working = this.indexFor(options).working[i] === 1;
    const projected = !this.published.has(yearOf(date));
    const entry = this.entries[i];
    if (!entry) {
      const weekend = dayOfWeek >= 6;
      return {
        date,
        dayOfWeek,
        working,
        category: weekend ? 'weekend' : 'workday',
        restType: weekend ? 'weekend' : null,
        festival: null,
        reason: weekend ? '周末' : '工作日',
        source: { kind: 'rule', citation: WEEKLY_REST_CITATION },
        projected,
      };
    }
    const demoted = !working && WORKING_CATEGORIES.has(entry.category);
    return {
      date,
      dayOfWeek,
      working,
      category: entry.category,
      restType: demoted ? 'weekend' : entry.restType,
      festival: entry.festival,
      reason: demoted ? `${entry.reason}，按设置不计为工作日` : entry.reason,
      source: entry.source,
      projected,
    };
  }

  /**
   * SHA-256 over the range, the published years and every non-ordinary day with its category,
   * festival and source: any change that can move a deadline (or its cited source) changes it.
   */
  private computeVersion(range: { fromYear: number; toYear: number }): string {
    const lines = [CALENDAR_SCHEMA, `${range.fromYear}-${range.toYear}`, this.publishedYears.join(',')];
    for (let i = 0; i < this.size; i++) {
      const e = this.entries[i];
      if (e)
        lines.push(
          `${this.dates[i] ?? ''}|${e.category}|${e.festival ?? ''}|${e.reason}|${e.source.citation}`,
        );
    }
    return `cal-${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`;
  }
}

/**
 * Builds the calendar and its working-day index (prefix counts and the ordinal list of working
 * days, for both ways of counting 调休上班日) over the range. Validates all data first.
 * @throws CalendarError CALENDAR_INVALID_DATA on malformed or contradictory data
 */
export function buildCalendar(input: CalendarInput): Calendar {
  return new IndexedCalendar(input);
}
