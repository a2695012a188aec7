import type { z } from 'zod';
import {
  CERTIFICATE_KIND_LABELS,
  type ApplyBody,
  type CertificateKind,
  type IssueBody,
  type RejectBody,
} from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { certificateRepository } from '../certificate.repository.js';
import { officerRepository, type OfficerView } from '../officer.repository.js';
import { PERSONNEL_AUDIT } from '../personnel.audit.js';
import {
  checkDecisionDate,
  entrustmentOf,
  officerFacts,
  settingsFor,
  shanghaiToday,
  type PersonnelDeps,
} from '../personnel.context.js';
import { canSeeOfficer, type PersonnelActor } from '../personnel.policy.js';
import type { StoredPrerequisite } from '../personnel.schema.js';
import { trainingRepository } from '../training.repository.js';
import { BASIS } from '../rules/basis.js';
import { effectiveStatus } from '../rules/eligibility.js';
import {
  applicationPrerequisites,
  defaultValidUntil,
  firstUnmet,
  nextRegistrationReview,
} from '../rules/prerequisites.js';
import { createCertificate } from './certificate-shared.js';

async function lockOfficer(tx: Tx, actor: PersonnelActor, officerId: string): Promise<OfficerView> {
  await officerRepository.lock(tx, officerId);
  const o = await officerRepository.find(tx, officerId);
  if (!o || !canSeeOfficer(actor, o)) throw new AppError('NOT_FOUND');
  if (o.userId === actor.userId) throw new AppError('SELF_QUALIFICATION');
  return o;
}

/** The prerequisites of an officer for a kind of certificate on a date, from the stored records. */
async function prerequisitesOf(
  tx: Tx,
  o: OfficerView,
  kind: CertificateKind,
  on: LocalDate,
): Promise<StoredPrerequisite[]> {
  const certs = await certificateRepository.ofOfficers(tx, [o.id]);
  return applicationPrerequisites({
    officer: officerFacts(o),
    entrustment: entrustmentOf(await officerRepository.entrustment(tx, o.unitId)),
    kind,
    on,
    training: (await trainingRepository.trainingOf(tx, o.id)).map((t) => ({
      hours: Number(t.hours),
      completedOn: t.completedOn,
    })),
    exams: await trainingRepository.examsOf(tx, o.id),
    holdsActiveOfKind: certs.some(
      (c) => c.kind === kind && c.issuedOn <= on && ['valid', 'suspended'].includes(effectiveStatus(c, on)),
    ),
    settings: await settingsFor(tx, on),
  });
}

function refuse(items: readonly StoredPrerequisite[]): never {
  const miss = firstUnmet(items)!;
  throw new AppError('PREREQUISITE_NOT_MET', miss.reason, {
    basis: miss.basis,
    rule: miss.rule,
    details: items.filter((p) => !p.met).map((p) => ({ path: p.rule, message: `${p.label}：${p.detail}` })),
  });
}

/**
 * 申领: files an application for a certificate after checking the prerequisites (serving, staffing type,
 * training hours, passed exams, no active certificate of the kind). A refusal names the first unmet
 * prerequisite with its basis and lists all of them; nothing is stored then.
 * @throws AppError NOT_FOUND, SELF_QUALIFICATION, PREREQUISITE_NOT_MET, CONFLICT, PERSONNEL_DATE_INVALID
 */
export async function applyForCertificate(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  officerId: string,
  input: z.output<typeof ApplyBody>,
  ctx: AuditContext,
  now = new Date(),
): Promise<string> {
  const on = input.appliedOn as LocalDate;
  return deps.database.transaction(async (tx) => {
    const o = await lockOfficer(tx, actor, officerId);
    checkDecisionDate(on, shanghaiToday(now), null, '申领');
    const items = await prerequisitesOf(tx, o, input.kind, on);
    if (items.some((p) => !p.met)) refuse(items);
    if ((await certificateRepository.pendingApplicationsOf(tx, o.id)).some((a) => a.kind === input.kind))
      throw new AppError('CONFLICT', `该人员已有待制发的${CERTIFICATE_KIND_LABELS[input.kind]}申领`);
    const app = await certificateRepository.insertApplication(tx, {
      officerId: o.id,
      kind: input.kind,
      region: input.region,
      categories: input.categories,
      appliedOn: on,
      status: 'pending',
      prerequisites: items,
      createdBy: ctx.actor.id,
      createdByName: ctx.actor.name,
    });
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.applied,
      objectType: 'certificate_application',
      objectId: app.id,
      payload: {
        officerId: o.id,
        name: o.name,
        kind: input.kind,
        categories: input.categories,
        region: input.region,
        appliedOn: on,
        prerequisites: items.map((p) => ({ rule: p.rule, met: p.met, detail: p.detail })),
      },
    });
    return app.id;
  });
}

async function lockPending(tx: Tx, actor: PersonnelActor, applicationId: string) {
  const app = await certificateRepository.application(tx, applicationId);
  if (!app) throw new AppError('NOT_FOUND');
  const o = await lockOfficer(tx, actor, app.officerId);
  const fresh = (await certificateRepository.application(tx, applicationId))!;
  if (fresh.status !== 'pending') throw new AppError('CERTIFICATE_STATE', '该申领已办结');
  return { app: fresh, officer: o };
}

/**
 * 制发: records the certificate issued on an application (number and date from the issuing authority). The
 * prerequisites are checked again on the issue date — issuing requires a passed exam. Valid until defaults
 * to issue + the configured validity (6 years) − 1 day; the next registration review to issue + 3 years.
 * @throws AppError NOT_FOUND, CERTIFICATE_STATE, PREREQUISITE_NOT_MET, CERTIFICATE_NUMBER_TAKEN, PERSONNEL_DATE_INVALID
 */
export async function issueCertificate(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  applicationId: string,
  input: z.output<typeof IssueBody>,
  ctx: AuditContext,
  now = new Date(),
): Promise<string> {
  const today = shanghaiToday(now);
  const issuedOn = input.issuedOn as LocalDate;
  return deps.database.transaction(async (tx) => {
    const { app, officer } = await lockPending(tx, actor, applicationId);
    checkDecisionDate(issuedOn, today, app.appliedOn, '发证');
    const items = await prerequisitesOf(tx, officer, app.kind, issuedOn);
    if (items.some((p) => !p.met)) refuse(items);
    const settings = await settingsFor(tx, issuedOn);
    const cert = await createCertificate(
      tx,
      {
        officer,
        number: input.number,
        kind: app.kind,
        issuingAuthority: input.issuingAuthority,
        region: app.region,
        categories: app.categories,
        issuedOn,
        validUntil: (input.validUntil as LocalDate | null) ?? defaultValidUntil(issuedOn, settings),
        nextReviewDue: nextRegistrationReview(issuedOn, settings),
        event: {
          kind: 'issued',
          reason: '申领审核通过，制发证件',
          basis: BASIS.qualification,
          approverName: input.issuingAuthority,
        },
      },
      ctx,
      today,
    );
    await certificateRepository.updateApplication(tx, app.id, {
      status: 'issued',
      decidedOn: issuedOn,
      certificateId: cert.id,
    });
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.issued,
      objectType: 'certificate',
      objectId: cert.id,
      payload: {
        officerId: officer.id,
        name: officer.name,
        number: cert.number,
        kind: cert.kind,
        categories: cert.categories,
        region: cert.region,
        issuedOn,
        validUntil: cert.validUntil,
        issuingAuthority: cert.issuingAuthority,
        applicationId: app.id,
      },
    });
    return cert.id;
  });
}

/** Records that an application was not granted, with the reason. */
export async function rejectApplication(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  applicationId: string,
  input: z.output<typeof RejectBody>,
  ctx: AuditContext,
  now = new Date(),
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const { app, officer } = await lockPending(tx, actor, applicationId);
    checkDecisionDate(input.decidedOn as LocalDate, shanghaiToday(now), app.appliedOn, '审核');
    await certificateRepository.updateApplication(tx, app.id, {
      status: 'rejected',
      decidedOn: input.decidedOn,
      decisionNote: input.reason,
    });
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.applicationRejected,
      objectType: 'certificate_application',
      objectId: app.id,
      payload: {
        officerId: officer.id,
        name: officer.name,
        kind: app.kind,
        decidedOn: input.decidedOn,
        reason: input.reason,
      },
    });
  });
}
