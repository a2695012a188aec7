/**
 * The finding (认定, 第三、五–九条): the fault types, the persons liable with the 第九条 share proposed from the
 * case's trail (a different allocation only with a written reason), the 第六–八条 grounds with their evidence
 * (A2 computed from history), and the 拟处理意见; then the 告知 and the 陈述申辩 of each person
 * (公务员法 第六十三条: heard, and not made heavier because of the defence).
 */
import type { z } from 'zod';
import {
  type AllocationFactsBody,
  type AllocationView,
  type FindingBody,
  type InformBody,
  type StatementBody,
} from '../../../../common/contracts/fault.js';
import { addDays, type LocalDate } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { caseRepository, todayOf, type CaseActor } from '../../cases/index.js';
import { FAULT_AUDIT } from '../fault.audit.js';
import { holds } from '../fault.policy.js';
import { faultRepository as repo } from '../fault.repository.js';
import type { MatterRow, StoredFinding } from '../fault.schema.js';
import type { LiabilityShare } from '../rules/allocation.js';
import { BASIS } from '../rules/basis.js';
import { findingRefusals } from '../rules/finding.js';
import { groundRefusals, treatmentOf } from '../rules/grounds.js';
import { measureText } from '../rules/measures.js';
import { caseTrail, proposeAllocation } from '../queries/trail.js';
import {
  activeStaff,
  disciplineStaff,
  link,
  lockMatter,
  matterAudit,
  notify,
  repeatSettings,
  requirePermission,
  type FaultDeps,
} from './shared.js';

async function proposal(
  db: Db | Tx,
  m: MatterRow,
  facts: z.infer<typeof AllocationFactsBody>,
  on: LocalDate,
): Promise<{ shares: LiabilityShare[]; view: AllocationView | null; hasCollective: boolean }> {
  if (!m.caseId) return { shares: [], view: null, hasCollective: false };
  const lawCase = await caseRepository.find(db, m.caseId);
  if (!lawCase) return { shares: [], view: null, hasCollective: false };
  const t = await caseTrail(db, lawCase);
  const r = await proposeAllocation(db, t, facts, await repeatSettings(db), on, m.id);
  return { ...r, hasCollective: !!t.view.collective };
}

/** The 第九条 proposal for the investigators' facts (nothing is stored). */
export async function allocationFor(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  facts: z.infer<typeof AllocationFactsBody>,
): Promise<AllocationView> {
  requirePermission(actor, 'fault.handle', '责任划分由调查人员提出');
  const db = deps.database.db;
  const m = await repo.find(db, id);
  if (!m) throw new AppError('NOT_FOUND');
  const r = await proposal(db, m, facts, todayOf(deps));
  if (!r.view)
    throw new AppError(
      'FAULT_STATE',
      '该线索未关联案件，没有可据以划分责任的审批记录；请直接认定并书面说明理由',
    );
  return r.view;
}

export async function submitFinding(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof FindingBody>,
  ctx: AuditContext,
): Promise<void> {
  requirePermission(actor, 'fault.handle', '过错责任由调查人员认定');
  const today = todayOf(deps);
  await deps.database.transaction(async (tx) => {
    const m = await lockMatter(tx, id, ['investigating'], '作出认定');
    if (!m.investigatorIds.includes(actor.userId))
      throw new AppError('FORBIDDEN', '只有本事项的调查人员可以作出认定');
    const p = await proposal(tx, m, input.allocationFacts, today);
    const refusals = findingRefusals(input, p.shares);
    const liable = input.liabilities.map((l) => l.personId);
    const staff = await activeStaff(tx, liable, '责任人员');
    const nameOf = (pid: string) => staff.get(pid)?.name ?? pid;
    if (liable.some((l) => m.investigatorIds.includes(l)))
      refusals.push('调查人员不能被认定为责任人员；请先更换调查人员（回避）');
    refusals.push(
      ...groundRefusals(
        input.grounds,
        { hasCollectiveRecord: p.hasCollective, misreportedBy: input.allocationFacts.misreportedBy, liable },
        nameOf,
      ),
    );
    // Computed grounds: A2 where the person's history makes this fault a repeated one (第八条第二项), and E2 for a
    // member whose dissent the 集体讨论 record holds (honoured, unless he misreported to the meeting: 第九条第一项).
    const automatic =
      p.view?.suggestions.filter(
        (s) =>
          liable.includes(s.personId) &&
          (s.code === 'A2' || (s.code === 'E2' && !input.allocationFacts.misreportedBy.includes(s.personId))),
      ) ?? [];
    const grounds = [
      ...input.grounds.map((g) => ({ ...g, note: g.note ?? '', automatic: false })),
      ...automatic
        .filter((a) => !input.grounds.some((g) => g.personId === a.personId && g.code === a.code))
        .map((a) => ({
          personId: a.personId,
          code: a.code,
          evidence: a.evidence,
          note: a.note,
          automatic: true,
        })),
    ];
    const people = input.liabilities.map((l) => {
      const codes = grounds.filter((g) => g.personId === l.personId).map((g) => g.code);
      const { treatment, conflict } = treatmentOf(codes);
      const measures = input.proposedMeasures.find((pm) => pm.personId === l.personId);
      return { l, treatment, conflict, measures: measures?.measures ?? [], note: measures?.note ?? '' };
    });
    for (const x of people) {
      if (x.conflict && !input.conflictResolution)
        refusals.push(
          `${nameOf(x.l.personId)}既有免责或从轻情节又有从重情节，需人工认定：请写明认定意见（第六条、第八条）`,
        );
      if (x.treatment === 'exempt' && x.measures.length)
        refusals.push(`${nameOf(x.l.personId)}依第六条不承担责任，不应提出处理意见`);
      if (x.treatment !== 'exempt' && !x.measures.length && !x.note)
        refusals.push(`请对${nameOf(x.l.personId)}提出拟处理意见，或写明免予处理的理由（第七条、第十条）`);
    }
    if (refusals.length)
      throw new AppError('FAULT_FINDING', refusals.join('；'), {
        basis: `${BASIS.types}至第九条`,
      });
    const units = await repo.unitsOf(tx, liable);
    const finding: StoredFinding = {
      faultTypes: input.faultTypes,
      otherBasis: input.otherBasis ?? null,
      facts: input.facts,
      act: input.act,
      allocationFacts: input.allocationFacts,
      proposedShares: p.view?.shares ?? [],
      overrideReason: input.overrideReason ?? null,
      grounds,
      conflictResolution: input.conflictResolution ?? null,
    };
    await repo.insertPeople(
      tx,
      people.map((x) => ({
        matterId: id,
        personId: x.l.personId,
        personName: nameOf(x.l.personId),
        unitName: units.get(x.l.personId) ?? null,
        role: x.l.role,
        level: x.l.level,
        rule: x.l.rule,
        treatment: x.treatment,
        proposedMeasures: x.measures,
        proposalNote: x.note,
      })),
    );
    await repo.updateMatter(tx, id, {
      stage: 'found',
      finding,
      foundOn: today,
      foundByName: actor.name,
      subjectIds: [...new Set([...m.subjectIds, ...liable])],
    });
    await matterAudit(tx, ctx, id, FAULT_AUDIT.found, {
      faultTypes: input.faultTypes,
      shares: input.liabilities,
      proposedShares: p.shares.map(({ basis: _b, ...s }) => s),
      overridden: !!input.overrideReason,
      grounds: grounds.map((g) => ({ personId: g.personId, code: g.code, automatic: g.automatic })),
      proposedMeasures: people.map((x) => ({ personId: x.l.personId, measures: x.measures })),
    });
    const repeatedNames = grounds
      .filter((g) => g.automatic && g.code === 'A2')
      .map((g) => nameOf(g.personId));
    if (repeatedNames.length)
      await notify(tx, await disciplineStaff(tx), {
        level: 'due_soon',
        title: `多次发生行政执法过错：${repeatedNames.join('、')}`,
        body: `${m.no}认定时，系统依历史记录认定${repeatedNames.join('、')}多次发生过错，已按第八条第二项从重。`,
        link: link(id),
        key: `fault-repeated:${id}`,
      });
  });
}

export async function inform(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof InformBody>,
  ctx: AuditContext,
): Promise<void> {
  requirePermission(actor, 'fault.handle', '认定事实和拟处理意见由调查人员告知');
  const today = todayOf(deps);
  if (input.informedOn > today) throw new AppError('VALIDATION_FAILED', '告知日期不得晚于今天');
  await deps.database.transaction(async (tx) => {
    const m = await lockMatter(tx, id, ['found'], '告知');
    const person = (await repo.people(tx, id)).find((p) => p.personId === input.personId);
    if (!person) throw new AppError('VALIDATION_FAILED', '该人员不是认定的责任人员');
    if (person.treatment === 'exempt')
      throw new AppError('FAULT_STATE', `${person.personName}依第六条不承担责任，无需告知拟处理意见`);
    if (person.informedOn)
      throw new AppError('FAULT_STATE', `已于${person.informedOn}告知${person.personName}`);
    if (input.informedOn < (m.foundOn ?? input.informedOn))
      throw new AppError('VALIDATION_FAILED', '告知日期不得早于认定日期');
    const due = addDays(input.informedOn as LocalDate, input.statementDays);
    await repo.updatePerson(tx, id, input.personId, {
      informedOn: input.informedOn,
      informMethod: input.method,
      statementDueOn: due,
    });
    await matterAudit(tx, ctx, id, FAULT_AUDIT.informed, {
      personId: input.personId,
      informedOn: input.informedOn,
      proposedMeasures: person.proposedMeasures,
      statementDueOn: due,
    });
    await notify(tx, [input.personId], {
      title: `过错责任认定告知：${m.no}`,
      body: `拟处理意见：${measureText(person.proposedMeasures)}。您可以在${due}前提出陈述、申辩；不因申辩而加重处理。`,
      link: link(id),
      key: `fault-inform:${id}:${input.personId}`,
    });
  });
}

export async function recordStatement(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof StatementBody>,
  ctx: AuditContext,
): Promise<void> {
  const self = actor.userId === input.personId;
  if (!self && !holds(actor, 'fault.handle'))
    throw new AppError('FORBIDDEN', '陈述申辩由本人提出，或由调查人员记录');
  const today = todayOf(deps);
  if (input.receivedOn > today) throw new AppError('VALIDATION_FAILED', '日期不得晚于今天');
  await deps.database.transaction(async (tx) => {
    await lockMatter(tx, id, ['found'], '记录陈述申辩');
    const person = (await repo.people(tx, id)).find((p) => p.personId === input.personId);
    if (!person) throw new AppError(self ? 'NOT_FOUND' : 'VALIDATION_FAILED', '该人员不是认定的责任人员');
    if (!person.informedOn)
      throw new AppError('FAULT_STATE', '尚未告知认定事实和拟处理意见，不能记录陈述申辩', {
        basis: BASIS.defence,
      });
    if (person.statementKind) throw new AppError('FAULT_STATE', '已记录陈述申辩或放弃');
    if (input.receivedOn < person.informedOn)
      throw new AppError('VALIDATION_FAILED', '陈述申辩日期不得早于告知日期');
    await repo.updatePerson(tx, id, input.personId, {
      statementKind: input.kind,
      statementOn: input.receivedOn,
      statementContent: input.content,
    });
    await matterAudit(tx, ctx, id, FAULT_AUDIT.statement, {
      personId: input.personId,
      kind: input.kind,
      receivedOn: input.receivedOn,
      bySelf: self,
    });
  });
}
