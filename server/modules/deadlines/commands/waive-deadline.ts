import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { holdCalendar } from '../../calendar/index.js';
import { DEADLINE_AUDIT } from '../deadlines.audit.js';
import { canSee, canWaive, type DeadlineActor } from '../deadlines.policy.js';
import { deadlinesRepository } from '../deadlines.repository.js';
import type { DeadlineRow } from '../deadlines.schema.js';
import { dueLabel, lockDeadline } from './shared.js';

/**
 * The period no longer applies (the case was withdrawn or closed, the party waived the hearing in writing...):
 * closed as `waived` with the reason. `actor` must be a 负责人 when given; null for a module's own decision.
 * @throws AppError NOT_FOUND; FORBIDDEN; DEADLINE_STATE
 */
export async function waiveDeadline(
  tx: Tx,
  id: string,
  input: { reason: string },
  ctx: AuditContext,
  actor: DeadlineActor | null,
): Promise<DeadlineRow> {
  await holdCalendar(tx);
  const { row } = await lockDeadline(tx, id);
  if (actor && !canSee(actor, row)) throw new AppError('NOT_FOUND');
  // A period the sweep marked missed is still running until someone closes it (e.g. the case closes a party's
  // window that ran out); a completed one cannot be closed again.
  const running =
    ['open', 'extended', 'suspended'].includes(row.status) || (row.status === 'missed' && !row.completedAt);
  if (!running) throw new AppError('DEADLINE_STATE', `期限当前状态（${row.status}）不能免除`);
  if (actor && !canWaive(actor, row))
    throw new AppError('FORBIDDEN', '免除法定期限须由分管局领导或主要负责人决定');
  const updated = await deadlinesRepository.update(tx, id, {
    status: 'waived',
    closedReason: input.reason,
    completedAt: new Date(),
  });
  await recordAudit(tx, ctx, {
    action: DEADLINE_AUDIT.waived,
    objectType: 'deadline',
    objectId: id,
    payload: {
      ruleId: row.ruleId,
      object: { type: row.objectType, id: row.objectId },
      due: dueLabel(row),
      statusBefore: row.status,
      reason: input.reason,
    },
  });
  return updated;
}
