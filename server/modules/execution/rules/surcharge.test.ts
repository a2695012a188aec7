/**
 * 加处罚款 (行政处罚法 第七十二条第一款第（一）项, 第七十三条第三款). Most cases use a fine of 1,000 元 (100000 fen)
 * due on Tuesday 16 June 2026: one late day costs 30 元 (3000 fen), the cap is reached on the 34th day (102% → 100%).
 */
import { describe, expect, it } from 'vitest';
import { addDays, parseLocalDate, type LocalDate } from '../../../kernel/local-date.js';
import { computeSurcharge, SURCHARGE_RATE_PERMILLE, type SurchargeInput } from './surcharge.js';

const d = parseLocalDate;
const DUE = d('2026-06-16');
const FINE = 100000;

function one(overrides: Partial<SurchargeInput> & { asOf: LocalDate }) {
  return computeSurcharge({
    instalments: [{ dueOn: DUE, amountFen: FINE }],
    payments: [],
    pauses: [],
    ...overrides,
  });
}

describe('the rate', () => {
  it('is 3% a day, in thousandths', () => {
    expect(SURCHARGE_RATE_PERMILLE).toBe(30);
  });
});

describe('a single fine', () => {
  it('costs nothing when paid on the due date', () => {
    const r = one({ payments: [{ paidOn: DUE, amountFen: FINE }], asOf: d('2026-07-30') });
    expect(r.lines).toEqual([
      {
        dueOn: DUE,
        amountFen: FINE,
        startOn: null,
        paidInFullOn: DUE,
        days: 0,
        pausedDays: 0,
        surchargeFen: 0,
        capped: false,
      },
    ]);
    expect(r).toMatchObject({ totalFen: 0, capFen: FINE, capped: false, running: false, pausedNow: false });
    expect(r).toMatchObject({ firstStartOn: null, outstandingFen: 0, overpaidFen: 0 });
  });

  it('costs nothing on the due date itself while unpaid (the period ends at 24:00)', () => {
    const r = one({ asOf: DUE });
    expect(r.lines[0]).toMatchObject({ startOn: null, days: 0, surchargeFen: 0 });
    expect(r).toMatchObject({ running: false, outstandingFen: FINE });
  });

  it('counts one day, on the whole amount, for a payment the day after the due date', () => {
    const r = one({ payments: [{ paidOn: d('2026-06-17'), amountFen: FINE }], asOf: d('2026-07-30') });
    expect(r.lines[0]).toMatchObject({
      startOn: '2026-06-17',
      paidInFullOn: '2026-06-17',
      days: 1,
      surchargeFen: 3000,
      capped: false,
    });
    expect(r).toMatchObject({
      totalFen: 3000,
      running: false,
      firstStartOn: '2026-06-17',
      outstandingFen: 0,
    });
  });

  it('counts 30% for ten days late', () => {
    const paid = one({ payments: [{ paidOn: d('2026-06-26'), amountFen: FINE }], asOf: d('2026-12-31') });
    expect(paid.lines[0]).toMatchObject({ days: 10, surchargeFen: 30000 });
    const unpaid = one({ asOf: d('2026-06-26') });
    expect(unpaid.lines[0]).toMatchObject({ days: 10, surchargeFen: 30000, paidInFullOn: null });
    expect(unpaid).toMatchObject({ running: true, pausedNow: false, outstandingFen: FINE, totalFen: 30000 });
  });

  it.each([
    [1, 3000, false],
    [33, 99000, false],
    [34, 100000, true],
    [35, 100000, true],
    [400, 100000, true],
  ])('after %i days the surcharge is %i fen (capped: %s)', (days, fen, capped) => {
    const r = one({ asOf: addDays(DUE, days) });
    expect(r.lines[0]).toMatchObject({ days, surchargeFen: fen, capped });
    expect(r).toMatchObject({ totalFen: fen, capped, running: true });
  });

  it('sums thousandths before flooring once (not a floor per day)', () => {
    // 3.33 元: 9.99 fen a day. Ten days: 99.9 fen → 99 fen (a floor per day would give 90).
    const r = computeSurcharge({
      instalments: [{ dueOn: DUE, amountFen: 333 }],
      payments: [],
      pauses: [],
      asOf: addDays(DUE, 10),
    });
    expect(r.lines[0]).toMatchObject({ days: 10, surchargeFen: 99 });
    // One day of 1 fen is 0.03 fen: nothing, not a rounded-up fen.
    expect(
      computeSurcharge({
        instalments: [{ dueOn: DUE, amountFen: 1 }],
        payments: [],
        pauses: [],
        asOf: addDays(DUE, 1),
      }).totalFen,
    ).toBe(0);
  });

  it('stays exact for a very large fine', () => {
    // 90 亿元 in fen: 33 days are exactly 99%, the 34th day reaches the cap.
    const big = 900_000_000_000;
    const at = (days: number) =>
      computeSurcharge({
        instalments: [{ dueOn: DUE, amountFen: big }],
        payments: [],
        pauses: [],
        asOf: addDays(DUE, days),
      });
    expect(at(33).totalFen).toBe(891_000_000_000);
    expect(at(34)).toMatchObject({ totalFen: big, capped: true });
  });
});

describe('partial payments', () => {
  it('lower the base from the day after the payment', () => {
    // 17-20 June on 1,000 元 (a payment on the 20th still leaves the 20th at the full base): 4 × 3000;
    // 21-26 June on 600 元: 6 × 1800; paid in full on the 26th, which is counted.
    const r = one({
      payments: [
        { paidOn: d('2026-06-26'), amountFen: 60000 },
        { paidOn: d('2026-06-20'), amountFen: 40000 },
      ],
      asOf: d('2026-08-01'),
    });
    expect(r.lines[0]).toMatchObject({
      startOn: '2026-06-17',
      paidInFullOn: '2026-06-26',
      days: 10,
      surchargeFen: 4 * 3000 + 6 * 1800,
    });
    expect(r).toMatchObject({ outstandingFen: 0, running: false });
  });

  it('made before the due date leave only the rest to bear the surcharge', () => {
    const r = one({ payments: [{ paidOn: d('2026-06-01'), amountFen: 50000 }], asOf: d('2026-06-20') });
    expect(r.lines[0]).toMatchObject({
      startOn: '2026-06-17',
      paidInFullOn: null,
      days: 4,
      surchargeFen: 4 * 1500,
    });
    expect(r).toMatchObject({ outstandingFen: 50000, running: true });
  });

  it('keep the cap at the fine even when the base shrank late', () => {
    // 30 days on the full amount (90%), then 100 元 unpaid: 3 元 a day until the cap of 1,000 元.
    const r = one({ payments: [{ paidOn: d('2026-07-16'), amountFen: 90000 }], asOf: d('2026-12-31') });
    expect(r.lines[0]).toMatchObject({ surchargeFen: FINE, capped: true });
    // 90000 after 30 days; the remaining 10000 at 300 a day takes 34 more days (10200 ≥ 10000): the 64th day.
    expect(
      one({ payments: [{ paidOn: d('2026-07-16'), amountFen: 90000 }], asOf: addDays(DUE, 63) }).totalFen,
    ).toBe(90000 + 33 * 300);
    expect(
      one({ payments: [{ paidOn: d('2026-07-16'), amountFen: 90000 }], asOf: addDays(DUE, 64) }).capped,
    ).toBe(true);
  });

  it('ignore a payment dated after the evaluation day', () => {
    const r = one({ payments: [{ paidOn: d('2026-06-30'), amountFen: FINE }], asOf: d('2026-06-20') });
    expect(r.lines[0]).toMatchObject({ paidInFullOn: null, days: 4, surchargeFen: 12000 });
    expect(r.outstandingFen).toBe(FINE);
  });

  it('report what was paid beyond the fine and reduce nothing with it', () => {
    const r = one({
      payments: [
        { paidOn: d('2026-06-10'), amountFen: 70000 },
        { paidOn: d('2026-06-12'), amountFen: 50000 },
      ],
      asOf: d('2026-07-01'),
    });
    expect(r).toMatchObject({ totalFen: 0, outstandingFen: 0, overpaidFen: 20000 });
    expect(r.lines[0]?.paidInFullOn).toBe('2026-06-12');
  });
});

describe('pauses while a challenge is pending (第七十三条第三款)', () => {
  it('leave out the days a 复议 was pending', () => {
    // 17 June - 15 July: 29 late days; 复议 pending 20 June - 9 July inclusive (20 days): 9 counted.
    const r = one({ pauses: [{ from: d('2026-06-20'), to: d('2026-07-09') }], asOf: d('2026-07-15') });
    expect(r.lines[0]).toMatchObject({ startOn: '2026-06-17', days: 9, pausedDays: 20, surchargeFen: 27000 });
    expect(r).toMatchObject({ running: true, pausedNow: false });
  });

  it('stop the surcharge while the challenge is still pending on the evaluation day', () => {
    const r = one({ pauses: [{ from: d('2026-06-20'), to: null }], asOf: d('2026-07-15') });
    expect(r.lines[0]).toMatchObject({ days: 3, pausedDays: 26, surchargeFen: 9000 });
    expect(r).toMatchObject({ pausedNow: true, running: false });
  });

  it('count overlapping and repeated pauses once', () => {
    const pauses = [
      { from: d('2026-06-25'), to: d('2026-07-09') },
      { from: d('2026-06-20'), to: d('2026-07-01') },
      { from: d('2026-06-22'), to: d('2026-06-23') },
      { from: d('2026-06-20'), to: d('2026-07-01') },
    ];
    const r = one({ pauses, asOf: d('2026-07-15') });
    expect(r.lines[0]).toMatchObject({ days: 9, pausedDays: 20, surchargeFen: 27000 });
  });

  it('count adjacent pauses (复议 then 诉讼) as one stretch', () => {
    const r = one({
      pauses: [
        { from: d('2026-06-20'), to: d('2026-06-30') },
        { from: d('2026-07-01'), to: d('2026-07-09') },
      ],
      asOf: d('2026-07-15'),
    });
    expect(r.lines[0]).toMatchObject({ days: 9, pausedDays: 20 });
  });

  it('handle a challenge brought before the due date', () => {
    // Pending 10-20 June: the late days 17-20 June are paused; 21-30 June counted (10 days).
    const r = one({ pauses: [{ from: d('2026-06-10'), to: d('2026-06-20') }], asOf: d('2026-06-30') });
    expect(r.lines[0]).toMatchObject({ startOn: '2026-06-17', days: 10, pausedDays: 4, surchargeFen: 30000 });
    // A challenge that ended before the due date changes nothing.
    const before = one({ pauses: [{ from: d('2026-06-01'), to: d('2026-06-10') }], asOf: d('2026-06-30') });
    expect(before.lines[0]).toMatchObject({ days: 14, pausedDays: 0, surchargeFen: 42000 });
  });

  it('push the cap later by the paused days', () => {
    const pauses = [{ from: d('2026-06-20'), to: d('2026-07-09') }];
    expect(one({ pauses, asOf: addDays(DUE, 53) })).toMatchObject({ totalFen: 99000, capped: false });
    expect(one({ pauses, asOf: addDays(DUE, 54) })).toMatchObject({ totalFen: FINE, capped: true });
  });

  it('is not "paused now" when nothing is overdue', () => {
    const r = one({
      payments: [{ paidOn: DUE, amountFen: FINE }],
      pauses: [{ from: d('2026-06-20'), to: null }],
      asOf: d('2026-07-15'),
    });
    expect(r).toMatchObject({ pausedNow: false, running: false, totalFen: 0 });
    const early = one({ pauses: [{ from: d('2026-06-01'), to: null }], asOf: d('2026-06-10') });
    expect(early).toMatchObject({ pausedNow: false, running: false });
  });

  it('never decreases from day to day, never passes the cap, and does not grow on paused days', () => {
    const pauses = [{ from: d('2026-07-01'), to: d('2026-07-10') }];
    const payments = [{ paidOn: d('2026-06-25'), amountFen: 25000 }];
    let previous = 0;
    for (let n = 0; n < 90; n++) {
      const asOf = addDays(DUE, n);
      const r = one({ pauses, payments, asOf });
      expect(r.totalFen).toBeGreaterThanOrEqual(previous);
      expect(r.totalFen).toBeLessThanOrEqual(r.capFen);
      if (asOf >= '2026-07-01' && asOf <= '2026-07-10') expect(r.totalFen).toBe(previous);
      previous = r.totalFen;
    }
    expect(previous).toBe(FINE);
  });
});

describe('instalments (分期缴纳)', () => {
  const instalments = [
    { dueOn: d('2026-06-16'), amountFen: 30000 },
    { dueOn: d('2026-07-16'), amountFen: 30000 },
    { dueOn: d('2026-08-17'), amountFen: 40000 },
  ];

  it('run each instalment from its own due date with its own cap', () => {
    const r = computeSurcharge({
      instalments,
      payments: [
        { paidOn: d('2026-06-16'), amountFen: 30000 },
        { paidOn: d('2026-07-20'), amountFen: 30000 },
      ],
      pauses: [],
      asOf: d('2026-08-21'),
    });
    expect(r.lines.map((l) => [l.startOn, l.paidInFullOn, l.days, l.surchargeFen])).toEqual([
      [null, '2026-06-16', 0, 0],
      ['2026-07-17', '2026-07-20', 4, 4 * 900],
      ['2026-08-18', null, 4, 4 * 1200],
    ]);
    expect(r).toMatchObject({
      totalFen: 3600 + 4800,
      capFen: FINE,
      capped: false,
      running: true,
      firstStartOn: '2026-07-17',
      outstandingFen: 40000,
    });
  });

  it('apply payments to the oldest instalment first', () => {
    // 450 元 on 20 July: 300 元 complete the first instalment (34 days late: capped at 300 元), 150 元 go to the
    // second (4 days on 300 元, then 150 元 from 21 July to 31 July: 11 days).
    const r = computeSurcharge({
      instalments: [...instalments].reverse(),
      payments: [{ paidOn: d('2026-07-20'), amountFen: 45000 }],
      pauses: [],
      asOf: d('2026-07-31'),
    });
    expect(r.lines.map((l) => l.dueOn)).toEqual(['2026-06-16', '2026-07-16', '2026-08-17']);
    expect(r.lines[0]).toMatchObject({
      paidInFullOn: '2026-07-20',
      days: 34,
      surchargeFen: 30000,
      capped: true,
    });
    expect(r.lines[1]).toMatchObject({ paidInFullOn: null, days: 15, surchargeFen: 4 * 900 + 11 * 450 });
    expect(r.lines[2]).toMatchObject({ startOn: null, days: 0, surchargeFen: 0 });
    expect(r).toMatchObject({ outstandingFen: 55000, capped: false, running: true });
  });

  it('report the whole as capped only when every instalment is', () => {
    const r = computeSurcharge({ instalments, payments: [], pauses: [], asOf: d('2026-12-31') });
    expect(r.lines.every((l) => l.capped)).toBe(true);
    expect(r).toMatchObject({ totalFen: FINE, capFen: FINE, capped: true });
  });

  it('treat a deferral as one instalment with the new due date', () => {
    const r = computeSurcharge({
      instalments: [{ dueOn: d('2026-09-30'), amountFen: FINE }],
      payments: [],
      pauses: [],
      asOf: d('2026-09-30'),
    });
    expect(r).toMatchObject({ totalFen: 0, running: false, firstStartOn: null, outstandingFen: FINE });
  });
});

describe('edge cases and programming errors', () => {
  it('returns zeros for no instalments and ignores zero-amount instalments', () => {
    expect(computeSurcharge({ instalments: [], payments: [], pauses: [], asOf: DUE })).toEqual({
      lines: [],
      totalFen: 0,
      capFen: 0,
      capped: false,
      pausedNow: false,
      running: false,
      firstStartOn: null,
      outstandingFen: 0,
      overpaidFen: 0,
    });
    const zero = computeSurcharge({
      instalments: [{ dueOn: DUE, amountFen: 0 }],
      payments: [],
      pauses: [],
      asOf: d('2026-07-01'),
    });
    expect(zero.lines[0]).toMatchObject({ startOn: null, days: 0, surchargeFen: 0, capped: false });
    expect(zero).toMatchObject({ running: false, capped: false });
  });

  it.each<[string, Partial<SurchargeInput>]>([
    ['a negative instalment', { instalments: [{ dueOn: DUE, amountFen: -1 }] }],
    ['a fractional instalment', { instalments: [{ dueOn: DUE, amountFen: 10.5 }] }],
    ['a negative payment', { payments: [{ paidOn: DUE, amountFen: -100 }] }],
    ['a pause ending before it starts', { pauses: [{ from: d('2026-07-01'), to: d('2026-06-30') }] }],
  ])('throws on %s', (_name, overrides) => {
    expect(() => one({ ...overrides, asOf: d('2026-07-15') })).toThrow(Error);
  });
});
