import { PROCEDURE_LABELS } from '../../../../../common/contracts/cases.js';
import { CLOSING_REASONS, CLOSING_REASON_LABELS } from '../../../../../common/contracts/execution.js';
import type { DocSpec, TableCell, TableRow } from '../../../../platform/docgen/index.js';
import { dateZh } from '../format.js';
import type { ClosingApprovalModel } from '../models.js';
import { approvalRow, GAP, tick } from '../parts.js';

/**
 * The rule under the form. The 2015 text applies to cases closed before 2026-02-01; from then on 应急管理部令第18号
 * does, and the caller passes its article (not yet checked against that text, see docs/domain/deadlines.md).
 */
export const CLOSING_BASIS_2015 =
  '《安全生产违法行为行政处罚办法》（国家安全监管总局令第15号，2015年修正）第六十五条';

const label = (text: string): TableCell => ({ text, align: 'center' });

/**
 * 结案审批表: the case, the decision and what became of it (执行情况), the ground for closing (执行完毕, 终结执行,
 * 不予行政处罚, 移送司法机关) and the approval boxes of the 承办人, the 承办科室负责人 (when the bureau has one sign)
 * and the 负责人. Once approved, the case file is bound and archived (2015 办法 第65条).
 */
export function closingApproval(m: ClosingApprovalModel): DocSpec {
  const reasons = CLOSING_REASONS.map((r) => `${tick(r === m.reason)}${CLOSING_REASON_LABELS[r]}`).join(GAP);
  const execution = [
    m.execution.summary,
    ...(m.execution.lines ?? []).map((l) => `${l.label}：${l.value}`),
  ].join('\n');
  const decisionRow: TableRow[] =
    m.decisionNo || m.decidedOn
      ? [
          {
            cells: [
              label('决定书文号'),
              { text: m.decisionNo ?? '', colSpan: 2 },
              label('决定日期'),
              { text: m.decidedOn ? dateZh(m.decidedOn) : '' },
            ],
          },
        ]
      : [];
  const o = m.opinions;
  return {
    issuedAt: m.preparedOn,
    header: m.agency.name,
    title: '结案审批表',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks: [
      {
        kind: 'table',
        columns: [70, 48, 126, 58, 140],
        rows: [
          { cells: [label('案件编号'), { text: m.caseNo, colSpan: 4 }] },
          { cells: [label('案由'), { text: m.cause, colSpan: 4 }] },
          { cells: [label('当事人'), { text: m.partyName, colSpan: 4 }] },
          {
            cells: [
              label('适用程序'),
              { text: PROCEDURE_LABELS[m.procedure], colSpan: 2 },
              label('立案日期'),
              { text: dateZh(m.filedOn) },
            ],
          },
          ...decisionRow,
          { cells: [label('处理结果'), { text: m.penalty, colSpan: 4 }] },
          { minLines: 2, cells: [label('执行情况'), { text: execution, colSpan: 4, valign: 'top' }] },
          {
            cells: [
              label('结案理由'),
              { text: m.reasonNote ? `${reasons}\n${m.reasonNote}` : reasons, colSpan: 4 },
            ],
          },
          approvalRow('承办人意见', o.handler, 4),
          ...(o.sectionHead ? [approvalRow('承办科室负责人意见', o.sectionHead, 4)] : []),
          approvalRow('负责人审批意见', o.leader, 4),
        ],
      },
      {
        kind: 'paragraph',
        size: 'small',
        indent: 0,
        text: `注：结案经批准后，案件材料应当按照有关规定立卷归档（${m.basis ?? CLOSING_BASIS_2015}）。`,
      },
    ],
  };
}
