import ExcelJS from 'exceljs';
import { CASE_STATUS_LABELS, PROCEDURE_LABELS, type CaseQuery } from '../../../../common/contracts/cases.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { CaseActor, CaseDeps } from '../cases.context.js';
import { listCases } from './cases.js';

/** Most rows one export carries; a wider export is refused by narrowing the filters. */
export const EXPORT_LIMIT = 10_000;

/**
 * The case list as an Excel workbook, with the same scope and filters as the screen, up to EXPORT_LIMIT rows.
 * The export itself is audited (who took which list out of the system).
 */
export async function exportCases(
  deps: CaseDeps,
  actor: CaseActor,
  q: CaseQuery,
  ctx: AuditContext,
): Promise<Buffer> {
  const rows = [];
  for (let page = 1; rows.length < EXPORT_LIMIT; page++) {
    const r = await listCases(deps.database.db, actor, { ...q, page, pageSize: 200 });
    rows.push(...r.items);
    if (r.items.length < 200) break;
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('案件清单');
  sheet.columns = [
    { header: '案件编号', key: 'caseNo', width: 24 },
    { header: '程序', key: 'procedure', width: 10 },
    { header: '案由', key: 'title', width: 40 },
    { header: '当事人', key: 'party', width: 30 },
    { header: '承办科室', key: 'unit', width: 16 },
    { header: '执法人员', key: 'officers', width: 16 },
    { header: '状态', key: 'status', width: 14 },
    { header: '立案日期', key: 'filedOn', width: 12 },
    { header: '决定日期', key: 'decidedOn', width: 12 },
    { header: '罚款（元）', key: 'fine', width: 14 },
    { header: '最近期限', key: 'nextDue', width: 12 },
    { header: '是否逾期', key: 'overdue', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const c of rows.slice(0, EXPORT_LIMIT))
    sheet.addRow({
      caseNo: c.caseNo ?? '（未立案）',
      procedure: PROCEDURE_LABELS[c.procedure],
      title: c.title,
      party: c.partyNames,
      unit: c.unitName,
      officers: c.officerNames.join('、'),
      status: CASE_STATUS_LABELS[c.status],
      filedOn: c.filedOn ?? '',
      decidedOn: c.decidedOn ?? '',
      fine: c.fineFen !== null ? Number((c.fineFen / 100).toFixed(2)) : '',
      nextDue: c.nextDue ?? '',
      overdue: c.overdue ? '逾期' : '',
    });
  sheet.getColumn('fine').numFmt = '#,##0.00';
  await deps.database.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'case.exported',
      objectType: 'case-list',
      objectId: null,
      payload: {
        filters: { ...q, page: undefined, pageSize: undefined },
        rows: Math.min(rows.length, EXPORT_LIMIT),
      },
    }),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
