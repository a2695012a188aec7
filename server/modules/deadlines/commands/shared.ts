import { CalendarError, type Calendar, type CountingOptions } from '../../../kernel/calendar/index.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlinesRepository } from '../deadlines.repository.js';
import type { DeadlineRow } from '../deadlines.schema.js';
import { computeDue, findRule, type DeadlineRule, type DueResult, type Suspension } from '../rules/index.js';

/** Turns a kernel refusal into the catalogue's 400 with the kernel's Chinese message. */
export function periodError(e: unknown): never {
  if (e instanceof CalendarError) throw new AppError('PERIOD_INVALID', `期间计算参数有误：${e.message}`);
  throw e;
}

/** When a stored deadline is due under `calendar`, from its trigger, current length and suspensions. */
export function dueOfRow(
  row: Pick<
    DeadlineRow,
    | 'periodUnit'
    | 'direction'
    | 'length'
    | 'triggerDate'
    | 'triggerAt'
    | 'suspensions'
    | 'countMakeupWorkdays'
  >,
  calendar: Calendar,
  overrides: { length?: number; suspensions?: readonly Suspension[] } = {},
): DueResult {
  const options: CountingOptions = { countMakeupWorkdays: row.countMakeupWorkdays };
  const trigger: LocalDate | Date =
    row.periodUnit === 'hour' ? row.triggerAt! : (row.triggerDate as LocalDate);
  return computeDue({
    unit: row.periodUnit,
    direction: row.direction,
    length: overrides.length ?? row.length,
    trigger,
    suspensions: overrides.suspensions ?? row.suspensions,
    calendar,
    options,
  });
}

/** The due value as stored and shown: the date, or the instant of an hour period. */
export function dueLabel(r: { dueDate: string | null; dueAt: Date }): string {
  return r.dueDate ?? r.dueAt.toISOString();
}

/** The due value for people: the date, or an hour period's instant in Beijing time ('2025-10-01 10:30（北京时间）'). */
export function dueForPeople(r: { dueDate: string | null; dueAt: Date }): string {
  if (r.dueDate) return r.dueDate;
  const shanghai = new Date(r.dueAt.getTime() + 8 * 3_600_000).toISOString();
  return `${shanghai.slice(0, 10)} ${shanghai.slice(11, 16)}（北京时间）`;
}

/** The row under a row lock, or 404. */
export async function lockDeadline(
  tx: Tx,
  id: string,
): Promise<{ row: DeadlineRow; rule: DeadlineRule | null }> {
  const row = await deadlinesRepository.findForUpdate(tx, id);
  if (!row) throw new AppError('NOT_FOUND');
  return { row, rule: findRule(row.ruleId) };
}

/** The columns a (re)computation sets. */
export function dueColumns(r: DueResult) {
  return { dueDate: r.due, dueAt: r.dueAt, projected: r.projected, calendarVersion: r.calendarVersion };
}
