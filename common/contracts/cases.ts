/**
 * Contracts of the penalty-case module (行政处罚案件, legal-spec §2, §13.4–13.5): case sources, the case with its
 * parties, violations and officers, evidence and the whole-process record, the approval trail, notice and
 * defence, legal review, collective discussion, decision, delivery, official documents and the simple
 * procedure. Isomorphic: the server validates with these schemas, the SPA types its calls with them.
 */
import { z } from 'zod';
import { DeadlineView } from './deadlines.js';
import { ENFORCEMENT_CATEGORIES, Refusal } from './personnel.js';
import { Day, Instant, pageOf, PageQuery, Text, Uuid } from './shared.js';

const OptionalText = (max = 4000) => z.string().trim().max(max).optional().nullable();

// ------------------------------------------------------------------------------------------- enumerations

export const CASE_STATUSES = [
  'filing_review',
  'not_filed',
  'investigating',
  'report_review',
  'notice',
  'defence',
  'hearing',
  'legal_review',
  'collective',
  'decision',
  'decided',
  'delivered',
  'concluded',
  'transfer_pending',
  'closed',
  'archived',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  filing_review: '立案审批中',
  not_filed: '不予立案',
  investigating: '调查取证',
  report_review: '案件审核',
  notice: '待告知',
  defence: '陈述申辩期',
  hearing: '听证程序',
  legal_review: '法制审核',
  collective: '集体讨论',
  decision: '决定审批',
  decided: '已决定待送达',
  delivered: '已送达',
  concluded: '已办结',
  transfer_pending: '待移送司法机关',
  closed: '已结案',
  archived: '已归档',
};

export const PROCEDURES = ['ordinary', 'simple'] as const;
export type Procedure = (typeof PROCEDURES)[number];
export const PROCEDURE_LABELS: Record<Procedure, string> = { ordinary: '普通程序', simple: '简易程序' };

export const SOURCE_KINDS = ['inspection', 'report', 'transfer', 'assigned', 'accident', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  inspection: '检查发现',
  report: '举报',
  transfer: '移送',
  assigned: '上级交办',
  accident: '事故调查',
  other: '其他',
};
export const SOURCE_STATUSES = ['registered', 'filing', 'not_filed', 'filed'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];
export const SOURCE_STATUS_LABELS: Record<SourceStatus, string> = {
  registered: '待处理',
  filing: '立案审批中',
  not_filed: '不予立案',
  filed: '已立案',
};

export const PARTY_KINDS = ['natural', 'legal_person', 'unincorporated', 'individual_business'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const PARTY_KIND_LABELS: Record<PartyKind, string> = {
  natural: '自然人',
  legal_person: '法人',
  unincorporated: '非法人组织',
  individual_business: '个体工商户',
};

/** 行政处罚法 第九条 categories used in 应急 enforcement. */
export const PENALTY_KINDS = [
  'warning',
  'criticism',
  'fine',
  'confiscate_gains',
  'confiscate_property',
  'suspend_license',
  'lower_qualification',
  'revoke_license',
  'restrict_activities',
  'order_suspension',
  'order_closure',
  'restrict_employment',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];
export const PENALTY_KIND_LABELS: Record<PenaltyKind, string> = {
  warning: '警告',
  criticism: '通报批评',
  fine: '罚款',
  confiscate_gains: '没收违法所得',
  confiscate_property: '没收非法财物',
  suspend_license: '暂扣许可证件',
  lower_qualification: '降低资质等级',
  revoke_license: '吊销许可证件',
  restrict_activities: '限制开展生产经营活动',
  order_suspension: '责令停产停业',
  order_closure: '责令关闭',
  restrict_employment: '限制从业',
};
/** Kinds that carry an amount (integer fen). */
export const AMOUNT_PENALTY_KINDS: readonly PenaltyKind[] = [
  'fine',
  'confiscate_gains',
  'confiscate_property',
];

export const OUTCOMES = ['penalty', 'no_penalty_minor', 'no_penalty_unproven', 'transfer'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  penalty: '给予行政处罚',
  no_penalty_minor: '违法行为轻微，依法不予行政处罚',
  no_penalty_unproven: '违法事实不能成立，不予行政处罚',
  transfer: '涉嫌犯罪，移送司法机关',
};

export const EVIDENCE_KINDS = [
  'documentary',
  'physical',
  'audiovisual',
  'electronic',
  'witness',
  'party_statement',
  'expert_opinion',
  'inspection_record',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
/** 行政处罚法 第四十六条第一款. */
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  documentary: '书证',
  physical: '物证',
  audiovisual: '视听资料',
  electronic: '电子数据',
  witness: '证人证言',
  party_statement: '当事人的陈述',
  expert_opinion: '鉴定意见',
  inspection_record: '勘验笔录、现场笔录',
};

export const CUSTODY_ACTIONS = [
  'collected',
  'transferred',
  'stored',
  'examined',
  'returned',
  'destroyed',
  'sealed',
] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];
export const CUSTODY_ACTION_LABELS: Record<CustodyAction, string> = {
  collected: '收集提取',
  transferred: '移交',
  stored: '入库保管',
  examined: '调阅查看',
  returned: '退还',
  destroyed: '依法销毁',
  sealed: '封存',
};

/** Steps of a case that the 音像记录事项清单 may require audio/video for. */
export const AV_STEPS = [
  'inspection',
  'inquiry',
  'evidence_preservation',
  'seizure',
  'order_suspension_on_site',
  'power_cut',
  'on_the_spot_cash',
  'delivery_left',
  'hearing',
] as const;
export type AvStep = (typeof AV_STEPS)[number];
export const AV_STEP_LABELS: Record<AvStep, string> = {
  inspection: '现场检查',
  inquiry: '询问调查',
  evidence_preservation: '先行登记保存证据',
  seizure: '查封、扣押',
  order_suspension_on_site: '现场责令暂时停产停业',
  power_cut: '停止供电措施',
  on_the_spot_cash: '当场收缴罚款',
  delivery_left: '留置送达',
  hearing: '听证',
};

export const DELIVERY_METHODS = ['direct', 'left', 'post', 'electronic', 'public_notice'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  direct: '直接送达',
  left: '留置送达',
  post: '邮寄送达',
  electronic: '电子送达',
  public_notice: '公告送达',
};

export const LEGAL_OPINIONS = ['agree', 'amend', 'disagree'] as const;
export type LegalOpinion = (typeof LEGAL_OPINIONS)[number];
export const LEGAL_OPINION_LABELS: Record<LegalOpinion, string> = {
  agree: '同意',
  amend: '补正',
  disagree: '不同意',
};
/** The seven review points (国办发〔2018〕118号; legal-spec §13.5). */
export const LEGAL_REVIEW_POINTS = [
  { key: 'body', label: '执法主体合法，执法人员具备执法资格' },
  { key: 'procedure', label: '执法程序合法' },
  { key: 'facts', label: '案件事实清楚，证据合法充分' },
  { key: 'law', label: '适用法律、法规、规章准确，裁量基准运用适当' },
  { key: 'authority', label: '执法是否超越法定权限' },
  { key: 'documents', label: '行政执法文书完备、规范' },
  { key: 'crime', label: '违法行为是否涉嫌犯罪、需要移送司法机关' },
] as const;
export type LegalReviewPointKey = (typeof LEGAL_REVIEW_POINTS)[number]['key'];

export const STATEMENT_REVIEW_RESULTS = ['adopted', 'partly_adopted', 'not_adopted'] as const;
export type StatementReviewResult = (typeof STATEMENT_REVIEW_RESULTS)[number];
export const STATEMENT_REVIEW_LABELS: Record<StatementReviewResult, string> = {
  adopted: '采纳',
  partly_adopted: '部分采纳',
  not_adopted: '不予采纳',
};

export const COLLECTIVE_CONCLUSIONS = ['agree', 'amend', 'no_penalty', 'transfer'] as const;
export type CollectiveConclusion = (typeof COLLECTIVE_CONCLUSIONS)[number];
export const COLLECTIVE_CONCLUSION_LABELS: Record<CollectiveConclusion, string> = {
  agree: '同意拟处罚意见',
  amend: '变更处罚意见',
  no_penalty: '不予行政处罚',
  transfer: '移送司法机关',
};

export const HEARING_STATUSES = [
  'not_applicable',
  'window_open',
  'waived',
  'requested',
  'lapsed',
  'held',
] as const;
export type HearingStatus = (typeof HEARING_STATUSES)[number];
export const HEARING_STATUS_LABELS: Record<HearingStatus, string> = {
  not_applicable: '不适用听证',
  window_open: '听证申请期内',
  waived: '当事人放弃听证',
  requested: '已申请听证',
  lapsed: '逾期未申请听证',
  held: '听证已举行',
};
export const STATEMENT_STATUSES = [
  'none',
  'window_open',
  'received',
  'waived',
  'lapsed',
  'reviewed',
] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
export const STATEMENT_STATUS_LABELS: Record<StatementStatus, string> = {
  none: '未告知',
  window_open: '陈述申辩期内',
  received: '已提出陈述申辩',
  waived: '放弃陈述申辩',
  lapsed: '期满未提出',
  reviewed: '已复核',
};

export const DOCUMENT_KINDS = [
  'filing_approval',
  'inquiry_record',
  'inspection_record',
  'evidence_preservation_notice',
  'investigation_report',
  'legal_review_opinion',
  'collective_discussion_record',
  'penalty_notice',
  'penalty_decision',
  'delivery_receipt',
  'on_the_spot_decision',
  'hearing_request_record',
  'hearing_notice',
  'recusal_decision',
  'hearing_postponement',
  'hearing_termination',
  'hearing_transcript',
  'hearing_report',
  'payment_deferral_decision',
  'payment_demand',
  'enforcement_application',
  'closing_approval',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  filing_approval: '立案审批表',
  inquiry_record: '询问笔录',
  inspection_record: '现场检查记录',
  evidence_preservation_notice: '先行登记保存证据通知书',
  investigation_report: '案件调查报告',
  legal_review_opinion: '法制审核意见书',
  collective_discussion_record: '集体讨论记录',
  penalty_notice: '行政处罚告知书',
  penalty_decision: '行政处罚决定书',
  delivery_receipt: '送达回证',
  on_the_spot_decision: '当场处罚决定书',
  hearing_request_record: '听证申请登记表',
  hearing_notice: '听证会通知书',
  recusal_decision: '回避决定书',
  hearing_postponement: '延期举行听证决定书',
  hearing_termination: '终止听证记录',
  hearing_transcript: '听证笔录',
  hearing_report: '听证会报告书',
  payment_deferral_decision: '延期（分期）缴纳罚款决定书',
  payment_demand: '催告书',
  enforcement_application: '强制执行申请书',
  closing_approval: '结案审批表',
};

export const FORM_NUMBER_STATUSES = ['allocated', 'issued', 'void', 'lost'] as const;
export type FormNumberStatus = (typeof FORM_NUMBER_STATUSES)[number];
export const FORM_NUMBER_STATUS_LABELS: Record<FormNumberStatus, string> = {
  allocated: '已领用未使用',
  issued: '已开具',
  void: '作废',
  lost: '遗失',
};

export const CASE_FLAGS = ['majorPublicInterest', 'majorRights', 'complex', 'otherLaw'] as const;
export type CaseFlag = (typeof CASE_FLAGS)[number];
export const CASE_FLAG_LABELS: Record<CaseFlag, string> = {
  majorPublicInterest: '涉及重大公共利益',
  majorRights: '直接关系当事人或第三人重大权益',
  complex: '案件情况疑难复杂、涉及多个法律关系',
  otherLaw: '法律、法规规定应当进行法制审核',
};

// ------------------------------------------------------------------------------------------- penalty

const Fen = z.number().int('金额以分为单位，须为整数').min(0, '金额不得为负数').max(1e13, '金额过大');
export const PenaltyItem = z
  .object({
    kind: z.enum(PENALTY_KINDS, { error: '请选择处罚种类' }),
    amountFen: Fen.optional().nullable(),
    note: z.string().trim().max(500).optional().nullable(),
  })
  .refine(
    (i) =>
      !AMOUNT_PENALTY_KINDS.includes(i.kind) ||
      (i.amountFen !== null && i.amountFen !== undefined && i.amountFen > 0),
    '罚款、没收违法所得、没收非法财物须填写金额',
  );
export const Penalty = z.object({
  items: z.array(PenaltyItem).max(6),
});
export type Penalty = z.infer<typeof Penalty>;

// ------------------------------------------------------------------------------------------- sources

export const SourceBody = z.object({
  kind: z.enum(SOURCE_KINDS, { error: '请选择案件来源' }),
  receivedOn: Day,
  subjectName: Text('涉嫌违法的单位或个人', 200),
  subjectAddress: OptionalText(300),
  summary: Text('案源情况', 4000),
  informant: OptionalText(200),
  unitId: Uuid,
});
export const SourceView = z.object({
  id: z.uuid(),
  sourceNo: z.string(),
  kind: z.enum(SOURCE_KINDS),
  receivedOn: z.string(),
  subjectName: z.string(),
  subjectAddress: z.string().nullable(),
  summary: z.string(),
  /** Shown only to those who may see it (举报人 protection). */
  informant: z.string().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  status: z.enum(SOURCE_STATUSES),
  triageNote: z.string().nullable(),
  caseId: z.uuid().nullable(),
  registeredByName: z.string(),
  registeredAt: z.string(),
  abilities: z.object({ propose: z.boolean(), dismiss: z.boolean() }),
});
export type SourceView = z.infer<typeof SourceView>;
export const SourceQuery = PageQuery.extend({
  status: z.enum(SOURCE_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
});
export const SourcePage = pageOf(SourceView);
export const DismissSourceBody = z.object({ reason: Text('不予立案的理由', 2000) });

// ------------------------------------------------------------------------------------------- filing

/** 立案审批表: proposed by an officer from a registered source. */
export const FilingBody = z.object({
  sourceId: Uuid,
  title: Text('案由', 200),
  category: z.enum(ENFORCEMENT_CATEGORIES, { error: '请选择执法类别' }),
  actDate: Day,
  actContinuing: z.boolean().default(false),
  discoveredOn: Day,
  extendedLimitation: z.boolean().default(false),
  facts: Text('涉嫌违法事实', 8000),
  place: OptionalText(300),
  /** The handling officers (≥2, 第四十二条): accounts of officers; the first is the lead. */
  officerIds: z.array(Uuid).min(2, '执法人员不得少于两人（《中华人民共和国行政处罚法》第四十二条）').max(6),
  opinion: Text('承办人意见', 2000),
});
export type FilingBody = z.infer<typeof FilingBody>;

export const ApprovalDecisions = ['approve', 'reject', 'return'] as const;
/** The approvals of a case and the legal review, as the to-do lists name them. */
export const APPROVAL_KIND_LABELS = {
  filing: '立案审批',
  report: '案件审核',
  preservation: '先行登记保存审批',
  extension: '延长办案期限审批',
  decision: '处罚决定审批',
  legal_review: '法制审核',
} as const;

/** Which decisions each kind of approval takes: a filing or a measure is granted or refused; a report or a
 * decision is approved or returned to the handlers. */
export const APPROVAL_DECISIONS = {
  filing: ['approve', 'reject'],
  report: ['approve', 'return'],
  preservation: ['approve', 'reject'],
  extension: ['approve', 'reject'],
  decision: ['approve', 'return'],
} as const satisfies Record<string, readonly (typeof ApprovalDecisions)[number][]>;
export const ApprovalBody = z.object({
  decision: z.enum(ApprovalDecisions, { error: '请选择审批意见' }),
  opinion: Text('审批意见', 2000),
});
export type ApprovalBody = z.infer<typeof ApprovalBody>;

// ------------------------------------------------------------------------------------------- parties, violations, officers

export const PartyBody = z.object({
  kind: z.enum(PARTY_KINDS, { error: '请选择当事人类型' }),
  name: Text('当事人名称或姓名', 200),
  idKind: z.enum(['uscc', 'id_card', 'other']),
  idNumber: Text('证件号码', 40),
  address: OptionalText(300),
  legalRep: OptionalText(64),
  phone: OptionalText(40),
  isMinor: z.boolean().default(false),
  limitedCapacity: z.boolean().default(false),
});
export type PartyBody = z.infer<typeof PartyBody>;
export const PartyView = z.object({
  id: z.uuid(),
  kind: z.enum(PARTY_KINDS),
  name: z.string(),
  idKind: z.enum(['uscc', 'id_card', 'other']),
  idNumberMasked: z.string(),
  address: z.string().nullable(),
  legalRep: z.string().nullable(),
  phone: z.string().nullable(),
  isMinor: z.boolean(),
  limitedCapacity: z.boolean(),
  eDeliveryConsent: z.boolean(),
  eDeliveryAddress: z.string().nullable(),
  consentFileName: z.string().nullable(),
  consentSm3: z.string().nullable(),
});
export type PartyView = z.infer<typeof PartyView>;

export const ViolationBody = z.object({
  violationTypeId: Uuid,
  bandLevel: z.enum(['minor', 'general', 'serious', 'especially_serious']).nullable().optional(),
  circumstances: z.string().trim().max(2000).default(''),
});
export const CaseViolationView = z.object({
  id: z.uuid(),
  violationTypeId: z.uuid(),
  code: z.string(),
  name: z.string(),
  violatedProvision: z.string(),
  penaltyProvision: z.string(),
  band: z
    .object({
      level: z.string(),
      circumstances: z.string(),
      fineMinFen: z.number().nullable(),
      fineMaxFen: z.number().nullable(),
      otherPenalties: z.array(z.string()),
    })
    .nullable(),
  circumstances: z.string(),
});

export const AssignOfficerBody = z.object({
  userId: Uuid,
  role: z.enum(['lead', 'assistant']).default('assistant'),
});
export const RemoveOfficerBody = z.object({ reason: Text('调整原因', 500) });
export const RecusalBody = z.object({
  conflict: z.boolean(),
  note: z.string().trim().max(1000).default(''),
});
export const CaseOfficerView = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  role: z.enum(['lead', 'assistant']),
  certificateNumber: z.string().nullable(),
  eligible: z.boolean(),
  refusals: z.array(Refusal),
  recusal: z.enum(['pending', 'none', 'conflict']),
  recusalNote: z.string().nullable(),
});

export const OfficerCandidate = z.object({
  userId: z.uuid(),
  name: z.string(),
  unitName: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  eligible: z.boolean(),
  refusals: z.array(Refusal),
});
export const OfficerCandidateList = z.object({ items: z.array(OfficerCandidate) });

// ------------------------------------------------------------------------------------------- evidence

export const EvidenceBody = z.object({
  kind: z.enum(EVIDENCE_KINDS, { error: '请选择证据种类' }),
  title: Text('证据名称', 200),
  description: z.string().trim().max(4000).default(''),
  providedBy: OptionalText(200),
  collectedBy: z.array(Uuid).min(1, '请选择收集人'),
  collectedAt: Instant,
  place: Text('收集地点', 300),
  step: z.enum(AV_STEPS).nullable().optional(),
  lawfullyObtained: z.boolean().default(true),
  unlawfulNote: OptionalText(1000),
});
export const CustodyBody = z.object({
  at: Instant,
  action: z.enum(CUSTODY_ACTIONS),
  fromPerson: OptionalText(100),
  toPerson: OptionalText(100),
  place: OptionalText(300),
  note: OptionalText(1000),
});
export const EvidenceFileView = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mime: z.string().nullable(),
  size: z.number(),
  sm3: z.string(),
  isAv: z.boolean(),
  deviceNo: z.string().nullable(),
  recordedFrom: z.string().nullable(),
  recordedTo: z.string().nullable(),
  uploadedByName: z.string(),
  uploadedAt: z.string(),
});
export const CustodyView = z.object({
  id: z.uuid(),
  at: z.string(),
  action: z.enum(CUSTODY_ACTIONS),
  fromPerson: z.string().nullable(),
  toPerson: z.string().nullable(),
  place: z.string().nullable(),
  note: z.string().nullable(),
  recordedByName: z.string(),
});
export const EvidenceView = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  kind: z.enum(EVIDENCE_KINDS),
  title: z.string(),
  description: z.string(),
  providedBy: z.string().nullable(),
  collectedByNames: z.array(z.string()),
  collectedAt: z.string(),
  place: z.string(),
  step: z.enum(AV_STEPS).nullable(),
  lawfullyObtained: z.boolean(),
  unlawfulNote: z.string().nullable(),
  files: z.array(EvidenceFileView),
  custody: z.array(CustodyView),
});
export type EvidenceView = z.infer<typeof EvidenceView>;

/** Query string of a file upload (the body is the raw file, `application/octet-stream`). */
export const FileUploadQuery = z.object({
  isAv: z.enum(['true', 'false']).default('false'),
  deviceNo: z.string().trim().max(64).optional(),
  recordedFrom: Instant.optional(),
  recordedTo: Instant.optional(),
});

export const InquiryRecordBody = z.object({
  startedAt: Instant,
  endedAt: Instant,
  place: Text('询问地点', 300),
  personName: Text('被询问人姓名', 64),
  personIdNumber: OptionalText(40),
  personRole: Text('被询问人身份（如：当事人、证人、单位主要负责人）', 100),
  personPhone: OptionalText(40),
  inquirerId: Uuid,
  recorderId: Uuid,
  qa: z
    .array(z.object({ q: Text('问', 2000), a: Text('答', 4000) }))
    .min(1, '请至少记录一问一答')
    .max(200),
  refusedToSign: z.boolean().default(false),
});
export const InspectionRecordBody = z.object({
  startedAt: Instant,
  endedAt: Instant,
  place: Text('检查场所', 300),
  unitName: Text('被检查单位', 200),
  personInCharge: Text('被检查单位现场负责人', 64),
  officerIds: z.array(Uuid).min(2, '现场检查的执法人员不得少于两人'),
  findings: Text('检查情况', 8000),
  refusedToSign: z.boolean().default(false),
  refusalNote: OptionalText(500),
});
export const CaseRecordView = z.object({
  id: z.uuid(),
  kind: z.enum(['inquiry', 'inspection']),
  summary: z.string(),
  evidenceId: z.uuid().nullable(),
  documentId: z.uuid().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
});

export const PreservationBody = z.object({
  items: z
    .array(
      z.object({
        name: Text('物品名称', 100),
        spec: z.string().trim().max(100).default(''),
        quantity: Text('数量', 40),
        note: z.string().trim().max(200).default(''),
      }),
    )
    .min(1, '请列明先行登记保存的证据'),
  place: Text('保存地点', 300),
  reason: Text('先行登记保存的理由（证据可能灭失或者以后难以取得）', 2000),
});
export const PreservationDecisionBody = z.object({
  decision: z.enum(['return', 'confiscate', 'seize', 'transfer', 'test', 'other']),
  note: Text('处理决定说明', 2000),
  decidedOn: Day,
});
export const PRESERVATION_DECISION_LABELS = {
  return: '解除先行登记保存，退还',
  confiscate: '依法予以没收',
  seize: '依法采取查封、扣押',
  transfer: '移送有关部门',
  test: '送检测、检验、鉴定',
  other: '其他处理',
} as const;
export const PreservationView = z.object({
  id: z.uuid(),
  items: z.array(z.object({ name: z.string(), spec: z.string(), quantity: z.string(), note: z.string() })),
  place: z.string(),
  reason: z.string(),
  status: z.enum(['pending', 'rejected', 'preserved', 'decided']),
  preservedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  decision: z.string().nullable(),
  decisionNote: z.string().nullable(),
  decidedOn: z.string().nullable(),
  noticeDocumentId: z.uuid().nullable(),
});

// ------------------------------------------------------------------------------------------- report, notice, defence

export const ReportBody = z.object({
  outcome: z.enum(OUTCOMES, { error: '请选择处理意见' }),
  penalty: Penalty,
  facts: Text('调查认定的违法事实', 8000),
  reasons: Text('处理理由及依据', 8000),
  flags: z.object({
    majorPublicInterest: z.boolean().default(false),
    majorRights: z.boolean().default(false),
    complex: z.boolean().default(false),
    otherLaw: z.boolean().default(false),
  }),
  /** Required when the proposed fine lies outside the discretion band (第三十四条). */
  departureReason: OptionalText(2000),
});
export type ReportBody = z.infer<typeof ReportBody>;

/** A change of the proposal after submission: who, old, new, why. */
export const ProposalChangeBody = z.object({
  penalty: Penalty,
  outcome: z.enum(OUTCOMES).optional(),
  reason: Text('变更理由', 2000),
});

export const NoticeDeliveryBody = z.object({
  method: z.enum(DELIVERY_METHODS),
  recipient: Text('受送达人', 200),
  deliveredAt: Instant,
  place: OptionalText(300),
  witnesses: z.array(z.string().trim().min(1).max(64)).max(4).default([]),
  refusedToSign: z.boolean().default(false),
  postNo: OptionalText(64),
  eAddress: OptionalText(200),
  noticeMedium: OptionalText(200),
  reason: OptionalText(1000),
});
export type DeliveryBody = z.infer<typeof NoticeDeliveryBody>;

export const StatementBody = z.object({
  kind: z.enum(['statement', 'waiver']),
  receivedOn: Day,
  channel: z.enum(['written', 'oral', 'post', 'electronic']),
  content: Text('陈述申辩内容（或放弃的书面意思表示）', 8000),
});
export const StatementReviewBody = z.object({
  statementId: Uuid,
  result: z.enum(STATEMENT_REVIEW_RESULTS),
  reason: Text('复核理由', 4000),
  /** A lowered proposal after adopting the defence; a harsher one is refused (第四十五条). */
  penalty: Penalty.optional().nullable(),
});
export const StatementView = z.object({
  id: z.uuid(),
  kind: z.enum(['statement', 'waiver']),
  receivedOn: z.string(),
  channel: z.string(),
  content: z.string(),
  reviewResult: z.enum(STATEMENT_REVIEW_RESULTS).nullable(),
  reviewReason: z.string().nullable(),
  recordedByName: z.string(),
});
export const HearingResponseBody = z.object({
  response: z.enum(['waived', 'requested']),
  receivedOn: Day,
  /** Posted requests count from the postmark (第六十四条, 期间 rules). */
  postmarkOn: Day.optional().nullable(),
  /** How the written request came in (a posted one counts from the postmark). */
  channel: z.enum(['written', 'post', 'electronic']).default('written'),
  /** The request's text (what the party asked for and why), or the waiver's. */
  note: z.string().trim().max(2000).default(''),
});

// ------------------------------------------------------------------------------------------- legal review, collective discussion

export const LegalReviewSubmitBody = z.object({
  materialsNote: Text('送审材料及完整性说明', 4000),
});
export const LegalOpinionBody = z.object({
  opinion: z.enum(LEGAL_OPINIONS, { error: '请选择审核意见' }),
  checklist: z.array(
    z.object({
      key: z.enum(LEGAL_REVIEW_POINTS.map((p) => p.key) as [LegalReviewPointKey, ...LegalReviewPointKey[]]),
      ok: z.boolean(),
      note: z.string().trim().max(1000).default(''),
    }),
  ),
  reasons: Text('审核意见及理由', 8000),
});
export const LegalReviewView = z.object({
  id: z.uuid(),
  round: z.number().int(),
  grounds: z.array(z.string()),
  materialsNote: z.string(),
  missingAv: z.array(z.object({ step: z.string(), label: z.string(), detail: z.string() })),
  submittedByName: z.string(),
  submittedAt: z.string(),
  dueOn: z.string().nullable(),
  reviewerName: z.string().nullable(),
  opinion: z.enum(LEGAL_OPINIONS).nullable(),
  checklist: z.array(z.object({ key: z.string(), ok: z.boolean(), note: z.string() })).nullable(),
  reasons: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  documentId: z.uuid().nullable(),
});

export const CollectiveBody = z.object({
  heldAt: Instant,
  place: Text('讨论地点', 200),
  chairId: Uuid,
  recorderName: Text('记录人', 64),
  participants: z
    .array(
      z.object({
        name: Text('参加人员姓名', 64),
        title: Text('职务', 64),
        opinion: Text('发表意见', 2000),
        dissent: z.boolean().default(false),
      }),
    )
    .min(3, '集体讨论参加人员不得少于三人'),
  minutes: Text('讨论记录', 8000),
  conclusion: z.enum(COLLECTIVE_CONCLUSIONS),
  conclusionNote: z.string().trim().max(4000).default(''),
  penalty: Penalty.optional().nullable(),
});
export const CollectiveView = z.object({
  id: z.uuid(),
  heldAt: z.string(),
  place: z.string(),
  chairName: z.string(),
  recorderName: z.string(),
  participants: z.array(
    z.object({ name: z.string(), title: z.string(), opinion: z.string(), dissent: z.boolean() }),
  ),
  minutes: z.string(),
  conclusion: z.enum(COLLECTIVE_CONCLUSIONS),
  conclusionNote: z.string(),
  documentId: z.uuid().nullable(),
});

// ------------------------------------------------------------------------------------------- decision, delivery

export const DecisionRequestBody = z.object({
  opinion: Text('承办人意见', 2000),
  /** 履行方式和期限 (第五十九条第四项): the paying bank etc. come from the collection set-up. */
  performance: Text('履行方式和期限', 2000),
  reconsiderationBody: Text('行政复议机关', 200),
  court: Text('行政诉讼管辖法院', 200),
});
export const ExtensionBody = z.object({
  newLength: z.coerce.number().int().min(91, '延长后的办案期限应长于九十日').max(365),
  reason: Text('延长理由', 2000),
});

export const DeliveryView = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  documentTitle: z.string(),
  method: z.enum(DELIVERY_METHODS),
  recipient: z.string(),
  deliveredAt: z.string(),
  effectiveOn: z.string(),
  place: z.string().nullable(),
  witnesses: z.array(z.string()),
  refusedToSign: z.boolean(),
  receiptDocumentId: z.uuid().nullable(),
  recordedByName: z.string(),
});

export const DocumentView = z.object({
  id: z.uuid(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  number: z.string().nullable(),
  version: z.number().int(),
  supersedesId: z.uuid().nullable(),
  supersededBy: z.uuid().nullable(),
  correctionReason: z.string().nullable(),
  pdfSm3: z.string(),
  pdfSize: z.number(),
  docxSm3: z.string(),
  docxSize: z.number(),
  issuedByName: z.string(),
  issuedAt: z.string(),
});
export type DocumentView = z.infer<typeof DocumentView>;
export const DocumentFormatParams = z.object({ id: Uuid, format: z.enum(['pdf', 'docx']) });
export const CorrectDocumentBody = z.object({ reason: Text('更正理由', 1000) });

// ------------------------------------------------------------------------------------------- the case

/** The actions the server allows this actor on this case now; the SPA renders buttons from them only. */
export const CASE_ACTIONS = [
  'approveFiling',
  'editParties',
  'editViolations',
  'assignOfficers',
  'declareRecusal',
  'addEvidence',
  'recordInquiry',
  'recordInspection',
  'requestPreservation',
  'approvePreservation',
  'decidePreservation',
  'submitReport',
  'reviewReport',
  'changeProposal',
  'issueNotice',
  'recordNoticeDelivery',
  'recordStatement',
  'reviewStatement',
  'recordHearingResponse',
  'closeDefence',
  'submitLegalReview',
  'giveLegalOpinion',
  'recordCollective',
  'requestDecision',
  'approveDecision',
  'requestExtension',
  'approveExtension',
  'recordDelivery',
  'fileBack',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];
export const CaseAbilities = z.record(z.enum(CASE_ACTIONS), z.boolean());
export type CaseAbilities = Record<CaseAction, boolean>;

export const CaseSummary = z.object({
  id: z.uuid(),
  caseNo: z.string().nullable(),
  procedure: z.enum(PROCEDURES),
  title: z.string(),
  status: z.enum(CASE_STATUSES),
  unitId: z.uuid(),
  unitName: z.string(),
  partyNames: z.string(),
  officerNames: z.array(z.string()),
  filedOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  fineFen: z.number().nullable(),
  /** The nearest running deadline, and whether any is overdue. */
  nextDue: z.string().nullable(),
  nextDueTitle: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;
export const CaseQuery = PageQuery.extend({
  status: z.enum(CASE_STATUSES).optional(),
  procedure: z.enum(PROCEDURES).optional(),
  unitId: Uuid.optional(),
  officerId: Uuid.optional(),
  party: z.string().trim().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional(),
  filedFrom: Day.optional(),
  filedTo: Day.optional(),
});
export type CaseQuery = z.infer<typeof CaseQuery>;
export const CasePage = pageOf(CaseSummary);

export const StepView = z.object({
  id: z.uuid(),
  kind: z.string(),
  label: z.string(),
  actorName: z.string(),
  actorRole: z.string().nullable(),
  decision: z.string().nullable(),
  opinion: z.string().nullable(),
  at: z.string(),
});
export const ProposalView = z.object({
  version: z.number().int(),
  stage: z.string(),
  stageLabel: z.string(),
  outcome: z.enum(OUTCOMES),
  penalty: Penalty,
  reason: z.string(),
  proposedByName: z.string(),
  proposedAt: z.string(),
});
export const PendingApprovalView = z.object({
  id: z.uuid(),
  kind: z.enum(['filing', 'report', 'preservation', 'extension', 'decision']),
  level: z.number().int(),
  approverRole: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  data: z.record(z.string(), z.unknown()),
  /** Whether the current user may decide it (the approver, not a handler or the requester). */
  mayDecide: z.boolean(),
});
export const TimelineEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  label: z.string(),
  detail: z.string().nullable(),
});

/** What the rules say the case needs: each with its grounds (shown with their basis). */
export const CaseRequirements = z.object({
  hearing: z.object({ eligible: z.boolean(), grounds: z.array(z.string()) }),
  legalReview: z.object({ required: z.boolean(), grounds: z.array(z.string()) }),
  collective: z.object({ required: z.boolean(), grounds: z.array(z.string()) }),
  missingAv: z.array(z.object({ step: z.string(), label: z.string(), detail: z.string() })),
  /** Why the next step is blocked now, if it is (e.g. the defence window is still open). */
  blockers: z.array(Refusal),
});

export const CaseDetail = z.object({
  id: z.uuid(),
  caseNo: z.string().nullable(),
  procedure: z.enum(PROCEDURES),
  title: z.string(),
  category: z.enum(ENFORCEMENT_CATEGORIES),
  status: z.enum(CASE_STATUSES),
  unitId: z.uuid(),
  unitName: z.string(),
  source: z
    .object({ id: z.uuid(), sourceNo: z.string(), kind: z.enum(SOURCE_KINDS), summary: z.string() })
    .nullable(),
  actDate: z.string(),
  actContinuing: z.boolean(),
  discoveredOn: z.string(),
  extendedLimitation: z.boolean(),
  limitationUntil: z.string(),
  filedOn: z.string().nullable(),
  facts: z.string(),
  place: z.string().nullable(),
  flags: z.record(z.enum(CASE_FLAGS), z.boolean()),
  crimeSuspected: z.boolean(),
  outcome: z.enum(OUTCOMES).nullable(),
  proposedPenalty: Penalty.nullable(),
  noticedPenalty: Penalty.nullable(),
  decidedPenalty: Penalty.nullable(),
  hearingStatus: z.enum(HEARING_STATUSES),
  statementStatus: z.enum(STATEMENT_STATUSES),
  noticeDeliveredOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decisionNo: z.string().nullable(),
  deliveredOn: z.string().nullable(),
  formSerial: z.string().nullable(),
  filedBackOn: z.string().nullable(),
  version: z.number().int(),
  parties: z.array(PartyView),
  violations: z.array(CaseViolationView),
  officers: z.array(CaseOfficerView),
  evidence: z.array(EvidenceView),
  records: z.array(CaseRecordView),
  preservations: z.array(PreservationView),
  statements: z.array(StatementView),
  legalReviews: z.array(LegalReviewView),
  collective: z.array(CollectiveView),
  deliveries: z.array(DeliveryView),
  documents: z.array(DocumentView),
  proposals: z.array(ProposalView),
  steps: z.array(StepView),
  pendingApprovals: z.array(PendingApprovalView),
  deadlines: z.array(DeadlineView),
  /** 行政机关负责人 who may chair a collective discussion. */
  chairCandidates: z.array(z.object({ userId: z.uuid(), name: z.string(), title: z.string() })),
  requirements: CaseRequirements,
  abilities: CaseAbilities,
});
export type CaseDetail = z.infer<typeof CaseDetail>;
export const TimelineList = z.object({ items: z.array(TimelineEntry) });

/** The approver's to-do list across cases. */
export const ApprovalTodo = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNo: z.string().nullable(),
  caseTitle: z.string(),
  kind: z.enum(['filing', 'report', 'preservation', 'extension', 'decision', 'legal_review']),
  kindLabel: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
});
export type ApprovalTodo = z.infer<typeof ApprovalTodo>;
export const ApprovalTodoList = z.object({ items: z.array(ApprovalTodo) });

// ------------------------------------------------------------------------------------------- simple procedure

export const SimpleCaseBody = z.object({
  formSerial: Text('当场处罚决定书编号', 40),
  title: Text('案由', 200),
  category: z.enum(ENFORCEMENT_CATEGORIES),
  party: PartyBody,
  violationTypeId: Uuid,
  facts: Text('违法事实', 4000),
  actDate: Day,
  decidedAt: Instant,
  place: Text('处罚地点', 300),
  officerIds: z.array(Uuid).min(2, '执法人员不得少于两人（《中华人民共和国行政处罚法》第四十二条）'),
  penalty: Penalty,
  statement: z.string().trim().max(4000).default(''),
  refusedToSign: z.boolean().default(false),
  /** 第六十八条、第六十九条: on-the-spot collection, recorded by the execution module with its receipt. */
  collectedOnSpot: z.boolean().default(false),
  onSpot: z
    .object({
      ground: z.enum(['small_amount', 'hard_to_collect', 'remote_area'], {
        error: '请选择当场收缴的法定情形',
      }),
      reason: z.string().trim().max(1000).default(''),
      partyRequested: z.boolean().default(false),
      receiptSerial: Text('罚没款票据编号', 50),
    })
    .optional(),
});
export const FileBackBody = z.object({ filedOn: Day });

export const FormBookBody = z.object({
  prefix: z
    .string()
    .trim()
    .min(1, '请填写编号前缀')
    .max(20)
    .regex(/^[^\s]+$/, '编号前缀不得含空格'),
  firstNo: z.coerce.number().int().min(1),
  lastNo: z.coerce.number().int().min(1),
  holderId: Uuid,
  note: z.string().trim().max(500).default(''),
});
export const FormNumberStatusBody = z.object({
  status: z.enum(['void', 'lost']),
  reason: Text('作废或遗失的原因', 500),
});
export const FormNumberView = z.object({
  serial: z.string(),
  number: z.number().int(),
  status: z.enum(FORM_NUMBER_STATUSES),
  caseId: z.uuid().nullable(),
  reason: z.string().nullable(),
  /** The holder (or the legal section) may record an unused number as void or lost. */
  mayChange: z.boolean(),
});
export const FormBookView = z.object({
  id: z.uuid(),
  prefix: z.string(),
  firstNo: z.number().int(),
  lastNo: z.number().int(),
  holderId: z.uuid(),
  holderName: z.string(),
  allocatedAt: z.string(),
  note: z.string(),
  counts: z.record(z.enum(FORM_NUMBER_STATUSES), z.number().int()),
  numbers: z.array(FormNumberView),
});
export const FormBookList = z.object({ items: z.array(FormBookView) });

// ------------------------------------------------------------------------------------------- catalogue and settings

export const BandView = z.object({
  level: z.enum(['minor', 'general', 'serious', 'especially_serious']),
  circumstances: z.string(),
  fineMinFen: z.number().nullable(),
  fineMaxFen: z.number().nullable(),
  otherPenalties: z.array(z.enum(PENALTY_KINDS)),
  note: z.string().optional(),
});
export const BAND_LEVEL_LABELS = {
  minor: '轻微',
  general: '一般',
  serious: '较重',
  especially_serious: '严重',
} as const;
export const ViolationTypeView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  category: z.enum(ENFORCEMENT_CATEGORIES),
  violatedProvision: z.string(),
  penaltyProvision: z.string(),
  statutoryRange: z.object({
    fineMinFen: z.number().nullable(),
    fineMaxFen: z.number().nullable(),
    kinds: z.array(z.enum(PENALTY_KINDS)),
    text: z.string(),
  }),
  correctionOrder: z.boolean(),
  bands: z.array(BandView),
  appliesTo: z.array(z.enum(PARTY_KINDS)),
  sourceTag: z.string(),
  active: z.boolean(),
});
export type ViolationTypeView = z.infer<typeof ViolationTypeView>;
export const ViolationTypeList = z.object({ items: z.array(ViolationTypeView) });
export const ViolationTypeBody = ViolationTypeView.omit({ id: true, active: true, sourceTag: true }).extend({
  code: Text('编码', 40),
  name: Text('违法行为名称', 200),
});
export const ViolationTypeQuery = z.object({
  q: z.string().trim().max(100).optional(),
  category: z.enum(ENFORCEMENT_CATEGORIES).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

/**
 * The bureau's case settings (dated configuration; the version in force on the date of a step applies).
 * Defaults and their citations: server/modules/cases/catalogue/settings-defaults.ts.
 */
const FenByParty = z.object({
  natural: Fen,
  legal_person: Fen,
  unincorporated: Fen,
  individual_business: Fen,
});
export const CaseSettingsValues = z.object({
  caseNumberPattern: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .refine((s) => s.includes('{year}') && s.includes('{seq}'), '案件编号格式须包含 {year} 和 {seq}'),
  documentNumberPattern: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .refine(
      (s) => s.includes('{code}') && s.includes('{year}') && s.includes('{seq}'),
      '文书编号格式须包含 {code}、{year} 和 {seq}',
    ),
  hearingThresholds: z.array(
    z.object({
      partyKind: z.enum(PARTY_KINDS),
      fineFen: Fen,
      confiscationFen: Fen,
      inclusive: z.literal(true),
      basis: z.string(),
    }),
  ),
  hearingPenaltyKinds: z.array(z.enum(PENALTY_KINDS)),
  legalReview: z.object({
    fineFen: FenByParty,
    confiscationFen: FenByParty,
    penaltyKinds: z.array(z.enum(PENALTY_KINDS)),
    flags: z.array(z.enum(['major_public_interest', 'major_rights_after_hearing', 'complex', 'other_law'])),
    afterHearing: z.literal(true),
    basis: z.string(),
  }),
  collectiveDiscussion: z.object({
    fineFen: FenByParty,
    confiscationFen: FenByParty,
    penaltyKinds: z.array(z.enum(PENALTY_KINDS)),
    whenComplexOrMajor: z.literal(true),
    whenOutsideBand: z.boolean(),
    basis: z.string(),
  }),
  avRequiredSteps: z.array(z.object({ step: z.enum(AV_STEPS), label: z.string(), basis: z.string() })),
  legalReviewDays: z.object({
    length: z.number().int().min(1).max(60),
    unit: z.literal('working_day'),
    basis: z.string(),
  }),
});
export type CaseSettingsValues = z.infer<typeof CaseSettingsValues>;
export const CaseSettingsBody = z.object({
  effectiveFrom: Day,
  settings: CaseSettingsValues,
  note: Text('修改说明', 500),
});
export const CaseSettingsState = z.object({
  current: CaseSettingsValues,
  currentFrom: z.string().nullable(),
  versions: z.array(
    z.object({
      effectiveFrom: z.string(),
      note: z.string(),
      createdByName: z.string(),
      createdAt: z.string(),
    }),
  ),
  defaults: CaseSettingsValues,
});
