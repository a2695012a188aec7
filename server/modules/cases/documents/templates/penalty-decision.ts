import { PENALTY_KIND_LABELS } from '../../../../../common/contracts/cases.js';
import type { Block, DocSpec } from '../../../../platform/docgen/index.js';
import { capitalYuan, countZh, yuan } from '../format.js';
import type { DecisionPenalty, PenaltyDecisionModel } from '../models.js';
import { LATE_FEE, numbered, para, partyFields, remediesParagraph, you } from '../parts.js';

function penaltyText(p: DecisionPenalty): string {
  const amount = p.amountFen !== undefined ? `人民币${capitalYuan(p.amountFen)}（${yuan(p.amountFen)}）` : '';
  return `${PENALTY_KIND_LABELS[p.kind]}${amount}${p.detail ? `，${p.detail}` : ''}`;
}

/**
 * 行政处罚决定书 with the six items of 行政处罚法 第59条: (一) the party's name and address; (二) the facts and the
 * evidence; (三) the penalty and its basis; (四) how and by when to perform it, with the payee account and the
 * 加处罚款 warning when given; (五) 行政复议 and 行政诉讼, where and within what time; (六) the agency and the
 * date, under its seal.
 */
export function penaltyDecision(m: PenaltyDecisionModel): DocSpec {
  const y = you(m.party);
  const blocks: Block[] = [
    { kind: 'fields', rows: partyFields(m.party) },
    para(`经查，${m.facts}`),
    para('以上事实有下列证据证实：'),
    ...numbered(m.evidence),
  ];
  if (m.procedure) blocks.push(para(m.procedure));
  blocks.push(
    para(
      `${y}的上述行为违反了${m.violated}的规定，依据${m.basis}的规定${m.discretion ? `，${m.discretion}` : ''}，` +
        `本局决定对${y}给予如下行政处罚：`,
    ),
    ...numbered(m.penalties.map(penaltyText)),
  );
  if (m.payment) {
    const pay = m.payment;
    const where = pay.payee
      ? `缴至${pay.payee.bankName}（户名：${pay.payee.accountName}；账号：${pay.payee.accountNumber}` +
        `${pay.payee.bankAddress ? `；地址：${pay.payee.bankAddress}` : ''}）`
      : '到指定的银行或者通过电子支付系统缴纳';
    blocks.push(
      para(
        `${y}应当自收到本决定书之日起${countZh(pay.days)}日内，将罚款${where}。${pay.lateFee ? LATE_FEE : ''}`,
      ),
    );
  } else {
    blocks.push(para(`本决定自送达之日起生效，${y}应当自觉履行。`));
  }
  blocks.push(remediesParagraph(m.party, m.remedies), {
    kind: 'seal',
    agency: m.agency.name,
    date: m.issuedOn,
    mark: '（印章）',
  });
  return {
    issuedAt: m.issuedOn,
    header: m.agency.name,
    title: '行政处罚决定书',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
