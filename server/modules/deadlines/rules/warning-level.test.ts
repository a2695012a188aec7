import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../kernel/calendar/index.js';
import { startOfDayInShanghai, parseLocalDate, addDays } from '../../../kernel/local-date.js';
import { OFFICIAL_HOLIDAY_YEARS } from '../../calendar/data/index.js';
import { assessWarning } from './warning-level.js';

const calendar = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS });
const options = { countMakeupWorkdays: true };
const thresholds = { workingDays: 3, hours: 4 };
const day = (due: string) => ({
  unit: 'working_day' as const,
  dueDate: due,
  dueAt: startOfDayInShanghai(addDays(parseLocalDate(due), 1)),
});

describe('due-soon and overdue assessment', () => {
  it.each([
    // now (Shanghai), due, expected level, working days left
    ['2025-09-26T09:00:00+08:00', '2025-10-09', null, 4], // 28 (make-up Sunday), 29, 30 September and 9 October
    ['2025-09-30T09:00:00+08:00', '2025-10-10', 'due_soon', 2], // ten calendar days away, but only 9 and 10 October work
    ['2025-10-10T23:59:59+08:00', '2025-10-10', 'due_soon', 0],
    ['2025-10-11T00:00:00+08:00', '2025-10-10', 'overdue', -1], // at 24:00 of the due day
  ])('at %s a deadline due %s is %s', (now, due, level, left) => {
    expect(assessWarning(day(due), new Date(now), calendar, options, thresholds)).toMatchObject({
      level,
      workingDaysLeft: left,
    });
  });

  it('warns hour periods within the hour threshold and flags them overdue at the due instant', () => {
    const d = { unit: 'hour' as const, dueDate: null, dueAt: new Date('2025-10-01T10:30:00Z') };
    expect(
      assessWarning(d, new Date('2025-10-01T05:00:00Z'), calendar, options, thresholds).level,
    ).toBeNull();
    expect(assessWarning(d, new Date('2025-10-01T07:00:00Z'), calendar, options, thresholds)).toMatchObject({
      level: 'due_soon',
      hoursLeft: 3.5,
    });
    expect(assessWarning(d, new Date('2025-10-01T10:30:00Z'), calendar, options, thresholds).level).toBe(
      'overdue',
    );
  });
});
