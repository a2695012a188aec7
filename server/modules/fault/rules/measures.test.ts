import { describe, expect, it } from 'vitest';
import type { Measure } from '../../../../common/contracts/fault.js';
import { heavierParts, isHeavier, measureText, weight } from './measures.js';

describe('weight of measures', () => {
  it('is the heaviest rank, 0 for none', () => {
    expect(weight([])).toBe(0);
    expect(weight(['criticism'])).toBe(1);
    expect(weight(['criticism', 'removal', 'admonition'])).toBe(6);
    expect(weight(['discipline_referral'])).toBe(7);
  });
});

describe('heavier than the measures told (公务员法 第六十三条) or decided (复核)', () => {
  const cases: Array<[string, Measure[], Measure[], Measure[]]> = [
    // [what, next, before, heavier parts]
    ['the same measures', ['admonition', 'circulated'], ['admonition', 'circulated'], []],
    ['the same measures in another order', ['circulated', 'admonition'], ['admonition', 'circulated'], []],
    ['fewer measures', ['admonition'], ['admonition', 'circulated'], []],
    ['none at all (免予处理)', [], ['removal'], []],
    ['a lighter one instead', ['criticism'], ['admonition'], []],
    ['a heavier one instead', ['removal'], ['admonition'], ['removal']],
    [
      'a heavier one added',
      ['admonition', 'certificate_suspension'],
      ['admonition'],
      ['certificate_suspension'],
    ],
    ['another one of the same rank', ['honours_cancelled'], ['circulated'], ['honours_cancelled']],
    ['any measure where none was told', ['criticism'], [], ['criticism']],
    ['a lighter one added', ['admonition', 'criticism'], ['admonition'], ['criticism']],
    [
      'two lighter ones for one',
      ['criticism', 'self_examination'],
      ['admonition'],
      ['criticism', 'self_examination'],
    ],
    [
      'a lighter one for a lighter one, keeping the count',
      ['criticism', 'removal'],
      ['admonition', 'removal'],
      [],
    ],
    ['a repeated measure', ['criticism', 'criticism'], ['criticism'], []],
    [
      'the discipline referral added',
      ['removal', 'discipline_referral'],
      ['removal'],
      ['discipline_referral'],
    ],
  ];
  it.each(cases)('%s', (_what, next, before, parts) => {
    expect(heavierParts(next, before)).toEqual(parts);
    expect(isHeavier(next, before)).toBe(parts.length > 0);
  });
});

describe('measureText', () => {
  it('joins the labels, or says 免予处理', () => {
    expect(measureText(['admonition', 'honours_cancelled'])).toBe('诫勉谈话、取消当年评优评先资格');
    expect(measureText([])).toBe('免予处理');
  });
});
