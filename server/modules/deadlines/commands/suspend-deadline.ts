import { isValidLocalDate, localDateOfInstant, type LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { holdCalendar } from '../../calendar/index.js';
import { DEADLINE_AUDIT } from '../deadlines.audit.js';
import { deadlinesRepository } from '../deadlines.repository.js';
import type { DeadlineRow } from '../deadlines.schema.js';
import { dueLabel, lockDeadline } from './shared.js';

/** A suspension or resumption moment in the unit's terms: a date for day periods, an ISO instant for hours. */
export function pointOf(row: Pick<DeadlineRow, 'periodUnit'>, at: LocalDate | Date | string): string {
  if (row.periodUnit === 'hour') {
    if (!(at instanceof Date) || !Number.isFinite(at.getTime()))
      throw new AppError('PERIOD_INVALID', '按小时计算的期限，中止与恢复须给出具体时刻');
    return at.toISOString();
  }
  if (at instanceof Date) return localDateOfInstant(at);
  if (!isValidLocalDate(at)) throw new AppError('PERIOD_INVALID', `日期「${String(at)}」无效`);
  return at;
}

/**
 * 中止: the clock stops from `from` (a date: that day still counts as elapsed; or an instant for hour periods)
 * for a reason the rule recognises. The due date stays as it was until resumption recomputes it.
 * @throws AppError NOT_FOUND; DEADLINE_NOT_SUSPENDABLE; DEADLINE_STATE; PERIOD_INVALID (before the trigger or
 *   after the due date)
 */
export async function suspendDeadline(
  tx: Tx,
  id: string,
  input: { from: LocalDate | Date | string; reason: string },
  ctx: AuditContext,
): Promise<DeadlineRow> {
  await holdCalendar(tx);
  const { row, rule } = await lockDeadline(tx, id);
  if (!rule?.suspendable)
    throw new AppError('DEADLINE_NOT_SUSPENDABLE', `「${rule?.name ?? row.ruleId}」依法不适用中止`, {
      rule: row.ruleId,
    });
  if (row.status !== 'open' && row.status !== 'extended')
    throw new AppError('DEADLINE_STATE', `期限当前状态（${row.status}）不能中止`);
  const from = pointOf(row, input.from);
  const start = row.triggerDate ?? row.triggerAt!.toISOString();
  const lastResume = row.suspensions.at(-1)?.to ?? null;
  if (from < start || (lastResume !== null && from < lastResume))
    throw new AppError('PERIOD_INVALID', `中止时间 ${from} 早于起算时间或上一次恢复时间`);
  if (from > dueLabel(row))
    throw new AppError('PERIOD_INVALID', `中止时间 ${from} 晚于期限届满时间 ${dueLabel(row)}，期限已届满`);
  const suspensions = [...row.suspensions, { from, to: null, reason: input.reason }];
  const updated = await deadlinesRepository.update(tx, id, { status: 'suspended', suspensions });
  await recordAudit(tx, ctx, {
    action: DEADLINE_AUDIT.suspended,
    objectType: 'deadline',
    objectId: id,
    payload: {
      ruleId: row.ruleId,
      object: { type: row.objectType, id: row.objectId },
      from,
      reason: input.reason,
      dueBefore: dueLabel(row),
      basis: rule.suspendBasis ?? null,
    },
  });
  return updated;
}
