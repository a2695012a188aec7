/**
 * DocSpec -> PDF with pdfkit. Layout is done here, in two passes: blocks are first laid out into positioned
 * drawing operations page by page (so every page break is decided here, and the page count is known for the
 * "第 x 页 共 y 页" footer), then painted. pdfkit's page margins are zero and it is never asked to wrap text,
 * so it cannot add a page on its own. `PdfWriter` holds one pdfkit document: `renderPdf` paints one spec into it,
 * `renderPdfBundle` (bundle.ts) several in sequence.
 *
 * Output is deterministic for the same spec and fonts: dates come from `spec.issuedAt`, pdfkit derives the file
 * ID from the document info and names font subsets from their order of use, nothing else is random.
 */
import PDFDocument from 'pdfkit';
import {
  chineseDate,
  toRuns,
  type Align,
  type DocSpec,
  type FieldsBlock,
  type RichText,
  type SealBlock,
  type SignaturesBlock,
  type TableBlock,
  type TableCell,
} from './doc-spec.js';
import { fontBytes, resolveFonts, type FontFace, type ResolvedFonts } from './fonts.js';
import { breakLines, type Line, type Measure } from './text-layout.js';
import { formatLocalDateZh, parseLocalDate } from '../../kernel/local-date.js';

const MM = 72 / 25.4;
/** A4 in points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
/** 公文 margins (GB/T 9704-2012 5.2.1: 天头 37 mm, 订口 28 mm, 版心 156 x 225 mm). */
export const MARGIN = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } as const;
const X0 = MARGIN.left;
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const TOP = MARGIN.top;
const BOTTOM = PAGE.height - MARGIN.bottom;

/** Sizes in points and line heights as multiples of the size. */
const STYLE = {
  header: { size: 18, lead: 1.5 },
  title: { size: 22, lead: 1.5 },
  number: { size: 14, lead: 1.6 },
  body: { size: 14, lead: 1.75 },
  small: { size: 10.5, lead: 1.6 },
  table: { size: 12, lead: 1.5 },
  signature: { size: 14, lead: 2.3 },
  footer: { size: 10.5, lead: 1 },
} as const;
const CELL_PAD_X = 5;
const CELL_PAD_Y = 4;
const RULE = 0.75;
/** Outline stroke for bold text, in ems: close to the weight of Noto Serif CJK Bold at title sizes. */
const BOLD_STROKE = 0.035;
/** Most a justified line may be stretched per character gap before it is left ragged instead, in ems. */
const MAX_STRETCH = 0.15;
/** Ideographs sit in an em box whose top is 0.88 em above the baseline (Noto CJK, Source Han). */
const EM_ASCENT = 0.88;

export class DocLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocLayoutError';
  }
}

export type Op =
  | { t: 'text'; page: number; x: number; y: number; text: string; bold: boolean; size: number; tc: number }
  | { t: 'line'; page: number; x1: number; y1: number; x2: number; y2: number }
  | { t: 'rect'; page: number; x: number; y: number; w: number; h: number };

export interface RenderPdfOptions {
  /** Defaults to `resolveFonts()`; tests pass the npm fonts to exercise the fallback. */
  fonts?: ResolvedFonts;
}

/**
 * Renders a document to PDF (A4, 公文 margins, the CJK font embedded as a subset). Throws `DocLayoutError` when a
 * character is missing from the font (it would print as an empty box) or a table row group cannot fit a page.
 */
export async function renderPdf(spec: DocSpec, options: RenderPdfOptions = {}): Promise<Buffer> {
  const writer = new PdfWriter(
    { issuedAt: spec.issuedAt, title: spec.title, author: spec.header ?? '', subject: spec.subject ?? '' },
    options.fonts ?? resolveFonts(),
  );
  const laid = writer.layout(spec);
  writer.checkGlyphs([laid]);
  writer.paint(laid, (page) => `第 ${page + 1} 页 共 ${laid.pages} 页`);
  return writer.end();
}

/** One spec laid out: its drawing operations, each on a page counted from 0 within the spec. */
export interface LaidOut {
  readonly ops: readonly Op[];
  readonly pages: number;
}

/** What the PDF's document information says; `issuedAt` fixes its dates (and so the file ID). */
export interface PdfMeta {
  issuedAt: string;
  title: string;
  author: string;
  subject: string;
}

/**
 * One pdfkit document that receives laid-out specs in sequence, each starting on a new page: `renderPdf` paints
 * one, the case-file bundle several. Specs are laid out one by one (so their page counts are known before
 * anything is painted), then painted in order with a footer chosen by the caller.
 */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly done: Promise<Buffer>;

  constructor(
    meta: PdfMeta,
    private readonly fonts: ResolvedFonts,
  ) {
    const date = parseLocalDate(meta.issuedAt);
    const created = new Date(`${date}T00:00:00+08:00`);
    this.doc = new PDFDocument({
      autoFirstPage: false,
      size: 'A4',
      margin: 0,
      compress: true,
      pdfVersion: '1.7',
      lang: 'zh-CN',
      displayTitle: true,
      info: {
        Title: meta.title,
        Author: meta.author,
        Subject: meta.subject,
        Creator: 'zhifa',
        Producer: 'zhifa docgen (pdfkit)',
        CreationDate: created,
        ModDate: created,
      },
    });
    const chunks: Buffer[] = [];
    this.doc.on('data', (c: Buffer) => chunks.push(c));
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    registerFace(this.doc, fonts.regular);
  }

  /** Lays out a spec without painting it (measuring with this document's font does not change its bytes). */
  layout(spec: DocSpec): LaidOut {
    const layout = new Layout(this.doc);
    layout.document(spec);
    return { ops: layout.ops, pages: layout.page + 1 };
  }

  /** See `checkGlyphs`: call it on everything before painting. */
  checkGlyphs(laid: readonly LaidOut[]): void {
    checkGlyphs(
      this.doc,
      laid.flatMap((l) => l.ops),
      this.fonts,
    );
  }

  /** Adds the spec's pages; `footer(page)` is the line printed at the foot of its page `page` (from 0). */
  paint(laid: LaidOut, footer: (page: number) => string): void {
    paint(this.doc, laid.ops, laid.pages, footer);
  }

  async end(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}

/** The part of pdfkit's document used to reach the parsed font (not in @types/pdfkit). */
interface DocInternals {
  _font?: { font?: ParsedFont };
}
interface ParsedFont {
  layout: (...args: never[]) => unknown;
  hasGlyphForCodePoint(cp: number): boolean;
}

const parsedFaces = new Map<string, ParsedFont>();

/**
 * Registers the face as 'regular'. pdfkit would parse the 26 MB collection again for every document (most of the
 * render time and garbage); it also accepts an already parsed fontkit font, so the first document's is kept and
 * handed to the next ones. Each document still makes its own subset, so output does not depend on what was
 * rendered before.
 */
function registerFace(doc: PDFKit.PDFDocument, face: FontFace): void {
  const key = `${face.path}#${face.postscriptName ?? ''}`;
  const parsed = parsedFaces.get(key);
  if (parsed) {
    doc.registerFont('regular', parsed as unknown as Buffer);
    return;
  }
  doc.registerFont('regular', fontBytes(face), face.postscriptName);
  const font = (doc.font('regular') as unknown as DocInternals)._font?.font;
  if (font && typeof font.layout === 'function') parsedFaces.set(key, font);
}

class Layout {
  readonly ops: Op[] = [];
  page = 0;
  y = TOP;
  private readonly widths = new Map<string, number>();
  /** Lines of the paragraph placed last, so that a seal or signatures can take some along to a new page. */
  private lastFlow: { lineH: number; lines: Array<{ page: number; top: number; op: number }> } | null = null;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  measure(size: number): Measure {
    return (text) => {
      const key = `${size}|${text}`;
      let w = this.widths.get(key);
      if (w === undefined) {
        // Bold is the regular face stroked (see paint), so it has the regular advance widths.
        w = this.doc.font('regular').fontSize(size).widthOfString(text);
        this.widths.set(key, w);
      }
      return w;
    };
  }

  document(spec: DocSpec): void {
    if (spec.header) this.centered(spec.header, STYLE.header, true);
    this.centered(spec.title, STYLE.title, true);
    if (spec.number) {
      const s = STYLE.number;
      const lines = breakLines([{ text: spec.number.text }], { width: WIDTH, measure: this.measure(s.size) });
      for (const line of lines) {
        this.drawLine(line, X0, this.y, WIDTH, s.size * s.lead, s.size, spec.number.align ?? 'right');
        this.y += s.size * s.lead;
      }
    }
    this.y += STYLE.body.size * 0.6;
    for (const block of spec.blocks) {
      if (
        block.kind !== 'paragraph' &&
        block.kind !== 'spacer' &&
        block.kind !== 'seal' &&
        block.kind !== 'signatures'
      )
        this.lastFlow = null;
      switch (block.kind) {
        case 'heading':
          this.heading(block.text, block.indent ?? 0);
          break;
        case 'paragraph': {
          const s = block.size === 'small' ? STYLE.small : STYLE.body;
          this.paragraph(block.text, s, block.indent ?? 2, block.align ?? 'justify');
          break;
        }
        case 'fields':
          this.fields(block);
          break;
        case 'table':
          this.table(block);
          break;
        case 'signatures':
          this.signatures(block);
          break;
        case 'seal':
          this.seal(block);
          break;
        case 'spacer':
          this.y += block.lines * STYLE.body.size * STYLE.body.lead;
          if (this.y > BOTTOM) this.newPage();
          break;
        default:
          assertNever(block);
      }
    }
  }

  private newPage(): void {
    this.page++;
    this.y = TOP;
  }

  private text(x: number, y: number, text: string, bold: boolean, size: number, tc = 0): void {
    if (y > BOTTOM + 0.01 || y < TOP - 0.01 - size * 3)
      throw new DocLayoutError(`排版错误：文字超出版心（第${this.page + 1}页）`);
    this.ops.push({ t: 'text', page: this.page, x, y, text, bold, size, tc });
  }

  /** Draws one broken line inside a box whose top is `top`; the ideographic em box is centred vertically. */
  private drawLine(
    line: Line,
    x: number,
    top: number,
    width: number,
    lineH: number,
    size: number,
    align: Align,
  ) {
    const baseline = top + (lineH - size) / 2 + EM_ASCENT * size;
    const avail = width - line.indent;
    const pieces = line.pieces;
    let tc = 0;
    let cx = x + line.indent;
    if (align === 'justify' && line.justify && pieces.length > 1) {
      // Extra space goes between pieces (characters, words), never inside a number or a Latin word.
      tc = (avail - line.natural) / (pieces.length - 1);
      // A line emptied by a long unbreakable word would be stretched grotesquely; leave it ragged.
      if (tc > size * MAX_STRETCH || tc < 0) tc = 0;
    } else if (align === 'center') cx += (avail - line.natural) / 2;
    else if (align === 'right') cx += avail - line.natural;
    let i = 0;
    while (i < pieces.length) {
      const first = pieces[i]!;
      // A word is drawn alone without letter spacing; single characters in a row share one text operation.
      const word = first.glyphs > 1;
      let text = '';
      let w = 0;
      let n = 0;
      let j = i;
      for (; j < pieces.length; j++) {
        const p = pieces[j]!;
        if (j > i && (word || p.glyphs > 1 || p.bold !== first.bold || p.underline !== first.underline))
          break;
        text += p.text;
        w += p.width;
        n++;
      }
      this.text(cx, baseline, text, first.bold, size, word ? 0 : tc);
      const advance = w + tc * n;
      if (first.underline) {
        const uy = baseline + size * 0.16;
        this.ops.push({ t: 'line', page: this.page, x1: cx, y1: uy, x2: cx + advance - tc, y2: uy });
      }
      cx += advance;
      i = j;
    }
  }

  private centered(text: string, s: { size: number; lead: number }, bold: boolean): void {
    const lines = breakLines([{ text, bold }], { width: WIDTH, measure: this.measure(s.size) });
    const lineH = s.size * s.lead;
    this.flow(lines.length, lineH, (i, top) =>
      this.drawLine(lines[i]!, X0, top, WIDTH, lineH, s.size, 'center'),
    );
  }

  /**
   * Places `count` lines of height `lineH`, breaking pages between lines: never a lone first line at the foot of
   * a page, never a lone last line at the top of the next.
   */
  private flow(count: number, lineH: number, draw: (index: number, top: number) => void): void {
    let i = 0;
    while (i < count) {
      const left = count - i;
      let fit = Math.floor((BOTTOM - this.y + 0.01) / lineH);
      if (fit >= left) fit = left;
      else if (i === 0 && fit < 2 && count >= 2) fit = 0;
      else if (left - fit === 1 && fit >= 2) fit -= 1;
      if (fit <= 0) {
        if (this.y === TOP) throw new DocLayoutError('排版错误：行高超过版心');
        this.newPage();
        continue;
      }
      for (let k = 0; k < fit; k++) {
        draw(i + k, this.y);
        this.y += lineH;
      }
      i += fit;
      if (i < count) this.newPage();
    }
  }

  private ensure(height: number): void {
    if (this.y + height > BOTTOM + 0.01 && this.y > TOP) this.newPage();
    if (this.y + height > BOTTOM + 0.01)
      throw new DocLayoutError('排版错误：内容块高于一页版心，无法完整排入一页');
  }

  private heading(text: string, indentChars: number): void {
    const s = STYLE.body;
    const lineH = s.size * s.lead;
    const lines = breakLines([{ text, bold: true }], {
      width: WIDTH,
      firstIndent: indentChars * s.size,
      measure: this.measure(s.size),
    });
    // Keep the heading with at least two lines of what follows.
    this.ensure((lines.length + 2) * lineH);
    this.flow(lines.length, lineH, (i, top) =>
      this.drawLine(lines[i]!, X0, top, WIDTH, lineH, s.size, 'left'),
    );
  }

  private paragraph(
    text: RichText,
    s: { size: number; lead: number },
    indentChars: number,
    align: Align,
  ): void {
    const lineH = s.size * s.lead;
    const lines = breakLines(toRuns(text), {
      width: WIDTH,
      firstIndent: indentChars * s.size,
      measure: this.measure(s.size),
    });
    if (lines.length === 0) {
      this.y += lineH;
      return;
    }
    const flowed: NonNullable<Layout['lastFlow']> = { lineH, lines: [] };
    this.flow(lines.length, lineH, (i, top) => {
      flowed.lines.push({ page: this.page, top, op: this.ops.length });
      this.drawLine(lines[i]!, X0, top, WIDTH, lineH, s.size, align);
    });
    this.lastFlow = flowed;
  }

  /**
   * Starts a new page for a block that must not stand alone there (the seal, the signatures): the last lines of
   * the paragraph before it come along, so that no page holds only a seal (公文: 不得出现空白页只有印章).
   */
  private keepWithPrevious(height: number): void {
    if (this.y + height <= BOTTOM + 0.01 || this.y === TOP) return;
    const f = this.lastFlow;
    const here = f ? f.lines.filter((l) => l.page === this.page) : [];
    let move = Math.min(2, here.length);
    const startsHere = f !== null && f.lines[0]?.page === this.page;
    if (startsHere && here.length - move === 1) move = here.length;
    const first = here[here.length - move];
    const bottomOfMoved = this.y;
    this.newPage();
    this.lastFlow = null;
    if (!f || move === 0 || !first || first.top <= TOP + 0.01) return;
    const dy = TOP - first.top;
    for (let i = first.op; i < this.ops.length; i++) {
      const op = this.ops[i]!;
      op.page = this.page;
      if (op.t === 'line') {
        op.y1 += dy;
        op.y2 += dy;
      } else op.y += dy;
    }
    // Everything placed since that line (it may include signature lines) moves by the same offset.
    this.y = bottomOfMoved + dy;
    if (this.y + height > BOTTOM + 0.01)
      throw new DocLayoutError('排版错误：内容块高于一页版心，无法完整排入一页');
  }

  private fields(block: FieldsBlock): void {
    const s = STYLE.body;
    const lineH = s.size * s.lead;
    const measure = this.measure(s.size);
    const gap = s.size;
    for (const row of block.rows) {
      const fields = Array.isArray(row) ? row : [row];
      if (fields.length === 0) continue;
      const colW = (WIDTH - gap * (fields.length - 1)) / fields.length;
      const laid = fields.map((f) => {
        const label = `${f.label}：`;
        const labelW = measure(label, false);
        // A label wider than ~half the column would squeeze the value into a sliver: run it on instead.
        if (labelW > colW * 0.45) {
          return {
            label: null,
            labelW: 0,
            lines: breakLines([{ text: label + f.value }], { width: colW, measure }),
          };
        }
        const lines = breakLines([{ text: f.value }], { width: colW - labelW, measure });
        return { label, labelW, lines };
      });
      const drawField = (k: number, i: number, top: number) => {
        const f = laid[k]!;
        const x = X0 + k * (colW + gap);
        if (i === 0 && f.label)
          this.text(x, top + (lineH - s.size) / 2 + EM_ASCENT * s.size, f.label, false, s.size);
        const line = f.lines[i];
        if (line) this.drawLine(line, x + f.labelW, top, colW - f.labelW, lineH, s.size, 'justify');
      };
      const count = Math.max(1, ...laid.map((f) => f.lines.length));
      if (fields.length === 1) {
        this.flow(count, lineH, (i, top) => drawField(0, i, top));
      } else {
        this.ensure(count * lineH);
        for (let i = 0; i < count; i++) {
          for (let k = 0; k < laid.length; k++) drawField(k, i, this.y);
          this.y += lineH;
        }
      }
    }
  }

  private table(block: TableBlock): void {
    const s = STYLE.table;
    const lineH = s.size * s.lead;
    const measure = this.measure(s.size);
    const total = block.columns.reduce((a, b) => a + b, 0);
    const colX: number[] = [X0];
    for (const c of block.columns) colX.push(colX[colX.length - 1]! + (c / total) * WIDTH);
    const ncols = block.columns.length;

    interface Placed {
      cell: TableCell;
      row: number;
      rowSpan: number;
      x: number;
      w: number;
      lines: Line[];
      footer: Line | null;
      need: number;
    }
    const taken: boolean[][] = block.rows.map(() => new Array<boolean>(ncols).fill(false));
    const placed: Placed[] = [];
    block.rows.forEach((row, r) => {
      let col = 0;
      for (const cell of row.cells) {
        while (col < ncols && taken[r]![col]) col++;
        const colSpan = cell.colSpan ?? 1;
        const rowSpan = Math.min(cell.rowSpan ?? 1, block.rows.length - r);
        if (col + colSpan > ncols) throw new DocLayoutError(`表格第${r + 1}行的单元格超出列数`);
        for (let rr = r; rr < r + rowSpan; rr++)
          for (let cc = col; cc < col + colSpan; cc++) taken[rr]![cc] = true;
        const x = colX[col]!;
        const w = colX[col + colSpan]! - x;
        const inner = w - 2 * CELL_PAD_X;
        const lines = breakLines(toRuns(cell.text), { width: inner, measure });
        const footer = cell.footer
          ? (breakLines([{ text: cell.footer }], { width: inner, measure })[0] ?? null)
          : null;
        const slots = lines.length + (footer ? (lines.length > 0 ? 1.5 : 1) : 0);
        placed.push({
          cell,
          row: r,
          rowSpan,
          x,
          w,
          lines,
          footer,
          need: Math.max(1, slots) * lineH + 2 * CELL_PAD_Y,
        });
        col += colSpan;
      }
    });

    const rowH = block.rows.map((row) => (row.minLines ?? 1) * lineH + 2 * CELL_PAD_Y);
    for (const p of placed) if (p.rowSpan === 1) rowH[p.row] = Math.max(rowH[p.row]!, p.need);
    for (const p of placed) {
      if (p.rowSpan === 1) continue;
      const spanned = rowH.slice(p.row, p.row + p.rowSpan).reduce((a, b) => a + b, 0);
      if (p.need > spanned) rowH[p.row + p.rowSpan - 1]! += p.need - spanned;
    }

    const drawCell = (p: Placed, top: number, height: number) => {
      this.ops.push({ t: 'rect', page: this.page, x: p.x, y: top, w: p.w, h: height });
      const inner = p.w - 2 * CELL_PAD_X;
      const align = p.cell.align ?? 'left';
      const lineAlign: Align = align === 'left' ? 'justify' : align;
      const textH = p.lines.length * lineH;
      let y =
        (p.cell.valign ?? 'middle') === 'middle' && !p.footer ? top + (height - textH) / 2 : top + CELL_PAD_Y;
      for (const line of p.lines) {
        this.drawLine(line, p.x + CELL_PAD_X, y, inner, lineH, s.size, lineAlign);
        y += lineH;
      }
      if (p.footer) {
        this.drawLine(
          p.footer,
          p.x + CELL_PAD_X,
          top + height - CELL_PAD_Y - lineH,
          inner,
          lineH,
          s.size,
          'right',
        );
      }
    };

    const headerRows = Math.max(0, Math.min(block.headerRows ?? 0, block.rows.length - 1));
    const headerH = rowH.slice(0, headerRows).reduce((a, b) => a + b, 0);
    const drawHeader = () => {
      for (const p of placed) {
        if (p.row >= headerRows) continue;
        const top = this.y + rowH.slice(0, p.row).reduce((a, b) => a + b, 0);
        drawCell(
          p,
          top,
          rowH.slice(p.row, p.row + p.rowSpan).reduce((a, b) => a + b, 0),
        );
      }
      this.y += headerH;
    };

    this.y += lineH * 0.25;
    let start = 0;
    while (start < block.rows.length) {
      // The heading rows go with the first row under them.
      let end = start === 0 && headerRows > 0 ? headerRows + 1 : start + 1;
      for (const p of placed) if (p.row >= start && p.row < end) end = Math.max(end, p.row + p.rowSpan);
      // Extend the group while a cell started inside it spans further down.
      for (let again = true; again; ) {
        again = false;
        for (const p of placed)
          if (p.row >= start && p.row < end && p.row + p.rowSpan > end) {
            end = p.row + p.rowSpan;
            again = true;
          }
      }
      const groupH = rowH.slice(start, end).reduce((a, b) => a + b, 0);
      const cells = placed.filter((p) => p.row >= start && p.row < end);
      if (this.y + groupH > BOTTOM + 0.01) {
        const repeat = start > 0 && headerRows > 0 ? headerH : 0;
        if (groupH + repeat <= BOTTOM - TOP && this.y > TOP) {
          this.newPage();
          if (repeat) drawHeader();
        } else if (end - start === 1) {
          this.splitRow(cells, lineH, s.size);
          start = end;
          continue;
        } else throw new DocLayoutError(`排版错误：表格第${start + 1}至${end}行合并单元格后高于一页版心`);
      }
      const rowTop: number[] = [];
      let y = this.y;
      for (let r = start; r < end; r++) {
        rowTop[r] = y;
        y += rowH[r]!;
      }
      for (const p of cells) {
        const h = rowH.slice(p.row, p.row + p.rowSpan).reduce((a, b) => a + b, 0);
        drawCell(p, rowTop[p.row]!, h);
      }
      this.y = y;
      start = end;
    }
    this.y += lineH * 0.5;
  }

  /** A single table row taller than the space left: its cells continue on the next page, line by line. */
  private splitRow(
    cells: Array<{ cell: TableCell; x: number; w: number; lines: Line[]; footer: Line | null }>,
    lineH: number,
    size: number,
  ): void {
    const queues = cells.map((c) => [
      ...c.lines.map((l) => ({ l, footer: false })),
      ...(c.footer ? [{ l: c.footer, footer: true }] : []),
    ]);
    for (;;) {
      const avail = BOTTOM - this.y;
      const capacity = Math.floor((avail - 2 * CELL_PAD_Y) / lineH);
      if (capacity < 2 && this.y > TOP) {
        this.newPage();
        continue;
      }
      const done = queues.every((q) => q.length <= capacity);
      const used = Math.max(1, ...queues.map((q) => Math.min(q.length, capacity)));
      const height = done ? used * lineH + 2 * CELL_PAD_Y : avail;
      cells.forEach((c, k) => {
        this.ops.push({ t: 'rect', page: this.page, x: c.x, y: this.y, w: c.w, h: height });
        const take = queues[k]!.splice(0, capacity);
        const align = c.cell.align ?? 'left';
        take.forEach((item, i) => {
          const lineAlign: Align = item.footer ? 'right' : align === 'left' ? 'justify' : align;
          this.drawLine(
            item.l,
            c.x + CELL_PAD_X,
            this.y + CELL_PAD_Y + i * lineH,
            c.w - 2 * CELL_PAD_X,
            lineH,
            size,
            lineAlign,
          );
        });
      });
      this.y += height;
      if (done) return;
      this.newPage();
    }
  }

  private signatures(block: SignaturesBlock): void {
    const s = STYLE.signature;
    const body = STYLE.body;
    const measure = this.measure(s.size);
    const note = block.note
      ? breakLines([{ text: block.note }], { width: WIDTH, firstIndent: 2 * body.size, measure })
      : [];
    const noteH = note.length * body.size * body.lead;
    const lineH = s.size * s.lead;
    this.keepWithPrevious(noteH + block.lines.length * lineH);
    this.ensure(noteH + block.lines.length * lineH);
    for (const line of note) {
      this.drawLine(line, X0, this.y, WIDTH, body.size * body.lead, body.size, 'justify');
      this.y += body.size * body.lead;
    }
    const blankDate = '　　　年　　月　　日';
    for (const sig of block.lines) {
      const baseline = this.y + lineH - s.size * 0.45;
      const label = `${sig.label}：`;
      this.text(X0, baseline, label, false, s.size);
      const nameX = X0 + measure(label, false);
      if (sig.name) this.text(nameX, baseline, sig.name, false, s.size);
      else {
        const uy = baseline + s.size * 0.16;
        this.ops.push({ t: 'line', page: this.page, x1: nameX, y1: uy, x2: nameX + 8 * s.size, y2: uy });
      }
      if (sig.date !== null) {
        const date = sig.date ? formatLocalDateZh(parseLocalDate(sig.date)) : blankDate;
        this.text(X0 + WIDTH - measure(date, false), baseline, date, false, s.size);
      }
      this.y += lineH;
    }
    this.y = Math.min(BOTTOM, this.y + body.size * 0.5);
  }

  private seal(block: SealBlock): void {
    const s = STYLE.body;
    const lineH = s.size * s.lead;
    const measure = this.measure(s.size);
    const agency = block.agency + (block.mark ?? '');
    const date = chineseDate(block.date);
    const aw = measure(agency, false);
    const dw = measure(date, false);
    // 成文日期右空四字, 发文机关署名以成文日期为准居中 (GB/T 9704-2012 7.3.5.1).
    const right = X0 + WIDTH - 4 * s.size;
    const dateX = Math.max(X0, right - dw);
    const centre = dateX + dw / 2;
    const agencyX = Math.max(X0, Math.min(centre - aw / 2, X0 + WIDTH - aw));
    this.keepWithPrevious(3.5 * lineH);
    this.ensure(3.5 * lineH);
    this.y += 1.5 * lineH;
    const base = (top: number) => top + (lineH - s.size) / 2 + EM_ASCENT * s.size;
    this.text(agencyX, base(this.y), agency, false, s.size);
    this.y += lineH;
    this.text(dateX, base(this.y), date, false, s.size);
    this.y += lineH;
  }
}

function paint(
  doc: PDFKit.PDFDocument,
  ops: readonly Op[],
  pages: number,
  footerText: (page: number) => string,
): void {
  for (let page = 0; page < pages; page++) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.lineWidth(RULE).strokeColor('black').fillColor('black');
    for (const op of ops) {
      if (op.page !== page) continue;
      switch (op.t) {
        case 'text':
          // Bold is drawn by also stroking the outline (text render mode 2) with the regular face: a second CJK
          // face would add some 50 KB of CFF subroutines to every PDF, pushing a two-page decision past 200 KB.
          if (op.bold) doc.lineWidth(op.size * BOLD_STROKE);
          doc.font('regular').fontSize(op.size).text(op.text, op.x, op.y, {
            lineBreak: false,
            baseline: 'alphabetic',
            characterSpacing: op.tc,
            fill: true,
            stroke: op.bold,
          });
          if (op.bold) doc.lineWidth(RULE);
          break;
        case 'line':
          doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).stroke();
          break;
        case 'rect':
          doc.rect(op.x, op.y, op.w, op.h).stroke();
          break;
        default:
          assertNever(op);
      }
    }
    const footer = footerText(page);
    const f = STYLE.footer.size;
    doc.font('regular').fontSize(f);
    const w = doc.widthOfString(footer);
    doc.text(footer, X0 + (WIDTH - w) / 2, BOTTOM + 7 * MM + EM_ASCENT * f, {
      lineBreak: false,
      baseline: 'alphabetic',
    });
  }
}

/** Refuses to print a character the font lacks: it would come out as an empty box in a legal document. */
function checkGlyphs(doc: PDFKit.PDFDocument, ops: readonly Op[], fonts: ResolvedFonts): void {
  const missing = new Set<string>();
  doc.font('regular');
  const face = (doc as unknown as DocInternals)._font?.font;
  if (!face) return;
  for (const op of ops) {
    if (op.t !== 'text') continue;
    for (const ch of op.text) if (!face.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.add(ch);
  }
  if (missing.size > 0) {
    throw new DocLayoutError(
      `字体（${fonts.source}）缺少以下字符，无法正确打印：${[...missing].join('、')}` +
        (fonts.source === 'system-noto-cjk' ? '' : '；请安装 fonts-noto-cjk'),
    );
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected ${JSON.stringify(x)}`);
}
