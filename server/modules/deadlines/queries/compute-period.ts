import type { ComputeQuery, ComputeResult } from '../../../../common/contracts/calendar.js';
import {
  isValidLocalDate,
  localDateOfInstant,
  todayInShanghai,
  addDays,
  type LocalDate,
} from '../../../kernel/local-date.js';
import { AppError } from '../../../platform/http/errors.js';
import type { CalendarSnapshot } from '../../calendar/index.js';
import { periodError } from '../commands/shared.js';
import {
  computeDue,
  findRule,
  ruleVersionFor,
  type DeadlineRule,
  type DeadlineRuleVersion,
  type DueResult,
} from '../rules/index.js';

/**
 * The deadline calculator: a rule (the version in force on the start date) or a free length and unit, from a
 * start date (or instant, for hours), on the calendar in force. Answers the due date, the counting rules and
 * legal basis, the skipped days with their reasons, the calendar version and the projection warnings.
 * @throws AppError DEADLINE_RULE_UNKNOWN, DEADLINE_RULE_NOT_IN_FORCE, PERIOD_INVALID (with the kernel's message)
 */
export function computeForCalculator(q: ComputeQuery, snapshot: CalendarSnapshot, now: Date): ComputeResult {
  let rule: DeadlineRule | null = null;
  let version: DeadlineRuleVersion | null = null;
  const startAt = q.startAt ? new Date(q.startAt) : null;
  const startDate: LocalDate | null =
    q.start && isValidLocalDate(q.start) ? q.start : startAt ? localDateOfInstant(startAt) : null;
  if (q.start && !isValidLocalDate(q.start))
    throw new AppError('PERIOD_INVALID', `起算日「${q.start}」不是有效的日期`);
  if (!startDate) throw new AppError('PERIOD_INVALID', '请填写起算日（start）或起算时刻（startAt）');

  if (q.rule) {
    rule = findRule(q.rule);
    if (!rule) throw new AppError('DEADLINE_RULE_UNKNOWN', `未知的期限规则：${q.rule}`);
    version = ruleVersionFor(rule, startDate);
    if (!version)
      throw new AppError('DEADLINE_RULE_NOT_IN_FORCE', `${startDate} 没有施行中的「${rule.name}」规则版本`, {
        rule: rule.id,
      });
  }
  const unit = version?.unit ?? q.unit!;
  const length = version?.length ?? q.length!;
  const direction = version?.direction ?? 'after';
  if (unit === 'hour' && !startAt)
    throw new AppError('PERIOD_INVALID', '按小时计算的期间须填写起算时刻（startAt）');

  let r: DueResult;
  try {
    r = computeDue({
      unit,
      direction,
      length,
      trigger: unit === 'hour' ? startAt! : startDate,
      calendar: snapshot.calendar,
      options: snapshot.options,
    });
  } catch (e) {
    periodError(e);
  }
  const { calendar } = snapshot;
  const today = todayInShanghai(now);
  let workingDaysInPeriod: number | null = null;
  let workingDaysLeft: number | null = null;
  if (r.due) {
    workingDaysInPeriod =
      direction === 'after'
        ? calendar.workingDaysBetween(startDate, r.due, snapshot.options)
        : calendar.workingDaysBetween(r.due, addDays(startDate, -1), snapshot.options);
    if (calendar.covers(today)) workingDaysLeft = calendar.workingDaysBetween(today, r.due, snapshot.options);
  }
  return {
    due: r.due ?? r.dueAt.toISOString(),
    unit,
    basis: version ? [version.basis, ...r.basis] : r.basis,
    skipped: r.skipped,
    calendarVersion: r.calendarVersion,
    warnings: r.warnings,
    start: unit === 'hour' ? startAt!.toISOString() : startDate,
    length,
    direction,
    nominalDue: r.nominalDue,
    endsAt: r.dueAt.toISOString(),
    projected: r.projected,
    countMakeupWorkdays: r.countMakeupWorkdays,
    workingDaysInPeriod,
    workingDaysLeft,
    today,
    rule:
      rule && version
        ? {
            id: rule.id,
            name: rule.name,
            version: version.version,
            basis: version.basis,
            sourceTag: version.sourceTag,
            verified: version.verified,
            direction: version.direction,
            trigger: rule.trigger,
            note: version.note ?? null,
          }
        : null,
  };
}
