import type { PersonnelSettingsValues } from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';

/**
 * The thresholds of System 3 that a local rule or a new policy document may change (STYLE §4): configuration
 * with an effective date, never constants in the commands. The defaults below apply until the bureau stores a
 * version of its own (`personnel_settings`); a check on a date uses the version in force on that date.
 */
export const DEFAULT_SETTINGS: PersonnelSettingsValues = {
  annualTrainingHours: 60,
  applicationTrainingHours: 60,
  examValidityMonths: 24,
  certificateValidityYears: 6,
  registrationReviewYears: 3,
  expiryWarningDays: [90, 30],
  trainingCheckFromMonth: 10,
  legalReviewerTargetPercent: 5,
};

/** Where each number comes from, with the legal-spec source tag (§0.1), shown next to it in the UI. */
export const SETTINGS_META: {
  key: keyof PersonnelSettingsValues;
  label: string;
  basis: string;
  tag: string;
}[] = [
  {
    key: 'annualTrainingHours',
    label: '年度培训最低学时',
    basis: '《提升行政执法质量三年行动计划（2023—2025年）》（国办发〔2023〕27号）：每人每年不少于60学时',
    tag: '文',
  },
  {
    key: 'applicationTrainingHours',
    label: '申领前12个月内培训学时',
    basis: '申领须经培训（legal-spec §5.5）；学时数为本局设定',
    tag: '推',
  },
  {
    key: 'examValidityMonths',
    label: '考试合格成绩有效期（月）',
    basis: '申领须经考试合格（国办发〔2018〕118号）；有效期为本局设定',
    tag: '推',
  },
  {
    key: 'certificateValidityYears',
    label: '证件有效期（年）',
    basis: '《内蒙古自治区行政执法证件管理办法》第十五条（每6年换发）',
    tag: '法-R',
  },
  {
    key: 'registrationReviewYears',
    label: '审核注册周期（年）',
    basis: '《内蒙古自治区行政执法证件管理办法》第十六条（3年一审注册）',
    tag: '法-R',
  },
  {
    key: 'expiryWarningDays',
    label: '到期提醒（到期前天数）',
    basis: '换发须提前3个月申请（第十五条）；提醒天数为本局设定',
    tag: '推',
  },
  {
    key: 'trainingCheckFromMonth',
    label: '学时不足提醒起始月份',
    basis: '第四季度起提醒（legal-spec §5.6）',
    tag: '推',
  },
  {
    key: 'legalReviewerTargetPercent',
    label: '法制审核人员占执法人员比例（%）',
    basis: '国办发〔2018〕118号：原则上不少于本单位执法人员总数的5%',
    tag: '文',
  },
];

export interface SettingsVersion {
  /** Null: the built-in default, in force before any stored version. */
  effectiveFrom: LocalDate | null;
  values: PersonnelSettingsValues;
}

/** The version in force on `on`: the latest stored version that has started, else the default. */
export function settingsOn(versions: readonly SettingsVersion[], on: LocalDate): PersonnelSettingsValues {
  let best: SettingsVersion | null = null;
  for (const v of versions)
    if (
      v.effectiveFrom &&
      v.effectiveFrom <= on &&
      (!best?.effectiveFrom || v.effectiveFrom > best.effectiveFrom)
    )
      best = v;
  return best?.values ?? DEFAULT_SETTINGS;
}

export const TRAINING_BASIS = SETTINGS_META[0]!.basis;
export const LEGAL_REVIEWER_RATIO_BASIS = SETTINGS_META[7]!.basis;
