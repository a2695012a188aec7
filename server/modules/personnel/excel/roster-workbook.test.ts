import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, isValidIdNumber } from '../../../../common/contracts/personnel.js';
import { rosterFile } from './roster-fixture.js';
import {
  buildRosterExport,
  buildTemplate,
  parseDateText,
  parseRows,
  readRoster,
  SHEET,
} from './roster-workbook.js';

const idNo = (first17: string) => `${first17}${idNumberCheckChar(first17)}`;
const good = {
  name: '王五',
  idNumber: idNo('15040419900101301'),
  unit: '执法支队',
  position: '执法队员',
  staffing: '参公',
  education: '本科',
  legalQualification: '否',
  number: 'NM-2024-0001',
  kind: '行政执法证',
  issuingAuthority: '内蒙古自治区人民政府',
  region: '赤峰市',
  categories: '危险化学品、工贸',
  issuedOn: '2024/3/15',
};

async function parse(rows: Parameters<typeof rosterFile>[0]) {
  return parseRows(await readRoster(await rosterFile(rows)), isValidIdNumber);
}

describe('reading the roster workbook', () => {
  it('reads a correct row with aliases, typed dates and an optional validity end', async () => {
    const { rows, errors } = await parse([
      good,
      {
        ...good,
        number: 'NM-2024-0002',
        issuedOn: new Date(Date.UTC(2024, 2, 16)),
        validUntil: '2030年3月15日',
      },
    ]);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      row: 2,
      officer: {
        name: '王五',
        staffingType: 'managed_civil_servant',
        education: 'bachelor',
        legalQualification: false,
      },
      certificate: {
        kind: 'enforcement',
        categories: ['hazardous_chemicals', 'industry_trade'],
        issuedOn: '2024-03-15',
        validUntil: null,
      },
    });
    expect(rows[1]!.certificate).toMatchObject({ issuedOn: '2024-03-16', validUntil: '2030-03-15' });
  });

  it('names the row and the column of every mistake, and keeps bad rows out', async () => {
    const { rows, errors } = await parse([
      good,
      { ...good, idNumber: 150404199001013000, number: 'X1-000001' },
      { ...good, staffing: '合同工', number: 'X1-000002' },
      { ...good, categories: '消防', number: 'X1-000003' },
      { ...good, number: '', categories: '危险化学品' },
      { ...good, number: 'X1-000004', issuedOn: '2024-02-30' },
      { ...good, legalQualification: '是', number: 'X1-000005' },
      { ...good, name: '', number: 'X1-000006' },
    ]);
    expect(rows.map((r) => r.row)).toEqual([2]);
    const byRow = (row: number) =>
      errors.filter((e) => e.row === row).map((e) => `${e.column}：${e.message}`);
    expect(byRow(3)[0]).toMatch(/^身份证号：身份证号须以文本格式填写/);
    expect(byRow(4)[0]).toMatch(/^编制类型：编制类型「合同工」无法识别/);
    expect(byRow(5)[0]).toMatch(/^执法类别：执法类别「消防」无法识别/);
    expect(byRow(6)[0]).toBe('证件编号：填写了证件信息但缺少证件编号');
    expect(byRow(7)[0]).toMatch(/^发证日期：发证日期「2024-02-30」不是有效日期/);
    expect(byRow(8)[0]).toBe('法律职业资格证书编号：取得法律职业资格的，请填写证书编号');
    expect(byRow(9)[0]).toBe('姓名：姓名须为 2-32 个字');
  });

  it('refuses a file that is not a workbook, or lacks the required columns', async () => {
    await expect(readRoster(Buffer.from('hello'))).rejects.toThrow('请上传 Excel（.xlsx）格式');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(SHEET).addRow(['姓名', '证件编号']);
    await expect(readRoster(Buffer.from(await wb.xlsx.writeBuffer()))).rejects.toThrow(
      '表头缺少必填列：科室/单位*、编制类型*',
    );
  });

  it('parses the date spellings people type', () => {
    expect(parseDateText('2024-3-5')).toBe('2024-03-05');
    expect(parseDateText('2024.03.05')).toBe('2024-03-05');
    expect(parseDateText('2024年3月5日')).toBe('2024-03-05');
    expect(parseDateText('2024-13-01')).toBeNull();
    expect(parseDateText('05/03/2024')).toBeNull();
  });
});

describe('template and export', () => {
  it('offers a template whose header reads back with no data rows', async () => {
    const template = await buildTemplate(['执法支队', '政策法规科'], ['执法队员']);
    expect(await readRoster(template)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET, '填写说明']);
    expect(wb.getWorksheet(SHEET)!.getCell('E2').dataValidation.formulae?.[0]).toContain('劳务派遣');
  });

  it('exports one row per certificate with the ID number masked', async () => {
    const data = await buildRosterExport(
      [
        {
          name: '王五',
          idNumberMasked: '1504**********3011',
          unitName: '执法支队',
          positionName: null,
          staffingType: 'civil_servant',
          education: null,
          legalQualification: false,
          status: '在岗',
          certificate: {
            number: 'NM-1',
            kind: 'enforcement',
            categories: ['fireworks'],
            region: '赤峰市',
            issuingAuthority: '内蒙古自治区人民政府',
            issuedOn: '2024-03-15',
            validUntil: '2030-03-14',
            status: 'suspended',
          },
          hours: 12,
          minimum: 60,
        },
      ],
      '执法人员名册',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
    const row = wb.worksheets[0]!.getRow(2).values as unknown[];
    expect(row).toContain('1504**********3011');
    expect(row).toContain('烟花爆竹');
    expect(row).toContain('暂扣');
    expect(row).toContain('未达标（最低 60）');
  });
});
