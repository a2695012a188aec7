/**
 * The register (第五条): uploading its evidence, submitting it (once: it is never edited; a correction is a new
 * linked register), the 主要领导's 批示 (or 纪检's, when the 主要领导 is the intervener), the escalation of a late
 * 批示, the verification, the outcome and the referral to the judicial organs (第九条).
 */
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { CASE_STATUS_LABELS } from '../../../../common/contracts/cases.js';
import {
  INSTRUCTION_DECISION_LABELS,
  OUTCOME_KIND_LABELS,
  type InstructionBody,
  type JudicialBody,
  type OutcomeBody,
  type RegisterBody,
  type UploadView,
  type VerificationBody,
} from '../../../../common/contracts/interference.js';
import { localDateOfInstant, yearOf, type LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, systemContext, type AuditContext } from '../../../platform/audit/audit.js';
import type { Database, Tx } from '../../../platform/db/database.js';
import type { BlobStore } from '../../../platform/files/index.js';
import { AppError } from '../../../platform/http/errors.js';
import { holdCalendar } from '../../calendar/index.js';
import { isAdminRole } from '../../../../common/roles.js';
import { caseRepository, loadFacts, nowOf, todayOf, type CaseActor } from '../../cases/index.js';
import { computeDue, findRule, ruleVersionFor } from '../../deadlines/index.js';
import { INTERFERENCE_AUDIT } from '../interference.audit.js';
import {
  canRecordOn,
  canSeeRegister,
  registerAbilities,
  type RegisterAbilities,
} from '../interference.policy.js';
import { interferenceRepository as repo } from '../interference.repository.js';
import type { NewActionRow, RegisterRow } from '../interference.schema.js';
import { BASIS, GENESIS, evidenceRefusals, registerHash, registerStage, sealedFrom } from '../rules/index.js';
import { notify, postToFiles, recipients, settingsOn, type InterferenceDeps } from './shared.js';

/** Largest evidence file: a long call recording or a phone-screen video. */
export const MAX_EVIDENCE_BYTES = 200 * 1024 ** 2;
const INSTRUCTION_RULE = 'interference.instruction';

/** Stores one evidence file for a register to come; only its uploader may attach it, once. */
export async function uploadEvidence(
  deps: InterferenceDeps & { blobs: BlobStore },
  actor: CaseActor,
  file: { source: Readable; fileName: string | null },
  ctx: AuditContext,
): Promise<UploadView> {
  if (!actor.roles.includes('officer') && !actor.roles.includes('section_head'))
    throw new AppError('FORBIDDEN', '只有办案人员可以上传过问登记材料');
  if (!file.fileName) throw new AppError('VALIDATION_FAILED', '请提供文件名（x-file-name）');
  const blob = await deps.blobs.put(file.source, {
    maxBytes: MAX_EVIDENCE_BYTES,
  });
  return deps.database.transaction(async (tx) => {
    const row = await repo.insertUpload(tx, {
      uploadedBy: actor.userId,
      fileName: file.fileName!,
      fileKey: blob.key,
      fileSize: blob.size,
      sm3: blob.sm3,
      mime: blob.sniffedType,
    });
    await recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.uploaded,
      objectType: 'interference_upload',
      objectId: row.id,
      payload: { fileName: row.fileName, size: row.fileSize, sm3: row.sm3 },
    });
    return { id: row.id, fileName: row.fileName, size: row.fileSize, sm3: row.sm3, mime: row.mime };
  });
}

/** The working day by which the 批示 is due (rule interference.instruction, length from the settings). */
async function instructionDue(tx: Tx, from: LocalDate, workingDays: number): Promise<LocalDate> {
  const rule = findRule(INSTRUCTION_RULE)!;
  const version = ruleVersionFor(rule, from)!;
  const snapshot = await holdCalendar(tx);
  const due = computeDue({
    unit: version.unit,
    direction: version.direction,
    length: workingDays,
    trigger: from,
    calendar: snapshot.calendar,
    options: snapshot.options,
  });
  return due.due!;
}

/**
 * Submits a register, complete with its evidence, in one step. It goes straight to the 主要领导 (第五条) — or to
 * 纪检 when the 主要领导 is the intervener — and is sealed from the intervener and his or her line. It becomes the
 * next link of the register chain; its hash goes into the audit trail.
 * @throws AppError NOT_FOUND (case not visible), FORBIDDEN, INTERFERENCE_EVIDENCE, INTERFERENCE_STATE
 */
export async function submitRegister(
  deps: InterferenceDeps,
  actor: CaseActor,
  input: z.infer<typeof RegisterBody>,
  ctx: AuditContext,
): Promise<{ id: string; registerNo: string }> {
  const now = nowOf(deps);
  const today = todayOf(deps);
  return deps.database.transaction(async (tx) => {
    const lawCase = await caseRepository.find(tx, input.caseId);
    if (!lawCase) throw new AppError('NOT_FOUND');
    const facts = await loadFacts(tx, lawCase);
    if (!canRecordOn(actor, facts))
      throw new AppError('FORBIDDEN', '只有本案办案人员或办案科室负责人可以登记内部人员过问情况', {
        basis: BASIS.record,
      });
    const [people, units] = await Promise.all([repo.people(tx), repo.units(tx)]);
    const intervener = people.find((p) => p.id === input.intervenerId);
    if (!intervener || intervener.disabled || !intervener.roles.length || intervener.roles.every(isAdminRole))
      throw new AppError('VALIDATION_FAILED', '过问人应为本局领导干部或行政执法人员，请从名单中选择');
    if (intervener.id === actor.userId) throw new AppError('VALIDATION_FAILED', '过问人不能是记录人本人');

    let corrects: RegisterRow | null = null;
    if (input.correctsId) {
      corrects = await repo.register(tx, input.correctsId);
      if (!corrects || !canSeeRegister(actor, corrects)) throw new AppError('NOT_FOUND');
      if (corrects.recorderId !== actor.userId || corrects.caseId !== input.caseId)
        throw new AppError('FORBIDDEN', '只能更正本人就本案提交的登记表');
      if (await repo.correctionOf(tx, corrects.id))
        throw new AppError('INTERFERENCE_STATE', '该登记表已有更正登记，请对最新的更正登记再行更正');
      if (!input.correctionNote)
        throw new AppError('INTERFERENCE_EVIDENCE', '更正登记须说明更正的内容和理由', {
          basis: BASIS.record,
        });
    }

    const ids = input.attachments.map((a) => a.uploadId);
    if (new Set(ids).size !== ids.length) throw new AppError('VALIDATION_FAILED', '同一附件不能重复添加');
    const uploads = await repo.lockUploads(tx, ids);
    for (const id of ids) {
      const u = uploads.find((x) => x.id === id);
      if (!u || u.uploadedBy !== actor.userId)
        throw new AppError('VALIDATION_FAILED', '附件不存在或不是本人上传的，请重新上传');
      if (u.usedBy)
        throw new AppError('VALIDATION_FAILED', `附件「${u.fileName}」已用于其他登记表，请重新上传`);
    }
    const occurredAt = new Date(input.occurredAt);
    const refusals = evidenceRefusals(
      { ...input, occurredAt, attachments: input.attachments.map((a) => a.kind) },
      now,
    );
    if (refusals.length)
      throw new AppError('INTERFERENCE_EVIDENCE', refusals.map((r) => r.message).join('；'), {
        basis: refusals[0]!.basis,
        rule: refusals[0]!.rule,
      });

    const intervenerIsPrincipal = intervener.roles.includes('principal');
    const route = intervenerIsPrincipal ? 'discipline' : 'principal';
    const sealed = sealedFrom(intervener, people, units, actor.userId);
    const settings = await settingsOn(tx, today);
    const dueOn = await instructionDue(tx, today, settings.instructionWorkingDays);

    const head = await repo.chainHead(tx);
    const seq = head.seq + 1;
    const year = yearOf(today);
    const registerNo = `赤应急干预登〔${year}〕${(await head.countThisYear(year)) + 1}号`;
    const prevHash = head.hash ?? GENESIS;
    // Millisecond precision, so the stored instant reads back to the value hashed.
    const submittedAt = new Date(now.getTime());
    const attachments = input.attachments.map((a) => {
      const u = uploads.find((x) => x.id === a.uploadId)!;
      return {
        kind: a.kind,
        fileName: u.fileName,
        fileKey: u.fileKey,
        fileSize: u.fileSize,
        sm3: u.sm3,
        mime: u.mime,
      };
    });
    const fields = {
      seq,
      registerNo,
      caseId: lawCase.id,
      caseNo: lawCase.caseNo ?? lawCase.title,
      caseStage: lawCase.status,
      caseStageLabel: CASE_STATUS_LABELS[lawCase.status],
      recorderId: actor.userId,
      intervenerId: intervener.id,
      intervenerName: intervener.name,
      intervenerPost: input.intervenerPost,
      intervenerUnit: input.intervenerUnit,
      occurredAt,
      place: input.place,
      content: input.content,
      method: input.method,
      methodNote: input.methodNote ?? null,
      intermediaryName: input.method === 'via_other' ? (input.intermediaryName ?? null) : null,
      intermediaryRelation: input.method === 'via_other' ? (input.intermediaryRelation ?? null) : null,
      types: [...new Set(input.types)].sort(),
      typeNote: input.typeNote ?? null,
      response: input.response,
      responseNote: input.responseNote ?? null,
      account: input.account,
      noRecordingReason: input.noRecordingReason ?? null,
      correctsId: corrects?.id ?? null,
      correctionNote: corrects ? (input.correctionNote ?? null) : null,
      route,
      submittedAt,
    } as const;
    const hash = registerHash(prevHash, { ...fields, attachments });
    const row = await repo.insertRegister(tx, {
      ...fields,
      types: [...fields.types],
      caseUnitId: lawCase.unitId,
      recorderName: actor.name,
      recorderUnitId: actor.unitId,
      recorderUnitName: actor.unitName ?? '',
      intervenerIsPrincipal,
      sealedFrom: sealed,
      instructionDueOn: dueOn,
      prevHash,
      hash,
    });
    await repo.insertAttachments(
      tx,
      attachments.map((a) => ({ ...a, registerId: row.id })),
    );
    await repo.useUploads(tx, ids, row.id);

    await notify(tx, await recipients(tx, route, sealed), {
      title: `待批示：内部人员过问案件登记表 ${registerNo}`,
      body: `${route === 'principal' ? '请于' : '过问人为主要领导，改报纪检监察；请于'} ${dueOn} 前批示`,
      link: `/interference/registers/${row.id}`,
      key: `interference-instruct:${row.id}`,
    });
    await postToFiles(tx, {
      subjectId: actor.userId,
      subjectName: actor.name,
      category: 'recorded',
      title: corrects ? '更正内部人员过问案件登记' : '如实记录内部人员过问案件',
      detail: `${registerNo}（${fields.caseNo}）`,
      sourceType: 'interference_register',
      sourceId: row.id,
      occurredOn: today,
      recordedByName: actor.name,
    });
    const rule = findRule(INSTRUCTION_RULE)!;
    await recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.submitted,
      objectType: 'interference_register',
      objectId: row.id,
      payload: {
        registerNo,
        seq,
        prevHash,
        hash,
        caseId: lawCase.id,
        route,
        method: input.method,
        types: fields.types,
        attachments: attachments.map((a) => ({ kind: a.kind, sm3: a.sm3 })),
        correctsId: corrects?.id ?? null,
        instruction: { rule: rule.id, dueOn, workingDays: settings.instructionWorkingDays },
      },
    });
    return { id: row.id, registerNo };
  });
}

interface Loaded {
  register: RegisterRow;
  abilities: ReturnType<typeof registerAbilities>;
}

/** Reads a register with its actions for a command, refusing with 404 whoever may not see it. */
async function loadRegister(tx: Tx, actor: CaseActor, id: string): Promise<Loaded> {
  const register = await repo.register(tx, id);
  if (!register || !canSeeRegister(actor, register)) throw new AppError('NOT_FOUND');
  const [actions, correction] = await Promise.all([repo.actions(tx, [id]), repo.correctionOf(tx, id)]);
  return {
    register,
    abilities: registerAbilities(actor, {
      ...register,
      stage: registerStage(actions),
      escalated: actions.some((a) => a.kind === 'escalated'),
      concluded: actions.some((a) => a.kind === 'outcome'),
      corrected: !!correction,
    }),
  };
}

interface Step {
  /** The ability the step needs, and what the refusal says otherwise. */
  ability: Exclude<keyof RegisterAbilities, 'correct' | 'accessLog'>;
  refusal: string;
  action: Pick<NewActionRow, 'kind' | 'decision' | 'consequence' | 'body' | 'decidedOn' | 'organ'>;
  /** The entry in the intervener's 廉政档案 and 执法档案 (第十一条). */
  file: { category: string; title: string; detail: string; occurredOn: string };
  audit: { action: string; payload: Record<string, unknown> };
  after?: (tx: Tx) => Promise<void>;
}

/**
 * One step on a register, in one transaction: the register read with the 404 rule, the ability checked, the action
 * appended, the intervener's files posted, the audit event written last.
 */
async function registerStep(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  ctx: AuditContext,
  build: (register: RegisterRow) => Step,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const { register, abilities } = await loadRegister(tx, actor, id);
    const step = build(register);
    if (!abilities[step.ability]) throw new AppError('INTERFERENCE_STATE', `当前不能${step.refusal}`);
    if (step.action.decidedOn > todayOf(deps))
      throw new AppError('VALIDATION_FAILED', '决定日期不得晚于今天');
    await repo.insertAction(tx, {
      ...step.action,
      registerId: id,
      actorId: actor.userId,
      actorName: actor.name,
    });
    await step.after?.(tx);
    await postToFiles(tx, {
      ...step.file,
      subjectId: register.intervenerId,
      subjectName: register.intervenerName,
      sourceType: 'interference_register',
      sourceId: id,
      recordedByName: actor.name,
    });
    await recordAudit(tx, ctx, {
      action: step.audit.action,
      objectType: 'interference_register',
      objectId: id,
      payload: { registerNo: register.registerNo, ...step.audit.payload },
    });
  });
}

/** The 批示 (第五条): filed, or referred to 纪检 for verification. */
export async function instruct(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof InstructionBody>,
  ctx: AuditContext,
): Promise<void> {
  const today = todayOf(deps);
  await registerStep(deps, actor, id, ctx, (register) => ({
    ability: 'instruct',
    refusal: '批示（登记表已批示，或应由其他人批示）',
    action: { kind: 'instruction', decision: input.decision, body: input.text, decidedOn: today },
    file: {
      category: 'intervened',
      title: '过问、干预执法办案',
      detail: `${register.registerNo}（${register.caseNo}）；批示：${INSTRUCTION_DECISION_LABELS[input.decision]}`,
      occurredOn: localDateOfInstant(register.occurredAt),
    },
    audit: {
      action: INTERFERENCE_AUDIT.instructed,
      payload: { decision: input.decision, late: today > register.instructionDueOn },
    },
    after: async (tx) => {
      if (input.decision !== 'refer') return;
      await notify(tx, await recipients(tx, 'discipline', register.sealedFrom), {
        title: `待核查：干预登记 ${register.registerNo}`,
        body: '主要领导批示移送纪检监察核查',
        link: `/interference/registers/${id}`,
        key: `interference-verify:${id}`,
      });
    },
  }));
}

/** The verification conclusion (纪检): established or not, and whether it caused consequences (第九条). */
export async function verify(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof VerificationBody>,
  ctx: AuditContext,
): Promise<void> {
  await registerStep(deps, actor, id, ctx, (register) => ({
    ability: 'verify',
    refusal: '登记核查结论（须经批示移送纪检核查）',
    action: {
      kind: 'verification',
      decision: input.established ? 'established' : 'not_established',
      consequence: input.established ? input.consequence : false,
      body: input.text,
      decidedOn: input.decidedOn,
    },
    file: {
      category: input.established ? 'interference_established' : 'interference_not_established',
      title: input.established ? '经核查，违反规定干预执法办案属实' : '经核查，干预执法办案不属实',
      detail: `${register.registerNo}；${input.established && input.consequence ? '造成后果或者恶劣影响；' : ''}${input.text}`,
      occurredOn: input.decidedOn,
    },
    audit: {
      action: INTERFERENCE_AUDIT.verified,
      payload: { established: input.established, consequence: input.consequence },
    },
  }));
}

/** The discipline outcome (第九条). */
export async function conclude(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof OutcomeBody>,
  ctx: AuditContext,
): Promise<void> {
  await registerStep(deps, actor, id, ctx, (register) => ({
    ability: 'conclude',
    refusal: '登记处理结果（须经核查属实，且只登记一次）',
    action: { kind: 'outcome', decision: input.kind, body: input.text, decidedOn: input.decidedOn },
    file: {
      category: 'interference_outcome',
      title: `干预执法办案处理结果：${OUTCOME_KIND_LABELS[input.kind]}`,
      detail: `${register.registerNo}；${input.text}`,
      occurredOn: input.decidedOn,
    },
    audit: {
      action: INTERFERENCE_AUDIT.concluded,
      payload: { kind: input.kind, basis: BASIS.accountability },
    },
  }));
}

/** A referral to the judicial organs when the interference may be a crime (第九条). */
export async function referToJudiciary(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  input: z.infer<typeof JudicialBody>,
  ctx: AuditContext,
): Promise<void> {
  await registerStep(deps, actor, id, ctx, (register) => ({
    ability: 'refer',
    refusal: '移送司法机关（须经核查属实）',
    action: { kind: 'judicial_referral', body: input.text, organ: input.organ, decidedOn: input.decidedOn },
    file: {
      category: 'interference_judicial',
      title: `干预执法办案涉嫌犯罪，移送${input.organ}`,
      detail: `${register.registerNo}；${input.text}`,
      occurredOn: input.decidedOn,
    },
    audit: { action: INTERFERENCE_AUDIT.judicial, payload: { organ: input.organ } },
  }));
}

/**
 * The sweep: a register not given its 批示 by the due day is escalated to 纪检 (those not sealed out), once.
 * Returns how many were escalated.
 */
export async function escalateLateInstructions(database: Database, now: Date): Promise<number> {
  // One sweep at a time across instances; a second caller escalates nothing.
  const locked = await database.withAdvisoryLock(ESCALATION_LOCK, () => escalate(database, now));
  return locked ? locked.value : 0;
}

const ESCALATION_LOCK = 7_301_011;

async function escalate(database: Database, now: Date): Promise<number> {
  const today = localDateOfInstant(now);
  const late = await repo.overdueInstructions(database.db, today);
  let n = 0;
  for (const r of late)
    await database.transaction(async (tx) => {
      const actions = await repo.actions(tx, [r.id]);
      if (actions.some((a) => ['instruction', 'escalated', 'verification'].includes(a.kind))) return;
      await repo.insertAction(tx, {
        registerId: r.id,
        kind: 'escalated',
        body: `批示期限 ${r.instructionDueOn} 已届满，尚未批示`,
        decidedOn: today,
        actorName: '系统',
      });
      await notify(tx, await recipients(tx, 'discipline', r.sealedFrom), {
        level: 'escalated',
        title: `逾期未批示：干预登记 ${r.registerNo}`,
        body: `批示期限 ${r.instructionDueOn} 已届满，请纪检监察跟进`,
        link: `/interference/registers/${r.id}`,
        key: `interference-escalated:${r.id}`,
      });
      await recordAudit(tx, systemContext(), {
        action: INTERFERENCE_AUDIT.escalated,
        objectType: 'interference_register',
        objectId: r.id,
        payload: { registerNo: r.registerNo, dueOn: r.instructionDueOn, rule: INSTRUCTION_RULE },
      });
      n++;
    });
  return n;
}
