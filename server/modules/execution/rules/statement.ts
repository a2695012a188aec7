/**
 * Reading the statement the collecting bank or the e-payment platform sends (《罚款决定与罚款收缴分离实施办法》第十条:
 * payer, amount, date of each payment) from a CSV or an .xlsx file. Banks' exports differ: the header row is found
 * among the first rows by the usual column titles, CSV comes in UTF-8 (with or without BOM), UTF-16 or GB18030/GBK,
 * and dates and amounts in the forms people and banks write them. No I/O: the file's bytes come in as an argument.
 */
import ExcelJS from 'exceljs';
import {
  fromEpochDay,
  isValidLocalDate,
  localDateFromParts,
  type LocalDate,
} from '../../../kernel/local-date.js';
import type { StatementLine } from './matching.js';

export const STATEMENT_MAX_ROWS = 5000;
/** The header row must be among the first rows (banks put a title, the account and the period above it). */
const HEADER_SEARCH_ROWS = 10;

type Field = 'payer' | 'amount' | 'date' | 'reference' | 'memo';

/** Column titles banks use for each field, compared without whitespace and a trailing unit such as （元）. */
const SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  payer: ['缴款人', '付款人', '付款人名称', '对方户名', '户名', '缴款人名称', '付款方', '对方名称', 'payer'],
  amount: ['金额', '交易金额', '缴款金额', '收入金额', '贷方金额', '贷方发生额', 'amount'],
  date: ['日期', '交易日期', '缴款日期', '入账日期', '记账日期', '交易时间', 'date'],
  reference: ['流水号', '交易流水号', '凭证号', '参考号', '银行流水号', 'reference'],
  memo: ['摘要', '附言', '用途', '备注', '交易附言', 'memo'],
};
const REQUIRED: readonly Field[] = ['payer', 'amount', 'date', 'reference'];
const LABEL: Readonly<Record<Field, string>> = {
  payer: '缴款人',
  amount: '金额',
  date: '日期',
  reference: '流水号',
  memo: '摘要',
};

export const STATEMENT_MESSAGES = {
  noHeader: '未找到表头：应包含缴款人、金额、日期、流水号等列',
  tooManyRows: `对账单超过 ${STATEMENT_MAX_ROWS} 行，请分批导入`,
  unreadableXlsx: '无法读取 Excel 文件：请上传 .xlsx 或 CSV 格式的对账单',
  legacyXls: '不支持旧版 Excel（.xls）格式：请另存为 .xlsx 或 CSV 后导入',
  empty: '对账单为空',
} as const;

export interface StatementError {
  /** The row in the file (1-based, as a spreadsheet numbers it); 0 for the file as a whole. */
  lineNo: number;
  message: string;
}

export interface ParsedStatement {
  lines: StatementLine[];
  errors: StatementError[];
}

/** A cell as read from the file: text from CSV; text, number or date (UTC midnight) from xlsx. */
export type StatementCell = string | number | Date | null;

// ------------------------------------------------------------------------------------------------ amounts

/**
 * An amount in yuan as fen, exactly (string arithmetic, never a float product): '1,000.00', '1000', '¥1000.5',
 * '￥1,234.56元', 1000.5 (a spreadsheet number). Null for a negative amount, more than two decimals, a misplaced
 * thousands separator, or anything else.
 */
export function parseAmountFen(s: string | number): number | null {
  let text: string;
  if (typeof s === 'number') {
    if (!Number.isFinite(s) || s < 0) return null;
    // The shortest decimal that reads back as the same double: what the cell shows for 1000.5 or 1234.56.
    text = String(s);
  } else {
    text = s
      .normalize('NFKC')
      .trim()
      .replace(/^(?:RMB|CNY)\s*/i, '')
      .replace(/^[¥￥]\s*/, '')
      .replace(/\s*元$/, '');
  }
  const m = /^\+?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const yuan = m[1]!.replace(/,/g, '');
  const fen = Number(yuan) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

// ------------------------------------------------------------------------------------------------ dates

/** Days between 1899-12-30 (Excel's day 0) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * A statement date: 2026-11-24, 2026/11/24, 2026.11.24, 20261124, 2026年11月24日 (a time after it is ignored), a
 * date cell (exceljs gives UTC midnight of the day shown, so the UTC fields are the date whatever the server's time
 * zone), or an Excel day number in a cell formatted as a plain number.
 */
export function parseStatementDate(v: StatementCell): LocalDate | null {
  if (v === null) return null;
  if (v instanceof Date) {
    if (!Number.isFinite(v.getTime())) return null;
    return localDateFromParts(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 19000101 && v <= 99991231) return parseStatementDate(String(v));
    if (v >= 20000 && v < 100000) return fromEpochDay(Math.floor(v) - EXCEL_EPOCH_OFFSET);
    return null;
  }
  const text = v.normalize('NFKC').trim();
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(
      text,
    ) ?? /^(\d{4})(\d{2})(\d{2})(?:[\sT]*\d{2}:?\d{2}(?::?\d{2})?)?$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidLocalDate(iso) ? iso : null;
}

// ------------------------------------------------------------------------------------------------ CSV

/** UTF-8 (a BOM dropped), UTF-16 with a BOM, and otherwise GB18030 (which covers GBK and GB2312). */
function decodeText(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    // The decoder drops a UTF-8 BOM itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/** RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks; CRLF, LF or CR. */
function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}

// ------------------------------------------------------------------------------------------------ xlsx

function cellValue(v: ExcelJS.CellValue): StatementCell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v)
      return 'result' in v && v.result !== undefined ? cellValue(v.result) : null;
    if ('text' in v) return typeof v.text === 'string' ? v.text : cellValue(v.text);
    if ('error' in v) return null;
  }
  return null;
}

async function readXlsx(data: Buffer): Promise<StatementCell[][] | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    return null;
  }
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: StatementCell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: StatementCell[] = [];
    for (let col = 1; col <= row.cellCount; col++) cells.push(cellValue(row.getCell(col).value));
    rows.push(cells);
  }
  return rows;
}

// ------------------------------------------------------------------------------------------------ rows

function cellText(v: StatementCell | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return parseStatementDate(v) ?? '';
  return String(v).trim();
}

function headerKey(v: StatementCell | undefined): string {
  return cellText(v)
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\*/g, '')
    .replace(/\((?:元|人民币|RMB|CNY)\)$/i, '')
    .toLowerCase();
}

/** The first row among the first ten that names every required field, with each field's column. */
function findHeader(rows: readonly StatementCell[][]): { index: number; columns: Map<Field, number> } | null {
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const keys = rows[r]!.map(headerKey);
    const columns = new Map<Field, number>();
    for (const field of Object.keys(SYNONYMS) as Field[]) {
      // Prefer the synonym listed first (交易金额 over a later 金额 column), then the leftmost column.
      for (const name of SYNONYMS[field]) {
        const col = keys.indexOf(name);
        if (col >= 0 && ![...columns.values()].includes(col)) {
          columns.set(field, col);
          break;
        }
      }
    }
    if (REQUIRED.every((f) => columns.has(f))) return { index: r, columns };
  }
  return null;
}

const isBlank = (row: readonly StatementCell[]) => row.every((c) => cellText(c) === '');
/** A bank's closing line (合计 3 笔 …), which has no serial number: skipped rather than reported. */
const isTotalRow = (row: readonly StatementCell[], referenceCol: number) =>
  cellText(row[referenceCol]) === '' && row.some((c) => /^(?:合计|总计|小计)/.test(cellText(c)));

function parseRows(rows: readonly StatementCell[][]): ParsedStatement {
  if (!rows.some((r) => !isBlank(r)))
    return { lines: [], errors: [{ lineNo: 0, message: STATEMENT_MESSAGES.empty }] };
  const header = findHeader(rows);
  if (!header) return { lines: [], errors: [{ lineNo: 0, message: STATEMENT_MESSAGES.noHeader }] };
  const col = (f: Field) => header.columns.get(f);
  const referenceCol = col('reference')!;
  const data = rows
    .map((cells, i) => ({ lineNo: i + 1, cells }))
    .slice(header.index + 1)
    .filter(({ cells }) => !isBlank(cells) && !isTotalRow(cells, referenceCol));
  if (data.length > STATEMENT_MAX_ROWS)
    return { lines: [], errors: [{ lineNo: 0, message: STATEMENT_MESSAGES.tooManyRows }] };

  const lines: StatementLine[] = [];
  const errors: StatementError[] = [];
  for (const { lineNo, cells } of data) {
    const at = (f: Field) => {
      const c = col(f);
      return c === undefined ? null : (cells[c] ?? null);
    };
    const rowErrors: string[] = [];
    const payer = cellText(at('payer'));
    if (!payer) rowErrors.push(`${LABEL.payer}为空`);
    const rawAmount = at('amount');
    const amountText = cellText(rawAmount);
    const amountFen =
      rawAmount === null || amountText === ''
        ? null
        : parseAmountFen(typeof rawAmount === 'number' ? rawAmount : amountText);
    if (!amountText) rowErrors.push(`${LABEL.amount}为空`);
    else if (amountFen === null)
      rowErrors.push(`${LABEL.amount}「${amountText}」无法识别（应为不带负号、最多两位小数的金额）`);
    else if (amountFen === 0) rowErrors.push(`${LABEL.amount}不能为 0`);
    const rawDate = at('date');
    const paidOn = parseStatementDate(typeof rawDate === 'string' ? rawDate.trim() || null : rawDate);
    if (cellText(rawDate) === '') rowErrors.push(`${LABEL.date}为空`);
    else if (!paidOn) rowErrors.push(`${LABEL.date}「${cellText(rawDate)}」无法识别（如 2026-11-24）`);
    const reference = cellText(at('reference'));
    if (!reference) rowErrors.push(`${LABEL.reference}为空`);
    if (rowErrors.length) {
      for (const message of rowErrors) errors.push({ lineNo, message });
      continue;
    }
    lines.push({
      lineNo,
      payer,
      amountFen: amountFen!,
      paidOn: paidOn!,
      reference,
      memo: cellText(at('memo')),
    });
  }
  return { lines, errors };
}

const isZip = (d: Buffer) =>
  d.length >= 4 && d[0] === 0x50 && d[1] === 0x4b && d[2] === 0x03 && d[3] === 0x04;
const isOle = (d: Buffer) =>
  d.length >= 4 && d[0] === 0xd0 && d[1] === 0xcf && d[2] === 0x11 && d[3] === 0xe0;

/**
 * Parses a statement file. Never throws for a bad file: problems come back as `errors` with the row (0 for the
 * whole file) and a Chinese message naming the column; good rows are still returned beside bad ones. Blank rows and
 * a closing 合计 row are skipped.
 */
export async function parseStatement(data: Buffer, fileName: string): Promise<ParsedStatement> {
  const lower = fileName.toLowerCase();
  if (isOle(data) || (lower.endsWith('.xls') && !isZip(data)))
    return { lines: [], errors: [{ lineNo: 0, message: STATEMENT_MESSAGES.legacyXls }] };
  if (isZip(data) || lower.endsWith('.xlsx')) {
    const rows = await readXlsx(data);
    if (!rows) return { lines: [], errors: [{ lineNo: 0, message: STATEMENT_MESSAGES.unreadableXlsx }] };
    return parseRows(rows);
  }
  return parseRows(parseCsv(decodeText(data)));
}
