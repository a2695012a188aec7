import type { z } from 'zod';
import type {
  ArrangeBody,
  RecusalDecisionBody,
  RecusalRequestBody,
} from '../../../../common/contracts/hearings.js';
import { HEARING_ROLE_LABELS, type HearingRole } from '../../../../common/contracts/hearings.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries, openDeadline, waiveDeadline } from '../../deadlines/index.js';
import {
  agency,
  caseRepository,
  issueDocument,
  mainParty,
  nowOf,
  todayOf,
  type CaseActor,
  type CaseDeps,
} from '../../cases/index.js';
import { hearingRepository } from '../hearing.repository.js';
import { HEARING_AUDIT } from '../hearings.audit.js';
import type { HearingRow } from '../hearings.schema.js';
import { earliestHearingDay, HEARING_HOLD_RULE, HEARING_NOTICE_RULE } from '../rules/hearing-dates.js';
import { checkArrangement } from '../rules/members.js';
import {
  calendarOf,
  dayOfWallTime,
  hearingTrail,
  instantOfWallTime,
  wallTimeOf,
  loadHearingForCommand,
  membersFacts,
  requireHearingAbility,
} from './shared.js';

const LAW = '《中华人民共和国行政处罚法》';

/** The role a user has in the hearing, or null. */
export function roleIn(
  h: Pick<HearingRow, 'chairId' | 'clerkId' | 'officerIds'>,
  userId: string,
): HearingRole | null {
  if (h.chairId === userId) return 'chair';
  if (h.clerkId === userId) return 'clerk';
  return h.officerIds.includes(userId) ? 'officer' : null;
}

/**
 * 安排听证: the chair (not an investigator nor the filing approver, 第六十四条第四项), hearing officers and clerk,
 * the room, place and time, public or closed with its ground (第六十四条第三项). The time must leave room for the
 * notice 7 working days ahead counted from today; a time after the period from the request needs a reason.
 * Rooms and members may not be double-booked. Re-arranging (after a granted recusal or a postponement) replaces
 * the earlier arrangement and the notice must be given again.
 */
export async function arrangeHearing(
  deps: CaseDeps,
  actor: CaseActor,
  hearingId: string,
  input: z.infer<typeof ArrangeBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const h = await loadHearingForCommand(tx, hearingId, actor);
    requireHearingAbility(h, 'arrange', actor);
    const { hearing, lawCase } = h;
    if (h.facts.pendingRecusalTargets.length)
      throw new AppError('HEARING_STATE', '尚有回避申请未作决定，请先由负责人决定是否回避');
    const people = [input.chairId, ...input.officerIds, input.clerkId];
    const names = await caseRepository.userNames(tx, people);
    if (people.some((id) => !names.has(id))) throw new AppError('HEARING_MEMBER', '所选听证人员不存在');
    const refusal = checkArrangement(input, await membersFacts(tx, hearing), names);
    if (refusal)
      throw new AppError('HEARING_MEMBER', refusal.reason, { basis: refusal.basis, rule: refusal.rule });
    if (input.roomId) {
      const room = await hearingRepository.room(tx, input.roomId);
      if (!room || !room.active) throw new AppError('HEARING_STATE', '所选听证室不存在或已停用');
    }
    const at = instantOfWallTime(input.scheduledAt);
    if (!Number.isFinite(at.getTime())) throw new AppError('HEARING_DATE', '听证时间不正确');
    const day = dayOfWallTime(input.scheduledAt);
    // The notice cannot reach the party before the request did: the earliest lawful day counts from the request.
    const received = hearing.requestReceivedOn as LocalDate;
    const earliest = earliestHearingDay(await calendarOf(tx), received);
    if (day < earliest)
      throw new AppError(
        'HEARING_DATE',
        `听证会通知应当在举行听证的七个工作日前送达当事人；收到听证申请（${received}）后即行送达，最早也只能于 ${earliest} 举行听证`,
        { basis: `${LAW}第六十四条第二项、第八十五条`, rule: HEARING_NOTICE_RULE },
      );
    const hold = await deadlineQueries.activeFor(tx, HEARING_HOLD_RULE, 'case', lawCase.id);
    if (hold?.dueDate && day > hold.dueDate && !input.overrunReason)
      throw new AppError(
        'HEARING_DATE',
        `应当在收到听证申请后的期限内（至 ${hold.dueDate}）举行听证；确需晚于该日举行的，请填写理由`,
        {
          basis: '《安全生产违法行为行政处罚办法》（2015）听证程序条款（法-R，待与应急管理部令第18号核对）',
          rule: HEARING_HOLD_RULE,
        },
      );
    const clash = await hearingRepository.overlapping(tx, {
      from: at,
      to: new Date(at.getTime() + input.durationMinutes * 60_000),
      roomId: input.roomId ?? null,
      people,
      exceptId: hearing.id,
    });
    if (clash.length) {
      const c = clash[0]!;
      const who = people.filter((p) => roleIn(c, p)).map((p) => names.get(p));
      const busy = [
        ...(c.roomId && c.roomId === input.roomId ? ['所选听证室'] : []),
        ...(who.length ? [`听证人员${who.join('、')}`] : []),
      ];
      throw new AppError(
        'HEARING_ROOM_BUSY',
        `${busy.join('和')}在该时段（${wallTimeOf(c.scheduledAt!)}起）已有其他听证安排，请另选时间`,
      );
    }
    await hearingRepository.update(tx, hearing.id, {
      stage: 'arranged',
      chairId: input.chairId,
      officerIds: input.officerIds,
      clerkId: input.clerkId,
      roomId: input.roomId ?? null,
      place: input.place,
      scheduledAt: at,
      durationMinutes: input.durationMinutes,
      public: input.public,
      closedReason: input.public ? null : (input.closedReason ?? null),
      closedNote: input.public ? null : input.closedNote || null,
      // Kept only when the day is in fact after the period (a reason given for a timely day is not recorded).
      overrunReason: hold?.dueDate && day > hold.dueDate ? input.overrunReason || null : null,
      notifiedOn: null,
      noticeDocumentId: null,
    });
    const prior = await deadlineQueries.activeFor(tx, HEARING_NOTICE_RULE, 'case', lawCase.id);
    if (prior)
      await waiveDeadline(tx, prior.id, { reason: '听证重新安排，按新的听证日期重新计算' }, ctx, null);
    await openDeadline(
      tx,
      {
        ruleId: HEARING_NOTICE_RULE,
        objectType: 'case',
        objectId: lawCase.id,
        trigger: day,
        responsibleUserId: actor.userId,
        unitId: lawCase.unitId,
        title: `送达听证会通知书：${lawCase.caseNo ?? lawCase.title}`,
        link: `/hearings/${hearing.id}`,
      },
      ctx,
    );
    await hearingTrail(tx, h, actor, ctx, {
      action: HEARING_AUDIT.arranged,
      payload: {
        chairId: input.chairId,
        officerIds: input.officerIds,
        clerkId: input.clerkId,
        roomId: input.roomId ?? null,
        scheduledAt: input.scheduledAt,
        public: input.public,
        closedReason: input.public ? null : input.closedReason,
        overrun: !!input.overrunReason,
      },
      step: {
        kind: 'hearing_arranged',
        opinion: `主持人：${names.get(input.chairId)}；时间：${input.scheduledAt}；地点：${input.place}`,
      },
    });
  });
}

/** A recusal request against a member (第六十四条第四项), recorded for the 负责人 to decide. */
export async function requestRecusal(
  deps: CaseDeps,
  actor: CaseActor,
  hearingId: string,
  input: z.infer<typeof RecusalRequestBody>,
  ctx: AuditContext,
): Promise<string> {
  return deps.database.transaction(async (tx) => {
    const h = await loadHearingForCommand(tx, hearingId, actor);
    requireHearingAbility(h, 'requestRecusal', actor);
    const role = roleIn(h.hearing, input.targetUserId);
    if (!role) throw new AppError('HEARING_MEMBER', '被申请回避的人员不是本次听证的主持人、听证员或书记员');
    if (input.requestedOn > todayOf(deps) || input.requestedOn < h.hearing.requestReceivedOn)
      throw new AppError('CASE_DATE_INVALID', '回避申请日期应在听证申请之后、今天之前');
    if (h.facts.pendingRecusalTargets.includes(input.targetUserId))
      throw new AppError('HEARING_STATE', '对该人员的回避申请尚未决定');
    const row = await hearingRepository.insertRecusal(tx, {
      hearingId,
      targetUserId: input.targetUserId,
      targetRole: role,
      applicant: input.applicant,
      requestedOn: input.requestedOn,
      reason: input.reason,
      recordedBy: actor.userId,
    });
    await hearingTrail(tx, h, actor, ctx, {
      action: HEARING_AUDIT.recusalRequested,
      payload: { recusalId: row.id, targetUserId: input.targetUserId, role },
    });
    return row.id;
  });
}

/**
 * The 负责人 decides a recusal request (by analogy with 第四十三条) and the 回避决定书 is issued. A granted one takes
 * the member off the hearing, which must then be arranged (and noticed) again.
 */
export async function decideRecusal(
  deps: CaseDeps,
  actor: CaseActor,
  hearingId: string,
  recusalId: string,
  input: z.infer<typeof RecusalDecisionBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const h = await loadHearingForCommand(tx, hearingId, actor);
    requireHearingAbility(h, 'decideRecusal', actor);
    const r = (await hearingRepository.recusals(tx, hearingId)).find((x) => x.id === recusalId);
    if (!r) throw new AppError('NOT_FOUND');
    if (r.decision) throw new AppError('HEARING_STATE', '该回避申请已作出决定');
    if (r.targetUserId === actor.userId)
      throw new AppError('FORBIDDEN', '被申请回避的人员不得决定本人是否回避', {
        basis: `${LAW}第四十三条`,
        rule: 'hearing.recusal-self',
      });
    const names = await caseRepository.userNames(tx, [r.targetUserId]);
    const doc = await issueDocument(
      deps,
      tx,
      h.lawCase,
      'recusal_decision',
      {
        agency: await agency(tx),
        party: await mainParty(deps, tx, h.lawCase.id),
        cause: h.lawCase.title,
        applicant: r.applicant,
        requestedOn: r.requestedOn,
        target: { name: names.get(r.targetUserId) ?? '', role: HEARING_ROLE_LABELS[r.targetRole] },
        reason: r.reason,
        granted: input.decision === 'granted',
        decisionReason: input.reason,
        decidedBy: actor.name,
        decidedOn: todayOf(deps),
      },
      actor,
      ctx,
    );
    await hearingRepository.decideRecusal(tx, r.id, {
      decision: input.decision,
      decisionReason: input.reason,
      decidedBy: actor.userId,
      decidedAt: nowOf(deps),
      documentId: doc.id,
    });
    if (input.decision === 'granted')
      await removeMember(tx, h.hearing, r.targetUserId, r.targetRole, actor, ctx);
    await hearingTrail(tx, h, actor, ctx, {
      action: HEARING_AUDIT.recusalDecided,
      payload: { recusalId: r.id, decision: input.decision, documentId: doc.id },
      step: { kind: 'hearing_recusal_decided', decision: input.decision, opinion: input.reason },
    });
  });
}

async function removeMember(
  tx: Tx,
  hearing: HearingRow,
  userId: string,
  role: HearingRole,
  _actor: CaseActor,
  ctx: AuditContext,
): Promise<void> {
  await hearingRepository.update(tx, hearing.id, {
    stage: 'requested',
    ...(role === 'chair' ? { chairId: null } : {}),
    ...(role === 'clerk' ? { clerkId: null } : {}),
    ...(role === 'officer' ? { officerIds: hearing.officerIds.filter((o) => o !== userId) } : {}),
    notifiedOn: null,
    noticeDocumentId: null,
  });
  const notice = await deadlineQueries.activeFor(tx, HEARING_NOTICE_RULE, 'case', hearing.caseId);
  if (notice) await waiveDeadline(tx, notice.id, { reason: '听证人员回避，须重新安排' }, ctx, null);
}
