/**
 * DocSpec -> DOCX with `docx`: the editable working copy of a 文书 (the PDF is the record that is sealed and
 * hashed). Same content and page geometry as the PDF; fonts are named, not embedded: 宋体 for titles and tables,
 * 仿宋 for body text, 黑体 for headings, as a bureau's Word or WPS expects. Where those are absent (Linux,
 * LibreOffice) the reader substitutes its CJK serif, Noto Serif CJK here.
 *
 * Not byte-stable: `docx` stamps the creation time into docProps/core.xml and the zip entries.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  HeightRule,
  type IRunOptions,
} from 'docx';
import {
  chineseDate,
  toRuns,
  type Align,
  type DocSpec,
  type Field,
  type RichText,
  type SealBlock,
  type SignaturesBlock,
  type TableBlock,
} from './doc-spec.js';
import { formatLocalDateZh, parseLocalDate } from '../../kernel/local-date.js';

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number) => Math.round(v * TWIPS_PER_MM);
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Sizes in points, matching render-pdf. */
const SIZE = { header: 18, title: 22, number: 14, body: 14, small: 10.5, table: 12, footer: 10.5 };
const FONT = {
  song: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' },
  fangsong: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' },
  hei: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' },
} as const;
type FontRole = keyof typeof FONT;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
};

/** Exact line pitch in twips for a size and leading (Word's "固定值"). */
const pitch = (size: number, lead: number) => Math.round(size * lead * 20);
/** Width of text in units of its font size: CJK full width, Latin and digits about half. */
const ems = (s: string) => [...s].reduce((n, ch) => n + (ch.codePointAt(0)! < 0x2000 ? 0.5 : 1), 0);

function run(text: string, size: number, font: FontRole, extra: IRunOptions = {}): TextRun {
  return new TextRun({ text, size: size * 2, font: FONT[font], ...extra });
}

function runs(text: RichText, size: number, font: FontRole): TextRun[] {
  const out: TextRun[] = [];
  for (const r of toRuns(text)) {
    r.text.split('\n').forEach((part, i) => {
      out.push(
        new TextRun({
          text: part,
          size: size * 2,
          font: FONT[font],
          bold: r.bold,
          underline: r.underline ? {} : undefined,
          break: i > 0 ? 1 : undefined,
        }),
      );
    });
  }
  return out;
}

/**
 * Renders a document to DOCX (A4, 公文 margins, page x of y in the footer). Tables keep their column
 * proportions, merged cells and minimum heights.
 */
export async function renderDocx(spec: DocSpec): Promise<Buffer> {
  const body: Array<Paragraph | Table> = [];
  const bodyLine = pitch(SIZE.body, 1.75);
  if (spec.header) body.push(centred(spec.header, SIZE.header, 1.5));
  body.push(centred(spec.title, SIZE.title, 1.5));
  if (spec.number) {
    body.push(
      new Paragraph({
        alignment: spec.number.align === 'center' ? AlignmentType.CENTER : AlignmentType.RIGHT,
        spacing: { line: pitch(SIZE.number, 1.6), lineRule: LineRuleType.EXACT, after: 120 },
        children: [run(spec.number.text, SIZE.number, 'fangsong')],
      }),
    );
  }
  spec.blocks.forEach((block, index) => {
    // The paragraph before a seal or signatures travels with them, as in the PDF.
    const next = spec.blocks[index + 1]?.kind;
    const keepNext = next === 'seal' || next === 'signatures';
    switch (block.kind) {
      case 'heading':
        body.push(
          new Paragraph({
            keepNext: true,
            indent: { firstLine: (block.indent ?? 0) * SIZE.body * 20 },
            spacing: { line: bodyLine, lineRule: LineRuleType.EXACT },
            children: [run(block.text, SIZE.body, 'hei')],
          }),
        );
        break;
      case 'paragraph': {
        const size = block.size === 'small' ? SIZE.small : SIZE.body;
        body.push(
          new Paragraph({
            keepNext,
            keepLines: keepNext,
            alignment: ALIGN[block.align ?? 'justify'],
            indent: { firstLine: (block.indent ?? 2) * size * 20 },
            spacing: { line: pitch(size, block.size === 'small' ? 1.6 : 1.75), lineRule: LineRuleType.EXACT },
            children: runs(block.text, size, 'fangsong'),
          }),
        );
        break;
      }
      case 'fields':
        for (const row of block.rows) body.push(fieldRow(Array.isArray(row) ? row : [row], bodyLine));
        break;
      case 'table':
        body.push(table(block));
        body.push(new Paragraph({ spacing: { line: 200, lineRule: LineRuleType.EXACT }, children: [] }));
        break;
      case 'signatures':
        body.push(...signatures(block));
        break;
      case 'seal':
        body.push(...seal(block, bodyLine));
        break;
      case 'spacer':
        for (let i = 0; i < block.lines; i++)
          body.push(
            new Paragraph({ spacing: { line: bodyLine, lineRule: LineRuleType.EXACT }, children: [] }),
          );
        break;
      default: {
        const never: never = block;
        throw new Error(`unexpected block ${JSON.stringify(never)}`);
      }
    }
  });

  const doc = new Document({
    title: spec.title,
    subject: spec.subject,
    creator: spec.header ?? 'zhifa',
    description: spec.number?.text,
    styles: {
      default: { document: { run: { font: FONT.fangsong, size: SIZE.body * 2 } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { ...MARGIN, footer: MARGIN.bottom - mm(7) - SIZE.footer * 20 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: SIZE.footer * 2,
                    font: FONT.song,
                    children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function centred(text: string, size: number, lead: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: pitch(size, lead), lineRule: LineRuleType.EXACT },
    children: [run(text, size, 'song', { bold: true })],
  });
}

/** One field: hanging indent so that wrapped lines start under the value. Several: one tab stop per column. */
function fieldRow(fields: Field[], line: number): Paragraph {
  const spacing = { line, lineRule: LineRuleType.EXACT };
  if (fields.length === 1) {
    const f = fields[0]!;
    const hang = Math.min(Math.round(ems(`${f.label}：`) * SIZE.body * 20), Math.round(TEXT_WIDTH * 0.45));
    return new Paragraph({
      alignment: AlignmentType.BOTH,
      indent: { left: hang, hanging: hang },
      spacing,
      children: [run(`${f.label}：${f.value}`, SIZE.body, 'fangsong')],
    });
  }
  const col = Math.floor(TEXT_WIDTH / fields.length);
  const children: TextRun[] = [];
  fields.forEach((f, i) => {
    if (i > 0) children.push(new TextRun({ children: [new Tab()] }));
    children.push(run(`${f.label}：${f.value}`, SIZE.body, 'fangsong'));
  });
  return new Paragraph({
    spacing,
    tabStops: fields.slice(1).map((_, i) => ({ type: TabStopType.LEFT, position: col * (i + 1) })),
    children,
  });
}

function table(block: TableBlock): Table {
  const total = block.columns.reduce((a, b) => a + b, 0);
  const widths = block.columns.map((c) => Math.floor((c / total) * TEXT_WIDTH));
  const line = pitch(SIZE.table, 1.5);
  const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const taken: boolean[][] = block.rows.map(() => new Array<boolean>(block.columns.length).fill(false));
  const rows = block.rows.map((row, r) => {
    let col = 0;
    const cells = row.cells.map((cell) => {
      while (col < widths.length && taken[r]![col]) col++;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = Math.min(cell.rowSpan ?? 1, block.rows.length - r);
      for (let rr = r; rr < r + rowSpan; rr++)
        for (let cc = col; cc < col + colSpan && cc < widths.length; cc++) taken[rr]![cc] = true;
      const width = widths.slice(col, col + colSpan).reduce((a, b) => a + b, 0);
      col += colSpan;
      const align = cell.align ?? 'left';
      const paragraphs = [
        new Paragraph({
          alignment: align === 'left' ? AlignmentType.BOTH : ALIGN[align],
          spacing: { line, lineRule: LineRuleType.EXACT },
          children: runs(cell.text, SIZE.table, 'song'),
        }),
      ];
      if (cell.footer) {
        paragraphs.push(
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { line, lineRule: LineRuleType.EXACT, before: 120 },
            children: [run(cell.footer, SIZE.table, 'song')],
          }),
        );
      }
      return new TableCell({
        children: paragraphs,
        columnSpan: colSpan > 1 ? colSpan : undefined,
        rowSpan: rowSpan > 1 ? rowSpan : undefined,
        width: { size: width, type: WidthType.DXA },
        verticalAlign:
          (cell.valign ?? 'middle') === 'middle' && !cell.footer ? VerticalAlign.CENTER : VerticalAlign.TOP,
        margins: { left: 100, right: 100, top: 60, bottom: 60 },
        borders,
      });
    });
    return new TableRow({
      children: cells,
      tableHeader: r < (block.headerRows ?? 0) ? true : undefined,
      height: row.minLines ? { value: row.minLines * line + 120, rule: HeightRule.ATLEAST } : undefined,
    });
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

function signatures(block: SignaturesBlock): Paragraph[] {
  const out: Paragraph[] = [];
  const line = pitch(SIZE.body, 2.3);
  if (block.note) {
    out.push(
      new Paragraph({
        keepNext: true,
        indent: { firstLine: 2 * SIZE.body * 20 },
        spacing: { line: pitch(SIZE.body, 1.75), lineRule: LineRuleType.EXACT },
        children: [run(block.note, SIZE.body, 'fangsong')],
      }),
    );
  }
  block.lines.forEach((sig, i) => {
    const children: TextRun[] = [run(`${sig.label}：`, SIZE.body, 'fangsong')];
    children.push(
      sig.name
        ? run(sig.name, SIZE.body, 'fangsong')
        : run('　'.repeat(8), SIZE.body, 'fangsong', { underline: {} }),
    );
    if (sig.date !== null) {
      children.push(new TextRun({ children: [new Tab()] }));
      const date = sig.date ? formatLocalDateZh(parseLocalDate(sig.date)) : '　　　年　　月　　日';
      children.push(run(date, SIZE.body, 'fangsong'));
    }
    out.push(
      new Paragraph({
        keepNext: i < block.lines.length - 1,
        keepLines: true,
        spacing: { line, lineRule: LineRuleType.EXACT },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children,
      }),
    );
  });
  return out;
}

/** Agency centred over the date, the date four characters from the right margin (GB/T 9704-2012 7.3.5.1). */
function seal(block: SealBlock, line: number): Paragraph[] {
  const agency = block.agency + (block.mark ?? '');
  const date = chineseDate(block.date);
  const em = SIZE.body * 20;
  const dateRight = 4 * em;
  const agencyRight = Math.max(0, Math.round(dateRight + ((ems(date) - ems(agency)) / 2) * em));
  const spacing = { line, lineRule: LineRuleType.EXACT };
  return [
    new Paragraph({
      keepNext: true,
      spacing: { line: Math.round(line * 1.5), lineRule: LineRuleType.EXACT },
      children: [],
    }),
    new Paragraph({
      keepNext: true,
      alignment: AlignmentType.RIGHT,
      indent: { right: agencyRight },
      spacing,
      children: [run(agency, SIZE.body, 'fangsong')],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: dateRight },
      spacing,
      children: [run(date, SIZE.body, 'fangsong')],
    }),
  ];
}
