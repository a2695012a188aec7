import type { z } from 'zod';
import type { ExamBody, TrainingBody } from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { officerRepository } from '../officer.repository.js';
import { PERSONNEL_AUDIT } from '../personnel.audit.js';
import { checkDecisionDate, shanghaiToday, type PersonnelDeps } from '../personnel.context.js';
import { canSeeOfficer, type PersonnelActor } from '../personnel.policy.js';
import { trainingRepository } from '../training.repository.js';

async function lockOfficer(tx: Tx, actor: PersonnelActor, id: string) {
  await officerRepository.lock(tx, id);
  const o = await officerRepository.find(tx, id);
  if (!o || !canSeeOfficer(actor, o)) throw new AppError('NOT_FOUND');
  // Nobody credits training hours or exam results to himself.
  if (o.userId === actor.userId) throw new AppError('SELF_QUALIFICATION');
  return o;
}

/** Records a completed course and its 学时 (counted in the year it was completed). */
export async function recordTraining(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  officerId: string,
  input: z.output<typeof TrainingBody>,
  ctx: AuditContext,
  now = new Date(),
): Promise<string> {
  return deps.database.transaction(async (tx) => {
    const o = await lockOfficer(tx, actor, officerId);
    checkDecisionDate(input.completedOn as LocalDate, shanghaiToday(now), null, '结业');
    const row = await trainingRepository.insertTraining(tx, {
      officerId: o.id,
      course: input.course,
      provider: input.provider,
      category: input.category,
      hours: input.hours,
      completedOn: input.completedOn,
      certificateNo: input.certificateNo,
      recordedBy: ctx.actor.id,
      recordedByName: ctx.actor.name,
    });
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.trainingRecorded,
      objectType: 'officer',
      objectId: o.id,
      payload: {
        name: o.name,
        trainingId: row.id,
        course: input.course,
        category: input.category,
        hours: input.hours,
        completedOn: input.completedOn,
      },
    });
    return row.id;
  });
}

/** Records an exam result; passed when the score reaches the pass mark. */
export async function recordExam(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  officerId: string,
  input: z.output<typeof ExamBody>,
  ctx: AuditContext,
  now = new Date(),
): Promise<string> {
  return deps.database.transaction(async (tx) => {
    const o = await lockOfficer(tx, actor, officerId);
    checkDecisionDate(input.takenOn as LocalDate, shanghaiToday(now), null, '考试');
    const passed = input.score >= input.passMark;
    const row = await trainingRepository.insertExam(tx, {
      officerId: o.id,
      kind: input.kind,
      takenOn: input.takenOn,
      score: input.score,
      passMark: input.passMark,
      passed,
      note: input.note,
      recordedBy: ctx.actor.id,
      recordedByName: ctx.actor.name,
    });
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.examRecorded,
      objectType: 'officer',
      objectId: o.id,
      payload: {
        name: o.name,
        examId: row.id,
        kind: input.kind,
        takenOn: input.takenOn,
        score: input.score,
        passMark: input.passMark,
        passed,
      },
    });
    return row.id;
  });
}
