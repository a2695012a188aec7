import type { Calendar, CountingOptions, PeriodUnit } from '../../../kernel/calendar/index.js';
import { todayInShanghai, type LocalDate } from '../../../kernel/local-date.js';

export interface WarningThresholds {
  /** Due soon when this many working days or fewer are left (the due day itself is 0 left). */
  workingDays: number;
  /** For hour periods: due soon when this many hours or fewer are left. */
  hours: number;
}

export interface WarningAssessment {
  level: 'overdue' | 'due_soon' | null;
  /** Working days in (today, due]; negative when overdue; null for hour periods or beyond the calendar. */
  workingDaysLeft: number | null;
  /** Hours left (negative when overdue); hour periods only. */
  hoursLeft: number | null;
}

const MS_PER_HOUR = 3_600_000;

/**
 * Whether a running deadline is overdue (its expiry instant has passed: 24:00 of the due day, or the due instant)
 * or due soon (within the thresholds), at `now`. Pure: the clock and the calendar are arguments.
 */
export function assessWarning(
  d: { unit: PeriodUnit; dueDate: string | null; dueAt: Date },
  now: Date,
  calendar: Calendar,
  options: CountingOptions,
  thresholds: WarningThresholds,
): WarningAssessment {
  const overdue = now.getTime() >= d.dueAt.getTime();
  if (d.unit === 'hour' || !d.dueDate) {
    const hoursLeft = (d.dueAt.getTime() - now.getTime()) / MS_PER_HOUR;
    return {
      level: overdue ? 'overdue' : hoursLeft <= thresholds.hours ? 'due_soon' : null,
      workingDaysLeft: null,
      hoursLeft,
    };
  }
  const today = todayInShanghai(now);
  const due = d.dueDate as LocalDate;
  let left: number | null = null;
  if (calendar.covers(today) && calendar.covers(due)) left = calendar.workingDaysBetween(today, due, options);
  if (overdue) return { level: 'overdue', workingDaysLeft: left, hoursLeft: null };
  return {
    level: left !== null && left <= thresholds.workingDays ? 'due_soon' : null,
    workingDaysLeft: left,
    hoursLeft: null,
  };
}
