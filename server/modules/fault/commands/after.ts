/**
 * After the decision: the written notice within 10 days (第十一条; later only with a reason, and a warning), the
 * 复核 within 30 days of receiving it (第十二条; later only with a justification), never heavier and not
 * suspending the measure (公务员法 第九十五条), the 申诉 record, closing (every liable person served), and the
 * bureau's setting for "多次".
 */
import type { z } from 'zod';
import {
  REVIEW_RESULT_LABELS,
  type AppealBody,
  type AppealOutcomeBody,
  type CloseBody,
  type FaultSettingsBody,
  type NoticeBody,
  type ReviewApplicationBody,
  type ReviewDecisionBody,
} from '../../../../common/contracts/fault.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/http/errors.js';
import { todayOf, type CaseActor } from '../../cases/index.js';
import { deadlineQueries, meetDeadline, openDeadline } from '../../deadlines/index.js';
import { postToFiles } from '../../interference/index.js';
import { FAULT_AUDIT } from '../fault.audit.js';
import { holds } from '../fault.policy.js';
import { faultRepository as repo } from '../fault.repository.js';
import { BASIS } from '../rules/basis.js';
import { heavierParts, measureText } from '../rules/measures.js';
import {
  disciplineStaff,
  link,
  lockMatter,
  matterAudit,
  notify,
  principals,
  requirePermission,
  type FaultDeps,
} from './shared.js';

const notFuture = (deps: FaultDeps, day: string, what: string) => {
  if (day > todayOf(deps)) throw new AppError('VALIDATION_FAILED', `${what}不得晚于今天`);
};

export async function serveNotice(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof NoticeBody>,
  ctx: AuditContext,
): Promise<{ late: boolean }> {
  requirePermission(actor, 'fault.handle', '处理决定由纪检监察人员送达');
  notFuture(deps, input.deliveredOn, '送达日期');
  return deps.database.transaction(async (tx) => {
    const m = await lockMatter(tx, id, ['decided', 'closed'], '送达');
    const p = (await repo.people(tx, id)).find((x) => x.personId === input.personId);
    if (!p || !p.decidedMeasures) throw new AppError('VALIDATION_FAILED', '该人员没有需要送达的处理决定');
    if (p.deliveredOn) throw new AppError('FAULT_STATE', `已于${p.deliveredOn}送达${p.personName}`);
    if (input.deliveredOn < m.decidedOn!) throw new AppError('VALIDATION_FAILED', '送达日期不得早于决定日期');
    const late = !!p.noticeDueOn && input.deliveredOn > p.noticeDueOn;
    if (late && !input.lateReason)
      throw new AppError(
        'FAULT_DEADLINE',
        `处理决定应当在${p.noticeDueOn}前（作出决定之日起10日内）书面通知本人；超期送达须写明理由`,
        { basis: BASIS.notice, rule: 'fault.notify-decision' },
      );
    const notice = await deadlineQueries.activeFor(tx, 'fault.notify-decision', 'fault_person', p.id);
    if (notice)
      await meetDeadline(tx, notice.id, { note: late ? `超期送达：${input.lateReason}` : '已送达' }, ctx);
    const review = await openDeadline(
      tx,
      {
        ruleId: 'fault.review-application',
        objectType: 'fault_person',
        objectId: p.id,
        trigger: input.deliveredOn,
        responsibleUserId: p.personId,
        unitId: null,
        title: `申请复核期限：${m.no}`,
        link: link(id),
      },
      ctx,
    );
    await repo.updatePerson(tx, id, p.personId, {
      deliveredOn: input.deliveredOn,
      deliveryMethod: input.method,
      receiverName: input.receiverName,
      late,
      lateReason: late ? input.lateReason! : null,
      reviewDueOn: review.dueDate,
    });
    await matterAudit(tx, ctx, id, FAULT_AUDIT.served, {
      personId: p.personId,
      deliveredOn: input.deliveredOn,
      late,
      lateReason: late ? input.lateReason : null,
      reviewDueOn: review.dueDate,
    });
    if (late)
      await notify(tx, [...(await disciplineStaff(tx)), ...(await principals(tx))], {
        level: 'overdue',
        title: `过错责任处理决定超期送达：${m.no}`,
        body: `${p.personName}的处理决定应于${p.noticeDueOn}前送达，实际${input.deliveredOn}送达。理由：${input.lateReason}`,
        link: link(id),
        key: `fault-late-notice:${p.id}`,
      });
    return { late };
  });
}

export async function applyForReview(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof ReviewApplicationBody>,
  ctx: AuditContext,
): Promise<{ id: string }> {
  const self = actor.userId === input.personId;
  if (!self && !holds(actor, 'fault.handle'))
    throw new AppError('FORBIDDEN', '复核由被追究人员本人申请，或由纪检监察人员登记收到的申请');
  notFuture(deps, input.receivedOn, '收到申请的日期');
  return deps.database.transaction(async (tx) => {
    const m = await lockMatter(tx, id, ['decided', 'closed'], '申请复核');
    const p = (await repo.people(tx, id)).find((x) => x.personId === input.personId);
    if (!p || !p.decidedMeasures) throw new AppError('VALIDATION_FAILED', '该人员没有可申请复核的处理决定');
    if (!p.deliveredOn || !p.reviewDueOn)
      throw new AppError('FAULT_STATE', '处理决定尚未送达本人，复核申请期限尚未起算');
    if ((await repo.reviews(tx, id)).some((r) => r.personId === p.personId))
      throw new AppError('FAULT_STATE', `${p.personName}已申请过复核；对复核决定不服的，可以提出申诉`, {
        basis: BASIS.reviewLaw,
      });
    if (input.receivedOn < p.deliveredOn) throw new AppError('VALIDATION_FAILED', '申请日期不得早于送达日期');
    const late = input.receivedOn > p.reviewDueOn;
    if (late && !input.lateJustification)
      throw new AppError(
        'FAULT_DEADLINE',
        `复核申请应当自接到处理决定通知之日起30日内提出（${p.deliveredOn}送达，期限至${p.reviewDueOn}）；${input.receivedOn}提出的申请已逾期，有正当理由的须写明理由`,
        { basis: `${BASIS.review}；${BASIS.reviewLaw}`, rule: 'fault.review-application' },
      );
    const running = await deadlineQueries.activeFor(tx, 'fault.review-application', 'fault_person', p.id);
    if (running) await meetDeadline(tx, running.id, { note: '已申请复核' }, ctx);
    const decisionDue = await openDeadline(
      tx,
      {
        ruleId: 'fault.review-decision',
        objectType: 'fault_person',
        objectId: p.id,
        trigger: input.receivedOn,
        responsibleUserId: null,
        unitId: null,
        title: `作出复核决定：${m.no}`,
        link: link(id),
      },
      ctx,
    );
    const row = await repo.insertReview(tx, {
      matterId: id,
      personId: p.personId,
      receivedOn: input.receivedOn,
      grounds: input.grounds,
      late,
      lateJustification: late ? input.lateJustification! : null,
      dueOn: decisionDue.dueDate ?? input.receivedOn,
      recordedByName: actor.name,
    });
    await matterAudit(tx, ctx, id, FAULT_AUDIT.reviewApplied, {
      reviewId: row.id,
      personId: p.personId,
      receivedOn: input.receivedOn,
      late,
      lateJustification: late ? input.lateJustification : null,
    });
    await notify(tx, [...(await principals(tx)), ...(await disciplineStaff(tx))], {
      title: `过错责任复核申请：${m.no} ${p.personName}`,
      body: `请于${decisionDue.dueDate}前作出复核决定。复核期间不停止处理决定的执行。`,
      link: link(id),
      key: `fault-review:${row.id}`,
    });
    return { id: row.id };
  });
}

export async function decideReview(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  reviewId: string,
  input: z.infer<typeof ReviewDecisionBody>,
  ctx: AuditContext,
): Promise<void> {
  requirePermission(actor, 'fault.decide', '复核决定由作出处理决定的局领导班子研究、主要负责人作出');
  notFuture(deps, input.decidedOn, '复核决定日期');
  await deps.database.transaction(async (tx) => {
    const m = await lockMatter(tx, id, ['decided', 'closed'], '作出复核决定');
    const r = (await repo.reviews(tx, id)).find((x) => x.id === reviewId);
    if (!r) throw new AppError('NOT_FOUND');
    if (r.decidedOn) throw new AppError('FAULT_STATE', '已作出复核决定');
    if (input.decidedOn < r.receivedOn)
      throw new AppError('VALIDATION_FAILED', '复核决定日期不得早于收到申请的日期');
    const p = (await repo.people(tx, id)).find((x) => x.personId === r.personId)!;
    const current = p.currentMeasures ?? [];
    const after = input.result === 'upheld' ? current : input.result === 'revoked' ? [] : input.measures;
    if (input.result === 'reduced') {
      if (
        heavierParts(after, current).length ||
        (after.length === current.length && after.every((a) => current.includes(a)))
      )
        throw new AppError(
          'FAULT_MEASURE',
          `减轻处理的，复核后的处理（${measureText(after)}）须轻于原处理（${measureText(current)}）；复核不得加重处理`,
          { basis: BASIS.noWorse },
        );
    }
    await repo.updateReview(tx, reviewId, {
      decidedOn: input.decidedOn,
      result: input.result,
      measures: after,
      reason: input.reason,
      decidedByName: actor.name,
    });
    await repo.updatePerson(tx, id, p.personId, { currentMeasures: after });
    const running = await deadlineQueries.activeFor(tx, 'fault.review-decision', 'fault_person', p.id);
    if (running) await meetDeadline(tx, running.id, { note: REVIEW_RESULT_LABELS[input.result] }, ctx);
    await matterAudit(tx, ctx, id, FAULT_AUDIT.reviewDecided, {
      reviewId,
      personId: p.personId,
      result: input.result,
      before: current,
      after,
    });
    if (input.result !== 'upheld')
      await postToFiles(tx, {
        subjectId: p.personId,
        subjectName: p.personName,
        category: '行政执法过错责任追究（复核）',
        title: `${m.no}复核：${REVIEW_RESULT_LABELS[input.result]}`,
        detail: `原处理：${measureText(current)}；复核后：${measureText(after)}。理由：${input.reason}`,
        sourceType: 'fault_matter',
        sourceId: id,
        occurredOn: input.decidedOn,
        recordedByName: actor.name,
        kinds: ['enforcement'],
      });
    await notify(tx, [p.personId], {
      title: `复核决定：${m.no}`,
      body: `${REVIEW_RESULT_LABELS[input.result]}（${measureText(after)}）。不服的，可以在接到复核决定之日起15日内向有关部门提出申诉。`,
      link: link(id),
      key: `fault-review-decided:${reviewId}`,
    });
  });
}

export async function fileAppeal(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof AppealBody>,
  ctx: AuditContext,
): Promise<{ id: string }> {
  const self = actor.userId === input.personId;
  if (!self && !holds(actor, 'fault.handle'))
    throw new AppError('FORBIDDEN', '申诉由被追究人员本人提出，或由纪检监察人员登记');
  notFuture(deps, input.filedOn, '申诉日期');
  return deps.database.transaction(async (tx) => {
    await lockMatter(tx, id, ['decided', 'closed'], '登记申诉');
    const p = (await repo.people(tx, id)).find((x) => x.personId === input.personId);
    if (!p || !p.decidedMeasures) throw new AppError('VALIDATION_FAILED', '该人员没有可申诉的处理决定');
    if (!p.deliveredOn || input.filedOn < p.deliveredOn)
      throw new AppError('VALIDATION_FAILED', '申诉日期不得早于处理决定送达日期');
    const row = await repo.insertAppeal(tx, {
      matterId: id,
      personId: p.personId,
      filedOn: input.filedOn,
      body: input.body,
      content: input.content,
      recordedByName: actor.name,
    });
    await matterAudit(tx, ctx, id, FAULT_AUDIT.appealFiled, {
      appealId: row.id,
      personId: p.personId,
      body: input.body,
      filedOn: input.filedOn,
    });
    return { id: row.id };
  });
}

export async function recordAppealOutcome(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  appealId: string,
  input: z.infer<typeof AppealOutcomeBody>,
  ctx: AuditContext,
): Promise<void> {
  requirePermission(actor, 'fault.handle', '申诉处理结果由纪检监察人员登记');
  notFuture(deps, input.decidedOn, '申诉处理日期');
  await deps.database.transaction(async (tx) => {
    await lockMatter(tx, id, ['decided', 'closed'], '登记申诉结果');
    const a = (await repo.appeals(tx, id)).find((x) => x.id === appealId);
    if (!a) throw new AppError('NOT_FOUND');
    if (a.decidedOn) throw new AppError('FAULT_STATE', '已登记申诉处理结果');
    if (input.decidedOn < a.filedOn) throw new AppError('VALIDATION_FAILED', '处理日期不得早于申诉日期');
    await repo.updateAppeal(tx, appealId, { decidedOn: input.decidedOn, outcome: input.outcome });
    await matterAudit(tx, ctx, id, FAULT_AUDIT.appealDecided, { appealId, decidedOn: input.decidedOn });
  });
}

export async function closeMatter(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof CloseBody>,
  ctx: AuditContext,
): Promise<void> {
  requirePermission(actor, 'fault.handle', '过错责任追究事项由纪检监察人员办结');
  notFuture(deps, input.closedOn, '办结日期');
  await deps.database.transaction(async (tx) => {
    const m = await lockMatter(tx, id, ['decided'], '办结');
    const unserved = (await repo.people(tx, id)).filter((p) => p.decidedMeasures && !p.deliveredOn);
    if (unserved.length)
      throw new AppError(
        'FAULT_STATE',
        `尚未将处理决定书面通知${unserved.map((p) => p.personName).join('、')}，不能办结`,
        { basis: BASIS.notice },
      );
    if (input.closedOn < m.decidedOn!) throw new AppError('VALIDATION_FAILED', '办结日期不得早于决定日期');
    await repo.updateMatter(tx, id, {
      stage: 'closed',
      closedOn: input.closedOn,
      closeNote: input.note ?? null,
    });
    await matterAudit(tx, ctx, id, FAULT_AUDIT.closed, { closedOn: input.closedOn });
  });
}

export async function saveSettings(
  deps: FaultDeps,
  actor: CaseActor,
  input: z.infer<typeof FaultSettingsBody>,
  ctx: AuditContext,
): Promise<void> {
  requirePermission(actor, 'fault.handle', '过错责任追究设置由纪检监察人员维护');
  await deps.database.transaction(async (tx) => {
    const before = await repo.settings(tx);
    await repo.saveSettings(tx, { ...input, updatedByName: actor.name });
    await recordAudit(tx, ctx, {
      action: FAULT_AUDIT.settingsChanged,
      objectType: 'fault_settings',
      objectId: null,
      payload: {
        before: before
          ? { repeatWindowMonths: before.repeatWindowMonths, repeatThreshold: before.repeatThreshold }
          : null,
        after: input,
      },
    });
  });
}
