/**
 * The decision (第十、十三条): the leadership decides the measures, recorded by the 主要负责人 with the meeting
 * that decided them. Every liable person must have been told and heard (or let the period pass); no measure may be
 * heavier than the 拟处理意见 told (公务员法 第六十三条). The decision opens the 10-day notice period per person
 * (第十一条), enters the person's 执法档案 (and 廉政档案 where F10 or A1 applies), and hands certificate
 * measures to the personnel module's own procedure (a to-do for the 主要负责人 there).
 */
import type { z } from 'zod';
import {
  FAULT_TYPE_LABELS,
  LIABILITY_LEVEL_LABELS,
  MEASURE_LABELS,
  type DecisionBody,
} from '../../../../common/contracts/fault.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/http/errors.js';
import { todayOf, type CaseActor } from '../../cases/index.js';
import { openDeadline, deadlineQueries, meetDeadline } from '../../deadlines/index.js';
import { postToFiles } from '../../interference/index.js';
import { FAULT_AUDIT } from '../fault.audit.js';
import { faultRepository as repo } from '../fault.repository.js';
import { BASIS } from '../rules/basis.js';
import { heavierParts, measureText, weight } from '../rules/measures.js';
import {
  link,
  lockMatter,
  matterAudit,
  notify,
  principals,
  requirePermission,
  type FaultDeps,
} from './shared.js';

export async function decide(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof DecisionBody>,
  ctx: AuditContext,
): Promise<void> {
  requirePermission(actor, 'fault.decide', '过错责任处理决定由局领导班子研究、主要负责人作出');
  const today = todayOf(deps);
  if (input.decidedOn > today) throw new AppError('VALIDATION_FAILED', '决定日期不得晚于今天');
  await deps.database.transaction(async (tx) => {
    const m = await lockMatter(tx, id, ['found'], '作出处理决定');
    if (input.decidedOn < (m.foundOn ?? input.decidedOn))
      throw new AppError('VALIDATION_FAILED', '决定日期不得早于认定日期');
    const people = await repo.people(tx, id);
    const refusals: string[] = [];
    const chosen = new Map(input.measures.map((x) => [x.personId, x]));
    for (const x of input.measures)
      if (!people.some((p) => p.personId === x.personId)) refusals.push('处理决定只能针对认定的责任人员');
    for (const p of people) {
      const x = chosen.get(p.personId);
      const measures = x?.measures ?? [];
      if (p.treatment === 'exempt') {
        if (measures.length) refusals.push(`${p.personName}依第六条不承担责任，不得给予处理`);
        continue;
      }
      if (!x) {
        refusals.push(`请对${p.personName}作出处理（或免予处理并说明理由）`);
        continue;
      }
      if (!p.informedOn) {
        refusals.push(`尚未告知${p.personName}认定事实和拟处理意见`);
        continue;
      }
      if (!p.statementKind && (p.statementDueOn ?? '') >= input.decidedOn)
        refusals.push(`${p.personName}的陈述申辩期限至${p.statementDueOn}，期满或其陈述申辩后方可决定`);
      const heavier = heavierParts(measures, p.proposedMeasures);
      if (heavier.length)
        throw new AppError(
          'FAULT_MEASURE',
          `对${p.personName}的处理（${measureText(measures)}）重于告知的拟处理意见（${measureText(p.proposedMeasures)}）：${heavier
            .map((h) => MEASURE_LABELS[h])
            .join('、')}。不得因当事人陈述申辩而加重处理；有新的事实的，应另行立项调查`,
          { basis: `${BASIS.defence}；${BASIS.measures}` },
        );
      if ((weight(measures) < weight(p.proposedMeasures) || !measures.length) && !x.reason)
        refusals.push(`对${p.personName}的处理轻于拟处理意见或免予处理的，须写明理由`);
      if (measures.includes('discipline_referral') && !x.disciplineBody)
        refusals.push(`请写明${p.personName}按干部管理权限移送的机关（第十三条）`);
    }
    if (refusals.length)
      throw new AppError('FAULT_FINDING', refusals.join('；'), {
        basis: `${BASIS.measures}；${BASIS.inform}`,
      });

    const finding = m.finding!;
    const integrity = finding.faultTypes.includes('F10');
    for (const p of people) {
      if (p.treatment === 'exempt') continue;
      const x = chosen.get(p.personId)!;
      const d = await openDeadline(
        tx,
        {
          ruleId: 'fault.notify-decision',
          objectType: 'fault_person',
          objectId: p.id,
          trigger: input.decidedOn,
          responsibleUserId: actor.userId,
          unitId: actor.unitId,
          title: `书面通知过错责任处理决定：${m.no}`,
          link: link(id),
        },
        ctx,
      );
      await repo.updatePerson(tx, id, p.personId, {
        decidedMeasures: x.measures,
        currentMeasures: x.measures,
        decisionReason: x.reason ?? '',
        disciplineBody: x.disciplineBody ?? null,
        noticeDueOn: d.dueDate,
      });
      const a1 = finding.grounds.some((g) => g.personId === p.personId && g.code === 'A1');
      await postToFiles(tx, {
        subjectId: p.personId,
        subjectName: p.personName,
        category: '行政执法过错责任追究',
        title: `${m.no}：${measureText(x.measures)}`,
        detail: `过错情形：${finding.faultTypes.map((t) => FAULT_TYPE_LABELS[t]).join('；')}。责任：${LIABILITY_LEVEL_LABELS[p.level]}（${p.rule}）。处理：${measureText(x.measures)}${x.disciplineBody ? `，移送${x.disciplineBody}` : ''}。`,
        sourceType: 'fault_matter',
        sourceId: id,
        occurredOn: input.decidedOn,
        recordedByName: actor.name,
        kinds: integrity || a1 ? ['integrity', 'enforcement'] : ['enforcement'],
      });
      const certificate = x.measures.filter(
        (ms) => ms === 'certificate_suspension' || ms === 'certificate_revocation',
      );
      if (certificate.length) {
        const officer = await repo.officerOf(tx, p.personId);
        await notify(tx, await principals(tx), {
          title: `请办理执法证件${certificate.map((c) => MEASURE_LABELS[c]).join('、')}：${p.personName}`,
          body: `过错责任处理决定${m.no}决定${certificate.map((c) => MEASURE_LABELS[c]).join('、')}，请在执法人员管理中按证件管理程序办理。`,
          link: officer ? `/personnel/officers/${officer}` : '/personnel',
          key: `fault-certificate:${id}:${p.personId}`,
        });
      }
    }
    const running = await deadlineQueries.activeFor(tx, 'fault.investigation', 'fault_matter', id);
    if (running) await meetDeadline(tx, running.id, { note: '已作出处理决定' }, ctx);
    await repo.updateMatter(tx, id, {
      stage: 'decided',
      decidedOn: input.decidedOn,
      decisionMeeting: input.meeting,
      decidedByName: actor.name,
    });
    await matterAudit(tx, ctx, id, FAULT_AUDIT.decided, {
      decidedOn: input.decidedOn,
      meeting: input.meeting,
      measures: input.measures,
    });
    await notify(
      tx,
      people.filter((p) => p.treatment !== 'exempt').map((p) => p.personId),
      {
        title: `过错责任处理决定：${m.no}`,
        body: '处理决定已作出，将书面通知本人。对认定或处理有异议的，可在接到通知之日起30日内申请复核。',
        link: link(id),
        key: `fault-decided:${id}`,
      },
    );
  });
}
