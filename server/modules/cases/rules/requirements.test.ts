import { describe, expect, it } from 'vitest';
import type { PartyKind, PenaltyKind } from '../../../../common/contracts/cases.js';
import type { ProposedPenalty } from '../catalogue/penalty.js';
import { DEFAULT_CASE_SETTINGS as S } from '../catalogue/settings-defaults.js';
import type { DiscretionBand } from '../catalogue/types.js';
import {
  beyondStatutoryRange,
  caseRequirements,
  missingAvRecords,
  outsideBands,
  proposed,
  reviewFlags,
  thresholdPartyKind,
  type CaseFlagsInput,
  type RequirementsInput,
} from './requirements.js';

const yuan = (n: number) => Math.round(n * 100);
const fine = (fen: number, ...others: PenaltyKind[]): ProposedPenalty => ({
  items: [{ kind: 'fine', amountFen: fen }, ...others.map((kind) => ({ kind }))],
});
const only = (...kinds: PenaltyKind[]): ProposedPenalty => ({ items: kinds.map((kind) => ({ kind })) });
const NO_FLAGS: CaseFlagsInput = {
  majorPublicInterest: false,
  majorRights: false,
  complex: false,
  otherLaw: false,
};

const band = (
  min: number | null,
  max: number | null,
  otherPenalties: PenaltyKind[] = [],
): DiscretionBand => ({
  level: 'general',
  circumstances: '测试情形',
  fineMinFen: min,
  fineMaxFen: max,
  otherPenalties,
});

function req(over: Partial<RequirementsInput> & { penalty: ProposedPenalty }) {
  return caseRequirements({
    partyKinds: ['legal_person'],
    flags: NO_FLAGS,
    hadHearing: false,
    bands: [],
    settings: S,
    ...over,
  });
}

describe('the default thresholds the tests rely on', () => {
  it('are 5万元 for a legal person and 2万元 for a natural person (hearing, review, collective)', () => {
    const t = Object.fromEntries(S.hearingThresholds.map((r) => [r.partyKind, r.fineFen]));
    expect(t).toEqual({
      natural: yuan(20_000),
      individual_business: yuan(20_000),
      legal_person: yuan(50_000),
      unincorporated: yuan(50_000),
    });
    expect(S.legalReview.fineFen).toEqual(t);
    expect(S.collectiveDiscussion.fineFen).toEqual(t);
  });
});

describe('caseRequirements: the hearing (第六十三条)', () => {
  const table: [string, PartyKind[], ProposedPenalty, boolean][] = [
    ['a legal person fined exactly 5万元', ['legal_person'], fine(yuan(50_000)), true],
    ['a legal person fined one fen under 5万元', ['legal_person'], fine(yuan(50_000) - 1), false],
    ['an unincorporated organisation fined exactly 5万元', ['unincorporated'], fine(yuan(50_000)), true],
    ['an unincorporated organisation fined 4.99万元', ['unincorporated'], fine(yuan(49_900)), false],
    ['a natural person fined exactly 2万元', ['natural'], fine(yuan(20_000)), true],
    ['a natural person fined one fen under 2万元', ['natural'], fine(yuan(20_000) - 1), false],
    [
      'an individual business fined exactly 2万元 (person standard)',
      ['individual_business'],
      fine(yuan(20_000)),
      true,
    ],
    ['a legal person fined 2万元', ['legal_person'], fine(yuan(20_000)), false],
    [
      'a company and a natural person, 2万元 (strictest party)',
      ['legal_person', 'natural'],
      fine(yuan(20_000)),
      true,
    ],
    [
      'a legal person with confiscated gains of exactly 5万元',
      ['legal_person'],
      { items: [{ kind: 'confiscate_gains', amountFen: yuan(50_000) }] },
      true,
    ],
    ['a warning', ['natural'], only('warning'), false],
    ['责令停产停业 with a small fine', ['legal_person'], fine(yuan(1_000), 'order_suspension'), true],
    ['吊销许可证件 alone', ['legal_person'], only('revoke_license'), true],
    ['暂扣许可证件 alone (bureau list)', ['legal_person'], only('suspend_license'), true],
    ['no penalty at all', ['legal_person'], { items: [] }, false],
  ];
  it.each(table)('%s: eligible = %s', (_label, partyKinds, penalty, eligible) => {
    const r = req({ penalty, partyKinds });
    expect(r.hearing.eligible).toBe(eligible);
    expect(r.hearing.grounds.length > 0).toBe(eligible);
  });

  it('names the 第六十三条 item and the threshold in the ground', () => {
    const g = req({ penalty: fine(yuan(50_000)) }).hearing.grounds;
    expect(g).toHaveLength(1);
    expect(g[0]).toContain('50000元以上，含本数');
    expect(g[0]).toContain('第六十三条第一款第一项');
  });
});

describe('caseRequirements: legal review (第五十八条 and the bureau list)', () => {
  const table: [string, Partial<RequirementsInput> & { penalty: ProposedPenalty }, boolean, RegExp | null][] =
    [
      ['a small fine and no flag', { penalty: fine(yuan(1_000)) }, false, null],
      [
        'a legal person fined exactly 5万元',
        { penalty: fine(yuan(50_000)) },
        true,
        /达到本局法制审核目录清单标准/,
      ],
      ['a legal person fined one fen under 5万元', { penalty: fine(yuan(50_000) - 1) }, false, null],
      [
        'a natural person fined exactly 2万元',
        { penalty: fine(yuan(20_000)), partyKinds: ['natural'] },
        true,
        /罚款20000元/,
      ],
      [
        'by kind: 责令停产停业',
        { penalty: fine(yuan(100), 'order_suspension') },
        true,
        /责令停产停业，列入本局法制审核目录清单/,
      ],
      ['by kind: 责令关闭', { penalty: only('order_closure') }, true, /责令关闭/],
      ['by kind: 吊销许可证件', { penalty: only('revoke_license') }, true, /吊销许可证件/],
      [
        'the 重大公共利益 flag',
        { penalty: only('warning'), flags: { ...NO_FLAGS, majorPublicInterest: true } },
        true,
        /第五十八条第一款第一项/,
      ],
      [
        'the 疑难复杂 flag',
        { penalty: only('warning'), flags: { ...NO_FLAGS, complex: true } },
        true,
        /第五十八条第一款第三项/,
      ],
      [
        'the 其他情形 flag',
        { penalty: only('warning'), flags: { ...NO_FLAGS, otherLaw: true } },
        true,
        /第五十八条第一款第四项/,
      ],
      [
        'the 重大权益 flag without a hearing',
        { penalty: only('warning'), flags: { ...NO_FLAGS, majorRights: true } },
        false,
        null,
      ],
      [
        'the 重大权益 flag after a hearing',
        { penalty: only('warning'), flags: { ...NO_FLAGS, majorRights: true }, hadHearing: true },
        true,
        /第五十八条第一款第二项/,
      ],
      ['any case after a hearing', { penalty: fine(yuan(1_000)), hadHearing: true }, true, /听证/],
    ];
  it.each(table)('%s: required = %s', (_label, input, required, ground) => {
    const r = req(input);
    expect(r.legalReview.required).toBe(required);
    expect(r.legalReview.grounds.length > 0).toBe(required);
    if (ground) expect(r.legalReview.grounds.join('\n')).toMatch(ground);
  });

  it('lists the hearing ground once, not again from the 目录清单 fallback', () => {
    const g = req({ penalty: fine(yuan(1_000)), hadHearing: true }).legalReview.grounds;
    expect(g.filter((x) => x.includes('听证'))).toHaveLength(1);
  });
});

describe('caseRequirements: collective discussion (第五十七条第二款)', () => {
  const within = band(yuan(10_000), yuan(30_000));
  const table: [string, Partial<RequirementsInput> & { penalty: ProposedPenalty }, boolean, RegExp | null][] =
    [
      ['a fine inside the chosen band', { penalty: fine(yuan(20_000)), bands: [within] }, false, null],
      ['a fine above the band', { penalty: fine(yuan(40_000)), bands: [within] }, true, /裁量基准档次之外/],
      ['a fine below the band', { penalty: fine(yuan(5_000)), bands: [within] }, true, /裁量基准档次之外/],
      [
        'a kind the band does not include',
        { penalty: fine(yuan(20_000), 'order_suspension'), bands: [within] },
        true,
        /裁量基准档次之外/,
      ],
      ['no band chosen', { penalty: fine(yuan(20_000)), bands: [null] }, false, null],
      ['a legal person fined 5万元 (重大)', { penalty: fine(yuan(50_000)) }, true, /本局重大违法行为标准/],
      [
        'a complex case',
        { penalty: only('warning'), flags: { ...NO_FLAGS, complex: true } },
        true,
        /情节复杂/,
      ],
      [
        'a case of major public interest',
        { penalty: only('warning'), flags: { ...NO_FLAGS, majorPublicInterest: true } },
        true,
        /重大公共利益/,
      ],
    ];
  it.each(table)('%s: required = %s', (_label, input, required, ground) => {
    const r = req(input);
    expect(r.collective.required).toBe(required);
    if (ground) expect(r.collective.grounds.join('\n')).toMatch(ground);
  });

  it('does not require it outside the band when the bureau switched that off, but still reports the deviation', () => {
    const settings = { ...S, collectiveDiscussion: { ...S.collectiveDiscussion, whenOutsideBand: false } };
    const r = req({ penalty: fine(yuan(40_000)), bands: [band(yuan(10_000), yuan(30_000))], settings });
    expect(r.collective.required).toBe(false);
    expect(r.outsideBand).toEqual(['拟罚款40000元，高于本档次上限30000元']);
  });
});

describe('thresholdPartyKind (the strictest party)', () => {
  it.each<[PartyKind[], PartyKind]>([
    [['legal_person'], 'legal_person'],
    [['unincorporated'], 'unincorporated'],
    [['individual_business'], 'individual_business'],
    [['natural'], 'natural'],
    [['legal_person', 'natural'], 'natural'],
    [['legal_person', 'unincorporated'], 'unincorporated'],
    [['unincorporated', 'individual_business'], 'individual_business'],
    [['individual_business', 'natural', 'legal_person'], 'natural'],
    [[], 'legal_person'],
  ])('%j → %s', (kinds, want) => expect(thresholdPartyKind(kinds)).toBe(want));
});

describe('reviewFlags and proposed', () => {
  it('maps every flag to its 第五十八条 item', () => {
    expect(
      reviewFlags({ majorPublicInterest: true, majorRights: true, complex: true, otherLaw: true }),
    ).toEqual(['major_public_interest', 'major_rights_after_hearing', 'complex', 'other_law']);
    expect(reviewFlags(NO_FLAGS)).toEqual([]);
  });

  it('drops null amounts and empty notes of a contract penalty', () => {
    expect(
      proposed({
        items: [
          { kind: 'fine', amountFen: 100, note: '' },
          { kind: 'warning', amountFen: null, note: null },
          { kind: 'order_suspension', note: '停产整顿一个月' },
        ],
      }),
    ).toEqual({
      items: [
        { kind: 'fine', amountFen: 100 },
        { kind: 'warning' },
        { kind: 'order_suspension', note: '停产整顿一个月' },
      ],
    });
    expect(proposed(null)).toEqual({ items: [] });
  });
});

describe('missingAvRecords (音像记录事项清单)', () => {
  const list = S.avRequiredSteps;
  const seizure = list.find((r) => r.step === 'seizure')!;

  it('lists a step on the list that happened without an audio-video record', () => {
    const out = missingAvRecords(
      list,
      [{ step: 'seizure', detail: '2026-03-02 查封危险化学品仓库' }],
      new Set(),
    );
    expect(out).toEqual([
      {
        step: 'seizure',
        label: '查封、扣押',
        detail: `2026-03-02 查封危险化学品仓库：未附音像记录（${seizure.basis}）`,
      },
    ]);
  });

  it('does not list it when an audio-video file is attached to that step', () => {
    expect(
      missingAvRecords(list, [{ step: 'seizure', detail: '查封' }], new Set(['seizure'] as const)),
    ).toEqual([]);
  });

  it('ignores a step that is not on the list', () => {
    expect(missingAvRecords(list, [{ step: 'inspection', detail: '现场检查' }], new Set())).toEqual([]);
    expect(missingAvRecords(list, [{ step: 'hearing', detail: '听证会' }], new Set())).toEqual([]);
  });

  it('does not list a step on the list that did not happen', () => {
    expect(missingAvRecords(list, [], new Set())).toEqual([]);
  });

  it('joins several occurrences of one step and keeps the list order', () => {
    const out = missingAvRecords(
      list,
      [
        { step: 'delivery_left', detail: '留置送达处罚告知书' },
        { step: 'seizure', detail: '查封一' },
        { step: 'seizure', detail: '查封二' },
      ],
      new Set(),
    );
    expect(out.map((o) => o.step)).toEqual(['seizure', 'delivery_left']);
    expect(out[0]!.detail.startsWith('查封一；查封二：未附音像记录')).toBe(true);
    expect(out[1]!.detail).toContain('民事诉讼法》第八十九条');
  });

  it('counts an AV file on one step only for that step', () => {
    const out = missingAvRecords(
      list,
      [
        { step: 'seizure', detail: '查封' },
        { step: 'power_cut', detail: '停止供电' },
      ],
      new Set(['seizure'] as const),
    );
    expect(out.map((o) => o.step)).toEqual(['power_cut']);
  });
});

describe('outsideBands (第三十四条)', () => {
  const b = band(yuan(10_000), yuan(30_000));
  it.each<[string, ProposedPenalty, (DiscretionBand | null)[], string[]]>([
    ['no band', fine(yuan(1)), [], []],
    ['only null bands', fine(yuan(1)), [null, null], []],
    ['inside the band, at its lower bound', fine(yuan(10_000)), [b], []],
    ['inside the band, at its upper bound', fine(yuan(30_000)), [b], []],
    ['below the band', fine(yuan(9_999)), [b], ['拟罚款9999元，低于本档次下限10000元']],
    ['above the band', fine(yuan(30_000) + 1), [b], ['拟罚款30000.01元，高于本档次上限30000元']],
    [
      'no fine in a fining band',
      only('warning'),
      [b],
      ['本档次应处罚款（10000元至30000元），拟未处罚款', '本档次不包括「警告」'],
    ],
    [
      'a fine in a band without fines',
      fine(yuan(100)),
      [band(null, null, ['warning'])],
      ['本档次不处罚款，拟罚款100元', '本档次应同时给予「警告」'],
    ],
    [
      'confiscated gains are always allowed',
      {
        items: [
          { kind: 'fine', amountFen: yuan(20_000) },
          { kind: 'confiscate_gains', amountFen: 5 },
        ],
      },
      [b],
      [],
    ],
  ])('%s', (_label, penalty, bands, reasons) => {
    expect(outsideBands(penalty, bands)).toEqual(reasons);
  });

  it('collects the reasons of every violated band', () => {
    const other = band(yuan(50_000), yuan(100_000));
    expect(outsideBands(fine(yuan(40_000)), [b, null, other])).toEqual([
      '拟罚款40000元，高于本档次上限30000元',
      '拟罚款40000元，低于本档次下限50000元',
    ]);
  });
});

describe('beyondStatutoryRange (行政处罚法 第四条、第三十四条)', () => {
  type Range = { name: string; kinds: string[]; fineMaxFen: number | null };
  const storage: Range = { name: '未按规定储存', kinds: ['warning', 'fine'], fineMaxFen: yuan(100_000) };
  const licence: Range = {
    name: '未取得许可',
    kinds: ['fine', 'order_suspension'],
    fineMaxFen: yuan(50_000),
  };
  const gains: Range = { name: '按违法所得倍数处罚', kinds: ['fine', 'confiscate_gains'], fineMaxFen: null };

  it.each<[string, ProposedPenalty, Range[], number]>([
    ['no violation found yet (nothing to compare)', fine(yuan(1_000_000)), [], 0],
    ['a fine at the maximum', fine(yuan(100_000)), [storage], 0],
    ['a fine one fen above the maximum', fine(yuan(100_000) + 1), [storage], 1],
    ['a fine within the sum of two maxima', fine(yuan(150_000)), [storage, licence], 0],
    ['a fine above the sum of two maxima', fine(yuan(150_000) + 1), [storage, licence], 1],
    ['a kind only another violation provides', fine(yuan(1_000), 'order_suspension'), [storage, licence], 0],
    ['a kind no provision provides', fine(yuan(1_000), 'order_closure'), [storage, licence], 1],
    ['a fine where one provision has no upper limit', fine(yuan(10_000_000)), [storage, gains], 0],
    ['a fine and a kind both beyond the range', fine(yuan(200_000), 'revoke_license'), [storage], 2],
  ])('%s: %i reason(s)', (_label, penalty, ranges, n) => {
    expect(beyondStatutoryRange(penalty, ranges)).toHaveLength(n);
  });

  it('states the fine and the cap', () => {
    expect(beyondStatutoryRange(fine(yuan(150_000)), [storage])).toEqual([
      '拟罚款 150000.00 元，超过处罚依据规定的上限 100000.00 元',
    ]);
  });
});
