import {
  LEGAL_OPINIONS,
  LEGAL_OPINION_LABELS,
  LEGAL_REVIEW_POINTS,
} from '../../../../../common/contracts/cases.js';
import type { DocSpec, TableCell } from '../../../../platform/docgen/index.js';
import { dateZh } from '../format.js';
import type { LegalReviewOpinionModel } from '../models.js';
import { GAP, tick } from '../parts.js';

const label = (text: string, colSpan?: number): TableCell => ({ text, align: 'center', colSpan });

/**
 * 法制审核意见书: the case, who submitted it and when, the seven review points each 符合 or 存在问题 with a note
 * (国办发〔2018〕118号), missing audio/video records, and the overall opinion 同意 / 补正 / 不同意 with reasons
 * (行政处罚法 第58条).
 */
export function legalReviewOpinion(m: LegalReviewOpinionModel): DocSpec {
  const opinions = LEGAL_OPINIONS.map((o) => `${tick(o === m.opinion)}${LEGAL_OPINION_LABELS[o]}`).join(GAP);
  return {
    issuedAt: m.reviewedOn,
    header: m.agency.name,
    title: '法制审核意见书',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks: [
      {
        // One grid for the whole form, so that it reads as one table: the info rows put their labels across the
        // first two columns, the review points their number in the first.
        kind: 'table',
        columns: [1, 1.4, 4.2, 1.9, 3.5],
        rows: [
          { cells: [label('案由', 2), { text: m.cause, colSpan: 3 }] },
          { cells: [label('案件编号', 2), { text: m.caseNo }, label('当事人'), { text: m.partyName }] },
          {
            cells: [
              label('送审机构', 2),
              { text: m.submittedBy },
              label('送审日期'),
              { text: dateZh(m.submittedOn) },
            ],
          },
          { cells: [label('序号'), label('审核事项', 2), label('审核结论'), label('说明')] },
          ...LEGAL_REVIEW_POINTS.map((pt, i) => {
            const r = m.points[pt.key];
            return {
              cells: [
                label(String(i + 1)),
                { text: pt.label, colSpan: 2 },
                label(r.ok ? '符合' : '存在问题'),
                { text: r.note ?? '' },
              ],
            };
          }),
          {
            cells: [
              label('缺失的音像记录', 2),
              { text: m.missingAvRecords.length ? m.missingAvRecords.join('；') : '无', colSpan: 3 },
            ],
          },
          {
            minLines: 4,
            cells: [
              label('审核意见', 2),
              {
                text: `${opinions}\n${m.reasons}`,
                colSpan: 3,
                valign: 'top',
                footer: `审核人：${m.reviewers.join('、')}${GAP}${GAP}${dateZh(m.reviewedOn)}`,
              },
            ],
          },
        ],
      },
    ],
  };
}
