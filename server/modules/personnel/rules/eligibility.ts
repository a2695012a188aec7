import {
  CATEGORY_LABELS,
  CERTIFICATE_STATUS_LABELS,
  REVIEW_KIND_LABELS,
  STAFFING_LABELS,
  type CertificateKind,
  type CertificateStatus,
  type EnforcementCategory,
  type Refusal,
  type ReviewKind,
  type StaffingType,
  type StoredCertificateStatus,
} from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import { BASIS, PUNISHMENT_LAW_2021 } from './basis.js';

/** What the rules need to know about a certificate. */
export interface CertificateFacts {
  id: string;
  number: string;
  kind: CertificateKind;
  categories: readonly EnforcementCategory[];
  region: string;
  issuedOn: string;
  validUntil: string;
  status: StoredCertificateStatus;
}

/** One entry of a certificate's history. */
export interface EventFacts {
  kind: string;
  effectiveOn: string;
  statusAfter: StoredCertificateStatus;
  reviewKind: ReviewKind | null;
  reviewResult: 'pass' | 'fail' | null;
  reason: string;
  recordedAt: Date;
}

export interface OfficerFacts {
  id: string;
  name: string;
  unitName: string;
  staffingType: StaffingType;
  status: 'serving' | 'departed';
  departedOn: string | null;
  legalQualification: boolean;
  legalReviewSince: string | null;
}

/** The officer's unit in the register of entrusted units (受委托组织), or null. */
export interface Entrustment {
  from: string;
  until: string | null;
}

export interface StatusOnDate {
  status: CertificateStatus | 'not_issued';
  /** When the status began (the event's effective date, or valid-until for expiry). */
  since: string | null;
  reason: string;
  lastReview: { kind: ReviewKind; result: 'pass' | 'fail'; on: string } | null;
}

function byEffectiveDate(a: EventFacts, b: EventFacts): number {
  if (a.effectiveOn !== b.effectiveOn) return a.effectiveOn < b.effectiveOn ? -1 : 1;
  return a.recordedAt.getTime() - b.recordedAt.getTime();
}

/**
 * The status of a certificate on a date, replayed from its history: the events that took effect by then, then
 * expiry (valid past its valid-until date). Revoked and cancelled stay so after expiry; a suspended
 * certificate past its date is expired.
 */
export function certificateStatusOn(
  cert: CertificateFacts,
  events: readonly EventFacts[],
  on: LocalDate,
): StatusOnDate {
  if (on < cert.issuedOn) return { status: 'not_issued', since: null, reason: '', lastReview: null };
  let status: StoredCertificateStatus = 'valid';
  let since: string | null = cert.issuedOn;
  let reason = '';
  let lastReview: StatusOnDate['lastReview'] = null;
  for (const e of [...events].sort(byEffectiveDate)) {
    if (e.effectiveOn > on) break;
    if (e.reviewKind && e.reviewResult)
      lastReview = { kind: e.reviewKind, result: e.reviewResult, on: e.effectiveOn };
    if (e.statusAfter !== status) {
      status = e.statusAfter;
      since = e.effectiveOn;
      reason = e.reason;
    }
  }
  if ((status === 'valid' || status === 'suspended') && on > cert.validUntil)
    return { status: 'expired', since: cert.validUntil, reason: '', lastReview };
  return { status, since, reason, lastReview };
}

/** The status shown today from the stored status and the dates (history is not needed for the current day). */
export function effectiveStatus(
  cert: Pick<CertificateFacts, 'status' | 'validUntil'>,
  today: LocalDate,
): CertificateStatus {
  if ((cert.status === 'valid' || cert.status === 'suspended') && today > cert.validUntil) return 'expired';
  return cert.status;
}

/** Whether a staffing type may hold a certificate on a date (事业编制 only in an entrusted unit). */
export function staffingRefusal(
  staffingType: StaffingType,
  entrustment: Entrustment | null,
  on: LocalDate,
): Refusal | null {
  switch (staffingType) {
    case 'civil_servant':
    case 'managed_civil_servant':
      return null;
    case 'institution':
      if (entrustment && entrustment.from <= on && (!entrustment.until || on <= entrustment.until))
        return null;
      return {
        rule: 'personnel.staffing',
        reason: '事业编制人员所在单位未登记为依法受委托的组织（或委托已到期），不得持证执法',
        basis: BASIS.staffing,
      };
    case 'worker':
    case 'dispatched':
    case 'temporary':
      return {
        rule: 'personnel.staffing',
        reason: `${STAFFING_LABELS[staffingType]}不得持有行政执法证件、不得从事行政执法活动（只有在编人员可以持证）`,
        basis: BASIS.staffing,
      };
  }
}

function regionCovers(certRegion: string, wanted: string | null): boolean {
  return !wanted || wanted.startsWith(certRegion);
}

function categoryText(categories: readonly EnforcementCategory[]): string {
  return categories.map((c) => CATEGORY_LABELS[c]).join('、') || '无';
}

/** What is wrong with one certificate for an act on `on` in `category` (empty: it qualifies). */
function certificateProblems(
  cert: CertificateFacts,
  s: StatusOnDate,
  category: EnforcementCategory,
  region: string | null,
): Refusal[] {
  const out: Refusal[] = [];
  const label = `行政执法证 ${cert.number}`;
  switch (s.status) {
    case 'valid':
    case 'not_issued':
      break;
    case 'suspended':
      out.push({
        rule: 'personnel.certificate-suspended',
        reason: `${label} 自 ${s.since} 起被暂扣，暂扣期间不得从事执法活动`,
        basis: `${BASIS.validCertificate}；${BASIS.suspension}`,
      });
      break;
    case 'revoked':
    case 'cancelled':
      out.push({
        rule: `personnel.certificate-${s.status}`,
        reason: `${label} 已于 ${s.since} ${CERTIFICATE_STATUS_LABELS[s.status]}，不得从事执法活动`,
        basis: BASIS.validCertificate,
      });
      break;
    case 'expired':
      out.push({
        rule: 'personnel.certificate-expired',
        reason: `${label} 有效期至 ${cert.validUntil}，已过期，须换发后方可执法`,
        basis: `${BASIS.validCertificate}；${BASIS.expiry}`,
      });
      break;
  }
  if (s.lastReview?.result === 'fail' && (s.status === 'valid' || s.status === 'suspended'))
    out.push({
      rule: 'personnel.review-failed',
      reason: `${label} 于 ${s.lastReview.on} ${REVIEW_KIND_LABELS[s.lastReview.kind]}不合格，在重新审验合格前不得使用`,
      basis: BASIS.review,
    });
  if (!cert.categories.includes(category))
    out.push({
      rule: 'personnel.certificate-category',
      reason: `${label} 载明的执法类别为「${categoryText(cert.categories)}」，不含「${CATEGORY_LABELS[category]}」`,
      basis: BASIS.scope,
    });
  if (!regionCovers(cert.region, region))
    out.push({
      rule: 'personnel.certificate-region',
      reason: `${label} 载明的执法区域为「${cert.region}」，不含「${region}」`,
      basis: BASIS.scope,
    });
  return out;
}

export interface CertificateWithHistory {
  cert: CertificateFacts;
  events: readonly EventFacts[];
}

export interface OfficerEvaluation {
  officer: OfficerFacts | null;
  eligible: boolean;
  /** The certificate that qualifies, or the one the refusal is about. */
  certificate: (CertificateFacts & { statusOn: CertificateStatus | 'not_issued' }) | null;
  refusals: Refusal[];
}

export interface ActQuestion {
  on: LocalDate;
  category: EnforcementCategory;
  region: string | null;
}

/**
 * Whether an officer may act (承办人, sign an inspection record, count as one of the two officers) on `on` in
 * `category`: a serving officer of a staffing type that may hold a certificate, with a 行政执法证 valid on that
 * date (replayed from its history), not failed at review, covering the category and area.
 * 行政处罚法 第42条、第55条; 安全生产法 第67条.
 */
export function evaluateOfficer(
  officer: OfficerFacts | null,
  certificates: readonly CertificateWithHistory[],
  entrustment: Entrustment | null,
  q: ActQuestion,
): OfficerEvaluation {
  if (!officer)
    return {
      officer: null,
      eligible: false,
      certificate: null,
      refusals: [
        {
          rule: 'personnel.officer-unknown',
          reason: '未登记为执法人员，没有行政执法资格',
          basis: BASIS.qualification,
        },
      ],
    };
  const refusals: Refusal[] = [];
  if (officer.status === 'departed' && officer.departedOn && officer.departedOn <= q.on)
    refusals.push({
      rule: 'personnel.officer-departed',
      reason: `${officer.name} 已于 ${officer.departedOn} 调离执法岗位`,
      basis: BASIS.departed,
    });
  const staffing = staffingRefusal(officer.staffingType, entrustment, q.on);
  if (staffing) refusals.push(staffing);

  const candidates = certificates
    .filter((c) => c.cert.kind === 'enforcement' && c.cert.issuedOn <= q.on)
    .map((c) => {
      const s = certificateStatusOn(c.cert, c.events, q.on);
      return { cert: c.cert, s, problems: certificateProblems(c.cert, s, q.category, q.region) };
    });
  if (!candidates.length) {
    refusals.push({
      rule: 'personnel.certificate-required',
      reason: `${officer.name} 在 ${q.on} 未持有行政执法证，不具备行政执法资格`,
      basis: BASIS.noCertificate,
    });
    return { officer, eligible: false, certificate: null, refusals };
  }
  const good = candidates.find((c) => !c.problems.length);
  // Report the certificate closest to qualifying: covering the category first, then the newest.
  const chosen =
    good ??
    [...candidates].sort(
      (a, b) =>
        Number(b.cert.categories.includes(q.category)) - Number(a.cert.categories.includes(q.category)) ||
        a.problems.length - b.problems.length ||
        (a.cert.issuedOn < b.cert.issuedOn ? 1 : -1),
    )[0]!;
  refusals.push(...chosen.problems);
  return {
    officer,
    eligible: refusals.length === 0,
    certificate: { ...chosen.cert, statusOn: chosen.s.status },
    refusals,
  };
}

export const TEAM_MINIMUM = 2;

/** 行政处罚法 第42条: at least two officers with enforcement qualification; a person counts once. */
export function evaluateTeam(members: readonly OfficerEvaluation[]): {
  ok: boolean;
  eligibleCount: number;
  refusals: Refusal[];
} {
  const ids = new Set<string>();
  let eligibleCount = 0;
  for (const m of members)
    if (m.eligible && m.officer && !ids.has(m.officer.id)) {
      ids.add(m.officer.id);
      eligibleCount++;
    }
  const refusals: Refusal[] = [];
  if (eligibleCount < TEAM_MINIMUM)
    refusals.push({
      rule: 'personnel.team-size',
      reason: `具备行政执法资格的执法人员${eligibleCount ? `只有 ${eligibleCount} 名` : '一名也没有'}，不足 ${TEAM_MINIMUM} 名`,
      basis: BASIS.twoOfficers,
    });
  return { ok: refusals.length === 0, eligibleCount, refusals };
}

/**
 * 行政处罚法 第58条第2款: a person doing legal review (法制审核) for the first time must hold the 法律职业资格.
 * Someone already reviewing before the revised law took effect (2021-07-15) is not "初次".
 */
export function evaluateLegalReviewer(officer: OfficerFacts | null, on: LocalDate): Refusal[] {
  if (!officer)
    return [
      {
        rule: 'personnel.officer-unknown',
        reason: '未登记人员档案，无法核实法律职业资格',
        basis: BASIS.legalReviewer,
      },
    ];
  const out: Refusal[] = [];
  if (officer.status === 'departed' && officer.departedOn && officer.departedOn <= on)
    out.push({
      rule: 'personnel.officer-departed',
      reason: `${officer.name} 已于 ${officer.departedOn} 调离`,
      basis: BASIS.departed,
    });
  const grandfathered = !!officer.legalReviewSince && officer.legalReviewSince < PUNISHMENT_LAW_2021;
  if (!officer.legalQualification && !grandfathered)
    out.push({
      rule: 'personnel.legal-reviewer-qualification',
      reason: `${officer.name} 未登记法律职业资格，${
        officer.legalReviewSince
          ? `其自 ${officer.legalReviewSince} 起从事法制审核，晚于修订后的行政处罚法施行日（${PUNISHMENT_LAW_2021}）`
          : '不能作为初次从事法制审核的人员'
      }`,
      basis: BASIS.legalReviewer,
    });
  return out;
}
