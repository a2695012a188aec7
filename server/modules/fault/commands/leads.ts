/**
 * Leads (过错线索, legal-spec §3.3) from any source, linked to the originating record; a reversal in 复议 or 诉讼
 * opens one by itself. 纪检 triage (第二条): open an investigation or close with reasons.
 */
import type { z } from 'zod';
import { CHALLENGE_KIND_LABELS } from '../../../../common/contracts/execution.js';
import { LEAD_SOURCE_LABELS, type LeadBody } from '../../../../common/contracts/fault.js';
import { yearOf, type LocalDate } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { caseRepository, todayOf, type CaseActor, type CaseReversal } from '../../cases/index.js';
import { FAULT_AUDIT } from '../fault.audit.js';
import { holds } from '../fault.policy.js';
import { faultRepository as repo } from '../fault.repository.js';
import type { MatterRow } from '../fault.schema.js';
import { activeStaff, disciplineStaff, link, matterAudit, notify, type FaultDeps } from './shared.js';

const numberOf = (year: number, seq: number) => `赤应急过错线〔${year}〕${seq}号`;

async function insertLead(
  tx: Tx,
  on: LocalDate,
  v: Omit<Parameters<typeof repo.insertMatter>[1], 'year' | 'seq' | 'no'>,
): Promise<MatterRow> {
  const year = yearOf(on);
  const seq = await repo.nextNumber(tx, year);
  return repo.insertMatter(tx, { ...v, year, seq, no: numberOf(year, seq) });
}

async function tellDiscipline(tx: Tx, m: MatterRow): Promise<void> {
  await notify(tx, await disciplineStaff(tx), {
    title: `新的行政执法过错线索：${m.no}`,
    body: `${LEAD_SOURCE_LABELS[m.source]}。${m.summary.slice(0, 80)}。请初核并决定是否立项。`,
    link: link(m.id),
    key: `fault-lead:${m.id}`,
  });
}

export async function registerLead(
  deps: FaultDeps,
  actor: CaseActor,
  input: z.infer<typeof LeadBody>,
  ctx: AuditContext,
): Promise<{ id: string; no: string }> {
  const today = todayOf(deps);
  if (input.receivedOn > today) throw new AppError('VALIDATION_FAILED', '收到日期不得晚于今天');
  return deps.database.transaction(async (tx) => {
    const caseId = input.caseId ?? null;
    if (caseId && !(await caseRepository.find(tx, caseId)))
      throw new AppError('VALIDATION_FAILED', '关联案件不存在');
    let refLabel: string | null = null;
    if (input.sourceRef) {
      if (!caseId) throw new AppError('VALIDATION_FAILED', '关联原始记录时须同时选择案件');
      const options = await repo.sourceOptions(tx, caseId, holds(actor, 'interference.oversee'));
      const hit = options.find((o) => o.kind === input.sourceRef!.kind && o.id === input.sourceRef!.id);
      if (!hit) throw new AppError('VALIDATION_FAILED', '关联的原始记录不存在或不属于该案件');
      refLabel = hit.label;
    }
    if (input.subjectIds.length) await activeStaff(tx, input.subjectIds, '涉及人员');
    const m = await insertLead(tx, input.receivedOn as LocalDate, {
      source: input.source,
      caseId,
      sourceRefKind: input.sourceRef?.kind ?? null,
      sourceRefId: input.sourceRef?.id ?? null,
      sourceRefLabel: refLabel,
      reference: input.reference ?? null,
      receivedOn: input.receivedOn,
      summary: input.summary,
      subjectIds: [...new Set(input.subjectIds)],
      registeredBy: actor.userId,
      registeredByName: actor.name,
    });
    await matterAudit(tx, ctx, m.id, FAULT_AUDIT.leadRegistered, {
      no: m.no,
      source: m.source,
      caseId,
      sourceRef: input.sourceRef ?? null,
    });
    await tellDiscipline(tx, m);
    return { id: m.id, no: m.no };
  });
}

/**
 * The reversal observer (the case module's port): a 复议 or 诉讼 that revoked, changed or found the act unlawful
 * or void opens a lead, once per challenge, naming the case's handlers, in the recording transaction.
 */
export async function onCaseReversed(tx: Tx, e: CaseReversal, ctx: AuditContext): Promise<void> {
  if (await repo.bySourceRef(tx, 'challenge', e.challengeId)) return;
  const lawCase = await caseRepository.find(tx, e.caseId);
  if (!lawCase) return;
  const handlers = (await caseRepository.activeOfficers(tx, e.caseId)).map((o) => o.userId);
  const kindLabel = CHALLENGE_KIND_LABELS[e.kind];
  const m = await insertLead(tx, e.endedOn as LocalDate, {
    source: e.kind,
    caseId: e.caseId,
    sourceRefKind: 'challenge',
    sourceRefId: e.challengeId,
    sourceRefLabel: `${kindLabel}：${e.outcome}（${e.endedOn}）`,
    reference: `${kindLabel}结果：${e.resultLabel}`,
    receivedOn: e.endedOn,
    summary: `案件${lawCase.caseNo ?? lawCase.title}的行政行为经${kindLabel}被${e.resultLabel}：${e.outcome}`,
    subjectIds: handlers,
    autoCreated: true,
    registeredBy: null,
    registeredByName: `系统（${kindLabel}结果登记）`,
  });
  await matterAudit(tx, ctx, m.id, FAULT_AUDIT.leadFromReversal, {
    no: m.no,
    caseId: e.caseId,
    challengeId: e.challengeId,
    result: e.result,
  });
  await tellDiscipline(tx, m);
}
