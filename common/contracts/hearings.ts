/**
 * Contracts of the hearings module (行政处罚听证, legal-spec §8; 行政处罚法 第63–65条): the party's request, the
 * arrangement (chair, hearing officers, clerk, room, public or closed), recusal, the notice at least 7 working days
 * before, one postponement, the hearing with its transcript, termination as a waiver, the chair's report, the
 * bureau's hearing calendar, rooms and statistics. Isomorphic: the server validates with these schemas, the SPA
 * types its calls with them.
 */
import { z } from 'zod';
import { Penalty } from './cases.js';
import { DeadlineView } from './deadlines.js';
import { Refusal } from './personnel.js';
import { Day, Instant, pageOf, PageQuery, Text } from './shared.js';

// ------------------------------------------------------------------------------------------- enumerations

/** Where a hearing stands. `reported` and `terminated` are final (the row is then frozen in the database). */
export const HEARING_STAGES = [
  'requested',
  'arranged',
  'notified',
  'postponed',
  'held',
  'reported',
  'terminated',
] as const;
export type HearingStage = (typeof HEARING_STAGES)[number];
export const HEARING_STAGE_LABELS: Record<HearingStage, string> = {
  requested: '待安排',
  arranged: '已安排待通知',
  notified: '已通知待举行',
  postponed: '已延期待重新安排',
  held: '已举行待报告',
  reported: '已完成（已报告）',
  terminated: '已终止',
};

export const HEARING_REQUEST_CHANNELS = ['written', 'post', 'electronic'] as const;
export type HearingRequestChannel = (typeof HEARING_REQUEST_CHANNELS)[number];
export const HEARING_REQUEST_CHANNEL_LABELS: Record<HearingRequestChannel, string> = {
  written: '当面递交书面申请',
  post: '邮寄（以邮戳日期为准）',
  electronic: '电子方式（当事人同意电子送达的）',
};

/** Grounds for a closed hearing (第64条第3项). */
export const CLOSED_REASONS = ['state_secret', 'commercial_secret', 'privacy'] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];
export const CLOSED_REASON_LABELS: Record<ClosedReason, string> = {
  state_secret: '涉及国家秘密',
  commercial_secret: '涉及商业秘密',
  privacy: '涉及个人隐私',
};

export const HEARING_ROLES = ['chair', 'officer', 'clerk'] as const;
export type HearingRole = (typeof HEARING_ROLES)[number];
export const HEARING_ROLE_LABELS: Record<HearingRole, string> = {
  chair: '主持人',
  officer: '听证员',
  clerk: '书记员',
};

/** How a hearing ended: held to the end, or terminated (withdrawn, absent, left: 第64条第6项 deems it waived). */
export const HEARING_OUTCOMES = ['completed', 'withdrawn', 'absent', 'left'] as const;
export type HearingOutcome = (typeof HEARING_OUTCOMES)[number];
export const HEARING_OUTCOME_LABELS: Record<HearingOutcome, string> = {
  completed: '听证完毕',
  withdrawn: '当事人撤回听证申请',
  absent: '当事人无正当理由拒不出席（视为放弃听证权利）',
  left: '当事人未经许可中途退出（视为放弃听证权利）',
};

export const HEARING_RECOMMENDATIONS = ['maintain', 'lower', 'no_penalty', 'reinvestigate'] as const;
export type HearingRecommendation = (typeof HEARING_RECOMMENDATIONS)[number];
export const HEARING_RECOMMENDATION_LABELS: Record<HearingRecommendation, string> = {
  maintain: '维持拟作出的行政处罚',
  lower: '从轻或减轻处罚（变更拟处罚意见）',
  no_penalty: '不予行政处罚',
  reinvestigate: '事实不清、证据不足，建议补充调查',
};

export const RECUSAL_DECISIONS = ['granted', 'rejected'] as const;
export type RecusalDecision = (typeof RECUSAL_DECISIONS)[number];

/** The actions on a hearing; the presenter sends which ones the caller may take now. */
export const HEARING_ACTIONS = [
  'arrange',
  'addAgent',
  'requestRecusal',
  'decideRecusal',
  'notify',
  'postpone',
  'record',
  'terminate',
  'report',
] as const;
export type HearingAction = (typeof HEARING_ACTIONS)[number];
export type HearingAbilities = Record<HearingAction, boolean>;

// ------------------------------------------------------------------------------------------- request

/** The party's answer to the hearing offer (request or written waiver); defined with the case contracts. */
export { HearingResponseBody } from './cases.js';

// ------------------------------------------------------------------------------------------- arrangement

export const ArrangeBody = z
  .object({
    chairId: z.uuid({ error: '请选择听证主持人' }),
    officerIds: z.array(z.uuid()).max(4, '听证员不超过四人').default([]),
    clerkId: z.uuid({ error: '请选择书记员' }),
    roomId: z.uuid().nullable().optional(),
    /** The place as printed (the room's location by default). */
    place: Text('听证地点', 200),
    /** Local wall time 'YYYY-MM-DDTHH:mm' (Asia/Shanghai). */
    scheduledAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, '听证时间格式应为 YYYY-MM-DDTHH:mm'),
    durationMinutes: z.number().int().min(30).max(600).default(120),
    public: z.boolean(),
    closedReason: z.enum(CLOSED_REASONS).nullable().optional(),
    closedNote: z.string().trim().max(1000).default(''),
    /** Why the hearing is later than the period after the request (e.g. a holiday); required then. */
    overrunReason: z.string().trim().max(1000).default(''),
  })
  .refine((b) => b.public || !!b.closedReason, {
    message: '不公开举行听证的，应当载明理由（国家秘密、商业秘密或者个人隐私）',
    path: ['closedReason'],
  });

export const RecusalRequestBody = z.object({
  targetUserId: z.uuid({ error: '请选择申请回避的人员' }),
  applicant: Text('申请人', 100),
  requestedOn: Day,
  reason: Text('申请回避的理由', 2000),
});
export const RecusalDecisionBody = z.object({
  decision: z.enum(RECUSAL_DECISIONS, { error: '请选择是否回避' }),
  reason: Text('决定理由', 2000),
});

export const NotifyBody = z.object({
  /** The day the 听证会通知书 reaches the party; at least 7 working days before the hearing. */
  noticeOn: Day,
  method: z.enum(['direct', 'post', 'electronic']),
  contactPerson: Text('联系人', 50),
  contactPhone: Text('联系电话', 50),
});

export const PostponeBody = z.object({
  requestedOn: Day,
  reason: Text('当事人申请延期的正当理由', 2000),
});

export const TerminateBody = z.object({
  ground: z.enum(['withdrawn', 'absent', 'left']),
  detail: Text('终止听证的事实', 2000),
});

const Attendee = z.object({ name: Text('姓名', 50), capacity: Text('身份', 50) });
export const RecordBody = z.object({
  startedAt: Instant,
  endedAt: Instant,
  /** The party present in person or by agents; otherwise record a termination. */
  partyAttendees: z.array(Attendee).min(1, '请登记出席听证的当事人或其委托代理人'),
  investigatorIds: z.array(z.uuid()).min(1, '请登记出席听证的案件调查人员'),
  others: z.array(Attendee).default([]),
  recusalAsked: Text('告知回避权利及当事人的答复', 500),
  sections: z
    .array(z.object({ title: Text('笔录段落标题', 50), text: Text('笔录内容', 20000) }))
    .min(1, '请填写听证笔录'),
  signed: z.boolean(),
  /** When the party refuses to sign: the chair notes it (第64条第8项). */
  refusal: z.string().trim().max(500).default(''),
});

export const ReportBody = z
  .object({
    findings: Text('听证认定的事实和证据', 8000),
    partyOpinion: Text('当事人的主要陈述、申辩和质证意见', 8000),
    analysis: Text('主持人的分析意见', 8000),
    recommendation: z.enum(HEARING_RECOMMENDATIONS, { error: '请选择处理建议' }),
    /** For `lower`: the lowered penalty recommended (the 负责人 then changes the proposal). */
    recommendedPenalty: Penalty.nullable().optional(),
  })
  .refine((b) => b.recommendation !== 'lower' || !!b.recommendedPenalty?.items.length, {
    message: '建议从轻或减轻处罚的，请填写建议的处罚',
    path: ['recommendedPenalty'],
  });

// ------------------------------------------------------------------------------------------- views

export const HearingMemberView = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: z.enum(HEARING_ROLES),
  unitName: z.string().nullable(),
});

export const HearingAgentView = z.object({
  id: z.uuid(),
  name: z.string(),
  relation: z.string(),
  phone: z.string().nullable(),
  fileName: z.string(),
  sm3: z.string(),
  size: z.number().int(),
  addedAt: z.string(),
});

export const RecusalView = z.object({
  id: z.uuid(),
  targetUserId: z.uuid(),
  targetName: z.string(),
  targetRole: z.enum(HEARING_ROLES),
  applicant: z.string(),
  requestedOn: z.string(),
  reason: z.string(),
  decision: z.enum(RECUSAL_DECISIONS).nullable(),
  decisionReason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const PostponementView = z.object({
  id: z.uuid(),
  requestedOn: z.string(),
  reason: z.string(),
  originalAt: z.string(),
  decidedByName: z.string(),
  decidedAt: z.string(),
});

/** The hearing-date rule applied to a notice day: the earliest lawful hearing day (≥7 working days between). */
export const NoticeWindow = z.object({
  noticeOn: z.string(),
  earliestHearingOn: z.string(),
  basis: z.string(),
});
export type NoticeWindow = z.infer<typeof NoticeWindow>;

export const HearingDetail = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNo: z.string().nullable(),
  caseTitle: z.string(),
  partyNames: z.string(),
  stage: z.enum(HEARING_STAGES),
  requestChannel: z.enum(HEARING_REQUEST_CHANNELS),
  requestReceivedOn: z.string(),
  requestPostmarkOn: z.string().nullable(),
  requestDueOn: z.string().nullable(),
  requestContent: z.string(),
  heardPenalty: Penalty.nullable(),
  members: z.array(HearingMemberView),
  roomId: z.uuid().nullable(),
  roomName: z.string().nullable(),
  place: z.string().nullable(),
  scheduledAt: z.string().nullable(),
  durationMinutes: z.number().int(),
  public: z.boolean(),
  closedReason: z.enum(CLOSED_REASONS).nullable(),
  closedNote: z.string().nullable(),
  overrunReason: z.string().nullable(),
  notifiedOn: z.string().nullable(),
  postponements: z.array(PostponementView),
  agents: z.array(HearingAgentView),
  recusals: z.array(RecusalView),
  outcome: z.enum(HEARING_OUTCOMES).nullable(),
  heldFrom: z.string().nullable(),
  heldTo: z.string().nullable(),
  signed: z.boolean().nullable(),
  refusal: z.string().nullable(),
  terminationDetail: z.string().nullable(),
  recommendation: z.enum(HEARING_RECOMMENDATIONS).nullable(),
  recommendedPenalty: Penalty.nullable(),
  reportedAt: z.string().nullable(),
  /** The hearing's 文书 in the case file, newest first. */
  documents: z.array(
    z.object({ id: z.uuid(), kind: z.string(), title: z.string(), number: z.string().nullable() }),
  ),
  deadlines: z.array(DeadlineView),
  /** For a notice sent today: the earliest lawful hearing day. */
  noticeToday: NoticeWindow,
  /** What stops the next step now (e.g. an undecided recusal request), with its basis. */
  blockers: z.array(Refusal),
  abilities: z.record(z.enum(HEARING_ACTIONS), z.boolean()),
  /** Whether the caller may open the case itself (the hearing staff may not). */
  caseVisible: z.boolean(),
  /** The case's investigators (everyone who was an officer of it), for the attendance of the transcript. */
  investigators: z.array(z.object({ userId: z.uuid(), name: z.string() })),
});
export type HearingDetail = z.infer<typeof HearingDetail>;

/** One row of the bureau's hearing calendar and list. */
export const HearingListItem = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNo: z.string().nullable(),
  caseTitle: z.string(),
  partyNames: z.string(),
  stage: z.enum(HEARING_STAGES),
  scheduledAt: z.string().nullable(),
  durationMinutes: z.number().int(),
  roomId: z.uuid().nullable(),
  roomName: z.string().nullable(),
  place: z.string().nullable(),
  chairId: z.uuid().nullable(),
  chairName: z.string().nullable(),
  public: z.boolean(),
  requestReceivedOn: z.string(),
  /** The hold period's due day (15 days after the request, rule penalty.hearing-hold). */
  holdDueOn: z.string().nullable(),
});
export const HearingListQuery = PageQuery.extend({
  from: Day.optional(),
  to: Day.optional(),
  stage: z.enum(HEARING_STAGES).optional(),
  roomId: z.uuid().optional(),
  chairId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
});
export type HearingListItem = z.infer<typeof HearingListItem>;
export const HearingList = pageOf(HearingListItem);
export type HearingList = z.infer<typeof HearingList>;

export const HearingCandidate = z.object({
  userId: z.uuid(),
  name: z.string(),
  unitName: z.string().nullable(),
  /** Why this person may not sit in this case's hearing (as chair or officer), when so. */
  excluded: z.string().nullable(),
});
export type HearingCandidate = z.infer<typeof HearingCandidate>;
export const HearingCandidates = z.object({ items: z.array(HearingCandidate) });

export const HearingRoom = z.object({
  id: z.uuid(),
  name: z.string(),
  location: z.string(),
  capacity: z.number().int().nullable(),
  active: z.boolean(),
});
export type HearingRoom = z.infer<typeof HearingRoom>;
export const HearingRooms = z.object({ items: z.array(HearingRoom) });
export const HearingRoomBody = z.object({
  name: Text('听证室名称', 50),
  location: Text('地点', 200),
  capacity: z.number().int().min(1).max(1000).nullable().optional(),
  active: z.boolean().default(true),
});

export const HearingStatsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const HearingStats = z.object({
  year: z.number().int(),
  /** Cases whose 告知书 offered a hearing and was delivered in the year. */
  eligible: z.number().int(),
  requested: z.number().int(),
  /** requested / eligible, 0 when none eligible. */
  requestRate: z.number(),
  waivedInWriting: z.number().int(),
  lapsed: z.number().int(),
  held: z.number().int(),
  terminated: z.number().int(),
  pending: z.number().int(),
  publicHeld: z.number().int(),
  closedHeld: z.number().int(),
  /** Average calendar days from request to the hearing (held ones), null when none. */
  avgDaysToHearing: z.number().nullable(),
  /** Penalty decided after the hearing against the penalty heard. */
  afterHearing: z.object({
    reduced: z.number().int(),
    unchanged: z.number().int(),
    cancelled: z.number().int(),
    undecided: z.number().int(),
  }),
  byMonth: z.array(
    z.object({
      month: z.number().int(),
      requested: z.number().int(),
      held: z.number().int(),
      terminated: z.number().int(),
    }),
  ),
});
export type HearingStats = z.infer<typeof HearingStats>;

/** GET /api/cases/:id/hearing: the case's hearing, or null before a request. */
export const CaseHearing = z.object({ hearing: HearingDetail.nullable() });
export const NoticeWindowQuery = z.object({ noticeOn: Day });
