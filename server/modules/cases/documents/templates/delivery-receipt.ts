import { DELIVERY_METHOD_LABELS } from '../../../../../common/contracts/cases.js';
import type { DocSpec, TableCell } from '../../../../platform/docgen/index.js';
import { dateOf, dateTimeZh, dateZh } from '../format.js';
import type { DeliveryReceiptModel } from '../models.js';
import { BLANK, officersText } from '../parts.js';

const label = (text: string): TableCell => ({ text, align: 'center' });

/**
 * 送达回证: what was delivered (name and number), to whom, where, how and when, the recipient's signature or the
 * refusal, the witnesses of a 留置送达 (民事诉讼法 第89条, applied through 行政处罚法 第61条), and the officers.
 */
export function deliveryReceipt(m: DeliveryReceiptModel): DocSpec {
  const docs = m.documents.map((d) => `《${d.name}》${d.number ? `（${d.number}）` : ''}`).join('\n');
  const day = dateOf(m.deliveredAt);
  const receipt = m.receipt.signed
    ? { text: m.receipt.name ?? '', footer: `${dateZh(day)}` }
    : { text: `受送达人拒绝签收。拒收事由：${m.receipt.refusal}`, footer: `${dateZh(day)}` };
  return {
    issuedAt: day,
    header: m.agency.name,
    title: '送达回证',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks: [
      {
        kind: 'table',
        columns: [2.8, 3.2, 2.2, 4.2],
        rows: [
          ...(m.caseNo ? [{ cells: [label('案件编号'), { text: m.caseNo, colSpan: 3 }] }] : []),
          { cells: [label('送达文书名称及文号'), { text: docs, colSpan: 3 }] },
          { cells: [label('受送达人'), { text: m.recipient, colSpan: 3 }] },
          { cells: [label('送达地点'), { text: m.place, colSpan: 3 }] },
          {
            cells: [
              label('送达方式'),
              { text: DELIVERY_METHOD_LABELS[m.method] },
              label('送达时间'),
              { text: dateTimeZh(m.deliveredAt) },
            ],
          },
          {
            minLines: 2,
            cells: [label('受送达人签名（盖章）'), { ...receipt, colSpan: 3, valign: 'top' }],
          },
          {
            cells: [
              label('代收人及代收理由'),
              { text: m.proxy ? `${m.proxy.name}（${m.proxy.reason}）` : '', colSpan: 3 },
            ],
          },
          {
            minLines: 2,
            cells: [
              label('见证人签名（盖章）'),
              {
                text: (m.witnesses ?? []).map((w) => `${w.name}${w.unit ? `（${w.unit}）` : ''}`).join('、'),
                colSpan: 3,
                valign: 'top',
                footer: m.method === 'left' ? `签名：${BLANK}${BLANK}` : undefined,
              },
            ],
          },
          {
            minLines: 2,
            cells: [
              label('送达人签名'),
              { text: officersText(m.officers), colSpan: 3, valign: 'top', footer: `签名：${BLANK}${BLANK}` },
            ],
          },
          { minLines: 3, cells: [label('备注'), { text: m.remarks ?? '', colSpan: 3, valign: 'top' }] },
        ],
      },
      {
        kind: 'paragraph',
        size: 'small',
        indent: 0,
        text:
          '注：受送达人拒绝接收的，送达人可以邀请有关基层组织或者所在单位的代表到场，说明情况，在送达回证上记明拒收事由和日期，' +
          '由送达人、见证人签名或者盖章，把文书留在受送达人的住所；也可以把文书留在受送达人的住所，并采用拍照、录像等方式记录送达过程，' +
          '即视为送达（《中华人民共和国民事诉讼法》第八十九条）。',
      },
    ],
  };
}
