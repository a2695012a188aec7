/**
 * 结案 and 归档 (legal-spec §2.2 rows 10-11; 《安全生产违法行为行政处罚办法》(2015) 第六十四条、第六十五条 [法-R]):
 * the handlers ask to close a case whose decision is executed (or execution terminated, or no penalty was
 * imposed), a 负责人 approves with the 结案审批表; the legal section archives the closed file, which seals it in the
 * database (migration 20261124T1400: no file row may be added, changed or removed afterwards). Lending the archived
 * file needs a 负责人's approval; every export of it is audited.
 */
import { yuan } from '../../../kernel/money.js';
import type { z } from 'zod';
import type {
  ArchiveBody,
  ClosingBody,
  ClosingDecisionBody,
  ClosingReason,
  LoanBody,
  LoanDecisionBody,
  ManifestEntry,
} from '../../../../common/contracts/execution.js';
import { CLOSING_REASON_LABELS } from '../../../../common/contracts/execution.js';
import { PENALTY_KIND_LABELS } from '../../../../common/contracts/cases.js';
import { localDateOfInstant } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { sm3Hex } from '../../../platform/crypto/sm.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import {
  agency,
  caseRepository,
  closingRefusal,
  issueDocument,
  loadForCommand,
  procedureRepository,
  todayOf,
  trail,
  type CaseActor,
  type CaseDeps,
  type CaseRow,
  type ClosingApprovalModel,
} from '../../cases/index.js';
import { EXECUTION_AUDIT } from '../execution.audit.js';
import { executionRepository as repo } from '../execution.repository.js';
import type { ObligationRow } from '../execution.schema.js';

const ORDER_2015 = '《安全生产违法行为行政处罚办法》（2015年修正）';

/** Whether the case may be closed now, on which ground, and why not. */
export function closingReadiness(
  lawCase: Pick<CaseRow, 'status' | 'procedure' | 'filedBackOn' | 'fineFen'>,
  obligation: Pick<ObligationRow, 'stage' | 'paidInFullOn' | 'amountFen' | 'paidFen'> | null,
): { ready: boolean; reason: string; suggested: ClosingReason | null } {
  if (lawCase.status === 'closed' || lawCase.status === 'archived')
    return { ready: false, reason: '本案已结案', suggested: null };
  if (lawCase.status === 'concluded') return { ready: true, reason: '', suggested: 'no_penalty' };
  if (lawCase.status === 'transfer_pending') return { ready: true, reason: '', suggested: 'transferred' };
  if (lawCase.status !== 'delivered')
    return {
      ready: false,
      reason: '行政处罚决定书送达后，执行完毕或者终结执行的，方可结案',
      suggested: null,
    };
  if (lawCase.procedure === 'simple' && !lawCase.filedBackOn)
    return {
      ready: false,
      reason: '当场处罚决定书尚未报所属行政机关备案（第五十二条第三款）',
      suggested: null,
    };
  if ((lawCase.fineFen ?? 0) > 0) {
    if (!obligation) return { ready: false, reason: '罚款缴纳情况尚未登记', suggested: null };
    if (obligation.stage === 'paid' || obligation.stage === 'executed')
      return { ready: true, reason: '', suggested: 'executed' };
    if (obligation.stage === 'terminated') return { ready: true, reason: '', suggested: 'terminated' };
    return {
      ready: false,
      reason: `罚款尚未缴清（已缴 ${yuan(obligation.paidFen)}，应缴 ${yuan(obligation.amountFen)}），执行完毕或终结执行后方可结案`,
      suggested: null,
    };
  }
  return { ready: true, reason: '', suggested: 'executed' };
}

async function execSummary(db: Db | Tx, lawCase: CaseRow, o: ObligationRow | null): Promise<string> {
  const items = lawCase.decidedPenalty?.items ?? [];
  const penalty = items.map((i) => PENALTY_KIND_LABELS[i.kind]).join('、') || '不予行政处罚';
  if (!o) return `${penalty}；决定书已送达，当事人已履行`;
  const payments = await repo.payments(db, o.id);
  const last = payments.at(-1);
  const via = [...new Set(payments.map((p) => (p.source === 'on_the_spot' ? '当场收缴' : '代收银行')))].join(
    '、',
  );
  if (o.stage === 'terminated')
    return `罚款${yuan(o.amountFen)}，已缴${yuan(o.paidFen)}，终结执行：${o.terminatedReason ?? ''}`;
  return `罚款${yuan(o.amountFen)}已于${last?.paidOn ?? o.paidInFullOn ?? ''}通过${via || '代收银行'}缴清${
    o.surchargePaidFen ? `，另缴加处罚款${yuan(o.surchargePaidFen)}` : ''
  }`;
}

export async function requestClosing(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof ClosingBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    if (!loaded.facts.officers.some((o) => o.userId === actor.userId))
      throw new AppError('FORBIDDEN', '只有本案承办人员可以申请结案');
    const o = await repo.obligationOfCase(tx, caseId);
    const r = closingReadiness(loaded.lawCase, o);
    if (!r.ready)
      throw new AppError('CASE_CLOSING', r.reason, {
        basis: `${ORDER_2015}第六十四条`,
        rule: 'case.closing',
      });
    if (r.suggested !== input.reason)
      throw new AppError(
        'CASE_CLOSING',
        `结案理由与执行情况不符：本案应为「${CLOSING_REASON_LABELS[r.suggested!]}」`,
        { basis: `${ORDER_2015}第六十四条`, rule: 'case.closing' },
      );
    const closures = await repo.closures(tx, caseId);
    if (closures.some((c) => c.status === 'pending')) throw new AppError('CASE_STATE', '结案申请正在审批中');
    const gate = await closingRefusal(tx, loaded.lawCase, 'close');
    if (gate) throw new AppError(gate.code, gate.message, { basis: gate.basis, rule: gate.rule });

    const summary = await execSummary(tx, loaded.lawCase, o);
    const row = await repo.insertClosure(tx, {
      caseId,
      reason: input.reason,
      reasonNote: input.note,
      summary,
      requestedBy: actor.userId,
      requestedByName: actor.name,
    });
    await trail(tx, caseId, actor, ctx, {
      action: EXECUTION_AUDIT.closingRequested,
      payload: { closureId: row.id, reason: input.reason, note: input.note, summary },
      step: { kind: 'closing_requested', decision: input.reason, opinion: input.note },
    });
  });
}

export async function decideClosing(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof ClosingDecisionBody>,
  ctx: AuditContext,
): Promise<void> {
  if (!actor.roles.some((r) => r === 'leader' || r === 'principal'))
    throw new AppError('FORBIDDEN', '结案由本局负责人审批');
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    if (loaded.facts.officers.some((o) => o.userId === actor.userId))
      throw new AppError('FORBIDDEN', '承办人员不得审批本人承办案件的结案');
    const pending = (await repo.closures(tx, caseId)).find((c) => c.status === 'pending');
    if (!pending) throw new AppError('CASE_STATE', '没有待审批的结案申请');
    if (input.decision === 'return') {
      await repo.updateClosure(tx, pending.id, {
        status: 'returned',
        decidedBy: actor.userId,
        decidedByName: actor.name,
        decidedAt: new Date(),
        opinion: input.opinion,
      });
      await trail(tx, caseId, actor, ctx, {
        action: EXECUTION_AUDIT.closingDecided,
        payload: { closureId: pending.id, decision: 'return', opinion: input.opinion },
        step: { kind: 'closing_returned', decision: 'return', opinion: input.opinion },
      });
      return;
    }
    const o = await repo.obligationOfCase(tx, caseId);
    const r = closingReadiness(loaded.lawCase, o);
    if (!r.ready)
      throw new AppError('CASE_CLOSING', r.reason, {
        basis: `${ORDER_2015}第六十四条`,
        rule: 'case.closing',
      });
    const gate = await closingRefusal(tx, loaded.lawCase, 'close');
    if (gate) throw new AppError(gate.code, gate.message, { basis: gate.basis, rule: gate.rule });
    const today = todayOf(deps);
    const lawCase = loaded.lawCase;
    const officers = loaded.facts.officerRows;
    const names = await caseRepository.userNames(
      tx,
      officers.map((x) => x.userId),
    );
    const model: ClosingApprovalModel = {
      agency: await agency(tx),
      caseNo: lawCase.caseNo ?? '',
      cause: lawCase.title,
      partyName: lawCase.partyNames,
      procedure: lawCase.procedure,
      filedOn: lawCase.filedOn ?? '',
      ...(lawCase.decisionNo ? { decisionNo: lawCase.decisionNo } : {}),
      ...(lawCase.decidedOn ? { decidedOn: lawCase.decidedOn } : {}),
      penalty:
        (lawCase.decidedPenalty?.items ?? [])
          .map((i) => `${PENALTY_KIND_LABELS[i.kind]}${i.amountFen ? `人民币${yuan(i.amountFen)}` : ''}`)
          .join('，') || '不予行政处罚',
      execution: { summary: pending.summary },
      reason: pending.reason,
      reasonNote: pending.reasonNote,
      opinions: {
        handler: {
          text: `${CLOSING_REASON_LABELS[pending.reason]}，${pending.reasonNote}，建议结案。`,
          name: officers.map((x) => names.get(x.userId) ?? '').join('、'),
          date: localDateOfInstant(pending.requestedAt),
        },
        leader: { text: input.opinion, name: actor.name, date: today },
      },
      preparedOn: today,
    };
    const doc = await issueDocument(deps, tx, lawCase, 'closing_approval', model, actor, ctx);
    await repo.updateClosure(tx, pending.id, {
      status: 'approved',
      decidedBy: actor.userId,
      decidedByName: actor.name,
      decidedAt: new Date(),
      opinion: input.opinion,
      documentId: doc.id,
    });
    await caseRepository.update(tx, caseId, { status: 'closed' });
    await trail(tx, caseId, actor, ctx, {
      action: EXECUTION_AUDIT.closingDecided,
      payload: { closureId: pending.id, decision: 'approve', opinion: input.opinion, documentId: doc.id },
      step: { kind: 'closing_approved', decision: pending.reason, opinion: input.opinion },
    });
  });
}

/** The manifest of the file at archiving: every document and evidence file with its SM3 digest, in order. */
export async function buildManifest(db: Db | Tx, caseId: string): Promise<ManifestEntry[]> {
  const [docs, files] = await Promise.all([
    procedureRepository.documents(db, caseId),
    procedureRepository.files(db, caseId),
  ]);
  const out: ManifestEntry[] = [];
  for (const d of docs)
    out.push({
      seq: out.length + 1,
      kind: 'document',
      title: d.title,
      number: d.number,
      date: localDateOfInstant(d.issuedAt),
      sm3: d.pdfSm3,
      size: d.pdfSize,
    });
  for (const f of files)
    out.push({
      seq: out.length + 1,
      kind: 'evidence_file',
      title: f.fileName,
      number: null,
      date: localDateOfInstant(f.uploadedAt),
      sm3: f.sm3,
      size: Number(f.size),
    });
  return out;
}

export const manifestDigest = (m: ManifestEntry[]): string =>
  sm3Hex(
    m.map((e) => `${e.seq}|${e.kind}|${e.title}|${e.number ?? ''}|${e.date}|${e.sm3}|${e.size}`).join('\n'),
  );

export async function archiveCase(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof ArchiveBody>,
  ctx: AuditContext,
): Promise<string> {
  if (!actor.roles.includes('legal_reviewer')) throw new AppError('FORBIDDEN', '案卷由法制机构归档');
  return deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    if (loaded.lawCase.status !== 'closed')
      throw new AppError('CASE_STATE', '只有经批准结案的案件可以归档', {
        basis: `${ORDER_2015}第六十五条`,
        rule: 'case.archive',
      });
    const gate = await closingRefusal(tx, loaded.lawCase, 'archive');
    if (gate) throw new AppError(gate.code, gate.message, { basis: gate.basis, rule: gate.rule });
    const manifest = await buildManifest(tx, caseId);
    const today = todayOf(deps);
    const archiveNo = await repo.nextArchiveNo(tx, Number(today.slice(0, 4)));
    const digest = manifestDigest(manifest);
    // The trail step first: once the archive row exists the file (case_steps included) is sealed.
    await trail(tx, caseId, actor, ctx, {
      action: EXECUTION_AUDIT.archived,
      payload: { archiveNo, retention: input.retention, entries: manifest.length, manifestSm3: digest },
      step: { kind: 'archived', decision: input.retention, opinion: archiveNo },
    });
    await caseRepository.update(tx, caseId, { status: 'archived' });
    await repo.insertArchive(tx, {
      caseId,
      archiveNo,
      retention: input.retention,
      archivedOn: today,
      archivedBy: actor.userId,
      archivedByName: actor.name,
      manifest,
      manifestSm3: digest,
    });
    return archiveNo;
  });
}

// ------------------------------------------------------------------------------------------- loans

export async function requestLoan(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof LoanBody>,
  ctx: AuditContext,
): Promise<void> {
  if (input.untilOn < todayOf(deps)) throw new AppError('VALIDATION_FAILED', '归还日期不能早于今天');
  await deps.database.transaction(async (tx) => {
    const archive = await repo.archive(tx, caseId);
    if (!archive) throw new AppError('CASE_STATE', '案卷尚未归档，无需借阅');
    const loans = await repo.loans(tx, caseId);
    if (
      loans.some((l) => l.borrowerId === actor.userId && (l.status === 'pending' || l.status === 'approved'))
    )
      throw new AppError('CASE_STATE', '您已有待审批或未归还的借阅');
    const loan = await repo.insertLoan(tx, {
      caseId,
      borrowerId: actor.userId,
      borrowerName: actor.name,
      purpose: input.purpose,
      untilOn: input.untilOn,
    });
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.loanRequested,
      objectType: 'case',
      objectId: caseId,
      payload: { loanId: loan.id, ...input },
    });
  });
}

export async function decideLoan(
  deps: CaseDeps,
  actor: CaseActor,
  loanId: string,
  input: z.infer<typeof LoanDecisionBody>,
  ctx: AuditContext,
): Promise<void> {
  if (!actor.roles.some((r) => r === 'leader' || r === 'principal'))
    throw new AppError('FORBIDDEN', '借阅归档案卷须经本局负责人批准');
  await deps.database.transaction(async (tx) => {
    const loan = await repo.lockLoan(tx, loanId);
    if (!loan) throw new AppError('NOT_FOUND');
    if (loan.status !== 'pending') throw new AppError('CASE_STATE', '该借阅申请已审批');
    if (loan.borrowerId === actor.userId) throw new AppError('FORBIDDEN', '不得审批本人的借阅申请');
    await repo.updateLoan(tx, loanId, {
      status: input.decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: actor.userId,
      decidedByName: actor.name,
      decidedAt: new Date(),
      opinion: input.opinion,
    });
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.loanDecided,
      objectType: 'case',
      objectId: loan.caseId,
      payload: { loanId, borrower: loan.borrowerName, ...input },
    });
  });
}

export async function returnLoan(
  deps: CaseDeps,
  actor: CaseActor,
  loanId: string,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loan = await repo.lockLoan(tx, loanId);
    if (!loan) throw new AppError('NOT_FOUND');
    if (loan.status !== 'approved') throw new AppError('CASE_STATE', '该借阅不在借阅中');
    if (loan.borrowerId !== actor.userId && !actor.roles.includes('legal_reviewer'))
      throw new AppError('FORBIDDEN', '只有借阅人或档案管理人员可以登记归还');
    await repo.updateLoan(tx, loanId, { status: 'returned', returnedAt: new Date() });
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.loanReturned,
      objectType: 'case',
      objectId: loan.caseId,
      payload: { loanId, borrower: loan.borrowerName },
    });
  });
}
