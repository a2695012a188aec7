import dayjs from 'dayjs';
import type { HearingStage } from '../../../../common/contracts/hearings';
import type { HearingDetail } from './api';

/** Tag colours of the stages: waiting on the bureau in orange, on the way in blue, done in green, ended in grey. */
export const STAGE_COLORS: Record<HearingStage, string> = {
  requested: 'orange',
  arranged: 'gold',
  notified: 'blue',
  postponed: 'volcano',
  held: 'purple',
  reported: 'green',
  terminated: 'default',
};

/** The same colours as solid values, for the calendar's dots and the charts. */
export const STAGE_HEX: Record<HearingStage, string> = {
  requested: '#fa8c16',
  arranged: '#d4b106',
  notified: '#1677ff',
  postponed: '#fa541c',
  held: '#722ed1',
  reported: '#389e0d',
  terminated: '#8c8c8c',
};

export const NOTIFY_METHOD_LABELS = {
  direct: '直接送达',
  post: '邮寄送达',
  electronic: '电子送达',
} as const;

export const RECUSAL_DECISION_LABELS = {
  granted: '准予回避',
  rejected: '驳回回避申请',
} as const;

/** The headings of a 听证笔录, in the order of 第六十五条 and the bureau's form. */
export const TRANSCRIPT_HEADINGS = [
  '调查人员陈述违法事实、证据和处罚建议',
  '当事人陈述、申辩',
  '质证',
  '辩论',
  '最后陈述',
] as const;

export const LAW = '《中华人民共和国行政处罚法》';

/** A hearing time (an instant, or the local wall time 'YYYY-MM-DDTHH:mm') to the minute. */
export function hearingTimeText(at: string | null | undefined): string {
  return at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—';
}

/** A hearing time with its weekday, for the arrangement card: "2026年3月5日 星期四 09:30". */
export function longHearingTimeText(at: string | null | undefined): string {
  return at ? dayjs(at).format('YYYY年M月D日 dddd HH:mm') : '—';
}

export type StepStatus = 'wait' | 'process' | 'finish' | 'error';
export interface StepItem {
  title: string;
  status: StepStatus;
  content?: string;
}

/**
 * The five steps (申请→安排→通知→举行→报告) and where the hearing stands, or, for a terminated one, the steps it
 * went through and 终止 in red. A postponed hearing is back at 安排.
 */
export function stepsOf(h: HearingDetail): StepItem[] {
  const titles = ['申请', '安排', '通知', '举行', '报告'] as const;
  if (h.stage === 'terminated') {
    const reached = [true, h.members.length > 0, !!h.notifiedOn, false, false];
    return [
      ...titles.filter((_, i) => reached[i]).map((title): StepItem => ({ title, status: 'finish' })),
      {
        title: '终止',
        status: 'error' as const,
        content: h.outcome === 'withdrawn' ? '当事人撤回申请' : h.outcome ? '视为放弃听证权利' : undefined,
      },
    ];
  }
  const current: Record<Exclude<HearingStage, 'terminated'>, number> = {
    requested: 1,
    postponed: 1,
    arranged: 2,
    notified: 3,
    held: 4,
    reported: 5,
  };
  const at = current[h.stage];
  return titles.map(
    (title, i): StepItem => ({
      title,
      status: i < at ? 'finish' : i === at ? 'process' : 'wait',
      content:
        i === 0
          ? h.requestReceivedOn
          : i === 1 && h.stage === 'postponed'
            ? '已延期，待重新安排'
            : i === 2 && h.notifiedOn
              ? h.notifiedOn
              : i === 3 && h.scheduledAt
                ? hearingTimeText(h.heldFrom ?? h.scheduledAt)
                : i === 4 && h.reportedAt
                  ? hearingTimeText(h.reportedAt)
                  : undefined,
    }),
  );
}

/** The index of the step in progress (or of the last one, when all are done or the hearing ended). */
export function currentStep(steps: readonly StepItem[]): number {
  const i = steps.findIndex((s) => s.status === 'process' || s.status === 'error');
  return i >= 0 ? i : steps.length - 1;
}
