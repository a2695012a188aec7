/** The documents of a matter, rendered on demand from its records (same records, same bytes); each print audited. */
import type { z } from 'zod';
import {
  DOCUMENT_KIND_LABELS,
  type DocumentQuery,
  type FaultDocumentKind,
} from '../../../../common/contracts/fault.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { renderDocx, renderPdf, type DocSpec } from '../../../platform/docgen/index.js';
import { AppError } from '../../../platform/http/errors.js';
import { agency, type CaseActor } from '../../cases/index.js';
import { FAULT_AUDIT } from '../fault.audit.js';
import {
  approvalForm,
  decisionDoc,
  findingDoc,
  inquiryRecord,
  leadForm,
  receiptForm,
  reviewDecisionDoc,
} from '../documents/forms.js';
import { matterAudit, type FaultDeps } from '../commands/shared.js';
import { matterView } from './matters.js';

export async function matterDocument(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  kind: FaultDocumentKind,
  q: z.infer<typeof DocumentQuery>,
  ctx: AuditContext,
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  const m = await matterView(deps, actor, id, null);
  const name = (await agency(deps.database.db)).name;
  const need = (x: string | undefined) => {
    if (!x) throw new AppError('VALIDATION_FAILED', '请指明人员或记录');
    return x;
  };
  let spec: DocSpec;
  switch (kind) {
    case 'lead':
      spec = leadForm(name, m);
      break;
    case 'approval':
      if (!m.triage) throw new AppError('NOT_FOUND');
      spec = approvalForm(name, m);
      break;
    case 'inquiry':
      spec = inquiryRecord(name, m, need(q.recordId));
      break;
    case 'finding':
      if (!m.finding) throw new AppError('NOT_FOUND');
      spec = findingDoc(name, m);
      break;
    case 'decision':
      spec = decisionDoc(name, m, need(q.personId));
      break;
    case 'receipt':
      spec = receiptForm(name, m, need(q.personId));
      break;
    case 'review':
      spec = reviewDecisionDoc(name, m, need(q.recordId));
      break;
  }
  const docx = q.format === 'docx';
  const body = docx ? await renderDocx(spec) : await renderPdf(spec);
  await deps.database.transaction((tx) =>
    matterAudit(tx, ctx, id, FAULT_AUDIT.printed, {
      kind,
      personId: q.personId ?? null,
      recordId: q.recordId ?? null,
      format: q.format,
    }),
  );
  return {
    body,
    fileName: `${DOCUMENT_KIND_LABELS[kind]}-${m.no}.${docx ? 'docx' : 'pdf'}`,
    contentType: docx
      ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      : 'application/pdf',
  };
}
