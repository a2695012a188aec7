import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../../../kernel/local-date.js';
import {
  formatYuan,
  matchLine,
  normaliseDecisionNo,
  normaliseName,
  type OpenObligation,
  type StatementLine,
} from './matching.js';

const COMPANY = '赤峰市某某化工有限公司';
const open: OpenObligation[] = [
  {
    obligationId: 'o-12',
    decisionNo: '赤应急罚〔2026〕12号',
    partyName: COMPANY,
    outstandingFen: 5_000_000,
    surchargeDueFen: 0,
  },
  {
    obligationId: 'o-13',
    decisionNo: '赤应急罚〔2026〕13号',
    partyName: '张三',
    outstandingFen: 20000,
    surchargeDueFen: 1800,
  },
  {
    obligationId: 'o-7',
    decisionNo: '赤应急罚〔2026〕7号',
    partyName: '赤峰某矿业（集团）有限责任公司',
    outstandingFen: 3_000_000,
    surchargeDueFen: 0,
  },
];

function line(overrides: Partial<StatementLine>): StatementLine {
  return {
    lineNo: 4,
    payer: COMPANY,
    amountFen: 5_000_000,
    paidOn: parseLocalDate('2026-11-24'),
    reference: '202611240001',
    memo: '缴纳赤应急罚〔2026〕12号罚款',
    ...overrides,
  };
}

describe('normalising', () => {
  it.each([
    '赤应急罚〔2026〕12号',
    '赤应急罚[2026]12号',
    '赤应急罚【2026】12号',
    '赤应急罚(2026)12号',
    '赤应急罚（2026）12号',
    '赤应急罚（２０２６）１２号',
    '赤应急罚 〔2026〕 12 号',
    '赤应急罚2026 12号',
  ])('reads %s as one decision number', (text) => {
    expect(normaliseDecisionNo(text)).toBe('赤应急罚202612号');
  });

  it('upper-cases Latin letters and drops all whitespace, full-width spaces included', () => {
    expect(normaliseDecisionNo('ｃｆ　罚〔2026〕1号')).toBe('CF罚20261号');
  });

  it.each([
    ['赤峰某矿业（集团）有限责任公司', '赤峰某矿业(集团)有限责任公司'],
    ['赤峰某矿业 (集团) 有限责任公司', '赤峰某矿业(集团)有限责任公司'],
    ['赤峰某矿业【集团】有限责任公司', '赤峰某矿业(集团)有限责任公司'],
    ['张　三', '张三'],
    ['ｃｆ Trading 有限公司', 'CFTRADING有限公司'],
  ])('reads the name %s as %s', (text, key) => {
    expect(normaliseName(text)).toBe(key);
  });

  it('formats fen as yuan with separators', () => {
    expect(formatYuan(5_000_000)).toBe('¥50,000.00');
    expect(formatYuan(21800)).toBe('¥218.00');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(123_456_789)).toBe('¥1,234,567.89');
  });
});

describe('matching a statement line', () => {
  it('accepts the next instalment of an approved plan, but not another partial amount', () => {
    const plan: OpenObligation[] = [{ ...open[0]!, nextInstalmentFen: 2_000_000 }];
    const memo = '赤应急罚〔2026〕12号';
    expect(matchLine(line({ amountFen: 2_000_000, memo }), plan)).toMatchObject({
      kind: 'matched',
      obligationId: 'o-12',
      principalFen: 2_000_000,
      surchargeFen: 0,
    });
    expect(matchLine(line({ amountFen: 1_000_000, memo }), plan).kind).toBe('unmatched');
    expect(matchLine(line({ amountFen: 2_000_000, memo }), open).kind).toBe('unmatched');
  });
  it('matches when number, payer and amount agree', () => {
    expect(matchLine(line({}), open)).toEqual({
      kind: 'matched',
      obligationId: 'o-12',
      principalFen: 5_000_000,
      surchargeFen: 0,
    });
  });

  it('finds the number in the reference as well as in the memo, however it is bracketed', () => {
    expect(matchLine(line({ memo: '', reference: '赤应急罚(2026)12号' }), open)).toMatchObject({
      kind: 'matched',
      obligationId: 'o-12',
    });
    expect(matchLine(line({ memo: '罚款 赤应急罚［２０２６］１２号' }), open)).toMatchObject({
      kind: 'matched',
    });
  });

  it('tolerates full-width brackets and spaces in the payer', () => {
    const r = matchLine(
      line({ payer: '赤峰某矿业(集团)有限责任公司 ', amountFen: 3_000_000, memo: '赤应急罚〔2026〕7号' }),
      open,
    );
    expect(r).toEqual({ kind: 'matched', obligationId: 'o-7', principalFen: 3_000_000, surchargeFen: 0 });
  });

  it('splits principal and surcharge when the amount is both together', () => {
    const paid = line({ payer: '张三', amountFen: 21800, memo: '赤应急罚〔2026〕13号' });
    expect(matchLine(paid, open)).toEqual({
      kind: 'matched',
      obligationId: 'o-13',
      principalFen: 20000,
      surchargeFen: 1800,
    });
    expect(matchLine({ ...paid, amountFen: 20000 }, open)).toEqual({
      kind: 'matched',
      obligationId: 'o-13',
      principalFen: 20000,
      surchargeFen: 0,
    });
  });

  it('does not take 赤应急罚〔2026〕1号 for 〔2026〕12号 or 13号', () => {
    const withOne: OpenObligation[] = [
      ...open,
      {
        obligationId: 'o-1',
        decisionNo: '赤应急罚〔2026〕1号',
        partyName: COMPANY,
        outstandingFen: 5_000_000,
        surchargeDueFen: 0,
      },
    ];
    expect(matchLine(line({}), withOne)).toMatchObject({ kind: 'matched', obligationId: 'o-12' });
    expect(matchLine(line({ memo: '赤应急罚〔2026〕1号' }), withOne)).toMatchObject({
      kind: 'matched',
      obligationId: 'o-1',
    });
  });

  it('prefers the longer number when one contains another', () => {
    const nested: OpenObligation[] = [
      ...open,
      {
        obligationId: 'o-x',
        decisionNo: '应急罚〔2026〕12号',
        partyName: COMPANY,
        outstandingFen: 5_000_000,
        surchargeDueFen: 0,
      },
    ];
    expect(matchLine(line({}), nested)).toMatchObject({ kind: 'matched', obligationId: 'o-12' });
    expect(matchLine(line({ memo: '某县应急罚〔2026〕12号' }), nested)).toMatchObject({
      kind: 'matched',
      obligationId: 'o-x',
    });
  });

  it('reports a missing number, suggesting obligations with the same payer and amount', () => {
    expect(matchLine(line({ memo: '罚款', reference: 'XY0001' }), open)).toEqual({
      kind: 'unmatched',
      reasons: ['未找到决定书文号'],
      suggestions: ['o-12'],
    });
    expect(matchLine(line({ memo: '罚款', payer: '李四' }), open)).toEqual({
      kind: 'unmatched',
      reasons: ['未找到决定书文号'],
      suggestions: [],
    });
  });

  it('reports a number that is paid off or unknown', () => {
    expect(matchLine(line({ memo: '缴纳赤应急罚〔2026〕9号罚款' }), open)).toEqual({
      kind: 'unmatched',
      reasons: ['决定书文号对应的罚款已缴清或不存在（赤应急罚〔2026〕9号）'],
      suggestions: ['o-12'],
    });
  });

  it('reports a different payer', () => {
    expect(matchLine(line({ payer: '赤峰市某某化工有限公司第一分公司' }), open)).toEqual({
      kind: 'unmatched',
      reasons: ['缴款人「赤峰市某某化工有限公司第一分公司」与当事人「赤峰市某某化工有限公司」不一致'],
      suggestions: ['o-12'],
    });
  });

  it('reports a different amount (a partial payment is booked by a person)', () => {
    expect(matchLine(line({ amountFen: 2_500_000 }), open)).toEqual({
      kind: 'unmatched',
      reasons: ['金额 ¥25,000.00 与应缴金额 ¥50,000.00 不符'],
      suggestions: ['o-12'],
    });
    expect(matchLine(line({ payer: '张三', amountFen: 20500, memo: '赤应急罚〔2026〕13号' }), open)).toEqual({
      kind: 'unmatched',
      reasons: ['金额 ¥205.00 与应缴金额 ¥200.00 不符（连同加处罚款应为 ¥218.00）'],
      suggestions: ['o-13'],
    });
  });

  it('reports every disagreement at once', () => {
    const r = matchLine(line({ payer: '王五', amountFen: 100 }), open);
    expect(r).toEqual({
      kind: 'unmatched',
      reasons: [
        '缴款人「王五」与当事人「赤峰市某某化工有限公司」不一致',
        '金额 ¥1.00 与应缴金额 ¥50,000.00 不符',
      ],
      suggestions: ['o-12'],
    });
  });

  it('refuses to choose between two obligations named in one line', () => {
    const r = matchLine(line({ memo: '赤应急罚〔2026〕12号、赤应急罚〔2026〕13号' }), open);
    expect(r).toEqual({
      kind: 'unmatched',
      reasons: ['匹配到多笔应缴罚款，须人工确认'],
      suggestions: ['o-12', 'o-13'],
    });
    // The same number open twice (a data error) is not guessed either.
    const twice = [...open, { ...open[0]!, obligationId: 'o-12b' }];
    expect(matchLine(line({}), twice)).toMatchObject({
      kind: 'unmatched',
      reasons: ['匹配到多笔应缴罚款，须人工确认'],
    });
  });

  it('suggests by payer and amount as well as by number', () => {
    // The memo names 13号 but the payer and amount are those of 12号.
    const r = matchLine(line({ memo: '赤应急罚〔2026〕13号' }), open);
    expect(r).toMatchObject({ kind: 'unmatched', suggestions: ['o-13', 'o-12'] });
  });

  it('matches nothing against no open obligations', () => {
    expect(matchLine(line({}), [])).toEqual({
      kind: 'unmatched',
      reasons: ['决定书文号对应的罚款已缴清或不存在（赤应急罚〔2026〕12号）'],
      suggestions: [],
    });
  });
});
