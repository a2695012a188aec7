/**
 * The payment period (rule penalty.payment): 15 calendar days after delivery, rolled past rest days, over the real
 * holiday calendar. Holiday blocks used (server/modules/calendar/data/):
 * - Spring Festival 2025: 28 January - 4 February off; Sunday 26 January and Saturday 8 February worked.
 * - National Day 2025: 1-8 October off.
 * - National Day 2026: 1-7 October off; Saturday 10 October worked.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../kernel/calendar/index.js';
import { addDays, dayOfWeek, parseLocalDate } from '../../../kernel/local-date.js';
import { OFFICIAL_HOLIDAY_YEARS } from '../../calendar/data/index.js';
import { paymentDueOn, PAYMENT_RULE, type CalendarInput } from './due-date.js';

const d = parseLocalDate;
const calendar = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS });
const c: CalendarInput = { calendar, options: { countMakeupWorkdays: true } };
const BASIS = '《中华人民共和国行政处罚法》第六十七条第三款';

describe('the payment due date', () => {
  it('is the fifteenth day after delivery when that is a working day', () => {
    // Delivered Monday 1 June 2026: the delivery day is not counted; Tuesday 16 June.
    expect(paymentDueOn(c, d('2026-06-01'))).toEqual({
      dueOn: '2026-06-16',
      nominalDueOn: '2026-06-16',
      basis: BASIS,
      rolled: false,
      ruleId: PAYMENT_RULE,
      ruleVersion: 2,
      calendarVersion: calendar.version,
    });
  });

  it('rolls a period ending on a Sunday to the Monday', () => {
    // Delivered Saturday 1 February 2025: the fifteenth day is Sunday 16 February.
    expect(dayOfWeek(d('2025-02-16'))).toBe(7);
    const r = paymentDueOn(c, d('2025-02-01'));
    expect(r).toMatchObject({ dueOn: '2025-02-17', nominalDueOn: '2025-02-16', rolled: true });
    expect(r.basis).toContain(BASIS);
    expect(r.basis).toContain('《中华人民共和国民事诉讼法》第八十五条第三款');
  });

  it.each([
    // National Day 2026: the fifteenth day, Friday 2 October, is in the holiday; first working day Thursday 8.
    ['2026-09-17', '2026-10-02', '2026-10-08'],
    // National Day 2025: Wednesday 1 October → Thursday 9 October.
    ['2025-09-16', '2025-10-01', '2025-10-09'],
    // Spring Festival 2025: any end from 28 January to 4 February → Wednesday 5 February.
    ['2025-01-13', '2025-01-28', '2025-02-05'],
    ['2025-01-20', '2025-02-04', '2025-02-05'],
  ])('rolls a period delivered %s (ending %s in a holiday) to %s', (delivered, nominal, due) => {
    expect(paymentDueOn(c, d(delivered))).toMatchObject({ nominalDueOn: nominal, dueOn: due, rolled: true });
  });

  it.each([
    // Saturday 10 October 2026 and Saturday 8 February 2025 are 调休上班日; Sunday 26 January 2025 too.
    ['2026-09-25', '2026-10-10'],
    ['2025-01-24', '2025-02-08'],
    ['2025-01-11', '2025-01-26'],
  ])('does not roll a period delivered %s ending on the 调休 working day %s', (delivered, due) => {
    expect(dayOfWeek(d(due))).toBeGreaterThanOrEqual(6);
    expect(paymentDueOn(c, d(delivered))).toMatchObject({
      dueOn: due,
      nominalDueOn: due,
      rolled: false,
      basis: BASIS,
    });
  });

  it('rolls past the 调休 Saturday when the settings do not count it as a working day', () => {
    const strict: CalendarInput = { calendar, options: { countMakeupWorkdays: false } };
    expect(paymentDueOn(strict, d('2026-09-25'))).toMatchObject({ dueOn: '2026-10-12', rolled: true });
  });

  it('uses the 1996 law for decisions delivered before 2021-07-15', () => {
    expect(paymentDueOn(c, d('2021-07-14'))).toMatchObject({
      dueOn: '2021-07-29',
      ruleVersion: 1,
      basis: '《中华人民共和国行政处罚法》（1996年，2017年修正）第四十六条第三款',
    });
    expect(paymentDueOn(c, d('2021-07-15'))).toMatchObject({
      dueOn: '2021-07-30',
      ruleVersion: 2,
      basis: BASIS,
    });
  });

  it('always ends on a working day at least fifteen days after delivery (2025-2026)', () => {
    for (let day = d('2025-01-01'); day <= d('2026-12-01'); day = addDays(day, 1)) {
      const r = paymentDueOn(c, day);
      expect(calendar.isWorkingDay(r.dueOn, c.options), `${day} → ${r.dueOn}`).toBe(true);
      expect(r.nominalDueOn).toBe(addDays(day, 15));
      expect(r.rolled).toBe(r.dueOn !== r.nominalDueOn);
      // Every day between the nominal end and the due date is a rest day.
      for (let x = r.nominalDueOn; x < r.dueOn; x = addDays(x, 1))
        expect(calendar.isWorkingDay(x, c.options), `${day}: ${x}`).toBe(false);
    }
  });
});
