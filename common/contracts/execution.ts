/**
 * Contracts of the execution module (罚缴分离 and enforcement, legal-spec §4; closing and archiving, §2.2 rows
 * 10-11): collection agreements with the designated bank, fine obligations, bank statements and their matching,
 * payments (finance only), on-the-spot collection with receipt books and cash hand-over, deferral and instalments,
 * the surcharge, 催告书, court applications, 结案 and 归档 with lending. Isomorphic: the server validates with these
 * schemas, the SPA types its calls with them.
 */
import { z } from 'zod';
import { CHALLENGE_RESULTS } from './fault.js';
import { DeadlineView } from './deadlines.js';
import { Day, pageOf, PageQuery, Text } from './shared.js';

const Fen = (label: string) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}应以分为单位的整数`)
    .positive(`${label}应大于零`)
    .max(100_000_000_000, `${label}过大`);

// ------------------------------------------------------------------------------------------- enumerations

export const BUDGET_LEVELS = ['central', 'provincial', 'municipal', 'county'] as const;
export type BudgetLevel = (typeof BUDGET_LEVELS)[number];
export const BUDGET_LEVEL_LABELS: Record<BudgetLevel, string> = {
  central: '中央级',
  provincial: '自治区级',
  municipal: '市级',
  county: '县（区）级',
};

/** Where a fine stands (legal-spec §4.5); overdue, deferred and paused are shown beside it, not as stages. */
export const FINE_STAGES = [
  'due',
  'paid',
  'demanded',
  'court_applied',
  'court_granted',
  'court_refused',
  'executed',
  'terminated',
] as const;
export type FineStage = (typeof FINE_STAGES)[number];
export const FINE_STAGE_LABELS: Record<FineStage, string> = {
  due: '待缴款',
  paid: '已缴清',
  demanded: '已催告',
  court_applied: '已申请法院强制执行',
  court_granted: '法院裁定准予执行',
  court_refused: '法院裁定不予执行',
  executed: '执行完毕',
  terminated: '终结执行',
};

export const PAYMENT_SOURCES = ['bank', 'e_payment', 'on_the_spot'] as const;
export type PaymentSource = (typeof PAYMENT_SOURCES)[number];
export const PAYMENT_SOURCE_LABELS: Record<PaymentSource, string> = {
  bank: '代收银行',
  e_payment: '电子支付',
  on_the_spot: '当场收缴',
};

export const ON_SPOT_GROUNDS = ['small_amount', 'hard_to_collect', 'remote_area'] as const;
export type OnSpotGroundKey = (typeof ON_SPOT_GROUNDS)[number];
export const ON_SPOT_GROUND_LABELS: Record<OnSpotGroundKey, string> = {
  small_amount: '依法给予一百元以下罚款的（第六十八条第一项）',
  hard_to_collect: '不当场收缴事后难以执行的（第六十八条第二项）',
  remote_area: '边远、水上、交通不便地区，当事人提出（第六十九条）',
};

export const SCHEDULE_KINDS = ['deferral', 'instalments'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];
export const SCHEDULE_KIND_LABELS: Record<ScheduleKind, string> = {
  deferral: '暂缓缴纳',
  instalments: '分期缴纳',
};
export const SCHEDULE_STATUS_LABELS = {
  pending: '待审批',
  approved: '已批准',
  rejected: '不予批准',
} as const;

export const CHALLENGE_KINDS = ['reconsideration', 'litigation'] as const;
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];
export const CHALLENGE_KIND_LABELS: Record<ChallengeKind, string> = {
  reconsideration: '行政复议',
  litigation: '行政诉讼',
};

export const LINE_STATUSES = ['matched', 'unmatched', 'confirmed', 'ignored'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];
export const LINE_STATUS_LABELS: Record<LineStatus, string> = {
  matched: '自动匹配',
  unmatched: '待人工核对',
  confirmed: '人工确认',
  ignored: '非罚款款项（已排除）',
};

export const RECEIPT_STATUSES = ['unused', 'used', 'voided', 'lost'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];
export const RECEIPT_STATUS_LABELS: Record<ReceiptStatus, string> = {
  unused: '未使用',
  used: '已开具',
  voided: '作废',
  lost: '遗失',
};

export const CLOSING_REASONS = ['executed', 'terminated', 'no_penalty', 'transferred'] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];
export const CLOSING_REASON_LABELS: Record<ClosingReason, string> = {
  executed: '执行完毕',
  terminated: '终结执行',
  no_penalty: '不予行政处罚',
  transferred: '移送司法机关',
};

export const RETENTIONS = ['permanent', 'long', 'short'] as const;
export type Retention = (typeof RETENTIONS)[number];
export const RETENTION_LABELS: Record<Retention, string> = { permanent: '永久', long: '长期', short: '短期' };

export const LOAN_STATUS_LABELS = {
  pending: '待审批',
  approved: '已批准（借阅中）',
  rejected: '不予批准',
  returned: '已归还',
} as const;
export type LoanStatus = keyof typeof LOAN_STATUS_LABELS;

export const FINE_ACTIONS = [
  'recordPayment',
  'collectOnSpot',
  'applySchedule',
  'decideSchedule',
  'recordChallenge',
  'endChallenge',
  'issueDemand',
  'recordDemandDelivery',
  'applyCourt',
  'recordRuling',
  'recordOutcome',
  'terminate',
] as const;
export type FineAction = (typeof FINE_ACTIONS)[number];
export type FineAbilities = Record<FineAction, boolean>;

// ------------------------------------------------------------------------------------------- agreements

const Outlet = z.object({ name: Text('网点名称', 100), address: Text('网点地址', 200) });
export const AgreementBody = z
  .object({
    bankName: Text('代收机构名称', 100),
    bankAddress: Text('代收机构地址', 200),
    accountName: Text('收款户名', 100),
    accountNumber: Text('收款账号', 50),
    outlets: z.array(Outlet).min(1, '请至少登记一个代收网点'),
    ePayment: z.string().trim().max(200).nullable().optional(),
    budgetSubject: Text('预算科目', 100),
    budgetLevel: z.enum(BUDGET_LEVELS, { error: '请选择预算级次' }),
    reportingMethod: Text('代收机构告知收缴情况的方式', 500),
    reportingFrequency: Text('告知期限（频次）', 100),
    signedOn: Day,
    validFrom: Day,
    validTo: Day.nullable().optional(),
  })
  .refine((b) => !b.validTo || b.validTo >= b.validFrom, {
    message: '有效期止不得早于有效期起',
    path: ['validTo'],
  });
export type AgreementBody = z.infer<typeof AgreementBody>;

export const AgreementFilingBody = z.object({ superiorOn: Day, financeOn: Day });
export const AgreementTerminateBody = z.object({ on: Day, reason: Text('终止原因', 500) });

export const AgreementView = z.object({
  id: z.uuid(),
  bankName: z.string(),
  bankAddress: z.string(),
  accountName: z.string(),
  accountNumber: z.string(),
  outlets: z.array(z.object({ name: z.string(), address: z.string() })),
  ePayment: z.string().nullable(),
  budgetSubject: z.string(),
  budgetLevel: z.enum(BUDGET_LEVELS),
  reportingMethod: z.string(),
  reportingFrequency: z.string(),
  signedOn: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  filedSuperiorOn: z.string().nullable(),
  filedFinanceOn: z.string().nullable(),
  /** The 15-day filing period (235号令 第六条第三款). */
  filingDueOn: z.string(),
  filingLate: z.boolean(),
  terminatedOn: z.string().nullable(),
  terminatedReason: z.string().nullable(),
  /** In force today: signed, within validity and not terminated. */
  inForce: z.boolean(),
  createdAt: z.string(),
});
export type AgreementView = z.infer<typeof AgreementView>;

// ------------------------------------------------------------------------------------------- obligations

export const FineListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  stage: z.enum(FINE_STAGES).optional(),
  /** overdue: unpaid after the due date; unpaid: anything outstanding. */
  filter: z.enum(['overdue', 'unpaid', 'on_spot', 'deferred']).optional(),
});

export const SurchargeView = z.object({
  totalFen: z.number(),
  capFen: z.number(),
  capped: z.boolean(),
  pausedNow: z.boolean(),
  running: z.boolean(),
  firstStartOn: z.string().nullable(),
  lines: z.array(
    z.object({
      dueOn: z.string(),
      amountFen: z.number(),
      startOn: z.string().nullable(),
      paidInFullOn: z.string().nullable(),
      days: z.number(),
      pausedDays: z.number(),
      surchargeFen: z.number(),
      capped: z.boolean(),
    }),
  ),
});

export const PaymentView = z.object({
  id: z.uuid(),
  source: z.enum(PAYMENT_SOURCES),
  principalFen: z.number(),
  surchargeFen: z.number(),
  paidOn: z.string(),
  payer: z.string(),
  reference: z.string().nullable(),
  receiptSerial: z.string().nullable(),
  onSpotGround: z.enum(ON_SPOT_GROUNDS).nullable(),
  onSpotReason: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  /** Cash collected on the spot: handed to finance and banked (第七十一条). */
  cash: z
    .object({
      officerName: z.string(),
      collectedOn: z.string(),
      handOverDueOn: z.string(),
      handedOn: z.string().nullable(),
      bankDueOn: z.string().nullable(),
      bankedOn: z.string().nullable(),
      depositSlip: z.string().nullable(),
      late: z.boolean(),
    })
    .nullable(),
});
export type PaymentView = z.infer<typeof PaymentView>;

export const ScheduleView = z.object({
  id: z.uuid(),
  kind: z.enum(SCHEDULE_KINDS),
  appliedOn: z.string(),
  reason: z.string(),
  items: z.array(z.object({ dueOn: z.string(), amountFen: z.number() })),
  status: z.enum(['pending', 'approved', 'rejected']),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  opinion: z.string().nullable(),
  documentId: z.uuid().nullable(),
});
export type ScheduleView = z.infer<typeof ScheduleView>;

export const ChallengeView = z.object({
  id: z.uuid(),
  kind: z.enum(CHALLENGE_KINDS),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  result: z.enum(CHALLENGE_RESULTS).nullable(),
  outcome: z.string().nullable(),
});

export const DemandView = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  number: z.string().nullable(),
  issuedOn: z.string(),
  surchargeFen: z.number(),
  deliveredOn: z.string().nullable(),
  /** The first day a court application may be made (the 11th working day after delivery). */
  earliestCourtOn: z.string().nullable(),
});

export const CourtApplicationView = z.object({
  id: z.uuid(),
  court: z.string(),
  appliedOn: z.string(),
  principalFen: z.number(),
  surchargeFen: z.number(),
  documentId: z.uuid(),
  ruling: z.enum(['granted', 'refused']).nullable(),
  rulingOn: z.string().nullable(),
  rulingNo: z.string().nullable(),
  outcome: z.enum(['executed', 'terminated']).nullable(),
  outcomeOn: z.string().nullable(),
  outcomeNote: z.string().nullable(),
});

export const CourtWindowView = z.object({
  challengePeriodEndsOn: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  earliestAfterDemand: z.string().nullable(),
});

export const FineRow = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNo: z.string().nullable(),
  decisionNo: z.string(),
  partyName: z.string(),
  procedure: z.enum(['ordinary', 'simple']),
  unitName: z.string(),
  amountFen: z.number(),
  paidFen: z.number(),
  surchargePaidFen: z.number(),
  outstandingFen: z.number(),
  decidedOn: z.string(),
  deliveredOn: z.string(),
  /** The due day in force: the original, or the approved deferral's / the next unpaid instalment's. */
  dueOn: z.string(),
  stage: z.enum(FINE_STAGES),
  overdue: z.boolean(),
  overdueDays: z.number(),
  deferred: z.boolean(),
  onSpot: z.boolean(),
  paidInFullOn: z.string().nullable(),
  /** 加处罚款 so far (the fine page carries the full computation). */
  surcharge: z.object({ totalFen: z.number(), capped: z.boolean(), pausedNow: z.boolean() }),
});
export type FineRow = z.infer<typeof FineRow>;
export const FinePage = pageOf(FineRow);

export const FineView = FineRow.extend({
  originalDueOn: z.string(),
  surchargeDeclared: z.boolean(),
  surcharge: SurchargeView,
  schedules: z.array(ScheduleView),
  payments: z.array(PaymentView),
  challenges: z.array(ChallengeView),
  demands: z.array(DemandView),
  courtApplications: z.array(CourtApplicationView),
  courtWindow: CourtWindowView.nullable(),
  terminatedReason: z.string().nullable(),
  agreement: z.object({ id: z.uuid(), bankName: z.string(), accountNumber: z.string() }).nullable(),
  deadlines: z.array(DeadlineView),
  abilities: z.record(z.enum(FINE_ACTIONS), z.boolean()),
  /** Whether the caller handled or decided the case (and so may not record payments: 罚缴分离). */
  separationBarred: z.boolean(),
});
export type FineView = z.infer<typeof FineView>;

export const CaseFineView = z.object({ fine: FineView.nullable() });

// ------------------------------------------------------------------------------------------- commands

/** Finance records a payment shown by the bank's or the e-payment channel's voucher (not from an import). */
export const PaymentBody = z.object({
  source: z.enum(['bank', 'e_payment'], { error: '请选择缴款渠道' }),
  principalFen: z.number().int().min(0),
  surchargeFen: z.number().int().min(0).default(0),
  paidOn: Day,
  payer: Text('缴款人', 100),
  reference: Text('银行流水号或电子缴款凭证号', 100),
});

export const OnSpotBody = z.object({
  ground: z.enum(ON_SPOT_GROUNDS, { error: '请选择当场收缴的法定情形' }),
  reason: z.string().trim().max(1000).default(''),
  partyRequested: z.boolean().default(false),
  receiptSerial: Text('罚没款票据编号', 50),
  amountFen: Fen('收缴金额'),
  paidOn: Day,
  payer: Text('缴款人', 100),
});
export type OnSpotBody = z.infer<typeof OnSpotBody>;

export const ScheduleBody = z
  .object({
    kind: z.enum(SCHEDULE_KINDS),
    appliedOn: Day,
    reason: Text('确有经济困难的理由', 2000),
    items: z
      .array(z.object({ dueOn: Day, amountFen: Fen('每期金额') }))
      .min(1, '请填写缴纳期限')
      .max(12, '分期不超过十二期'),
  })
  .refine((b) => b.kind === 'instalments' || b.items.length === 1, {
    message: '暂缓缴纳只填写一个缴纳期限',
    path: ['items'],
  })
  .refine((b) => b.kind === 'deferral' || b.items.length >= 2, {
    message: '分期缴纳至少分为两期',
    path: ['items'],
  });

export const ScheduleDecisionBody = z.object({
  decision: z.enum(['approve', 'reject'], { error: '请选择是否批准' }),
  opinion: Text('审批意见', 2000),
});

export const ChallengeBody = z.object({ kind: z.enum(CHALLENGE_KINDS), startedOn: Day });
/** The result decides whether the act was reversed, which opens a fault lead (System 1, legal-spec §3.3). */
export const ChallengeEndBody = z.object({
  endedOn: Day,
  result: z.enum(CHALLENGE_RESULTS, { error: '请选择复议或诉讼的结果' }),
  outcome: Text('复议或诉讼结果', 500),
});

export const DemandBody = z.object({
  /**
   * 陈述、申辩 within this many days of receiving the 催告书: the right is 行政强制法 第三十五条第四项、第三十六条; the
   * statute sets no number, 3 days follows the local 陈述申辩 habit (legal-spec §2.2 row 5a [地]).
   */
  statementDays: z.number().int().min(3).max(15).default(3),
});
export const DemandDeliveryBody = z.object({ deliveredOn: Day, method: Text('送达方式', 100) });

export const CourtApplicationBody = z.object({
  court: Text('受理法院', 100),
  appliedOn: Day,
  partyOpinion: z.string().trim().max(2000).default(''),
});
export const RulingBody = z.object({
  ruling: z.enum(['granted', 'refused']),
  rulingOn: Day,
  rulingNo: Text('裁定书文号', 100),
});
export const OutcomeBody = z.object({
  outcome: z.enum(['executed', 'terminated']),
  outcomeOn: Day,
  note: Text('执行情况', 2000),
});
export const TerminateFineBody = z.object({ reason: Text('终结执行的理由', 2000) });

// ------------------------------------------------------------------------------------------- statements

export const StatementUploadQuery = z.object({
  /** The file name; otherwise the x-file-name header of the raw upload. */
  fileName: z.string().trim().min(1).max(200).optional(),
  source: z.enum(['bank', 'e_payment']).default('bank'),
  agreementId: z.uuid().optional(),
});

export const StatementLineView = z.object({
  id: z.uuid(),
  statementId: z.uuid(),
  lineNo: z.number(),
  payer: z.string(),
  amountFen: z.number(),
  paidOn: z.string(),
  reference: z.string(),
  memo: z.string(),
  status: z.enum(LINE_STATUSES),
  reasons: z.array(z.string()),
  suggestions: z.array(z.object({ obligationId: z.uuid(), decisionNo: z.string(), partyName: z.string() })),
  obligationId: z.uuid().nullable(),
  decisionNo: z.string().nullable(),
  resolutionNote: z.string().nullable(),
});
export type StatementLineView = z.infer<typeof StatementLineView>;

export const StatementView = z.object({
  id: z.uuid(),
  source: z.enum(['bank', 'e_payment']),
  fileName: z.string(),
  fileSm3: z.string(),
  lineCount: z.number(),
  matchedCount: z.number(),
  unmatchedCount: z.number(),
  importedByName: z.string(),
  importedAt: z.string(),
});
export const StatementPage = pageOf(StatementView);
export const StatementImportResult = z.object({
  statement: StatementView,
  lines: z.array(StatementLineView),
  errors: z.array(z.object({ lineNo: z.number(), message: z.string() })),
});

export const LineResolveBody = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('confirm'),
    obligationId: z.uuid({ error: '请选择对应的罚款' }),
    surchargeFen: z.number().int().min(0).default(0),
    note: Text('核对说明', 500),
  }),
  z.object({ action: z.literal('ignore'), note: Text('排除原因', 500) }),
]);

// ------------------------------------------------------------------------------------------- receipts, cash

export const ReceiptBookBody = z
  .object({
    receiptType: Text('票据名称', 100),
    prefix: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,20}$/, '票据字轨只能由字母、数字和连字符组成'),
    firstNo: z.number().int().min(1),
    lastNo: z.number().int().min(1),
    holderId: z.uuid({ error: '请选择领用的执法人员' }),
  })
  .refine((b) => b.lastNo >= b.firstNo && b.lastNo - b.firstNo < 1000, {
    message: '止号不得小于起号，每次领用不超过一千份',
    path: ['lastNo'],
  });

export const ReceiptBookView = z.object({
  id: z.uuid(),
  receiptType: z.string(),
  prefix: z.string(),
  firstNo: z.number(),
  lastNo: z.number(),
  holderId: z.uuid(),
  holderName: z.string(),
  issuedAt: z.string(),
  counts: z.record(z.enum(RECEIPT_STATUSES), z.number()),
});
export const ReceiptNumberView = z.object({
  serial: z.string(),
  status: z.enum(RECEIPT_STATUSES),
  holderName: z.string(),
  reason: z.string().nullable(),
  decisionNo: z.string().nullable(),
  changedAt: z.string().nullable(),
});
export const ReceiptStatusBody = z.object({
  status: z.enum(['voided', 'lost']),
  reason: Text('作废或遗失的原因', 500),
});

export const CashReceivedBody = z.object({ handedOn: Day });
export const CashBankedBody = z.object({ bankedOn: Day, depositSlip: Text('银行缴款单号', 100) });

export const CashRow = z.object({
  paymentId: z.uuid(),
  obligationId: z.uuid(),
  caseId: z.uuid(),
  decisionNo: z.string(),
  payer: z.string(),
  amountFen: z.number(),
  receiptSerial: z.string(),
  officerName: z.string(),
  collectedOn: z.string(),
  handOverDueOn: z.string(),
  handedOn: z.string().nullable(),
  bankDueOn: z.string().nullable(),
  bankedOn: z.string().nullable(),
  late: z.boolean(),
});
export type CashRow = z.infer<typeof CashRow>;

// ------------------------------------------------------------------------------------------- desk, stats

export const FinanceDesk = z.object({
  today: z.string(),
  unmatchedLines: z.array(StatementLineView),
  overdue: z.array(FineRow),
  dueSoon: z.array(FineRow),
  cash: z.array(CashRow),
  agreementsUnfiled: z.array(AgreementView),
  inForceAgreement: AgreementView.nullable(),
});

export const FineStatsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const FineStats = z.object({
  year: z.number(),
  decidedCount: z.number(),
  decidedFen: z.number(),
  collectedCount: z.number(),
  collectedFen: z.number(),
  /** Collected / decided amount, 0..1; null when nothing was decided. */
  collectionRate: z.number().nullable(),
  averageDaysToPayment: z.number().nullable(),
  onSpotCount: z.number(),
  onSpotFen: z.number(),
  onSpotShare: z.number().nullable(),
  deferrals: z.number(),
  surchargeFen: z.number(),
  demands: z.number(),
  courtApplications: z.number(),
  courtGranted: z.number(),
  courtRefused: z.number(),
  outstandingFen: z.number(),
  terminatedFen: z.number(),
  receiptsUsed: z.number(),
  receiptsVoided: z.number(),
  unmatchedLines: z.number(),
  byMonth: z.array(z.object({ month: z.number(), decidedFen: z.number(), collectedFen: z.number() })),
  bySource: z.array(z.object({ source: z.enum(PAYMENT_SOURCES), count: z.number(), fen: z.number() })),
});
export type FineStats = z.infer<typeof FineStats>;

// ------------------------------------------------------------------------------------------- closing, archive

export const ClosingBody = z.object({
  reason: z.enum(CLOSING_REASONS, { error: '请选择结案理由' }),
  note: Text('结案说明', 2000),
});
export const ClosingDecisionBody = z.object({
  decision: z.enum(['approve', 'return']),
  opinion: Text('审批意见', 2000),
});
export const ArchiveBody = z.object({ retention: z.enum(RETENTIONS, { error: '请选择保管期限' }) });
export const LoanBody = z.object({ purpose: Text('借阅事由', 500), untilOn: Day });
export const LoanDecisionBody = z.object({
  decision: z.enum(['approve', 'reject']),
  opinion: Text('审批意见', 500),
});

export const LoanView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNo: z.string().nullable(),
  title: z.string(),
  borrowerName: z.string(),
  purpose: z.string(),
  untilOn: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'returned']),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  opinion: z.string().nullable(),
  returnedAt: z.string().nullable(),
  overdue: z.boolean(),
  canDecide: z.boolean(),
  canReturn: z.boolean(),
  canRead: z.boolean(),
});
export type LoanView = z.infer<typeof LoanView>;

export const ManifestEntry = z.object({
  seq: z.number(),
  kind: z.enum(['document', 'evidence_file']),
  title: z.string(),
  number: z.string().nullable(),
  date: z.string(),
  sm3: z.string(),
  size: z.number(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const ClosingView = z.object({
  caseId: z.uuid(),
  status: z.string(),
  /** Whether the execution allows closing now, and why not. */
  ready: z.boolean(),
  readyReason: z.string(),
  suggestedReason: z.enum(CLOSING_REASONS).nullable(),
  closures: z.array(
    z.object({
      id: z.uuid(),
      reason: z.enum(CLOSING_REASONS),
      reasonNote: z.string(),
      summary: z.string(),
      requestedByName: z.string(),
      requestedAt: z.string(),
      status: z.enum(['pending', 'approved', 'returned']),
      decidedByName: z.string().nullable(),
      decidedAt: z.string().nullable(),
      opinion: z.string().nullable(),
      documentId: z.uuid().nullable(),
    }),
  ),
  archive: z
    .object({
      archiveNo: z.string(),
      retention: z.enum(RETENTIONS),
      archivedOn: z.string(),
      archivedByName: z.string(),
      manifestSm3: z.string(),
      entries: z.number(),
    })
    .nullable(),
  loans: z.array(LoanView),
  abilities: z.object({
    requestClosing: z.boolean(),
    decideClosing: z.boolean(),
    archive: z.boolean(),
    requestLoan: z.boolean(),
    readArchive: z.boolean(),
  }),
});
export type ClosingView = z.infer<typeof ClosingView>;

export const ArchiveRow = z.object({
  caseId: z.uuid(),
  caseNo: z.string().nullable(),
  title: z.string(),
  partyNames: z.string(),
  archiveNo: z.string(),
  retention: z.enum(RETENTIONS),
  archivedOn: z.string(),
  onLoan: z.boolean(),
});
export const ArchiveQuery = PageQuery.extend({ q: z.string().trim().max(100).optional() });
export const ArchivePage = pageOf(ArchiveRow);
export const ClosingQueueRow = z.object({
  caseId: z.uuid(),
  caseNo: z.string().nullable(),
  title: z.string(),
  partyNames: z.string(),
  status: z.string(),
  stage: z.enum(['to_close', 'closing_pending', 'to_archive']),
  since: z.string().nullable(),
});
export const ArchiveOverview = z.object({
  queue: z.array(ClosingQueueRow),
  loans: z.array(LoanView),
});
