import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { holdCalendar } from '../../calendar/index.js';
import { DEADLINE_AUDIT } from '../deadlines.audit.js';
import { canExtend, canSee, type DeadlineActor } from '../deadlines.policy.js';
import { deadlinesRepository } from '../deadlines.repository.js';
import type { DeadlineRow } from '../deadlines.schema.js';
import { dueColumns, dueLabel, dueOfRow, lockDeadline, periodError } from './shared.js';

/**
 * An approved 延期: the period's total length becomes `newLength` (counted from the original trigger, in the
 * rule's unit), within the cap the rule's basis sets, approved by a role the rule names. `actor` is the
 * approving person (checked against the rule); null when a module records an extension decided elsewhere
 * (e.g. the 复议机关's written notice) and has authorised it itself.
 * @throws AppError NOT_FOUND (not visible to the actor); DEADLINE_NOT_EXTENDABLE; DEADLINE_EXTENSION_FORBIDDEN;
 *   DEADLINE_STATE
 */
export async function extendDeadline(
  tx: Tx,
  id: string,
  input: { newLength: number; reason: string },
  ctx: AuditContext,
  actor: DeadlineActor | null,
): Promise<DeadlineRow> {
  const snapshot = await holdCalendar(tx);
  const { row, rule } = await lockDeadline(tx, id);
  if (actor && !canSee(actor, row)) throw new AppError('NOT_FOUND');
  const extension = rule?.extension;
  if (!rule || !extension)
    throw new AppError('DEADLINE_NOT_EXTENDABLE', `「${rule?.name ?? row.ruleId}」依法不得延期`, {
      rule: row.ruleId,
    });
  // A module applying an approved extension (actor null) may extend a period the sweep already marked missed
  // but nobody closed (e.g. the 90-day case period, 第六十条); through the deadline screens only running ones.
  const lateButOpen = row.status === 'missed' && !row.completedAt && !actor;
  if (row.status !== 'open' && row.status !== 'extended' && !lateButOpen)
    throw new AppError('DEADLINE_STATE', `期限当前状态（${row.status}）不能延期`);
  if (actor && !canExtend(actor, rule, row))
    throw new AppError('DEADLINE_EXTENSION_FORBIDDEN', undefined, { rule: rule.id, basis: extension.basis });
  if (!Number.isInteger(input.newLength) || input.newLength <= row.length)
    throw new AppError(
      'DEADLINE_NOT_EXTENDABLE',
      `延期后的期间（${input.newLength}）须长于现有期间（${row.length}）`,
      { rule: rule.id },
    );
  if (extension.maxLength !== null && input.newLength > extension.maxLength)
    throw new AppError('DEADLINE_NOT_EXTENDABLE', `延期后的期间不得超过 ${extension.maxLength}`, {
      rule: rule.id,
      basis: extension.basis,
    });
  let due;
  try {
    due = dueOfRow(row, snapshot.calendar, { length: input.newLength });
  } catch (e) {
    periodError(e);
  }
  const extensions = [
    ...row.extensions,
    {
      newLength: input.newLength,
      previousLength: row.length,
      reason: input.reason,
      approvedBy: ctx.actor.id,
      approvedByName: ctx.actor.name,
      at: new Date().toISOString(),
    },
  ];
  const updated = await deadlinesRepository.update(tx, id, {
    status: 'extended',
    length: input.newLength,
    extensions,
    ...dueColumns(due),
  });
  await recordAudit(tx, ctx, {
    action: DEADLINE_AUDIT.extended,
    objectType: 'deadline',
    objectId: id,
    payload: {
      ruleId: row.ruleId,
      object: { type: row.objectType, id: row.objectId },
      length: { from: row.length, to: input.newLength },
      due: { from: dueLabel(row), to: dueLabel(updated) },
      reason: input.reason,
      basis: extension.basis,
    },
  });
  return updated;
}
