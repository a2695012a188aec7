import type { FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { requestAuditContext } from '../../../platform/auth/guard.js';
import { sendBlob } from '../../../platform/files/index.js';
import { AppError } from '../../../platform/http/errors.js';
import { canSeeCase } from '../case.policy.js';
import { caseRepository } from '../case.repository.js';
import type { CaseActor, CaseDeps } from '../cases.context.js';
import { CASE_AUDIT } from '../cases.audit.js';
import { correctDocument } from '../commands/documents.js';
import { loadFacts, loadForCommand, requireAbility } from '../commands/shared.js';
import { procedureRepository } from '../procedure.repository.js';

async function visibleCase(deps: CaseDeps, actor: CaseActor, caseId: string) {
  const lawCase = await caseRepository.find(deps.database.db, caseId);
  if (!lawCase || !canSeeCase(actor, await loadFacts(deps.database.db, lawCase)))
    throw new AppError('NOT_FOUND');
  return lawCase;
}

/** Streams an evidence file (Range for video seeking). Every read is audited: the file is case evidence. */
export async function readEvidenceFile(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  fileId: string,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  await visibleCase(deps, actor, caseId);
  const file = await procedureRepository.findFile(deps.database.db, caseId, fileId);
  if (!file) throw new AppError('NOT_FOUND');
  // A video is read in many ranges while it plays: the first request (no Range, or from byte 0) is audited.
  const range = request.headers.range;
  if (!range || /^bytes=0-/.test(range))
    await deps.database.transaction((tx) =>
      recordAudit(tx, requestAuditContext(request), {
        action: CASE_AUDIT.fileRead,
        objectType: 'case',
        objectId: caseId,
        payload: { fileId, name: file.fileName, sm3: file.sm3 },
      }),
    );
  return sendBlob(reply, deps.blobs, {
    key: file.blobKey,
    size: file.size,
    fileName: file.fileName,
    mime: file.mime,
    rangeHeader: range,
    disposition: 'inline',
  });
}

/** A 文书 as PDF (inline, for preview and printing) or DOCX (download). */
export async function readCaseDocument(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  docId: string,
  format: 'pdf' | 'docx',
  request: FastifyRequest,
  reply: FastifyReply,
) {
  await visibleCase(deps, actor, caseId);
  const doc = await procedureRepository.findDocument(deps.database.db, caseId, docId);
  if (!doc) throw new AppError('NOT_FOUND');
  const name = `${doc.title}${doc.number ? `（${doc.number}）` : ''}${doc.version > 1 ? `第${doc.version}版` : ''}.${format}`;
  return sendBlob(reply, deps.blobs, {
    key: format === 'pdf' ? doc.pdfKey : doc.docxKey,
    size: format === 'pdf' ? doc.pdfSize : doc.docxSize,
    fileName: name,
    mime:
      format === 'pdf'
        ? 'application/pdf'
        : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    rangeHeader: request.headers.range,
    disposition: format === 'pdf' ? 'inline' : 'attachment',
  });
}

/** 更正: a new version of a document, by a handler of the case while it is open. */
export async function correctCaseDocument(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  docId: string,
  reason: string,
  ctx: AuditContext,
): Promise<string> {
  return deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    if (!loaded.facts.officers.some((o) => o.userId === actor.userId))
      requireAbility(loaded, 'addEvidence', actor);
    const doc = await procedureRepository.findDocument(tx, caseId, docId);
    if (!doc) throw new AppError('NOT_FOUND');
    return (await correctDocument(deps, tx, loaded.lawCase, doc, reason, actor, ctx)).id;
  });
}
