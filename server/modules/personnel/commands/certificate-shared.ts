import type {
  CertificateEventKind,
  CertificateKind,
  EnforcementCategory,
} from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { openDeadline } from '../../deadlines/index.js';
import { certificateRepository } from '../certificate.repository.js';
import { officerRepository, type OfficerView } from '../officer.repository.js';
import { canSeeOfficer, type PersonnelActor } from '../personnel.policy.js';
import type { CertificateRow } from '../personnel.schema.js';

export interface NewCertificate {
  officer: Pick<OfficerView, 'id' | 'name' | 'userId' | 'unitId'>;
  number: string;
  kind: CertificateKind;
  issuingAuthority: string;
  region: string;
  categories: EnforcementCategory[];
  issuedOn: LocalDate;
  validUntil: LocalDate;
  nextReviewDue: LocalDate;
  replacesId?: string | null;
  event: {
    kind: Extract<CertificateEventKind, 'issued' | 'imported'>;
    reason: string;
    basis: string | null;
    approverName: string;
  };
  /** False: leave the renewal deadline to the sweep's backfill (the demo seed writes no audit events but its own). */
  openRenewalDeadline?: boolean;
}

/**
 * Inserts a certificate with its first history entry and opens its 换发 deadline in the deadline engine
 * (`certificate.renewal`: the application is due 3 months before the valid-until date; the engine warns the
 * holder and the unit's section heads before that day and when it passes). A certificate already past its date
 * gets no deadline. Call before the caller's own audit events (the deadline engine takes the calendar lock
 * before the audit-chain lock).
 */
export async function createCertificate(
  tx: Tx,
  v: NewCertificate,
  ctx: AuditContext,
  today: LocalDate,
): Promise<CertificateRow> {
  if (v.validUntil <= v.issuedOn) throw new AppError('PERSONNEL_DATE_INVALID', '有效期截止日须晚于发证日期');
  if ((await certificateRepository.numbersTaken(tx, [v.number])).size)
    throw new AppError('CERTIFICATE_NUMBER_TAKEN', `证件编号 ${v.number} 已被登记`);
  const row = await certificateRepository.insert(tx, {
    officerId: v.officer.id,
    number: v.number,
    kind: v.kind,
    issuingAuthority: v.issuingAuthority,
    region: v.region,
    categories: v.kind === 'supervision' && !v.categories.length ? [] : v.categories,
    issuedOn: v.issuedOn,
    validUntil: v.validUntil,
    nextReviewDue: v.nextReviewDue,
    status: 'valid',
    statusChangedOn: v.issuedOn,
    replacesId: v.replacesId ?? null,
  });
  await certificateRepository.insertEvent(tx, {
    certificateId: row.id,
    kind: v.event.kind,
    effectiveOn: v.issuedOn,
    statusBefore: null,
    statusAfter: 'valid',
    reason: v.event.reason,
    basis: v.event.basis,
    approverName: v.event.approverName,
    recordedBy: ctx.actor.id,
    recordedByName: ctx.actor.name,
  });
  if (v.validUntil >= today && v.openRenewalDeadline !== false) {
    const deadlineId = await openRenewalDeadline(tx, row, v.officer, ctx);
    return { ...row, renewalDeadlineId: deadlineId };
  }
  return row;
}

/** Opens the 换发 deadline of a certificate and remembers it on the certificate. */
export async function openRenewalDeadline(
  tx: Tx,
  cert: Pick<CertificateRow, 'id' | 'number' | 'validUntil'>,
  officer: Pick<OfficerView, 'id' | 'name' | 'userId' | 'unitId'>,
  ctx: AuditContext,
): Promise<string> {
  const deadline = await openDeadline(
    tx,
    {
      ruleId: 'certificate.renewal',
      objectType: 'certificate',
      objectId: cert.id,
      trigger: cert.validUntil,
      responsibleUserId: officer.userId,
      unitId: officer.unitId,
      title: `行政执法证件换发：${officer.name}（${cert.number}，有效期至 ${cert.validUntil}）`,
      link: `/personnel/officers/${officer.id}`,
    },
    ctx,
  );
  await certificateRepository.update(tx, cert.id, { renewalDeadlineId: deadline.id });
  return deadline.id;
}

/**
 * Loads a certificate and locks its officer (procedures on one officer are serialised), or 404 when either is
 * absent or outside the actor's scope; refuses the actor's own record (separation of duties).
 */
export async function lockCertificate(tx: Tx, actor: PersonnelActor, certificateId: string) {
  const cert = await certificateRepository.find(tx, certificateId);
  if (!cert) throw new AppError('NOT_FOUND');
  await officerRepository.lock(tx, cert.officerId);
  const officer = await officerRepository.find(tx, cert.officerId);
  if (!officer || !canSeeOfficer(actor, officer)) throw new AppError('NOT_FOUND');
  if (officer.userId === actor.userId) throw new AppError('SELF_QUALIFICATION');
  // Re-read under the lock: a concurrent procedure may have changed it.
  return { cert: (await certificateRepository.find(tx, certificateId))!, officer };
}
