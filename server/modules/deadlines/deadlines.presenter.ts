import type { DeadlineRuleView, DeadlineView } from '../../../common/contracts/deadlines.js';
import type { Calendar } from '../../kernel/calendar/index.js';
import { todayInShanghai, type LocalDate } from '../../kernel/local-date.js';
import { canExtend, canWaive, type DeadlineActor } from './deadlines.policy.js';
import type { DeadlineWithNames } from './deadlines.repository.js';
import {
  findRule,
  ruleVersion,
  ruleVersionFor,
  type DeadlineRule,
  type DeadlineRuleVersion,
} from './rules/index.js';

const RUNNING = new Set(['open', 'extended']);

function presentVersion(v: DeadlineRuleVersion) {
  return {
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    length: v.length,
    unit: v.unit,
    direction: v.direction,
    basis: v.basis,
    sourceTag: v.sourceTag,
    verified: v.verified,
    note: v.note ?? null,
  };
}

/** A rule with every version and the one in force `today`. */
export function presentRule(rule: DeadlineRule, today: LocalDate): DeadlineRuleView {
  const current = ruleVersionFor(rule, today);
  return {
    id: rule.id,
    name: rule.name,
    system: rule.system,
    trigger: rule.trigger,
    responsibleRole: rule.responsibleRole,
    consequence: rule.consequence,
    suspendable: rule.suspendable,
    suspendBasis: rule.suspendBasis ?? null,
    extension: rule.extension
      ? { by: [...rule.extension.by], maxLength: rule.extension.maxLength, basis: rule.extension.basis }
      : null,
    versions: rule.versions.map(presentVersion),
    current: current ? presentVersion(current) : null,
  };
}

/** A stored deadline as the API shows it, with the days or hours left now and the actor's abilities on it. */
export function presentDeadline(
  d: DeadlineWithNames,
  calendar: Calendar,
  now: Date,
  actor: DeadlineActor,
): DeadlineView {
  const { row } = d;
  const rule = findRule(row.ruleId);
  const version = rule ? ruleVersion(rule, row.ruleVersion) : null;
  let workingDaysLeft: number | null = null;
  let hoursLeft: number | null = null;
  // Running items count down; an item that expired undone counts how far overdue it is.
  if (RUNNING.has(row.status) || (row.status === 'missed' && !row.completedAt)) {
    if (row.periodUnit === 'hour')
      hoursLeft = Math.round(((row.dueAt.getTime() - now.getTime()) / 3_600_000) * 10) / 10;
    else if (row.dueDate) {
      const today = todayInShanghai(now);
      const due = row.dueDate as LocalDate;
      if (calendar.covers(today) && calendar.covers(due))
        workingDaysLeft = calendar.workingDaysBetween(today, due, {
          countMakeupWorkdays: row.countMakeupWorkdays,
        });
    }
  }
  return {
    id: row.id,
    ruleId: row.ruleId,
    ruleName: rule?.name ?? row.ruleId,
    ruleVersion: row.ruleVersion,
    basis: row.basis,
    verified: version?.verified ?? false,
    objectType: row.objectType,
    objectId: row.objectId,
    title: row.title,
    link: row.link,
    unitId: row.unitId,
    unitName: d.unitName,
    responsibleUserId: row.responsibleUserId,
    responsibleName: d.responsibleName,
    trigger: row.triggerDate ?? row.triggerAt?.toISOString() ?? '',
    unit: row.periodUnit,
    length: row.length,
    direction: row.direction,
    due: row.dueDate ?? row.dueAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    status: row.status,
    projected: row.projected,
    calendarVersion: row.calendarVersion,
    workingDaysLeft,
    hoursLeft,
    warnLevel: row.warnLevel && row.warnedDueAt?.getTime() === row.dueAt.getTime() ? row.warnLevel : null,
    suspensions: row.suspensions.map((s) => ({ from: s.from, to: s.to, reason: s.reason })),
    extensions: row.extensions.map((e) => ({
      newLength: e.newLength,
      reason: e.reason,
      approvedByName: e.approvedByName,
      at: e.at,
    })),
    completedAt: row.completedAt?.toISOString() ?? null,
    closedReason: row.closedReason,
    createdAt: row.createdAt.toISOString(),
    abilities: { extend: canExtend(actor, rule, row), waive: canWaive(actor, row) },
  };
}
