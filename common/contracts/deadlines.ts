import { z } from 'zod';
import { ROLES } from '../roles.js';
import { PERIOD_UNITS, SkippedDay } from './calendar.js';
import { PageQuery, pageOf } from './shared.js';

/** Statutory deadlines: the rule table and the stored instances (legal-spec §1.4, §2.4). */
export const DEADLINE_STATUSES = ['open', 'met', 'missed', 'suspended', 'extended', 'waived'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];
export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  open: '进行中',
  met: '已按期完成',
  missed: '已逾期',
  suspended: '已中止',
  extended: '已延期',
  waived: '已免除',
};
/** Statuses in which the clock runs or may run again. */
export const ACTIVE_DEADLINE_STATUSES = ['open', 'suspended', 'extended'] as const;

/**
 * How far a number can be trusted (legal-spec §0.1): 法-V statute text checked; 法-R recalled; 文 policy document;
 * 地 local practice (a configurable default); 推 design inference; 种子 the 赤峰 制度 texts.
 */
export const SOURCE_TAGS = ['法-V', '法-R', '文', '地', '推', '种子'] as const;
export type SourceTag = (typeof SOURCE_TAGS)[number];

export const RuleVersionView = z.object({
  version: z.number().int(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  length: z.number().int(),
  unit: z.enum(PERIOD_UNITS),
  direction: z.enum(['after', 'before']),
  basis: z.string(),
  sourceTag: z.enum(SOURCE_TAGS),
  verified: z.boolean(),
  note: z.string().nullable(),
});

export const DeadlineRuleView = z.object({
  id: z.string(),
  name: z.string(),
  system: z.string(),
  trigger: z.string(),
  responsibleRole: z.enum(ROLES),
  consequence: z.string(),
  suspendable: z.boolean(),
  suspendBasis: z.string().nullable(),
  extension: z
    .object({ by: z.array(z.enum(ROLES)), maxLength: z.number().int().nullable(), basis: z.string() })
    .nullable(),
  versions: z.array(RuleVersionView),
  /** The version in force today. */
  current: RuleVersionView.nullable(),
});
export type DeadlineRuleView = z.infer<typeof DeadlineRuleView>;
export const DeadlineRuleList = z.object({ items: z.array(DeadlineRuleView) });

export const DeadlineQuery = PageQuery.extend({
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  status: z.enum(DEADLINE_STATUSES, { error: '状态无效' }).optional(),
  objectType: z.string().trim().max(50).optional(),
  objectId: z.string().trim().max(100).optional(),
});

export const DeadlineView = z.object({
  id: z.uuid(),
  ruleId: z.string(),
  ruleName: z.string(),
  ruleVersion: z.number().int(),
  basis: z.string(),
  verified: z.boolean(),
  objectType: z.string(),
  objectId: z.string(),
  title: z.string(),
  link: z.string().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  responsibleUserId: z.uuid().nullable(),
  responsibleName: z.string().nullable(),
  /** The triggering date (day periods) or instant (hour periods, ISO). */
  trigger: z.string(),
  unit: z.enum(PERIOD_UNITS),
  length: z.number().int(),
  direction: z.enum(['after', 'before']),
  /** Due day (YYYY-MM-DD) or, for hour periods, the due instant (ISO). */
  due: z.string(),
  /** The instant the period expires. */
  dueAt: z.string(),
  status: z.enum(DEADLINE_STATUSES),
  projected: z.boolean(),
  calendarVersion: z.string(),
  /** Working days left (day periods; negative when overdue); null for hour periods and closed items. */
  workingDaysLeft: z.number().int().nullable(),
  /** Hours left (hour periods); null otherwise. */
  hoursLeft: z.number().nullable(),
  warnLevel: z.enum(['due_soon', 'overdue']).nullable(),
  suspensions: z.array(z.object({ from: z.string(), to: z.string().nullable(), reason: z.string() })),
  extensions: z.array(
    z.object({ newLength: z.number().int(), reason: z.string(), approvedByName: z.string(), at: z.string() }),
  ),
  completedAt: z.string().nullable(),
  closedReason: z.string().nullable(),
  createdAt: z.string(),
  abilities: z.object({ extend: z.boolean(), waive: z.boolean() }),
});
export type DeadlineView = z.infer<typeof DeadlineView>;
export const DeadlinePage = pageOf(DeadlineView);

export const DeadlineDetail = DeadlineView.extend({ skipped: z.array(SkippedDay) });

export const ExtendBody = z.object({
  newLength: z.coerce
    .number({ error: '新的期间长度须为正整数' })
    .int('新的期间长度须为正整数')
    .min(1, '新的期间长度须为正整数'),
  reason: z.string().trim().min(2, '请填写延期理由').max(1000),
});
export const WaiveBody = z.object({ reason: z.string().trim().min(2, '请填写免除理由').max(1000) });
