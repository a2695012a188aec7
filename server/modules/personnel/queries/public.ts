import type {
  PublicOfficerPage,
  VerificationResult,
  VerifyStatus,
} from '../../../../common/contracts/portal.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import type { Db } from '../../../platform/db/database.js';
import { orgRepository } from '../../org/index.js';
import { certificateRepository } from '../certificate.repository.js';
import { officerRepository } from '../officer.repository.js';
import { BASIS } from '../rules/basis.js';
import { effectiveStatus } from '../rules/eligibility.js';

/**
 * 行政执法公示: officers holding a certificate in force today — name, unit, certificate number, kind, 执法类别,
 * area, valid until. No ID numbers, no photos, no history.
 */
export async function publicOfficers(
  db: Db,
  q: { q?: string | undefined; unitId?: string | undefined; page: number; pageSize: number },
  today: LocalDate,
): Promise<PublicOfficerPage> {
  const entity = await orgRepository.entity(db);
  const { rows, total } = await certificateRepository.publicPage(db, { ...q, today });
  const units = await officerRepository.units(db);
  return {
    entityName: entity?.name ?? '',
    asOf: today,
    units: units.map((u) => ({ id: u.id, name: u.name })),
    items: rows.map((r) => ({
      name: r.name,
      unitName: r.unitName,
      certificateNumber: r.c.number,
      kind: r.c.kind,
      categories: r.c.categories,
      region: r.c.region,
      validUntil: r.c.validUntil,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

const MESSAGES: Record<VerifyStatus, string> = {
  valid: '该证件有效，持证人可以在证件载明的执法类别和执法区域内从事行政执法活动。',
  suspended: '该证件已被暂扣，持证人暂不得从事行政执法活动。您有权拒绝接受其调查或者检查。',
  revoked: '该证件已被吊销，持证人不得从事行政执法活动。您有权拒绝接受其调查或者检查。',
  cancelled: '该证件已注销（如换发新证或调离执法岗位），不得再用于执法。您有权拒绝接受其调查或者检查。',
  expired: '该证件已超过有效期，不得再用于执法。您有权拒绝接受其调查或者检查。',
  unknown:
    '未查询到该证件编号。请核对编号；执法人员应出示本局登记的有效证件，否则您有权拒绝接受调查或者检查。',
};

/**
 * Verification of a certificate number for the public (the QR code on the card leads here): the status today
 * and, for a registered number, the holder's name and unit and what the certificate covers.
 * 行政处罚法 第55条: the party may refuse an officer who does not show a certificate.
 */
export async function verifyCertificate(
  db: Db,
  number: string,
  today: LocalDate,
): Promise<VerificationResult> {
  const found = await certificateRepository.withHolder(db, number);
  const basis = BASIS.validCertificate;
  // A certificate recorded with a future issue date is not yet in force: unknown to the public.
  if (!found || found.c.issuedOn > today)
    return { number, status: 'unknown', message: MESSAGES.unknown, asOf: today, certificate: null, basis };
  const c = found.c;
  const status = effectiveStatus(c, today);
  return {
    number: c.number,
    status,
    message: MESSAGES[status],
    asOf: today,
    certificate: {
      holderName: found.name,
      unitName: found.unitName,
      kind: c.kind,
      categories: c.categories,
      region: c.region,
      issuingAuthority: c.issuingAuthority,
      issuedOn: c.issuedOn,
      validUntil: c.validUntil,
    },
    basis,
  };
}
