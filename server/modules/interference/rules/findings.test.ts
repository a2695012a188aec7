import { describe, expect, it } from 'vitest';
import { countsTowardsRepeat, findingMeasure, registerMatches } from './findings.js';

describe('第十条 measures', () => {
  it.each([
    ['non_recording', 0, 'criticism'],
    ['non_recording', 1, 'discipline'],
    ['false_recording', 0, 'criticism'],
    ['false_recording', 3, 'discipline'],
    ['superior_instructed', 0, 'aggravated'],
  ] as const)('%s with %i earlier → %s', (kind, prior, measure) => {
    const r = findingMeasure(kind, prior);
    expect(r.measure).toBe(measure);
    expect(r.basis).toContain('第十条');
  });

  it('counts every earlier finding without a window, and only those inside it with one (edge day included)', () => {
    const earlier = [
      { occurredOn: '2025-11-25' },
      { occurredOn: '2025-11-24' },
      { occurredOn: '2026-06-01' },
    ];
    expect(countsTowardsRepeat(earlier, '2026-11-25', null)).toBe(3);
    expect(countsTowardsRepeat(earlier, '2026-11-25', 12)).toBe(2);
    expect(countsTowardsRepeat(earlier, '2026-11-25', 6)).toBe(1);
  });

  it('matches a register on case, recorder and (when named) intervener', () => {
    const r = { caseId: 'c', recorderId: 'o', intervenerId: 'i' };
    expect(registerMatches(r, { caseId: 'c', subjectId: 'o', intervenerId: null })).toBe(true);
    expect(registerMatches(r, { caseId: 'c', subjectId: 'o', intervenerId: 'i' })).toBe(true);
    expect(registerMatches(r, { caseId: 'c', subjectId: 'o', intervenerId: 'j' })).toBe(false);
    expect(registerMatches(r, { caseId: 'd', subjectId: 'o', intervenerId: null })).toBe(false);
    expect(registerMatches(r, { caseId: 'c', subjectId: 'p', intervenerId: null })).toBe(false);
  });
});
