import ExcelJS from 'exceljs';
import { COLUMNS, SHEET, type ColumnKey } from './roster-workbook.js';

/**
 * A roster workbook as a person would fill it in (tests and e2e): rows keyed by column, in the template's
 * column order. A number value is written as a numeric cell (as Excel does with a typed-in ID number).
 */
export async function rosterFile(
  rows: Partial<Record<ColumnKey, string | number | Date>>[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
