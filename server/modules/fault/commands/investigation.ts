/**
 * Triage (初核) and the investigation (立项调查): 纪检 open it with at least two investigators, none of them
 * under investigation nor on the original case's trail (回避); the 6-month limit runs from the opening
 * (《行政机关公务员处分条例》第四十四条, the default the rule leaves open); 调查笔录 are taken by two investigators.
 */
import type { z } from 'zod';
import type { InquiryBody, SubjectsBody, TriageBody } from '../../../../common/contracts/fault.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { caseRepository, nowOf, todayOf, type CaseActor } from '../../cases/index.js';
import { openDeadline } from '../../deadlines/index.js';
import { FAULT_AUDIT } from '../fault.audit.js';
import { faultRepository as repo } from '../fault.repository.js';
import type { MatterRow } from '../fault.schema.js';
import { BASIS } from '../rules/basis.js';
import { recusalRefusals } from '../rules/recusal.js';
import { caseTrail } from '../queries/trail.js';
import {
  activeStaff,
  link,
  lockMatter,
  matterAudit,
  notify,
  requirePermission,
  type FaultDeps,
} from './shared.js';

/** The persons of the original case's trail (nobody when the lead has no case). */
async function trailOf(tx: Tx, m: MatterRow): Promise<string[]> {
  if (!m.caseId) return [];
  const lawCase = await caseRepository.find(tx, m.caseId);
  return lawCase ? (await caseTrail(tx, lawCase)).everyone : [];
}

export async function checkRecusal(
  tx: Tx,
  m: MatterRow,
  investigatorIds: readonly string[],
  subjects: readonly string[],
): Promise<void> {
  const staff = await activeStaff(tx, investigatorIds, '调查人员');
  const refusals = recusalRefusals(
    investigatorIds,
    { subjects, trail: await trailOf(tx, m) },
    (id) => staff.get(id)?.name ?? id,
  );
  if (!investigatorIds.some((id) => staff.get(id)?.roles.includes('discipline')))
    refusals.push('调查人员中至少应有一名纪检监察人员（第二条）');
  if (refusals.length)
    throw new AppError('FAULT_RECUSAL', refusals.join('；'), { basis: `${BASIS.pursuit}；${BASIS.recusal}` });
}

export async function triage(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof TriageBody>,
  ctx: AuditContext,
): Promise<void> {
  requirePermission(actor, 'fault.handle', '过错线索由纪检监察人员初核（第二条）');
  const today = todayOf(deps);
  if (input.decidedOn > today) throw new AppError('VALIDATION_FAILED', '初核日期不得晚于今天');
  await deps.database.transaction(async (tx) => {
    const m = await lockMatter(tx, id, ['lead'], '初核');
    if (input.decidedOn < m.receivedOn)
      throw new AppError('VALIDATION_FAILED', '初核日期不得早于收到线索的日期');
    if (input.decision === 'dismiss') {
      await repo.updateMatter(tx, id, {
        stage: 'dismissed',
        triageDecision: 'dismiss',
        triageOn: input.decidedOn,
        triageReason: input.reason,
        triageByName: actor.name,
      });
      await matterAudit(tx, ctx, id, FAULT_AUDIT.triaged, { decision: 'dismiss', reason: input.reason });
      return;
    }
    const subjects = [...new Set(input.subjectIds)];
    const investigators = [...new Set(input.investigatorIds)];
    await activeStaff(tx, subjects, '被调查人员');
    await checkRecusal(tx, m, investigators, subjects);
    const d = await openDeadline(
      tx,
      {
        ruleId: 'fault.investigation',
        objectType: 'fault_matter',
        objectId: id,
        trigger: input.decidedOn,
        responsibleUserId: actor.userId,
        unitId: actor.unitId,
        title: `过错责任调查期限：${m.no}`,
        link: link(id),
      },
      ctx,
    );
    await repo.updateMatter(tx, id, {
      stage: 'investigating',
      triageDecision: 'investigate',
      triageOn: input.decidedOn,
      triageReason: input.reason,
      triageByName: actor.name,
      investigatorIds: investigators,
      subjectIds: subjects,
      investigationDueOn: d.dueDate,
    });
    await matterAudit(tx, ctx, id, FAULT_AUDIT.triaged, {
      decision: 'investigate',
      reason: input.reason,
      investigatorIds: investigators,
      subjectIds: subjects,
      dueOn: d.dueDate,
    });
    await notify(tx, investigators, {
      title: `过错责任调查：${m.no}`,
      body: `您被确定为调查人员，调查期限至${d.dueDate ?? ''}。`,
      link: link(id),
      key: `fault-investigator:${id}`,
    });
  });
}

export async function addSubjects(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof SubjectsBody>,
  ctx: AuditContext,
): Promise<void> {
  requirePermission(actor, 'fault.handle', '被调查人员由纪检监察人员确定');
  await deps.database.transaction(async (tx) => {
    const m = await lockMatter(tx, id, ['investigating'], '增加被调查人员');
    await activeStaff(tx, input.subjectIds, '被调查人员');
    const subjects = [...new Set([...m.subjectIds, ...input.subjectIds])];
    const clash = m.investigatorIds.filter((i) => subjects.includes(i));
    if (clash.length) {
      const names = await caseRepository.userNames(tx, clash);
      throw new AppError(
        'FAULT_RECUSAL',
        `${clash.map((c) => names.get(c) ?? c).join('、')}是调查人员，不能同时作为被调查人员；请先更换调查人员`,
        { basis: BASIS.recusal },
      );
    }
    await repo.updateMatter(tx, id, { subjectIds: subjects });
    await matterAudit(tx, ctx, id, FAULT_AUDIT.subjectsAdded, { subjectIds: input.subjectIds });
  });
}

export async function recordInquiry(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof InquiryBody>,
  ctx: AuditContext,
): Promise<{ id: string }> {
  requirePermission(actor, 'fault.handle', '调查笔录由调查人员制作');
  if (new Date(input.heldAt).getTime() > nowOf(deps).getTime() + 60_000)
    throw new AppError('VALIDATION_FAILED', '调查时间不得晚于现在');
  return deps.database.transaction(async (tx) => {
    const m = await lockMatter(tx, id, ['investigating', 'found'], '制作调查笔录');
    const investigators = [...new Set(input.investigatorIds)];
    if (investigators.length < 2) throw new AppError('VALIDATION_FAILED', '调查询问时调查人员不得少于二人');
    if (investigators.some((i) => !m.investigatorIds.includes(i)))
      throw new AppError('VALIDATION_FAILED', '笔录所列调查人员须为本事项确定的调查人员');
    if (!m.investigatorIds.includes(actor.userId))
      throw new AppError('FORBIDDEN', '只有本事项的调查人员可以制作调查笔录');
    if (investigators.includes(input.personId))
      throw new AppError('VALIDATION_FAILED', '被询问人不能是调查人员本人');
    await activeStaff(tx, [input.personId], '被询问人');
    const row = await repo.insertInquiry(tx, {
      matterId: id,
      personId: input.personId,
      heldAt: new Date(input.heldAt),
      place: input.place,
      investigatorIds: investigators,
      content: input.content,
      recordedByName: actor.name,
    });
    await matterAudit(tx, ctx, id, FAULT_AUDIT.inquiryRecorded, {
      inquiryId: row.id,
      personId: input.personId,
      investigatorIds: investigators,
    });
    return { id: row.id };
  });
}
