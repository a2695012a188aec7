/**
 * The court-application window (行政强制法 第五十三条、第五十四条、第六十九条; 行政处罚法 第七十二条第二款) over the
 * real holiday calendar. The main case: a decision delivered on Monday 2 March 2026.
 * - 行政复议: 60 days end on Friday 1 May, Labour Day (1-5 May off), rolled to Wednesday 6 May.
 * - 行政诉讼: 6 months end on Wednesday 2 September 2026: the challenge periods are over from 3 September.
 * - The three months run from 2 September and end on Wednesday 2 December 2026.
 * Holiday blocks: Mid-Autumn 2026 Friday 25 - Sunday 27 September; National Day 2026 1-7 October, Saturday 10
 * October worked.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../kernel/calendar/index.js';
import { addDays, diffDays, parseLocalDate, type LocalDate } from '../../../kernel/local-date.js';
import { OFFICIAL_HOLIDAY_YEARS } from '../../calendar/data/index.js';
import {
  checkCourtApplication,
  COURT_APPLICATION_RULE,
  COURT_WAIT_RULE,
  courtApplicationWindow,
  DEMAND_FIRST_RULE,
  type CourtWindowInput,
} from './court-window.js';
import type { CalendarInput } from './due-date.js';

const d = parseLocalDate;
const calendar = buildCalendar({ official: OFFICIAL_HOLIDAY_YEARS });
const options = { countMakeupWorkdays: true };
const c: CalendarInput = { calendar, options };
const WINDOW_BASIS = '《中华人民共和国行政强制法》第五十三条';
const WAIT_BASIS = '《中华人民共和国行政强制法》第五十四条、第六十九条';

function windowFor(i: Partial<CourtWindowInput> = {}) {
  return courtApplicationWindow(c, {
    decisionDeliveredOn: d('2026-03-02'),
    demandDeliveredOn: null,
    deferralEndsOn: null,
    challengeConcludedOn: null,
    ...i,
  });
}

describe('the window', () => {
  it('runs three months from the end of the later challenge period', () => {
    expect(windowFor({ demandDeliveredOn: d('2026-09-24') })).toEqual({
      reconsiderationEndsOn: '2026-05-06',
      litigationEndsOn: '2026-09-02',
      challengePeriodEndsOn: '2026-09-02',
      windowFrom: '2026-09-02',
      windowFromKind: 'challenge_periods',
      opensOn: '2026-10-16',
      closesOn: '2026-12-02',
      demandDeliveredOn: '2026-09-24',
      earliestAfterDemand: '2026-10-16',
      basis: WINDOW_BASIS,
      calendarVersion: calendar.version,
    });
  });

  it('opens the day after the challenge periods when the 催告 was delivered early enough', () => {
    const w = windowFor({ demandDeliveredOn: d('2026-08-03') });
    // 4-7, 10-14 August (9), 17 August (10): the earliest day after the wait is Tuesday 18 August.
    expect(w.earliestAfterDemand).toBe('2026-08-18');
    expect(w.opensOn).toBe('2026-09-03');
  });

  it('counts from a rolled period end: 6 months ending in National Day 2026', () => {
    // Delivered Saturday 4 April 2026: 6 months end on Sunday 4 October, rolled to Thursday 8 October; the
    // reconsideration period (3 June) ends first.
    const w = windowFor({ decisionDeliveredOn: d('2026-04-04') });
    expect(w).toMatchObject({
      reconsiderationEndsOn: '2026-06-03',
      litigationEndsOn: '2026-10-08',
      windowFrom: '2026-10-08',
      opensOn: '2026-10-09',
      closesOn: '2027-01-08',
    });
  });

  it('does not roll a period ending on a 调休 working Saturday', () => {
    // Delivered 29 August 2025: 6 months end on Saturday 28 February 2026, a working day.
    expect(windowFor({ decisionDeliveredOn: d('2025-08-29') })).toMatchObject({
      litigationEndsOn: '2026-02-28',
      closesOn: '2026-05-28',
    });
  });

  it('moves with an approved deferral that ends after the challenge periods (第七十二条第二款)', () => {
    const w = windowFor({ demandDeliveredOn: d('2026-11-02'), deferralEndsOn: d('2026-12-31') });
    expect(w).toMatchObject({
      challengePeriodEndsOn: '2026-09-02',
      windowFrom: '2026-12-31',
      windowFromKind: 'deferral',
      opensOn: '2027-01-01',
      closesOn: '2027-03-31',
      basis: `${WINDOW_BASIS}；《中华人民共和国行政处罚法》第七十二条第二款`,
    });
    // A deferral ending inside the challenge periods changes nothing.
    expect(windowFor({ deferralEndsOn: d('2026-06-30') })).toMatchObject({
      windowFrom: '2026-09-02',
      windowFromKind: 'challenge_periods',
      basis: WINDOW_BASIS,
    });
  });

  it('moves to the conclusion of a challenge the party brought', () => {
    const w = windowFor({ challengeConcludedOn: d('2026-10-20'), deferralEndsOn: d('2026-09-30') });
    expect(w).toMatchObject({
      windowFrom: '2026-10-20',
      windowFromKind: 'challenge_concluded',
      closesOn: '2027-01-20',
    });
  });
});

describe('checking an application day', () => {
  it('refuses the 9th and the 10th working day after the 催告书 and allows the 11th', () => {
    // Delivered Monday 2 November 2026: 3, 4, 5, 6, 9, 10, 11, 12, 13 (9th), 16 (10th), 17 November.
    const w = windowFor({ demandDeliveredOn: d('2026-11-02') });
    expect(checkCourtApplication(c, w, d('2026-11-13'))).toEqual({
      ok: false,
      reason:
        '催告书送达后仅经过 9 个工作日（2026-11-02 送达，计至 2026-11-13），' +
        '10 个工作日届满后当事人仍未履行的方可申请人民法院强制执行，最早可于 2026-11-17 申请',
      basis: WAIT_BASIS,
      rule: COURT_WAIT_RULE,
      workingDaysSinceDemand: 9,
    });
    // The weekend after the 9th working day is still the 9th.
    expect(checkCourtApplication(c, w, d('2026-11-15'))).toMatchObject({ workingDaysSinceDemand: 9 });
    expect(checkCourtApplication(c, w, d('2026-11-16'))).toMatchObject({
      ok: false,
      rule: COURT_WAIT_RULE,
      workingDaysSinceDemand: 10,
    });
    expect(checkCourtApplication(c, w, d('2026-11-17'))).toEqual({ ok: true });
    // On the delivery day itself nothing has passed.
    expect(checkCourtApplication(c, w, d('2026-11-02'))).toMatchObject({ workingDaysSinceDemand: 0 });
  });

  it('skips the holidays between delivery and the tenth working day', () => {
    // Delivered Thursday 24 September 2026: 25-27 September off, 28 (1), 29 (2), 30 (3), 1-7 October off, 8 (4),
    // 9 (5), Saturday 10 (6, worked), 12 (7), 13 (8), 14 (9), 15 (10): the earliest day is Friday 16 October.
    const w = windowFor({ demandDeliveredOn: d('2026-09-24') });
    expect(checkCourtApplication(c, w, d('2026-10-14'))).toMatchObject({
      ok: false,
      workingDaysSinceDemand: 9,
    });
    expect(checkCourtApplication(c, w, d('2026-10-15'))).toMatchObject({
      ok: false,
      workingDaysSinceDemand: 10,
    });
    expect(checkCourtApplication(c, w, d('2026-10-16'))).toEqual({ ok: true });
    // In the holiday only three working days have passed.
    expect(checkCourtApplication(c, w, d('2026-10-05'))).toMatchObject({ workingDaysSinceDemand: 3 });
  });

  it('without the 调休 Saturday counted, waits one working day longer', () => {
    const strict: CalendarInput = { calendar, options: { countMakeupWorkdays: false } };
    const w = courtApplicationWindow(strict, {
      decisionDeliveredOn: d('2026-03-02'),
      demandDeliveredOn: d('2026-09-24'),
      deferralEndsOn: null,
      challengeConcludedOn: null,
    });
    expect(w.earliestAfterDemand).toBe('2026-10-19');
    expect(checkCourtApplication(strict, w, d('2026-10-16'))).toMatchObject({
      ok: false,
      workingDaysSinceDemand: 10,
    });
  });

  it('refuses while the challenge periods run, even after the wait', () => {
    const w = windowFor({ demandDeliveredOn: d('2026-08-03') });
    const expected = {
      ok: false,
      reason:
        '当事人申请行政复议（至 2026-05-06）、提起行政诉讼（至 2026-09-02）的法定期限尚未届满，不得申请人民法院强制执行',
      basis: WINDOW_BASIS,
      rule: COURT_APPLICATION_RULE,
    };
    expect(checkCourtApplication(c, w, d('2026-08-20'))).toEqual(expected);
    expect(checkCourtApplication(c, w, d('2026-09-02'))).toEqual(expected);
    expect(checkCourtApplication(c, w, d('2026-09-03'))).toEqual({ ok: true });
  });

  it('refuses during an approved deferral and allows after it', () => {
    const w = windowFor({ demandDeliveredOn: d('2026-11-02'), deferralEndsOn: d('2026-12-31') });
    expect(checkCourtApplication(c, w, d('2026-12-15'))).toEqual({
      ok: false,
      reason: '准予暂缓或者分期缴纳罚款的期限至 2026-12-31 结束，期限结束前不得申请人民法院强制执行',
      basis: `${WINDOW_BASIS}；《中华人民共和国行政处罚法》第七十二条第二款`,
      rule: COURT_APPLICATION_RULE,
    });
    expect(checkCourtApplication(c, w, d('2027-01-04'))).toEqual({ ok: true });
    // Without the deferral 15 December would have been in time, and 2027 after the window.
    const plain = windowFor({ demandDeliveredOn: d('2026-11-02') });
    expect(checkCourtApplication(c, plain, d('2026-12-15')).ok).toBe(false);
    expect(checkCourtApplication(c, plain, d('2026-12-01'))).toEqual({ ok: true });
    expect(checkCourtApplication(c, w, d('2027-03-31'))).toEqual({ ok: true });
    expect(checkCourtApplication(c, w, d('2027-04-01')).ok).toBe(false);
  });

  it('refuses until a challenge the party brought concluded', () => {
    const w = windowFor({ demandDeliveredOn: d('2026-09-01'), challengeConcludedOn: d('2026-10-20') });
    expect(checkCourtApplication(c, w, d('2026-10-20'))).toMatchObject({
      ok: false,
      reason: '当事人提起的行政复议或者行政诉讼于 2026-10-20 终结，此后方可申请人民法院强制执行',
      rule: COURT_APPLICATION_RULE,
    });
    expect(checkCourtApplication(c, w, d('2026-10-21'))).toEqual({ ok: true });
  });

  it('refuses after the window closed: the route is lost', () => {
    const w = windowFor({ demandDeliveredOn: d('2026-09-24') });
    expect(checkCourtApplication(c, w, d('2026-12-02'))).toEqual({ ok: true });
    expect(checkCourtApplication(c, w, d('2026-12-03'))).toEqual({
      ok: false,
      reason:
        '申请人民法院强制执行的期限已于 2026-12-02 届满（自 2026-09-02 起3个月），已丧失申请人民法院强制执行的途径',
      basis: WINDOW_BASIS,
      rule: COURT_APPLICATION_RULE,
    });
  });

  it('leaves no lawful day when the 催告书 came too late for the window', () => {
    // Delivered Wednesday 25 November 2026: the tenth working day is 9 December, after the window closed on 2 December.
    const w = windowFor({ demandDeliveredOn: d('2026-11-25') });
    expect(w.opensOn > w.closesOn).toBe(true);
    for (let on = d('2026-11-25'); on <= d('2026-12-31'); on = addDays(on, 1))
      expect(checkCourtApplication(c, w, on).ok, on).toBe(false);
    expect(checkCourtApplication(c, w, d('2026-12-02'))).toMatchObject({ rule: COURT_WAIT_RULE });
    expect(checkCourtApplication(c, w, d('2026-12-10'))).toMatchObject({ rule: COURT_APPLICATION_RULE });
  });

  it('refuses without a 催告书, or before it was delivered', () => {
    const refusal = {
      ok: false,
      reason: '申请前应当催告当事人履行义务，催告书送达十日后当事人仍未履行的方可申请',
      basis: '《中华人民共和国行政强制法》第五十四条',
      rule: DEMAND_FIRST_RULE,
    };
    const none = windowFor();
    expect(none).toMatchObject({ earliestAfterDemand: null, opensOn: '2026-09-03' });
    expect(checkCourtApplication(c, none, d('2026-10-15'))).toEqual(refusal);
    expect(
      checkCourtApplication(c, windowFor({ demandDeliveredOn: d('2026-10-20') }), d('2026-10-15')),
    ).toEqual(refusal);
  });

  it('allows exactly the days from opensOn to closesOn (催告书 delivered on each day, August-November 2026)', () => {
    let checked = 0;
    for (let demand = d('2026-08-01'); demand <= d('2026-11-15'); demand = addDays(demand, 1)) {
      const w = windowFor({ demandDeliveredOn: demand });
      const earliest = w.earliestAfterDemand!;
      expect(calendar.isWorkingDay(earliest, options), `${demand}`).toBe(true);
      expect(calendar.workingDaysBetween(demand, earliest, options), `${demand}`).toBe(11);
      const allowed: LocalDate[] = [];
      for (let on = d('2026-08-01'); on <= d('2026-12-10'); on = addDays(on, 1))
        if (checkCourtApplication(c, w, on).ok) allowed.push(on);
      expect(allowed[0], `${demand}`).toBe(w.opensOn);
      expect(allowed[allowed.length - 1], `${demand}`).toBe(w.closesOn);
      expect(allowed.length, `${demand}`).toBe(diffDays(w.opensOn, w.closesOn) + 1);
      checked++;
    }
    expect(checked).toBe(107);
  });
});
