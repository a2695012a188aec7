import { isValidLocalDate, localDateOfInstant, type LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { holdCalendar } from '../../calendar/index.js';
import { DEADLINE_AUDIT } from '../deadlines.audit.js';
import { deadlinesRepository } from '../deadlines.repository.js';
import type { DeadlineRow } from '../deadlines.schema.js';
import { computeDue, findRule, ruleVersionFor } from '../rules/index.js';
import { dueColumns, dueLabel, periodError } from './shared.js';

export interface OpenDeadlineInput {
  /** A rule id from the rule table, e.g. `penalty.hearing-request`. */
  ruleId: string;
  /** What the period runs for: `case`, `hearing`, `transfer`, ... and its id. */
  objectType: string;
  objectId: string;
  /**
   * When the triggering act happened: a Shanghai date ('YYYY-MM-DD') for day periods, an instant for hour
   * periods. An instant given for a day period is taken as its Shanghai date.
   */
  trigger: LocalDate | Date | string;
  responsibleUserId: string | null;
  unitId: string | null;
  title: string;
  /** Where the 工作台 notification leads (the object's page). */
  link?: string | null;
}

function triggerOf(input: OpenDeadlineInput, hourly: boolean): { date: LocalDate; instant: Date | null } {
  const t = input.trigger;
  if (t instanceof Date) {
    if (!Number.isFinite(t.getTime())) throw new AppError('PERIOD_INVALID', '起算时刻无效');
    return { date: localDateOfInstant(t), instant: t };
  }
  if (isValidLocalDate(t)) {
    if (hourly) throw new AppError('PERIOD_INVALID', '按小时计算的期限须以具体时刻起算（含日期和时间）');
    return { date: t, instant: null };
  }
  const parsed = new Date(t);
  if (/T/.test(t) && Number.isFinite(parsed.getTime()))
    return { date: localDateOfInstant(parsed), instant: parsed };
  throw new AppError('PERIOD_INVALID', `起算日「${t}」无效，应为 YYYY-MM-DD 日期或 ISO 时刻`);
}

/**
 * Starts a statutory period when its triggering step happens, inside the caller's transaction: picks the rule
 * version in force on the trigger date, computes the due date on the calendar in force (holding it steady
 * against a concurrent import), stores rule id, version and calendar version, and audits it.
 * Call it before the caller's own audit event (the calendar lock is taken before the audit-chain lock).
 * @throws AppError DEADLINE_RULE_UNKNOWN, DEADLINE_RULE_NOT_IN_FORCE, PERIOD_INVALID, CONFLICT (already running)
 */
export async function openDeadline(
  tx: Tx,
  input: OpenDeadlineInput,
  ctx: AuditContext,
): Promise<DeadlineRow> {
  const rule = findRule(input.ruleId);
  if (!rule) throw new AppError('DEADLINE_RULE_UNKNOWN', `未知的期限规则：${input.ruleId}`);
  const hourly = rule.versions.some((v) => v.unit === 'hour');
  const trigger = triggerOf(input, hourly);
  const version = ruleVersionFor(rule, trigger.date);
  if (!version)
    throw new AppError(
      'DEADLINE_RULE_NOT_IN_FORCE',
      `起算日 ${trigger.date} 没有施行中的「${rule.name}」规则版本`,
      { rule: rule.id },
    );
  if (version.unit === 'hour' && !trigger.instant)
    throw new AppError('PERIOD_INVALID', '按小时计算的期限须以具体时刻起算（含日期和时间）');

  const snapshot = await holdCalendar(tx);
  if (await deadlinesRepository.activeFor(tx, rule.id, input.objectType, input.objectId))
    throw new AppError('CONFLICT', `该对象已有进行中的「${rule.name}」期限`);
  let due;
  try {
    due = computeDue({
      unit: version.unit,
      direction: version.direction,
      length: version.length,
      trigger: version.unit === 'hour' ? trigger.instant! : trigger.date,
      calendar: snapshot.calendar,
      options: snapshot.options,
    });
  } catch (e) {
    periodError(e);
  }
  const row = await deadlinesRepository.insert(tx, {
    ruleId: rule.id,
    ruleVersion: version.version,
    basis: version.basis,
    objectType: input.objectType,
    objectId: input.objectId,
    title: input.title,
    link: input.link ?? null,
    unitId: input.unitId,
    responsibleUserId: input.responsibleUserId,
    periodUnit: version.unit,
    direction: version.direction,
    originalLength: version.length,
    length: version.length,
    triggerDate: version.unit === 'hour' ? null : trigger.date,
    triggerAt: version.unit === 'hour' ? trigger.instant : null,
    status: 'open',
    countMakeupWorkdays: snapshot.countMakeupWorkdays,
    createdBy: ctx.actor.id,
    ...dueColumns(due),
  });
  await recordAudit(tx, ctx, {
    action: DEADLINE_AUDIT.opened,
    objectType: 'deadline',
    objectId: row.id,
    payload: {
      ruleId: rule.id,
      ruleVersion: version.version,
      basis: version.basis,
      object: { type: input.objectType, id: input.objectId },
      trigger: row.triggerDate ?? row.triggerAt?.toISOString() ?? null,
      length: version.length,
      unit: version.unit,
      direction: version.direction,
      due: dueLabel(row),
      calendarVersion: row.calendarVersion,
      projected: row.projected,
      responsibleUserId: input.responsibleUserId,
    },
  });
  return row;
}
