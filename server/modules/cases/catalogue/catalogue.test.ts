import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAND_LEVELS, PARTY_KINDS, PENALTY_KINDS } from './types.js';
import { VIOLATION_TYPES } from './violations.data.js';

/** The statute text the catalogue cites, kept in the repository (docs/laws/, the public text of the 2021 law). */
const SAFETY_LAW_FILE = resolve(import.meta.dirname, '../../../../docs/laws/安全生产法(2021-06-10).md');

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numeral (一 … 九百九十九, with 十/百/零) to a number. */
function cnToNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '零') continue;
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      const d = DIGITS[ch];
      if (d === undefined) throw new Error(`not a Chinese numeral: ${text}`);
      digit = d;
    }
  }
  return total + digit;
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A number 1-999 as the statute writes it: 十, 十五, 二十, 一百, 一百零五. */
function numberToCn(n: number): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const o = n % 10;
  let s = '';
  if (h) s += `${CN[h]}百`;
  if (t) s += `${h || t > 1 ? CN[t] : ''}十`;
  else if (h && o) s += '零';
  if (o) s += CN[o];
  return s;
}

interface Article {
  /** The article's lines, first one without its 第X条 marker. */
  lines: string[];
  /** Paragraphs (款): lines that are not numbered items. */
  paragraphs: number;
  /** Item numbers (项) found as 「（X）」 lines. */
  items: Set<number>;
}

/** Articles of a law text in which each article starts a line with 「第X条 」. */
function parseArticles(text: string): Map<number, Article> {
  const articles = new Map<number, Article>();
  let current: Article | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const head = /^第([零一二三四五六七八九十百]+)条\s+(.*)$/.exec(line);
    if (head) {
      current = { lines: [head[2]!], paragraphs: 1, items: new Set() };
      articles.set(cnToNumber(head[1]!), current);
      continue;
    }
    if (line.startsWith('#') || line.startsWith('<!--')) {
      current = null;
      continue;
    }
    if (!current) continue;
    current.lines.push(line);
    const item = /^（([一二三四五六七八九十]+)）/.exec(line);
    if (item) current.items.add(cnToNumber(item[1]!));
    else current.paragraphs += 1;
  }
  return articles;
}

interface Citation {
  article: number;
  paragraphs: number[];
  item: number | null;
}

const N = '[一二三四五六七八九十百零]+';
const CITATION = new RegExp(`第(${N})条(?:第(${N})款(?:至第(${N})款)?)?(?:第（?(${N})）?项)?`, 'g');

function parseCitations(provision: string): Citation[] {
  return [...provision.matchAll(CITATION)].map((m) => {
    const from = m[2] ? cnToNumber(m[2]) : null;
    const to = m[3] ? cnToNumber(m[3]) : from;
    const paragraphs: number[] = [];
    if (from !== null && to !== null) for (let p = from; p <= to; p++) paragraphs.push(p);
    return { article: cnToNumber(m[1]!), paragraphs, item: m[4] ? cnToNumber(m[4]) : null };
  });
}

describe('the numeral helpers of this test', () => {
  it.each([
    ['十', 10],
    ['十五', 15],
    ['二十一', 21],
    ['九十七', 97],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十九', 119],
  ])('reads %s as %i and writes it back', (cn, n) => {
    expect(cnToNumber(cn)).toBe(n);
    expect(numberToCn(n)).toBe(cn);
  });

  it('reads paragraph ranges and items with or without brackets', () => {
    expect(parseCitations('《中华人民共和国安全生产法》第二十八条第一款至第三款、第四十四条第一款')).toEqual([
      { article: 28, paragraphs: [1, 2, 3], item: null },
      { article: 44, paragraphs: [1], item: null },
    ]);
    expect(parseCitations('第九十七条第三项；第六十五条第一款第（四）项')).toEqual([
      { article: 97, paragraphs: [], item: 3 },
      { article: 65, paragraphs: [1], item: 4 },
    ]);
  });
});

describe('the violation catalogue', () => {
  it('has 20 to 30 entries with unique codes and names', () => {
    expect(VIOLATION_TYPES.length).toBeGreaterThanOrEqual(20);
    expect(VIOLATION_TYPES.length).toBeLessThanOrEqual(30);
    const codes = VIOLATION_TYPES.map((v) => v.code);
    expect(new Set(codes).size).toBe(codes.length);
    const names = VIOLATION_TYPES.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const code of codes) expect(code).toMatch(/^AQSCF-\d+(-\d+|-K\d+)?(-P)?$/);
  });

  it.each(VIOLATION_TYPES.map((v) => [v.code, v] as const))('%s is well formed', (_code, v) => {
    expect(v.name.trim()).not.toBe('');
    expect(v.violatedProvision).toMatch(/^《中华人民共和国安全生产法》第/);
    expect(v.penaltyProvision).toMatch(/^《中华人民共和国安全生产法》第/);
    expect(v.appliesTo.length).toBeGreaterThan(0);
    for (const p of v.appliesTo) expect(PARTY_KINDS).toContain(p);
    for (const k of v.statutoryRange.kinds) expect(PENALTY_KINDS).toContain(k);
    expect(v.sourceTag).toBe('法-V');
    // Persons fined (主要负责人, 直接责任人员) are natural persons; the unit entries never mix them in.
    expect(v.appliesTo.includes('natural')).toBe(v.appliesTo.length === 1);
  });

  it.each(VIOLATION_TYPES.map((v) => [v.code, v] as const))(
    '%s: amounts are integer fen, bands lie within the statutory range, lightest first, without overlaps',
    (_code, v) => {
      const r = v.statutoryRange;
      expect(r.fineMinFen === null).toBe(r.fineMaxFen === null);
      if (r.fineMinFen !== null && r.fineMaxFen !== null) {
        expect(Number.isSafeInteger(r.fineMinFen) && r.fineMinFen >= 0).toBe(true);
        expect(Number.isSafeInteger(r.fineMaxFen)).toBe(true);
        expect(r.fineMinFen).toBeLessThan(r.fineMaxFen);
        expect(r.kinds).toContain('fine');
      }

      expect(v.bands.length).toBeGreaterThanOrEqual(2);
      expect(v.bands.length).toBeLessThanOrEqual(4);
      const levels = v.bands.map((b) => BAND_LEVELS.indexOf(b.level));
      for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeGreaterThan(levels[i - 1]!);
      expect(new Set(v.bands.map((b) => b.circumstances)).size).toBe(v.bands.length);

      let previous: { min: number; max: number } | null = null;
      for (const b of v.bands) {
        expect(b.circumstances.trim()).not.toBe('');
        for (const k of b.otherPenalties) expect(r.kinds).toContain(k);
        expect(b.fineMinFen === null).toBe(b.fineMaxFen === null);
        if (b.fineMinFen === null || b.fineMaxFen === null) {
          // A band without a fine must impose something.
          expect(b.otherPenalties.length).toBeGreaterThan(0);
          continue;
        }
        expect(Number.isSafeInteger(b.fineMinFen) && Number.isSafeInteger(b.fineMaxFen)).toBe(true);
        expect(b.fineMinFen).toBeLessThan(b.fineMaxFen);
        expect(r.fineMinFen).not.toBeNull();
        expect(b.fineMinFen).toBeGreaterThanOrEqual(r.fineMinFen!);
        expect(b.fineMaxFen).toBeLessThanOrEqual(r.fineMaxFen!);
        if (previous) {
          // Neighbouring bands may share a boundary ("以上" and "以下" both include it), never more.
          expect(b.fineMinFen).toBeGreaterThanOrEqual(previous.max);
          expect(b.fineMaxFen).toBeGreaterThan(previous.max);
        }
        previous = { min: b.fineMinFen, max: b.fineMaxFen };
      }
    },
  );

  it('covers the whole statutory fine range with its bands where the article fines', () => {
    for (const v of VIOLATION_TYPES) {
      const fined = v.bands.filter((b) => b.fineMinFen !== null);
      if (v.statutoryRange.fineMaxFen === null) continue;
      expect(fined[0]!.fineMinFen, v.code).toBe(v.statutoryRange.fineMinFen);
      expect(fined.at(-1)!.fineMaxFen, v.code).toBe(v.statutoryRange.fineMaxFen);
    }
  });
});

describe('the catalogue against the text of the 安全生产法 (2021)', () => {
  const text = readFileSync(SAFETY_LAW_FILE, 'utf8');
  const articles = parseArticles(text);

  it('reads the statute file (119 articles)', () => {
    expect(articles.size).toBe(119);
    expect(articles.get(97)!.items.size).toBe(7);
  });

  it.each(VIOLATION_TYPES.map((v) => [v.code, v] as const))(
    '%s cites articles, paragraphs and items that exist',
    (_code, v) => {
      for (const provision of [v.violatedProvision, v.penaltyProvision]) {
        const citations = parseCitations(provision);
        expect(citations.length, provision).toBeGreaterThan(0);
        for (const c of citations) {
          const a = articles.get(c.article);
          expect(a, `${provision}: 第${numberToCn(c.article)}条`).toBeDefined();
          for (const p of c.paragraphs) expect(a!.paragraphs, provision).toBeGreaterThanOrEqual(p);
          if (c.item !== null) expect([...a!.items], provision).toContain(c.item);
        }
      }
      // The penalty lies in the 法律责任 chapter (第九十条 to 第一百一十六条).
      for (const c of parseCitations(v.penaltyProvision)) {
        expect(c.article).toBeGreaterThanOrEqual(90);
        expect(c.article).toBeLessThanOrEqual(116);
      }
    },
  );

  it.each(VIOLATION_TYPES.map((v) => [v.code, v] as const))(
    '%s quotes its penalty article verbatim and the quoted amounts match the range',
    (_code, v) => {
      const [penalty] = parseCitations(v.penaltyProvision);
      const article = articles.get(penalty!.article)!.lines.join('\n');
      const parts = v.statutoryRange.text.split('……');
      for (const part of parts) expect(article, part).toContain(part);
      if (penalty!.item !== null)
        expect(parts.at(-1)).toMatch(new RegExp(`^（${numberToCn(penalty!.item)}）`));

      const r = v.statutoryRange;
      const wan = (fen: number) => {
        expect(fen % 1_000_000, `${fen} fen is a whole number of 万元`).toBe(0);
        return `${numberToCn(fen / 1_000_000)}万元`;
      };
      if (r.fineMaxFen !== null) expect(r.text).toContain(`${wan(r.fineMaxFen)}以下的罚款`);
      if (r.fineMinFen !== null && r.fineMinFen > 0) expect(r.text).toContain(`处${wan(r.fineMinFen)}以上`);
      // Units: 责令停产停业 is in the range exactly when the article orders it.
      if (!v.appliesTo.includes('natural'))
        expect(r.kinds.includes('order_suspension')).toBe(/停产停业|停止建设/.test(r.text));
      expect(v.correctionOrder).toBe(/责令(限期)?改正|限期改正|责令立即消除/.test(r.text));
    },
  );

  it('names the violated duty in the article it cites for every item entry', () => {
    // The 法律责任 item and the duty article use the same words for the key object.
    const pairs: [string, string][] = [
      ['AQSCF-97-7', '特种作业人员'],
      ['AQSCF-99-8', '可燃气体报警装置'],
      ['AQSCF-101-2', '重大危险源'],
      ['AQSCF-104', '同一作业区域'],
      ['AQSCF-105-2', '疏散通道'],
      ['AQSCF-109', '安全生产责任保险'],
    ];
    for (const [code, words] of pairs) {
      const v = VIOLATION_TYPES.find((x) => x.code === code)!;
      const duty = parseCitations(v.violatedProvision).map((c) => articles.get(c.article)!.lines.join(''));
      expect(duty.join(''), code).toContain(words);
    }
  });
});
