import { describe, expect, it } from 'vitest';
import { capitalYuan, countZh, dateTimeZh, dateZh, timeRangeZh, yuan } from './format.js';

describe('yuan', () => {
  it.each([
    [500_000, '5,000.00元'],
    [0, '0.00元'],
    [5, '0.05元'],
    [3_200_000, '32,000.00元'],
    [123_456_789, '1,234,567.89元'],
  ])('%i fen is %s', (fen, text) => expect(yuan(fen)).toBe(text));

  it('refuses fractions of a fen', () => {
    expect(() => yuan(1.5)).toThrow(RangeError);
  });
});

describe('capitalYuan', () => {
  it.each([
    [500_000, '伍仟元整'],
    [5_000_000, '伍万元整'],
    [3_200_000, '叁万贰仟元整'],
    [1_005_050, '壹万零伍拾元伍角'],
    [10_000_000, '壹拾万元整'],
    [100_050_000, '壹佰万零伍佰元整'],
    [10_000_500_000, '壹亿零伍仟元整'],
    [100_500, '壹仟零伍元整'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
    [100_003, '壹仟元零叁分'],
    [50, '伍角'],
    [3, '叁分'],
    [0, '零元整'],
    [20_000, '贰佰元整'],
    [300_000, '叁仟元整'],
  ])('%i fen is %s', (fen, text) => expect(capitalYuan(fen)).toBe(text));
});

describe('dates and times', () => {
  it('writes body dates with Arabic numerals', () => {
    expect(dateZh('2026-10-12')).toBe('2026年10月12日');
  });

  it('writes a time to the minute', () => {
    expect(dateTimeZh('2026-10-15T09:05')).toBe('2026年10月15日9时05分');
  });

  it('leaves the date out of the end of a span on the same day', () => {
    expect(timeRangeZh('2026-10-15T09:30', '2026-10-15T10:45')).toBe('2026年10月15日9时30分至10时45分');
    expect(timeRangeZh('2026-10-15T23:30', '2026-10-16T00:15')).toBe(
      '2026年10月15日23时30分至2026年10月16日0时15分',
    );
  });

  it('rejects a malformed time', () => {
    expect(() => dateTimeZh('2026-10-15 09:30')).toThrow(RangeError);
  });

  it.each([
    [3, '三'],
    [5, '五'],
    [10, '十'],
    [15, '十五'],
    [60, '六十'],
  ])('counts %i days as %s', (n, text) => expect(countZh(n)).toBe(text));
});
