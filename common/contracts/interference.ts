/**
 * Contracts of the interference register (内部人员干预执法办案记录和责任追究制度, System 10, legal-spec §12): the
 * 《内部人员过问案件办理行为登记表》 with its evidence, the 主要领导's 批示 and what follows it, the close-of-case
 * declarations, the 第8条 supervision log, non-recording findings (第10条), the recorder's protection (第6条),
 * the monthly reports, the personal files (第11条) and the aggregate statistics. Isomorphic.
 */
import { z } from 'zod';
import { PERSONNEL_ACTION_LABELS } from './personnel.js';
import { Day, Instant, Optional, Text, Uuid } from './shared.js';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');

// ------------------------------------------------------------------------------------------- enumerations

/** How the interference came (第2条、第5条、第7条(六)(七)). */
export const INTERFERENCE_METHODS = ['oral', 'phone', 'electronic', 'written', 'via_other', 'other'] as const;
export type InterferenceMethod = (typeof INTERFERENCE_METHODS)[number];
export const INTERFERENCE_METHOD_LABELS: Record<InterferenceMethod, string> = {
  oral: '口头',
  phone: '电话',
  electronic: '电子信息（短信、微信、邮件等）',
  written: '书面（纸质材料）',
  via_other: '通过他人转达',
  other: '其他方式',
};

/** The eight kinds of 第7条. */
export const INTERFERENCE_TYPES = ['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8'] as const;
export type InterferenceType = (typeof INTERFERENCE_TYPES)[number];
export const INTERFERENCE_TYPE_LABELS: Record<InterferenceType, string> = {
  I1: '（一）超越职权下达不符合法律规定的立案、撤销案件、终止调查、变更强制措施、降格或者升格处理案件等指示',
  I2: '（二）超越职权私自向办案单位或者办案人员提出案件定性处理意见',
  I3: '（三）要求违法登记保存证据或者违法处置涉案财物',
  I4: '（四）超越职权批转涉案材料',
  I5: '（五）提出私下会见案件当事人、近亲属、代理人以及其他利害关系人',
  I6: '（六）本人或者授意关系人为案件当事人请托、说情',
  I7: '（七）本人或者授意关系人违反规定打探案情、通风报信',
  I8: '（八）其他干预、插手案件办理的情形',
};
export const INTERFERENCE_TYPE_SHORT: Record<InterferenceType, string> = {
  I1: '违规指示',
  I2: '提出定性处理意见',
  I3: '违法保存证据或处置财物',
  I4: '批转涉案材料',
  I5: '要求私下会见',
  I6: '请托说情',
  I7: '打探案情、通风报信',
  I8: '其他',
};

/** The officer's response (第4条). */
export const INTERFERENCE_RESPONSES = ['refused', 'told_procedure', 'other'] as const;
export type InterferenceResponse = (typeof INTERFERENCE_RESPONSES)[number];
export const INTERFERENCE_RESPONSE_LABELS: Record<InterferenceResponse, string> = {
  refused: '予以拒绝',
  told_procedure: '告知其依照程序办理',
  other: '其他（须说明）',
};

export const ATTACHMENT_KINDS = ['recording', 'message', 'paper_scan', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  recording: '电话录音',
  message: '电子信息原件或截图',
  paper_scan: '纸质材料扫描件',
  other: '其他材料',
};

/** Where a register stands, derived from its actions. */
export const REGISTER_STAGES = [
  'awaiting_instruction',
  'filed',
  'referred',
  'established',
  'not_established',
  'concluded',
  'judicial',
] as const;
export type RegisterStage = (typeof REGISTER_STAGES)[number];
export const REGISTER_STAGE_LABELS: Record<RegisterStage, string> = {
  awaiting_instruction: '待批示',
  filed: '已批示存档',
  referred: '已移送纪检核查',
  established: '核查属实',
  not_established: '核查不属实',
  concluded: '已作出处理',
  judicial: '已移送司法机关',
};

export const REGISTER_ROUTE_LABELS = {
  principal: '直接呈报主要领导批示',
  discipline: '过问人为主要领导，改报派驻纪检监察组',
} as const;
export type RegisterRoute = keyof typeof REGISTER_ROUTE_LABELS;

export const INSTRUCTION_DECISIONS = ['file', 'refer'] as const;
export type InstructionDecision = (typeof INSTRUCTION_DECISIONS)[number];
export const INSTRUCTION_DECISION_LABELS: Record<InstructionDecision, string> = {
  file: '无需处理，存档备查',
  refer: '移送纪检监察核查',
};

export const OUTCOME_KINDS = ['party_discipline', 'government_discipline', 'organisational', 'none'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const OUTCOME_KIND_LABELS: Record<OutcomeKind, string> = {
  party_discipline: '党纪处分（《中国共产党纪律处分条例》）',
  government_discipline: '政务处分（《公职人员政务处分法》《行政机关公务员处分条例》）',
  organisational: '组织处理或批评教育',
  none: '不予处分',
};

export const ACTION_KIND_LABELS = {
  instruction: '主要领导批示',
  escalated: '逾期未批示，提示纪检监察',
  verification: '核查结论',
  outcome: '处理结果',
  judicial_referral: '移送司法机关',
} as const;
export type RegisterActionKind = keyof typeof ACTION_KIND_LABELS;

/** 第8条 supervision. */
export const SUPERVISION_KINDS = ['guidance', 'corrective', 'inquiry'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];
export const SUPERVISION_KIND_LABELS: Record<SupervisionKind, string> = {
  guidance: '指导性意见',
  corrective: '纠正性意见',
  inquiry: '因履职需要了解案件情况',
};
export const SUPERVISION_FORMS = ['written', 'oral'] as const;
export type SupervisionForm = (typeof SUPERVISION_FORMS)[number];
export const SUPERVISION_FORM_LABELS: Record<SupervisionForm, string> = { written: '书面', oral: '口头' };
export const SUPERVISION_REVIEW_LABELS = {
  proper: '属正常履职，无需处理',
  treat_as_interference: '应按内部人员过问登记',
} as const;
export type SupervisionReviewOutcome = keyof typeof SUPERVISION_REVIEW_LABELS;

/** 第10条 findings. */
export const FINDING_KINDS = ['non_recording', 'false_recording', 'superior_instructed'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  non_recording: '不记录内部人员干预情况',
  false_recording: '不如实记录内部人员干预情况',
  superior_instructed: '主管领导授意不记录或不如实记录',
};
export const FINDING_SOURCES = ['confession', 'third_party', 'audit', 'message_found', 'other'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];
export const FINDING_SOURCE_LABELS: Record<FindingSource, string> = {
  confession: '过问人本人承认',
  third_party: '第三方举报或反映',
  audit: '检查、审计中发现',
  message_found: '发现的电子信息或书面材料',
  other: '其他来源',
};
export const FINDING_MEASURES = ['criticism', 'discipline', 'aggravated'] as const;
export type FindingMeasure = (typeof FINDING_MEASURES)[number];
export const FINDING_MEASURE_LABELS: Record<FindingMeasure, string> = {
  criticism: '通报批评',
  discipline: '依纪依规给予纪律处分（两次以上）',
  aggravated: '依法依纪从重追究主管领导责任',
};

/** 第6条 flags. */
export const FLAG_CONCLUSIONS = ['lawful', 'retaliation'] as const;
export type FlagConclusion = (typeof FLAG_CONCLUSIONS)[number];
export const FLAG_CONCLUSION_LABELS: Record<FlagConclusion, string> = {
  lawful: '有法定事由并经法定程序',
  retaliation: '认定为打击报复',
};
/** What raised a protection flag: a personnel action (labels of the personnel module) or the recorder's report. */
export const RETALIATION_KIND_LABELS: Record<string, string> = {
  ...PERSONNEL_ACTION_LABELS,
  self_report: '本人反映受到打击报复',
};

export const FILE_KINDS = ['integrity', 'enforcement'] as const;
export type PersonalFileKind = (typeof FILE_KINDS)[number];
export const FILE_KIND_LABELS: Record<PersonalFileKind, string> = {
  integrity: '廉政档案',
  enforcement: '执法档案',
};

// ------------------------------------------------------------------------------------------- settings

export const InterferenceSettingsValues = z.object({
  instructionWorkingDays: z
    .number()
    .int()
    .min(1, '批示期限至少1个工作日')
    .max(30, '批示期限不超过30个工作日'),
  protectionMonths: z.number().int().min(1, '保护期至少1个月').max(120, '保护期不超过120个月'),
  /** Null: "两次以上" counts every earlier finding (the rule sets no window). */
  repeatWindowMonths: z.number().int().min(1).max(240).nullable(),
});
export type InterferenceSettingsValues = z.infer<typeof InterferenceSettingsValues>;
export const InterferenceSettingsBody = z.object({
  effectiveFrom: Day,
  values: InterferenceSettingsValues,
  note: Text('调整说明', 500),
});

// ------------------------------------------------------------------------------------------- bodies

export const UploadView = z.object({
  id: Uuid,
  fileName: z.string(),
  size: z.number(),
  sm3: z.string(),
  mime: z.string().nullable(),
});
export type UploadView = z.infer<typeof UploadView>;

export const RegisterBody = z.object({
  caseId: Uuid,
  intervenerId: Uuid,
  intervenerPost: Text('过问人职务', 60),
  intervenerUnit: Text('过问人单位', 100),
  occurredAt: Instant,
  place: Text('过问地点', 200),
  content: Text('过问内容', 4000),
  method: z.enum(INTERFERENCE_METHODS, { error: '请选择过问方式' }),
  methodNote: Optional('方式说明', 200),
  intermediaryName: Optional('转达人姓名', 40),
  intermediaryRelation: Optional('转达人与过问人的关系', 60),
  types: z.array(z.enum(INTERFERENCE_TYPES)).min(1, '请选择至少一项干预情形（第七条）').max(8),
  typeNote: Optional('其他情形说明', 500),
  response: z.enum(INTERFERENCE_RESPONSES, { error: '请选择办案人员的处理' }),
  responseNote: Optional('处理说明', 500),
  account: Text('如实记录的文字材料', 8000),
  noRecordingReason: Optional('未能录音的原因', 500),
  attachments: z
    .array(z.object({ uploadId: Uuid, kind: z.enum(ATTACHMENT_KINDS) }))
    .max(20, '附件不超过20个')
    .default([]),
  correctsId: Uuid.optional(),
  correctionNote: Optional('更正说明', 1000),
});
export type RegisterBody = z.infer<typeof RegisterBody>;

export const InstructionBody = z.object({
  decision: z.enum(INSTRUCTION_DECISIONS, { error: '请选择批示意见' }),
  text: Text('批示内容', 2000),
});
export const VerificationBody = z.object({
  established: z.boolean(),
  consequence: z.boolean(),
  text: Text('核查结论', 4000),
  decidedOn: Day,
});
export const OutcomeBody = z.object({
  kind: z.enum(OUTCOME_KINDS, { error: '请选择处理结果' }),
  text: Text('处理决定内容', 4000),
  decidedOn: Day,
});
export const JudicialBody = z.object({
  organ: Text('移送机关', 100),
  text: Text('移送理由', 4000),
  decidedOn: Day,
});

export const DeclarationBody = z.object({ answer: z.enum(['none', 'some'], { error: '请选择有或无' }) });

export const SupervisionBody = z.object({
  caseId: Uuid,
  department: Text('部门', 100),
  personId: Uuid.optional(),
  personName: Text('人员姓名', 40),
  kind: z.enum(SUPERVISION_KINDS, { error: '请选择类别' }),
  form: z.enum(SUPERVISION_FORMS, { error: '请选择形式' }),
  occurredAt: Instant,
  content: Text('内容', 4000),
  uploadId: Uuid.optional(),
});
export const SupervisionReviewBody = z.object({
  outcome: z.enum(['proper', 'treat_as_interference'], { error: '请选择复核意见' }),
  note: Text('复核说明', 2000),
});

export const FindingBody = z.object({
  kind: z.enum(['non_recording', 'false_recording'], { error: '请选择认定类别' }),
  caseId: Uuid,
  subjectId: Uuid,
  intervenerId: Uuid.optional(),
  registerId: Uuid.optional(),
  occurredOn: Day,
  source: z.enum(FINDING_SOURCES, { error: '请选择发现来源' }),
  sourceNote: Text('查实经过', 4000),
  superiorId: Uuid.optional(),
});

export const RetaliationReportBody = z.object({
  occurredOn: Day,
  description: Text('反映内容', 4000),
});
export const FlagResolutionBody = z.object({
  conclusion: z.enum(FLAG_CONCLUSIONS, { error: '请选择核查结论' }),
  statutoryCause: Text('法定事由', 1000),
  procedureNote: Text('履行的程序', 1000),
});

export const MonthBody = z.object({ month: Month });
export const MonthQuery = z.object({ month: Month.optional() });

export const RegisterListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  stage: z.enum(REGISTER_STAGES).optional(),
  q: z.string().trim().max(60).optional(),
  from: Day.optional(),
  to: Day.optional(),
});

export const PersonFileQuery = z.object({ kind: z.enum(FILE_KINDS).optional() });

// ------------------------------------------------------------------------------------------- views

export const AttachmentView = z.object({
  id: Uuid,
  kind: z.enum(ATTACHMENT_KINDS),
  fileName: z.string(),
  size: z.number(),
  sm3: z.string(),
  mime: z.string().nullable(),
});

export const RegisterActionView = z.object({
  id: Uuid,
  kind: z.enum(['instruction', 'escalated', 'verification', 'outcome', 'judicial_referral']),
  decision: z.string().nullable(),
  consequence: z.boolean().nullable(),
  body: z.string(),
  decidedOn: Day,
  organ: z.string().nullable(),
  actorName: z.string(),
  at: z.string(),
});

export const RegisterAbilities = z.object({
  instruct: z.boolean(),
  verify: z.boolean(),
  conclude: z.boolean(),
  refer: z.boolean(),
  correct: z.boolean(),
  accessLog: z.boolean(),
});

export const RegisterSummary = z.object({
  id: Uuid,
  registerNo: z.string(),
  caseId: Uuid,
  caseNo: z.string(),
  caseStageLabel: z.string(),
  recorderName: z.string(),
  intervenerName: z.string(),
  intervenerPost: z.string(),
  occurredAt: z.string(),
  method: z.enum(INTERFERENCE_METHODS),
  types: z.array(z.enum(INTERFERENCE_TYPES)),
  route: z.enum(['principal', 'discipline']),
  stage: z.enum(REGISTER_STAGES),
  instructionDueOn: Day,
  overdue: z.boolean(),
  correctedBy: z.string().nullable(),
  submittedAt: z.string(),
});
export type RegisterSummary = z.infer<typeof RegisterSummary>;

export const RegisterView = RegisterSummary.extend({
  caseStage: z.string(),
  recorderUnitName: z.string(),
  intervenerUnit: z.string(),
  place: z.string(),
  content: z.string(),
  methodNote: z.string().nullable(),
  intermediaryName: z.string().nullable(),
  intermediaryRelation: z.string().nullable(),
  typeNote: z.string().nullable(),
  response: z.enum(INTERFERENCE_RESPONSES),
  responseNote: z.string().nullable(),
  account: z.string(),
  noRecordingReason: z.string().nullable(),
  correctsId: Uuid.nullable(),
  correctsNo: z.string().nullable(),
  correctionNote: z.string().nullable(),
  seq: z.number(),
  prevHash: z.string(),
  hash: z.string(),
  attachments: z.array(AttachmentView),
  actions: z.array(RegisterActionView),
  abilities: RegisterAbilities,
});
export type RegisterView = z.infer<typeof RegisterView>;

export const AccessLogEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorName: z.string(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  ip: z.string().nullable(),
});

export const DeclarationStatus = z.object({
  caseId: Uuid,
  officers: z.array(
    z.object({
      userId: Uuid,
      name: z.string(),
      declared: z.boolean(),
      declaredAt: z.string().nullable(),
      /** The answer is shown only to the officer and to those who may see registers. */
      answer: z.enum(['none', 'some']).nullable(),
    }),
  ),
  complete: z.boolean(),
  mine: z
    .object({
      canDeclare: z.boolean(),
      declared: z.boolean(),
      registerCount: z.number(),
    })
    .nullable(),
  basis: z.string(),
});
export type DeclarationStatus = z.infer<typeof DeclarationStatus>;

export const SupervisionView = z.object({
  id: Uuid,
  caseId: Uuid,
  caseNo: z.string(),
  department: z.string(),
  personName: z.string(),
  kind: z.enum(SUPERVISION_KINDS),
  form: z.enum(SUPERVISION_FORMS),
  occurredAt: z.string(),
  content: z.string(),
  fileName: z.string().nullable(),
  sm3: z.string().nullable(),
  flagged: z.boolean(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  reviewOutcome: z.enum(['proper', 'treat_as_interference']).nullable(),
  reviewNote: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  canReview: z.boolean(),
});
export type SupervisionView = z.infer<typeof SupervisionView>;

export const FindingView = z.object({
  id: Uuid,
  kind: z.enum(FINDING_KINDS),
  subjectId: Uuid,
  subjectName: z.string(),
  caseId: Uuid,
  caseNo: z.string(),
  registerId: Uuid.nullable(),
  intervenerName: z.string().nullable(),
  occurredOn: Day,
  source: z.enum(FINDING_SOURCES),
  sourceNote: z.string(),
  priorCount: z.number(),
  measure: z.enum(FINDING_MEASURES),
  basis: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type FindingView = z.infer<typeof FindingView>;

export const FlagView = z.object({
  id: Uuid,
  recorderId: Uuid,
  recorderName: z.string(),
  registerNo: z.string().nullable(),
  source: z.enum(['personnel_action', 'self_report']),
  actionKind: z.string(),
  actionOn: Day,
  description: z.string(),
  raisedAt: z.string(),
  status: z.enum(['open', 'resolved']),
  conclusion: z.enum(FLAG_CONCLUSIONS).nullable(),
  statutoryCause: z.string().nullable(),
  procedureNote: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});
export type FlagView = z.infer<typeof FlagView>;

export const ChainMonth = z.object({
  month: z.string(),
  count: z.number(),
  total: z.number(),
  head: z.string(),
});
export type ChainMonth = z.infer<typeof ChainMonth>;

export const MonthlyFigures = z.object({
  casesClosed: z.number(),
  declarations: z.number(),
  declaredSome: z.number(),
  registers: z.number(),
  byType: z.record(z.string(), z.number()),
  supervisionRecords: z.number(),
  flaggedSupervision: z.number(),
});
export type MonthlyFigures = z.infer<typeof MonthlyFigures>;

export const MonthlyReportView = z.object({
  id: Uuid,
  month: z.string(),
  unitId: Uuid,
  unitName: z.string(),
  figures: MonthlyFigures,
  zero: z.boolean(),
  chainDigest: z.array(ChainMonth),
  generatedByName: z.string(),
  generatedAt: z.string(),
  signedByName: z.string().nullable(),
  signedAt: z.string().nullable(),
  canSign: z.boolean(),
});
export type MonthlyReportView = z.infer<typeof MonthlyReportView>;

export const ChainCheck = z.object({
  ok: z.boolean(),
  count: z.number(),
  head: z.string(),
  problems: z.array(z.string()),
  months: z.array(ChainMonth),
  /** Signed monthly reports whose printed digest no longer matches the chain. */
  reportMismatches: z.array(z.object({ month: z.string(), unitName: z.string(), detail: z.string() })),
});

export const FileEntryView = z.object({
  id: Uuid,
  subjectId: Uuid,
  subjectName: z.string(),
  fileKind: z.enum(FILE_KINDS),
  category: z.string(),
  title: z.string(),
  detail: z.string(),
  sourceType: z.string(),
  occurredOn: Day,
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type FileEntryView = z.infer<typeof FileEntryView>;

export const PersonOption = z.object({
  id: Uuid,
  name: z.string(),
  unitName: z.string().nullable(),
  positionName: z.string().nullable(),
  principal: z.boolean(),
});

export const InterferenceStats = z.object({
  registers: z.number(),
  byType: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })),
  byMethod: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })),
  byStage: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })),
  byMonth: z.array(z.object({ month: z.string(), count: z.number() })),
  casesWithRegisters: z.number(),
  casesTotal: z.number(),
  referrals: z.number(),
  outcomes: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })),
  findings: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })),
  flagsOpen: z.number(),
  flagsResolved: z.number(),
  flagsRetaliation: z.number(),
  overdueInstructions: z.number(),
});
export type InterferenceStats = z.infer<typeof InterferenceStats>;

export const INTERFERENCE_BASIS = '《赤峰市应急管理局内部人员干预执法办案记录和责任追究制度》';
