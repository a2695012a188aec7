import type { LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { holdCalendar } from '../../calendar/index.js';
import { DEADLINE_AUDIT } from '../deadlines.audit.js';
import { deadlinesRepository } from '../deadlines.repository.js';
import type { DeadlineRow } from '../deadlines.schema.js';
import { dueColumns, dueLabel, dueOfRow, lockDeadline, periodError } from './shared.js';
import { pointOf } from './suspend-deadline.js';

/**
 * The cause of a 中止 is gone: the clock runs again from `at` (the resumption day is a new start day and is not
 * counted) and the due date is recomputed on the calendar in force, the remaining working days continuing.
 * @throws AppError NOT_FOUND; DEADLINE_STATE unless suspended; PERIOD_INVALID
 */
export async function resumeDeadline(
  tx: Tx,
  id: string,
  input: { at: LocalDate | Date | string },
  ctx: AuditContext,
): Promise<DeadlineRow> {
  const snapshot = await holdCalendar(tx);
  const { row } = await lockDeadline(tx, id);
  const open = row.suspensions.at(-1);
  if (row.status !== 'suspended' || !open || open.to !== null)
    throw new AppError('DEADLINE_STATE', '期限未处于中止状态');
  const at = pointOf(row, input.at);
  if (at < open.from) throw new AppError('PERIOD_INVALID', `恢复时间 ${at} 早于中止时间 ${open.from}`);
  const suspensions = [...row.suspensions.slice(0, -1), { ...open, to: at }];
  let due;
  try {
    due = dueOfRow(row, snapshot.calendar, { suspensions });
  } catch (e) {
    periodError(e);
  }
  const status = row.extensions.length ? 'extended' : 'open';
  const updated = await deadlinesRepository.update(tx, id, { status, suspensions, ...dueColumns(due) });
  await recordAudit(tx, ctx, {
    action: DEADLINE_AUDIT.resumed,
    objectType: 'deadline',
    objectId: id,
    payload: {
      ruleId: row.ruleId,
      object: { type: row.objectType, id: row.objectId },
      suspended: { from: open.from, to: at, reason: open.reason },
      due: { from: dueLabel(row), to: dueLabel(updated) },
      calendarVersion: updated.calendarVersion,
    },
  });
  return updated;
}
