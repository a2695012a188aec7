import { describe, expect, it } from 'vitest';
import {
  bandFor,
  collectiveDiscussionRequired,
  formatYuan,
  hearingEligible,
  isHarsher,
  legalReviewRequired,
  simpleProcedureAllowed,
  withinBand,
  type ProposedPenalty,
} from './penalty.js';
import { DEFAULT_CASE_SETTINGS as S } from './settings-defaults.js';
import type { LegalReviewFlag, PartyKind, PenaltyKind } from './types.js';
import { VIOLATION_TYPES } from './violations.data.js';

const yuan = (n: number) => Math.round(n * 100);
const fine = (fen: number, ...others: PenaltyKind[]): ProposedPenalty => ({
  items: [{ kind: 'fine', amountFen: fen }, ...others.map((kind) => ({ kind }))],
});
const only = (...kinds: PenaltyKind[]): ProposedPenalty => ({ items: kinds.map((kind) => ({ kind })) });
const none: ProposedPenalty = { items: [] };
const violation = (code: string) => VIOLATION_TYPES.find((v) => v.code === code)!;

describe('formatYuan', () => {
  it.each([
    [0, '0元'],
    [20_000, '200元'],
    [20_001, '200.01元'],
    [5_000_000, '50000元'],
    [105, '1.05元'],
  ])('%i fen is %s', (f, text) => expect(formatYuan(f)).toBe(text));
});

describe('isHarsher', () => {
  it.each<[string, ProposedPenalty, ProposedPenalty, boolean]>([
    ['the same penalty', fine(yuan(30_000)), fine(yuan(30_000)), false],
    ['a lower fine', fine(yuan(29_999)), fine(yuan(30_000)), false],
    ['a fine raised by one fen', fine(yuan(30_000) + 1), fine(yuan(30_000)), true],
    ['adding 责令停产停业', fine(yuan(30_000), 'order_suspension'), fine(yuan(30_000)), true],
    ['removing 责令停产停业', fine(yuan(30_000)), fine(yuan(30_000), 'order_suspension'), false],
    ['a fine instead of a warning', fine(yuan(100)), only('warning'), true],
    ['a warning instead of a fine', only('warning'), fine(yuan(100)), true],
    ['dropping everything', none, fine(yuan(100)), false],
    [
      'a larger confiscation',
      { items: [{ kind: 'confiscate_gains', amountFen: 2 }] },
      { items: [{ kind: 'confiscate_gains', amountFen: 1 }] },
      true,
    ],
    [
      'the same total split over two fine items',
      {
        items: [
          { kind: 'fine', amountFen: 600 },
          { kind: 'fine', amountFen: 400 },
        ],
      },
      fine(1_000),
      false,
    ],
  ])('%s', (_name, next, noticed, harsher) => {
    const r = isHarsher(next, noticed);
    expect(r.harsher).toBe(harsher);
    expect(r.reasons.length > 0).toBe(harsher);
  });

  it('says why in Chinese, with the basis', () => {
    const r = isHarsher(fine(yuan(30_000) + 1, 'order_suspension'), fine(yuan(30_000)));
    expect(r.reasons).toEqual([
      '罚款数额由30000元提高到30000.01元',
      '增加了告知书中没有的处罚种类「责令停产停业」',
      '拟作出的处罚重于告知内容，须重新告知并听取陈述、申辩（《中华人民共和国行政处罚法》第四十四条、第四十五条第二款、第六十二条）',
    ]);
  });

  it('refuses amounts that are not integer fen', () => {
    expect(() => isHarsher(fine(1.5), fine(1))).toThrow(RangeError);
    expect(() => isHarsher(fine(-1), fine(1))).toThrow('金额须为以分计的非负整数');
  });
});

describe('hearingEligible', () => {
  it.each<[string, ProposedPenalty, PartyKind, boolean]>([
    ['自然人 fined exactly 20,000 yuan', fine(yuan(20_000)), 'natural', true],
    ['自然人 fined 19,999.99 yuan', fine(yuan(20_000) - 1), 'natural', false],
    [
      '个体工商户 fined exactly 20,000 yuan (individual threshold)',
      fine(yuan(20_000)),
      'individual_business',
      true,
    ],
    ['法人 fined 20,000 yuan', fine(yuan(20_000)), 'legal_person', false],
    ['法人 fined 49,999.99 yuan', fine(yuan(50_000) - 1), 'legal_person', false],
    ['法人 fined exactly 50,000 yuan', fine(yuan(50_000)), 'legal_person', true],
    ['非法人组织 fined exactly 50,000 yuan', fine(yuan(50_000)), 'unincorporated', true],
    ['法人 with a small fine and 责令停产停业', fine(yuan(1_000), 'order_suspension'), 'legal_person', true],
    ['法人 with 吊销许可证件 only', only('revoke_license'), 'legal_person', true],
    ['法人 with 暂扣许可证件 (其他较重, bureau list)', only('suspend_license'), 'legal_person', true],
    ['自然人 with a warning', only('warning'), 'natural', false],
    ['自然人 with 通报批评', only('criticism'), 'natural', false],
    [
      '法人 with 50,000 yuan of gains confiscated',
      { items: [{ kind: 'confiscate_gains', amountFen: yuan(50_000) }] },
      'legal_person',
      true,
    ],
    [
      '法人 with 49,999 yuan of property confiscated',
      { items: [{ kind: 'confiscate_property', amountFen: yuan(49_999) }] },
      'legal_person',
      false,
    ],
  ])('%s', (_name, penalty, party, eligible) => {
    const r = hearingEligible(penalty, party, S);
    expect(r.eligible).toBe(eligible);
    expect(r.grounds.length > 0).toBe(eligible);
    for (const g of r.grounds) expect(g).toContain('第六十三条');
  });

  it('names the item of 第六十三条 and the threshold', () => {
    expect(hearingEligible(fine(yuan(20_000), 'order_suspension'), 'natural', S).grounds).toEqual([
      '拟罚款20000元，达到对自然人「较大数额罚款」标准（20000元以上，含本数）（《中华人民共和国行政处罚法》第六十三条第一款第一项）',
      '拟责令停产停业（《中华人民共和国行政处罚法》第六十三条第一款第四项）',
    ]);
  });

  it('follows a changed threshold', () => {
    const settings = {
      ...S,
      hearingThresholds: S.hearingThresholds.map((t) => ({ ...t, fineFen: yuan(10_000) })),
    };
    expect(hearingEligible(fine(yuan(10_000)), 'natural', settings).eligible).toBe(true);
    expect(hearingEligible(fine(yuan(10_000)), 'natural', S).eligible).toBe(false);
  });
});

describe('legalReviewRequired', () => {
  it.each<[string, ProposedPenalty, PartyKind, LegalReviewFlag[], boolean, boolean]>([
    ['a small fine, no flags, no hearing', fine(yuan(5_000)), 'legal_person', [], false, false],
    ['a small fine in a complex case', fine(yuan(5_000)), 'legal_person', ['complex'], false, true],
    ['major public interest', only('warning'), 'natural', ['major_public_interest'], false, true],
    ['another law requires it', only('warning'), 'natural', ['other_law'], false, true],
    ['any case after a hearing (目录清单)', fine(yuan(5_000)), 'legal_person', [], true, true],
    ['a fine at the unit threshold', fine(yuan(50_000)), 'legal_person', [], false, true],
    ['a fine just under the unit threshold', fine(yuan(50_000) - 1), 'legal_person', [], false, false],
    ['a fine at the individual threshold', fine(yuan(20_000)), 'natural', [], false, true],
    ['责令停产停业', only('order_suspension'), 'legal_person', [], false, true],
  ])('%s', (_name, penalty, party, flags, hadHearing, required) => {
    const r = legalReviewRequired(penalty, party, flags, hadHearing, S);
    expect(r.required).toBe(required);
    expect(r.grounds.length > 0).toBe(required);
  });

  it('cites 第五十八条 for the statutory grounds and needs a hearing for 第二项', () => {
    const withoutHearing = legalReviewRequired(
      fine(1),
      'legal_person',
      ['major_rights_after_hearing'],
      false,
      S,
    );
    expect(withoutHearing.required).toBe(false);
    const withHearing = legalReviewRequired(fine(1), 'legal_person', ['major_rights_after_hearing'], true, S);
    expect(withHearing.grounds).toEqual([
      '直接关系当事人或者第三人重大权益，经过听证程序（《中华人民共和国行政处罚法》第五十八条第一款第二项）',
      '案件经过听证程序，列入本局重大执法决定法制审核目录清单',
    ]);
    expect(legalReviewRequired(none, 'natural', ['complex'], false, S).grounds).toEqual([
      '案件情况疑难复杂、涉及多个法律关系（《中华人民共和国行政处罚法》第五十八条第一款第三项）',
    ]);
  });
});

describe('collectiveDiscussionRequired', () => {
  it.each<[string, ProposedPenalty, PartyKind, LegalReviewFlag[], boolean, boolean]>([
    ['an ordinary fine inside the band', fine(yuan(10_000)), 'legal_person', [], false, false],
    ['a complex case', fine(yuan(10_000)), 'legal_person', ['complex'], false, true],
    ['a fine at the 重大 threshold', fine(yuan(50_000)), 'legal_person', [], false, true],
    ['责令停产停业', only('order_suspension'), 'legal_person', [], false, true],
    ['a penalty outside the band', fine(yuan(10_000)), 'legal_person', [], true, true],
    [
      'other_law alone is a legal-review ground, not a discussion ground',
      fine(yuan(10_000)),
      'legal_person',
      ['other_law'],
      false,
      false,
    ],
  ])('%s', (_name, penalty, party, flags, outsideBand, required) => {
    const r = collectiveDiscussionRequired(penalty, party, flags, S, outsideBand);
    expect(r.required).toBe(required);
    expect(r.grounds.length > 0).toBe(required);
  });

  it('does not require discussion for a departure from the band when the bureau turned that off', () => {
    const settings = { collectiveDiscussion: { ...S.collectiveDiscussion, whenOutsideBand: false } };
    expect(
      collectiveDiscussionRequired(fine(yuan(10_000)), 'legal_person', [], settings, true).required,
    ).toBe(false);
  });

  it('cites 第五十七条第二款 for the amount ground', () => {
    expect(collectiveDiscussionRequired(fine(yuan(20_000)), 'natural', [], S, false).grounds).toEqual([
      '拟对自然人罚款20000元，达到本局重大违法行为标准（20000元以上，含本数）（《中华人民共和国行政处罚法》第五十七条第二款）',
    ]);
  });
});

describe('simpleProcedureAllowed', () => {
  it.each<[string, ProposedPenalty, PartyKind, boolean]>([
    ['自然人, 200.00 yuan', fine(yuan(200)), 'natural', true],
    ['自然人, 200.01 yuan', fine(yuan(200) + 1), 'natural', false],
    ['个体工商户, 200.00 yuan', fine(yuan(200)), 'individual_business', true],
    ['个体工商户, 200.01 yuan (公民 limit)', fine(yuan(200) + 1), 'individual_business', false],
    ['法人, 3,000.00 yuan', fine(yuan(3_000)), 'legal_person', true],
    ['法人, 3,000.01 yuan', fine(yuan(3_000) + 1), 'legal_person', false],
    ['非法人组织, 3,000.00 yuan', fine(yuan(3_000)), 'unincorporated', true],
    ['a warning alone', only('warning'), 'legal_person', true],
    ['a warning and a fine', fine(yuan(100), 'warning'), 'natural', true],
    ['通报批评', only('criticism'), 'natural', false],
    ['a small fine with 责令停产停业', fine(yuan(100), 'order_suspension'), 'legal_person', false],
    ['no penalty', none, 'natural', false],
    ['a fine without an amount', only('fine'), 'natural', false],
  ])('%s', (_name, penalty, party, ok) => {
    expect(simpleProcedureAllowed(penalty, party).ok).toBe(ok);
  });

  it('refuses with the reason, the basis and the rule id', () => {
    expect(simpleProcedureAllowed(fine(yuan(200) + 1), 'natural')).toEqual({
      ok: false,
      reason: '对公民当场罚款不得超过200元，拟罚款200.01元，须适用普通程序',
      basis: '《中华人民共和国行政处罚法》第五十一条',
      rule: 'penalty.simple-procedure-limit',
    });
    const r = simpleProcedureAllowed(fine(yuan(100), 'order_suspension'), 'legal_person');
    expect(r.ok === false && r.reason).toBe(
      '当场处罚只能给予警告或者罚款，拟给予的「责令停产停业」须适用普通程序',
    );
  });
});

describe('bandFor and withinBand', () => {
  const v97 = violation('AQSCF-97-3');
  const v102 = violation('AQSCF-102');

  it.each<[string, number, string[]]>([
    ['1 yuan', yuan(1), ['minor']],
    ['exactly 2万 (shared boundary)', yuan(20_000), ['minor', 'general']],
    ['3万', yuan(30_000), ['general']],
    ['exactly 10万 (shared boundary)', yuan(100_000), ['serious', 'especially_serious']],
    ['20万', yuan(200_000), ['especially_serious']],
    ['20万 and 1 fen (above the statute)', yuan(200_000) + 1, []],
  ])('97-3: %s', (_name, amount, levels) => {
    expect(bandFor(v97, amount).map((b) => b.level)).toEqual(levels);
  });

  it('no fine matches only the bands without one', () => {
    expect(bandFor(v102, 0).map((b) => b.level)).toEqual(['especially_serious']);
    expect(bandFor(v97, 0)).toEqual([]);
  });

  it.each<[string, string, ProposedPenalty, boolean]>([
    ['a 3万 fine in the general band', 'general', fine(yuan(30_000)), true],
    ['a 6万 fine in the general band', 'general', fine(yuan(60_000)), false],
    ['a 1万 fine in the general band', 'general', fine(yuan(10_000)), false],
    ['the overdue band without 责令停产停业', 'especially_serious', fine(yuan(150_000)), false],
    [
      'the overdue band with 责令停产停业',
      'especially_serious',
      fine(yuan(150_000), 'order_suspension'),
      true,
    ],
    ['责令停产停业 in the general band', 'general', fine(yuan(30_000), 'order_suspension'), false],
    ['no fine in the general band', 'general', none, false],
    [
      'confiscating gains besides the fine',
      'general',
      {
        items: [
          { kind: 'fine', amountFen: yuan(30_000) },
          { kind: 'confiscate_gains', amountFen: 1 },
        ],
      },
      true,
    ],
  ])('97-3: %s', (_name, level, penalty, within) => {
    const band = v97.bands.find((b) => b.level === level)!;
    const r = withinBand(band, penalty);
    expect(r.within).toBe(within);
    expect(r.reasons.length > 0).toBe(!within);
  });

  it('a band without a fine refuses one and asks for its other penalty', () => {
    const band = v102.bands.find((b) => b.level === 'especially_serious')!;
    expect(withinBand(band, only('order_suspension')).within).toBe(true);
    expect(withinBand(band, fine(yuan(1_000), 'order_suspension')).reasons).toEqual([
      '本档次不处罚款，拟罚款1000元',
    ]);
    expect(withinBand(band, none).reasons).toEqual(['本档次应同时给予「责令停产停业」']);
  });
});
