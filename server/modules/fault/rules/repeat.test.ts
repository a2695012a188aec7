import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../../../kernel/local-date.js';
import { DEFAULT_REPEAT, repeated, windowStart, type RepeatSettings } from './repeat.js';

const d = parseLocalDate;
const THREE: RepeatSettings = { repeatWindowMonths: 12, repeatThreshold: 3 };

describe('第八条第二项 多次: the window', () => {
  it('defaults to two faults within 12 months', () => {
    expect(DEFAULT_REPEAT).toEqual({ repeatWindowMonths: 12, repeatThreshold: 2 });
  });

  it('reaches back to the same day 12 months before', () => {
    expect(windowStart(d('2026-05-08'), DEFAULT_REPEAT)).toBe('2025-05-08');
  });

  it('counts a prior fault exactly 12 months before, not one a day earlier', () => {
    expect(repeated(['2025-05-08'], d('2026-05-08'))).toEqual({ within: ['2025-05-08'], repeated: true });
    expect(repeated(['2025-05-07'], d('2026-05-08'))).toEqual({ within: [], repeated: false });
  });

  it('counts a prior fault decided the same day', () => {
    expect(repeated(['2026-05-08'], d('2026-05-08')).repeated).toBe(true);
  });

  it('ignores faults dated after the new one', () => {
    expect(repeated(['2026-05-09'], d('2026-05-08'))).toEqual({ within: [], repeated: false });
  });

  it('a first fault is no repeat', () => {
    expect(repeated([], d('2026-05-08'))).toEqual({ within: [], repeated: false });
  });

  it('returns the faults within the window in date order', () => {
    expect(repeated(['2026-01-10', '2024-12-31', '2025-09-01'], d('2026-05-08')).within).toEqual([
      '2025-09-01',
      '2026-01-10',
    ]);
  });
});

describe('第八条第二项 多次: the threshold', () => {
  it('with a threshold of 3, one prior fault is not enough and two are', () => {
    expect(repeated(['2025-09-01'], d('2026-05-08'), THREE).repeated).toBe(false);
    expect(repeated(['2025-09-01', '2026-01-10'], d('2026-05-08'), THREE).repeated).toBe(true);
  });

  it('with a threshold of 3, a second prior fault outside the window does not count', () => {
    expect(repeated(['2025-05-07', '2026-01-10'], d('2026-05-08'), THREE)).toEqual({
      within: ['2026-01-10'],
      repeated: false,
    });
  });

  it('follows a shorter window', () => {
    const six = { repeatWindowMonths: 6, repeatThreshold: 2 };
    expect(windowStart(d('2026-05-08'), six)).toBe('2025-11-08');
    expect(repeated(['2025-11-08'], d('2026-05-08'), six).repeated).toBe(true);
    expect(repeated(['2025-11-07'], d('2026-05-08'), six).repeated).toBe(false);
  });
});

describe('第八条第二项 多次: month ends (对应日, 民法典 第二百零二条)', () => {
  it('a window ending on 29 February reaches back to 28 February of a common year', () => {
    expect(windowStart(d('2028-02-29'), DEFAULT_REPEAT)).toBe('2027-02-28');
    expect(repeated(['2027-02-28'], d('2028-02-29')).repeated).toBe(true);
    expect(repeated(['2027-02-27'], d('2028-02-29')).repeated).toBe(false);
  });

  it('a window from 28 February of a common year reaches back to 28 February of a leap year', () => {
    expect(windowStart(d('2025-02-28'), DEFAULT_REPEAT)).toBe('2024-02-28');
    expect(repeated(['2024-02-28'], d('2025-02-28')).repeated).toBe(true);
    expect(repeated(['2024-02-27'], d('2025-02-28')).repeated).toBe(false);
  });

  it('a month window from the 31st clamps to the last day of a shorter month', () => {
    const one = { repeatWindowMonths: 1, repeatThreshold: 2 };
    expect(windowStart(d('2026-03-31'), one)).toBe('2026-02-28');
    expect(repeated(['2026-02-28'], d('2026-03-31'), one).repeated).toBe(true);
    expect(repeated(['2026-02-27'], d('2026-03-31'), one).repeated).toBe(false);
    expect(windowStart(d('2026-05-31'), { repeatWindowMonths: 3, repeatThreshold: 2 })).toBe('2026-02-28');
  });
});
