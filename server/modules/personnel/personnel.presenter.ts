import type {
  Application,
  Certificate,
  CertificateBrief,
  CertificateEvent,
  ExamRecord,
  OfficerDetail,
  OfficerSummary,
  PersonnelAction,
  TrainingRecord,
  TrainingYear,
} from '../../../common/contracts/personnel.js';
import { addDays, type LocalDate } from '../../kernel/local-date.js';
import type { OfficerView } from './officer.repository.js';
import type { EventWithNumber } from './certificate.repository.js';
import {
  applicationAbilities,
  certificateAbilities,
  officerAbilities,
  type OfficerTarget,
  type PersonnelActor,
} from './personnel.policy.js';
import type {
  ApplicationRow,
  CertificateEventRow,
  CertificateRow,
  ExamRow,
  PersonnelActionRow,
  TrainingRow,
} from './personnel.schema.js';
import {
  certificateStatusOn,
  effectiveStatus,
  staffingRefusal,
  type Entrustment,
} from './rules/eligibility.js';
import { hoursInYear } from './rules/prerequisites.js';
import { TRAINING_BASIS } from './rules/settings.js';

export function target(v: OfficerView): OfficerTarget {
  return { userId: v.userId, unitId: v.unitId, status: v.status, hasIdNumber: !!v.idNumberCipher };
}

export function verifyPath(number: string): string {
  return `/portal/verify/${encodeURIComponent(number)}`;
}

export function presentBrief(c: CertificateRow, today: LocalDate): CertificateBrief {
  return {
    id: c.id,
    number: c.number,
    kind: c.kind,
    categories: c.categories,
    region: c.region,
    issuedOn: c.issuedOn,
    validUntil: c.validUntil,
    status: effectiveStatus(c, today),
  };
}

export function presentSummary(
  v: OfficerView & { hours: number },
  certs: readonly CertificateRow[],
  today: LocalDate,
  minimum: number,
): OfficerSummary {
  return {
    id: v.id,
    name: v.name,
    idNumberMasked: v.idNumberMasked,
    unitId: v.unitId,
    unitName: v.unitName,
    positionName: v.positionName,
    staffingType: v.staffingType,
    status: v.status,
    legalQualification: v.legalQualification,
    username: v.username,
    certificates: certs.map((c) => presentBrief(c, today)),
    trainingHours: v.hours,
    trainingMinimum: minimum,
    trainingShort: v.hours < minimum,
  };
}

function presentCertificate(
  c: CertificateRow,
  events: readonly CertificateEventRow[],
  numbers: Map<string, string>,
  actor: PersonnelActor,
  officer: OfficerView,
  today: LocalDate,
): Certificate {
  const status = effectiveStatus(c, today);
  const s = certificateStatusOn(c, events, today);
  return {
    ...presentBrief(c, today),
    issuingAuthority: c.issuingAuthority,
    nextReviewDue: c.nextReviewDue <= c.validUntil ? c.nextReviewDue : null,
    reviewOverdue:
      (status === 'valid' || status === 'suspended') &&
      c.nextReviewDue <= c.validUntil &&
      c.nextReviewDue < today,
    expiringSoon: status === 'valid' && c.validUntil <= addDays(today, 90),
    lastReview: s.lastReview,
    replacesNumber: c.replacesId ? (numbers.get(c.replacesId) ?? null) : null,
    verifyPath: verifyPath(c.number),
    abilities: certificateAbilities(actor, target(officer), status),
  };
}

function presentApplication(
  a: ApplicationRow,
  numbers: Map<string, string>,
  actor: PersonnelActor,
  officer: OfficerView,
): Application {
  return {
    id: a.id,
    kind: a.kind,
    region: a.region,
    categories: a.categories,
    appliedOn: a.appliedOn,
    status: a.status,
    prerequisites: a.prerequisites,
    decidedOn: a.decidedOn,
    decisionNote: a.decisionNote,
    certificateNumber: a.certificateId ? (numbers.get(a.certificateId) ?? null) : null,
    createdByName: a.createdByName,
    abilities: applicationAbilities(actor, target(officer), a.status),
  };
}

export function presentEvent(e: EventWithNumber): CertificateEvent {
  return {
    id: e.id,
    certificateId: e.certificateId,
    certificateNumber: e.certificateNumber,
    kind: e.kind,
    effectiveOn: e.effectiveOn,
    statusBefore: e.statusBefore,
    statusAfter: e.statusAfter,
    reviewKind: e.reviewKind,
    reviewResult: e.reviewResult,
    reason: e.reason,
    basis: e.basis,
    approverName: e.approverName,
    documentNo: e.documentNo,
    recordedByName: e.recordedByName,
    recordedAt: e.recordedAt.toISOString(),
  };
}

export function presentPersonnelAction(a: PersonnelActionRow): PersonnelAction {
  return {
    id: a.id,
    kind: a.kind,
    effectiveOn: a.effectiveOn,
    summary: a.summary,
    reason: a.reason,
    basis: a.basis,
    documentNo: a.documentNo,
    source: a.source,
    recordedByName: a.recordedByName,
    recordedAt: a.recordedAt.toISOString(),
  };
}

function presentTraining(t: TrainingRow): TrainingRecord {
  return {
    id: t.id,
    course: t.course,
    provider: t.provider,
    category: t.category,
    hours: Number(t.hours),
    completedOn: t.completedOn,
    certificateNo: t.certificateNo,
    recordedByName: t.recordedByName,
  };
}

function presentExam(e: ExamRow): ExamRecord {
  return {
    id: e.id,
    kind: e.kind,
    takenOn: e.takenOn,
    score: Number(e.score),
    passMark: Number(e.passMark),
    passed: e.passed,
    note: e.note,
    recordedByName: e.recordedByName,
  };
}

/** Training per year, from the first year with training (or this year) to this year, newest first. */
export function trainingYears(
  training: readonly TrainingRow[],
  today: LocalDate,
  minimumOf: (year: number) => number,
): TrainingYear[] {
  const current = Number(today.slice(0, 4));
  const first = Math.min(current, ...training.map((t) => Number(t.completedOn.slice(0, 4))));
  const out: TrainingYear[] = [];
  for (let y = current; y >= Math.max(first, current - 9); y--) {
    const hours = hoursInYear(
      training.map((t) => ({ hours: Number(t.hours), completedOn: t.completedOn })),
      y,
    );
    const minimum = minimumOf(y);
    out.push({ year: y, hours, minimum, short: hours < minimum, basis: TRAINING_BASIS });
  }
  return out;
}

export interface DetailParts {
  view: OfficerView;
  certificates: readonly CertificateRow[];
  events: readonly CertificateEventRow[];
  history: readonly EventWithNumber[];
  applications: readonly ApplicationRow[];
  training: readonly TrainingRow[];
  exams: readonly ExamRow[];
  entrustment: Entrustment | null;
  numbers: Map<string, string>;
  minimumOf: (year: number) => number;
}

export function presentDetail(p: DetailParts, actor: PersonnelActor, today: LocalDate): OfficerDetail {
  const v = p.view;
  return {
    id: v.id,
    name: v.name,
    idNumberMasked: v.idNumberMasked,
    unitId: v.unitId,
    unitName: v.unitName,
    positionId: v.positionId,
    positionName: v.positionName,
    staffingType: v.staffingType,
    staffingEligible: !staffingRefusal(v.staffingType, p.entrustment, today),
    education: v.education,
    legalQualification: v.legalQualification,
    legalQualificationNo: v.legalQualificationNo,
    legalReviewSince: v.legalReviewSince,
    userId: v.userId,
    username: v.username,
    status: v.status,
    departedOn: v.departedOn,
    departureReason: v.departureReason,
    hasPhoto: !!v.photoKey,
    certificates: p.certificates.map((c) =>
      presentCertificate(
        c,
        p.events.filter((e) => e.certificateId === c.id),
        p.numbers,
        actor,
        v,
        today,
      ),
    ),
    applications: p.applications.map((a) => presentApplication(a, p.numbers, actor, v)),
    training: p.training.map(presentTraining),
    trainingYears: trainingYears(p.training, today, p.minimumOf),
    exams: p.exams.map(presentExam),
    history: p.history.map(presentEvent),
    abilities: officerAbilities(actor, target(v)),
  };
}
