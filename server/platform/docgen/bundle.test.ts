import { describe, expect, it } from 'vitest';
import { renderPdfBundle, type BundleEntry, type BundleInput } from './bundle.js';
import type { DocSpec } from './doc-spec.js';
import { renderPdf } from './render-pdf.js';
import { pdfLines, pdfPageCount, pdfText } from './test-helpers.js';

const LINE =
  '经查，赤峰某化工有限公司于2026年9月至10月间，在未取得危险化学品经营许可证的情况下，储存并对外销售危险化学品。';

/** A document of `paragraphs` paragraphs of the line above, with its title on every page's text. */
function doc(title: string, paragraphs: number, issuedAt = '2026-11-24'): DocSpec {
  return {
    issuedAt,
    header: '赤峰市应急管理局',
    title,
    blocks: Array.from({ length: paragraphs }, (_, i) => ({
      kind: 'paragraph' as const,
      text: `${title}第${i + 1}段。${LINE}`,
    })),
  };
}

const COVER: DocSpec = {
  issuedAt: '2027-03-10',
  header: '赤峰市应急管理局',
  title: '行政处罚案卷',
  blocks: [{ kind: 'paragraph', text: '案由：赤峰某化工有限公司未取得危险化学品经营许可证经营危险化学品案' }],
};

const ENTRIES: BundleEntry[] = [
  { title: '立案审批表', number: '赤应急立〔2026〕12号', date: '2026-10-13', spec: doc('立案审批表', 2) },
  { title: '询问笔录', date: '2026-10-15', spec: doc('询问笔录', 30) },
  {
    title: '行政处罚决定书',
    number: '赤应急罚〔2026〕12号',
    date: '2026-11-24',
    spec: doc('行政处罚决定书', 14),
  },
];

const input = (over: Partial<BundleInput> = {}): BundleInput => ({
  cover: COVER,
  tocTitle: '卷内目录',
  tocHeader: '赤峰市应急管理局',
  entries: ENTRIES,
  ...over,
});

describe('renderPdfBundle', () => {
  it('puts each document on its own pages after the cover and the contents, and says where each starts', async () => {
    const alone = await Promise.all(ENTRIES.map(async (e) => pdfPageCount(await renderPdf(e.spec))));
    expect(alone).toEqual([1, 4, 2]);
    const { pdf, pages, starts } = await renderPdfBundle(input());
    expect(starts).toEqual([3, 4, 8]);
    expect(pages).toBe(2 + 1 + 4 + 2);
    expect(pdfPageCount(pdf)).toBe(pages);
    ENTRIES.forEach((e, i) => {
      const first = pdfText(pdf, starts[i]);
      expect(first).toContain(e.title);
      expect(first).toContain(`${e.title}第1段`);
    });
    // The last page of the inquiry record is page 7, not the start of the decision.
    expect(pdfText(pdf, 7)).toContain('询问笔录第30段');
    expect(pdfText(pdf, 7)).not.toContain('行政处罚决定书第1段');
  });

  it('lists every document in the contents with its 文号, date and the page it starts on', async () => {
    const { pdf, starts } = await renderPdfBundle(input());
    const toc = pdfLines(pdf, 2);
    expect(toc).toContain('卷内目录');
    expect(toc).toContain('序号文书名称文号日期页号');
    ENTRIES.forEach((e, i) => {
      const row = `${i + 1}${e.title}${e.number ?? ''}${e.date.replaceAll('-', '')}${starts[i]}`;
      expect(toc).toContain(row);
    });
    expect(toc).toContain('第2页');
  });

  it('numbers every page of the bundle at its foot, in one sequence', async () => {
    const { pdf, pages } = await renderPdfBundle(input());
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(pdf, p);
      expect(text).toContain(`第${p}页`);
      // A document's own "第 x 页 共 y 页" gives way to the bundle's number.
      expect(text).not.toMatch(/第\d+页共\d+页/);
    }
  });

  it('gives the same bytes for the same input', async () => {
    const a = await renderPdfBundle(input());
    const b = await renderPdfBundle(input());
    expect(a.pdf.equals(b.pdf)).toBe(true);
    const c = await renderPdfBundle(input({ cover: { ...COVER, issuedAt: '2027-03-11' } }));
    expect(c.pdf.equals(a.pdf)).toBe(false);
  });

  it('tells a cover given as a function the page count of the whole bundle', async () => {
    const seen: number[] = [];
    const { pdf, pages } = await renderPdfBundle(
      input({
        cover: (total) => {
          seen.push(total);
          return { ...COVER, blocks: [...COVER.blocks, { kind: 'paragraph', text: `本卷共 ${total} 页` }] };
        },
      }),
    );
    expect(seen).toContain(pages);
    expect(pdfText(pdf, 1)).toContain(`本卷共${pages}页`);
  });

  it('lists the appendices after the documents and starts each on a new page', async () => {
    const list = doc('证据清单', 1, '2027-03-10');
    const { pdf, pages, starts, appendixStarts } = await renderPdfBundle(input({ appendix: [list] }));
    expect(starts).toEqual([3, 4, 8]);
    expect(appendixStarts).toEqual([10]);
    expect(pages).toBe(10);
    expect(pdfText(pdf, 10)).toContain('证据清单第1段');
    expect(pdfLines(pdf, 2)).toContain('4证据清单2027031010');
  });

  it('carries a long contents over to further pages, with its column headings, and counts them', async () => {
    const many: BundleEntry[] = Array.from({ length: 40 }, (_, i) => ({
      title: `文书${i + 1}`,
      number: `赤应急试〔2026〕${i + 1}号`,
      date: '2026-11-24',
      spec: doc(`文书${i + 1}`, 1),
    }));
    const { pdf, pages, starts } = await renderPdfBundle(input({ entries: many }));
    const tocPages = starts[0]! - 2;
    expect(tocPages).toBeGreaterThan(1);
    expect(starts).toEqual(many.map((_, i) => 2 + tocPages + i));
    expect(pages).toBe(1 + tocPages + 40);
    for (let p = 2; p < 2 + tocPages; p++) expect(pdfLines(pdf, p)).toContain('序号文书名称文号日期页号');
    expect(pdfLines(pdf, 1 + tocPages)).toContain(`40文书40赤应急试〔2026〕40号20261124${starts[39]}`);
  }, 30_000);
});
