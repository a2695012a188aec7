import ExcelJS from 'exceljs';
import {
  CATEGORY_LABELS,
  CERTIFICATE_KIND_LABELS,
  CERTIFICATE_STATUS_LABELS,
  EDUCATION_LABELS,
  ENFORCEMENT_CATEGORIES,
  idNumberCheckChar,
  STAFFING_LABELS,
  type CertificateKind,
  type CertificateStatus,
  type EducationLevel,
  type EnforcementCategory,
  type ImportRowError,
  type StaffingType,
} from '../../../../common/contracts/personnel.js';
import { isValidLocalDate, localDateFromParts, type LocalDate } from '../../../kernel/local-date.js';

/** The columns of the roster template, in order. `*` marks a required column. */
export const COLUMNS = [
  { key: 'name', header: '姓名*', width: 10 },
  { key: 'idNumber', header: '身份证号', width: 22 },
  { key: 'unit', header: '科室/单位*', width: 28 },
  { key: 'position', header: '职务', width: 14 },
  { key: 'staffing', header: '编制类型*', width: 22 },
  { key: 'education', header: '学历', width: 14 },
  { key: 'legalQualification', header: '法律职业资格', width: 12 },
  { key: 'legalQualificationNo', header: '法律职业资格证书编号', width: 22 },
  { key: 'username', header: '关联账号（用户名）', width: 16 },
  { key: 'number', header: '证件编号', width: 18 },
  { key: 'kind', header: '证件种类', width: 14 },
  { key: 'issuingAuthority', header: '发证机关', width: 22 },
  { key: 'region', header: '执法区域', width: 12 },
  { key: 'categories', header: '执法类别', width: 26 },
  { key: 'issuedOn', header: '发证日期', width: 12 },
  { key: 'validUntil', header: '有效期至', width: 12 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
const HEADER = new Map<ColumnKey, string>(COLUMNS.map((c) => [c.key, c.header.replace('*', '')]));
export const columnLabel = (k: ColumnKey): string => HEADER.get(k)!;

export const SHEET = '执法人员名册';
const MAX_ROWS = 2000;

/** Accepted spellings of each staffing type (the label, and what people commonly write). */
const STAFFING_ALIASES: Record<string, StaffingType> = {
  ...Object.fromEntries(Object.entries(STAFFING_LABELS).map(([k, v]) => [v, k as StaffingType])),
  公务员: 'civil_servant',
  行政编制: 'civil_servant',
  参公: 'managed_civil_servant',
  参照公务员法管理: 'managed_civil_servant',
  事业编: 'institution',
  工勤: 'worker',
  临时: 'temporary',
  临时工: 'temporary',
  协管员: 'temporary',
};
const EDUCATION_ALIASES: Record<string, EducationLevel> = {
  ...Object.fromEntries(Object.entries(EDUCATION_LABELS).map(([k, v]) => [v, k as EducationLevel])),
  博士: 'doctorate',
  研究生: 'master',
  硕士: 'master',
  本科: 'bachelor',
  大专: 'associate',
  专科: 'associate',
  中专: 'secondary',
  高中: 'secondary',
};
const KIND_ALIASES: Record<string, CertificateKind> = {
  ...Object.fromEntries(Object.entries(CERTIFICATE_KIND_LABELS).map(([k, v]) => [v, k as CertificateKind])),
  执法证: 'enforcement',
  监督证: 'supervision',
};
const CATEGORY_ALIASES: Record<string, EnforcementCategory> = {
  ...Object.fromEntries(Object.entries(CATEGORY_LABELS).map(([k, v]) => [v, k as EnforcementCategory])),
  危化品: 'hazardous_chemicals',
  危化: 'hazardous_chemicals',
  工贸: 'industry_trade',
  冶金工贸: 'industry_trade',
  矿山: 'non_coal_mines',
  综合: 'comprehensive',
  综合监管: 'comprehensive',
};

/** One spreadsheet row as text, keyed by column, with its row number in the sheet. */
export interface RawRow {
  row: number;
  cells: Partial<Record<ColumnKey, string>>;
  /** Columns whose cell held a number where text was needed (an 18-digit ID number loses digits in Excel). */
  numeric: Set<ColumnKey>;
}

function cellText(v: ExcelJS.CellValue): { text: string; numeric: boolean } {
  if (v === null || v === undefined) return { text: '', numeric: false };
  if (v instanceof Date) {
    // exceljs reads date cells as UTC midnight of the calendar day shown.
    return {
      text: localDateFromParts(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()),
      numeric: false,
    };
  }
  if (typeof v === 'number') return { text: String(v), numeric: true };
  if (typeof v === 'string') return { text: v.trim(), numeric: false };
  if (typeof v === 'boolean') return { text: v ? '是' : '否', numeric: false };
  if (typeof v === 'object' && 'richText' in v)
    return {
      text: v.richText
        .map((t) => t.text)
        .join('')
        .trim(),
      numeric: false,
    };
  if (typeof v === 'object' && 'text' in v) return { text: String(v.text).trim(), numeric: false };
  if (typeof v === 'object' && 'result' in v) return cellText(v.result);
  return { text: '', numeric: false };
}

/**
 * Reads the roster sheet (the first sheet when the named one is absent): the header row is matched by column
 * title, so a reordered template still reads; fully empty rows are skipped.
 * @throws Error with a Chinese message when the file is not an xlsx workbook or lacks required columns
 */
export async function readRoster(data: Buffer): Promise<RawRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw new Error('无法读取文件：请上传 Excel（.xlsx）格式的名册');
  }
  const ws = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
  if (!ws) throw new Error('文件中没有工作表');
  const header = ws.getRow(1);
  const positions = new Map<ColumnKey, number>();
  header.eachCell((cell, col) => {
    const title = cellText(cell.value).text.replace(/\*/g, '').replace(/\s/g, '');
    const c = COLUMNS.find((x) => x.header.replace('*', '') === title);
    if (c) positions.set(c.key, col);
  });
  const missing = COLUMNS.filter((c) => c.header.endsWith('*') && !positions.has(c.key)).map((c) => c.header);
  if (missing.length) throw new Error(`表头缺少必填列：${missing.join('、')}（请使用下载的模板）`);
  if (ws.rowCount - 1 > MAX_ROWS) throw new Error(`一次最多导入 ${MAX_ROWS} 行`);
  const rows: RawRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: RawRow['cells'] = {};
    const numeric = new Set<ColumnKey>();
    for (const [key, col] of positions) {
      const { text, numeric: isNumber } = cellText(row.getCell(col).value);
      if (text) cells[key] = text;
      if (isNumber) numeric.add(key);
    }
    if (Object.keys(cells).length) rows.push({ row: r, cells, numeric });
  }
  return rows;
}

export interface ParsedOfficer {
  name: string;
  idNumber: string | null;
  unitName: string;
  positionName: string | null;
  staffingType: StaffingType;
  education: EducationLevel | null;
  legalQualification: boolean;
  legalQualificationNo: string | null;
  username: string | null;
}

export interface ParsedCertificate {
  number: string;
  kind: CertificateKind;
  issuingAuthority: string;
  region: string;
  categories: EnforcementCategory[];
  issuedOn: LocalDate;
  validUntil: LocalDate | null;
}

export interface ParsedRow {
  row: number;
  officer: ParsedOfficer;
  certificate: ParsedCertificate | null;
}

/** Parses a date as people type it: 2022-03-15, 2022/3/15, 2022.3.15, 2022年3月15日. */
export function parseDateText(text: string): LocalDate | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidLocalDate(iso) ? iso : null;
}

/**
 * Checks the form of each row (required cells, known labels, dates, the ID number's check digit) without the
 * database. Rows with errors are left out of `rows`; every error names the row and the column.
 */
export function parseRows(
  raw: readonly RawRow[],
  validIdNumber: (v: string) => boolean,
): { rows: ParsedRow[]; errors: ImportRowError[] } {
  const rows: ParsedRow[] = [];
  const errors: ImportRowError[] = [];
  for (const r of raw) {
    const before = errors.length;
    const err = (column: ColumnKey, message: string) =>
      errors.push({ row: r.row, column: columnLabel(column), message });
    const c = r.cells;
    const name = c.name ?? '';
    if (name.length < 2 || name.length > 32) err('name', '姓名须为 2-32 个字');
    let idNumber: string | null = null;
    if (c.idNumber) {
      if (r.numeric.has('idNumber'))
        err('idNumber', '身份证号须以文本格式填写（数字格式会丢失末位），请将该列设为文本后重新填写');
      else if (!validIdNumber(c.idNumber.toUpperCase()))
        err('idNumber', `身份证号「${c.idNumber}」不正确（应为18位，出生日期与校验位须正确）`);
      else idNumber = c.idNumber.toUpperCase();
    }
    if (!c.unit) err('unit', '请填写科室/单位');
    const staffingType = c.staffing ? STAFFING_ALIASES[c.staffing.replace(/\s/g, '')] : undefined;
    if (!c.staffing) err('staffing', '请填写编制类型');
    else if (!staffingType)
      err(
        'staffing',
        `编制类型「${c.staffing}」无法识别，应为：${Object.values(STAFFING_LABELS).join('、')}`,
      );
    const education = c.education ? (EDUCATION_ALIASES[c.education] ?? null) : null;
    if (c.education && !education)
      err('education', `学历「${c.education}」无法识别，应为：${Object.values(EDUCATION_LABELS).join('、')}`);
    const lq = c.legalQualification ?? '否';
    if (!['是', '否', '有', '无'].includes(lq)) err('legalQualification', '法律职业资格请填写「是」或「否」');
    const legalQualification = lq === '是' || lq === '有';
    if (legalQualification && !c.legalQualificationNo)
      err('legalQualificationNo', '取得法律职业资格的，请填写证书编号');
    if (!legalQualification && c.legalQualificationNo)
      err('legalQualification', '填写了法律职业资格证书编号，法律职业资格应为「是」');

    let certificate: ParsedCertificate | null = null;
    const certKeys = ['kind', 'issuingAuthority', 'region', 'categories', 'issuedOn', 'validUntil'] as const;
    if (!c.number && certKeys.some((k) => c[k])) err('number', '填写了证件信息但缺少证件编号');
    if (c.number) {
      if (!/^[0-9A-Za-z-]{6,32}$/.test(c.number)) err('number', '证件编号应为 6-32 位字母、数字或连字符');
      const kind = c.kind ? KIND_ALIASES[c.kind] : 'enforcement';
      if (!kind) err('kind', `证件种类「${c.kind}」无法识别，应为：行政执法证、行政执法监督证`);
      if (!c.issuingAuthority) err('issuingAuthority', '请填写发证机关');
      if (!c.region) err('region', '请填写执法区域');
      const labels = (c.categories ?? '').split(/[、,，;；\s]+/).filter(Boolean);
      const categories = labels.map((l) => CATEGORY_ALIASES[l]);
      const unknown = labels.filter((_, i) => !categories[i]);
      if (unknown.length)
        err(
          'categories',
          `执法类别「${unknown.join('、')}」无法识别，可选：${ENFORCEMENT_CATEGORIES.map((k) => CATEGORY_LABELS[k]).join('、')}`,
        );
      if (kind === 'enforcement' && !labels.length) err('categories', '行政执法证须填写执法类别');
      const issuedOn = c.issuedOn ? parseDateText(c.issuedOn) : null;
      if (!c.issuedOn) err('issuedOn', '请填写发证日期');
      else if (!issuedOn) err('issuedOn', `发证日期「${c.issuedOn}」不是有效日期（格式如 2022-03-15）`);
      const validUntil = c.validUntil ? parseDateText(c.validUntil) : null;
      if (c.validUntil && !validUntil)
        err('validUntil', `有效期至「${c.validUntil}」不是有效日期（格式如 2028-03-14）`);
      if (issuedOn && validUntil && validUntil <= issuedOn) err('validUntil', '有效期至须晚于发证日期');
      if (errors.length === before && kind && issuedOn)
        certificate = {
          number: c.number,
          kind,
          issuingAuthority: c.issuingAuthority!,
          region: c.region!,
          categories: [...new Set(categories as EnforcementCategory[])],
          issuedOn,
          validUntil,
        };
    }
    if (errors.length === before && staffingType)
      rows.push({
        row: r.row,
        officer: {
          name,
          idNumber,
          unitName: c.unit!,
          positionName: c.position ?? null,
          staffingType,
          education,
          legalQualification,
          legalQualificationNo: legalQualification ? c.legalQualificationNo! : null,
          username: c.username ?? null,
        },
        certificate,
      });
  }
  return { rows, errors };
}

function styleHeader(ws: ExcelJS.Worksheet): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.height = 22;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The import template: the roster sheet with drop-downs, an example row, and a sheet of instructions. */
export async function buildTemplate(units: readonly string[], positions: readonly string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhifa';
  const ws = wb.addWorksheet(SHEET);
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  styleHeader(ws);
  for (const key of ['idNumber', 'number', 'legalQualificationNo', 'issuedOn', 'validUntil'] as const)
    ws.getColumn(key).numFmt = '@';
  const list = (values: readonly string[]) => ({
    type: 'list' as const,
    allowBlank: true,
    // Excel limits an inline list to 255 characters; longer lists are left without a drop-down.
    formulae: [`"${values.join(',')}"`],
  });
  const lists: [ColumnKey, readonly string[]][] = [
    ['staffing', Object.values(STAFFING_LABELS)],
    ['education', Object.values(EDUCATION_LABELS)],
    ['legalQualification', ['是', '否']],
    ['kind', Object.values(CERTIFICATE_KIND_LABELS)],
    ['unit', units],
  ];
  for (const [key, values] of lists) {
    if (values.join(',').length > 250) continue;
    const col = COLUMNS.findIndex((c) => c.key === key) + 1;
    for (let r = 2; r <= 501; r++) ws.getCell(r, col).dataValidation = list(values);
  }

  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { header: '列', key: 'col', width: 22 },
    { header: '说明', key: 'text', width: 100 },
  ];
  styleHeader(help);
  const notes: [string, string][] = [
    ['姓名*', '2-32 个字'],
    ['身份证号', '18 位，须设为文本格式（数字格式会丢失末位）；系统加密保存，列表中脱敏显示'],
    ['科室/单位*', `须与系统中的名称一致：${units.join('、')}`],
    ['职务', `须与系统中的职务一致：${positions.join('、')}`],
    [
      '编制类型*',
      `${Object.values(STAFFING_LABELS).join('、')}。只有在编人员（公务员、参公，受委托组织的事业编制人员）可以持证；工勤、劳务派遣、临时聘用人员不得持证`,
    ],
    ['学历', Object.values(EDUCATION_LABELS).join('、')],
    [
      '法律职业资格',
      '是 / 否；为「是」时须填写证书编号（初次从事法制审核的人员须取得，行政处罚法第五十八条第二款）',
    ],
    ['关联账号（用户名）', '该人员在本系统的登录用户名；没有账号可不填'],
    ['证件编号', '已持证的填写；同一人员持有多个证件时，分多行填写，人员信息须一致'],
    ['证件种类', '行政执法证（默认）或 行政执法监督证'],
    ['执法类别', `多个类别用顿号分隔：${ENFORCEMENT_CATEGORIES.map((k) => CATEGORY_LABELS[k]).join('、')}`],
    ['发证日期 / 有效期至', '格式 2024-03-15；有效期至不填时按发证日期起 6 年计算'],
    [
      '示例',
      `张三 | 15042119850315201${idNumberCheckChar('15042119850315201')} | ${units[0] ?? '某科室'} | ${positions[0] ?? ''} | 在编公务员 | 大学本科 | 否 | | zhangsan | 1504002024000123 | 行政执法证 | 内蒙古自治区人民政府 | 赤峰市 | 危险化学品、工贸行业 | 2024-03-15 |`,
    ],
    ['导入规则', '整个文件逐行校验，任何一行有误则不导入任何数据，并列出每一行的错误；全部正确后一次性导入'],
  ];
  for (const [col, text] of notes) help.addRow({ col, text });
  help.getColumn('text').alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface ExportRow {
  name: string;
  idNumberMasked: string | null;
  unitName: string;
  positionName: string | null;
  staffingType: StaffingType;
  education: EducationLevel | null;
  legalQualification: boolean;
  status: string;
  certificate: {
    number: string;
    kind: CertificateKind;
    categories: EnforcementCategory[];
    region: string;
    issuingAuthority: string;
    issuedOn: string;
    validUntil: string;
    status: CertificateStatus;
  } | null;
  hours: number;
  minimum: number;
}

/** The roster as .xlsx: one row per certificate (an officer without one has one row), ID numbers masked. */
export async function buildRosterExport(rows: readonly ExportRow[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhifa';
  const ws = wb.addWorksheet('执法人员名册');
  const columns = [
    { header: '序号', key: 'seq', width: 6 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '身份证号（脱敏）', key: 'idNumber', width: 22 },
    { header: '科室/单位', key: 'unit', width: 28 },
    { header: '职务', key: 'position', width: 14 },
    { header: '编制类型', key: 'staffing', width: 22 },
    { header: '学历', key: 'education', width: 14 },
    { header: '法律职业资格', key: 'legal', width: 12 },
    { header: '在岗状态', key: 'status', width: 10 },
    { header: '证件编号', key: 'number', width: 18 },
    { header: '证件种类', key: 'kind', width: 14 },
    { header: '执法类别', key: 'categories', width: 26 },
    { header: '执法区域', key: 'region', width: 12 },
    { header: '发证机关', key: 'authority', width: 22 },
    { header: '发证日期', key: 'issuedOn', width: 12 },
    { header: '有效期至', key: 'validUntil', width: 12 },
    { header: '证件状态', key: 'certStatus', width: 10 },
    { header: '本年度培训学时', key: 'hours', width: 14 },
    { header: '学时是否达标', key: 'met', width: 12 },
  ];
  ws.columns = columns;
  styleHeader(ws);
  rows.forEach((r, i) =>
    ws.addRow({
      seq: i + 1,
      name: r.name,
      idNumber: r.idNumberMasked ?? '',
      unit: r.unitName,
      position: r.positionName ?? '',
      staffing: STAFFING_LABELS[r.staffingType],
      education: r.education ? EDUCATION_LABELS[r.education] : '',
      legal: r.legalQualification ? '是' : '否',
      status: r.status,
      number: r.certificate?.number ?? '',
      kind: r.certificate ? CERTIFICATE_KIND_LABELS[r.certificate.kind] : '',
      categories: r.certificate?.categories.map((c) => CATEGORY_LABELS[c]).join('、') ?? '',
      region: r.certificate?.region ?? '',
      authority: r.certificate?.issuingAuthority ?? '',
      issuedOn: r.certificate?.issuedOn ?? '',
      validUntil: r.certificate?.validUntil ?? '',
      certStatus: r.certificate ? CERTIFICATE_STATUS_LABELS[r.certificate.status] : '无证',
      hours: r.hours,
      met: r.hours >= r.minimum ? '达标' : `未达标（最低 ${r.minimum}）`,
    }),
  );
  ws.headerFooter.oddHeader = title;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
