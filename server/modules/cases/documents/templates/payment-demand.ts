import type { Block, DocSpec } from '../../../../platform/docgen/index.js';
import { countZh, dateZh } from '../format.js';
import type { PaymentDemandModel } from '../models.js';
import { money, numbered, para, payeeText, you } from '../parts.js';

/**
 * 催告书, served before the bureau applies to the court (行政强制法 第54条), in writing with the items of 第35条:
 * the time to perform (ten working days from receipt: the court may be applied to ten days after delivery, and
 * periods of ten days or less are working days, 第69条), the manner, the exact amounts (the fine still owed and
 * the 加处罚款 so far, which runs on at 3% a day up to the fine, 行政处罚法 第72条第1款第1项, 行政强制法 第45条)
 * and the account, and the party's right to state and defend (第35条第4项, 第36条).
 */
export function paymentDemand(m: PaymentDemandModel): DocSpec {
  const y = you(m.party);
  const owed = m.fineFen - m.paidFen;
  if (owed <= 0) throw new Error('催告书：罚款已缴清，无需催告');
  const s = m.surcharge;
  const paid =
    m.paidFen > 0
      ? `仅缴纳罚款${money(m.paidFen)}，尚欠罚款${money(owed)}`
      : `未缴纳罚款，尚欠罚款${money(owed)}`;
  const runsOn = s.capped
    ? '加处罚款的数额已达到罚款的数额，不再增加'
    : '此后每日继续按罚款数额的百分之三加处罚款，至缴清之日止，加处罚款的数额不得超出罚款的数额';
  const blocks: Block[] = [
    para(`${m.party.name}：`, 0),
    para(
      `本局于${dateZh(m.decidedOn)}对${y}作出《行政处罚决定书》（${m.decisionNo}），决定对${y}处以罚款${money(m.fineFen)}。` +
        `该决定书已于${dateZh(m.deliveredOn)}送达${y}。${y}应当于${dateZh(m.dueOn)}前缴纳罚款，` +
        `但截至本催告书作出之日，${y}${paid}。`,
    ),
    para(
      '根据《中华人民共和国行政处罚法》第七十二条第一款第一项和《中华人民共和国行政强制法》第四十五条的规定，' +
        `自${dateZh(s.fromOn)}起，每日按罚款数额的百分之三加处罚款。截至${dateZh(s.asOf)}，共计${s.days}日，` +
        `加处罚款${money(s.amountFen)}；${runsOn}。`,
    ),
    para(`根据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，本局现催告${y}履行下列义务：`),
    ...numbered([
      `履行期限：自收到本催告书之日起${countZh(m.payWithinWorkingDays)}个工作日内`,
      `履行方式：将尚欠的罚款及加处罚款缴至${payeeText(m.payee)}`,
      `应缴金额：尚欠罚款${money(owed)}，加处罚款${money(s.amountFen)}（计至${dateZh(s.asOf)}），` +
        `合计${money(owed + s.amountFen)}` +
        (s.capped ? '' : `；${dateZh(s.asOf)}以后的加处罚款计至实际缴清之日`),
    ]),
    para(
      `${y}有权进行陈述和申辩。${y}可以自收到本催告书之日起${countZh(m.statementDays)}日内向本局提出陈述、申辩意见；` +
        `本局将充分听取${y}的意见，对${y}提出的事实、理由和证据进行记录、复核，事实、理由或者证据成立的，本局将予以采纳` +
        '（《中华人民共和国行政强制法》第三十六条）。逾期未提出的，视为放弃陈述、申辩的权利。',
    ),
    para(
      `${y}逾期仍不履行，又无正当理由的，本局将依照《中华人民共和国行政强制法》第五十三条、第五十四条的规定，` +
        '申请人民法院强制执行。',
    ),
    { kind: 'seal', agency: m.agency.name, date: m.issuedOn, mark: '（印章）' },
    {
      kind: 'fields',
      rows: [
        { label: '联系电话', value: m.agency.phone },
        { label: '本局地址', value: m.agency.address },
      ],
    },
  ];
  return {
    issuedAt: m.issuedOn,
    header: m.agency.name,
    title: '催告书',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
