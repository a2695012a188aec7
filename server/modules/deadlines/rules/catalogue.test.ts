import { describe, expect, it } from 'vitest';
import { SOURCE_TAGS } from '../../../../common/contracts/deadlines.js';
import { BUSINESS_ROLES } from '../../../../common/roles.js';
import { PERIOD_UNITS } from '../../../kernel/calendar/index.js';
import { isValidLocalDate, parseLocalDate } from '../../../kernel/local-date.js';
import { DEADLINE_RULES, findRule, ruleVersionFor } from './index.js';

const d = parseLocalDate;

describe('the deadline rule table', () => {
  it('has unique ids of the form <area>.<name>', () => {
    const ids = DEADLINE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/);
  });

  it.each(DEADLINE_RULES.map((r) => [r.id, r] as const))(
    '%s has a name, trigger, consequence, responsible role and sane versions',
    (_id, rule) => {
      expect(rule.name.trim()).not.toBe('');
      expect(rule.trigger.trim()).not.toBe('');
      expect(rule.consequence.trim()).not.toBe('');
      expect(rule.system.trim()).not.toBe('');
      expect(BUSINESS_ROLES).toContain(rule.responsibleRole);
      if (rule.suspendable) expect(rule.suspendBasis?.trim()).toBeTruthy();
      if (rule.extension) {
        expect(rule.extension.by.length).toBeGreaterThan(0);
        for (const role of rule.extension.by) expect(BUSINESS_ROLES).toContain(role);
        expect(rule.extension.basis.trim()).not.toBe('');
      }
      if (rule.warnWorkingDays !== undefined)
        expect(Number.isInteger(rule.warnWorkingDays) && rule.warnWorkingDays > 0).toBe(true);

      expect(rule.versions.length).toBeGreaterThan(0);
      rule.versions.forEach((v, i) => {
        expect(v.version).toBe(i + 1);
        // A statute, rule or document is cited by its title; local practice and design defaults say what they are.
        if (v.sourceTag === '地' || v.sourceTag === '推') expect(v.basis).toMatch(/地方|本系统|《.+》/);
        else expect(v.basis).toMatch(/《.+》/);
        expect(PERIOD_UNITS).toContain(v.unit);
        expect(SOURCE_TAGS).toContain(v.sourceTag);
        expect(Number.isInteger(v.length) && v.length > 0).toBe(true);
        if (v.effectiveFrom !== null) expect(isValidLocalDate(v.effectiveFrom)).toBe(true);
        if (v.effectiveTo !== null) expect(isValidLocalDate(v.effectiveTo)).toBe(true);
        if (v.effectiveFrom && v.effectiveTo) expect(v.effectiveFrom < v.effectiveTo).toBe(true);
        // Only statute text checked against laws/ (and the 赤峰 seed's own numbers) may claim verification.
        if (v.verified) expect(['法-V', '种子']).toContain(v.sourceTag);
        if (v.sourceTag !== '法-V') expect(v.verified).toBe(false);
        if (!v.verified) expect(v.note?.trim() || v.sourceTag).toBeTruthy();
        if (v.unit === 'hour') expect(v.direction).toBe('after');
        // An extension is a longer period: its cap is above the base length.
        if (rule.extension?.maxLength) expect(rule.extension.maxLength).toBeGreaterThan(v.length);
      });
    },
  );

  it.each(DEADLINE_RULES.map((r) => [r.id, r] as const))(
    '%s: versions follow each other without gaps or overlaps',
    (_id, rule) => {
      for (let i = 1; i < rule.versions.length; i++)
        expect(rule.versions[i]!.effectiveFrom).toBe(rule.versions[i - 1]!.effectiveTo);
      expect(rule.versions.at(-1)!.effectiveTo).toBeNull();
    },
  );

  it('marks every [法-R], [文], [地] and [推] number unverified', () => {
    const unverified = DEADLINE_RULES.flatMap((r) =>
      r.versions.filter((v) => !v.verified).map((v) => `${r.id}@${v.version}`),
    );
    expect(unverified).toEqual(
      expect.arrayContaining([
        'penalty.urgent-filing@1',
        'penalty.statement-defence@1',
        'penalty.hearing-hold@2',
        'transfer.supplement@1',
      ]),
    );
  });

  it('selects the hearing-request rule in force on the day of the notice', () => {
    const rule = findRule('penalty.hearing-request')!;
    const before = ruleVersionFor(rule, d('2021-07-14'))!;
    const after = ruleVersionFor(rule, d('2021-07-15'))!;
    expect([before.length, before.unit]).toEqual([3, 'calendar_day']);
    expect([after.length, after.unit]).toEqual([5, 'working_day']);
    expect(after.basis).toBe('《中华人民共和国行政处罚法》第六十四条第（一）项、第八十五条');
  });

  it('selects the 复议 reply rule in force on the day the copy was received', () => {
    const rule = findRule('reconsideration.reply')!;
    expect(ruleVersionFor(rule, d('2023-12-31'))).toMatchObject({ length: 10, unit: 'calendar_day' });
    const current = ruleVersionFor(rule, d('2024-01-01'));
    expect(current).toMatchObject({ length: 10, unit: 'working_day' });
    expect(current?.basis).toContain('第四十八条、第八十八条第二款');
  });

  it('has no version for a trigger before a rule existed', () => {
    expect(ruleVersionFor(findRule('reconsideration.reply-simple')!, d('2023-06-01'))).toBeNull();
    expect(findRule('no.such-rule')).toBeNull();
  });
});
