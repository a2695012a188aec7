import type { z } from 'zod';
import type { HearingResponseBody } from '../../../../common/contracts/hearings.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { openDeadline } from '../../deadlines/index.js';
import {
  agency,
  applyHearingResponse,
  caseRepository,
  issueDocument,
  loadForCommand,
  mainParty,
  procedureRepository,
  todayOf,
  type CaseActor,
  type CaseDeps,
} from '../../cases/index.js';
import { notificationsWriter } from '../../workbench/index.js';
import { hearingRepository } from '../hearing.repository.js';
import { HEARING_AUDIT } from '../hearings.audit.js';
import { hearingTrail } from './shared.js';

/**
 * The party's answer to the hearing offer. A written waiver closes the window (the case module records it); a
 * request within the 5 working days (a posted one counts from its postmark) opens the hearing: its record and the
 * 听证申请登记表, the period to hold it (15 days, rule penalty.hearing-hold), and a to-do for those who arrange
 * hearings. The case then waits in 听证程序.
 */
export async function respondToHearing(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof HearingResponseBody>,
  ctx: AuditContext,
): Promise<{ hearingId: string | null }> {
  return deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    const { dueOn } = await applyHearingResponse(deps, tx, loaded, actor, input, ctx);
    if (input.response !== 'requested') return { hearingId: null };
    const { lawCase } = loaded;
    const hearing = await hearingRepository.insert(tx, {
      caseId,
      stage: 'requested',
      requestChannel: input.channel,
      requestReceivedOn: input.receivedOn,
      requestPostmarkOn: input.postmarkOn ?? null,
      requestDueOn: dueOn,
      requestContent: input.note,
      heardPenalty: lawCase.proposedPenalty,
      createdBy: actor.userId,
    });
    const lead = loaded.facts.officerRows.find((o) => o.role === 'lead') ?? loaded.facts.officerRows[0];
    await openDeadline(
      tx,
      {
        ruleId: 'penalty.hearing-hold',
        objectType: 'case',
        objectId: caseId,
        trigger: input.receivedOn,
        responsibleUserId: lead?.userId ?? null,
        unitId: lawCase.unitId,
        title: `举行听证：${lawCase.caseNo ?? lawCase.title}`,
        link: `/hearings/${hearing.id}`,
      },
      ctx,
    );
    const notice = await procedureRepository.latestDocument(tx, caseId, 'penalty_notice');
    await issueDocument(
      deps,
      tx,
      lawCase,
      'hearing_request_record',
      {
        agency: await agency(tx),
        party: await mainParty(deps, tx, caseId),
        cause: lawCase.title,
        ...(notice?.number ? { noticeNo: notice.number } : {}),
        noticeDeliveredOn: lawCase.noticeDeliveredOn ?? input.receivedOn,
        requestDueOn: dueOn ?? input.receivedOn,
        channel: input.channel,
        receivedOn: input.receivedOn,
        ...(input.postmarkOn ? { postmarkOn: input.postmarkOn } : {}),
        content: input.note || '当事人书面要求举行听证。',
        timely: true,
        recordedBy: actor.name,
        recordedOn: todayOf(deps),
      },
      actor,
      ctx,
    );
    await hearingTrail(tx, { hearing }, actor, ctx, {
      action: HEARING_AUDIT.requested,
      payload: { receivedOn: input.receivedOn, postmarkOn: input.postmarkOn ?? null, dueOn },
    });
    const arrangers = await caseRepository.usersWithRole(tx, 'legal_reviewer');
    await notificationsWriter.insertMany(
      tx,
      arrangers.map((userId) => ({
        userId,
        level: 'info' as const,
        title: `待办：安排听证（${lawCase.caseNo ?? lawCase.title}）`,
        body: `当事人于 ${input.postmarkOn ?? input.receivedOn} 申请听证`,
        link: `/hearings/${hearing.id}`,
        dedupeKey: `hearing-arrange:${hearing.id}`,
      })),
    );
    return { hearingId: hearing.id };
  });
}
