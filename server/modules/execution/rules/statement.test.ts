import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  parseAmountFen,
  parseStatement,
  parseStatementDate,
  STATEMENT_MAX_ROWS,
  STATEMENT_MESSAGES,
} from './statement.js';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** GBK codes of the characters the GBK test needs (from `iconv -t gbk`); ASCII is itself. */
const GBK: Record<string, string> = {
  缴: 'bdc9',
  款: 'bfee',
  人: 'c8cb',
  金: 'bdf0',
  额: 'b6ee',
  日: 'c8d5',
  期: 'c6da',
  流: 'c1f7',
  水: 'cbae',
  号: 'bac5',
  摘: 'd5aa',
  要: 'd2aa',
  张: 'd5c5',
  三: 'c8fd',
  年: 'c4ea',
  月: 'd4c2',
  赤: 'b3e0',
  应: 'd3a6',
  急: 'bcb1',
  罚: 'b7a3',
  '〔': 'a1b2',
  '〕': 'a1b3',
};
function gbk(text: string): Buffer {
  const parts = [...text].map((ch) => {
    if (ch.charCodeAt(0) < 0x80) return Buffer.from(ch, 'latin1');
    const hex = GBK[ch];
    if (!hex) throw new Error(`no GBK code for ${ch} in the test table`);
    return Buffer.from(hex, 'hex');
  });
  return Buffer.concat(parts);
}

async function xlsx(rows: ExcelJS.CellValue[][], sheetName = '对账单'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('amounts', () => {
  it.each([
    ['1,000.00', 100000],
    ['1000', 100000],
    ['¥1000.5', 100050],
    ['￥1,234.56', 123456],
    ['１，０００．００', 100000],
    [' 200.1 ', 20010],
    ['RMB 50.00', 5000],
    ['50元', 5000],
    ['+300.00', 30000],
    ['0.01', 1],
    ['0', 0],
    ['12,345,678.90', 1234567890],
    [1000.5, 100050],
    [1234.56, 123456],
    [0.1, 10],
    [200, 20000],
  ] as const)('reads %j as %i fen', (text, fen) => {
    expect(parseAmountFen(text)).toBe(fen);
  });

  it('is exact where a float product is not (1.15 × 100 = 114.99999999999999)', () => {
    expect(1.15 * 100).not.toBe(115);
    expect(parseAmountFen('1.15')).toBe(115);
    expect(parseAmountFen(1.15)).toBe(115);
    expect(parseAmountFen('4.35')).toBe(435);
  });

  it.each([
    '-100',
    '-0.01',
    '(100.00)',
    '100.001',
    '1.005',
    '1,00.00',
    '10,0000',
    '1 000',
    '',
    'abc',
    '.5',
    '1e3',
    '100.',
    '99999999999999999999',
    -5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e21,
    100.123,
  ])('refuses %j', (text) => {
    expect(parseAmountFen(text)).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    '2026-11-24',
    '2026/11/24',
    '2026.11.24',
    '20261124',
    '2026年11月24日',
    '2026年11月24',
    '2026-11-24 10:32:05',
    '2026/11/24 9:05',
    '2026-11-24T10:32:05',
    '20261124 103205',
    ' 2026 年 11 月 24 日 ',
    '２０２６－１１－２４',
  ])('reads %j', (text) => {
    expect(parseStatementDate(text)).toBe('2026-11-24');
  });

  it('reads single-digit months and days', () => {
    expect(parseStatementDate('2026/1/5')).toBe('2026-01-05');
  });

  it('reads a date cell by its UTC fields, whatever the time zone', () => {
    expect(parseStatementDate(new Date(Date.UTC(2026, 10, 24)))).toBe('2026-11-24');
    // A date-time cell: exceljs gives the wall time as UTC.
    expect(parseStatementDate(new Date(Date.UTC(2026, 10, 24, 23, 30)))).toBe('2026-11-24');
    expect(parseStatementDate(new Date(Number.NaN))).toBeNull();
  });

  it('reads an Excel day number and an eight-digit number', () => {
    // 46350 is 2026-11-24 in Excel's 1900 date system.
    expect(parseStatementDate(46350)).toBe('2026-11-24');
    expect(parseStatementDate(46350.75)).toBe('2026-11-24');
    expect(parseStatementDate(20261124)).toBe('2026-11-24');
  });

  it.each(['2026-13-01', '2026-02-30', '24/11/2026', '11-24', '昨天', '202611', '', 12])(
    'refuses %j',
    (v) => {
      expect(parseStatementDate(v)).toBeNull();
    },
  );
});

describe('CSV statements', () => {
  const header = '缴款人,金额,日期,流水号,摘要';

  it('reads UTF-8 with a BOM, quoted commas, doubled quotes and line breaks', async () => {
    const text =
      `${header}\r\n` +
      '赤峰市某某化工有限公司,"50,000.00",2026-11-24,202611240001,缴纳赤应急罚〔2026〕12号罚款\r\n' +
      '"张三",218.00,2026/11/24,202611240002,"罚款, ""赤应急罚〔2026〕13号""\r\n含加处罚款"\r\n';
    const r = await parseStatement(Buffer.concat([BOM, utf8(text)]), '工行对账单.csv');
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([
      {
        lineNo: 2,
        payer: '赤峰市某某化工有限公司',
        amountFen: 5_000_000,
        paidOn: '2026-11-24',
        reference: '202611240001',
        memo: '缴纳赤应急罚〔2026〕12号罚款',
      },
      {
        lineNo: 3,
        payer: '张三',
        amountFen: 21800,
        paidOn: '2026-11-24',
        reference: '202611240002',
        memo: '罚款, "赤应急罚〔2026〕13号"\r\n含加处罚款',
      },
    ]);
  });

  it('reads UTF-8 without a BOM, LF line ends and no final newline', async () => {
    const r = await parseStatement(utf8(`${header}\n张三,200,20261124,A001,`), 'statement.csv');
    expect(r).toEqual({
      lines: [
        { lineNo: 2, payer: '张三', amountFen: 20000, paidOn: '2026-11-24', reference: 'A001', memo: '' },
      ],
      errors: [],
    });
  });

  it('reads GBK (decoded as GB18030) when the bytes are not UTF-8', async () => {
    const data = gbk(`${header}\r\n张三,200.00,2026年11月24日,A001,赤应急罚〔2026〕13号\r\n`);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(data)).toThrow();
    const r = await parseStatement(data, 'ccb.csv');
    expect(r).toEqual({
      lines: [
        {
          lineNo: 2,
          payer: '张三',
          amountFen: 20000,
          paidOn: '2026-11-24',
          reference: 'A001',
          memo: '赤应急罚〔2026〕13号',
        },
      ],
      errors: [],
    });
  });

  it('reads UTF-16 with a BOM and tab-separated exports', async () => {
    const tsv = `缴款人\t金额\t日期\t流水号\n张三\t200.00\t2026-11-24\tA001\n`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const r = await parseStatement(utf16, 'export.txt');
    expect(r.errors).toEqual([]);
    expect(r.lines).toMatchObject([
      { lineNo: 2, payer: '张三', amountFen: 20000, reference: 'A001', memo: '' },
    ]);
  });

  it('finds the header in row 3 below the bank’s title, by other column names', async () => {
    const text = [
      '中国农业银行赤峰分行 代收罚款明细,,,,,',
      '账号：1234 5678 9012,起止日期：2026-11-01至2026-11-30,,,,',
      '序号,对方户名,贷方金额（元）,入账日期,交易流水号,附言',
      '1,赤峰某矿业（集团）有限责任公司,"30,000.00",2026.11.24,ABC-1,赤应急罚〔2026〕7号',
      ',,,,,',
      '2,张三,200.00,2026.11.25,ABC-2,',
      '合计,,"30,200.00",,,',
    ].join('\n');
    const r = await parseStatement(utf8(text), 'abc.csv');
    expect(r.errors).toEqual([]);
    expect(r.lines.map((l) => [l.lineNo, l.payer, l.amountFen, l.paidOn, l.reference, l.memo])).toEqual([
      [4, '赤峰某矿业（集团）有限责任公司', 3_000_000, '2026-11-24', 'ABC-1', '赤应急罚〔2026〕7号'],
      [6, '张三', 20000, '2026-11-25', 'ABC-2', ''],
    ]);
  });

  it('reports a bad row by its row and column and still reads the others', async () => {
    const text = [
      header,
      '张三,200.00,2026-11-24,A001,',
      '李四,abc,2026-11-24,A002,',
      '王五,-50.00,2026-11-31,A003,',
      ',100.00,2026-11-24,,',
      '赵六,0,2026-11-24,A005,',
      '钱七,100.00,2026-11-25,A006,',
    ].join('\n');
    const r = await parseStatement(utf8(text), 's.csv');
    expect(r.lines.map((l) => l.lineNo)).toEqual([2, 7]);
    expect(r.errors).toEqual([
      { lineNo: 3, message: '金额「abc」无法识别（应为不带负号、最多两位小数的金额）' },
      { lineNo: 4, message: '金额「-50.00」无法识别（应为不带负号、最多两位小数的金额）' },
      { lineNo: 4, message: '日期「2026-11-31」无法识别（如 2026-11-24）' },
      { lineNo: 5, message: '缴款人为空' },
      { lineNo: 5, message: '流水号为空' },
      { lineNo: 6, message: '金额不能为 0' },
    ]);
  });

  it('reports a file without a recognisable header as a whole', async () => {
    const r = await parseStatement(utf8('姓名,钱,时间\n张三,200,2026-11-24\n'), 's.csv');
    expect(r).toEqual({ lines: [], errors: [{ lineNo: 0, message: STATEMENT_MESSAGES.noHeader }] });
    expect(STATEMENT_MESSAGES.noHeader).toBe('未找到表头：应包含缴款人、金额、日期、流水号等列');
  });

  it('looks for the header in the first ten rows only', async () => {
    const title = Array.from({ length: 10 }, (_, i) => `标题${i + 1}`);
    const r = await parseStatement(utf8([...title, header, '张三,200,2026-11-24,A1,'].join('\n')), 's.csv');
    expect(r.errors).toEqual([{ lineNo: 0, message: STATEMENT_MESSAGES.noHeader }]);
    const nine = await parseStatement(
      utf8([...title.slice(1), header, '张三,200,2026-11-24,A1,'].join('\n')),
      's.csv',
    );
    expect(nine.lines).toHaveLength(1);
  });

  it('reports an empty file', async () => {
    expect(await parseStatement(Buffer.alloc(0), 'empty.csv')).toEqual({
      lines: [],
      errors: [{ lineNo: 0, message: '对账单为空' }],
    });
  });

  it(`accepts ${STATEMENT_MAX_ROWS} data rows and refuses one more`, async () => {
    const rows = (n: number) =>
      [header, ...Array.from({ length: n }, (_, i) => `张三,1.00,2026-11-24,R${i},`)].join('\n');
    expect((await parseStatement(utf8(rows(STATEMENT_MAX_ROWS)), 's.csv')).lines).toHaveLength(
      STATEMENT_MAX_ROWS,
    );
    expect(await parseStatement(utf8(rows(STATEMENT_MAX_ROWS + 1)), 's.csv')).toEqual({
      lines: [],
      errors: [{ lineNo: 0, message: '对账单超过 5000 行，请分批导入' }],
    });
  });
});

describe('xlsx statements', () => {
  it('reads the first sheet with the header below a title, date cells and number cells', async () => {
    const data = await xlsx([
      ['中国工商银行 代收罚款对账单'],
      ['单位：赤峰市应急管理局'],
      ['交易日期', '付款人名称', '交易金额(元)', '凭证号', '用途'],
      [new Date(Date.UTC(2026, 10, 24)), '赤峰市某某化工有限公司', 50000, 'ICBC-1', '赤应急罚〔2026〕12号'],
      [],
      [
        '2026年11月25日',
        '张三',
        '218.00',
        'ICBC-2',
        { richText: [{ text: '赤应急罚' }, { text: '〔2026〕13号' }] },
      ],
      [new Date(Date.UTC(2026, 10, 26, 14, 5)), '李四', 1.15, 20261126001, null],
      [new Date(Date.UTC(2026, 10, 26)), '王五', 'n/a', 'ICBC-4', ''],
      ['合计', null, { formula: 'SUM(C4:C7)', result: 50219.15 }, null, null],
    ]);
    const r = await parseStatement(data, '工行对账单.xlsx');
    expect(r.lines).toEqual([
      {
        lineNo: 4,
        payer: '赤峰市某某化工有限公司',
        amountFen: 5_000_000,
        paidOn: '2026-11-24',
        reference: 'ICBC-1',
        memo: '赤应急罚〔2026〕12号',
      },
      {
        lineNo: 6,
        payer: '张三',
        amountFen: 21800,
        paidOn: '2026-11-25',
        reference: 'ICBC-2',
        memo: '赤应急罚〔2026〕13号',
      },
      { lineNo: 7, payer: '李四', amountFen: 115, paidOn: '2026-11-26', reference: '20261126001', memo: '' },
    ]);
    expect(r.errors).toEqual([
      { lineNo: 8, message: '金额「n/a」无法识别（应为不带负号、最多两位小数的金额）' },
    ]);
  });

  it('reads a formula cell by its result and ignores the sheet name', async () => {
    const data = await xlsx(
      [
        ['payer', 'amount', 'date', 'reference', 'memo'],
        ['张三', { formula: '100+100', result: 200 }, '2026-11-24', 'R1', 'x'],
      ],
      'Sheet1',
    );
    expect((await parseStatement(data, 'upload.bin')).lines).toEqual([
      { lineNo: 2, payer: '张三', amountFen: 20000, paidOn: '2026-11-24', reference: 'R1', memo: 'x' },
    ]);
  });

  it('reports a workbook without the columns', async () => {
    const data = await xlsx([
      ['a', 'b'],
      [1, 2],
    ]);
    expect(await parseStatement(data, 's.xlsx')).toEqual({
      lines: [],
      errors: [{ lineNo: 0, message: STATEMENT_MESSAGES.noHeader }],
    });
  });

  it('reports a corrupt .xlsx and an old .xls', async () => {
    expect(await parseStatement(utf8('not a workbook'), 's.xlsx')).toEqual({
      lines: [],
      errors: [{ lineNo: 0, message: STATEMENT_MESSAGES.unreadableXlsx }],
    });
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await parseStatement(ole, '对账单.xls')).toEqual({
      lines: [],
      errors: [{ lineNo: 0, message: STATEMENT_MESSAGES.legacyXls }],
    });
  });
});
