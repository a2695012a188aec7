/**
 * Contracts of the personnel module (System 3, 行政执法人员资格管理制度): officers, certificates and their
 * history, applications (申领), training and exams, eligibility checks, import/export, statistics, settings.
 * Isomorphic: the server validates with these schemas, the SPA types its calls with them.
 */
import { z } from 'zod';
import { PageQuery, pageOf } from './shared.js';

// ------------------------------------------------------------------------------------------- vocabularies

/** 执法类别 of 应急管理 enforcement, as written on the certificate. */
export const ENFORCEMENT_CATEGORIES = [
  'hazardous_chemicals',
  'non_coal_mines',
  'industry_trade',
  'fireworks',
  'comprehensive',
] as const;
export type EnforcementCategory = (typeof ENFORCEMENT_CATEGORIES)[number];
export const CATEGORY_LABELS: Record<EnforcementCategory, string> = {
  hazardous_chemicals: '危险化学品',
  non_coal_mines: '非煤矿山',
  industry_trade: '工贸行业',
  fireworks: '烟花爆竹',
  comprehensive: '安全生产综合监管',
};

export const CERTIFICATE_KINDS = ['enforcement', 'supervision'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export const CERTIFICATE_KIND_LABELS: Record<CertificateKind, string> = {
  enforcement: '行政执法证',
  supervision: '行政执法监督证',
};

/** What is stored; `expired` is derived from the dates (valid and past its valid-until date). */
export const STORED_CERTIFICATE_STATUSES = ['valid', 'suspended', 'revoked', 'cancelled'] as const;
export type StoredCertificateStatus = (typeof STORED_CERTIFICATE_STATUSES)[number];
export const CERTIFICATE_STATUSES = [...STORED_CERTIFICATE_STATUSES, 'expired'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
  valid: '有效',
  suspended: '暂扣',
  revoked: '吊销',
  cancelled: '注销',
  expired: '过期',
};

/**
 * 编制类型. Only 在编 staff may hold a certificate: 公务员, 参公, and 事业编制 staff of a lawfully entrusted
 * unit (see the entrusted-units register); never 工勤, 劳务派遣 or temporary staff.
 */
export const STAFFING_TYPES = [
  'civil_servant',
  'managed_civil_servant',
  'institution',
  'worker',
  'dispatched',
  'temporary',
] as const;
export type StaffingType = (typeof STAFFING_TYPES)[number];
export const STAFFING_LABELS: Record<StaffingType, string> = {
  civil_servant: '在编公务员',
  managed_civil_servant: '参照公务员法管理（参公）',
  institution: '事业编制',
  worker: '工勤人员',
  dispatched: '劳务派遣',
  temporary: '临时聘用',
};

export const EDUCATION_LEVELS = ['doctorate', 'master', 'bachelor', 'associate', 'secondary'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  doctorate: '博士研究生',
  master: '硕士研究生',
  bachelor: '大学本科',
  associate: '大学专科',
  secondary: '中专、高中及以下',
};

export const OFFICER_STATUSES = ['serving', 'departed'] as const;
export type OfficerStatus = (typeof OFFICER_STATUSES)[number];
export const OFFICER_STATUS_LABELS: Record<OfficerStatus, string> = {
  serving: '在岗',
  departed: '已调离/离岗',
};

export const CERTIFICATE_EVENT_KINDS = [
  'issued',
  'imported',
  'reviewed',
  'renewed',
  'suspended',
  'restored',
  'revoked',
  'cancelled',
] as const;
export type CertificateEventKind = (typeof CERTIFICATE_EVENT_KINDS)[number];
export const CERTIFICATE_EVENT_LABELS: Record<CertificateEventKind, string> = {
  issued: '制发',
  imported: '导入登记',
  reviewed: '年审/审核注册',
  renewed: '换发',
  suspended: '暂扣',
  restored: '恢复',
  revoked: '吊销',
  cancelled: '注销',
};

export const REVIEW_KINDS = ['annual', 'registration'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  annual: '年度审验',
  registration: '三年审核注册',
};

export const TRAINING_CATEGORIES = ['public_law', 'sector_law', 'skills'] as const;
export type TrainingCategory = (typeof TRAINING_CATEGORIES)[number];
export const TRAINING_CATEGORY_LABELS: Record<TrainingCategory, string> = {
  public_law: '公共法律知识',
  sector_law: '应急管理专业法律知识',
  skills: '执法技能与实务',
};

export const EXAM_KINDS = ['general', 'special'] as const;
export type ExamKind = (typeof EXAM_KINDS)[number];
export const EXAM_KIND_LABELS: Record<ExamKind, string> = {
  general: '公共法律知识考试',
  special: '专业法律知识考试',
};

export const APPLICATION_STATUSES = ['pending', 'issued', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  pending: '待制发',
  issued: '已制发',
  rejected: '未通过',
  withdrawn: '已撤回',
};

export const DEPARTURE_REASONS = ['transferred', 'post_changed', 'retired', 'resigned', 'other'] as const;
export type DepartureReason = (typeof DEPARTURE_REASONS)[number];
export const DEPARTURE_REASON_LABELS: Record<DepartureReason, string> = {
  transferred: '调离本单位',
  post_changed: '调整至非执法岗位',
  retired: '退休',
  resigned: '辞职、辞退',
  other: '其他',
};

/**
 * 人事处理: actions taken against an officer that the interference register's 第6条 watches when the officer has
 * recorded internal interference (调离, 免职, 辞退, 降级, 岗位调整, 考核不称职/基本称职, 暂扣/吊销/注销执法证).
 */
export const PERSONNEL_ACTION_KINDS = [
  'transfer',
  'removal',
  'dismissal',
  'demotion',
  'post_change',
  'poor_appraisal',
  'certificate_suspension',
  'certificate_revocation',
  'other',
] as const;
export type PersonnelActionKind = (typeof PERSONNEL_ACTION_KINDS)[number];
export const PERSONNEL_ACTION_LABELS: Record<PersonnelActionKind, string> = {
  transfer: '调离/调动',
  removal: '免职',
  dismissal: '辞退',
  demotion: '降级',
  post_change: '岗位调整',
  poor_appraisal: '考核评为基本称职或不称职',
  certificate_suspension: '暂扣执法证',
  certificate_revocation: '吊销/注销执法证',
  other: '其他',
};
/** What may be recorded by hand; certificate actions are recorded by the certificate procedures themselves. */
export const MANUAL_PERSONNEL_ACTION_KINDS = [
  'transfer',
  'removal',
  'dismissal',
  'demotion',
  'post_change',
  'poor_appraisal',
  'other',
] as const satisfies readonly PersonnelActionKind[];

export const PERSONNEL_ACTION_SOURCES = ['manual', 'officer_update', 'certificate'] as const;
export type PersonnelActionSource = (typeof PERSONNEL_ACTION_SOURCES)[number];
export const PERSONNEL_ACTION_SOURCE_LABELS: Record<PersonnelActionSource, string> = {
  manual: '登记',
  officer_update: '人员信息变更',
  certificate: '证件处理',
};

// ------------------------------------------------------------------------------------------- ID numbers

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * 公民身份号码 (GB 11643-1999): 18 characters, a real date of birth at 7-14, and the ISO 7064 MOD 11-2
 * check character last.
 */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === value[17];
}

/** The check character for 17 digits (tests and demo data). */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** What every reader sees: 1504**********1234. */
export function maskIdNumber(value: string): string {
  return `${value.slice(0, 4)}${'*'.repeat(Math.max(0, value.length - 8))}${value.slice(-4)}`;
}

export const IdNumber = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidIdNumber, '身份证号不正确（应为18位，出生日期与校验位须正确）');

// ------------------------------------------------------------------------------------------- shared pieces

export const DateText = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });
const Reason = z.string().trim().min(2, '请填写理由').max(500);
const Approver = z.string().trim().min(2, '请填写批准人或批准机关').max(64);
const DocumentNo = z.string().trim().max(64).nullable().default(null);
export const CertificateNumber = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{6,32}$/, '证件编号应为 6-32 位字母、数字或连字符');
const Categories = z
  .array(z.enum(ENFORCEMENT_CATEGORIES))
  .max(ENFORCEMENT_CATEGORIES.length)
  .refine((a) => new Set(a).size === a.length, '执法类别重复');

/** A refusal of a legal rule: its id, the reason in Chinese and the basis. */
export const Refusal = z.object({
  rule: z.string(),
  reason: z.string(),
  basis: z.string(),
});
export type Refusal = z.infer<typeof Refusal>;

// ------------------------------------------------------------------------------------------- officers

export const OfficerBody = z
  .object({
    name: z.string().trim().min(2, '请输入姓名').max(32),
    idNumber: IdNumber.nullable().default(null),
    unitId: z.uuid({ error: '请选择所在科室或单位' }),
    positionId: z.uuid().nullable().default(null),
    staffingType: z.enum(STAFFING_TYPES, { error: '请选择编制类型' }),
    education: z.enum(EDUCATION_LEVELS).nullable().default(null),
    legalQualification: z.boolean().default(false),
    legalQualificationNo: z.string().trim().max(32).nullable().default(null),
    legalReviewSince: DateText.nullable().default(null),
    userId: z.uuid().nullable().default(null),
  })
  .refine((o) => !o.legalQualification || !!o.legalQualificationNo, {
    message: '取得法律职业资格的，请填写法律职业资格证书编号',
    path: ['legalQualificationNo'],
  });
export type OfficerBody = z.input<typeof OfficerBody>;

/** PATCH: the ID number is replaced only when given (null clears it). */
export const UpdateOfficerBody = z.object({
  name: z.string().trim().min(2).max(32).optional(),
  idNumber: IdNumber.nullable().optional(),
  unitId: z.uuid().optional(),
  positionId: z.uuid().nullable().optional(),
  staffingType: z.enum(STAFFING_TYPES).optional(),
  education: z.enum(EDUCATION_LEVELS).nullable().optional(),
  legalQualification: z.boolean().optional(),
  legalQualificationNo: z.string().trim().max(32).nullable().optional(),
  legalReviewSince: DateText.nullable().optional(),
  userId: z.uuid().nullable().optional(),
  /** Why (调整科室或职务的事由, 文号): kept on the 人事处理 record a unit or position change writes. */
  reason: z.string().trim().max(500, '变更事由不超过 500 字').optional(),
});
export type UpdateOfficerBody = z.input<typeof UpdateOfficerBody>;

export const CERTIFICATE_FILTERS = [...CERTIFICATE_STATUSES, 'none'] as const;

export const OfficerListQuery = PageQuery.extend({
  q: z.string().trim().max(64).optional(),
  unitId: z.uuid().optional(),
  staffingType: z.enum(STAFFING_TYPES).optional(),
  certificateStatus: z.enum(CERTIFICATE_FILTERS).optional(),
  category: z.enum(ENFORCEMENT_CATEGORIES).optional(),
  status: z.enum(OFFICER_STATUSES).optional(),
  trainingShort: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type OfficerListQuery = z.input<typeof OfficerListQuery>;

export const CertificateAbilities = z.object({
  review: z.boolean(),
  renew: z.boolean(),
  cancel: z.boolean(),
  suspend: z.boolean(),
  restore: z.boolean(),
  revoke: z.boolean(),
});
export type CertificateAbilities = z.infer<typeof CertificateAbilities>;

export const CertificateBrief = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.enum(CERTIFICATE_KINDS),
  categories: z.array(z.enum(ENFORCEMENT_CATEGORIES)),
  region: z.string(),
  issuedOn: z.string(),
  validUntil: z.string(),
  status: z.enum(CERTIFICATE_STATUSES),
});
export type CertificateBrief = z.infer<typeof CertificateBrief>;

export const Certificate = CertificateBrief.extend({
  issuingAuthority: z.string(),
  /** Null when the certificate expires before its next registration review (it is renewed instead). */
  nextReviewDue: z.string().nullable(),
  reviewOverdue: z.boolean(),
  /** Valid and expiring within 90 days. */
  expiringSoon: z.boolean(),
  lastReview: z
    .object({ kind: z.enum(REVIEW_KINDS), result: z.enum(['pass', 'fail']), on: z.string() })
    .nullable(),
  replacesNumber: z.string().nullable(),
  verifyPath: z.string(),
  abilities: CertificateAbilities,
});
export type Certificate = z.infer<typeof Certificate>;

export const OfficerSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  positionName: z.string().nullable(),
  staffingType: z.enum(STAFFING_TYPES),
  status: z.enum(OFFICER_STATUSES),
  legalQualification: z.boolean(),
  username: z.string().nullable(),
  certificates: z.array(CertificateBrief),
  trainingHours: z.number(),
  trainingMinimum: z.number(),
  trainingShort: z.boolean(),
});
export type OfficerSummary = z.infer<typeof OfficerSummary>;
export const OfficerPage = pageOf(OfficerSummary).extend({ canManage: z.boolean(), year: z.number().int() });
export type OfficerPage = z.infer<typeof OfficerPage>;

export const OfficerAbilities = z.object({
  edit: z.boolean(),
  revealIdNumber: z.boolean(),
  uploadPhoto: z.boolean(),
  recordTraining: z.boolean(),
  recordExam: z.boolean(),
  apply: z.boolean(),
  depart: z.boolean(),
});
export type OfficerAbilities = z.infer<typeof OfficerAbilities>;

export const Application = z.object({
  id: z.uuid(),
  kind: z.enum(CERTIFICATE_KINDS),
  region: z.string(),
  categories: z.array(z.enum(ENFORCEMENT_CATEGORIES)),
  appliedOn: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  prerequisites: z.array(
    z.object({
      rule: z.string(),
      label: z.string(),
      met: z.boolean(),
      detail: z.string(),
      basis: z.string(),
    }),
  ),
  decidedOn: z.string().nullable(),
  decisionNote: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  createdByName: z.string(),
  abilities: z.object({ issue: z.boolean(), reject: z.boolean() }),
});
export type Application = z.infer<typeof Application>;

export const TrainingRecord = z.object({
  id: z.uuid(),
  course: z.string(),
  provider: z.string(),
  category: z.enum(TRAINING_CATEGORIES),
  hours: z.number(),
  completedOn: z.string(),
  certificateNo: z.string().nullable(),
  recordedByName: z.string(),
});
export type TrainingRecord = z.infer<typeof TrainingRecord>;

export const ExamRecord = z.object({
  id: z.uuid(),
  kind: z.enum(EXAM_KINDS),
  takenOn: z.string(),
  score: z.number(),
  passMark: z.number(),
  passed: z.boolean(),
  note: z.string().nullable(),
  recordedByName: z.string(),
});
export type ExamRecord = z.infer<typeof ExamRecord>;

export const TrainingYear = z.object({
  year: z.number().int(),
  hours: z.number(),
  minimum: z.number(),
  short: z.boolean(),
  basis: z.string(),
});
export type TrainingYear = z.infer<typeof TrainingYear>;

export const CertificateEvent = z.object({
  id: z.uuid(),
  certificateId: z.uuid(),
  certificateNumber: z.string(),
  kind: z.enum(CERTIFICATE_EVENT_KINDS),
  effectiveOn: z.string(),
  statusBefore: z.enum(STORED_CERTIFICATE_STATUSES).nullable(),
  statusAfter: z.enum(STORED_CERTIFICATE_STATUSES),
  reviewKind: z.enum(REVIEW_KINDS).nullable(),
  reviewResult: z.enum(['pass', 'fail']).nullable(),
  reason: z.string(),
  basis: z.string().nullable(),
  approverName: z.string(),
  documentNo: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type CertificateEvent = z.infer<typeof CertificateEvent>;

export const OfficerDetail = z.object({
  id: z.uuid(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  positionId: z.uuid().nullable(),
  positionName: z.string().nullable(),
  staffingType: z.enum(STAFFING_TYPES),
  staffingEligible: z.boolean(),
  education: z.enum(EDUCATION_LEVELS).nullable(),
  legalQualification: z.boolean(),
  legalQualificationNo: z.string().nullable(),
  legalReviewSince: z.string().nullable(),
  userId: z.uuid().nullable(),
  username: z.string().nullable(),
  status: z.enum(OFFICER_STATUSES),
  departedOn: z.string().nullable(),
  departureReason: z.string().nullable(),
  hasPhoto: z.boolean(),
  certificates: z.array(Certificate),
  applications: z.array(Application),
  training: z.array(TrainingRecord),
  trainingYears: z.array(TrainingYear),
  exams: z.array(ExamRecord),
  history: z.array(CertificateEvent),
  abilities: OfficerAbilities,
});
export type OfficerDetail = z.infer<typeof OfficerDetail>;

export const LinkableAccounts = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      username: z.string(),
      displayName: z.string(),
      unitName: z.string().nullable(),
    }),
  ),
});

export const MyOfficer = z.object({ officerId: z.uuid().nullable() });
export const RevealedIdNumber = z.object({ idNumber: z.string() });

export const PhotoBody = z.object({
  mimeType: z.enum(['image/jpeg', 'image/png'], { error: '照片须为 JPEG 或 PNG 图片' }),
  contentBase64: z.string().min(10).max(3_000_000, '照片不得超过 2 MB'),
});

export const DepartBody = z.object({
  on: DateText,
  reason: z.enum(DEPARTURE_REASONS),
  note: z.string().trim().max(500).default(''),
  approverName: Approver,
});

// ------------------------------------------------------------------------------------------- personnel actions

const OptionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullable()
    .default(null)
    .transform((v) => v || null);

/** 登记人事处理 (政策法规科): an appraisal result, a demotion, a removal… decided elsewhere, recorded here. */
export const PersonnelActionBody = z.object({
  kind: z.enum(MANUAL_PERSONNEL_ACTION_KINDS, {
    error: '请选择处理类别（暂扣、吊销、注销执法证请在「证件」中办理，会自动登记）',
  }),
  effectiveOn: DateText,
  reason: z
    .string({ error: '请填写处理事由' })
    .trim()
    .min(2, '请填写处理事由（至少 2 个字）')
    .max(500, '处理事由不超过 500 字'),
  basis: OptionalText(500, '处理依据不超过 500 字'),
  documentNo: OptionalText(64, '文号不超过 64 字'),
  /** What changed, in words (二级主任科员 → 四级主任科员); the kind's label when left out. */
  summary: OptionalText(200, '处理内容不超过 200 字'),
});
export type PersonnelActionBody = z.input<typeof PersonnelActionBody>;

export const PersonnelAction = z.object({
  id: z.uuid(),
  kind: z.enum(PERSONNEL_ACTION_KINDS),
  effectiveOn: z.string(),
  summary: z.string(),
  reason: z.string(),
  basis: z.string().nullable(),
  documentNo: z.string().nullable(),
  source: z.enum(PERSONNEL_ACTION_SOURCES),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type PersonnelAction = z.infer<typeof PersonnelAction>;
export const PersonnelActionList = z.object({ items: z.array(PersonnelAction), canRecord: z.boolean() });
export type PersonnelActionList = z.infer<typeof PersonnelActionList>;

// ------------------------------------------------------------------------------------------- procedures

export const ApplyBody = z
  .object({
    kind: z.enum(CERTIFICATE_KINDS),
    region: z.string().trim().min(2, '请填写执法区域').max(64),
    categories: Categories,
    appliedOn: DateText,
  })
  .refine((b) => b.kind === 'supervision' || b.categories.length > 0, {
    message: '行政执法证须至少填写一个执法类别',
    path: ['categories'],
  });

export const IssueBody = z.object({
  number: CertificateNumber,
  issuingAuthority: z.string().trim().min(2, '请填写发证机关').max(64),
  issuedOn: DateText,
  /** Default: issued + the configured validity (6 years). */
  validUntil: DateText.nullable().default(null),
});

export const RejectBody = z.object({ decidedOn: DateText, reason: Reason });

export const ReviewBody = z.object({
  reviewKind: z.enum(REVIEW_KINDS),
  result: z.enum(['pass', 'fail']),
  decidedOn: DateText,
  approverName: Approver,
  reason: z.string().trim().max(500).default(''),
  documentNo: DocumentNo,
});

export const RenewBody = z.object({
  number: CertificateNumber,
  issuingAuthority: z.string().trim().min(2, '请填写发证机关').max(64),
  issuedOn: DateText,
  validUntil: DateText.nullable().default(null),
  region: z.string().trim().min(2).max(64).nullable().default(null),
  categories: Categories.nullable().default(null),
  approverName: Approver,
});

/** 暂扣 / 恢复 / 吊销: decided by the 主要负责人, who is the approver. */
export const DecisionBody = z.object({
  decidedOn: DateText,
  reason: Reason,
  documentNo: DocumentNo,
});

export const CancelBody = z.object({
  decidedOn: DateText,
  reason: Reason,
  approverName: Approver,
  documentNo: DocumentNo,
});

export const TrainingBody = z.object({
  course: z.string().trim().min(2, '请填写培训名称').max(100),
  provider: z.string().trim().max(64).default(''),
  category: z.enum(TRAINING_CATEGORIES),
  hours: z
    .number()
    .min(0.5, '学时至少 0.5')
    .max(200, '单次培训不超过 200 学时')
    .refine((h) => Number.isInteger(h * 2), '学时以 0.5 为单位'),
  completedOn: DateText,
  certificateNo: z.string().trim().max(64).nullable().default(null),
});

export const ExamBody = z
  .object({
    kind: z.enum(EXAM_KINDS),
    takenOn: DateText,
    score: z.number().min(0).max(150),
    passMark: z.number().min(0).max(150).default(60),
    note: z.string().trim().max(200).nullable().default(null),
  })
  .refine((e) => Number.isInteger(e.score * 2) && Number.isInteger(e.passMark * 2), '分数以 0.5 为单位');

// ------------------------------------------------------------------------------------------- gating

export const EligibilityCheckBody = z.discriminatedUnion('check', [
  z.object({
    check: z.literal('team'),
    on: DateText,
    category: z.enum(ENFORCEMENT_CATEGORIES),
    region: z.string().trim().max(64).nullable().default(null),
    officerIds: z.array(z.uuid()).min(1, '请至少选择一名执法人员').max(20),
  }),
  z.object({
    check: z.literal('officer'),
    on: DateText,
    category: z.enum(ENFORCEMENT_CATEGORIES),
    region: z.string().trim().max(64).nullable().default(null),
    officerId: z.uuid(),
  }),
  z.object({ check: z.literal('legal_reviewer'), on: DateText, officerId: z.uuid() }),
]);
export type EligibilityCheckBody = z.input<typeof EligibilityCheckBody>;

export const OfficerEligibility = z.object({
  officerId: z.uuid().nullable(),
  officerName: z.string().nullable(),
  unitName: z.string().nullable(),
  eligible: z.boolean(),
  certificate: CertificateBrief.nullable(),
  refusals: z.array(Refusal),
});
export type OfficerEligibility = z.infer<typeof OfficerEligibility>;

export const EligibilityCheckResult = z.discriminatedUnion('check', [
  z.object({
    check: z.literal('team'),
    on: z.string(),
    category: z.enum(ENFORCEMENT_CATEGORIES),
    ok: z.boolean(),
    required: z.number().int(),
    eligibleCount: z.number().int(),
    members: z.array(OfficerEligibility),
    refusals: z.array(Refusal),
  }),
  z.object({ check: z.literal('officer'), on: z.string(), result: OfficerEligibility }),
  z.object({
    check: z.literal('legal_reviewer'),
    on: z.string(),
    officerId: z.uuid(),
    officerName: z.string().nullable(),
    eligible: z.boolean(),
    refusals: z.array(Refusal),
  }),
]);
export type EligibilityCheckResult = z.infer<typeof EligibilityCheckResult>;

/** Officers to pick from in the check page (name, unit, valid certificates). */
export const OfficerOption = z.object({
  id: z.uuid(),
  name: z.string(),
  unitName: z.string(),
  certificateNumbers: z.array(z.string()),
});
export const OfficerOptions = z.object({ items: z.array(OfficerOption) });

// ------------------------------------------------------------------------------------------- import

export const ImportBody = z.object({
  fileName: z.string().trim().max(200).default('roster.xlsx'),
  contentBase64: z.string().min(10, '请选择文件').max(8_000_000, '文件不得超过 5 MB'),
});
export const ImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});
export const ImportRowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;
export const ImportReport = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  rows: z.number().int(),
  officers: z.number().int(),
  certificates: z.number().int(),
  errors: z.array(ImportRowError),
});
export type ImportReport = z.infer<typeof ImportReport>;

// ------------------------------------------------------------------------------------------- statistics

export const PersonnelStatistics = z.object({
  year: z.number().int(),
  asOf: z.string(),
  byUnit: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      officers: z.number().int(),
      byStatus: z.record(z.enum([...CERTIFICATE_STATUSES, 'none']), z.number().int()),
    }),
  ),
  totals: z.record(z.enum([...CERTIFICATE_STATUSES, 'none']), z.number().int()),
  training: z.object({
    minimum: z.number(),
    basis: z.string(),
    officers: z.number().int(),
    below: z.number().int(),
    averageHours: z.number(),
    buckets: z.array(z.object({ label: z.string(), count: z.number().int() })),
    byUnit: z.array(z.object({ unitName: z.string(), averageHours: z.number() })),
  }),
  legalReviewers: z.object({
    reviewers: z.number().int(),
    qualified: z.number().int(),
    officers: z.number().int(),
    percent: z.number(),
    targetPercent: z.number(),
    basis: z.string(),
  }),
  exams: z.object({ taken: z.number().int(), passed: z.number().int() }),
  expiringNextQuarter: z.number().int(),
  suspensionsThisYear: z.number().int(),
  revocationsThisYear: z.number().int(),
});
export type PersonnelStatistics = z.infer<typeof PersonnelStatistics>;
export const StatisticsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

// ------------------------------------------------------------------------------------------- settings

/** Thresholds that local rules or a new policy may change: configuration with an effective date. */
export const PersonnelSettingsValues = z.object({
  annualTrainingHours: z.number().int().min(1).max(500),
  applicationTrainingHours: z.number().int().min(0).max(500),
  examValidityMonths: z.number().int().min(1).max(120),
  certificateValidityYears: z.number().int().min(1).max(20),
  registrationReviewYears: z.number().int().min(1).max(10),
  expiryWarningDays: z.array(z.number().int().min(1).max(365)).min(1).max(5),
  trainingCheckFromMonth: z.number().int().min(1).max(12),
  legalReviewerTargetPercent: z.number().int().min(1).max(100),
});
export type PersonnelSettingsValues = z.infer<typeof PersonnelSettingsValues>;

export const SettingsVersion = z.object({
  effectiveFrom: z.string().nullable(),
  values: PersonnelSettingsValues,
  note: z.string(),
  createdByName: z.string().nullable(),
});
export const SettingsOverview = z.object({
  current: PersonnelSettingsValues,
  versions: z.array(SettingsVersion),
  meta: z.array(z.object({ key: z.string(), label: z.string(), basis: z.string(), tag: z.string() })),
  canManage: z.boolean(),
});
export type SettingsOverview = z.infer<typeof SettingsOverview>;
export const SettingsBody = z.object({
  effectiveFrom: DateText,
  values: PersonnelSettingsValues,
  note: z.string().trim().min(2, '请说明调整依据').max(500),
});

export const EntrustedUnit = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  basis: z.string(),
  entrustedFrom: z.string(),
  entrustedUntil: z.string().nullable(),
});
export const EntrustedUnitList = z.object({ items: z.array(EntrustedUnit), canManage: z.boolean() });
export const EntrustedUnitBody = z.object({
  basis: z.string().trim().min(4, '请填写委托书或授权文件文号').max(200),
  entrustedFrom: DateText,
  entrustedUntil: DateText.nullable().default(null),
});
export const UnitParams = z.object({ unitId: z.uuid() });
