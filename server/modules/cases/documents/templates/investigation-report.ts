import { OUTCOMES, OUTCOME_LABELS } from '../../../../../common/contracts/cases.js';
import type { Block, DocSpec } from '../../../../platform/docgen/index.js';
import { dateZh } from '../format.js';
import type { InvestigationReportModel } from '../models.js';
import { officersText, para, partyFields, tick } from '../parts.js';

/**
 * 案件调查报告: the investigation's course, the facts and the evidence, the provisions violated and the penalty
 * provisions, the discretion band applied, and the proposed outcome among the four of 行政处罚法 第57条.
 */
export function investigationReport(m: InvestigationReportModel): DocSpec {
  if (m.proposedOutcome === 'penalty' && !m.proposedPenalty)
    throw new Error('案件调查报告：建议给予行政处罚时须写明拟处罚内容');
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        { label: '案由', value: m.cause },
        ...(m.caseNo ? [{ label: '案件编号', value: m.caseNo }] : []),
        ...partyFields(m.party),
        { label: '承办人员', value: officersText(m.officers) },
        { label: '立案日期', value: dateZh(m.filedOn) },
      ],
    },
    { kind: 'heading', text: '一、调查经过' },
    para(m.process),
    { kind: 'heading', text: '二、违法事实' },
    para(m.facts),
    { kind: 'heading', text: '三、证据' },
    {
      kind: 'table',
      columns: [1, 4.2, 6.8],
      rows: [
        { cells: ['序号', '证据名称', '证明事项'].map((text) => ({ text, align: 'center' as const })) },
        ...m.evidence.map((e, i) => ({
          cells: [{ text: String(i + 1), align: 'center' as const }, { text: e.name }, { text: e.proves }],
        })),
      ],
    },
    { kind: 'heading', text: '四、违法性质及处罚依据' },
    para(`当事人的上述行为违反了${m.violated}的规定，依据${m.basis}的规定，应当予以处罚。`),
    { kind: 'heading', text: '五、裁量情况' },
    para(
      `适用裁量基准：${m.discretion.standard}；裁量阶次：${m.discretion.band}。${m.discretion.circumstances}`,
    ),
    { kind: 'heading', text: '六、处理意见' },
    para('根据《中华人民共和国行政处罚法》第五十七条的规定，建议：'),
    ...OUTCOMES.map((o) => {
      const chosen = o === m.proposedOutcome;
      const extra = chosen && o === 'penalty' ? `：${m.proposedPenalty}` : '';
      return para(`${tick(chosen)} ${OUTCOME_LABELS[o]}${extra}`);
    }),
  ];
  if (m.nextSteps) blocks.push(para(m.nextSteps));
  blocks.push({
    kind: 'signatures',
    lines: m.officers.map(() => ({ label: '承办人员签名', date: m.reportedOn })),
  });
  return {
    issuedAt: m.reportedOn,
    header: m.agency.name,
    title: '案件调查报告',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
