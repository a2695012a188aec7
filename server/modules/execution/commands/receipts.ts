/**
 * Finance's books (第七十条): 罚没款票据 allocated to officers in serial ranges, every number accounted for; and the
 * cash collected on the spot, handed to finance within 2 working days and banked within 2 more (第七十一条).
 */
import type { z } from 'zod';
import type {
  CashBankedBody,
  CashReceivedBody,
  ReceiptBookBody,
  ReceiptStatusBody,
} from '../../../../common/contracts/execution.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries, meetDeadline, openDeadline } from '../../deadlines/index.js';
import { caseRepository, todayOf, type CaseActor, type CaseDeps } from '../../cases/index.js';
import { EXECUTION_AUDIT } from '../execution.audit.js';
import { executionRepository as repo } from '../execution.repository.js';
import { fineAudit, requireFinance } from './shared.js';

export const receiptSerial = (prefix: string, n: number): string => `${prefix}${String(n).padStart(8, '0')}`;

export async function issueReceiptBook(
  deps: CaseDeps,
  actor: CaseActor,
  input: z.infer<typeof ReceiptBookBody>,
  ctx: AuditContext,
): Promise<string> {
  requireFinance(actor, '只有财务人员可以管理罚没款票据和现金');
  return deps.database.transaction(async (tx) => {
    const holder = (await caseRepository.userNames(tx, [input.holderId])).get(input.holderId);
    if (!holder) throw new AppError('VALIDATION_FAILED', '领用人不存在');
    const serials = [];
    for (let n = input.firstNo; n <= input.lastNo; n++) serials.push(receiptSerial(input.prefix, n));
    const taken = await repo.existingSerials(tx, serials);
    if (taken.length)
      throw new AppError(
        'FINE_RECEIPT',
        `票据号 ${taken[0]} 等 ${taken.length} 个号码已经发放过，不能重复发放`,
      );
    const book = await repo.insertBook(tx, { ...input, issuedBy: actor.userId });
    await repo.insertNumbers(
      tx,
      serials.map((serial, i) => ({ serial, bookId: book.id, number: input.firstNo + i })),
    );
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.receiptBookIssued,
      objectType: 'receipt-book',
      objectId: book.id,
      payload: { ...input, holder, count: serials.length },
    });
    return book.id;
  });
}

/** A number voided or lost, with the reason (the holder or finance); a used number cannot change. */
export async function changeReceipt(
  deps: CaseDeps,
  actor: CaseActor,
  serial: string,
  input: z.infer<typeof ReceiptStatusBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const r = await repo.lockReceipt(tx, serial);
    if (!r) throw new AppError('NOT_FOUND');
    if (r.holderId !== actor.userId && !actor.roles.includes('finance'))
      throw new AppError('FORBIDDEN', '只有领用人或财务人员可以登记票据作废或遗失');
    if (r.status !== 'unused') throw new AppError('FINE_RECEIPT', '只有未使用的票据可以登记作废或遗失');
    await repo.updateReceipt(tx, serial, {
      status: input.status,
      reason: input.reason,
      changedBy: actor.userId,
      changedAt: new Date(),
    });
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.receiptChanged,
      objectType: 'receipt-book',
      objectId: r.bookId,
      payload: { serial, status: input.status, reason: input.reason },
    });
  });
}

export async function cashReceived(
  deps: CaseDeps,
  actor: CaseActor,
  paymentId: string,
  input: z.infer<typeof CashReceivedBody>,
  ctx: AuditContext,
): Promise<void> {
  requireFinance(actor, '只有财务人员可以管理罚没款票据和现金');
  if (input.handedOn > todayOf(deps)) throw new AppError('VALIDATION_FAILED', '交款日期不能晚于今天');
  await deps.database.transaction(async (tx) => {
    const cash = await repo.lockCash(tx, paymentId);
    if (!cash) throw new AppError('NOT_FOUND');
    if (cash.handedOn) throw new AppError('FINE_STATE', '该笔现金已登记收到');
    if (input.handedOn < cash.collectedOn)
      throw new AppError('VALIDATION_FAILED', '交款日期不能早于收缴日期');
    const payment = (await repo.payment(tx, paymentId))!;
    const o = (await repo.obligation(tx, payment.obligationId))!;
    await repo.updateCash(tx, paymentId, { handedOn: input.handedOn, receivedBy: actor.userId });
    const d = await deadlineQueries.activeFor(tx, 'fine.cash-handover', 'fine-payment', paymentId);
    if (d && d.status !== 'suspended')
      await meetDeadline(tx, d.id, { at: new Date(`${input.handedOn}T12:00:00+08:00`) }, ctx);
    await openDeadline(
      tx,
      {
        ruleId: 'fine.cash-to-bank',
        objectType: 'fine-payment',
        objectId: paymentId,
        trigger: input.handedOn,
        responsibleUserId: actor.userId,
        unitId: null,
        title: `当场收缴罚款缴存银行：票据 ${payment.receiptSerial}`,
        link: '/finance',
      },
      ctx,
    );
    await fineAudit(tx, ctx, o.caseId, EXECUTION_AUDIT.cashReceived, {
      paymentId,
      handedOn: input.handedOn,
      collectedOn: cash.collectedOn,
      late: d ? !!d.dueDate && input.handedOn > d.dueDate : false,
    });
  });
}

export async function cashBanked(
  deps: CaseDeps,
  actor: CaseActor,
  paymentId: string,
  input: z.infer<typeof CashBankedBody>,
  ctx: AuditContext,
): Promise<void> {
  requireFinance(actor, '只有财务人员可以管理罚没款票据和现金');
  if (input.bankedOn > todayOf(deps)) throw new AppError('VALIDATION_FAILED', '缴存日期不能晚于今天');
  await deps.database.transaction(async (tx) => {
    const cash = await repo.lockCash(tx, paymentId);
    if (!cash) throw new AppError('NOT_FOUND');
    if (!cash.handedOn) throw new AppError('FINE_STATE', '请先登记财务收到该笔现金');
    if (cash.bankedOn) throw new AppError('FINE_STATE', '该笔现金已登记缴存银行');
    if (input.bankedOn < cash.handedOn)
      throw new AppError('VALIDATION_FAILED', '缴存日期不能早于财务收到现金的日期');
    const payment = (await repo.payment(tx, paymentId))!;
    const o = (await repo.obligation(tx, payment.obligationId))!;
    await repo.updateCash(tx, paymentId, {
      bankedOn: input.bankedOn,
      bankedBy: actor.userId,
      depositSlip: input.depositSlip,
    });
    const d = await deadlineQueries.activeFor(tx, 'fine.cash-to-bank', 'fine-payment', paymentId);
    if (d && d.status !== 'suspended')
      await meetDeadline(tx, d.id, { at: new Date(`${input.bankedOn}T12:00:00+08:00`) }, ctx);
    await fineAudit(tx, ctx, o.caseId, EXECUTION_AUDIT.cashBanked, {
      paymentId,
      bankedOn: input.bankedOn,
      depositSlip: input.depositSlip,
    });
  });
}
