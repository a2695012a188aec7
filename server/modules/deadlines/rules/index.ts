import type { LocalDate } from '../../../kernel/local-date.js';
import { DEADLINE_RULES } from './catalogue.js';
import type { DeadlineRule, DeadlineRuleVersion } from './types.js';

export { DEADLINE_RULES } from './catalogue.js';
export { computeDue, DEADLINE_BASIS, type DueInput, type DueResult, type Suspension } from './compute-due.js';
export type { DeadlineDirection, DeadlineExtension, DeadlineRule, DeadlineRuleVersion } from './types.js';

const BY_ID: ReadonlyMap<string, DeadlineRule> = new Map(DEADLINE_RULES.map((r) => [r.id, r]));

/** The rule with this id, or null. */
export function findRule(id: string): DeadlineRule | null {
  return BY_ID.get(id) ?? null;
}

/** The version in force for a triggering act on `date` (old cases keep the rule of their time), or null. */
export function ruleVersionFor(rule: DeadlineRule, date: LocalDate): DeadlineRuleVersion | null {
  return (
    rule.versions.find(
      (v) =>
        (v.effectiveFrom === null || v.effectiveFrom <= date) &&
        (v.effectiveTo === null || date < v.effectiveTo),
    ) ?? null
  );
}

/** A stored version by number (recomputation uses the version recorded with the deadline). */
export function ruleVersion(rule: DeadlineRule, version: number): DeadlineRuleVersion | null {
  return rule.versions.find((v) => v.version === version) ?? null;
}
