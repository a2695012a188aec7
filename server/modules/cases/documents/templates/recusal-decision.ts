import type { DocSpec } from '../../../../platform/docgen/index.js';
import { dateZh } from '../format.js';
import type { RecusalDecisionModel } from '../models.js';
import { para } from '../parts.js';

/** Ends a free-text clause with a full stop unless it already ends with a sentence mark. */
const sentence = (text: string) => (/[。！？；]$/.test(text.trim()) ? text.trim() : `${text.trim()}。`);

/**
 * 回避决定书: the 负责人's decision on a request that the chair, a hearing officer or the clerk step aside —
 * who asked, when and why, the reasons, and the decision (行政处罚法 第64条第4项 for the chair; 第43条 for the
 * others, as for the investigators). Addressed to the party, whose hearing it is.
 */
export function recusalDecision(m: RecusalDecisionModel): DocSpec {
  const t = m.target;
  const post = t.role === '主持人' ? '听证主持人' : t.role;
  const decision = m.granted
    ? `${t.name}回避，不再担任本案听证会的${post}，本局将另行指定${post}。`
    : `驳回回避申请，${t.name}继续担任本案听证会的${post}。`;
  return {
    issuedAt: m.decidedOn,
    header: m.agency.name,
    title: '回避决定书',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks: [
      para(`${m.party.name}：`, 0),
      para(
        `${m.applicant}于${dateZh(m.requestedOn)}提出申请，要求${m.cause}听证会的${post}${t.name}回避，` +
          `理由是：${sentence(m.reason)}`,
      ),
      para(`本局负责人${m.decidedBy}对回避申请进行了审查。${sentence(m.decisionReason)}`),
      para('根据《中华人民共和国行政处罚法》第四十三条、第六十四条第四项的规定，本局决定：' + decision),
      { kind: 'seal', agency: m.agency.name, date: m.decidedOn, mark: '（印章）' },
    ],
  };
}
