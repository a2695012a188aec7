import {
  CalendarError,
  computePeriod,
  PERIOD_BASIS,
  PROJECTED_YEAR_MESSAGE,
  type Calendar,
  type CountingOptions,
  type PeriodUnit,
  type PeriodWarning,
  type SkippedDay,
} from '../../../kernel/calendar/index.js';
import {
  addDays,
  addMonths,
  diffDays,
  isValidLocalDate,
  startOfDayInShanghai,
  yearOf,
  type LocalDate,
} from '../../../kernel/local-date.js';
import type { DeadlineDirection } from './types.js';

/** A 中止 interval: dates for day periods, ISO instants for hour periods; `to` is null while suspended. */
export interface Suspension {
  from: string;
  to: string | null;
  reason: string;
}

export interface DueInput {
  unit: PeriodUnit;
  direction: DeadlineDirection;
  /** Current length (the extended length after an approved 延期). */
  length: number;
  /** A Shanghai date for day periods, an instant for hour periods. */
  trigger: LocalDate | Date;
  suspensions?: readonly Suspension[];
  calendar: Calendar;
  options: CountingOptions;
}

export interface DueResult {
  unit: PeriodUnit;
  direction: DeadlineDirection;
  length: number;
  /** The last day of the period; null for hour periods. */
  due: LocalDate | null;
  /** The instant the period expires: 24:00 Shanghai time of `due`, or the due instant of an hour period. */
  dueAt: Date;
  /** The last day before any roll-over; null for hour periods. */
  nominalDue: LocalDate | null;
  skipped: SkippedDay[];
  /** The counting rules applied, with their sources. */
  basis: string[];
  projected: boolean;
  warnings: PeriodWarning[];
  calendarVersion: string;
  countMakeupWorkdays: boolean;
}

/** Counting rules this module adds to the kernel's (design readings, legal-spec §1.2 and [推]). */
export const DEADLINE_BASIS = {
  suspension:
    '期限中止的，中止期间不计入，自中止原因消除之日起继续计算（参照《中华人民共和国行政复议法》第二十条第二款）；中止当日计入已经过的期间',
  before:
    '在某日「前」完成的期限倒数计算：行为日与该日之间须有足额期间，行为日与该日均不计入（按对行政机关最稳妥的理解）',
  beforeMonths:
    '在某日「前」若干月完成的期限，以该日前若干月的对应日为最后一日（参照《中华人民共和国民法典》第二百零二条）',
  beforeRollBack: '倒数期间的最后一日为休息日的，提前至此前最近的工作日（对行政机关最稳妥的理解）',
} as const;

function refuse(message: string): never {
  throw new CalendarError('CALENDAR_INVALID_DATA', message);
}

function closedSuspensions(list: readonly Suspension[] | undefined): { from: string; to: string }[] {
  const closed = (list ?? []).filter((s): s is Suspension & { to: string } => s.to !== null);
  return [...closed].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function warningsFor(calendar: Calendar, from: LocalDate, to: LocalDate): PeriodWarning[] {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const warnings: PeriodWarning[] = [];
  for (let year = yearOf(a); year <= yearOf(b); year++)
    if (!calendar.isPublishedYear(year))
      warnings.push({ code: 'PROJECTED_YEAR', year, message: `${year}年：${PROJECTED_YEAR_MESSAGE}` });
  return warnings;
}

function restDays(
  calendar: Calendar,
  first: LocalDate,
  last: LocalDate,
  options: CountingOptions,
): SkippedDay[] {
  if (last < first) return [];
  return calendar
    .listDays(first, last, options)
    .filter((day) => !day.working)
    .map((day) => ({ date: day.date, reason: day.reason }));
}

function checkDate(calendar: Calendar, date: LocalDate): LocalDate {
  if (!isValidLocalDate(date)) refuse(`日期「${String(date)}」无效`);
  if (!calendar.covers(date))
    throw new CalendarError(
      'CALENDAR_OUT_OF_RANGE',
      `日期 ${date} 超出工作日历覆盖范围（${calendar.firstDate}至${calendar.lastDate}）`,
    );
  return date;
}

function hourDue(input: DueInput): DueResult {
  if (!(input.trigger instanceof Date))
    throw new CalendarError('CALENDAR_INVALID_START', '按小时计算的期间须以具体时刻起算（含日期和时间）');
  const base = computePeriod({
    unit: 'hour',
    start: input.trigger,
    length: input.length,
    calendar: input.calendar,
    options: input.options,
  });
  let pausedMs = 0;
  for (const s of closedSuspensions(input.suspensions)) {
    const from = Date.parse(s.from);
    const to = Date.parse(s.to);
    if (!Number.isFinite(from) || !Number.isFinite(to) || to < from)
      refuse(`中止时段无效：${s.from} 至 ${s.to}`);
    pausedMs += to - from;
  }
  const basis = pausedMs ? [...base.basis, DEADLINE_BASIS.suspension] : base.basis;
  return {
    unit: 'hour',
    direction: 'after',
    length: input.length,
    due: null,
    dueAt: new Date(base.due.getTime() + pausedMs),
    nominalDue: null,
    skipped: [],
    basis,
    projected: false,
    warnings: [],
    calendarVersion: base.calendarVersion,
    countMakeupWorkdays: base.countMakeupWorkdays,
  };
}

/** The latest working day on or before `date`. */
function lastWorkingDayOnOrBefore(calendar: Calendar, date: LocalDate, options: CountingOptions): LocalDate {
  let d = checkDate(calendar, date);
  while (!calendar.isWorkingDay(d, options)) d = checkDate(calendar, addDays(d, -1));
  return d;
}

function beforeDue(input: DueInput, trigger: LocalDate): DueResult {
  const { calendar, options, length, unit } = input;
  if (unit === 'hour') refuse('按小时计算的期间不能倒数计算');
  checkDate(calendar, trigger);
  const basis: string[] = [];
  let nominal: LocalDate;
  if (unit === 'working_day') {
    // The N working days strictly between the act and the trigger day, counted back from the day before it.
    let d = trigger;
    for (let counted = 0; counted < length; ) {
      d = checkDate(calendar, addDays(d, -1));
      if (calendar.isWorkingDay(d, options)) counted++;
    }
    nominal = addDays(d, -1);
    basis.push(
      DEADLINE_BASIS.before,
      PERIOD_BASIS.workingDays,
      options.countMakeupWorkdays === false ? PERIOD_BASIS.makeupNotCounted : PERIOD_BASIS.makeupCounted,
    );
  } else if (unit === 'calendar_day') {
    nominal = addDays(trigger, -(length + 1));
    basis.push(DEADLINE_BASIS.before);
  } else {
    nominal = addMonths(trigger, -(unit === 'month' ? length : length * 12));
    basis.push(DEADLINE_BASIS.beforeMonths);
  }
  const due = lastWorkingDayOnOrBefore(calendar, nominal, options);
  if (due !== nominal) basis.push(DEADLINE_BASIS.beforeRollBack);
  const skipped = restDays(calendar, addDays(due, 1), addDays(trigger, -1), options);
  const warnings = warningsFor(calendar, due, trigger);
  return {
    unit,
    direction: 'before',
    length,
    due,
    dueAt: startOfDayInShanghai(addDays(due, 1)),
    nominalDue: nominal,
    skipped,
    basis,
    projected: warnings.length > 0,
    warnings,
    calendarVersion: calendar.version,
    countMakeupWorkdays: options.countMakeupWorkdays !== false,
  };
}

/** Suspended days (from, to] with the reason, for the explanation list. */
function suspendedDays(calendar: Calendar, s: { from: string; to: string; reason?: string }): SkippedDay[] {
  const out: SkippedDay[] = [];
  for (let d = addDays(s.from as LocalDate, 1); d <= (s.to as LocalDate); d = addDays(d, 1)) {
    checkDate(calendar, d);
    out.push({ date: d, reason: `期限中止${s.reason ? `（${s.reason}）` : ''}` });
  }
  return out;
}

/**
 * When a stored deadline is due: the kernel's period, replayed through its closed 中止 intervals, or counted
 * backwards for "N days before" duties. Open suspensions are ignored (the due date shown while suspended is the
 * one the period had when it stopped; it moves on resumption). Pure; the calendar is an argument.
 *
 * - Working days: the days counted up to and including the suspension day are spent; the rest run again after
 *   the resumption day (which, as a start day, is not counted).
 * - Calendar days, months, years: the last day before roll-over moves later by the length of each suspension
 *   (resumption date − suspension date), then rolls to a working day as usual.
 * - Hours: the due instant moves later by each suspension's duration.
 *
 * @throws CalendarError on invalid input, data or a result outside the calendar's range
 */
export function computeDue(input: DueInput): DueResult {
  if (input.unit === 'hour') return hourDue(input);
  if (input.trigger instanceof Date)
    throw new CalendarError(
      'CALENDAR_INVALID_START',
      '按日、工作日、月、年计算的期间须以日期（YYYY-MM-DD）起算，而非时刻',
    );
  const trigger = input.trigger;
  if (input.direction === 'before') return beforeDue(input, trigger);
  const { calendar, options, unit, length } = input;
  const base = computePeriod({ unit, start: trigger, length, calendar, options });
  const closed = closedSuspensions(input.suspensions);
  if (!closed.length) {
    return {
      unit,
      direction: 'after',
      length,
      due: base.due,
      dueAt: base.endsAt,
      nominalDue: base.nominalDue,
      skipped: base.skipped,
      basis: base.basis,
      projected: base.projected,
      warnings: base.warnings,
      calendarVersion: base.calendarVersion,
      countMakeupWorkdays: base.countMakeupWorkdays,
    };
  }

  let due: LocalDate;
  let nominal: LocalDate;
  const paused: SkippedDay[] = [];
  let cursor: LocalDate = trigger;
  for (const s of closed) {
    const from = checkDate(calendar, s.from as LocalDate);
    const to = checkDate(calendar, s.to as LocalDate);
    if (from < cursor || to < from) refuse(`中止时段无效或相互重叠：${s.from} 至 ${s.to}`);
    paused.push(...suspendedDays(calendar, { from, to, reason: (s as Suspension).reason }));
    cursor = to;
  }

  if (unit === 'working_day') {
    let remaining = length;
    cursor = trigger;
    for (const s of closed) {
      remaining -= Math.max(0, calendar.workingDaysBetween(cursor, s.from as LocalDate, options));
      cursor = s.to as LocalDate;
    }
    due =
      remaining > 0
        ? calendar.addWorkingDays(cursor, remaining, options)
        : calendar.firstWorkingDayFrom(cursor, options);
    nominal = due;
  } else {
    nominal = base.nominalDue;
    for (const s of closed) {
      const shifted = addDays(nominal, diffDays(s.from as LocalDate, s.to as LocalDate));
      nominal = shifted < (s.to as LocalDate) ? (s.to as LocalDate) : shifted;
    }
    checkDate(calendar, nominal);
    due = calendar.firstWorkingDayFrom(nominal, options);
  }

  const pausedDates = new Set(paused.map((p) => p.date));
  const rest =
    unit === 'working_day'
      ? restDays(calendar, addDays(trigger, 1), due, options)
      : restDays(calendar, nominal, addDays(due, -1), options);
  const skipped = [
    ...rest.filter((r) => !pausedDates.has(r.date)),
    ...paused.filter((p) => p.date <= due),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const basis = [...base.basis.filter((b) => b !== PERIOD_BASIS.rollOverRestDay), DEADLINE_BASIS.suspension];
  if (unit !== 'working_day' && due !== nominal) basis.push(PERIOD_BASIS.rollOverRestDay);
  const warnings = warningsFor(calendar, trigger, due);
  return {
    unit,
    direction: 'after',
    length,
    due,
    dueAt: startOfDayInShanghai(addDays(due, 1)),
    nominalDue: nominal,
    skipped,
    basis,
    projected: warnings.length > 0,
    warnings,
    calendarVersion: calendar.version,
    countMakeupWorkdays: base.countMakeupWorkdays,
  };
}
