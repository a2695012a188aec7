/**
 * View models of the 11 penalty-case 文书: plain data, one type per form, holding what the form must show and
 * nothing the template can work out. Dates are 'YYYY-MM-DD' (Asia/Shanghai), times 'YYYY-MM-DDTHH:mm', money
 * integer fen. The case module fills them from its records; the templates only lay them out.
 */
import type {
  CollectiveConclusion,
  DeliveryMethod,
  LegalOpinion,
  LegalReviewPointKey,
  Outcome,
  PartyKind,
  PenaltyKind,
  Procedure,
  SourceKind,
} from '../../../../common/contracts/cases.js';
import type { ClosingReason } from '../../../../common/contracts/execution.js';

export { yuan, capitalYuan, dateZh, dateTimeZh, timeRangeZh } from './format.js';

/** 'YYYY-MM-DD'. */
export type DateText = string;
/** 'YYYY-MM-DDTHH:mm', Asia/Shanghai wall time. */
export type DateTimeText = string;
/** Integer fen. */
export type Fen = number;

/** The bureau in whose name the document is made. */
export interface Agency {
  name: string;
  address: string;
  phone: string;
}

export interface Party {
  kind: PartyKind;
  /** 单位名称, or the person's name. */
  name: string;
  idLabel: '统一社会信用代码' | '身份证号码';
  idNumber: string;
  address: string;
  /** 法定代表人 (legal person), 负责人 (unincorporated), 经营者 (individual business); absent for a person. */
  legalRep?: string;
  phone?: string;
}

export interface Officer {
  name: string;
  /** 行政执法证件号. */
  certificateNumber: string;
}

/** Someone named with their post, e.g. in a collective discussion. */
export interface Person {
  name: string;
  position: string;
}

/** Where the party can challenge a decision (行政复议法 第20、24条; 行政诉讼法 第46条). */
export interface Remedies {
  /** 行政复议机关, for a municipal bureau its 本级人民政府: 赤峰市人民政府. */
  reconsiderationBody: string;
  /** 人民法院 with jurisdiction. */
  court: string;
}

/** Where a fine is paid (罚缴分离, 行政处罚法 第67条). */
export interface Payee {
  bankName: string;
  bankAddress?: string;
  accountName: string;
  accountNumber: string;
}

/** One approval box: blank parts are left for handwriting. */
export interface ApprovalOpinion {
  text?: string;
  name?: string;
  date?: DateText;
}

interface Common {
  agency: Agency;
  /** 案件编号, shown in metadata and where the form has a line for it. */
  caseNo?: string;
  /** 文号 as printed, e.g. 赤应急罚〔2026〕12号 (see `documentNumber`). */
  documentNo?: string;
}

/** 立案审批表. */
export interface FilingApprovalModel extends Common {
  source: { kind: SourceKind; detail?: string };
  /** 案由, e.g. 涉嫌未取得危险化学品经营许可证经营危险化学品案. */
  cause: string;
  party: Party;
  discoveredOn?: DateText;
  /** 简要案情及立案理由. */
  briefFacts: string;
  proposedOfficers: Officer[];
  opinions: { handler: ApprovalOpinion; sectionHead: ApprovalOpinion; leader: ApprovalOpinion };
  preparedOn: DateText;
}

/** 询问笔录. */
export interface InquiryRecordModel extends Common {
  cause: string;
  startedAt: DateTimeText;
  endedAt: DateTimeText;
  place: string;
  inquirers: Officer[];
  recorder: Officer;
  interviewee: {
    name: string;
    gender?: '男' | '女';
    age?: number;
    idLabel: '身份证号码' | '其他有效证件号码';
    idNumber: string;
    employer?: string;
    position?: string;
    address?: string;
    phone?: string;
    /** 与本案关系, e.g. 当事人的安全管理人员. */
    relation?: string;
  };
  /** 其他在场人员. */
  othersPresent?: string;
  /** The answer to the opening question about certificates and 回避. */
  recusalAnswer: string;
  qa: Array<{ q: string; a: string }>;
  signature: { refused: false } | { refused: true; note: string };
}

/** 现场检查记录 (安全生产法 第68条). */
export interface InspectionRecordModel extends Common {
  unit: Party;
  place: string;
  startedAt: DateTimeText;
  endedAt: DateTimeText;
  officers: Officer[];
  /** 被检查单位现场负责人. */
  unitRepresentative: Person & { phone?: string };
  /** 检查内容. */
  scope: string;
  /** 检查情况, one item per finding. */
  findings: string[];
  /** 处理情况, e.g. 现场责令改正. */
  handling?: string;
  signature: { refused: false } | { refused: true; note: string };
}

/** 先行登记保存证据通知书 (行政处罚法 第56条). */
export interface EvidencePreservationNoticeModel extends Common {
  party: Party;
  /** 涉嫌的违法行为, completing "因你单位涉嫌……". */
  suspectedViolation: string;
  approvedOn: DateText;
  items: Array<{ name: string; spec: string; quantity: string; place: string; remark?: string }>;
  storagePlace: string;
  /** The decision deadline computed with the working-day calendar (7 working days), when known. */
  decisionDueOn?: DateText;
  officers: Officer[];
  preservedOn: DateText;
}

/** 案件调查报告 (调查终结, 行政处罚法 第57条). */
export interface InvestigationReportModel extends Common {
  cause: string;
  party: Party;
  officers: Officer[];
  filedOn: DateText;
  /** 调查经过. */
  process: string;
  /** 违法事实. */
  facts: string;
  evidence: Array<{ name: string; proves: string }>;
  /** 违反的规定, e.g. 《危险化学品安全管理条例》第三十三条第一款. */
  violated: string;
  /** 处罚依据. */
  basis: string;
  discretion: { standard: string; band: string; circumstances: string };
  proposedOutcome: Outcome;
  /** Required when the outcome is 'penalty'. */
  proposedPenalty?: string;
  /** Further steps the proposal triggers, e.g. 告知听证权利、法制审核、集体讨论. */
  nextSteps?: string;
  reportedOn: DateText;
}

/** 法制审核意见书 (行政处罚法 第58条). */
export interface LegalReviewOpinionModel extends Common {
  caseNo: string;
  cause: string;
  partyName: string;
  /** 送审机构. */
  submittedBy: string;
  submittedOn: DateText;
  points: Record<LegalReviewPointKey, { ok: boolean; note?: string }>;
  /** 应有而缺失的音像记录 (全过程记录). */
  missingAvRecords: string[];
  opinion: LegalOpinion;
  reasons: string;
  reviewers: string[];
  reviewedOn: DateText;
}

/** 集体讨论记录 (行政处罚法 第57条第2款). */
export interface CollectiveDiscussionRecordModel extends Common {
  cause: string;
  partyName: string;
  startedAt: DateTimeText;
  endedAt: DateTimeText;
  place: string;
  chair: Person;
  participants: Person[];
  /** 列席人员. */
  attendees?: Person[];
  recorder: Person;
  /** 案情汇报: who reported, and what. */
  report: { by: Person; text: string };
  speeches: Array<{ speaker: string; text: string }>;
  conclusion: { kind: CollectiveConclusion; text: string };
}

/** 行政处罚告知书 (行政处罚法 第44、45、63、64条). */
export interface PenaltyNoticeModel extends Common {
  party: Party;
  /** Completes "经查，……". */
  facts: string;
  evidence: string[];
  violated: string;
  basis: string;
  /** Discretion applied, e.g. 依照《…裁量基准》…属一般违法行为. */
  discretion?: string;
  proposedPenalty: string;
  /** Days to submit 陈述、申辩 (local practice; 行政处罚法 sets none). */
  statementDays: number;
  /** Only penalties of 第63条 carry the hearing right; the caller decides from the case. */
  hearing: { offered: false } | { offered: true; workingDays: number };
  contact: { person: string; phone: string; address: string };
  issuedOn: DateText;
}

export interface DecisionPenalty {
  kind: PenaltyKind;
  /** For fines and confiscations. */
  amountFen?: Fen;
  /** Free text, e.g. the goods confiscated or the period of a suspension. */
  detail?: string;
}

/** 行政处罚决定书 (行政处罚法 第59条). */
export interface PenaltyDecisionModel extends Common {
  party: Party;
  /** Completes "经查，……". */
  facts: string;
  evidence: string[];
  /** 告知 and 陈述申辩 / 听证 history, e.g. 本局于…送达《行政处罚告知书》…你单位未提出陈述、申辩. */
  procedure?: string;
  violated: string;
  basis: string;
  discretion?: string;
  penalties: DecisionPenalty[];
  /** How to pay; absent when no amount is due. */
  payment?: { days: number; payee?: Payee; lateFee: boolean };
  remedies: Remedies;
  issuedOn: DateText;
}

/** 送达回证. */
export interface DeliveryReceiptModel extends Common {
  documents: Array<{ name: string; number?: string }>;
  recipient: string;
  place: string;
  method: DeliveryMethod;
  deliveredAt: DateTimeText;
  /** The recipient signed (name printed when known); or refused, with the reason (留置送达). */
  receipt: { signed: true; name?: string } | { signed: false; refusal: string };
  /** 代收人 and why. */
  proxy?: { name: string; reason: string };
  /** Required for 留置送达 by invited witnesses (民事诉讼法 第89条). */
  witnesses?: Array<{ name: string; unit?: string }>;
  officers: Officer[];
  remarks?: string;
}

/** 当场处罚决定书 (行政处罚法 第51、52条). */
export interface OnTheSpotDecisionModel extends Common {
  /** Pre-printed serial number of the form (预定格式、编有号码). */
  serialNo: string;
  party: Party;
  decidedAt: DateTimeText;
  place: string;
  /** Completes "经查，……". */
  violation: string;
  violated: string;
  basis: string;
  penalty: { warning: boolean; fineFen?: Fen };
  payment?:
    | { mode: 'bank'; days: number; payee: Payee }
    | { mode: 'on_the_spot'; ground: 'small_amount' | 'hard_to_collect' | 'remote_area'; receiptNo?: string };
  remedies: Remedies;
  officers: Officer[];
  partySignature: { refused: boolean };
}

// ------------------------------------------------------------------------------------------- hearings (听证)

/** A member of the hearing (主持人, 听证员, 书记员) with their post. */
export interface HearingMember {
  name: string;
  position: string;
}

/** 听证申请书（登记）: the party's written request as received (行政处罚法 第64条第1项). */
export interface HearingRequestRecordModel extends Common {
  party: Party;
  cause: string;
  /** The 告知书's 文号 and the day it was delivered. */
  noticeNo?: string;
  noticeDeliveredOn: DateText;
  /** 5 working days after delivery. */
  requestDueOn: DateText;
  channel: 'written' | 'post' | 'electronic';
  receivedOn: DateText;
  /** Posted requests count from the postmark. */
  postmarkOn?: DateText;
  /** What the party asked for and why, as written. */
  content: string;
  /** Within the period? (always true: a late request is refused before a record exists). */
  timely: true;
  recordedBy: string;
  recordedOn: DateText;
}

/** 听证会通知书 (第64条第2项): time, place, members, the party's rights; ≥7 working days before. */
export interface HearingNoticeModel extends Common {
  party: Party;
  cause: string;
  /** When the request was received. */
  requestedOn: DateText;
  scheduledAt: DateTimeText;
  place: string;
  publicity: { public: true } | { public: false; reason: string };
  chair: HearingMember;
  officers: HearingMember[];
  clerk: HearingMember;
  /** What the party should bring or know: agents (≤2) with 授权委托书, evidence, recusal right. */
  maxAgents: number;
  contact: { person: string; phone: string; address: string };
  issuedOn: DateText;
}

/** 回避决定书: the 负责人's decision on the party's (or a member's) recusal request. */
export interface RecusalDecisionModel extends Common {
  party: Party;
  cause: string;
  applicant: string;
  requestedOn: DateText;
  /** Whose recusal: the member and their role at the hearing. */
  target: { name: string; role: '主持人' | '听证员' | '书记员' };
  reason: string;
  granted: boolean;
  decisionReason: string;
  decidedBy: string;
  decidedOn: DateText;
}

/** 延期举行听证决定书 (the one postponement on the party's good cause). */
export interface HearingPostponementModel extends Common {
  party: Party;
  cause: string;
  requestedOn: DateText;
  reason: string;
  originalAt: DateTimeText;
  /** The new time, when fixed; the new notice still follows the 7-working-day rule. */
  newAt?: DateTimeText;
  decidedBy: string;
  decidedOn: DateText;
}

/** 终止听证记录: withdrawal, or absence / leaving without permission (第64条第6项: deemed waived). */
export interface HearingTerminationModel extends Common {
  party: Party;
  cause: string;
  scheduledAt?: DateTimeText;
  ground: 'withdrawn' | 'absent' | 'left';
  /** Facts of the ground, e.g. the party did not appear by 09:30 after a lawful notice. */
  detail: string;
  chair?: HearingMember;
  recordedBy: string;
  recordedOn: DateText;
}

/** 听证笔录 (第64条第8项): signed by the party or the refusal noted by the chair. */
export interface HearingTranscriptModel extends Common {
  party: Party;
  cause: string;
  startedAt: DateTimeText;
  endedAt: DateTimeText;
  place: string;
  publicity: { public: true } | { public: false; reason: string };
  chair: HearingMember;
  officers: HearingMember[];
  clerk: HearingMember;
  /** 案件调查人员 who attended. */
  investigators: HearingMember[];
  /** The party or representative present, and agents. */
  partyAttendees: Array<{ name: string; capacity: string }>;
  others: Array<{ name: string; capacity: string }>;
  /** The chair asked about recusal, and the answer. */
  recusalAsked: string;
  /** In order: investigators' statement, party's defence, cross-examination, debate, final statements. */
  sections: Array<{ title: string; text: string }>;
  signature: { signed: true } | { signed: false; refusal: string };
}

/** 听证会报告书: the chair's report to the 负责人 with a recommendation (2015 办法). */
export interface HearingReportModel extends Common {
  party: Party;
  cause: string;
  heldAt: DateTimeText;
  place: string;
  chair: HearingMember;
  officers: HearingMember[];
  clerk: HearingMember;
  /** The penalty proposed by the investigators, as heard. */
  proposedPenalty: string;
  /** 听证认定的事实和证据. */
  findings: string;
  /** 当事人的主要陈述、申辩和质证意见. */
  partyOpinion: string;
  /** 主持人对争议的分析. */
  analysis: string;
  recommendation: string;
  /** The lowered penalty the chair recommends, when any. */
  recommendedPenalty?: string;
  reportedOn: DateText;
}

// ------------------------------------------------------------------------- execution, closing (执行、结案、归档)

/** A payment date and amount: the one date of a deferral, or one instalment. */
export interface PaymentInstalment {
  dueOn: DateText;
  amountFen: Fen;
}

interface PaymentDeferralBase extends Common {
  party: Party;
  caseNo: string;
  /** The penalty decision's 文号 and date. */
  decisionNo: string;
  decidedOn: DateText;
  fineFen: Fen;
  /** When the party's written application was received. */
  appliedOn: DateText;
  /** The party's ground (确有经济困难的理由), as stated. */
  reason: string;
  issuedOn: DateText;
}

/**
 * 延期（分期）缴纳罚款决定书 (行政处罚法 第66条第2款): approved, with the dates and amounts and where to pay;
 * or refused, with the reason, the original deadline standing.
 */
export type PaymentDeferralDecisionModel = PaymentDeferralBase &
  (
    | {
        approved: true;
        kind: 'deferral' | 'instalments';
        /** One row for a deferral, two or more for instalments, in date order. */
        schedule: PaymentInstalment[];
        payee: Payee;
      }
    | {
        approved: false;
        refusalReason: string;
        /** The deadline of the penalty decision, which stands. */
        originalDueOn: DateText;
      }
  );

/** 加处罚款 so far (行政处罚法 第72条第1款第1项, 行政强制法 第45条), computed by the caller. */
export interface SurchargeSoFar {
  /** The first day it runs: the day after the payment deadline. */
  fromOn: DateText;
  /** Counted up to and including this day. */
  asOf: DateText;
  days: number;
  amountFen: Fen;
  /** It has reached the amount of the fine and grows no further. */
  capped: boolean;
}

/** 催告书 before applying to the court (行政强制法 第35、45、54条). */
export interface PaymentDemandModel extends Common {
  party: Party;
  caseNo: string;
  decisionNo: string;
  decidedOn: DateText;
  /** When the penalty decision was delivered. */
  deliveredOn: DateText;
  /** The payment deadline of the decision (or of the last approved instalment). */
  dueOn: DateText;
  fineFen: Fen;
  paidFen: Fen;
  surcharge: SurchargeSoFar;
  /** 10: the court may be applied to ten days after delivery of the 催告书 (第54条; working days, 第69条). */
  payWithinWorkingDays: number;
  payee: Payee;
  /** 陈述、申辩 within this many days of receipt (第35条第4项, 第36条). */
  statementDays: number;
  issuedOn: DateText;
}

/** 强制执行申请书 to the people's court (行政强制法 第53—55条; 行政处罚法 第72条第1款第4项). */
export interface EnforcementApplicationModel extends Common {
  /** The applicant: the bureau, with its legal representative (局长) as named in court papers. */
  agency: Agency & { legalRepresentative: string; legalRepresentativeTitle: string };
  /** The respondent (被申请人). */
  party: Party;
  /** 所在地有管辖权的人民法院 (第54条). */
  court: string;
  caseNo: string;
  decisionNo: string;
  decidedOn: DateText;
  deliveredOn: DateText;
  /** The facts the decision found, in summary. */
  facts: string;
  /** 处罚依据, e.g. 《危险化学品安全管理条例》第七十七条第三款. */
  basis: string;
  fineFen: Fen;
  paidFen: Fen;
  surchargeFen: Fen;
  demand: { number: string; issuedOn: DateText; deliveredOn: DateText };
  /** What the party said after the demand, e.g. 被申请人在催告书确定的期限内未提出陈述、申辩. */
  partyOpinion: string;
  /** Default: 被申请人在法定期限内未申请行政复议，也未提起行政诉讼. */
  challenge?: string;
  /** 申请事项; default: the unpaid fine and the surcharge, from the amounts. */
  requests?: string[];
  /** 附件: the materials of 第55条. */
  attachments: string[];
  issuedOn: DateText;
  /** The 负责人 who signs the application (第55条第2款). */
  signatory: Person;
}

/** 结案审批表 (《安全生产违法行为行政处罚办法》第65条: 执行完毕后立卷归档). */
export interface ClosingApprovalModel extends Common {
  caseNo: string;
  cause: string;
  partyName: string;
  procedure: Procedure;
  filedOn: DateText;
  decisionNo?: string;
  decidedOn?: DateText;
  /** 处罚内容, e.g. 没收违法所得人民币32,000.00元，并处罚款人民币50,000.00元; or 不予行政处罚. */
  penalty: string;
  execution: {
    /** E.g. 罚款人民币50,000.00元已于2026年12月3日通过代收银行缴清. */
    summary: string;
    /** Further lines of the 执行情况 box, e.g. { label: '加处罚款', value: '无' }. */
    lines?: Array<{ label: string; value: string }>;
  };
  reason: ClosingReason;
  /** 结案理由的说明. */
  reasonNote?: string;
  opinions: {
    /** name: the 承办人, e.g. 李某、王某. */
    handler: ApprovalOpinion;
    /** Omitted when the bureau's closing goes straight from the handlers to the 负责人. */
    sectionHead?: ApprovalOpinion;
    leader: ApprovalOpinion;
  };
  /** The basis printed under the form; default the 2015 办法 第65条 (see `CLOSING_BASIS_2015`). */
  basis?: string;
  preparedOn: DateText;
}

/** One item of the evidence list bound into the case file, with the digest of the stored file. */
export interface ArchiveEvidence {
  seq: number;
  name: string;
  /** File name as stored. */
  file: string;
  /** SM3, 64 hex digits. */
  sm3: string;
}

/** 卷宗: the cover and the evidence list of an archived case file (see `archiveBundleInput`). */
export interface ArchiveModel {
  agency: Agency;
  /** 案卷号 (档号). */
  archiveNo: string;
  caseNo: string;
  cause: string;
  partyName: string;
  /** 承办人. */
  handlers: string[];
  filedOn: DateText;
  closedOn: DateText;
  archivedOn: DateText;
  /** 保管期限 as printed: 永久, 长期, 短期 (or 定期30年 ...). */
  retention: string;
  /** 立卷人. */
  compiler?: string;
  /** 本卷共 N 页: absent, the bundle's own count is printed. */
  pages?: number;
  evidence: ArchiveEvidence[];
}
