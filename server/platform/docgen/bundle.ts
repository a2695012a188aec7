/**
 * The archived case file (卷宗) as one PDF: the cover, the 卷内目录 listing every document with the page it starts
 * on, then the documents, each from a new page, then any appendices (the evidence list), with one page number
 * sequence ("第 n 页") at the foot of every page.
 *
 *   const { pdf, pages, starts } = await renderPdfBundle({ cover, tocTitle: '卷内目录', entries });
 *
 * Every part is laid out on its own first, so its page count is known before anything is painted; the table of
 * contents and a cover that states the page count are laid out again with the real numbers until their own page
 * counts no longer change. Within the bundle a document's own footer ("第 x 页 共 y 页") gives way to the
 * bundle's page number: the issued 文书, with its own pages and SM3 digest, stays the record; this is the copy
 * bound into the file. Same input, same bytes (see `renderPdf`).
 */
import { parseLocalDate } from '../../kernel/local-date.js';
import type { DocSpec, TableCell, TableRow } from './doc-spec.js';
import { resolveFonts } from './fonts.js';
import { DocLayoutError, PdfWriter, type LaidOut, type RenderPdfOptions } from './render-pdf.js';

export interface BundleEntry {
  /** 文书名称 as listed in the 卷内目录. */
  title: string;
  /** 文号, when the document has one. */
  number?: string;
  /** 'YYYY-MM-DD', listed as eight digits (20261124), as 卷内文件目录 write dates (DA/T 22-2015). */
  date: string;
  spec: DocSpec;
}

export interface BundleInput {
  /**
   * The cover, or a function giving it from the bundle's page count, for a cover that states it (本卷共 N 页).
   * The function may be called more than once; its title, header, subject and date (the PDF's metadata) must not
   * depend on the count.
   */
  cover: DocSpec | ((totalPages: number) => DocSpec);
  /** E.g. 卷内目录. */
  tocTitle: string;
  /** Line above the contents' title, e.g. the agency. */
  tocHeader?: string;
  /** The documents, in filing order. */
  entries: BundleEntry[];
  /** Parts after the documents, e.g. the evidence list (证据清单); listed in the contents after the entries. */
  appendix?: DocSpec[];
}

export interface RenderedBundle {
  pdf: Buffer;
  pages: number;
  /** First page of each entry, 1-based in the bundle (the cover is page 1). */
  starts: number[];
  /** First page of each appendix, likewise. */
  appendixStarts: number[];
}

/** Contents rows: 序号, 文书名称, 文号, 日期, 页号. */
const TOC_COLUMNS = [34, 156, 146, 72, 34];

const heading = (text: string): TableCell => ({ text, align: 'center' });

function eightDigits(date: string): string {
  return parseLocalDate(date).replaceAll('-', '');
}

function tocSpec(
  input: BundleInput,
  issuedAt: string,
  rows: Array<{ title: string; number?: string; date: string }>,
  starts: number[],
): DocSpec {
  const body: TableRow[] = rows.map((r, i) => ({
    cells: [
      { text: String(i + 1), align: 'center' },
      { text: r.title },
      { text: r.number ?? '', align: 'center' },
      { text: eightDigits(r.date), align: 'center' },
      { text: String(starts[i] ?? ''), align: 'center' },
    ],
  }));
  return {
    issuedAt,
    header: input.tocHeader,
    title: input.tocTitle,
    blocks: [
      {
        kind: 'table',
        columns: TOC_COLUMNS,
        headerRows: 1,
        rows: [{ cells: ['序号', '文书名称', '文号', '日期', '页号'].map(heading) }, ...body],
      },
    ],
  };
}

/**
 * Renders the case file as one PDF and tells where each document starts. Throws `DocLayoutError` as `renderPdf`
 * does, and when the contents or the cover keep changing length with the page numbers they show.
 */
export async function renderPdfBundle(
  input: BundleInput,
  options: RenderPdfOptions = {},
): Promise<RenderedBundle> {
  const coverOf = (total: number) => (typeof input.cover === 'function' ? input.cover(total) : input.cover);
  const first = coverOf(0);
  const writer = new PdfWriter(
    {
      issuedAt: first.issuedAt,
      title: first.title,
      author: first.header ?? '',
      subject: first.subject ?? '',
    },
    options.fonts ?? resolveFonts(),
  );
  const appendix = input.appendix ?? [];
  const parts = [...input.entries.map((e) => e.spec), ...appendix].map((spec) => writer.layout(spec));
  const listed = [
    ...input.entries,
    ...appendix.map((spec) => ({ title: spec.title, number: undefined, date: spec.issuedAt })),
  ];
  const partPages = parts.reduce((n, p) => n + p.pages, 0);

  let cover = writer.layout(first);
  let toc = writer.layout(tocSpec(input, first.issuedAt, listed, []));
  let starts: number[] = [];
  for (let round = 0; ; round++) {
    if (round === 4) throw new DocLayoutError('排版错误：卷内目录或封面的页数随页号变化，无法确定');
    starts = [];
    let next = cover.pages + toc.pages + 1;
    for (const p of parts) {
      starts.push(next);
      next += p.pages;
    }
    const total = cover.pages + toc.pages + partPages;
    const nextCover = writer.layout(coverOf(total));
    const nextToc = writer.layout(tocSpec(input, first.issuedAt, listed, starts));
    const stable = nextCover.pages === cover.pages && nextToc.pages === toc.pages;
    cover = nextCover;
    toc = nextToc;
    if (stable) break;
  }

  const all: LaidOut[] = [cover, toc, ...parts];
  writer.checkGlyphs(all);
  let page = 0;
  for (const part of all) {
    const offset = page;
    writer.paint(part, (p) => `第 ${offset + p + 1} 页`);
    page += part.pages;
  }
  const n = input.entries.length;
  return {
    pdf: await writer.end(),
    pages: page,
    starts: starts.slice(0, n),
    appendixStarts: starts.slice(n),
  };
}
