/**
 * `LocalDate`: a civil date in Asia/Shanghai (UTC+8, no daylight saving since 1991), as used by
 * every legal date in zhifa (受理日、送达日、期间届满日).
 *
 * A legal date is not an instant. It is stored and passed around as its ISO text 'YYYY-MM-DD',
 * branded so that an unchecked string cannot stand in for it, and all arithmetic goes through an
 * epoch-day integer computed with pure integer formulas. No `Date` object is involved except at
 * the two conversion points from an instant (`localDateOfInstant`, `todayInShanghai`) and back
 * (`startOfDayInShanghai`), which use fixed UTC+8 offsets: the result never depends on the
 * server's `TZ`.
 *
 * The value is an ordinary string at run time, so it serialises to JSON, to a PostgreSQL `date`
 * and to the SPA unchanged, and `String(d)` / template literals give the ISO text.
 */

declare const localDateBrand: unique symbol;

/** An ISO civil date 'YYYY-MM-DD' (Asia/Shanghai), validated on construction. */
export type LocalDate = string & { readonly [localDateBrand]: 'LocalDate' };

/** Year, month (1-12) and day (1-31) of a `LocalDate`. */
export interface LocalDateParts {
  year: number;
  month: number;
  day: number;
}

/** ISO day of the week: 1 = Monday ... 6 = Saturday, 7 = Sunday. */
export type IsoDayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Thrown when a text or a year/month/day triple is not a real calendar date. */
export class LocalDateError extends Error {
  readonly code = 'LOCAL_DATE_INVALID';
  constructor(readonly input: string) {
    super(`日期无效：「${input}」不是有效的公历日期（格式应为 YYYY-MM-DD）`);
    this.name = 'LocalDateError';
  }
}

const MS_PER_DAY = 86_400_000;
/** Asia/Shanghai is UTC+8 all year round (China has not observed daylight saving since 1991). */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** Years are limited to four digits so that the ISO text stays fixed-width and sortable. */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAY_ZH = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;

/** Gregorian leap year rule. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
 * Integer arithmetic only, so it cannot drift with the host time zone.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Inverse of `daysFromCivil` (H. Hinnant's `civil_from_days`). */
function civilFromDays(epochDay: number): LocalDateParts {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function formatParts(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as LocalDate;
}

/** True when `value` is a string holding a real date in 'YYYY-MM-DD' form (2026-02-30 is not). */
export function isValidLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  return m !== null && isValidParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Parses and validates 'YYYY-MM-DD'. Rejects other layouts ('2025-1-5', '2025/01/05', times) and
 * impossible dates ('2026-02-30', '2025-13-01').
 * @throws LocalDateError
 */
export function parseLocalDate(text: string): LocalDate {
  if (!isValidLocalDate(text)) throw new LocalDateError(String(text));
  return text;
}

/**
 * Builds a date from its parts.
 * @throws LocalDateError when the parts do not form a real date
 */
export function localDateFromParts(year: number, month: number, day: number): LocalDate {
  if (!isValidParts(year, month, day)) throw new LocalDateError(`${year}-${month}-${day}`);
  return formatParts(year, month, day);
}

/** Year, month and day of a date. */
export function toParts(date: LocalDate): LocalDateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Calendar year of a date. */
export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/**
 * Days since 1970-01-01. The hot path of the working-day index: it reads the digits by char code
 * instead of allocating substrings, written out in full because a helper closure here made it
 * fifteen times slower. The input is trusted to be a valid `LocalDate`.
 */
export function toEpochDay(date: LocalDate): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return daysFromCivil(year, month, day);
}

/**
 * The date `epochDay` days after 1970-01-01.
 * @throws LocalDateError when the result falls outside years 0001-9999
 */
export function fromEpochDay(epochDay: number): LocalDate {
  const { year, month, day } = civilFromDays(Math.trunc(epochDay));
  if (year < MIN_YEAR || year > MAX_YEAR) throw new LocalDateError(`epoch day ${epochDay}`);
  return formatParts(year, month, day);
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * The date `months` months later, clamped to the last day of the target month when it has no
 * corresponding day: 2025-01-31 + 1 month = 2025-02-28, 2024-01-31 + 1 month = 2024-02-29.
 * This is the 对应日 rule of 《民法典》第二百零二条.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = toParts(date);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR)
    throw new LocalDateError(`${targetYear}-${targetMonth}`);
  return formatParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** The date `years` years later, clamped like `addMonths` (2024-02-29 + 1 year = 2025-02-28). */
export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, Math.trunc(years) * 12);
}

/** `to - from` in days (positive when `to` is later). */
export function diffDays(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** -1, 0 or 1, for sorting. ISO text orders like the dates it names. */
export function compareLocalDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO day of the week (1 = Monday, 7 = Sunday). */
export function dayOfWeek(date: LocalDate): IsoDayOfWeek {
  return dayOfWeekOfEpochDay(toEpochDay(date));
}

/** ISO day of the week of an epoch day (1970-01-01 was a Thursday). */
export function dayOfWeekOfEpochDay(epochDay: number): IsoDayOfWeek {
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoDayOfWeek;
}

/** Saturday or Sunday: the 周休息日 of 《国务院关于职工工作时间的规定》第七条. */
export function isWeekend(date: LocalDate): boolean {
  return dayOfWeek(date) >= 6;
}

/** The Shanghai civil date on which an instant falls (UTC+8, no DST). */
export function localDateOfInstant(instant: Date): LocalDate {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new LocalDateError(String(instant));
  return fromEpochDay(Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/** An instant as Shanghai wall time 'YYYY-MM-DDTHH:mm' (the form the 文书 and the hearing times use). */
export function wallTimeInShanghai(instant: Date): string {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new LocalDateError(String(instant));
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/**
 * Today's date in Shanghai. The clock is an argument (kernel code never reads it), so a rule can
 * be tested for any day: `todayInShanghai(new Date('2025-09-30T16:30:00Z'))` is 2025-10-01.
 */
export function todayInShanghai(now: Date): LocalDate {
  return localDateOfInstant(now);
}

/**
 * The instant at which `date` begins in Shanghai (00:00 UTC+8). The instant at which a period
 * whose last day is `date` ends (24:00, 《民法典》第二百零三条第二款) is
 * `startOfDayInShanghai(addDays(date, 1))`.
 */
export function startOfDayInShanghai(date: LocalDate): Date {
  return new Date(toEpochDay(date) * MS_PER_DAY - SHANGHAI_OFFSET_MS);
}

/** Chinese long form for documents and the UI: '2025年10月9日'. */
export function formatLocalDateZh(date: LocalDate, withWeekday = false): string {
  const { year, month, day } = toParts(date);
  const text = `${year}年${month}月${day}日`;
  return withWeekday ? `${text}（${WEEKDAY_ZH[dayOfWeek(date)]}）` : text;
}
