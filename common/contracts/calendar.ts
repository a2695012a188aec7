import { z } from 'zod';

/**
 * Contracts of the working-day calendar (legal-spec §1): the year view, the period calculator, imports of a
 * year's 国务院办公厅 notice and the local overlay. The server's kernel has the same unit list; a type check
 * in server/modules/calendar keeps them equal.
 */
export const PERIOD_UNITS = ['hour', 'calendar_day', 'working_day', 'month', 'year'] as const;
export type PeriodUnitName = (typeof PERIOD_UNITS)[number];
export const PERIOD_UNIT_LABELS: Record<PeriodUnitName, string> = {
  hour: '小时',
  calendar_day: '日（自然日）',
  working_day: '工作日',
  month: '月',
  year: '年',
};

export const DAY_CATEGORIES = [
  'workday',
  'weekend',
  'statutory_holiday',
  'swapped_rest',
  'extended_rest',
  'makeup_workday',
  'local_rest',
  'local_workday',
] as const;
export type DayCategoryName = (typeof DAY_CATEGORIES)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DateText = z.string().regex(ISO_DATE, { error: '日期格式应为 YYYY-MM-DD' });

/** GET /api/calendar/compute: either a rule (`rule` + `start`/`startAt`) or a free period (`length` + `unit`). */
export const ComputeQuery = z
  .object({
    rule: z.string().trim().min(1).max(100).optional(),
    start: DateText.optional(),
    startAt: z.iso
      .datetime({ offset: true, error: '起算时刻须为 ISO 8601 格式（含时区），如 2025-10-01T09:30:00+08:00' })
      .optional(),
    length: z.coerce
      .number({ error: '期间长度须为正整数' })
      .int('期间长度须为正整数')
      .min(1, '期间长度须为正整数')
      .max(100_000)
      .optional(),
    unit: z
      .enum(PERIOD_UNITS, { error: '期间单位应为 hour、calendar_day、working_day、month、year 之一' })
      .optional(),
  })
  .superRefine((q, ctx) => {
    if (!q.rule && (q.length === undefined || q.unit === undefined))
      ctx.addIssue({ code: 'custom', path: ['length'], message: '请选择期限规则，或同时填写期间长度和单位' });
    if (!q.start && !q.startAt)
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: '请填写起算日（start）或起算时刻（startAt）',
      });
    if (!q.rule && q.unit === 'hour' && !q.startAt)
      ctx.addIssue({
        code: 'custom',
        path: ['startAt'],
        message: '按小时计算的期间须填写起算时刻（startAt）',
      });
    if (!q.rule && q.unit && q.unit !== 'hour' && !q.start)
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: '按日、工作日、月、年计算的期间须填写起算日（start）',
      });
  });
export type ComputeQuery = z.infer<typeof ComputeQuery>;

export const SkippedDay = z.object({ date: z.string(), reason: z.string() });
export const PeriodWarning = z.object({
  code: z.literal('PROJECTED_YEAR'),
  year: z.number().int(),
  message: z.string(),
});

export const RuleRef = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number().int(),
  basis: z.string(),
  sourceTag: z.string(),
  verified: z.boolean(),
  direction: z.enum(['after', 'before']),
  trigger: z.string(),
  note: z.string().nullable(),
});
export type RuleRef = z.infer<typeof RuleRef>;

/**
 * The answer of the calculator. `due` is a date (YYYY-MM-DD) for day periods and an ISO instant for hour periods.
 * `basis` lists the rule's legal basis (when a rule was chosen) and then each counting rule applied.
 */
export const ComputeResult = z.object({
  due: z.string(),
  unit: z.enum(PERIOD_UNITS),
  basis: z.array(z.string()),
  skipped: z.array(SkippedDay),
  calendarVersion: z.string(),
  warnings: z.array(PeriodWarning),
  start: z.string(),
  length: z.number().int(),
  direction: z.enum(['after', 'before']),
  /** The last day before any roll-over (day periods); null for hour periods. */
  nominalDue: z.string().nullable(),
  /** The instant the period expires (24:00 Shanghai time of the due day, or the due instant). */
  endsAt: z.string(),
  projected: z.boolean(),
  countMakeupWorkdays: z.boolean(),
  /** Working days in (start, due] for day periods; null for hour periods. */
  workingDaysInPeriod: z.number().int().nullable(),
  /** Working days from today (Shanghai) to the due day; negative when overdue; null for hour periods. */
  workingDaysLeft: z.number().int().nullable(),
  today: z.string(),
  rule: RuleRef.nullable(),
});
export type ComputeResult = z.infer<typeof ComputeResult>;

export const DaySourceView = z.object({
  kind: z.enum(['notice', 'overlay', 'projection', 'rule']),
  citation: z.string(),
});

/** A day that is not an ordinary working day or an ordinary weekend. */
export const SpecialDay = z.object({
  date: z.string(),
  dayOfWeek: z.number().int(),
  working: z.boolean(),
  category: z.enum(DAY_CATEGORIES),
  restType: z.enum(['statutory', 'swapped', 'weekend', 'extended', 'local']).nullable(),
  festival: z.string().nullable(),
  reason: z.string(),
  source: DaySourceView,
  projected: z.boolean(),
});
export type SpecialDay = z.infer<typeof SpecialDay>;

export const NoticeView = z.object({
  title: z.string(),
  docNo: z.string().nullable(),
  issuedOn: z.string(),
  verified: z.boolean(),
});

export const YearOrigin = z.enum(['bundled', 'imported', 'projected']);

export const YearParams = z.object({
  year: z.coerce
    .number({ error: '年份须为整数' })
    .int('年份须为整数')
    .min(2019, '年份超出日历范围（2019—2035）')
    .max(2035, '年份超出日历范围（2019—2035）'),
});

/** GET /api/calendar/years/:year */
export const YearView = z.object({
  year: z.number().int(),
  origin: YearOrigin,
  /** Import version when imported (1, 2, ... per year); null for bundled data and projections. */
  importVersion: z.number().int().nullable(),
  projected: z.boolean(),
  /** 「该年度放假安排尚未发布，按《全国年节及纪念日放假办法》推算」 when projected. */
  projectionMessage: z.string().nullable(),
  notices: z.array(NoticeView),
  days: z.array(SpecialDay),
  locality: z.string().nullable(),
  calendarVersion: z.string(),
  countMakeupWorkdays: z.boolean(),
});
export type YearView = z.infer<typeof YearView>;

export const YearSummary = z.object({
  year: z.number().int(),
  origin: YearOrigin,
  importVersion: z.number().int().nullable(),
  title: z.string().nullable(),
  docNo: z.string().nullable(),
});

/** GET /api/calendar */
export const CalendarSummary = z.object({
  calendarVersion: z.string(),
  firstDate: z.string(),
  lastDate: z.string(),
  years: z.array(YearSummary),
  locality: z.string().nullable(),
  countMakeupWorkdays: z.boolean(),
  today: z.string(),
  canMaintain: z.boolean(),
});
export type CalendarSummary = z.infer<typeof CalendarSummary>;

/**
 * POST /api/calendar/imports: the file content is a year in the format of server/modules/calendar/data/<year>.json.
 * It is validated row by row on the server (Chinese messages per row), so the schema here only takes an object.
 */
export const ImportBody = z.object({
  fileName: z.string().trim().max(200).optional(),
  content: z.record(z.string(), z.unknown(), {
    error: '导入内容须为 JSON 对象（与内置年度数据文件格式相同）',
  }),
});
export type ImportBody = z.infer<typeof ImportBody>;

export const ImportResult = z.object({
  id: z.uuid(),
  year: z.number().int(),
  version: z.number().int(),
  previousOrigin: YearOrigin,
  calendarVersion: z.string(),
  previousCalendarVersion: z.string(),
  /** Open or suspended deadlines whose due date changed. */
  deadlinesChanged: z.number().int(),
  deadlinesTouched: z.number().int(),
  /** Points to check that do not block the import (e.g. a statutory day not marked as rest). */
  warnings: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportRecord = z.object({
  id: z.uuid(),
  year: z.number().int(),
  version: z.number().int(),
  title: z.string(),
  docNo: z.string(),
  fileName: z.string().nullable(),
  dayCount: z.number().int(),
  importedByName: z.string(),
  importedAt: z.string(),
});
export const ImportList = z.object({ items: z.array(ImportRecord) });
export type ImportList = z.infer<typeof ImportList>;

export const OVERLAY_KINDS = ['rest', 'work'] as const;
export const OverlayBody = z.object({
  date: DateText,
  kind: z.enum(OVERLAY_KINDS, { error: '类型应为休息日（rest）或工作日（work）' }),
  name: z.string().trim().min(1, '请填写名称（如 那达慕大会）').max(50),
  source: z.string().trim().min(4, '请填写依据文件（名称及文号）').max(300),
});
export type OverlayBody = z.infer<typeof OverlayBody>;

export const OverlayDayView = OverlayBody.extend({
  id: z.uuid(),
  createdByName: z.string(),
  updatedAt: z.string(),
});
export type OverlayDayView = z.infer<typeof OverlayDayView>;
export const OverlayList = z.object({ locality: z.string(), items: z.array(OverlayDayView) });
export type OverlayList = z.infer<typeof OverlayList>;

export const OverlayChangeResult = z.object({
  day: OverlayDayView.nullable(),
  calendarVersion: z.string(),
  deadlinesChanged: z.number().int(),
});
