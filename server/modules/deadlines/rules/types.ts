import type { SourceTag } from '../../../../common/contracts/deadlines.js';
import type { Role } from '../../../../common/roles.js';
import type { PeriodUnit } from '../../../kernel/calendar/index.js';
import type { LocalDate } from '../../../kernel/local-date.js';

/**
 * - `after`: the period runs from the triggering act (the common case: "自收到之日起十日内").
 * - `before`: the act must be done a period before the triggering date ("举行听证的七日前通知"): the trigger
 *   is the later date (the hearing) and the due date is the last day on which the act is still in time.
 */
export type DeadlineDirection = 'after' | 'before';

/** One version of a rule, in force for triggering acts from `effectiveFrom` (inclusive) to `effectiveTo` (exclusive). */
export interface DeadlineRuleVersion {
  version: number;
  /** Null: in force for every trigger before `effectiveTo`. */
  effectiveFrom: LocalDate | null;
  effectiveTo: LocalDate | null;
  length: number;
  unit: PeriodUnit;
  direction: DeadlineDirection;
  /** The citation shown next to the date, e.g. 《中华人民共和国行政处罚法》第六十四条第（一）项、第八十五条. */
  basis: string;
  /** legal-spec §0.1 tag of the number. */
  sourceTag: SourceTag;
  /**
   * Whether the number and its unit were checked against the statute text (legal-spec [法-V] and the
   * 赤峰 seed texts). False for [法-R], [文], [地] and [推]: verify before relying on it; the UI says so.
   */
  verified: boolean;
  /** What is uncertain or how to read the rule. */
  note?: string;
}

/** Who may approve an extension (延期), up to which total length, and on what basis. */
export interface DeadlineExtension {
  by: readonly Role[];
  /** Highest total length (in the rule's unit) an extension may reach; null when the law sets no cap. */
  maxLength: number | null;
  basis: string;
}

/**
 * A statutory period as data (STYLE §4): what starts it, how long it runs, who must act, what happens if it
 * is missed, whether it can be suspended (中止) or extended (延期), and its versions over time. Old cases are
 * judged by the version in force on the triggering date.
 */
export interface DeadlineRule {
  id: string;
  name: string;
  /** Which of the eleven 制度 (or the shared penalty backbone) uses it. */
  system: string;
  /** The triggering event, in Chinese. */
  trigger: string;
  responsibleRole: Role;
  consequence: string;
  suspendable: boolean;
  suspendBasis?: string;
  extension: DeadlineExtension | null;
  /** Warn this many working days ahead when it is more than the sweep's default (the 复议 reply: T-5). */
  warnWorkingDays?: number;
  versions: readonly DeadlineRuleVersion[];
}
