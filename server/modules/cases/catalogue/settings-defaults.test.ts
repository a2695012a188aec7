import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../kernel/local-date.js';
import {
  AV_STEP_LABELS,
  BAND_LEVEL_LABELS,
  CASE_SETTINGS_BASIS,
  caseSettingsInForce,
  caseSettingsSchema,
  caseSettingsVersionSchema,
  CaseSettingsNotInForceError,
  DEFAULT_CASE_SETTINGS,
  DEFAULT_CASE_SETTINGS_VERSIONS,
  PARTY_KIND_LABELS,
  PENALTY_KIND_LABELS,
  type CaseSettings,
} from './settings-defaults.js';
import { AV_STEPS, BAND_LEVELS, PARTY_KINDS, PENALTY_KINDS } from './types.js';

const d = (s: string) => s as LocalDate;

/** A deep copy of the defaults with one change, for the refusal cases. */
function edited(change: (s: CaseSettings) => void): unknown {
  const copy = structuredClone(DEFAULT_CASE_SETTINGS);
  change(copy);
  return copy;
}

function messages(input: unknown): string[] {
  const result = caseSettingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('the default case settings', () => {
  it('pass their own schema', () => {
    expect(caseSettingsSchema.parse(DEFAULT_CASE_SETTINGS)).toEqual(DEFAULT_CASE_SETTINGS);
    for (const v of DEFAULT_CASE_SETTINGS_VERSIONS)
      expect(caseSettingsVersionSchema.safeParse(v).success).toBe(true);
  });

  it('carry a basis on every item', () => {
    for (const key of Object.keys(DEFAULT_CASE_SETTINGS) as (keyof CaseSettings)[]) {
      expect(CASE_SETTINGS_BASIS[key].basis.trim(), key).not.toBe('');
    }
    for (const t of DEFAULT_CASE_SETTINGS.hearingThresholds) expect(t.basis).toContain('第六十三条');
    for (const s of DEFAULT_CASE_SETTINGS.avRequiredSteps) expect(s.basis.trim()).not.toBe('');
  });

  it('use 2万 for individuals and 5万 for organisations, inclusive', () => {
    const by = Object.fromEntries(
      DEFAULT_CASE_SETTINGS.hearingThresholds.map((t) => [t.partyKind, t.fineFen]),
    );
    expect(by).toEqual({
      natural: 2_000_000,
      individual_business: 2_000_000,
      legal_person: 5_000_000,
      unincorporated: 5_000_000,
    });
    expect(DEFAULT_CASE_SETTINGS.legalReview.fineFen).toEqual(by);
    expect(DEFAULT_CASE_SETTINGS.collectiveDiscussion.fineFen).toEqual(by);
  });

  it('label every party kind, penalty kind, band level and audio-video step in Chinese', () => {
    for (const k of PARTY_KINDS) expect(PARTY_KIND_LABELS[k]).toMatch(/\p{Script=Han}/u);
    for (const k of PENALTY_KINDS) expect(PENALTY_KIND_LABELS[k]).toMatch(/\p{Script=Han}/u);
    for (const k of BAND_LEVELS) expect(BAND_LEVEL_LABELS[k]).toMatch(/\p{Script=Han}/u);
    for (const k of AV_STEPS) expect(AV_STEP_LABELS[k]).toMatch(/\p{Script=Han}/u);
    for (const s of DEFAULT_CASE_SETTINGS.avRequiredSteps) expect(s.label).toBe(AV_STEP_LABELS[s.step]);
  });
});

describe('caseSettingsSchema refuses', () => {
  it.each([
    [
      'a case number without {year}',
      (s: CaseSettings) => (s.caseNumberPattern = '赤应急罚{seq}号'),
      '案件编号格式须包含 {year}、{seq}',
    ],
    [
      'a case number without {seq}',
      (s: CaseSettings) => (s.caseNumberPattern = '赤应急罚〔{year}〕号'),
      '案件编号格式须包含 {year}、{seq}',
    ],
    [
      'a document number without {code}',
      (s: CaseSettings) => (s.documentNumberPattern = '赤应急〔{year}〕{seq}号'),
      '文书编号格式须包含 {code}、{year}、{seq}',
    ],
    [
      'an unknown placeholder',
      (s: CaseSettings) => (s.caseNumberPattern = '{unit}罚〔{year}〕{seq}号'),
      '案件编号格式只能使用 {year}、{seq}、{code} 占位符',
    ],
    [
      'a negative amount',
      (s: CaseSettings) => (s.hearingThresholds[0]!.fineFen = -1),
      '听证罚款数额标准不得为负数',
    ],
    [
      'a fractional fen',
      (s: CaseSettings) => (s.legalReview.fineFen.natural = 100.5),
      '法制审核罚款数额标准须为整数（以分为单位）',
    ],
    [
      'a party kind without a hearing threshold',
      (s: CaseSettings) => (s.hearingThresholds = s.hearingThresholds.slice(1)),
      '缺少「自然人」的听证数额标准',
    ],
    [
      'dropping a statutory hearing kind',
      (s: CaseSettings) =>
        (s.hearingPenaltyKinds = s.hearingPenaltyKinds.filter((k) => k !== 'order_suspension')),
      '不得删除《中华人民共和国行政处罚法》第六十三条第一款第三项、第四项规定的处罚种类',
    ],
    [
      'dropping a 第五十八条 ground',
      (s: CaseSettings) => (s.legalReview.flags = ['complex']),
      '不得删除《中华人民共和国行政处罚法》第五十八条第一款规定的法制审核情形',
    ],
    ['a zero-day review', (s: CaseSettings) => (s.legalReviewDays.length = 0), '期限至少为1日'],
    ['an empty basis', (s: CaseSettings) => (s.legalReviewDays.basis = ' '), '须填写依据'],
    [
      'the same audio-video step twice',
      (s: CaseSettings) => s.avRequiredSteps.push({ ...s.avRequiredSteps[0]! }),
      '音像记录环节重复',
    ],
  ])('%s', (_name, change, message) => {
    expect(messages(edited(change))).toContain(message);
  });

  it('a non-inclusive threshold and a discussion rule that skips major cases', () => {
    const bad = edited((s) => {
      (s.hearingThresholds[0] as { inclusive: boolean }).inclusive = false;
      (s.collectiveDiscussion as { whenComplexOrMajor: boolean }).whenComplexOrMajor = false;
    });
    expect(messages(bad)).toEqual(
      expect.arrayContaining([
        '数额标准须含本数（「以上」包括本数）',
        '情节复杂或者重大违法行为须集体讨论（《中华人民共和国行政处罚法》第五十七条第二款）',
      ]),
    );
  });
});

describe('caseSettingsInForce', () => {
  const versions = [
    { ...DEFAULT_CASE_SETTINGS_VERSIONS[0]!, effectiveTo: d('2026-02-01') },
    { version: 2, effectiveFrom: d('2026-02-01'), effectiveTo: null, settings: DEFAULT_CASE_SETTINGS },
  ];

  it.each([
    ['2021-07-15', 1],
    ['2026-01-31', 1],
    ['2026-02-01', 2],
    ['2030-12-31', 2],
  ])('on %s picks version %i', (on, version) => {
    expect(caseSettingsInForce(versions, d(on)).version).toBe(version);
  });

  it('refuses a date before the first version', () => {
    expect(() => caseSettingsInForce(versions, d('2021-07-14'))).toThrow(CaseSettingsNotInForceError);
  });

  it('refuses a version that ends before it starts', () => {
    const r = caseSettingsVersionSchema.safeParse({ ...versions[0], effectiveTo: '2021-07-15' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain('失效日期须晚于生效日期');
  });
});
