import type { z } from 'zod';
import {
  CERTIFICATE_EVENT_LABELS,
  CERTIFICATE_STATUS_LABELS,
  REVIEW_KIND_LABELS,
  type CertificateAbilities,
  type CertificateEventKind,
  type PersonnelActionKind,
  type RenewBody,
  type ReviewBody,
  type StoredCertificateStatus,
} from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/http/errors.js';
import { meetDeadline, waiveDeadline } from '../../deadlines/index.js';
import { certificateRepository } from '../certificate.repository.js';
import { officerRepository } from '../officer.repository.js';
import { PERSONNEL_AUDIT } from '../personnel.audit.js';
import {
  checkDecisionDate,
  entrustmentOf,
  settingsFor,
  shanghaiToday,
  type PersonnelDeps,
} from '../personnel.context.js';
import { certificateAbilities, TRANSITIONS, type PersonnelActor } from '../personnel.policy.js';
import { target } from '../personnel.presenter.js';
import { BASIS } from '../rules/basis.js';
import { effectiveStatus, staffingRefusal } from '../rules/eligibility.js';
import { defaultValidUntil, nextRegistrationReview } from '../rules/prerequisites.js';
import { createCertificate, lockCertificate } from './certificate-shared.js';
import { ignoreClosedDeadline } from './officer-record.js';
import { recordPersonnelActions } from './personnel-actions.js';

/** Refuses a change the certificate's status or the actor's permissions do not allow (after scope and self). */
function checkAllowed(
  actor: PersonnelActor,
  officer: Parameters<typeof target>[0],
  status: ReturnType<typeof effectiveStatus>,
  action: keyof CertificateAbilities,
): void {
  if (!(TRANSITIONS[action] as readonly string[]).includes(status))
    throw new AppError(
      'CERTIFICATE_STATE',
      `证件当前状态为「${CERTIFICATE_STATUS_LABELS[status]}」，不能办理此事项`,
    );
  if (!certificateAbilities(actor, target(officer), status)[action]) throw new AppError('FORBIDDEN');
}

export type StatusChange = 'suspend' | 'restore' | 'revoke' | 'cancel';

const CHANGES: Record<
  StatusChange,
  {
    to: StoredCertificateStatus;
    event: CertificateEventKind;
    audit: string;
    basis: string;
    closesDeadline: boolean;
    /** The personnel action (人事处理) the change amounts to; a restoration is none. */
    action: PersonnelActionKind | null;
  }
> = {
  suspend: {
    to: 'suspended',
    event: 'suspended',
    audit: PERSONNEL_AUDIT.suspended,
    basis: BASIS.suspension,
    closesDeadline: false,
    action: 'certificate_suspension',
  },
  restore: {
    to: 'valid',
    event: 'restored',
    audit: PERSONNEL_AUDIT.restored,
    basis: BASIS.suspension,
    closesDeadline: false,
    action: null,
  },
  revoke: {
    to: 'revoked',
    event: 'revoked',
    audit: PERSONNEL_AUDIT.revoked,
    basis: BASIS.suspension,
    closesDeadline: true,
    action: 'certificate_revocation',
  },
  cancel: {
    to: 'cancelled',
    event: 'cancelled',
    audit: PERSONNEL_AUDIT.cancelled,
    basis: BASIS.departed,
    closesDeadline: true,
    action: 'certificate_revocation',
  },
};

/**
 * 暂扣 / 恢复 / 吊销 (decided by the 主要负责人, who is recorded as approver; a later fault-liability decision
 * reads these) and 注销 (recorded by the roster keepers with the approving authority). Each change is a history
 * entry effective on the decision date, audited; revocation and cancellation close the renewal deadline.
 * Suspension, revocation and cancellation are personnel actions (人事处理) too, recorded with the change's reason,
 * basis and 文号 and told to the observers in the same transaction.
 * @throws AppError NOT_FOUND, SELF_QUALIFICATION, CERTIFICATE_STATE, FORBIDDEN, PERSONNEL_DATE_INVALID
 */
export async function changeCertificateStatus(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  certificateId: string,
  change: StatusChange,
  input: { decidedOn: string; reason: string; documentNo: string | null; approverName?: string },
  ctx: AuditContext,
  now = new Date(),
): Promise<void> {
  const today = shanghaiToday(now);
  const on = input.decidedOn as LocalDate;
  const spec = CHANGES[change];
  await deps.database.transaction(async (tx) => {
    const { cert, officer } = await lockCertificate(tx, actor, certificateId);
    checkAllowed(actor, officer, effectiveStatus(cert, today), change);
    checkDecisionDate(on, today, await certificateRepository.lastEffectiveOn(tx, cert.id), '决定');
    // The principal decides suspension and revocation himself; cancellation names the approving authority.
    const approverName = change === 'cancel' ? (input.approverName ?? ctx.actor.name) : ctx.actor.name;
    await certificateRepository.update(tx, cert.id, { status: spec.to, statusChangedOn: on });
    await certificateRepository.insertEvent(tx, {
      certificateId: cert.id,
      kind: spec.event,
      effectiveOn: on,
      statusBefore: cert.status,
      statusAfter: spec.to,
      reason: input.reason,
      basis: spec.basis,
      approverId: change === 'cancel' ? null : ctx.actor.id,
      approverName,
      documentNo: input.documentNo,
      recordedBy: ctx.actor.id,
      recordedByName: ctx.actor.name,
    });
    if (spec.closesDeadline && cert.renewalDeadlineId)
      await waiveDeadline(
        tx,
        cert.renewalDeadlineId,
        { reason: `证件已${CERTIFICATE_STATUS_LABELS[spec.to]}：${input.reason}` },
        ctx,
        null,
      ).catch(ignoreClosedDeadline);
    if (spec.action)
      await recordPersonnelActions(
        tx,
        officer,
        [
          {
            kind: spec.action,
            effectiveOn: on,
            summary: `${CERTIFICATE_EVENT_LABELS[spec.event]}执法证件 ${cert.number}（${CERTIFICATE_STATUS_LABELS[cert.status]} → ${CERTIFICATE_STATUS_LABELS[spec.to]}）`,
            reason: input.reason,
            basis: spec.basis,
            documentNo: input.documentNo,
            source: 'certificate',
          },
        ],
        ctx,
      );
    await recordAudit(tx, ctx, {
      action: spec.audit,
      objectType: 'certificate',
      objectId: cert.id,
      payload: {
        officerId: officer.id,
        name: officer.name,
        number: cert.number,
        from: cert.status,
        to: spec.to,
        effectiveOn: on,
        reason: input.reason,
        approver: approverName,
        documentNo: input.documentNo,
      },
    });
  });
}

/**
 * 年度审验 / 三年审核注册 results. A failed review leaves the status as it is but makes the certificate unusable
 * until a later review passes (eligibility refuses it); a passed registration review moves the next one 3
 * years on.
 * @throws AppError NOT_FOUND, SELF_QUALIFICATION, CERTIFICATE_STATE, FORBIDDEN, PERSONNEL_DATE_INVALID
 */
export async function recordReview(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  certificateId: string,
  input: z.output<typeof ReviewBody>,
  ctx: AuditContext,
  now = new Date(),
): Promise<void> {
  const today = shanghaiToday(now);
  const on = input.decidedOn as LocalDate;
  await deps.database.transaction(async (tx) => {
    const { cert, officer } = await lockCertificate(tx, actor, certificateId);
    checkAllowed(actor, officer, effectiveStatus(cert, today), 'review');
    checkDecisionDate(on, today, await certificateRepository.lastEffectiveOn(tx, cert.id), '审验');
    const settings = await settingsFor(tx, on);
    const nextReviewDue =
      input.reviewKind === 'registration' && input.result === 'pass'
        ? nextRegistrationReview(on, settings)
        : cert.nextReviewDue;
    await certificateRepository.update(tx, cert.id, { nextReviewDue });
    await certificateRepository.insertEvent(tx, {
      certificateId: cert.id,
      kind: 'reviewed',
      effectiveOn: on,
      statusBefore: cert.status,
      statusAfter: cert.status,
      reviewKind: input.reviewKind,
      reviewResult: input.result,
      reason:
        input.reason ||
        `${REVIEW_KIND_LABELS[input.reviewKind]}${input.result === 'pass' ? '合格' : '不合格'}`,
      basis: BASIS.review,
      approverName: input.approverName,
      documentNo: input.documentNo,
      recordedBy: ctx.actor.id,
      recordedByName: ctx.actor.name,
    });
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.reviewed,
      objectType: 'certificate',
      objectId: cert.id,
      payload: {
        officerId: officer.id,
        name: officer.name,
        number: cert.number,
        reviewKind: input.reviewKind,
        result: input.result,
        effectiveOn: on,
        approver: input.approverName,
        nextReviewDue,
      },
    });
  });
}

/**
 * 换发 (every 6 years, applied for 3 months before expiry): a new certificate replaces the old one, which is
 * collected (status cancelled, history entry `renewed`); the old renewal deadline is met and a new one opened.
 * The holder must still be serving and of a staffing type that may hold a certificate.
 * @throws AppError NOT_FOUND, SELF_QUALIFICATION, CERTIFICATE_STATE, OFFICER_DEPARTED, STAFFING_NOT_ELIGIBLE,
 *   CERTIFICATE_NUMBER_TAKEN, PERSONNEL_DATE_INVALID
 */
export async function renewCertificate(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  certificateId: string,
  input: z.output<typeof RenewBody>,
  ctx: AuditContext,
  now = new Date(),
): Promise<string> {
  const today = shanghaiToday(now);
  const issuedOn = input.issuedOn as LocalDate;
  return deps.database.transaction(async (tx) => {
    const { cert: old, officer } = await lockCertificate(tx, actor, certificateId);
    if (officer.status !== 'serving') throw new AppError('OFFICER_DEPARTED');
    checkAllowed(actor, officer, effectiveStatus(old, today), 'renew');
    checkDecisionDate(issuedOn, today, await certificateRepository.lastEffectiveOn(tx, old.id), '换发');
    const staffing = staffingRefusal(
      officer.staffingType,
      entrustmentOf(await officerRepository.entrustment(tx, officer.unitId)),
      issuedOn,
    );
    if (staffing)
      throw new AppError('STAFFING_NOT_ELIGIBLE', staffing.reason, {
        basis: staffing.basis,
        rule: staffing.rule,
      });
    const settings = await settingsFor(tx, issuedOn);
    if (old.renewalDeadlineId)
      await meetDeadline(
        tx,
        old.renewalDeadlineId,
        { at: now, note: `已换发新证 ${input.number}` },
        ctx,
      ).catch(ignoreClosedDeadline);
    const fresh = await createCertificate(
      tx,
      {
        officer,
        number: input.number,
        kind: old.kind,
        issuingAuthority: input.issuingAuthority,
        region: input.region ?? old.region,
        categories: input.categories ?? old.categories,
        issuedOn,
        validUntil: (input.validUntil as LocalDate | null) ?? defaultValidUntil(issuedOn, settings),
        nextReviewDue: nextRegistrationReview(issuedOn, settings),
        replacesId: old.id,
        event: {
          kind: 'issued',
          reason: `换发（原证 ${old.number}）`,
          basis: BASIS.expiry,
          approverName: input.approverName,
        },
      },
      ctx,
      today,
    );
    await certificateRepository.update(tx, old.id, { status: 'cancelled', statusChangedOn: issuedOn });
    await certificateRepository.insertEvent(tx, {
      certificateId: old.id,
      kind: 'renewed',
      effectiveOn: issuedOn,
      statusBefore: old.status,
      statusAfter: 'cancelled',
      reason: `换发新证 ${fresh.number}，原证收回`,
      basis: BASIS.expiry,
      approverName: input.approverName,
      recordedBy: ctx.actor.id,
      recordedByName: ctx.actor.name,
    });
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.renewed,
      objectType: 'certificate',
      objectId: old.id,
      payload: {
        officerId: officer.id,
        name: officer.name,
        from: old.number,
        to: fresh.number,
        newCertificateId: fresh.id,
        issuedOn,
        validUntil: fresh.validUntil,
        approver: input.approverName,
      },
    });
    return fresh.id;
  });
}
