/**
 * 第八条: guidance and corrective opinions from a department with guidance or supervision duties are given in
 * writing; oral enquiries for duty reasons are kept as a 工作记录. This is the ordinary log of such contacts, not
 * the interference register. An oral guidance or correction (which should have been written) is flagged for
 * 纪检's review, which may send the officer to the register.
 */
import type { z } from 'zod';
import {
  SUPERVISION_KIND_LABELS,
  type SupervisionBody,
  type SupervisionReviewBody,
  type SupervisionView,
} from '../../../../common/contracts/interference.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { canSeeCase, caseRepository, loadFacts, nowOf, type CaseActor } from '../../cases/index.js';
import { INTERFERENCE_AUDIT } from '../interference.audit.js';
import { canRecordOn } from '../interference.policy.js';
import { interferenceRepository as repo } from '../interference.repository.js';
import type { SupervisionRow } from '../interference.schema.js';
import { BASIS } from '../rules/index.js';
import { notify, recipients, type InterferenceDeps } from './shared.js';

export async function recordSupervision(
  deps: InterferenceDeps,
  actor: CaseActor,
  input: z.infer<typeof SupervisionBody>,
  ctx: AuditContext,
): Promise<{ id: string; flagged: boolean }> {
  return deps.database.transaction(async (tx) => {
    const lawCase = await caseRepository.find(tx, input.caseId);
    if (!lawCase) throw new AppError('NOT_FOUND');
    const facts = await loadFacts(tx, lawCase);
    if (!canSeeCase(actor, facts)) throw new AppError('NOT_FOUND');
    if (!canRecordOn(actor, facts))
      throw new AppError('FORBIDDEN', '只有本案办案人员或办案科室负责人可以做工作记录', {
        basis: BASIS.supervision,
      });
    if (new Date(input.occurredAt).getTime() > nowOf(deps).getTime())
      throw new AppError('VALIDATION_FAILED', '发生时间不得晚于当前时间');
    let file: { fileName: string; fileKey: string; fileSize: number; sm3: string } | null = null;
    if (input.uploadId) {
      const [u] = await repo.lockUploads(tx, [input.uploadId]);
      if (!u || u.uploadedBy !== actor.userId || u.usedBy)
        throw new AppError('VALIDATION_FAILED', '附件不存在或已被使用，请重新上传');
      file = { fileName: u.fileName, fileKey: u.fileKey, fileSize: u.fileSize, sm3: u.sm3 };
    }
    if (input.form === 'written' && !file)
      throw new AppError('INTERFERENCE_EVIDENCE', '书面形式的指导、纠正意见，请上传书面意见的扫描件', {
        basis: BASIS.supervision,
      });
    const flagged = input.form === 'oral' && input.kind !== 'inquiry';
    const row = await repo.insertSupervision(tx, {
      caseId: input.caseId,
      department: input.department,
      personId: input.personId ?? null,
      personName: input.personName,
      kind: input.kind,
      form: input.form,
      occurredAt: new Date(input.occurredAt),
      content: input.content,
      ...(file ?? {}),
      flagged,
      recordedBy: actor.userId,
      recordedByName: actor.name,
    });
    if (input.uploadId) await repo.useUploads(tx, [input.uploadId], row.id);
    if (flagged)
      await notify(tx, await recipients(tx, 'discipline'), {
        title: `待复核：口头提出的${SUPERVISION_KIND_LABELS[input.kind]}（${lawCase.caseNo ?? lawCase.title}）`,
        body: '指导性或纠正性意见应当以书面形式提出（第八条）',
        link: '/interference/supervision',
        key: `supervision-review:${row.id}`,
      });
    await recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.supervisionRecorded,
      objectType: 'supervisory_contact',
      objectId: row.id,
      payload: { caseId: input.caseId, kind: input.kind, form: input.form, flagged, sm3: file?.sm3 ?? null },
    });
    return { id: row.id, flagged };
  });
}

export async function reviewSupervision(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof SupervisionReviewBody>,
  ctx: AuditContext,
): Promise<void> {
  if (!actor.roles.includes('discipline')) throw new AppError('FORBIDDEN', '口头指导意见由纪检监察复核');
  await deps.database.transaction(async (tx) => {
    const row = await repo.lockSupervision(tx, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (!row.flagged) throw new AppError('INTERFERENCE_STATE', '该记录无需复核');
    if (row.reviewedAt) throw new AppError('INTERFERENCE_STATE', '该记录已复核');
    await repo.reviewSupervision(tx, id, {
      reviewOutcome: input.outcome,
      reviewNote: input.note,
      reviewedBy: actor.userId,
      reviewedByName: actor.name,
      reviewedAt: new Date(),
    });
    if (input.outcome === 'treat_as_interference')
      await notify(tx, [row.recordedBy], {
        title: '请按规定填写《内部人员过问案件办理行为登记表》',
        body: `纪检监察复核认为，${row.personName}口头提出的意见应按内部人员过问登记：${input.note}`,
        link: `/interference/registers/new?caseId=${row.caseId}`,
        key: `supervision-register:${row.id}`,
      });
    await recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.supervisionReviewed,
      objectType: 'supervisory_contact',
      objectId: id,
      payload: { outcome: input.outcome },
    });
  });
}

export function presentSupervision(r: SupervisionRow, caseNo: string, actor: CaseActor): SupervisionView {
  return {
    id: r.id,
    caseId: r.caseId,
    caseNo,
    department: r.department,
    personName: r.personName,
    kind: r.kind,
    form: r.form,
    occurredAt: r.occurredAt.toISOString(),
    content: r.content,
    fileName: r.fileName,
    sm3: r.sm3,
    flagged: r.flagged,
    recordedByName: r.recordedByName,
    recordedAt: r.recordedAt.toISOString(),
    reviewOutcome: r.reviewOutcome,
    reviewNote: r.reviewNote,
    reviewedByName: r.reviewedByName,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    canReview: r.flagged && !r.reviewedAt && actor.roles.includes('discipline'),
  };
}

/** A case's supervision log, for those who may see the case. */
export async function caseSupervision(db: Db, actor: CaseActor, caseId: string): Promise<SupervisionView[]> {
  const lawCase = await caseRepository.find(db, caseId);
  if (!lawCase) throw new AppError('NOT_FOUND');
  if (!canSeeCase(actor, await loadFacts(db, lawCase))) throw new AppError('NOT_FOUND');
  return (await repo.supervisionOfCase(db, caseId)).map((r) =>
    presentSupervision(r, lawCase.caseNo ?? lawCase.title, actor),
  );
}

/** The written instruction's scan: for those who may see the case, and 纪检; the read is audited. */
export async function supervisionFile(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  ctx: AuditContext,
): Promise<SupervisionRow> {
  const db = deps.database.db;
  const row = await repo.supervision(db, id);
  if (!row || !row.fileKey) throw new AppError('NOT_FOUND');
  if (!actor.roles.includes('discipline')) {
    const lawCase = await caseRepository.find(db, row.caseId);
    if (!lawCase || !canSeeCase(actor, await loadFacts(db, lawCase))) throw new AppError('NOT_FOUND');
  }
  await deps.database.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.supervisionFileRead,
      objectType: 'supervisory_contact',
      objectId: id,
      payload: { caseId: row.caseId, sm3: row.sm3 },
    }),
  );
  return row;
}
