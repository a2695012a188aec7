/** 代收罚款协议 (国务院令第235号 第五条、第六条): registered by finance, filed within 15 days of signing. */
import type { z } from 'zod';
import type {
  AgreementBody,
  AgreementFilingBody,
  AgreementTerminateBody,
} from '../../../../common/contracts/execution.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries, meetDeadline, openDeadline } from '../../deadlines/index.js';
import { todayOf, type CaseActor, type CaseDeps } from '../../cases/index.js';
import { EXECUTION_AUDIT } from '../execution.audit.js';
import { requireFinance } from './shared.js';
import { executionRepository as repo } from '../execution.repository.js';

const OBJECT = 'collection-agreement';

function values(input: z.infer<typeof AgreementBody>) {
  return {
    bankName: input.bankName,
    bankAddress: input.bankAddress,
    accountName: input.accountName,
    accountNumber: input.accountNumber,
    outlets: input.outlets,
    ePayment: input.ePayment ?? null,
    budgetSubject: input.budgetSubject,
    budgetLevel: input.budgetLevel,
    reportingMethod: input.reportingMethod,
    reportingFrequency: input.reportingFrequency,
    signedOn: input.signedOn,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
  };
}

export async function createAgreement(
  deps: CaseDeps,
  actor: CaseActor,
  input: z.infer<typeof AgreementBody>,
  ctx: AuditContext,
): Promise<string> {
  requireFinance(actor, '只有财务人员可以管理代收罚款协议');
  if (input.signedOn > todayOf(deps)) throw new AppError('VALIDATION_FAILED', '签订日期不能晚于今天');
  return deps.database.transaction(async (tx) => {
    const a = await repo.insertAgreement(tx, { ...values(input), createdBy: actor.userId });
    await openDeadline(
      tx,
      {
        ruleId: 'fine.agreement-filing',
        objectType: OBJECT,
        objectId: a.id,
        trigger: input.signedOn,
        responsibleUserId: actor.userId,
        unitId: null,
        title: `代收罚款协议备案：${input.bankName}`,
        link: '/finance/agreements',
      },
      ctx,
    );
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.agreementSaved,
      objectType: OBJECT,
      objectId: a.id,
      payload: { created: true, ...values(input) },
    });
    return a.id;
  });
}

export async function updateAgreement(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof AgreementBody>,
  ctx: AuditContext,
): Promise<void> {
  requireFinance(actor, '只有财务人员可以管理代收罚款协议');
  await deps.database.transaction(async (tx) => {
    const a = await repo.agreement(tx, id);
    if (!a) throw new AppError('NOT_FOUND');
    if (a.terminatedOn) throw new AppError('FINE_STATE', '协议已终止，不能修改');
    await repo.updateAgreement(tx, id, values(input));
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.agreementSaved,
      objectType: OBJECT,
      objectId: id,
      payload: { before: values(a), after: values(input) },
    });
  });
}

export async function fileAgreement(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof AgreementFilingBody>,
  ctx: AuditContext,
): Promise<void> {
  requireFinance(actor, '只有财务人员可以管理代收罚款协议');
  const today = todayOf(deps);
  if (input.superiorOn > today || input.financeOn > today)
    throw new AppError('VALIDATION_FAILED', '备案日期不能晚于今天');
  await deps.database.transaction(async (tx) => {
    const a = await repo.agreement(tx, id);
    if (!a) throw new AppError('NOT_FOUND');
    if (input.superiorOn < a.signedOn || input.financeOn < a.signedOn)
      throw new AppError('VALIDATION_FAILED', '备案日期不能早于协议签订日期');
    await repo.updateAgreement(tx, id, {
      filedSuperiorOn: input.superiorOn,
      filedFinanceOn: input.financeOn,
    });
    const last = input.superiorOn > input.financeOn ? input.superiorOn : input.financeOn;
    const d = await deadlineQueries.activeFor(tx, 'fine.agreement-filing', OBJECT, id);
    if (d && d.status !== 'suspended')
      await meetDeadline(tx, d.id, { at: new Date(`${last}T12:00:00+08:00`) }, ctx);
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.agreementFiled,
      objectType: OBJECT,
      objectId: id,
      payload: { ...input, late: d?.dueDate ? last > d.dueDate : false },
    });
  });
}

export async function terminateAgreement(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof AgreementTerminateBody>,
  ctx: AuditContext,
): Promise<void> {
  requireFinance(actor, '只有财务人员可以管理代收罚款协议');
  await deps.database.transaction(async (tx) => {
    const a = await repo.agreement(tx, id);
    if (!a) throw new AppError('NOT_FOUND');
    if (a.terminatedOn) throw new AppError('FINE_STATE', '协议已终止');
    if (input.on < a.signedOn) throw new AppError('VALIDATION_FAILED', '终止日期不能早于签订日期');
    await repo.updateAgreement(tx, id, { terminatedOn: input.on, terminatedReason: input.reason });
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.agreementTerminated,
      objectType: OBJECT,
      objectId: id,
      payload: input,
    });
  });
}
