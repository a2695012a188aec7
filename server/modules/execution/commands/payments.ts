/**
 * Money in (罚缴分离): the bank's or the e-payment channel's report imported and matched (国务院令第235号 第十条),
 * payments recorded or confirmed by finance only, and on-the-spot collection with a finance receipt (第六十八条至
 * 第七十一条).
 */
import { yuan } from '../../../kernel/money.js';
import type { z } from 'zod';
import type { LineResolveBody, OnSpotBody, PaymentBody } from '../../../../common/contracts/execution.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { sm3Hex } from '../../../platform/crypto/sm.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries, meetDeadline, openDeadline } from '../../deadlines/index.js';
import {
  caseRepository,
  todayOf,
  type CaseActor,
  type CaseDeps,
  type OnSpotCollection,
} from '../../cases/index.js';
import { EXECUTION_AUDIT } from '../execution.audit.js';
import { isOpen } from '../execution.policy.js';
import { executionRepository as repo } from '../execution.repository.js';
import type { ObligationRow } from '../execution.schema.js';
import { checkOnSpotCollection, matchLine, parseStatement, type OpenObligation } from '../rules/index.js';
import {
  byObligation,
  calendarOf,
  FINE_SEPARATION_BASIS,
  fineAudit,
  involvedIds,
  loadFineForCommand,
  settleIfPaid,
  fineState,
} from './shared.js';

function refuseSeparation(): never {
  throw new AppError(
    'FINE_SEPARATION',
    '罚缴分离：缴款只能由财务人员依据代收机构的缴款信息登记或确认；参与本案办理或决定的人员不得登记缴款',
    { basis: FINE_SEPARATION_BASIS, rule: 'fine.separation' },
  );
}

async function closePaymentPeriod(
  tx: Tx,
  o: ObligationRow,
  paidOn: LocalDate,
  ctx: AuditContext,
): Promise<void> {
  const d = await deadlineQueries.activeFor(tx, 'penalty.payment', 'fine', o.id);
  if (d && d.status !== 'suspended')
    await meetDeadline(tx, d.id, { at: new Date(`${paidOn}T12:00:00+08:00`) }, ctx);
}

/** Finance records a payment shown by the bank's voucher or the e-payment record. */
export async function recordPayment(
  deps: CaseDeps,
  actor: CaseActor,
  obligationId: string,
  input: z.infer<typeof PaymentBody>,
  ctx: AuditContext,
): Promise<void> {
  if (!actor.roles.includes('finance')) refuseSeparation();
  if (input.principalFen + input.surchargeFen <= 0)
    throw new AppError('VALIDATION_FAILED', '缴款金额应大于零');
  if (input.paidOn > todayOf(deps)) throw new AppError('VALIDATION_FAILED', '缴款日期不能晚于今天');
  await deps.database.transaction(async (tx) => {
    const loaded = await loadFineForCommand(tx, deps, actor, obligationId);
    if (loaded.barred) refuseSeparation();
    if (!loaded.abilities.recordPayment)
      throw new AppError('FINE_STATE', '该罚款已缴清或已终结，不能再登记缴款');
    if (input.principalFen > loaded.state.outstandingFen)
      throw new AppError(
        'VALIDATION_FAILED',
        `缴纳的罚款本金超过尚欠金额（${yuan(loaded.state.outstandingFen)}）`,
      );
    if (input.paidOn < loaded.obligation.deliveredOn)
      throw new AppError('VALIDATION_FAILED', '缴款日期不能早于处罚决定书送达日期');
    const p = await repo.insertPayment(tx, {
      obligationId,
      source: input.source,
      principalFen: input.principalFen,
      surchargeFen: input.surchargeFen,
      paidOn: input.paidOn,
      payer: input.payer,
      reference: input.reference,
      recordedBy: actor.userId,
      recordedByName: actor.name,
    });
    const full = await settleIfPaid(tx, loaded.obligation, input.paidOn as LocalDate);
    if (full) await closePaymentPeriod(tx, loaded.obligation, input.paidOn as LocalDate, ctx);
    await fineAudit(tx, ctx, loaded.obligation.caseId, EXECUTION_AUDIT.paymentRecorded, {
      obligationId,
      paymentId: p.id,
      source: input.source,
      principalFen: input.principalFen,
      surchargeFen: input.surchargeFen,
      paidOn: input.paidOn,
      reference: input.reference,
      paidInFull: full,
    });
  });
}

/**
 * Refuses an on-the-spot collection outside 第六十八条、第六十九条, or without an unused receipt from a book finance
 * issued to this officer (第七十条); returns the basis of the ground. The case's port calls it too, before a simple
 * decision writes anything.
 */
export async function checkOnSpot(
  tx: Tx,
  actor: CaseActor,
  input: Pick<OnSpotCollection, 'ground' | 'reason' | 'partyRequested' | 'amountFen' | 'receiptSerial'> & {
    procedure: 'simple' | 'ordinary';
  },
): Promise<string> {
  const check = checkOnSpotCollection(input);
  if (!check.ok) throw new AppError('FINE_ON_SPOT', check.reason, { basis: check.basis, rule: check.rule });
  const receipt = await repo.lockReceipt(tx, input.receiptSerial);
  if (!receipt)
    throw new AppError('FINE_RECEIPT', `票据 ${input.receiptSerial} 不是财务部门发放的罚没款票据`, {
      basis: '《中华人民共和国行政处罚法》第七十条',
      rule: 'fine.receipt',
    });
  if (receipt.holderId !== actor.userId)
    throw new AppError('FINE_RECEIPT', `票据 ${input.receiptSerial} 不是发放给您的，不能使用`);
  if (receipt.status !== 'unused')
    throw new AppError('FINE_RECEIPT', `票据 ${input.receiptSerial} 已使用、作废或遗失，不能再开具`);
  return check.basis;
}

/**
 * 当场收缴: only on the grounds of 第六十八条、第六十九条, by a handler of the case, with a receipt from a book
 * finance gave that officer; the cash goes to finance within 2 working days (第七十一条).
 */
export async function recordOnSpot(
  tx: Tx,
  deps: CaseDeps,
  actor: CaseActor,
  o: ObligationRow,
  input: OnSpotCollection,
  ctx: AuditContext,
): Promise<void> {
  const basis = await checkOnSpot(tx, actor, { ...input, procedure: o.procedure });
  const p = await repo.insertPayment(tx, {
    obligationId: o.id,
    source: 'on_the_spot',
    principalFen: input.amountFen,
    surchargeFen: 0,
    paidOn: input.paidOn,
    payer: input.payer,
    receiptSerial: input.receiptSerial,
    onSpotGround: input.ground,
    onSpotReason: input.reason || null,
    partyRequested: input.partyRequested,
    recordedBy: actor.userId,
    recordedByName: actor.name,
  });
  await repo.updateReceipt(tx, input.receiptSerial, {
    status: 'used',
    paymentId: p.id,
    changedBy: actor.userId,
    changedAt: new Date(),
  });
  await repo.insertCash(tx, { paymentId: p.id, officerId: actor.userId, collectedOn: input.paidOn });
  await openDeadline(
    tx,
    {
      ruleId: 'fine.cash-handover',
      objectType: 'fine-payment',
      objectId: p.id,
      trigger: input.paidOn,
      responsibleUserId: actor.userId,
      unitId: o.unitId,
      title: `当场收缴罚款交财务：票据 ${input.receiptSerial}`,
      link: `/fines/${o.id}`,
    },
    ctx,
  );
  const full = await settleIfPaid(tx, o, input.paidOn);
  if (full) await closePaymentPeriod(tx, o, input.paidOn, ctx);
  await fineAudit(tx, ctx, o.caseId, EXECUTION_AUDIT.onSpotCollected, {
    obligationId: o.id,
    paymentId: p.id,
    amountFen: input.amountFen,
    ground: input.ground,
    reason: input.reason,
    partyRequested: input.partyRequested,
    receiptSerial: input.receiptSerial,
    basis,
  });
}

/** 当场收缴 after the decision (e.g. 第六十九条, remote area at the party's request), by a handler. */
export async function collectOnSpot(
  deps: CaseDeps,
  actor: CaseActor,
  obligationId: string,
  input: z.infer<typeof OnSpotBody>,
  ctx: AuditContext,
): Promise<void> {
  if (input.paidOn > todayOf(deps)) throw new AppError('VALIDATION_FAILED', '收缴日期不能晚于今天');
  await deps.database.transaction(async (tx) => {
    const loaded = await loadFineForCommand(tx, deps, actor, obligationId);
    if (!loaded.abilities.collectOnSpot)
      throw new AppError('FINE_STATE', '只有本案承办人员可以在罚款未缴清时当场收缴');
    if (input.amountFen > loaded.state.outstandingFen)
      throw new AppError('VALIDATION_FAILED', '收缴金额超过尚欠的罚款金额');
    await recordOnSpot(tx, deps, actor, loaded.obligation, input as OnSpotCollection, ctx);
  });
}

// ------------------------------------------------------------------------------------------- statements

const openOf = (o: ObligationRow, outstandingFen: number, surchargeDueFen: number): OpenObligation => ({
  obligationId: o.id,
  decisionNo: o.decisionNo,
  partyName: o.partyName,
  outstandingFen,
  surchargeDueFen,
});

/** Imports a statement: every line is matched or queued for finance; matched lines become payments at once. */
export async function importStatement(
  deps: CaseDeps,
  actor: CaseActor,
  file: { data: Buffer; fileName: string; source: 'bank' | 'e_payment'; agreementId?: string },
  ctx: AuditContext,
): Promise<{ statementId: string; errors: { lineNo: number; message: string }[] }> {
  if (!actor.roles.includes('finance')) refuseSeparation();
  const parsed = await parseStatement(file.data, file.fileName);
  if (!parsed.lines.length)
    throw new AppError('FINE_STATEMENT', parsed.errors[0]?.message ?? '对账单中没有可导入的款项', {
      details: parsed.errors.map((e) => ({ path: `第${e.lineNo}行`, message: e.message })),
    });
  const sm3 = sm3Hex(file.data);
  return deps.database.transaction(async (tx) => {
    if (await repo.statementBySm3(tx, sm3))
      throw new AppError('FINE_STATEMENT', '该对账单已导入过（文件内容相同），不能重复导入');
    const c = await calendarOf(tx);
    const statement = await repo.insertStatement(tx, {
      agreementId: file.agreementId ?? null,
      source: file.source,
      fileName: file.fileName,
      fileSm3: sm3,
      lineCount: parsed.lines.length,
      matchedCount: 0,
      importedBy: actor.userId,
    });
    let matched = 0;
    // The open fines once, as of today; a line matched below reduces its fine's balance for the next lines.
    const open = new Map<string, OpenObligation>();
    const all = await repo.openObligations(tx);
    const ids = all.map((o) => o.id);
    const [schedules, paid, challenges] = await Promise.all([
      repo.schedulesOf(tx, ids),
      repo.paymentsOf(tx, ids),
      repo.challengesOf(tx, ids),
    ]);
    const [bySchedule, byPayment, byChallenge] = [
      byObligation(schedules),
      byObligation(paid),
      byObligation(challenges),
    ];
    for (const o of all) {
      const s = fineState(
        {
          obligation: o,
          schedules: bySchedule.get(o.id) ?? [],
          payments: byPayment.get(o.id) ?? [],
          challenges: byChallenge.get(o.id) ?? [],
          demands: [],
        },
        todayOf(deps),
        c,
        { window: false },
      );
      if (s.outstandingFen > 0)
        open.set(o.id, {
          ...openOf(o, s.outstandingFen, Math.max(0, s.surcharge.totalFen - o.surchargePaidFen)),
          ...(s.nextInstalmentFen ? { nextInstalmentFen: s.nextInstalmentFen } : {}),
        });
    }
    for (const line of parsed.lines) {
      const m = matchLine(line, [...open.values()]);
      const row = await repo.insertLine(tx, {
        statementId: statement.id,
        lineNo: line.lineNo,
        payer: line.payer,
        amountFen: line.amountFen,
        paidOn: line.paidOn,
        reference: line.reference,
        memo: line.memo,
        status: m.kind === 'matched' ? 'matched' : 'unmatched',
        reasons: m.kind === 'unmatched' ? m.reasons : [],
        suggestions: m.kind === 'unmatched' ? m.suggestions : [],
        obligationId: m.kind === 'matched' ? m.obligationId : null,
      });
      if (m.kind !== 'matched') continue;
      const o = (await repo.lockObligation(tx, m.obligationId))!;
      const lawCase = (await caseRepository.find(tx, o.caseId))!;
      if ((await involvedIds(tx, lawCase)).includes(actor.userId)) {
        await repo.updateLine(tx, row.id, {
          status: 'unmatched',
          obligationId: null,
          reasons: ['导入人员参与了该案件的办理或决定（罚缴分离），须由其他财务人员确认'],
          suggestions: [o.id],
        });
        continue;
      }
      await applyLine(tx, deps, actor, o, row.id, line, m.principalFen, m.surchargeFen, ctx);
      matched += 1;
      const before = open.get(o.id)!;
      const left = before.outstandingFen - m.principalFen;
      if (left > 0)
        open.set(o.id, { ...before, outstandingFen: left, surchargeDueFen: 0, nextInstalmentFen: 0 });
      else open.delete(o.id);
    }
    await repo.updateStatement(tx, statement.id, { matchedCount: matched });
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.statementImported,
      objectType: 'bank-statement',
      objectId: statement.id,
      payload: {
        fileName: file.fileName,
        sm3,
        lines: parsed.lines.length,
        matched,
        errors: parsed.errors.length,
      },
    });
    return { statementId: statement.id, errors: parsed.errors };
  });
}

async function applyLine(
  tx: Tx,
  deps: CaseDeps,
  actor: CaseActor,
  o: ObligationRow,
  lineId: string,
  line: { payer: string; paidOn: string; reference: string },
  principalFen: number,
  surchargeFen: number,
  ctx: AuditContext,
): Promise<void> {
  const p = await repo.insertPayment(tx, {
    obligationId: o.id,
    source: 'bank',
    principalFen,
    surchargeFen,
    paidOn: line.paidOn,
    payer: line.payer,
    reference: line.reference,
    statementLineId: lineId,
    recordedBy: actor.userId,
    recordedByName: actor.name,
  });
  const full = await settleIfPaid(tx, o, line.paidOn as LocalDate);
  if (full) await closePaymentPeriod(tx, o, line.paidOn as LocalDate, ctx);
  await fineAudit(tx, ctx, o.caseId, EXECUTION_AUDIT.paymentRecorded, {
    obligationId: o.id,
    paymentId: p.id,
    source: 'bank',
    principalFen,
    surchargeFen,
    paidOn: line.paidOn,
    reference: line.reference,
    statementLineId: lineId,
    paidInFull: full,
  });
}

/** Finance resolves a queued line: confirms it against a fine (split into principal and surcharge) or excludes it. */
export async function resolveLine(
  deps: CaseDeps,
  actor: CaseActor,
  lineId: string,
  input: z.infer<typeof LineResolveBody>,
  ctx: AuditContext,
): Promise<void> {
  if (!actor.roles.includes('finance')) refuseSeparation();
  await deps.database.transaction(async (tx) => {
    const line = await repo.lockLine(tx, lineId);
    if (!line) throw new AppError('NOT_FOUND');
    if (line.status !== 'unmatched') throw new AppError('FINE_STATE', '该款项已核对处理');
    if (input.action === 'ignore') {
      await repo.updateLine(tx, lineId, {
        status: 'ignored',
        resolvedBy: actor.userId,
        resolvedAt: new Date(),
        resolutionNote: input.note,
      });
    } else {
      const loaded = await loadFineForCommand(tx, deps, actor, input.obligationId);
      if (loaded.barred) refuseSeparation();
      if (!isOpen(loaded.obligation.stage) || loaded.state.outstandingFen <= 0)
        throw new AppError('FINE_STATE', '该罚款已缴清或已终结');
      if (input.surchargeFen > line.amountFen)
        throw new AppError('VALIDATION_FAILED', '加处罚款金额不能超过到账金额');
      const principal = line.amountFen - input.surchargeFen;
      if (principal > loaded.state.outstandingFen)
        throw new AppError(
          'VALIDATION_FAILED',
          `到账金额中的罚款本金 ${yuan(principal)} 超过尚欠金额 ${yuan(loaded.state.outstandingFen)}，请核对加处罚款金额`,
        );
      await repo.updateLine(tx, lineId, {
        status: 'confirmed',
        obligationId: input.obligationId,
        resolvedBy: actor.userId,
        resolvedAt: new Date(),
        resolutionNote: input.note,
      });
      await applyLine(tx, deps, actor, loaded.obligation, lineId, line, principal, input.surchargeFen, ctx);
    }
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.lineResolved,
      objectType: 'bank-statement',
      objectId: line.statementId,
      payload: {
        lineId,
        action: input.action,
        note: input.note,
        obligationId: 'obligationId' in input ? input.obligationId : null,
      },
    });
  });
}
