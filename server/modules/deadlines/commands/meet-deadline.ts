import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { holdCalendar } from '../../calendar/index.js';
import { DEADLINE_AUDIT } from '../deadlines.audit.js';
import { deadlinesRepository } from '../deadlines.repository.js';
import type { DeadlineRow } from '../deadlines.schema.js';
import { dueLabel, lockDeadline } from './shared.js';

/**
 * Records that the duty was done (the reply filed, the decision served...) at `at` (default now). Done by the
 * end of the due day (or the due instant) it is `met`; done later, or after the sweep marked it missed, it stays
 * `missed` with the completion time recorded (逾期完成).
 * @throws AppError NOT_FOUND; DEADLINE_STATE when suspended, waived or already done
 */
export async function meetDeadline(
  tx: Tx,
  id: string,
  input: { at?: Date; note?: string },
  ctx: AuditContext,
): Promise<DeadlineRow> {
  await holdCalendar(tx);
  const { row } = await lockDeadline(tx, id);
  if (row.completedAt || !['open', 'extended', 'missed'].includes(row.status))
    throw new AppError('DEADLINE_STATE', `期限当前状态（${row.status}）不能登记完成`);
  const at = input.at ?? new Date();
  // The act's own time decides (a notice delivered on time but recorded after the sweep marked the period
  // missed was still on time).
  const late = at.getTime() >= row.dueAt.getTime();
  const updated = await deadlinesRepository.update(tx, id, {
    status: late ? 'missed' : 'met',
    completedAt: at,
    closedReason: input.note ?? null,
  });
  await recordAudit(tx, ctx, {
    action: late ? DEADLINE_AUDIT.completedLate : DEADLINE_AUDIT.met,
    objectType: 'deadline',
    objectId: id,
    payload: {
      ruleId: row.ruleId,
      object: { type: row.objectType, id: row.objectId },
      due: dueLabel(row),
      completedAt: at.toISOString(),
      note: input.note ?? null,
    },
  });
  return updated;
}
