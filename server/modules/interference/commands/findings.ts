/**
 * 第十条: interference established from another source (the intervener's admission, a report, an audit, a
 * message found) with no matching register is a non-recording finding against the officer; a register that
 * exists but is untrue is a false-recording finding. The first is 通报批评, a second or more within the window a
 * referral for discipline; a 主管领导 who told the officer not to record (or to record falsely) is found against
 * too, more heavily. Each finding enters the person's files (第十一条).
 */
import type { z } from 'zod';
import {
  FINDING_KIND_LABELS,
  FINDING_MEASURE_LABELS,
  type FindingBody,
} from '../../../../common/contracts/interference.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/http/errors.js';
import { caseRepository, todayOf, type CaseActor } from '../../cases/index.js';
import { INTERFERENCE_AUDIT } from '../interference.audit.js';
import { interferenceRepository as repo } from '../interference.repository.js';
import { BASIS, countsTowardsRepeat, findingMeasure, registerMatches } from '../rules/index.js';
import { postToFiles, requireRole, settingsOn, type InterferenceDeps } from './shared.js';

export async function recordFinding(
  deps: InterferenceDeps,
  actor: CaseActor,
  input: z.infer<typeof FindingBody>,
  ctx: AuditContext,
): Promise<{ id: string; measure: string; superiorFindingId: string | null }> {
  requireRole(actor, 'discipline', '不记录、不如实记录的认定由纪检监察作出');
  const today = todayOf(deps);
  if (input.occurredOn > today) throw new AppError('VALIDATION_FAILED', '过问发生日期不得晚于今天');
  return deps.database.transaction(async (tx) => {
    const lawCase = await caseRepository.find(tx, input.caseId);
    if (!lawCase) throw new AppError('NOT_FOUND');
    const caseNo = lawCase.caseNo ?? lawCase.title;
    // The names of the persons named in the finding, in one query.
    const names = await caseRepository.userNames(
      tx,
      [input.subjectId, input.intervenerId, input.superiorId].filter((x): x is string => !!x),
    );
    const person = (id: string | undefined) =>
      id && names.has(id) ? { id, name: names.get(id)! } : undefined;
    const subject = person(input.subjectId);
    if (!subject) throw new AppError('VALIDATION_FAILED', '被认定人员不存在');
    const officers = await caseRepository.activeOfficers(tx, input.caseId);
    if (!officers.some((o) => o.userId === subject.id))
      throw new AppError('INTERFERENCE_FINDING', `${subject.name}不是本案承办人员，不负有记录义务`, {
        basis: BASIS.record,
      });
    const intervener = person(input.intervenerId);
    if (input.intervenerId && !intervener) throw new AppError('VALIDATION_FAILED', '过问人不存在');
    const registers = await repo.registersOfCase(tx, input.caseId);
    const established = {
      caseId: input.caseId,
      subjectId: subject.id,
      intervenerId: input.intervenerId ?? null,
    };
    let registerNo: string | null = null;
    if (input.kind === 'non_recording') {
      const match = registers.find((r) => registerMatches(r, established));
      if (match)
        throw new AppError(
          'INTERFERENCE_FINDING',
          `${subject.name}已就本案登记 ${match.registerNo}，不构成不记录；如登记内容不实，请认定为「不如实记录」`,
          { basis: BASIS.nonRecording },
        );
    } else {
      const r = registers.find((x) => x.id === input.registerId);
      if (!r || r.recorderId !== subject.id)
        throw new AppError('INTERFERENCE_FINDING', '不如实记录的认定须指明该人员就本案提交的登记表', {
          basis: BASIS.nonRecording,
        });
      registerNo = r.registerNo;
    }
    const declaration = (await repo.declarations(tx, input.caseId)).find((d) => d.userId === subject.id);
    const settings = await settingsOn(tx, today);
    const earlier = await repo.findingsOf(tx, subject.id);
    const prior = countsTowardsRepeat(earlier, input.occurredOn, settings.repeatWindowMonths);
    const { measure, basis } = findingMeasure(input.kind, prior);
    const note =
      input.sourceNote + (declaration?.answer === 'none' ? '（该人员结案前曾声明本案无内部人员过问）' : '');
    const row = await repo.insertFinding(tx, {
      kind: input.kind,
      subjectId: subject.id,
      subjectName: subject.name,
      caseId: input.caseId,
      caseNo,
      registerId: input.kind === 'false_recording' ? (input.registerId ?? null) : null,
      intervenerId: intervener?.id ?? null,
      intervenerName: intervener?.name ?? null,
      occurredOn: input.occurredOn,
      source: input.source,
      sourceNote: note,
      priorCount: prior,
      measure,
      basis,
      recordedBy: actor.userId,
      recordedByName: actor.name,
    });
    await postToFiles(tx, {
      subjectId: subject.id,
      subjectName: subject.name,
      category: input.kind,
      title: `${FINDING_KIND_LABELS[input.kind]}：${FINDING_MEASURE_LABELS[measure]}`,
      detail: `${caseNo}${registerNo ? `（${registerNo}）` : ''}；${note}`,
      sourceType: 'interference_finding',
      sourceId: row.id,
      occurredOn: today,
      recordedByName: actor.name,
    });
    if (intervener)
      await postToFiles(tx, {
        subjectId: intervener.id,
        subjectName: intervener.name,
        category: 'interference_established',
        title: '经其他来源查实，过问、干预执法办案',
        detail: `${caseNo}；${input.sourceNote}`,
        sourceType: 'interference_finding',
        sourceId: row.id,
        occurredOn: input.occurredOn,
        recordedByName: actor.name,
      });
    let superiorFindingId: string | null = null;
    if (input.superiorId) {
      const superior = person(input.superiorId);
      if (!superior || superior.id === subject.id)
        throw new AppError('VALIDATION_FAILED', '授意的主管领导不存在或与被认定人员相同');
      const s = findingMeasure('superior_instructed', 0);
      const sup = await repo.insertFinding(tx, {
        kind: 'superior_instructed',
        subjectId: superior.id,
        subjectName: superior.name,
        caseId: input.caseId,
        caseNo,
        registerId: row.registerId,
        intervenerId: intervener?.id ?? null,
        intervenerName: intervener?.name ?? null,
        occurredOn: input.occurredOn,
        source: input.source,
        sourceNote: `授意${subject.name}${input.kind === 'non_recording' ? '不记录' : '不如实记录'}：${input.sourceNote}`,
        priorCount: 0,
        measure: s.measure,
        basis: s.basis,
        relatedFindingId: row.id,
        recordedBy: actor.userId,
        recordedByName: actor.name,
      });
      superiorFindingId = sup.id;
      await postToFiles(tx, {
        subjectId: superior.id,
        subjectName: superior.name,
        category: 'superior_instructed',
        title: `${FINDING_KIND_LABELS.superior_instructed}：${FINDING_MEASURE_LABELS.aggravated}`,
        detail: `${caseNo}；授意${subject.name}${input.kind === 'non_recording' ? '不记录' : '不如实记录'}`,
        sourceType: 'interference_finding',
        sourceId: sup.id,
        occurredOn: today,
        recordedByName: actor.name,
      });
    }
    await recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.findingRecorded,
      objectType: 'interference_finding',
      objectId: row.id,
      payload: {
        kind: input.kind,
        subjectId: subject.id,
        caseId: input.caseId,
        priorCount: prior,
        window: settings.repeatWindowMonths,
        measure,
        superiorFindingId,
        basis,
      },
    });
    return { id: row.id, measure, superiorFindingId };
  });
}
