import type { Block, DocSpec } from '../../../../platform/docgen/index.js';
import { countZh } from '../format.js';
import type { PenaltyNoticeModel } from '../models.js';
import { para, you } from '../parts.js';

/**
 * 行政处罚告知书: the proposed penalty with its facts, evidence, reasons and basis, and the party's rights
 * (行政处罚法 第44、45条): 陈述 and 申辩 within the stated days, and — only for the penalties of 第63条 — a
 * 听证 requested within five working days (第64条第1项, 第85条).
 */
export function penaltyNotice(m: PenaltyNoticeModel): DocSpec {
  const y = you(m.party);
  const blocks: Block[] = [
    para(`${m.party.name}：`, 0),
    para(`经查，${m.facts}`),
    para(`以上事实有${m.evidence.join('、')}等证据为证。`),
    para(
      `${y}的上述行为违反了${m.violated}的规定，依据${m.basis}的规定${m.discretion ? `，${m.discretion}` : ''}，` +
        `本局拟对${y}作出如下行政处罚：${m.proposedPenalty}。`,
    ),
    para(
      `根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，${y}有权进行陈述和申辩。` +
        `${y}可以在收到本告知书之日起${countZh(m.statementDays)}日内向本局提出陈述、申辩意见，逾期未提出的，视为放弃此权利。` +
        `本局不因${y}的陈述、申辩而给予更重的处罚。`,
    ),
  ];
  if (m.hearing.offered) {
    blocks.push(
      para(
        `根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，${y}有权要求举行听证。` +
          `${y}要求听证的，应当在收到本告知书之日起${countZh(m.hearing.workingDays)}个工作日内向本局提出，` +
          '逾期未提出的，视为放弃听证权利。',
      ),
    );
  }
  blocks.push(
    { kind: 'seal', agency: m.agency.name, date: m.issuedOn, mark: '（印章）' },
    {
      kind: 'fields',
      rows: [
        [
          { label: '联系人', value: m.contact.person },
          { label: '联系电话', value: m.contact.phone },
        ],
        { label: '本局地址', value: m.contact.address },
      ],
    },
  );
  return {
    issuedAt: m.issuedOn,
    header: m.agency.name,
    title: '行政处罚告知书',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
