import type { Block, DocSpec } from '../../../../platform/docgen/index.js';
import { countZh, dateZh } from '../format.js';
import type { PaymentDeferralDecisionModel, PaymentInstalment } from '../models.js';
import { clause, money, para, payeeText, you } from '../parts.js';

function checkSchedule(kind: 'deferral' | 'instalments', schedule: PaymentInstalment[]): void {
  if (kind === 'deferral' && schedule.length !== 1)
    throw new Error('延期缴纳罚款决定书：暂缓缴纳只有一个缴纳期限');
  if (kind === 'instalments' && schedule.length < 2)
    throw new Error('分期缴纳罚款决定书：分期缴纳至少分为两期');
  for (let i = 1; i < schedule.length; i++)
    if (schedule[i]!.dueOn <= schedule[i - 1]!.dueOn)
      throw new Error('分期缴纳罚款决定书：各期缴纳期限应当按先后顺序排列');
}

/**
 * 延期（分期）缴纳罚款决定书: the bureau's answer to a party's written application to pay a fine later or in
 * instalments (行政处罚法 第66条第2款: 确有经济困难 … 经当事人申请和行政机关批准). Approved, it gives the date (or
 * each instalment's date and amount), where to pay, the 加处罚款 that runs from the day after a missed date
 * (第72条第1款第1项), and that the period to apply to the court runs from the end of the deferral or instalments
 * (第72条第2款). Refused, it gives the reason and that the decision's deadline stands.
 */
export function paymentDeferralDecision(m: PaymentDeferralDecisionModel): DocSpec {
  const y = you(m.party);
  const blocks: Block[] = [
    para(`${m.party.name}：`, 0),
    para(
      `本局于${dateZh(m.decidedOn)}对${y}作出《行政处罚决定书》（${m.decisionNo}），决定对${y}处以罚款${money(m.fineFen)}。` +
        `${y}于${dateZh(m.appliedOn)}向本局提出延期（分期）缴纳罚款的书面申请，理由是：${clause(m.reason)}。`,
    ),
  ];
  if (m.approved) {
    checkSchedule(m.kind, m.schedule);
    const granted = m.kind === 'deferral' ? '暂缓缴纳罚款' : '分期缴纳罚款';
    blocks.push(
      para(
        `经审查，${y}确有经济困难，符合延期（分期）缴纳罚款的条件。根据《中华人民共和国行政处罚法》第六十六条第二款的规定，` +
          `本局决定同意${y}${granted}。`,
      ),
    );
    const total = m.schedule.reduce((a, i) => a + i.amountFen, 0);
    if (m.kind === 'deferral') {
      const only = m.schedule[0]!;
      blocks.push(para(`${y}应当于${dateZh(only.dueOn)}前一次缴清罚款${money(only.amountFen)}。`));
    } else {
      blocks.push(para(`${y}应当分${countZh(m.schedule.length)}期缴纳罚款，各期的缴纳期限和金额如下：`), {
        kind: 'table',
        columns: [1.2, 3.4, 6],
        headerRows: 1,
        rows: [
          {
            cells: [
              { text: '期次', align: 'center' },
              { text: '缴纳期限', align: 'center' },
              { text: '缴纳金额', align: 'center' },
            ],
          },
          ...m.schedule.map((i, k) => ({
            cells: [
              { text: `第${countZh(k + 1)}期`, align: 'center' as const },
              { text: `${dateZh(i.dueOn)}前`, align: 'center' as const },
              { text: money(i.amountFen) },
            ],
          })),
          {
            cells: [{ text: '合计', align: 'center', colSpan: 2 }, { text: money(total) }],
          },
        ],
      });
    }
    const missed =
      m.kind === 'deferral'
        ? '逾期不缴纳的，自缴纳期限届满之次日起'
        : '任何一期逾期不缴纳的，自该期缴纳期限届满之次日起';
    const period = m.kind === 'deferral' ? '暂缓缴纳罚款期限' : '分期缴纳罚款期限';
    blocks.push(
      para(`${y}应当按期将罚款缴至${payeeText(m.payee)}。`),
      para(
        `${missed}，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，` +
          '加处罚款的数额不得超出罚款的数额；并依照《中华人民共和国行政强制法》的规定申请人民法院强制执行，' +
          `申请人民法院强制执行的期限自${period}结束之日起计算（《中华人民共和国行政处罚法》第七十二条第二款）。`,
      ),
    );
  } else {
    blocks.push(
      para(
        `经审查，${y}的申请不符合延期（分期）缴纳罚款的条件，理由是：${clause(m.refusalReason)}。` +
          `根据《中华人民共和国行政处罚法》第六十六条的规定，本局决定不予批准。`,
      ),
      para(
        `${y}仍应当按照上述《行政处罚决定书》确定的期限，即于${dateZh(m.originalDueOn)}前缴纳罚款。` +
          '到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款的规定，每日按罚款数额的百分之三加处罚款，' +
          '加处罚款的数额不得超出罚款的数额，并依法申请人民法院强制执行。',
      ),
    );
  }
  blocks.push({ kind: 'seal', agency: m.agency.name, date: m.issuedOn, mark: '（印章）' });
  return {
    issuedAt: m.issuedOn,
    header: m.agency.name,
    title: '延期（分期）缴纳罚款决定书',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
