import type { Block, DocSpec } from '../../../../platform/docgen/index.js';
import { dateTimeZh } from '../format.js';
import type { HearingMember, HearingReportModel } from '../models.js';
import { BLANK, GAP, para } from '../parts.js';

const members = (ms: HearingMember[]) => ms.map((m) => `${m.name}（${m.position}）`).join('、');

/** A date to be written in by hand. */
const BLANK_DATE = '　　　年　　月　　日';

/** Drops a closing full stop, so that a free-text penalty fits inside a sentence. */
const clause = (text: string) => text.trim().replace(/[。；]$/, '');

/**
 * 听证会报告书: the chair's report to the bureau's 负责人 after the hearing — the proposal heard, the facts and
 * evidence the hearing established, what the party said, the chair's analysis and recommendation (with the lower
 * penalty recommended, when any) — submitted with the transcript, on which the decision rests (行政处罚法 第65条),
 * and a box for the 负责人's instruction.
 */
export function hearingReport(m: HearingReportModel): DocSpec {
  const blocks: Block[] = [
    para('本局负责人：', 0),
    para(
      `根据《中华人民共和国行政处罚法》第六十四条的规定，本局于${dateTimeZh(m.heldAt)}在${m.place}就${m.cause}` +
        '举行了听证会。现将听证情况报告如下：',
    ),
    { kind: 'heading', text: '一、听证会基本情况' },
    {
      kind: 'fields',
      rows: [
        ...(m.caseNo ? [{ label: '案件编号', value: m.caseNo }] : []),
        { label: '当事人', value: m.party.name },
        { label: '听证主持人', value: members([m.chair]) },
        ...(m.officers.length ? [{ label: '听证员', value: members(m.officers) }] : []),
        { label: '书记员', value: members([m.clerk]) },
      ],
    },
    { kind: 'heading', text: '二、案件调查人员提出的行政处罚建议' },
    para(`${clause(m.proposedPenalty)}。`),
    { kind: 'heading', text: '三、听证认定的事实和证据' },
    para(m.findings),
    { kind: 'heading', text: '四、当事人的陈述、申辩和质证意见' },
    para(m.partyOpinion),
    { kind: 'heading', text: '五、听证主持人的分析意见' },
    para(m.analysis),
    { kind: 'heading', text: '六、处理建议' },
    para(m.recommendation),
  ];
  if (m.recommendedPenalty) blocks.push(para(`建议给予的行政处罚：${clause(m.recommendedPenalty)}。`));
  blocks.push(
    para(
      '以上报告连同听证笔录一并呈报，请根据听证笔录，依照《中华人民共和国行政处罚法》第五十七条、' +
        '第六十五条的规定作出决定。',
    ),
    { kind: 'signatures', lines: [{ label: '听证主持人签名', date: m.reportedOn }] },
    {
      kind: 'table',
      columns: [2.6, 9.4],
      rows: [
        {
          minLines: 3,
          cells: [
            { text: '负责人审批意见', align: 'center' },
            { text: '', valign: 'top', footer: `签名：${BLANK}${GAP}${GAP}${BLANK_DATE}` },
          ],
        },
      ],
    },
  );
  return {
    issuedAt: m.reportedOn,
    header: m.agency.name,
    title: '听证会报告书',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
