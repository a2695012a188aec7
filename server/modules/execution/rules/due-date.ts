/**
 * The payment period of a fine: 《中华人民共和国行政处罚法》第六十七条第三款, 当事人应当自收到行政处罚决定书之日起
 * 十五日内，到指定的银行或者通过电子支付系统缴纳罚款 (rule penalty.payment; 第四十六条第三款 of the 1996 law before
 * 2021-07-15).
 *
 * Fifteen days is not among the periods 第八十五条 turns into working days, so it runs in calendar days. The law has
 * no roll-over rule of its own; the catalogue applies the 民事诉讼法 第八十五条第三款 / 民法典 第二百零三条 rule by
 * analogy (legal-spec §1.2), and `computeDue` already does so for calendar-day periods (the kernel's
 * `computePeriod` moves a last day that is a rest day to the next working day, 调休上班日 counting as working days
 * unless the options say otherwise), so this file does not roll the date again.
 */
import type { Calendar, CountingOptions } from '../../../kernel/calendar/index.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import { computeDue, findRule, ruleVersionFor, type DeadlineRuleVersion } from '../../deadlines/index.js';

export const PAYMENT_RULE = 'penalty.payment';

/** The working-day calendar and how to count 调休上班日, passed to every date rule of this module. */
export interface CalendarInput {
  calendar: Calendar;
  options: CountingOptions;
}

/** The catalogue rule `ruleId` in force for a trigger on `on`; a missing rule or version is a programming error. */
export function ruleVersionOn(ruleId: string, on: LocalDate): DeadlineRuleVersion {
  const rule = findRule(ruleId);
  const version = rule && ruleVersionFor(rule, on);
  if (!version) throw new Error(`${ruleId} has no version on ${on}`);
  return version;
}

/** The last day of a catalogue period that starts on `trigger` (the trigger day not counted), rolled like the rule. */
export function periodEnd(c: CalendarInput, version: DeadlineRuleVersion, trigger: LocalDate) {
  const r = computeDue({
    unit: version.unit,
    direction: version.direction,
    length: version.length,
    trigger,
    calendar: c.calendar,
    options: c.options,
  });
  if (!r.due) throw new Error(`no due day for a ${version.unit} period from ${trigger}`);
  return { due: r.due, nominalDue: r.nominalDue ?? r.due, calendarVersion: r.calendarVersion };
}

export interface PaymentDue {
  /** The last day to pay; surcharge runs from the next day (surcharge.ts). */
  dueOn: LocalDate;
  /** Fifteen days after delivery before any roll-over. */
  nominalDueOn: LocalDate;
  /** The citation shown next to the date, with the roll-over rule when it was applied. */
  basis: string;
  /** Whether the fifteenth day was a rest day and the period was moved to the next working day. */
  rolled: boolean;
  ruleId: typeof PAYMENT_RULE;
  ruleVersion: number;
  calendarVersion: string;
}

const ROLL_OVER_BASIS =
  '期间届满的最后一日为法定休假日的，以休假日后的第一日为期间届满的日期（参照《中华人民共和国民事诉讼法》第八十五条第三款、《中华人民共和国民法典》第二百零三条第一款）';

/** The last day to pay a fine whose decision reached the party on `deliveredOn`. */
export function paymentDueOn(c: CalendarInput, deliveredOn: LocalDate): PaymentDue {
  const version = ruleVersionOn(PAYMENT_RULE, deliveredOn);
  const { due, nominalDue, calendarVersion } = periodEnd(c, version, deliveredOn);
  const rolled = due !== nominalDue;
  return {
    dueOn: due,
    nominalDueOn: nominalDue,
    basis: rolled ? `${version.basis}；${ROLL_OVER_BASIS}` : version.basis,
    rolled,
    ruleId: PAYMENT_RULE,
    ruleVersion: version.version,
    calendarVersion,
  };
}
