import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type {
  CustodyBody,
  EvidenceBody,
  FileUploadQuery,
  InquiryRecordBody,
  InspectionRecordBody,
  PreservationBody,
  PreservationDecisionBody,
} from '../../../../common/contracts/cases.js';
import { localDateOfInstant, type LocalDate } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { meetDeadline, openDeadline } from '../../deadlines/index.js';
import { caseRepository } from '../case.repository.js';
import { nowOf, todayOf, type CaseActor, type CaseDeps } from '../cases.context.js';
import { CASE_AUDIT } from '../cases.audit.js';
import type { CaseApprovalRow } from '../cases.schema.js';
import { procedureRepository } from '../procedure.repository.js';
import { issueInquiryRecord, issueInspectionRecord, issuePreservationNotice } from './documents.js';
import {
  instantOfDay,
  loadForCommand,
  PUNISHMENT_LAW,
  requireAbility,
  requireActiveTeam,
  trail,
  type Loaded,
  requestApproval,
} from './shared.js';

function checkWhen(at: string, now: Date, label: string): Date {
  const d = new Date(at);
  if (d.getTime() > now.getTime() + 5 * 60_000)
    throw new AppError('CASE_DATE_INVALID', `${label}不能晚于当前时间`);
  return d;
}

/** 证据 (第四十六条): kind, collectors, time, place; the first custody entry is its collection. */
export async function addEvidence(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof EvidenceBody>,
  ctx: AuditContext,
): Promise<string> {
  const collectedAt = checkWhen(input.collectedAt, nowOf(deps), '收集时间');
  if (!input.lawfullyObtained && !input.unlawfulNote)
    throw new AppError('VALIDATION_FAILED', '请说明证据取得方式不合法的情况');
  return deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'addEvidence', actor);
    if (loaded.lawCase.procedure === 'ordinary')
      await requireActiveTeam(tx, loaded, localDateOfInstant(collectedAt));
    const names = await caseRepository.userNames(tx, input.collectedBy);
    if (names.size !== new Set(input.collectedBy).size)
      throw new AppError('VALIDATION_FAILED', '收集人不存在');
    const row = await procedureRepository.insertEvidence(tx, {
      caseId,
      kind: input.kind,
      title: input.title,
      description: input.description,
      providedBy: input.providedBy ?? null,
      collectedBy: input.collectedBy,
      collectedAt,
      place: input.place,
      step: input.step ?? null,
      lawfullyObtained: input.lawfullyObtained,
      unlawfulNote: input.unlawfulNote ?? null,
      createdBy: actor.userId,
    });
    await procedureRepository.insertCustody(tx, {
      evidenceId: row.id,
      caseId,
      at: collectedAt,
      action: 'collected',
      toPerson: [...names.values()].join('、'),
      place: input.place,
      recordedBy: actor.userId,
    });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.evidenceAdded,
      payload: {
        evidenceId: row.id,
        seq: row.seq,
        kind: row.kind,
        title: row.title,
        lawful: row.lawfullyObtained,
      },
    });
    return row.id;
  });
}

/**
 * A file of an evidence item (photo, scan, audio/video from a 执法记录仪), streamed into the store with its SM3
 * digest and size. Permission is checked before a byte is read; the file row is append-only.
 */
export async function uploadEvidenceFile(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  evidenceId: string,
  meta: z.infer<typeof FileUploadQuery>,
  file: { source: Readable; maxBytes: number; fileName: string | null },
  ctx: AuditContext,
): Promise<string> {
  const isAv = meta.isAv === 'true';
  if (meta.recordedFrom && meta.recordedTo && new Date(meta.recordedTo) < new Date(meta.recordedFrom))
    throw new AppError('VALIDATION_FAILED', '录制结束时间不能早于开始时间');
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'addEvidence', actor);
    if (!(await procedureRepository.findEvidence(tx, caseId, evidenceId))) throw new AppError('NOT_FOUND');
  });
  const blob = await deps.blobs.put(file.source, { maxBytes: file.maxBytes });
  if (blob.size === 0) throw new AppError('FILE_INVALID', '上传的文件为空');
  return deps.database.transaction(async (tx) => {
    await loadForCommand(tx, caseId, actor);
    const row = await procedureRepository.insertFile(tx, {
      evidenceId,
      caseId,
      blobKey: blob.key,
      fileName: file.fileName ?? `证据文件-${blob.sm3.slice(0, 8)}`,
      mime: blob.sniffedType,
      size: blob.size,
      sm3: blob.sm3,
      isAv,
      deviceNo: meta.deviceNo ?? null,
      recordedFrom: meta.recordedFrom ? new Date(meta.recordedFrom) : null,
      recordedTo: meta.recordedTo ? new Date(meta.recordedTo) : null,
      uploadedBy: actor.userId,
    });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.fileUploaded,
      payload: {
        evidenceId,
        fileId: row.id,
        name: row.fileName,
        size: row.size,
        sm3: row.sm3,
        isAv,
        mime: row.mime,
      },
    });
    return row.id;
  });
}

export async function recordCustody(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  evidenceId: string,
  input: z.infer<typeof CustodyBody>,
  ctx: AuditContext,
): Promise<void> {
  const at = checkWhen(input.at, nowOf(deps), '保管记录时间');
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'addEvidence', actor);
    if (!(await procedureRepository.findEvidence(tx, caseId, evidenceId))) throw new AppError('NOT_FOUND');
    await procedureRepository.insertCustody(tx, {
      evidenceId,
      caseId,
      at,
      action: input.action,
      fromPerson: input.fromPerson ?? null,
      toPerson: input.toPerson ?? null,
      place: input.place ?? null,
      note: input.note ?? null,
      recordedBy: actor.userId,
    });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.custodyRecorded,
      payload: { evidenceId, action: input.action, from: input.fromPerson, to: input.toPerson },
    });
  });
}

async function officerCertificates(tx: Tx, userIds: readonly string[]): Promise<Map<string, string>> {
  return caseRepository.userNames(tx, userIds);
}

/** 询问笔录: two officers (one asks, one records), the Q&A, the signature or its refusal; also an evidence item. */
export async function recordInquiry(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof InquiryRecordBody>,
  ctx: AuditContext,
): Promise<{ id: string; documentId: string }> {
  const now = nowOf(deps);
  const started = checkWhen(input.startedAt, now, '询问开始时间');
  const ended = checkWhen(input.endedAt, now, '询问结束时间');
  if (ended < started) throw new AppError('VALIDATION_FAILED', '询问结束时间不能早于开始时间');
  if (input.inquirerId === input.recorderId)
    throw new AppError('CASE_TEAM', '询问人和记录人应为两名不同的执法人员', {
      basis: `${PUNISHMENT_LAW}第四十二条、第五十五条`,
    });
  return deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'recordInquiry', actor);
    const team = await requireActiveTeam(tx, loaded, localDateOfInstant(started));
    if (!team.includes(input.inquirerId) || !team.includes(input.recorderId))
      throw new AppError('CASE_TEAM', '询问人和记录人须为本案执法人员', {
        basis: `${PUNISHMENT_LAW}第四十二条`,
      });
    const names = await officerCertificates(tx, [input.inquirerId, input.recorderId]);
    const evidence = await procedureRepository.insertEvidence(tx, {
      caseId,
      kind: /当事人|负责人|法定代表人/.test(input.personRole) ? 'party_statement' : 'witness',
      title: `询问笔录（${input.personName}）`,
      description: `${input.personRole}；${input.qa.length}问`,
      collectedBy: [input.inquirerId, input.recorderId],
      collectedAt: started,
      place: input.place,
      step: 'inquiry',
      createdBy: actor.userId,
    });
    const record = await procedureRepository.insertRecord(tx, {
      caseId,
      kind: 'inquiry',
      data: {
        ...input,
        inquirerName: names.get(input.inquirerId),
        recorderName: names.get(input.recorderId),
      },
      evidenceId: evidence.id,
      createdBy: actor.userId,
    });
    const doc = await issueInquiryRecord(deps, tx, loaded.lawCase, record, actor, ctx);
    await procedureRepository.setRecordDocument(tx, record.id, doc.id);
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.inquiryRecorded,
      payload: {
        recordId: record.id,
        person: input.personName,
        role: input.personRole,
        refusedToSign: input.refusedToSign,
      },
    });
    return { id: record.id, documentId: doc.id };
  });
}

/** 现场检查记录 (安全生产法 第六十八条): signed by the inspectors and the unit's person in charge, or the refusal noted. */
export async function recordInspection(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof InspectionRecordBody>,
  ctx: AuditContext,
): Promise<{ id: string; documentId: string }> {
  const now = nowOf(deps);
  const started = checkWhen(input.startedAt, now, '检查开始时间');
  const ended = checkWhen(input.endedAt, now, '检查结束时间');
  if (ended < started) throw new AppError('VALIDATION_FAILED', '检查结束时间不能早于开始时间');
  if (input.refusedToSign && !input.refusalNote)
    throw new AppError('VALIDATION_FAILED', '被检查单位负责人拒绝签字的，应当记录情况', {
      basis: '《中华人民共和国安全生产法》第六十八条',
    });
  return deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'recordInspection', actor);
    const team = await requireActiveTeam(tx, loaded, localDateOfInstant(started));
    if (input.officerIds.some((id) => !team.includes(id)))
      throw new AppError('CASE_TEAM', '检查人员须为本案执法人员', { basis: `${PUNISHMENT_LAW}第四十二条` });
    const names = await officerCertificates(tx, input.officerIds);
    const evidence = await procedureRepository.insertEvidence(tx, {
      caseId,
      kind: 'inspection_record',
      title: `现场检查记录（${input.unitName}）`,
      description: input.findings.slice(0, 200),
      collectedBy: input.officerIds,
      collectedAt: started,
      place: input.place,
      step: 'inspection',
      createdBy: actor.userId,
    });
    const record = await procedureRepository.insertRecord(tx, {
      caseId,
      kind: 'inspection',
      data: { ...input, officerNames: input.officerIds.map((id) => names.get(id) ?? '') },
      evidenceId: evidence.id,
      createdBy: actor.userId,
    });
    const doc = await issueInspectionRecord(deps, tx, loaded.lawCase, record, actor, ctx);
    await procedureRepository.setRecordDocument(tx, record.id, doc.id);
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.inspectionRecorded,
      payload: { recordId: record.id, unit: input.unitName, refusedToSign: input.refusedToSign },
    });
    return { id: record.id, documentId: doc.id };
  });
}

/** 先行登记保存 (第五十六条): asks the 负责人's approval. */
export async function requestPreservation(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof PreservationBody>,
  ctx: AuditContext,
): Promise<string> {
  return deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'requestPreservation', actor);
    await requireActiveTeam(tx, loaded, todayOf(deps));
    const row = await procedureRepository.insertPreservation(tx, {
      caseId,
      items: input.items,
      place: input.place,
      reason: input.reason,
      requestedBy: actor.userId,
    });
    await requestApproval(tx, loaded.lawCase, {
      caseId,
      kind: 'preservation',
      approverRole: 'leader',
      subjectId: row.id,
      requestedBy: actor.userId,
      data: { items: input.items.length, reason: input.reason },
    });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.preservationRequested,
      payload: { preservationId: row.id, items: input.items.map((i) => i.name) },
      step: { kind: 'preservation_requested', opinion: input.reason },
    });
    return row.id;
  });
}

/**
 * The 负责人's decision on a preservation. Approval preserves the evidence today, issues the 先行登记保存证据
 * 通知书 and opens the 7-working-day decision period (第五十六条、第八十五条).
 */
export async function decidePreservation(
  deps: CaseDeps,
  tx: Tx,
  loaded: Loaded,
  approval: CaseApprovalRow,
  actor: CaseActor,
  decision: 'approve' | 'reject',
  opinion: string,
  ctx: AuditContext,
): Promise<void> {
  const caseId = loaded.lawCase.id;
  const preservation = (await procedureRepository.preservations(tx, caseId)).find(
    (p) => p.id === approval.subjectId,
  );
  if (!preservation) throw new AppError('NOT_FOUND');
  if (decision === 'reject') {
    await procedureRepository.updatePreservation(tx, preservation.id, {
      status: 'rejected',
      approvedBy: actor.userId,
      approvedAt: new Date(),
    });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.preservationRejected,
      payload: { preservationId: preservation.id },
      step: { kind: 'preservation_decided', decision, opinion },
    });
    return;
  }
  const today = todayOf(deps);
  const lead = loaded.facts.officerRows.find((o) => o.role === 'lead') ?? loaded.facts.officerRows[0];
  const deadline = await openDeadline(
    tx,
    {
      ruleId: 'penalty.evidence-preservation',
      objectType: 'preservation',
      objectId: preservation.id,
      trigger: today,
      responsibleUserId: lead?.userId ?? null,
      unitId: loaded.lawCase.unitId,
      title: `先行登记保存处理决定：${loaded.lawCase.caseNo ?? loaded.lawCase.title}`,
      link: `/cases/${caseId}`,
    },
    ctx,
  );
  const notice = await issuePreservationNotice(
    deps,
    tx,
    loaded.lawCase,
    { ...preservation, preservedOn: today },
    actor,
    ctx,
  );
  await procedureRepository.updatePreservation(tx, preservation.id, {
    status: 'preserved',
    approvedBy: actor.userId,
    approvedAt: new Date(),
    preservedOn: today,
    deadlineId: deadline.id,
    noticeDocumentId: notice.id,
  });
  await trail(tx, caseId, actor, ctx, {
    action: CASE_AUDIT.preservationApproved,
    payload: {
      preservationId: preservation.id,
      preservedOn: today,
      due: deadline.dueDate,
      rule: 'penalty.evidence-preservation',
    },
    step: { kind: 'preservation_decided', decision, opinion },
  });
}

/** The decision on preserved evidence within 7 working days; closes the period. */
export async function decidePreservedEvidence(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  preservationId: string,
  input: z.infer<typeof PreservationDecisionBody>,
  ctx: AuditContext,
): Promise<void> {
  const today = todayOf(deps);
  if (input.decidedOn > today) throw new AppError('CASE_DATE_INVALID', '处理决定日期不能晚于今天');
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'decidePreservation', actor);
    const p = (await procedureRepository.preservations(tx, caseId)).find((x) => x.id === preservationId);
    if (!p) throw new AppError('NOT_FOUND');
    if (p.status !== 'preserved') throw new AppError('CASE_STATE', '该先行登记保存不处于待处理状态');
    if (input.decidedOn < (p.preservedOn as LocalDate))
      throw new AppError('CASE_DATE_INVALID', '处理决定日期不能早于保存日期');
    await procedureRepository.updatePreservation(tx, p.id, {
      status: 'decided',
      decision: input.decision,
      decisionNote: input.note,
      decidedOn: input.decidedOn,
      decidedBy: actor.userId,
    });
    if (p.deadlineId)
      await meetDeadline(tx, p.deadlineId, { at: instantOfDay(input.decidedOn, nowOf(deps)) }, ctx);
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.preservationDecided,
      payload: { preservationId: p.id, decision: input.decision, decidedOn: input.decidedOn },
      step: { kind: 'preservation_closed', decision: input.decision, opinion: input.note },
    });
  });
}
