/**
 * The case's door to execution (罚缴分离, legal-spec §4). The execution module sits above the case module (it
 * reads cases, the case never imports it), yet two things must happen inside the case's own transactions:
 *
 * - the 行政处罚决定书 must print the collecting bank's name and address, the account, the deadline and the
 *   surcharge statement (国务院令第235号 第七条), so issuing a fine decision asks for the payment terms and is
 *   refused without an agreement in force;
 * - when a fine decision takes effect on the party (送达, or on the spot), the fine obligation is opened in the same
 *   transaction, with an on-the-spot payment when one was collected (第六十八条、第六十九条).
 *
 * The case module declares this port; the execution module implements it and registers it when its index is loaded
 * (the app and the demo seed both load it). See ADR 0007.
 */
import type { LocalDate } from '../../kernel/local-date.js';
import type { AuditContext } from '../../platform/audit/audit.js';
import type { Db, Tx } from '../../platform/db/database.js';
import type { CaseActor, CaseDeps } from './cases.context.js';
import type { CaseRow } from './cases.schema.js';
import type { Payee } from './documents/models.js';

export interface PaymentTerms {
  agreementId: string;
  payee: Payee;
}

/** An on-the-spot collection reported with a simple-procedure decision. */
export interface OnSpotCollection {
  ground: 'small_amount' | 'hard_to_collect' | 'remote_area';
  reason: string;
  partyRequested: boolean;
  receiptSerial: string;
  amountFen: number;
  paidOn: LocalDate;
  payer: string;
}

export interface ExecutionPort {
  /** The agreement in force on a day, as the decision prints it; null when none. */
  paymentTerms(db: Db | Tx, on: LocalDate): Promise<PaymentTerms | null>;
  /** Refuses an on-the-spot collection the law does not allow (before anything is written). */
  checkOnSpot(
    tx: Tx,
    actor: CaseActor,
    input: OnSpotCollection & { procedure: 'simple' | 'ordinary' },
  ): Promise<void>;
  /** A fine decision took effect on the party: open the obligation (and record the on-the-spot payment). */
  fineDelivered(
    tx: Tx,
    deps: CaseDeps,
    lawCase: CaseRow,
    deliveredOn: LocalDate,
    actor: CaseActor,
    ctx: AuditContext,
    onSpot?: OnSpotCollection,
  ): Promise<void>;
}

let registered: ExecutionPort | null = null;

export function registerExecutionPort(port: ExecutionPort): void {
  registered = port;
}

export function executionPort(): ExecutionPort {
  if (!registered) throw new Error('the execution module is not loaded: import server/modules/execution');
  return registered;
}
