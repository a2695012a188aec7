/**
 * Contracts of fault liability (行政执法过错责任追究制度, System 1, legal-spec §3): leads (线索) from any source,
 * triage by 纪检 (第2条), the investigation with its 回避 check and 调查笔录, the finding (第3、5–8条) with the
 * 第九条 allocation proposed from the case's trail, the 告知 and 陈述申辩, the leadership's decision and measures
 * (第10、13条), the written notice within 10 days (第11条), 复核 within 30 days and 申诉 (第12条), the personal
 * files, the documents and the statistics. Isomorphic.
 */
import { z } from 'zod';
import { Day, Instant, Optional, Text, Uuid } from './shared.js';

export const FAULT_RULE = '《赤峰市应急管理局行政执法过错责任追究制度》';

// ------------------------------------------------------------------------------------------- enumerations

/** Where a lead came from (legal-spec §3.3). */
export const LEAD_SOURCES = [
  'reconsideration',
  'litigation',
  'file_review',
  'complaint',
  'supervision',
  'interference_finding',
  'missed_deadline',
  'crime_not_transferred',
  'other',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];
export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
  reconsideration: '行政复议撤销、变更或确认违法',
  litigation: '行政诉讼败诉',
  file_review: '案卷评查不合格',
  complaint: '投诉举报',
  supervision: '执法监督检查发现',
  interference_finding: '干预执法认定',
  missed_deadline: '超过法定期限',
  crime_not_transferred: '涉嫌犯罪未移送',
  other: '其他来源',
};

/** Originating records a lead may be linked to, checked by the server when an id is given. */
export const SOURCE_REF_KINDS = ['challenge', 'deadline', 'interference_finding', 'document'] as const;
export type SourceRefKind = (typeof SOURCE_REF_KINDS)[number];
export const SOURCE_REF_KIND_LABELS: Record<SourceRefKind, string> = {
  challenge: '复议或诉讼结果',
  deadline: '法定期限',
  interference_finding: '干预执法认定',
  document: '文书或材料',
};

/** The results of a 行政复议 or 行政诉讼 (行政复议法 第63–66条; 行政诉讼法 第69–78条). */
export const CHALLENGE_RESULTS = [
  'upheld',
  'revoked',
  'changed',
  'confirmed_illegal',
  'confirmed_invalid',
  'withdrawn',
  'other',
] as const;
export type ChallengeResult = (typeof CHALLENGE_RESULTS)[number];
export const CHALLENGE_RESULT_LABELS: Record<ChallengeResult, string> = {
  upheld: '维持或驳回',
  revoked: '撤销',
  changed: '变更',
  confirmed_illegal: '确认违法',
  confirmed_invalid: '确认无效',
  withdrawn: '撤回申请或撤诉',
  other: '其他',
};
/** The results that reverse the act and open a fault lead for 纪检 to triage (legal-spec §3.3, §3.9). */
export const REVERSAL_RESULTS: readonly ChallengeResult[] = [
  'revoked',
  'changed',
  'confirmed_illegal',
  'confirmed_invalid',
];

export const MATTER_STAGES = ['lead', 'dismissed', 'investigating', 'found', 'decided', 'closed'] as const;
export type MatterStage = (typeof MATTER_STAGES)[number];
export const MATTER_STAGE_LABELS: Record<MatterStage, string> = {
  lead: '待初核',
  dismissed: '不予立项',
  investigating: '立项调查',
  found: '已认定（告知、陈述申辩）',
  decided: '已作出处理决定',
  closed: '已办结',
};

/** 第五条, the eleven kinds of 行政执法过错. */
export const FAULT_TYPES = [
  'F01',
  'F02',
  'F03',
  'F04',
  'F05',
  'F06',
  'F07',
  'F08',
  'F09',
  'F10',
  'F11',
] as const;
export type FaultType = (typeof FAULT_TYPES)[number];
export const FAULT_TYPE_LABELS: Record<FaultType, string> = {
  F01: '主要事实不清，重要证据不足',
  F02: '适用法律、法规、规章明显错误',
  F03: '未按法定程序实施行政处罚，或适用程序明显不当',
  F04: '擅自改变行政处罚种类和幅度',
  F05: '超越审批和处罚权限',
  F06: '严重违反法律程序要求当事人履行义务',
  F07: '行政执法人员提供伪证造成不良影响',
  F08: '处理结果显失公正',
  F09: '行政不作为',
  F10: '玩忽职守、徇私舞弊、贪污受贿索贿等尚不构成犯罪',
  F11: '其他行政执法过错行为',
};

/** 第六条 (no liability), 第七条 (lighter or none), 第八条 (heavier). */
export const GROUND_KINDS = ['exemption', 'mitigation', 'aggravation'] as const;
export type GroundKind = (typeof GROUND_KINDS)[number];
export const GROUND_KIND_LABELS: Record<GroundKind, string> = {
  exemption: '不承担责任（第六条）',
  mitigation: '从轻或者免予追究（第七条）',
  aggravation: '从重追究（第八条）',
};
export const GROUND_CODES = ['E1', 'E2', 'E3', 'E4', 'M1', 'M2', 'M3', 'A1', 'A2', 'A3', 'A4'] as const;
export type GroundCode = (typeof GROUND_CODES)[number];
export const GROUND_CODE_LABELS: Record<GroundCode, string> = {
  E1: '因当事人的原因致使行政执法发生过错',
  E2: '行政行为经过集体讨论、审议、会签同意',
  E3: '因不可抗拒的原因造成执法过错',
  E4: '其他不应追究的情形',
  M1: '主动发现其行政执法过错并及时纠正且未造成严重后果',
  M2: '行政执法过错情节轻微',
  M3: '其他可以从轻或者免予追究的情形',
  A1: '因玩忽职守、徇私舞弊、贪污受贿（索贿、吃、拿、卡、要）等原因造成过错',
  A2: '多次发生行政执法过错',
  A3: '造成严重后果或在社会上造成不良影响',
  A4: '其他应当从重追究的情形',
};
export const GROUND_ARTICLE: Record<GroundKind, string> = {
  exemption: '第六条',
  mitigation: '第七条',
  aggravation: '第八条',
};
export const groundKindOf = (c: GroundCode): GroundKind =>
  c.startsWith('E') ? 'exemption' : c.startsWith('M') ? 'mitigation' : 'aggravation';

export const LIABILITY_LEVELS = ['sole', 'main', 'some'] as const;
export type LiabilityLevelCode = (typeof LIABILITY_LEVELS)[number];
export const LIABILITY_LEVEL_LABELS: Record<LiabilityLevelCode, string> = {
  sole: '全部责任',
  main: '主要责任',
  some: '一定责任',
};
export const LIABILITY_RULES = ['R1', 'R2a', 'R2b', 'R3', 'R4', 'manual'] as const;
export type LiabilityRuleCode = (typeof LIABILITY_RULES)[number];
export const LIABILITY_RULE_LABELS: Record<LiabilityRuleCode, string> = {
  R1: '第九条第一项（汇报事实有误、隐瞒或提供虚假证据）',
  R2a: '第九条第二项（应审批未审批，未经负责人同意）',
  R2b: '第九条第二项（应审批未审批，经负责人同意）',
  R3: '第九条第三项（经审批、审核）',
  R4: '第九条第四项（处理意见被上级领导改变）',
  manual: '调查人员认定（书面说明理由）',
};
export const TRAIL_ROLES = ['handler', 'section_head', 'reviewer', 'approver', 'superior', 'other'] as const;
export type TrailRoleCode = (typeof TRAIL_ROLES)[number];
export const TRAIL_ROLE_LABELS: Record<TrailRoleCode, string> = {
  handler: '承办人员',
  section_head: '承办科室（单位）负责人',
  reviewer: '审核人',
  approver: '审批人',
  superior: '改变处理意见的上级领导',
  other: '其他人员',
};

/** 第十条 measures, lightest first; the rank is what "not heavier" compares (公务员法 第六十三条). */
export const MEASURES = [
  'criticism',
  'self_examination',
  'admonition',
  'circulated',
  'honours_cancelled',
  'certificate_suspension',
  'removal',
  'certificate_revocation',
  'discipline_referral',
] as const;
export type Measure = (typeof MEASURES)[number];
export const MEASURE_LABELS: Record<Measure, string> = {
  criticism: '批评教育',
  self_examination: '责令书面检查',
  admonition: '诫勉谈话',
  circulated: '通报批评',
  honours_cancelled: '取消当年评优评先资格',
  certificate_suspension: '暂扣行政执法证件',
  removal: '调离行政执法岗位',
  certificate_revocation: '收回行政执法证件',
  discipline_referral: '按干部管理权限移送给予党纪政务处分',
};
export const MEASURE_RANK: Record<Measure, number> = {
  criticism: 1,
  self_examination: 2,
  admonition: 3,
  circulated: 4,
  honours_cancelled: 4,
  certificate_suspension: 5,
  removal: 6,
  certificate_revocation: 6,
  discipline_referral: 7,
};

export const STATEMENT_KINDS = ['statement', 'waiver'] as const;
export const REVIEW_RESULTS = ['upheld', 'reduced', 'revoked'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];
export const REVIEW_RESULT_LABELS: Record<ReviewResult, string> = {
  upheld: '维持原处理决定',
  reduced: '减轻处理',
  revoked: '撤销处理决定',
};
export const DOCUMENT_KINDS = [
  'lead',
  'approval',
  'inquiry',
  'finding',
  'decision',
  'receipt',
  'review',
] as const;
export type FaultDocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<FaultDocumentKind, string> = {
  lead: '行政执法过错线索登记表',
  approval: '过错责任追究立项审批表',
  inquiry: '调查笔录',
  finding: '行政执法过错责任认定书',
  decision: '行政执法过错责任处理决定书',
  receipt: '送达回证',
  review: '复核决定书',
};

// ------------------------------------------------------------------------------------------- request bodies

export const SourceRef = z.object({
  kind: z.enum(SOURCE_REF_KINDS),
  id: Uuid,
});

export const LeadBody = z.object({
  source: z.enum(LEAD_SOURCES),
  caseId: Uuid.optional().nullable(),
  sourceRef: SourceRef.optional().nullable(),
  /** Where the lead came from in words (e.g. 复议决定书文号, the complainant). */
  reference: Optional('来源说明', 500),
  receivedOn: Day,
  summary: Text('线索内容', 4000).refine((s) => s.length >= 10, '线索内容不少于10字'),
  subjectIds: z.array(Uuid).max(20).default([]),
});

export const TriageBody = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('investigate'),
    decidedOn: Day,
    reason: Text('立项理由', 2000),
    investigatorIds: z.array(Uuid).min(2, '调查人员不得少于二人').max(6),
    subjectIds: z.array(Uuid).min(1, '请选择被调查人员').max(20),
  }),
  z.object({
    decision: z.literal('dismiss'),
    decidedOn: Day,
    reason: Text('不予立项理由', 2000).refine((s) => s.length >= 10, '不予立项须写明理由（不少于10字）'),
  }),
]);

export const SubjectsBody = z.object({ subjectIds: z.array(Uuid).min(1).max(20) });

export const InquiryBody = z.object({
  personId: Uuid,
  heldAt: Instant,
  place: Text('调查地点', 200),
  investigatorIds: z.array(Uuid).min(2, '调查询问时调查人员不得少于二人').max(6),
  content: Text('笔录内容', 20000).refine((s) => s.length >= 20, '笔录内容不少于20字'),
});

/** What the investigators establish about the act, on top of what the trail shows (第九条). */
export const AllocationFactsBody = z.object({
  misreportedBy: z.array(Uuid).max(20).default([]),
  /** Whether the faulty act needed approval; absent: as the case's procedure says. */
  approvalRequired: z.boolean().optional(),
  sectionHeadConsented: z.boolean().default(false),
  /** Whether the fault lies in the part a superior changed (第九条第四项); only used when the trail has a change. */
  faultInChangedPart: z.boolean().default(true),
});

export const LiabilityInput = z.object({
  personId: Uuid,
  role: z.enum(TRAIL_ROLES),
  level: z.enum(LIABILITY_LEVELS),
  rule: z.enum(LIABILITY_RULES),
});
export const GroundInput = z.object({
  personId: Uuid,
  code: z.enum(GROUND_CODES),
  evidence: Text('证据材料', 2000).refine((s) => s.length >= 4, '请写明证据材料'),
  note: Optional('说明', 2000),
});
export const ProposedMeasureInput = z.object({
  personId: Uuid,
  measures: z.array(z.enum(MEASURES)).max(5).default([]),
  note: Optional('处理意见说明', 2000),
});

export const FindingBody = z.object({
  faultTypes: z.array(z.enum(FAULT_TYPES)).min(1, '请至少选择一项过错情形（第五条）'),
  /** Required with F11 (其他): the legal basis of the fault. */
  otherBasis: Optional('其他过错的法律依据', 1000),
  facts: Text('认定的事实', 8000).refine((s) => s.length >= 20, '认定的事实不少于20字'),
  act: Text('发生过错的行政执法行为', 500),
  allocationFacts: AllocationFactsBody,
  liabilities: z.array(LiabilityInput).min(1, '请至少认定一名责任人员'),
  overrideReason: Optional('改变系统建议的理由', 2000),
  grounds: z.array(GroundInput).max(60).default([]),
  /** 第六条第二项 together with 第八条 grounds: the investigators' written resolution (需人工认定). */
  conflictResolution: Optional('免责与从重情节并存时的认定意见', 2000),
  proposedMeasures: z.array(ProposedMeasureInput).default([]),
});

export const InformBody = z.object({
  personId: Uuid,
  informedOn: Day,
  method: Text('告知方式', 100),
  /**
   * The days given for 陈述申辩. Neither the rule nor 处分条例 第三十九条 sets a number; 5 days (3–15) is the bureau's
   * habit for internal handling [推], like the 陈述申辩 period of the penalty procedure.
   */
  statementDays: z.number().int().min(3).max(15).default(5),
});

export const StatementBody = z.object({
  personId: Uuid,
  kind: z.enum(STATEMENT_KINDS),
  receivedOn: Day,
  content: Text('陈述申辩内容', 8000),
});

export const DecisionMeasureInput = z.object({
  personId: Uuid,
  measures: z.array(z.enum(MEASURES)).max(5).default([]),
  /** Required when no measure is imposed on a liable person (免予追究) or a measure is lighter than proposed. */
  reason: Optional('处理理由', 2000),
  /** Where the person is referred for 党纪政务处分 (第十三条: 按干部管理权限). */
  disciplineBody: Optional('移送机关', 200),
});
export const DecisionBody = z.object({
  decidedOn: Day,
  meeting: Text('研究决定的会议（名称、时间、参加人员）', 1000),
  measures: z.array(DecisionMeasureInput).min(1),
});

export const NoticeBody = z.object({
  personId: Uuid,
  deliveredOn: Day,
  method: Text('送达方式', 100),
  receiverName: Text('签收人', 64),
  lateReason: Optional('超期送达的理由', 1000),
});

export const ReviewApplicationBody = z.object({
  personId: Uuid,
  receivedOn: Day,
  grounds: Text('复核申请理由', 8000),
  lateJustification: Optional('逾期申请的正当理由', 2000),
});
export const ReviewDecisionBody = z.object({
  decidedOn: Day,
  result: z.enum(REVIEW_RESULTS),
  measures: z.array(z.enum(MEASURES)).max(5).default([]),
  reason: Text('复核理由', 4000),
});

export const AppealBody = z.object({
  personId: Uuid,
  filedOn: Day,
  body: Text('受理申诉的部门', 200),
  content: Text('申诉内容', 4000),
});
export const AppealOutcomeBody = z.object({ decidedOn: Day, outcome: Text('申诉处理结果', 4000) });

export const CloseBody = z.object({ closedOn: Day, note: Optional('办结说明', 1000) });

export const FaultSettingsBody = z.object({
  repeatWindowMonths: z.number().int().min(1).max(60),
  repeatThreshold: z.number().int().min(2).max(10),
});

export const MatterListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  stage: z.enum(MATTER_STAGES).optional(),
  source: z.enum(LEAD_SOURCES).optional(),
  q: z.string().trim().max(100).optional(),
  caseId: Uuid.optional(),
});

export const DocumentQuery = z.object({
  personId: Uuid.optional(),
  recordId: Uuid.optional(),
  format: z.enum(['pdf', 'docx']).default('pdf'),
});

export const StatsQuery = z.object({ from: Day.optional(), to: Day.optional() });

// ------------------------------------------------------------------------------------------- views

export const PersonRef = z.object({ id: Uuid, name: z.string(), unitName: z.string().nullable() });
export type PersonRef = z.infer<typeof PersonRef>;

export const MatterSummary = z.object({
  id: Uuid,
  no: z.string(),
  source: z.enum(LEAD_SOURCES),
  stage: z.enum(MATTER_STAGES),
  caseId: Uuid.nullable(),
  caseNo: z.string().nullable(),
  summary: z.string(),
  receivedOn: z.string(),
  subjects: z.array(PersonRef),
  faultTypes: z.array(z.enum(FAULT_TYPES)),
  decidedOn: z.string().nullable(),
  autoCreated: z.boolean(),
});
export type MatterSummary = z.infer<typeof MatterSummary>;

export const TrailEntry = z.object({
  personId: Uuid,
  name: z.string(),
  role: z.enum(TRAIL_ROLES),
  what: z.string(),
  at: z.string().nullable(),
});
export const ProposalChange = z.object({
  version: z.number(),
  byId: Uuid.nullable(),
  byName: z.string(),
  stage: z.string(),
  at: z.string(),
  reason: z.string(),
  summary: z.string(),
  bySuperior: z.boolean(),
});
export const ShareView = z.object({
  personId: Uuid,
  name: z.string(),
  role: z.enum(TRAIL_ROLES),
  level: z.enum(LIABILITY_LEVELS),
  rule: z.enum(LIABILITY_RULES),
  basis: z.string(),
});
export type ShareView = z.infer<typeof ShareView>;
export const Suggestion = z.object({
  personId: Uuid,
  name: z.string(),
  code: z.enum(GROUND_CODES),
  evidence: z.string(),
  note: z.string(),
});
export type Suggestion = z.infer<typeof Suggestion>;

/** The 第九条 proposal: what the trail shows and the shares it leads to, with the rule for each. */
export const AllocationView = z.object({
  procedure: z.string().nullable(),
  approvalRequired: z.boolean(),
  trail: z.array(TrailEntry),
  proposals: z.array(ProposalChange),
  collective: z
    .object({
      heldAt: z.string(),
      conclusion: z.string(),
      participants: z.array(z.object({ name: z.string(), dissent: z.boolean() })),
    })
    .nullable(),
  shares: z.array(ShareView),
  /** Grounds the system suggests: A2 from the person's history, E2 for recorded dissent. */
  suggestions: z.array(Suggestion),
  notes: z.array(z.string()),
});
export type AllocationView = z.infer<typeof AllocationView>;

export const GroundView = z.object({
  personId: Uuid,
  code: z.enum(GROUND_CODES),
  evidence: z.string(),
  note: z.string(),
  automatic: z.boolean(),
});
export const PersonOutcome = z.object({
  person: PersonRef,
  role: z.enum(TRAIL_ROLES),
  level: z.enum(LIABILITY_LEVELS),
  rule: z.enum(LIABILITY_RULES),
  /** exempt (第六条), lighter (第七条), heavier (第八条) or normal. */
  treatment: z.enum(['exempt', 'lighter', 'heavier', 'normal', 'manual']),
  proposedMeasures: z.array(z.enum(MEASURES)),
  proposalNote: z.string(),
  informedOn: z.string().nullable(),
  statementDueOn: z.string().nullable(),
  statement: z
    .object({ kind: z.enum(STATEMENT_KINDS), receivedOn: z.string(), content: z.string() })
    .nullable(),
  decidedMeasures: z.array(z.enum(MEASURES)).nullable(),
  decisionReason: z.string(),
  disciplineBody: z.string().nullable(),
  noticeDueOn: z.string().nullable(),
  notice: z
    .object({
      deliveredOn: z.string(),
      method: z.string(),
      receiverName: z.string(),
      late: z.boolean(),
      lateReason: z.string().nullable(),
    })
    .nullable(),
  reviewDueOn: z.string().nullable(),
  currentMeasures: z.array(z.enum(MEASURES)).nullable(),
});
export type PersonOutcome = z.infer<typeof PersonOutcome>;

export const FindingView = z.object({
  faultTypes: z.array(z.enum(FAULT_TYPES)),
  otherBasis: z.string().nullable(),
  facts: z.string(),
  act: z.string(),
  allocationFacts: AllocationFactsBody,
  proposedShares: z.array(ShareView),
  overrideReason: z.string().nullable(),
  grounds: z.array(GroundView),
  conflictResolution: z.string().nullable(),
  foundOn: z.string(),
  foundByName: z.string(),
});

export const InquiryView = z.object({
  id: Uuid,
  person: PersonRef,
  heldAt: z.string(),
  place: z.string(),
  investigators: z.array(PersonRef),
  content: z.string(),
  recordedByName: z.string(),
});
export const ReviewView = z.object({
  id: Uuid,
  person: PersonRef,
  receivedOn: z.string(),
  grounds: z.string(),
  late: z.boolean(),
  lateJustification: z.string().nullable(),
  dueOn: z.string(),
  decidedOn: z.string().nullable(),
  result: z.enum(REVIEW_RESULTS).nullable(),
  measures: z.array(z.enum(MEASURES)).nullable(),
  reason: z.string().nullable(),
});
export const AppealView = z.object({
  id: Uuid,
  person: PersonRef,
  filedOn: z.string(),
  body: z.string(),
  content: z.string(),
  decidedOn: z.string().nullable(),
  outcome: z.string().nullable(),
});
export const MatterEvent = z.object({
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  label: z.string(),
});

export const MatterAbilities = z.object({
  triage: z.boolean(),
  manage: z.boolean(),
  decide: z.boolean(),
  notify: z.boolean(),
  review: z.boolean(),
  decideReview: z.boolean(),
  close: z.boolean(),
  /** The accused may file his own statement, review application and appeal. */
  selfService: z.boolean(),
});
export type MatterAbilities = z.infer<typeof MatterAbilities>;

export const MatterView = MatterSummary.extend({
  reference: z.string().nullable(),
  sourceRef: z.object({ kind: z.enum(SOURCE_REF_KINDS), id: Uuid, label: z.string() }).nullable(),
  registeredByName: z.string(),
  registeredAt: z.string(),
  triage: z
    .object({
      decision: z.enum(['investigate', 'dismiss']),
      decidedOn: z.string(),
      reason: z.string(),
      byName: z.string(),
    })
    .nullable(),
  investigators: z.array(PersonRef),
  investigationDueOn: z.string().nullable(),
  inquiries: z.array(InquiryView),
  finding: FindingView.nullable(),
  people: z.array(PersonOutcome),
  decision: z.object({ decidedOn: z.string(), meeting: z.string(), byName: z.string() }).nullable(),
  reviews: z.array(ReviewView),
  appeals: z.array(AppealView),
  closedOn: z.string().nullable(),
  closeNote: z.string().nullable(),
  abilities: MatterAbilities,
  history: z.array(MatterEvent),
});
export type MatterView = z.infer<typeof MatterView>;

export const FaultPersonOption = z.object({
  id: Uuid,
  name: z.string(),
  unitName: z.string().nullable(),
  positionName: z.string().nullable(),
  discipline: z.boolean(),
});
export type FaultPersonOption = z.infer<typeof FaultPersonOption>;

export const SourceOption = z.object({
  kind: z.enum(SOURCE_REF_KINDS),
  id: Uuid,
  label: z.string(),
  source: z.enum(LEAD_SOURCES),
});
export type SourceOption = z.infer<typeof SourceOption>;

export const FaultSettingsView = z.object({
  repeatWindowMonths: z.number(),
  repeatThreshold: z.number(),
  updatedByName: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

const Count = z.object({ key: z.string(), label: z.string(), count: z.number() });
export const FaultStats = z.object({
  leads: z.number(),
  bySource: z.array(Count),
  byStage: z.array(Count),
  byType: z.array(Count),
  byUnit: z.array(Count),
  byPerson: z.array(Count),
  exemptions: z.array(Count),
  measures: z.array(Count),
  reviews: z.array(Count),
  appeals: z.number(),
  repeatedPersons: z.number(),
  reversals: z.number(),
  reversalsFound: z.number(),
  daysToDecision: z.object({ count: z.number(), average: z.number().nullable(), max: z.number().nullable() }),
  lateNotices: z.number(),
});
export type FaultStats = z.infer<typeof FaultStats>;
