import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sm3Hex } from '../crypto/sm.js';
import type { DocSpec } from './doc-spec.js';
import { resolveFonts } from './fonts.js';
import { DocLayoutError, renderPdf } from './render-pdf.js';
import { pdfPageCount, pdfText } from './test-helpers.js';

const PARAGRAPH =
  '经查，赤峰某化工有限公司于2026年9月至10月间，在未取得危险化学品经营许可证的情况下，储存并对外销售危险化学品' +
  '甲醇、乙醇共计12.5吨，销售金额人民币186,000.00元。';

function spec(blocks: DocSpec['blocks'], issuedAt = '2026-11-24'): DocSpec {
  return {
    issuedAt,
    header: '赤峰市应急管理局',
    title: '测试文书',
    number: { text: '赤应急试〔2026〕1号' },
    blocks,
  };
}

describe('renderPdf', () => {
  it('renders a PDF whose text poppler can read back', async () => {
    const pdf = await renderPdf(
      spec([
        { kind: 'paragraph', text: PARAGRAPH },
        { kind: 'seal', agency: '赤峰市应急管理局', date: '2026-11-24' },
      ]),
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('测试文书');
    expect(text).toContain('赤应急试〔2026〕1号');
    expect(text).toContain('186,000.00元');
    expect(text).toContain('二〇二六年十一月二十四日');
    expect(text).toContain('第1页共1页');
  });

  it('gives the same bytes, and so the same SM3 digest, for the same document', async () => {
    const s = spec([{ kind: 'paragraph', text: PARAGRAPH }]);
    const a = await renderPdf(s);
    const b = await renderPdf(s);
    expect(sm3Hex(a)).toBe(sm3Hex(b));
    expect(a.equals(b)).toBe(true);
    const later = await renderPdf({ ...s, issuedAt: '2026-11-25' });
    expect(later.equals(a)).toBe(false);
  });

  it('stamps the creation date from issuedAt, not the clock', async () => {
    const pdf = await renderPdf(spec([{ kind: 'paragraph', text: '正文' }], '2026-03-01'));
    // 2026-03-01 00:00 in Asia/Shanghai; CreationDate and ModDate both, and no other date.
    const dates = pdf.toString('latin1').match(/\(D:\d{14}Z\)/g);
    expect(dates).toEqual(['(D:20260228160000Z)', '(D:20260228160000Z)']);
  });

  it('breaks long text across pages itself and numbers every page', async () => {
    const blocks: DocSpec['blocks'] = Array.from({ length: 30 }, () => ({
      kind: 'paragraph' as const,
      text: PARAGRAPH,
    }));
    const pdf = await renderPdf(spec(blocks));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(2);
    const text = pdfText(pdf);
    for (let p = 1; p <= pages; p++) expect(text).toContain(`第${p}页共${pages}页`);
    expect(text.split('销售金额人民币186,000.00元').length - 1).toBe(30);
  });

  it('continues a table row taller than a page on the next page', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `第${i + 1}项检查内容`).join('\n');
    const pdf = await renderPdf(
      spec([
        {
          kind: 'table',
          columns: [1, 4],
          rows: [{ cells: [{ text: '检查情况', align: 'center' }, { text: long }] }],
        },
      ]),
    );
    expect(pdfPageCount(pdf)).toBe(2);
    const text = pdfText(pdf);
    expect(text).toContain('第1项检查内容');
    expect(text).toContain('第60项检查内容');
  });

  it('keeps the seal with the end of the text rather than alone on a page', async () => {
    const seal = { kind: 'seal' as const, agency: '赤峰市应急管理局', date: '2026-11-24' };
    const line = (i: number) => ({ kind: 'paragraph' as const, text: `第${i}行正文。` });
    let n = 16;
    let pdf = await renderPdf(spec([...Array.from({ length: n }, (_, i) => line(i + 1)), seal]));
    while (pdfPageCount(pdf) === 1) {
      n++;
      pdf = await renderPdf(spec([...Array.from({ length: n }, (_, i) => line(i + 1)), seal]));
    }
    // The first count of lines that no longer leaves room for the seal on page one: the last line goes along.
    const page2 = pdfText(pdf, 2);
    expect(page2).toContain('二〇二六年十一月二十四日');
    expect(page2).toContain(`第${n}行正文。`);
  }, 30_000);

  it('refuses a character the font cannot print instead of printing an empty box', async () => {
    const npm = resolveFonts({ systemDir: '/nonexistent' });
    expect(npm.source).toBe('npm-noto-serif-sc');
    await expect(
      renderPdf(spec([{ kind: 'paragraph', text: '当事人：𠮷某' }]), { fonts: npm }),
    ).rejects.toThrow(DocLayoutError);
  });

  it('renders with the npm font when the system font is absent', async () => {
    const npm = resolveFonts({ systemDir: '/nonexistent' });
    const pdf = await renderPdf(spec([{ kind: 'paragraph', text: PARAGRAPH }]), { fonts: npm });
    expect(pdfText(pdf)).toContain('甲醇、乙醇共计12.5吨');
  });

  it('prefers the system Noto CJK font when it is installed', () => {
    const installed = fs.existsSync('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc');
    expect(resolveFonts().source).toBe(installed ? 'system-noto-cjk' : 'npm-noto-serif-sc');
  });
});
