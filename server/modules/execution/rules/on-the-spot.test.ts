import { describe, expect, it } from 'vitest';
import {
  checkOnSpotCollection,
  ON_SPOT_GROUNDS,
  ON_SPOT_RULE,
  ON_SPOT_SMALL_LIMIT_FEN,
  type OnSpotInput,
} from './on-the-spot.js';

const LAW = '《中华人民共和国行政处罚法》';
const ORDINARY_REFUSAL = {
  ok: false,
  reason: '普通程序作出的罚款决定不得当场收缴（仅边远、水上、交通不便地区经当事人提出的除外）',
  basis: `${LAW}第六十七条第二款、第六十八条、第六十九条`,
  rule: ON_SPOT_RULE,
};

describe('on-the-spot collection', () => {
  it('has the three grounds of 第六十八条 and 第六十九条 and a 100-yuan limit', () => {
    expect(ON_SPOT_GROUNDS).toEqual(['small_amount', 'hard_to_collect', 'remote_area']);
    expect(ON_SPOT_SMALL_LIMIT_FEN).toBe(10000);
  });

  describe('a fine of 100 yuan or less (第六十八条第（一）项)', () => {
    it.each([1, 5000, 9999, 10000])('is allowed at %i fen under the simple procedure', (amountFen) => {
      expect(checkOnSpotCollection({ procedure: 'simple', amountFen, ground: 'small_amount' })).toEqual({
        ok: true,
        basis: `${LAW}第六十八条第（一）项`,
      });
    });

    it('is refused above 100 yuan under the simple procedure (no 500-yuan tier)', () => {
      const r = checkOnSpotCollection({ procedure: 'simple', amountFen: 15000, ground: 'small_amount' });
      expect(r).toEqual({
        ok: false,
        reason:
          '罚款 150 元 超过 100 元，不能以「依法给予一百元以下罚款」为由当场收缴，应由当事人到指定的银行或者通过电子支付系统缴纳',
        basis: `${LAW}第六十八条第（一）项`,
        rule: ON_SPOT_RULE,
      });
      expect(
        checkOnSpotCollection({ procedure: 'simple', amountFen: 10001, ground: 'small_amount' }),
      ).toMatchObject({
        ok: false,
        reason: expect.stringContaining('罚款 100.01 元 超过 100 元') as string,
      });
      expect(
        checkOnSpotCollection({ procedure: 'simple', amountFen: 50000, ground: 'small_amount' }).ok,
      ).toBe(false);
    });

    it.each([5000, 15000])('is refused under the ordinary procedure (%i fen)', (amountFen) => {
      expect(checkOnSpotCollection({ procedure: 'ordinary', amountFen, ground: 'small_amount' })).toEqual(
        ORDINARY_REFUSAL,
      );
    });
  });

  describe('a fine hard to collect later (第六十八条第（二）项)', () => {
    it('is allowed under the simple procedure with the reason recorded, whatever the amount', () => {
      expect(
        checkOnSpotCollection({
          procedure: 'simple',
          amountFen: 300000,
          ground: 'hard_to_collect',
          reason: '当事人为流动摊贩，无固定住所',
        }),
      ).toEqual({ ok: true, basis: `${LAW}第六十八条第（二）项` });
    });

    it.each([undefined, null, '', '   '])('is refused without a reason (%j)', (reason) => {
      expect(
        checkOnSpotCollection({ procedure: 'simple', amountFen: 20000, ground: 'hard_to_collect', reason }),
      ).toEqual({
        ok: false,
        reason: '以「不当场收缴事后难以执行」为由当场收缴的，须记录事后难以执行的具体情形',
        basis: `${LAW}第六十八条第（二）项`,
        rule: ON_SPOT_RULE,
      });
    });

    it('is refused under the ordinary procedure even with a reason', () => {
      expect(
        checkOnSpotCollection({
          procedure: 'ordinary',
          amountFen: 20000,
          ground: 'hard_to_collect',
          reason: '流动经营',
        }),
      ).toEqual(ORDINARY_REFUSAL);
    });
  });

  describe('remote, water-borne or hard-to-reach areas (第六十九条)', () => {
    const base: OnSpotInput = {
      procedure: 'ordinary',
      amountFen: 5_000_000,
      ground: 'remote_area',
      reason: '克什克腾旗牧区，距最近代收银行网点 120 公里，当事人无法使用电子支付',
      partyRequested: true,
    };

    it.each(['simple', 'ordinary'] as const)(
      'is allowed under the %s procedure at the party’s request',
      (procedure) => {
        expect(checkOnSpotCollection({ ...base, procedure })).toEqual({
          ok: true,
          basis: `${LAW}第六十九条`,
        });
      },
    );

    it.each([false, undefined])('is refused when the party did not ask (%s)', (partyRequested) => {
      expect(checkOnSpotCollection({ ...base, partyRequested })).toEqual({
        ok: false,
        reason:
          '在边远、水上、交通不便地区当场收缴罚款须经当事人提出（当事人到指定的银行或者通过电子支付系统缴纳确有困难）',
        basis: `${LAW}第六十九条`,
        rule: ON_SPOT_RULE,
      });
    });

    it('is refused without the place and the difficulty recorded', () => {
      expect(checkOnSpotCollection({ ...base, reason: ' ' })).toMatchObject({
        ok: false,
        reason: expect.stringContaining('须记录收缴地点') as string,
        basis: `${LAW}第六十九条`,
      });
    });
  });

  it.each([0, -100, 10.5, Number.NaN])('throws on an amount of %s fen (a programming error)', (amountFen) => {
    expect(() => checkOnSpotCollection({ procedure: 'simple', amountFen, ground: 'small_amount' })).toThrow(
      Error,
    );
  });

  it('throws on an unknown ground', () => {
    expect(() =>
      checkOnSpotCollection({ procedure: 'simple', amountFen: 100, ground: 'cash_preferred' as never }),
    ).toThrow('unknown on-the-spot ground');
  });
});
