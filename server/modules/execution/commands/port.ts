/**
 * The execution module's side of the case's port (ADR 0007): the payment terms the 行政处罚决定书 prints, the check
 * of an on-the-spot collection, and the fine obligation opened when a fine decision reaches the party.
 */
import type { LocalDate } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { openDeadline } from '../../deadlines/index.js';
import type {
  CaseActor,
  CaseDeps,
  CaseRow,
  ExecutionPort,
  OnSpotCollection,
  PaymentTerms,
} from '../../cases/index.js';
import { EXECUTION_AUDIT } from '../execution.audit.js';
import { executionRepository as repo } from '../execution.repository.js';
import { paymentDueOn } from '../rules/index.js';
import { calendarOf, fineAudit } from './shared.js';
import { checkOnSpot, recordOnSpot } from './payments.js';

export async function paymentTerms(db: Db | Tx, on: LocalDate): Promise<PaymentTerms | null> {
  const a = await repo.agreementOn(db, on);
  if (!a) return null;
  return {
    agreementId: a.id,
    payee: {
      bankName: a.bankName,
      bankAddress: a.bankAddress,
      accountName: a.accountName,
      accountNumber: a.accountNumber,
    },
  };
}

export async function fineDelivered(
  tx: Tx,
  deps: CaseDeps,
  lawCase: CaseRow,
  deliveredOn: LocalDate,
  actor: CaseActor,
  ctx: AuditContext,
  onSpot?: OnSpotCollection,
): Promise<void> {
  if (await repo.obligationOfCase(tx, lawCase.id)) return;
  const amount = lawCase.fineFen ?? 0;
  if (amount <= 0) return;
  const c = await calendarOf(tx);
  const due = paymentDueOn(c, deliveredOn);
  const terms = await paymentTerms(tx, deliveredOn);
  const o = await repo.insertObligation(tx, {
    caseId: lawCase.id,
    decisionNo: lawCase.decisionNo ?? lawCase.caseNo ?? '',
    partyName: lawCase.partyNames,
    procedure: lawCase.procedure,
    unitId: lawCase.unitId,
    amountFen: amount,
    decidedOn: lawCase.decidedOn ?? deliveredOn,
    deliveredOn,
    dueOn: due.dueOn,
    surchargeDeclared: true,
    agreementId: terms?.agreementId ?? null,
  });
  await fineAudit(tx, ctx, lawCase.id, EXECUTION_AUDIT.obligationOpened, {
    obligationId: o.id,
    amountFen: amount,
    deliveredOn,
    dueOn: due.dueOn,
    rolled: due.rolled,
    basis: due.basis,
  });
  if (onSpot) {
    await recordOnSpot(tx, deps, actor, o, { ...onSpot }, ctx);
    return;
  }
  await openDeadline(
    tx,
    {
      ruleId: 'penalty.payment',
      objectType: 'fine',
      objectId: o.id,
      trigger: deliveredOn,
      responsibleUserId: null,
      unitId: lawCase.unitId,
      title: `罚款缴纳期限：${o.decisionNo}（${o.partyName}）`,
      link: `/fines/${o.id}`,
    },
    ctx,
  );
}

export const executionPortImpl: ExecutionPort = {
  paymentTerms,
  checkOnSpot: async (tx, actor, input) => {
    await checkOnSpot(tx, actor, input);
  },
  fineDelivered,
};
