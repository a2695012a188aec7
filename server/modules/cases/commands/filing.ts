import type { z } from 'zod';
import type { DismissSourceBody, FilingBody, SourceBody } from '../../../../common/contracts/cases.js';
import { addYears, isValidLocalDate, yearOf, type LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { openDeadline } from '../../deadlines/index.js';
import { orgQueries } from '../../org/index.js';
import { caseRepository } from '../case.repository.js';
import { settingsOn, todayOf, type CaseActor, type CaseDeps } from '../cases.context.js';
import { CASE_AUDIT } from '../cases.audit.js';
import type { CaseApprovalRow, CaseRow } from '../cases.schema.js';
import { issueFilingApproval } from './documents.js';
import { PUNISHMENT_LAW, requireTeam, trail, requestApproval } from './shared.js';

/** 第三十六条: two years from the act (or its end), five when life/health or financial safety was endangered. */
export function limitationUntil(actDate: LocalDate, extended: boolean): LocalDate {
  return addYears(actDate, extended ? 5 : 2);
}

function limitationRefusal(until: LocalDate, extended: boolean): AppError {
  return new AppError(
    'CASE_LIMITATION_EXPIRED',
    `违法行为在${extended ? '五' : '二'}年内未被发现（时效届满日 ${until}），不再给予行政处罚`,
    {
      basis: `${PUNISHMENT_LAW}第三十六条${extended ? '第一款' : ''}`,
      rule: extended ? 'penalty.limitation-extended' : 'penalty.limitation',
    },
  );
}

/** Fills a 文号 pattern: {year}, {seq}, {code}. */
export function formatNumber(pattern: string, v: { year: number; seq: number; code?: string }): string {
  return pattern
    .replaceAll('{year}', String(v.year))
    .replaceAll('{seq}', String(v.seq))
    .replaceAll('{code}', v.code ?? '');
}

/** 案源登记: any handler registers where a possible case came from. */
export async function registerSource(
  deps: CaseDeps,
  actor: CaseActor,
  input: z.infer<typeof SourceBody>,
  ctx: AuditContext,
): Promise<string> {
  const today = todayOf(deps);
  if (input.receivedOn > today) throw new AppError('CASE_DATE_INVALID', '受理日期不能晚于今天');
  if (!(await orgQueries.unitExists(deps.database.db, input.unitId)))
    throw new AppError('VALIDATION_FAILED', '承办科室不存在');
  return deps.database.transaction(async (tx) => {
    const year = yearOf(input.receivedOn as LocalDate);
    const seq = await caseRepository.nextNumber(tx, 'source', year);
    const row = await caseRepository.insertSource(tx, {
      sourceNo: `案源〔${year}〕${seq}号`,
      kind: input.kind,
      receivedOn: input.receivedOn,
      subjectName: input.subjectName,
      subjectAddress: input.subjectAddress ?? null,
      summary: input.summary,
      informant: input.informant ?? null,
      unitId: input.unitId,
      registeredBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: CASE_AUDIT.sourceRegistered,
      objectType: 'case-source',
      objectId: row.id,
      payload: { sourceNo: row.sourceNo, kind: row.kind, subjectName: row.subjectName, unitId: row.unitId },
    });
    return row.id;
  });
}

/** 不予立案 at triage: a section head or leader closes a source with the reasons recorded. */
export async function dismissSource(
  deps: CaseDeps,
  actor: CaseActor,
  sourceId: string,
  input: z.infer<typeof DismissSourceBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const source = await caseRepository.lockSource(tx, sourceId);
    if (!source) throw new AppError('NOT_FOUND');
    if (actor.roles.includes('section_head') && !actor.roles.some((r) => r === 'leader' || r === 'principal'))
      if (actor.unitId !== source.unitId) throw new AppError('NOT_FOUND');
    if (source.status !== 'registered')
      throw new AppError('CASE_STATE', '该案源已进入立案程序或已处理，不能再作不予立案处理');
    await caseRepository.updateSource(tx, sourceId, {
      status: 'not_filed',
      triageNote: input.reason,
      triagedBy: actor.userId,
      triagedAt: new Date(),
    });
    await recordAudit(tx, ctx, {
      action: CASE_AUDIT.sourceDismissed,
      objectType: 'case-source',
      objectId: sourceId,
      payload: { reason: input.reason },
    });
  });
}

/**
 * 立案审批表: an officer proposes filing from a registered source, naming at least two qualified officers
 * (第四十二条) and checking the limitation period (第三十六条). The case waits for the section head, then the
 * 分管局领导 (two levels).
 */
export async function proposeFiling(
  deps: CaseDeps,
  actor: CaseActor,
  input: FilingBody,
  ctx: AuditContext,
): Promise<string> {
  const today = todayOf(deps);
  for (const [d, label] of [
    [input.actDate, '违法行为发生（终了）日期'],
    [input.discoveredOn, '发现日期'],
  ] as const)
    if (!isValidLocalDate(d) || d > today) throw new AppError('CASE_DATE_INVALID', `${label}不能晚于今天`);
  if (input.discoveredOn < input.actDate)
    throw new AppError('CASE_DATE_INVALID', '发现日期不能早于违法行为发生（终了）日期');
  if (new Set(input.officerIds).size !== input.officerIds.length)
    throw new AppError('CASE_TEAM', '执法人员不能重复选择', { basis: `${PUNISHMENT_LAW}第四十二条` });
  // 第三十六条 bars a penalty when the act was not discovered within the period: the discovery date counts.
  const until = limitationUntil(input.actDate as LocalDate, input.extendedLimitation);
  if (input.discoveredOn > until) throw limitationRefusal(until, input.extendedLimitation);

  return deps.database.transaction(async (tx) => {
    const source = await caseRepository.lockSource(tx, input.sourceId);
    if (!source) throw new AppError('NOT_FOUND', '案源不存在');
    if (source.status !== 'registered') throw new AppError('CASE_STATE', '该案源已提请立案或已处理');
    await requireTeam(tx, { category: input.category }, input.officerIds, today);
    const lawCase = await caseRepository.insertCase(tx, {
      procedure: 'ordinary',
      sourceId: source.id,
      unitId: source.unitId,
      title: input.title,
      category: input.category,
      status: 'filing_review',
      actDate: input.actDate,
      actContinuing: input.actContinuing,
      discoveredOn: input.discoveredOn,
      extendedLimitation: input.extendedLimitation,
      limitationUntil: until,
      facts: input.facts,
      place: input.place ?? null,
      partyNames: source.subjectName,
      officerIds: input.officerIds,
      createdBy: actor.userId,
    });
    for (const [i, userId] of input.officerIds.entries())
      await caseRepository.insertOfficer(tx, {
        caseId: lawCase.id,
        userId,
        role: i === 0 ? 'lead' : 'assistant',
        assignedBy: actor.userId,
      });
    await caseRepository.updateSource(tx, source.id, {
      status: 'filing',
      triagedBy: actor.userId,
      triagedAt: new Date(),
    });
    // A unit without a section head (e.g. the 执法支队) goes straight to its 分管局领导.
    const hasHead = await caseRepository.unitHasHead(tx, source.unitId);
    await requestApproval(tx, lawCase, {
      caseId: lawCase.id,
      kind: 'filing',
      level: hasHead ? 1 : 2,
      approverRole: hasHead ? 'section_head' : 'leader',
      requestedBy: actor.userId,
      data: { opinion: input.opinion },
    });
    await trail(tx, lawCase.id, actor, ctx, {
      action: CASE_AUDIT.filingProposed,
      payload: {
        sourceNo: source.sourceNo,
        title: input.title,
        officerIds: input.officerIds,
        limitationUntil: until,
        rule: input.extendedLimitation ? 'penalty.limitation-extended' : 'penalty.limitation',
      },
      step: { kind: 'filing_proposed', opinion: input.opinion },
    });
    return lawCase.id;
  });
}

/**
 * A decision on a level of the 立案审批表. The section head's approval passes it to the 分管局领导; the leader's
 * approval files the case: number from the bureau's pattern (gap-free per year), filing date, the 90-day decision
 * period (第六十条) and the 立案审批表 document. A rejection at either level is 不予立案 with the reasons.
 */
export async function decideFiling(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  approval: CaseApprovalRow,
  actor: CaseActor,
  decision: 'approve' | 'reject',
  opinion: string,
  ctx: AuditContext,
): Promise<void> {
  const today = todayOf(deps);
  if (decision === 'reject') {
    await caseRepository.update(tx, lawCase.id, { status: 'not_filed' });
    if (lawCase.sourceId)
      await caseRepository.updateSource(tx, lawCase.sourceId, { status: 'not_filed', triageNote: opinion });
    await trail(tx, lawCase.id, actor, ctx, {
      action: CASE_AUDIT.notFiled,
      payload: { level: approval.level, reason: opinion },
      step: { kind: 'filing_rejected', decision: 'reject', opinion, data: { level: approval.level } },
    });
    return;
  }
  if (approval.level === 1) {
    await requestApproval(tx, lawCase, {
      caseId: lawCase.id,
      kind: 'filing',
      level: 2,
      approverRole: 'leader',
      requestedBy: approval.requestedBy,
      data: approval.data,
    });
    await trail(tx, lawCase.id, actor, ctx, {
      action: CASE_AUDIT.approvalDecided,
      payload: { kind: 'filing', level: 1, decision },
      step: { kind: 'filing_approved', decision, opinion, data: { level: 1 } },
    });
    return;
  }
  if (today > lawCase.limitationUntil)
    throw limitationRefusal(lawCase.limitationUntil as LocalDate, lawCase.extendedLimitation);
  const settings = await settingsOn(tx, today);
  const year = yearOf(today);
  const seq = await caseRepository.nextNumber(tx, 'case', year);
  const caseNo = formatNumber(settings.caseNumberPattern, { year, seq });
  const officers = await caseRepository.activeOfficers(tx, lawCase.id);
  const lead = officers.find((o) => o.role === 'lead') ?? officers[0];
  await openDeadline(
    tx,
    {
      ruleId: 'penalty.decision',
      objectType: 'case',
      objectId: lawCase.id,
      trigger: today,
      responsibleUserId: lead?.userId ?? null,
      unitId: lawCase.unitId,
      title: `作出处罚决定：${caseNo}`,
      link: `/cases/${lawCase.id}`,
    },
    ctx,
  );
  const filed = await caseRepository.update(tx, lawCase.id, {
    status: 'investigating',
    caseNo,
    caseYear: year,
    caseSeq: seq,
    filedOn: today,
  });
  if (lawCase.sourceId) await caseRepository.updateSource(tx, lawCase.sourceId, { status: 'filed' });
  await trail(tx, lawCase.id, actor, ctx, {
    action: CASE_AUDIT.filed,
    payload: { caseNo, filedOn: today, rule: 'penalty.decision' },
    step: { kind: 'filing_approved', decision, opinion, data: { level: 2, caseNo } },
  });
  await issueFilingApproval(deps, tx, filed, actor, ctx);
}
