import {
  CERTIFICATE_STATUSES,
  type CertificateStatus,
  type PersonnelStatistics,
} from '../../../../common/contracts/personnel.js';
import { addDays, type LocalDate } from '../../../kernel/local-date.js';
import type { Db } from '../../../platform/db/database.js';
import { iamQueries } from '../../iam/index.js';
import { certificateRepository } from '../certificate.repository.js';
import { officerRepository } from '../officer.repository.js';
import { settingsVersions } from '../personnel.context.js';
import { officerScope, type PersonnelActor } from '../personnel.policy.js';
import { trainingRepository } from '../training.repository.js';
import { effectiveStatus } from '../rules/eligibility.js';
import { LEGAL_REVIEWER_RATIO_BASIS, settingsOn, TRAINING_BASIS } from '../rules/settings.js';

type Bucket = CertificateStatus | 'none';
const ORDER: Bucket[] = ['valid', 'suspended', 'expired', 'revoked', 'cancelled', 'none'];

function emptyCounts(): Record<Bucket, number> {
  return Object.fromEntries([...CERTIFICATE_STATUSES, 'none'].map((k) => [k, 0])) as Record<Bucket, number>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Headcount by unit and certificate status (an officer counts once, under his best status), training hours
 * against the annual minimum of the year, the share of legal reviewers among certified officers (118号: about
 * 5%), exams, expiries of the next quarter, suspensions and revocations — over the officers the actor may see.
 */
export async function personnelStatistics(
  db: Db,
  actor: PersonnelActor,
  year: number,
  today: LocalDate,
): Promise<PersonnelStatistics> {
  const versions = await settingsVersions(db);
  const yearEnd = `${year}-12-31` as LocalDate;
  const settings = settingsOn(versions, yearEnd < today ? yearEnd : today);
  const officers = (await officerRepository.all(db, officerScope(actor), year)).filter(
    (o) => o.status === 'serving',
  );
  const certs = await certificateRepository.ofOfficers(
    db,
    officers.map((o) => o.id),
  );
  const statusOf = new Map<string, Bucket>();
  for (const o of officers) {
    const own = certs
      .filter((c) => c.officerId === o.id && c.kind === 'enforcement')
      .map((c) => effectiveStatus(c, today));
    statusOf.set(o.id, ORDER.find((s) => own.includes(s as CertificateStatus)) ?? 'none');
  }

  const units = await officerRepository.units(db);
  const totals = emptyCounts();
  const byUnit = units
    .map((u) => {
      const members = officers.filter((o) => o.unitId === u.id);
      const byStatus = emptyCounts();
      for (const m of members) {
        const s = statusOf.get(m.id)!;
        byStatus[s]++;
        totals[s]++;
      }
      return { unitId: u.id, unitName: u.name, officers: members.length, byStatus };
    })
    .filter((u) => u.officers > 0);

  const min = settings.annualTrainingHours;
  const hours = officers.map((o) => o.hours);
  const half = min / 2;
  const bucketDefs: [string, (h: number) => boolean][] = [
    ['未参训', (h) => h === 0],
    [`不足${half}学时`, (h) => h > 0 && h < half],
    [`${half}-${min}学时`, (h) => h >= half && h < min],
    [`${min}-${min * 1.5}学时`, (h) => h >= min && h < min * 1.5],
    [`${min * 1.5}学时以上`, (h) => h >= min * 1.5],
  ];

  const certified = officers.filter((o) => statusOf.get(o.id) === 'valid');
  const reviewers = (await iamQueries.usersWithRole(db, 'legal_reviewer')).filter((u) => !u.disabled);
  const reviewerIds = new Set(reviewers.map((r) => r.id));
  const qualified = officers.filter(
    (o) => o.userId && reviewerIds.has(o.userId) && o.legalQualification,
  ).length;
  const quarterEnd = addDays(today, 90);

  return {
    year,
    asOf: today,
    byUnit,
    totals,
    training: {
      minimum: min,
      basis: TRAINING_BASIS,
      officers: officers.length,
      below: hours.filter((h) => h < min).length,
      averageHours: hours.length ? round1(hours.reduce((a, b) => a + b, 0) / hours.length) : 0,
      buckets: bucketDefs.map(([label, test]) => ({ label, count: hours.filter(test).length })),
      byUnit: byUnit.map((u) => {
        const h = officers.filter((o) => o.unitId === u.unitId).map((o) => o.hours);
        return {
          unitName: u.unitName,
          averageHours: h.length ? round1(h.reduce((a, b) => a + b, 0) / h.length) : 0,
        };
      }),
    },
    legalReviewers: {
      reviewers: reviewers.length,
      qualified,
      officers: certified.length,
      percent: certified.length ? round1((reviewers.length / certified.length) * 100) : 0,
      targetPercent: settings.legalReviewerTargetPercent,
      basis: LEGAL_REVIEWER_RATIO_BASIS,
    },
    exams: await trainingRepository.examCounts(db, year),
    expiringNextQuarter: certs.filter(
      (c) => c.status === 'valid' && c.validUntil >= today && c.validUntil <= quarterEnd,
    ).length,
    suspensionsThisYear: await certificateRepository.countEvents(db, 'suspended', year),
    revocationsThisYear: await certificateRepository.countEvents(db, 'revoked', year),
  };
}
