/**
 * A small declarative model of an official document (文书): what the templates produce and the PDF and DOCX
 * renderers consume. It describes content and the few layout decisions a 文书 needs (alignment, table grids,
 * signature and seal positions); page geometry, fonts and sizes belong to the renderers so that every document
 * looks alike.
 */
import { parseLocalDate, toParts } from '../../kernel/local-date.js';

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A stretch of text with one style; a paragraph or cell is a list of runs. */
export interface Run {
  text: string;
  bold?: boolean;
  /** For filled-in values on a form and blanks to be written on by hand. */
  underline?: boolean;
}

export type RichText = string | Run[];

export interface DocSpec {
  /**
   * 'YYYY-MM-DD', the document's date. It fixes the PDF's CreationDate and ModDate (and with them the PDF file
   * ID), so that rendering the same document twice gives the same bytes and the same SM3 digest.
   */
  issuedAt: string;
  /** Agency line above the title, e.g. 赤峰市应急管理局. */
  header?: string;
  /** Document title, e.g. 行政处罚决定书. */
  title: string;
  /** 文号 line under the title, e.g. 赤应急罚〔2026〕12号; right-aligned unless told otherwise. */
  number?: { text: string; align?: 'center' | 'right' };
  blocks: Block[];
  /** Metadata only (PDF Subject, DOCX description), e.g. the case number. */
  subject?: string;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | FieldsBlock
  | TableBlock
  | SignaturesBlock
  | SealBlock
  | SpacerBlock;

/** A bold line in body size, kept on the same page as what follows it. */
export interface HeadingBlock {
  kind: 'heading';
  text: string;
  /** First-line indent in characters; default 0. */
  indent?: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: RichText;
  /** First-line indent in characters; default 2 (公文 style). Hard line breaks ('\n') start a new indented line. */
  indent?: number;
  /** Default 'justify'. */
  align?: Align;
  /** 'small' for notes printed under a form (本文书一式两份…). */
  size?: 'body' | 'small';
}

/** A labelled value: printed as "当事人：赤峰某化工有限公司", continuation lines aligned under the value. */
export interface Field {
  label: string;
  value: string;
}

/** Rows of labelled values; a row given as an array shares its line between its fields in equal columns. */
export interface FieldsBlock {
  kind: 'fields';
  rows: Array<Field | Field[]>;
}

export interface TableCell {
  text: RichText;
  colSpan?: number;
  rowSpan?: number;
  /** Default 'left' (wrapped text justified) ; labels are usually 'center'. */
  align?: Align;
  /** Default 'middle'. */
  valign?: 'top' | 'middle';
  /**
   * A line kept at the bottom right of the cell, e.g. "签名：张三 2026年11月24日" under an approval opinion.
   */
  footer?: string;
}

export interface TableRow {
  cells: TableCell[];
  /** Minimum height in text lines, for cells left for handwriting. */
  minLines?: number;
}

/** A bordered table (表格式文书: 立案审批表, 送达回证, 法制审核意见书). */
export interface TableBlock {
  kind: 'table';
  /** Relative column widths; scaled to the text width. */
  columns: number[];
  rows: TableRow[];
  /** How many rows at the top are column headings, repeated on every page the table continues on. */
  headerRows?: number;
}

export interface SignatureLine {
  /** E.g. 被询问人签名. */
  label: string;
  /** Printed name, or a blank to sign on when absent. */
  name?: string;
  /** 'YYYY-MM-DD' printed; undefined leaves a blank "年 月 日" to fill in by hand; null prints no date. */
  date?: string | null;
}

/** Signature lines kept together on one page, with an optional sentence above them. */
export interface SignaturesBlock {
  kind: 'signatures';
  note?: string;
  lines: SignatureLine[];
}

/**
 * The issuing agency and the date in Chinese numerals (二〇二六年十一月二十四日), placed where the seal goes:
 * the date four characters from the right margin and the agency name centred above it (GB/T 9704-2012 7.3.5.1).
 */
export interface SealBlock {
  kind: 'seal';
  agency: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  /** Printed after the agency name on forms, e.g. （印章）. */
  mark?: string;
}

export interface SpacerBlock {
  kind: 'spacer';
  lines: number;
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/**
 * The date in Chinese numerals as printed beside a seal: chineseDate('2026-11-24') is '二〇二六年十一月二十四日'.
 * Years digit by digit with 〇, months and days as numbers (十、二十一), as on sealed 文书.
 */
export function chineseDate(iso: string): string {
  const { year, month, day } = toParts(parseLocalDate(iso));
  const y = [...String(year)].map((d) => DIGITS[Number(d)]).join('');
  return `${y}年${chineseNumber(month)}月${chineseNumber(day)}日`;
}

/** Plain text of rich text, for search, tests and the DOCX title check. */
export function plainText(text: RichText): string {
  return typeof text === 'string' ? text : text.map((r) => r.text).join('');
}

/** Rich text as runs. */
export function toRuns(text: RichText): Run[] {
  return typeof text === 'string' ? [{ text }] : text;
}
