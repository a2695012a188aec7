/**
 * When the bureau, which has no power to enforce a fine itself, may apply to the people's court
 * (申请人民法院强制执行).
 *
 * - 《中华人民共和国行政强制法》第五十三条: 当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行行政决定的，没有
 *   行政强制执行权的行政机关可以自期限届满之日起三个月内……申请人民法院强制执行 (rule enforcement.court-application).
 *   The challenge periods run from the delivery of the decision: 行政复议 60 days (行政复议法第二十条第一款, rule
 *   reconsideration.application-window), 行政诉讼 6 months (行政诉讼法第四十六条第一款, rule litigation.filing-window).
 *   The decision is beyond challenge when both have ended.
 * - 《中华人民共和国行政处罚法》第七十二条第二款: after an approved 延期、分期, the period counts from the end of the
 *   deferral or instalment period. A challenge the party did bring holds the application back until it concluded.
 * - 《中华人民共和国行政强制法》第五十四条: 申请前应当催告; 催告书送达十日后当事人仍未履行义务的 the bureau may apply;
 *   第六十九条 makes the ten days working days (rule enforcement.court-application-wait). The ten working days after
 *   the delivery day must have passed in full: the application is possible from the next working day.
 *
 * Periods that are not told to the party (行政复议法第二十条第三款, up to a year) and 复议前置 for on-the-spot decisions
 * (行政复议法第二十三条) are not modelled: the longer of the two ordinary periods is used, so the window never opens
 * too early.
 */
import { addDays, type LocalDate } from '../../../kernel/local-date.js';
import { periodEnd, ruleVersionOn, type CalendarInput } from './due-date.js';

export const RECONSIDERATION_WINDOW_RULE = 'reconsideration.application-window';
export const LITIGATION_WINDOW_RULE = 'litigation.filing-window';
export const COURT_APPLICATION_RULE = 'enforcement.court-application';
export const COURT_WAIT_RULE = 'enforcement.court-application-wait';
export const DEMAND_FIRST_RULE = 'enforcement.demand-first';
const DEMAND_FIRST_BASIS = '《中华人民共和国行政强制法》第五十四条';
const DEFERRAL_BASIS = '《中华人民共和国行政处罚法》第七十二条第二款';

export interface CourtWindowInput {
  /** The day the 行政处罚决定书 reached the party (the challenge periods start the next day). */
  decisionDeliveredOn: LocalDate;
  /** The day the 催告书 reached the party; null when none has been delivered. */
  demandDeliveredOn: LocalDate | null;
  /** The last day of an approved 暂缓 or 分期 (the last instalment's due day). */
  deferralEndsOn: LocalDate | null;
  /** The day a 行政复议 or 行政诉讼 brought by the party concluded (decision or judgment effective). */
  challengeConcludedOn: LocalDate | null;
}

/** What the three-month window counts from. */
export type WindowStart = 'challenge_periods' | 'deferral' | 'challenge_concluded';

export interface CourtWindow {
  reconsiderationEndsOn: LocalDate;
  litigationEndsOn: LocalDate;
  /** The later of the two challenge periods' last days. */
  challengePeriodEndsOn: LocalDate;
  /** The day the three months count from (not itself counted): the latest of the period end, deferral, conclusion. */
  windowFrom: LocalDate;
  windowFromKind: WindowStart;
  /** The first day an application is lawful: after `windowFrom` and not before `earliestAfterDemand`. */
  opensOn: LocalDate;
  /** The last day of the three months, rolled past rest days. */
  closesOn: LocalDate;
  demandDeliveredOn: LocalDate | null;
  /** The first working day after the tenth working day following the 催告书's delivery; null without one. */
  earliestAfterDemand: LocalDate | null;
  /** The citation of the window, with 第七十二条第二款 when a deferral moved it. */
  basis: string;
  calendarVersion: string;
}

const later = (a: LocalDate, b: LocalDate): LocalDate => (b > a ? b : a);

/** The court-application window of one fine. */
export function courtApplicationWindow(c: CalendarInput, i: CourtWindowInput): CourtWindow {
  const delivered = i.decisionDeliveredOn;
  const reconsiderationEndsOn = periodEnd(
    c,
    ruleVersionOn(RECONSIDERATION_WINDOW_RULE, delivered),
    delivered,
  ).due;
  const litigationEndsOn = periodEnd(c, ruleVersionOn(LITIGATION_WINDOW_RULE, delivered), delivered).due;
  const challengePeriodEndsOn = later(reconsiderationEndsOn, litigationEndsOn);

  let windowFrom = challengePeriodEndsOn;
  let windowFromKind: WindowStart = 'challenge_periods';
  if (i.deferralEndsOn && i.deferralEndsOn > windowFrom) {
    windowFrom = i.deferralEndsOn;
    windowFromKind = 'deferral';
  }
  if (i.challengeConcludedOn && i.challengeConcludedOn > windowFrom) {
    windowFrom = i.challengeConcludedOn;
    windowFromKind = 'challenge_concluded';
  }
  const windowVersion = ruleVersionOn(COURT_APPLICATION_RULE, windowFrom);
  const close = periodEnd(c, windowVersion, windowFrom);

  let earliestAfterDemand: LocalDate | null = null;
  if (i.demandDeliveredOn) {
    const tenth = periodEnd(c, ruleVersionOn(COURT_WAIT_RULE, i.demandDeliveredOn), i.demandDeliveredOn).due;
    earliestAfterDemand = c.calendar.addWorkingDays(tenth, 1, c.options);
  }
  const afterWindow = addDays(windowFrom, 1);
  return {
    reconsiderationEndsOn,
    litigationEndsOn,
    challengePeriodEndsOn,
    windowFrom,
    windowFromKind,
    opensOn: earliestAfterDemand ? later(afterWindow, earliestAfterDemand) : afterWindow,
    closesOn: close.due,
    demandDeliveredOn: i.demandDeliveredOn,
    earliestAfterDemand,
    basis: windowFromKind === 'deferral' ? `${windowVersion.basis}；${DEFERRAL_BASIS}` : windowVersion.basis,
    calendarVersion: close.calendarVersion,
  };
}

export type CourtApplicationCheck =
  | { ok: true }
  | {
      ok: false;
      reason: string;
      basis: string;
      rule: string;
      /** Working days after the 催告书's delivery day up to and including the day asked about. */
      workingDaysSinceDemand?: number;
    };

/**
 * Whether an application to the court on `on` is lawful: a 催告书 was delivered, the decision can no longer be
 * challenged (or the deferral or the challenge is over), the ten working days after the 催告书 have passed, and the
 * three months have not.
 */
export function checkCourtApplication(
  c: CalendarInput,
  w: CourtWindow,
  on: LocalDate,
): CourtApplicationCheck {
  if (on > w.closesOn) {
    const version = ruleVersionOn(COURT_APPLICATION_RULE, w.windowFrom);
    const span = version.unit === 'month' ? `${version.length}个月` : `${version.length}日`;
    return {
      ok: false,
      reason:
        `申请人民法院强制执行的期限已于 ${w.closesOn} 届满（自 ${w.windowFrom} 起${span}），` +
        '已丧失申请人民法院强制执行的途径',
      basis: w.basis,
      rule: COURT_APPLICATION_RULE,
    };
  }
  // A 催告书 delivered after the day asked about had not been delivered on that day.
  if (!w.demandDeliveredOn || !w.earliestAfterDemand || on < w.demandDeliveredOn)
    return {
      ok: false,
      reason: '申请前应当催告当事人履行义务，催告书送达十日后当事人仍未履行的方可申请',
      basis: DEMAND_FIRST_BASIS,
      rule: DEMAND_FIRST_RULE,
    };
  if (on <= w.windowFrom) {
    const reason =
      w.windowFromKind === 'deferral'
        ? `准予暂缓或者分期缴纳罚款的期限至 ${w.windowFrom} 结束，期限结束前不得申请人民法院强制执行`
        : w.windowFromKind === 'challenge_concluded'
          ? `当事人提起的行政复议或者行政诉讼于 ${w.windowFrom} 终结，此后方可申请人民法院强制执行`
          : `当事人申请行政复议（至 ${w.reconsiderationEndsOn}）、提起行政诉讼（至 ${w.litigationEndsOn}）的法定期限` +
            '尚未届满，不得申请人民法院强制执行';
    return { ok: false, reason, basis: w.basis, rule: COURT_APPLICATION_RULE };
  }
  if (on < w.earliestAfterDemand) {
    const version = ruleVersionOn(COURT_WAIT_RULE, w.demandDeliveredOn);
    const passed = Math.max(0, c.calendar.workingDaysBetween(w.demandDeliveredOn, on, c.options));
    return {
      ok: false,
      reason:
        `催告书送达后仅经过 ${passed} 个工作日（${w.demandDeliveredOn} 送达，计至 ${on}），` +
        `${version.length} 个工作日届满后当事人仍未履行的方可申请人民法院强制执行，最早可于 ${w.earliestAfterDemand} 申请`,
      basis: version.basis,
      rule: COURT_WAIT_RULE,
      workingDaysSinceDemand: passed,
    };
  }
  return { ok: true };
}
