import { describe, expect, it } from 'vitest';
import { breakLines, type Line } from './text-layout.js';

/** Full-width characters one unit, Latin half a unit. */
const measure = (text: string) => [...text].reduce((w, ch) => w + (ch.codePointAt(0)! < 0x2000 ? 0.5 : 1), 0);
const texts = (lines: Line[]) => lines.map((l) => l.pieces.map((p) => p.text).join(''));

describe('breakLines', () => {
  it('fills lines to the width and indents only the first line of a paragraph', () => {
    const lines = breakLines([{ text: '一二三四五六七八九十甲乙丙丁' }], {
      width: 6,
      firstIndent: 2,
      measure,
    });
    expect(texts(lines)).toEqual(['一二三四', '五六七八九十', '甲乙丙丁']);
    expect(lines.map((l) => l.indent)).toEqual([2, 0, 0]);
    expect(lines.map((l) => l.justify)).toEqual([true, true, false]);
  });

  it('keeps closing punctuation off the start of a line by taking the character before it along', () => {
    const lines = breakLines([{ text: '一二三四五六，七八' }], { width: 6, measure });
    expect(texts(lines)).toEqual(['一二三四五', '六，七八']);
  });

  it('keeps an opening bracket off the end of a line', () => {
    const lines = breakLines([{ text: '一二三四五《六七》' }], { width: 6, measure });
    expect(texts(lines)).toEqual(['一二三四五', '《六七》']);
  });

  it('does not split numbers and codes', () => {
    const lines = breakLines([{ text: '罚款人民币50,000.00元' }], { width: 8, measure });
    expect(texts(lines)).toEqual(['罚款人民币', '50,000.00元']);
  });

  it('splits a word wider than the whole line', () => {
    const lines = breakLines([{ text: '91150400MA0N000000' }], { width: 4, measure });
    expect(lines.length).toBe(3);
    expect(texts(lines).join('')).toBe('91150400MA0N000000');
  });

  it('starts a new indented paragraph at a hard line break', () => {
    const lines = breakLines([{ text: '一二三\n四五' }], { width: 10, firstIndent: 2, measure });
    expect(texts(lines)).toEqual(['一二三', '四五']);
    expect(lines.map((l) => l.indent)).toEqual([2, 2]);
    expect(lines[0]!.justify).toBe(false);
  });

  it('keeps the style of each run', () => {
    const lines = breakLines([{ text: '问：', bold: true }, { text: '你好' }], { width: 10, measure });
    expect(lines[0]!.pieces.map((p) => p.bold)).toEqual([true, true, false, false]);
  });

  it('returns no lines for empty text', () => {
    expect(breakLines([{ text: '' }], { width: 10, measure })).toEqual([]);
  });
});
