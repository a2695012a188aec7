/**
 * 第六条: a recorder who recorded truthfully is protected; no removal, transfer, dismissal or demotion except for a
 * statutory cause and by the statutory procedure. Any personnel or certificate action against a recorder within the
 * protection window after his or her latest register raises a flag to 纪检, who must record the statutory cause and
 * procedure (or find retaliation). The recorder may also report retaliation directly.
 */
import type { z } from 'zod';
import {
  FLAG_CONCLUSION_LABELS,
  RETALIATION_KIND_LABELS,
  type FlagResolutionBody,
  type RetaliationReportBody,
} from '../../../../common/contracts/interference.js';
import { localDateOfInstant, parseLocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { todayOf, type CaseActor } from '../../cases/index.js';
import type { PersonnelActionEvent } from '../../personnel/index.js';
import { INTERFERENCE_AUDIT } from '../interference.audit.js';
import { interferenceRepository as repo } from '../interference.repository.js';
import { BASIS, withinProtection } from '../rules/index.js';
import { notify, recipients, postToFiles, requireRole, settingsOn, type InterferenceDeps } from './shared.js';

/** The personnel module's observer (registered by this module's index): runs inside the action's transaction. */
export async function onPersonnelAction(
  tx: Tx,
  event: PersonnelActionEvent,
  ctx: AuditContext,
): Promise<void> {
  if (!event.userId) return;
  const latest = await repo.latestRegisterBy(tx, event.userId);
  if (!latest) return;
  const recordedOn = localDateOfInstant(latest.submittedAt);
  const actionOn = parseLocalDate(event.effectiveOn);
  const settings = await settingsOn(tx, actionOn);
  if (!withinProtection(recordedOn, actionOn, settings.protectionMonths)) return;
  const label = RETALIATION_KIND_LABELS[event.kind] ?? event.kind;
  const flag = await repo.insertFlag(tx, {
    recorderId: event.userId,
    recorderName: latest.recorderName,
    registerId: latest.id,
    source: 'personnel_action',
    actionKind: event.kind,
    actionId: event.actionId,
    actionOn: event.effectiveOn,
    description: `${label}：${event.summary}；理由：${event.reason}${event.basis ? `；依据：${event.basis}` : ''}`,
  });
  await notify(tx, await recipients(tx, 'discipline', latest.sealedFrom), {
    level: 'escalated',
    title: `记录人保护预警：${latest.recorderName}（${label}）`,
    body: `该人员于 ${recordedOn} 如实记录内部人员过问，${settings.protectionMonths} 个月内受到${label}，请核查是否有法定事由并经法定程序`,
    link: '/interference/protection',
    key: `retaliation:${flag.id}`,
  });
  await recordAudit(tx, ctx, {
    action: INTERFERENCE_AUDIT.flagRaised,
    objectType: 'retaliation_flag',
    objectId: flag.id,
    payload: {
      recorderId: event.userId,
      actionKind: event.kind,
      actionId: event.actionId,
      basis: BASIS.protect,
    },
  });
}

export async function reportRetaliation(
  deps: InterferenceDeps,
  actor: CaseActor,
  input: z.infer<typeof RetaliationReportBody>,
  ctx: AuditContext,
): Promise<{ id: string }> {
  if (input.occurredOn > todayOf(deps)) throw new AppError('VALIDATION_FAILED', '发生日期不得晚于今天');
  return deps.database.transaction(async (tx) => {
    const latest = await repo.latestRegisterBy(tx, actor.userId);
    if (!latest)
      throw new AppError('FORBIDDEN', '本功能供如实记录内部人员过问的办案人员反映打击报复', {
        basis: BASIS.protect,
      });
    const flag = await repo.insertFlag(tx, {
      recorderId: actor.userId,
      recorderName: actor.name,
      registerId: latest.id,
      source: 'self_report',
      actionKind: 'self_report',
      actionOn: input.occurredOn,
      description: input.description,
    });
    await notify(tx, await recipients(tx, 'discipline', latest.sealedFrom), {
      level: 'escalated',
      title: `记录人反映受到打击报复：${actor.name}`,
      body: input.description.slice(0, 100),
      link: '/interference/protection',
      key: `retaliation:${flag.id}`,
    });
    await recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.flagRaised,
      objectType: 'retaliation_flag',
      objectId: flag.id,
      payload: { recorderId: actor.userId, actionKind: 'self_report', basis: BASIS.protect },
    });
    return { id: flag.id };
  });
}

export async function resolveFlag(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof FlagResolutionBody>,
  ctx: AuditContext,
): Promise<void> {
  requireRole(actor, 'discipline', '记录人保护预警由纪检监察核查');
  await deps.database.transaction(async (tx) => {
    const flag = await repo.lockFlag(tx, id);
    if (!flag) throw new AppError('NOT_FOUND');
    if (flag.status === 'resolved') throw new AppError('INTERFERENCE_STATE', '该预警已核查办结');
    if (flag.recorderId === actor.userId) throw new AppError('FORBIDDEN', '不得核查涉及本人的预警');
    await repo.resolveFlag(tx, id, {
      status: 'resolved',
      conclusion: input.conclusion,
      statutoryCause: input.statutoryCause,
      procedureNote: input.procedureNote,
      resolvedBy: actor.userId,
      resolvedByName: actor.name,
      resolvedAt: new Date(),
    });
    if (input.conclusion === 'retaliation')
      await postToFiles(tx, {
        subjectId: flag.recorderId,
        subjectName: flag.recorderName,
        category: 'retaliation_found',
        title: '经核查，记录人受到打击报复',
        detail: `${flag.description}；${input.statutoryCause}`,
        sourceType: 'retaliation_flag',
        sourceId: flag.id,
        occurredOn: todayOf(deps),
        recordedByName: actor.name,
        kinds: ['integrity'],
      });
    await recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.flagResolved,
      objectType: 'retaliation_flag',
      objectId: id,
      payload: { conclusion: input.conclusion, label: FLAG_CONCLUSION_LABELS[input.conclusion] },
    });
  });
}
