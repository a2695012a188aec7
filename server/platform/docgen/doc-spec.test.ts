import { describe, expect, it } from 'vitest';
import { chineseDate } from './doc-spec.js';

describe('chineseDate', () => {
  it.each([
    ['2026-11-24', '二〇二六年十一月二十四日'],
    ['2026-01-01', '二〇二六年一月一日'],
    ['2030-10-10', '二〇三〇年十月十日'],
    ['2025-12-31', '二〇二五年十二月三十一日'],
    ['2026-02-20', '二〇二六年二月二十日'],
  ])('writes %s as %s', (iso, zh) => {
    expect(chineseDate(iso)).toBe(zh);
  });

  it('rejects a date that does not exist', () => {
    expect(() => chineseDate('2026-02-30')).toThrow();
  });
});
