/**
 * The personnel module's door for news of personnel actions (人事处理). The interference register's 第6条 protects
 * officers who recorded internal interference: any later transfer, removal, dismissal, demotion, post change, poor
 * appraisal or certificate suspension/revocation against such a recorder must raise a flag. The interference
 * module sits above this one (it reads officers; this module never imports it), yet the flag must not be lost if
 * the process stops between a commit and an event sent after it. So higher modules register an observer here, and
 * every command that records an action calls the observers inside its own transaction (ADR 0009):
 *
 *   registerPersonnelActionObserver(async (tx, event, ctx) => { ... write the flag with tx ... });
 *
 * Observers run in registration order, after the `personnel_actions` row is written and before the recording
 * command writes its own audit events (audit last keeps the chain lock short, and keeps the calendar lock — which
 * an observer opening a deadline takes — before the audit-chain lock, ADR 0005). An observer that throws rolls
 * the whole action back: the officer change, the certificate change, the row and every audit event.
 */
import type { PersonnelActionKind } from '../../../common/contracts/personnel.js';
import type { AuditContext } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';

export type { PersonnelActionKind };

/** One personnel action as recorded, told to the observers. */
export interface PersonnelActionEvent {
  /** The `personnel_actions` row. */
  actionId: string;
  kind: PersonnelActionKind;
  officerId: string;
  /** The officer's account when the action was recorded; null when he has none. */
  userId: string | null;
  officerName: string;
  /** The date the action takes effect: a LocalDate (YYYY-MM-DD, Asia/Shanghai). */
  effectiveOn: string;
  /** What changed, in words: 政策法规科 → 综合科. */
  summary: string;
  reason: string;
  basis: string | null;
}

/** Called inside the recording transaction; write with `tx`. Throwing refuses the action. */
export type PersonnelActionObserver = (
  tx: Tx,
  event: PersonnelActionEvent,
  ctx: AuditContext,
) => Promise<void>;

const observers: PersonnelActionObserver[] = [];

/**
 * Registers an observer of personnel actions (a module does it when its index is loaded). Several may register;
 * the same function registered again stays registered once, in its first place.
 */
export function registerPersonnelActionObserver(o: PersonnelActionObserver): void {
  if (!observers.includes(o)) observers.push(o);
}

/** Removes an observer (tests; a module being unloaded). Unknown functions are ignored. */
export function unregisterPersonnelActionObserver(o: PersonnelActionObserver): void {
  const i = observers.indexOf(o);
  if (i >= 0) observers.splice(i, 1);
}

/** Tells every registered observer, one after the other, inside `tx`. */
export async function notifyPersonnelAction(
  tx: Tx,
  event: PersonnelActionEvent,
  ctx: AuditContext,
): Promise<void> {
  // A copy: an observer that registers another while running does not change this round.
  for (const o of [...observers]) await o(tx, event, ctx);
}
