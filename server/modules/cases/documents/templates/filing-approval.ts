import { SOURCE_KINDS, SOURCE_KIND_LABELS } from '../../../../../common/contracts/cases.js';
import type { DocSpec, TableCell } from '../../../../platform/docgen/index.js';
import { dateZh } from '../format.js';
import type { ApprovalOpinion, FilingApprovalModel } from '../models.js';
import { approvalRow, GAP, officersText, tick } from '../parts.js';

const label = (text: string, rowSpan?: number): TableCell => ({ text, align: 'center', rowSpan });
const opinionRow = (title: string, o: ApprovalOpinion) => approvalRow(title, o, 4);

/**
 * 立案审批表: the case source, the party, the brief facts and reason to file, the proposed officers (at least
 * two, 行政处罚法 第42条), and the three approval boxes (承办人、科室负责人、分管负责人).
 */
export function filingApproval(m: FilingApprovalModel): DocSpec {
  const p = m.party;
  const sources = SOURCE_KINDS.map((k) => `${tick(k === m.source.kind)}${SOURCE_KIND_LABELS[k]}`).join(GAP);
  const rep = p.kind === 'natural' ? null : p.kind === 'legal_person' ? '法定代表人' : '负责人';
  return {
    issuedAt: m.preparedOn,
    header: m.agency.name,
    title: '立案审批表',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks: [
      {
        kind: 'table',
        columns: [70, 48, 126, 58, 140],
        rows: [
          {
            cells: [
              label('案件来源'),
              { text: m.source.detail ? `${sources}\n${m.source.detail}` : sources, colSpan: 4 },
            ],
          },
          { cells: [label('案由'), { text: m.cause, colSpan: 4 }] },
          {
            cells: [
              label('当事人', rep ? 3 : 2),
              label(p.kind === 'natural' ? '姓名' : '名称'),
              { text: p.name },
              label(p.idLabel),
              { text: p.idNumber },
            ],
          },
          { cells: [label(p.kind === 'natural' ? '住址' : '地址'), { text: p.address, colSpan: 3 }] },
          ...(rep
            ? [
                {
                  cells: [label(rep), { text: p.legalRep ?? '' }, label('联系电话'), { text: p.phone ?? '' }],
                },
              ]
            : []),
          { cells: [label('发现时间'), { text: m.discoveredOn ? dateZh(m.discoveredOn) : '', colSpan: 4 }] },
          {
            minLines: 4,
            cells: [label('简要案情及立案理由'), { text: m.briefFacts, colSpan: 4, valign: 'top' }],
          },
          { cells: [label('拟承办人员'), { text: officersText(m.proposedOfficers), colSpan: 4 }] },
          opinionRow('承办人意见', m.opinions.handler),
          opinionRow('承办科室负责人意见', m.opinions.sectionHead),
          opinionRow('分管负责人审批意见', m.opinions.leader),
        ],
      },
    ],
  };
}
