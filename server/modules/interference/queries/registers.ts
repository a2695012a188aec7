/**
 * Reading the register. Every read of a register, of its evidence and every print is itself audited, and the
 * access log is shown to 纪检 and the audit administrator (第六条; legal-spec §12.5). Whoever may not see a register
 * gets 404.
 */
import type { z } from 'zod';
import { isAdminRole } from '../../../../common/roles.js';
import type {
  RegisterListQuery,
  RegisterSummary,
  RegisterView,
} from '../../../../common/contracts/interference.js';
import { todayInShanghai } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/database.js';
import { renderPdf } from '../../../platform/docgen/index.js';
import { AppError } from '../../../platform/http/errors.js';
import { agency, nowOf, type CaseActor } from '../../cases/index.js';
import type { InterferenceDeps } from '../commands/shared.js';
import { registerForm } from '../documents/forms.js';
import { INTERFERENCE_AUDIT } from '../interference.audit.js';
import { canSeeRegister, registerAbilities, registerScope } from '../interference.policy.js';
import { interferenceRepository as repo } from '../interference.repository.js';
import type { ActionRow, AttachmentRow, RegisterRow } from '../interference.schema.js';
import { registerStage } from '../rules/index.js';

function summary(
  r: RegisterRow,
  actions: readonly ActionRow[],
  correctedBy: string | null,
  today: string,
): RegisterSummary {
  const stage = registerStage(actions);
  return {
    id: r.id,
    registerNo: r.registerNo,
    caseId: r.caseId,
    caseNo: r.caseNo,
    caseStageLabel: r.caseStageLabel,
    recorderName: r.recorderName,
    intervenerName: r.intervenerName,
    intervenerPost: r.intervenerPost,
    occurredAt: r.occurredAt.toISOString(),
    method: r.method,
    types: r.types,
    route: r.route,
    stage,
    instructionDueOn: r.instructionDueOn,
    overdue: stage === 'awaiting_instruction' && today > r.instructionDueOn,
    correctedBy,
    submittedAt: r.submittedAt.toISOString(),
  };
}

export async function listRegisters(
  deps: InterferenceDeps,
  actor: CaseActor,
  q: z.infer<typeof RegisterListQuery>,
): Promise<{ items: RegisterSummary[]; total: number; page: number; pageSize: number }> {
  const db = deps.database.db;
  const scope = registerScope(actor);
  let stageIds: string[] | null = null;
  if (q.stage) {
    const ids = await repo.scopedIds(db, scope);
    const actions = await repo.actions(db, ids);
    stageIds = ids.filter((id) => registerStage(actions.filter((a) => a.registerId === id)) === q.stage);
  }
  const { rows, total } = await repo.listRegisters(
    db,
    { scope, stageIds, q: q.q, from: q.from, to: q.to },
    q.page,
    q.pageSize,
  );
  const visible = rows.filter((r) => canSeeRegister(actor, r));
  const ids = visible.map((r) => r.id);
  const [actions, corrections] = await Promise.all([repo.actions(db, ids), repo.corrections(db, ids)]);
  const today = todayInShanghai(nowOf(deps));
  return {
    items: visible.map((r) =>
      summary(
        r,
        actions.filter((a) => a.registerId === r.id),
        corrections.find((c) => c.correctsId === r.id)?.no ?? null,
        today,
      ),
    ),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function readVisible(
  db: Db,
  actor: CaseActor,
  id: string,
): Promise<{ r: RegisterRow; actions: ActionRow[]; attachments: AttachmentRow[] }> {
  const r = await repo.register(db, id);
  if (!r || !canSeeRegister(actor, r)) throw new AppError('NOT_FOUND');
  const [actions, attachments] = await Promise.all([repo.actions(db, [id]), repo.attachments(db, [id])]);
  return { r, actions, attachments };
}

/** One register as its page shows it; the read is audited. */
export async function getRegister(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  ctx: AuditContext,
): Promise<RegisterView> {
  const db = deps.database.db;
  const { r, actions, attachments } = await readVisible(db, actor, id);
  const [correction, corrects] = await Promise.all([
    repo.correctionOf(db, id),
    r.correctsId ? repo.register(db, r.correctsId) : Promise.resolve(null),
  ]);
  await deps.database.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.read,
      objectType: 'interference_register',
      objectId: id,
      payload: { registerNo: r.registerNo },
    }),
  );
  const base = summary(r, actions, correction?.registerNo ?? null, todayInShanghai(nowOf(deps)));
  return {
    ...base,
    caseStage: r.caseStage,
    recorderUnitName: r.recorderUnitName,
    intervenerUnit: r.intervenerUnit,
    place: r.place,
    content: r.content,
    methodNote: r.methodNote,
    intermediaryName: r.intermediaryName,
    intermediaryRelation: r.intermediaryRelation,
    typeNote: r.typeNote,
    response: r.response,
    responseNote: r.responseNote,
    account: r.account,
    noRecordingReason: r.noRecordingReason,
    correctsId: r.correctsId,
    correctsNo: corrects?.registerNo ?? null,
    correctionNote: r.correctionNote,
    seq: r.seq,
    prevHash: r.prevHash,
    hash: r.hash,
    attachments: attachments.map((a) => ({
      id: a.id,
      kind: a.kind,
      fileName: a.fileName,
      size: a.fileSize,
      sm3: a.sm3,
      mime: a.mime,
    })),
    actions: actions.map((a) => ({
      id: a.id,
      kind: a.kind,
      decision: a.decision,
      consequence: a.consequence,
      body: a.body,
      decidedOn: a.decidedOn,
      organ: a.organ,
      actorName: a.actorName,
      at: a.at.toISOString(),
    })),
    abilities: registerAbilities(actor, {
      ...r,
      stage: base.stage,
      escalated: actions.some((a) => a.kind === 'escalated'),
      concluded: actions.some((a) => a.kind === 'outcome'),
      corrected: !!correction,
    }),
  };
}

/** The printed 登记表 (PDF); the print is audited. */
export async function registerPdf(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  ctx: AuditContext,
): Promise<{ pdf: Buffer; fileName: string }> {
  const db = deps.database.db;
  const { r, actions, attachments } = await readVisible(db, actor, id);
  const pdf = await renderPdf(registerForm((await agency(db)).name, r, attachments, actions));
  await deps.database.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.exported,
      objectType: 'interference_register',
      objectId: id,
      payload: { registerNo: r.registerNo, format: 'pdf' },
    }),
  );
  return { pdf, fileName: `内部人员过问案件办理行为登记表-${r.registerNo}.pdf` };
}

/** An evidence file of a register; the read is audited. */
export async function attachmentOf(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  attachmentId: string,
  ctx: AuditContext,
): Promise<AttachmentRow> {
  const db = deps.database.db;
  const a = await repo.attachment(db, attachmentId);
  if (!a || a.registerId !== id) throw new AppError('NOT_FOUND');
  const { r } = await readVisible(db, actor, id);
  await deps.database.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.fileRead,
      objectType: 'interference_register',
      objectId: id,
      payload: { registerNo: r.registerNo, attachmentId, sm3: a.sm3 },
    }),
  );
  return a;
}

/** Who read, printed or acted on a register (纪检 and the audit administrator). */
export async function accessLog(deps: InterferenceDeps, actor: CaseActor, id: string) {
  const db = deps.database.db;
  const { r, actions } = await readVisible(db, actor, id);
  const abilities = registerAbilities(actor, {
    ...r,
    stage: registerStage(actions),
    escalated: false,
    corrected: false,
  });
  if (!abilities.accessLog) throw new AppError('NOT_FOUND');
  return repo.accessLog(db, id);
}

/** The people a recorder may name as intervener (bureau staff), and whether each is the 主要领导. */
export async function personOptions(db: Db, actor: CaseActor) {
  return (await repo.people(db))
    .filter((p) => !p.disabled && p.id !== actor.userId && !p.roles.some(isAdminRole))
    .map((p) => ({
      id: p.id,
      name: p.name,
      unitName: p.unitName,
      positionName: p.positionName,
      principal: p.roles.includes('principal'),
    }));
}
