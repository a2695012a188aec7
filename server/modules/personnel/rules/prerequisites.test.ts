import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, isValidIdNumber, maskIdNumber } from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import type { OfficerFacts } from './eligibility.js';
import {
  applicationPrerequisites,
  defaultValidUntil,
  firstUnmet,
  hoursBetween,
  hoursInYear,
  nextRegistrationReview,
  type PrerequisiteInput,
} from './prerequisites.js';
import { DEFAULT_SETTINGS, settingsOn } from './settings.js';

const d = (s: string) => s as LocalDate;
const officer: OfficerFacts = {
  id: 'o1',
  name: '王五',
  unitName: '执法支队',
  staffingType: 'civil_servant',
  status: 'serving',
  departedOn: null,
  legalQualification: false,
  legalReviewSince: null,
};
const base = (over: Partial<PrerequisiteInput> = {}): PrerequisiteInput => ({
  officer,
  entrustment: null,
  kind: 'enforcement',
  on: d('2026-06-01'),
  training: [
    { hours: 40, completedOn: '2025-09-01' },
    { hours: 24, completedOn: '2026-03-01' },
  ],
  exams: [
    { kind: 'general', takenOn: '2026-04-01', passed: true },
    { kind: 'special', takenOn: '2026-04-02', passed: true },
  ],
  holdsActiveOfKind: false,
  settings: DEFAULT_SETTINGS,
  ...over,
});
const unmet = (input: PrerequisiteInput) =>
  applicationPrerequisites(input)
    .filter((p) => !p.met)
    .map((p) => p.rule);

describe('申领 prerequisites', () => {
  it('are all met for a trained, examined civil servant without a certificate', () => {
    expect(unmet(base())).toEqual([]);
    expect(firstUnmet(applicationPrerequisites(base()))).toBeNull();
  });

  it('refuses 工勤, 劳务派遣 and temporary staff with the staffing rule first', () => {
    for (const staffingType of ['worker', 'dispatched', 'temporary'] as const) {
      const items = applicationPrerequisites(base({ officer: { ...officer, staffingType } }));
      const first = firstUnmet(items)!;
      expect(first.rule).toBe('personnel.staffing');
      expect(first.reason).toMatch(/^不符合申领条件：编制类型可以持证/);
      expect(first.basis).toContain('118号');
    }
  });

  it('counts training in the 12 months up to the application date only', () => {
    expect(hoursBetween(base().training, d('2025-06-01'), d('2026-06-01'))).toBe(64);
    expect(unmet(base({ on: d('2026-09-02') }))).toEqual(['personnel.application-training']);
    expect(unmet(base({ settings: { ...DEFAULT_SETTINGS, applicationTrainingHours: 80 } }))).toEqual([
      'personnel.application-training',
    ]);
  });

  it('needs a passed general and special exam within the validity window', () => {
    expect(unmet(base({ exams: [{ kind: 'general', takenOn: '2026-04-01', passed: true }] }))).toEqual([
      'personnel.application-exam-special',
    ]);
    expect(
      unmet(
        base({
          exams: [
            { kind: 'general', takenOn: '2026-04-01', passed: false },
            { kind: 'special', takenOn: '2026-04-02', passed: true },
          ],
        }),
      ),
    ).toEqual(['personnel.application-exam-general']);
    // 24 months by default: an exam of 2024-05-31 is too old on 2026-06-01; one taken after the date does not count.
    const old = [
      { kind: 'general' as const, takenOn: '2024-05-31', passed: true },
      { kind: 'special' as const, takenOn: '2026-06-02', passed: true },
    ];
    expect(unmet(base({ exams: old }))).toEqual([
      'personnel.application-exam-general',
      'personnel.application-exam-special',
    ]);
  });

  it('sends a holder of an active certificate of the kind to renewal, and refuses a departed officer', () => {
    expect(unmet(base({ holdsActiveOfKind: true }))).toEqual(['personnel.application-duplicate']);
    expect(unmet(base({ officer: { ...officer, status: 'departed', departedOn: '2026-05-01' } }))).toEqual([
      'personnel.officer-serving',
    ]);
  });
});

describe('certificate dates and dated settings', () => {
  it('makes a certificate valid until issue + 6 years − 1 day and due for registration review after 3 years', () => {
    expect(defaultValidUntil(d('2024-03-15'), DEFAULT_SETTINGS)).toBe('2030-03-14');
    expect(defaultValidUntil(d('2024-02-29'), DEFAULT_SETTINGS)).toBe('2030-02-27');
    expect(nextRegistrationReview(d('2024-03-15'), DEFAULT_SETTINGS)).toBe('2027-03-15');
    expect(defaultValidUntil(d('2024-03-15'), { ...DEFAULT_SETTINGS, certificateValidityYears: 5 })).toBe(
      '2029-03-14',
    );
  });

  it('uses the version in force on the date, the default before any', () => {
    const versions = [
      { effectiveFrom: d('2027-01-01'), values: { ...DEFAULT_SETTINGS, annualTrainingHours: 80 } },
      { effectiveFrom: d('2028-01-01'), values: { ...DEFAULT_SETTINGS, annualTrainingHours: 90 } },
    ];
    expect(settingsOn(versions, d('2026-12-31')).annualTrainingHours).toBe(60);
    expect(settingsOn(versions, d('2027-01-01')).annualTrainingHours).toBe(80);
    expect(settingsOn(versions, d('2029-05-01')).annualTrainingHours).toBe(90);
  });

  it('sums hours per calendar year, half hours exactly', () => {
    const t = [
      { hours: 0.5, completedOn: '2026-01-01' },
      { hours: 59.5, completedOn: '2026-12-31' },
      { hours: 8, completedOn: '2027-01-01' },
    ];
    expect(hoursInYear(t, 2026)).toBe(60);
    expect(hoursInYear(t, 2027)).toBe(8);
  });
});

describe('公民身份号码 (GB 11643-1999)', () => {
  const good = `15040419880612301${idNumberCheckChar('15040419880612301')}`;
  it('checks the check character and the date of birth', () => {
    expect(isValidIdNumber(good)).toBe(true);
    expect(isValidIdNumber(`${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`)).toBe(false);
    const badDate = `15040419880230301`;
    expect(isValidIdNumber(`${badDate}${idNumberCheckChar(badDate)}`)).toBe(false);
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310')).toBe(false);
  });
  it('masks all but the first and last four characters', () => {
    expect(maskIdNumber(good)).toBe(`1504**********${good.slice(-4)}`);
    expect(maskIdNumber(good)).toHaveLength(18);
  });
});
