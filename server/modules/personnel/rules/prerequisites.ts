import {
  CERTIFICATE_KIND_LABELS,
  EXAM_KIND_LABELS,
  type CertificateKind,
  type ExamKind,
  type PersonnelSettingsValues,
} from '../../../../common/contracts/personnel.js';
import { addDays, addMonths, addYears, type LocalDate } from '../../../kernel/local-date.js';
import type { StoredPrerequisite } from '../personnel.schema.js';
import { BASIS } from './basis.js';
import { staffingRefusal, type Entrustment, type OfficerFacts } from './eligibility.js';

export interface TrainingFacts {
  hours: number;
  completedOn: string;
}
export interface ExamFacts {
  kind: ExamKind;
  takenOn: string;
  passed: boolean;
}

/** Training hours completed in (from, to], both Shanghai dates. */
export function hoursBetween(
  records: readonly TrainingFacts[],
  fromExclusive: LocalDate,
  to: LocalDate,
): number {
  return records
    .filter((r) => r.completedOn > fromExclusive && r.completedOn <= to)
    .reduce((sum, r) => sum + r.hours, 0);
}

/** Hours in a calendar year. */
export function hoursInYear(records: readonly TrainingFacts[], year: number): number {
  const prefix = `${year}-`;
  return records.filter((r) => r.completedOn.startsWith(prefix)).reduce((sum, r) => sum + r.hours, 0);
}

export interface PrerequisiteInput {
  officer: OfficerFacts;
  entrustment: Entrustment | null;
  kind: CertificateKind;
  on: LocalDate;
  training: readonly TrainingFacts[];
  exams: readonly ExamFacts[];
  /** Whether the officer holds a certificate of this kind that is valid or suspended on `on`. */
  holdsActiveOfKind: boolean;
  settings: PersonnelSettingsValues;
}

/**
 * 申领 prerequisites (legal-spec §5.5: 单位推荐 → 培训 → 考试 → 审核 → 制发): a serving officer of a staffing type
 * that may hold a certificate, with enough training in the last 12 months and a passed general and special
 * exam within the configured validity, holding no active certificate of the same kind (that one is renewed).
 * Every item is returned with whether it is met, so the application keeps the check as it stood.
 */
export function applicationPrerequisites(input: PrerequisiteInput): StoredPrerequisite[] {
  const { officer, on, settings } = input;
  const out: StoredPrerequisite[] = [];
  out.push({
    rule: 'personnel.officer-serving',
    label: '在执法岗位',
    met: officer.status === 'serving',
    detail: officer.status === 'serving' ? '在岗' : `已于 ${officer.departedOn} 调离执法岗位`,
    basis: BASIS.departed,
  });
  const staffing = staffingRefusal(officer.staffingType, input.entrustment, on);
  out.push({
    rule: 'personnel.staffing',
    label: '编制类型可以持证',
    met: !staffing,
    detail: staffing?.reason ?? '在编人员',
    basis: BASIS.staffing,
  });
  const since = addYears(on, -1);
  const hours = hoursBetween(input.training, since, on);
  out.push({
    rule: 'personnel.application-training',
    label: `申领前12个月内培训不少于 ${settings.applicationTrainingHours} 学时`,
    met: hours >= settings.applicationTrainingHours,
    detail: `${addDays(since, 1)} 至 ${on} 共 ${hours} 学时`,
    basis: BASIS.training,
  });
  const examFrom = addMonths(on, -settings.examValidityMonths);
  for (const kind of ['general', 'special'] as const) {
    const passed = input.exams
      .filter((e) => e.kind === kind && e.passed && e.takenOn <= on && e.takenOn > examFrom)
      .sort((a, b) => (a.takenOn < b.takenOn ? 1 : -1))[0];
    out.push({
      rule: `personnel.application-exam-${kind}`,
      label: `${EXAM_KIND_LABELS[kind]}合格（${settings.examValidityMonths}个月内）`,
      met: !!passed,
      detail: passed ? `${passed.takenOn} 考试合格` : `${examFrom} 之后没有合格的考试记录`,
      basis: BASIS.exam,
    });
  }
  out.push({
    rule: 'personnel.application-duplicate',
    label: `未持有有效的${CERTIFICATE_KIND_LABELS[input.kind]}`,
    met: !input.holdsActiveOfKind,
    detail: input.holdsActiveOfKind ? `已持有${CERTIFICATE_KIND_LABELS[input.kind]}，到期请办理换发` : '无',
    basis: BASIS.expiry,
  });
  return out;
}

/** The first unmet prerequisite as a refusal (reason and basis), or null when all are met. */
export function firstUnmet(items: readonly StoredPrerequisite[]) {
  const miss = items.find((p) => !p.met);
  return miss
    ? { rule: miss.rule, reason: `不符合申领条件：${miss.label}（${miss.detail}）`, basis: miss.basis }
    : null;
}

/** Default valid-until of a certificate issued on `issuedOn`: issue + N years - 1 day. */
export function defaultValidUntil(issuedOn: LocalDate, settings: PersonnelSettingsValues): LocalDate {
  return addDays(addYears(issuedOn, settings.certificateValidityYears), -1);
}

/** When the next 三年审核注册 is due after `from` (the issue date or the last registration review). */
export function nextRegistrationReview(from: LocalDate, settings: PersonnelSettingsValues): LocalDate {
  return addYears(from, settings.registrationReviewYears);
}
