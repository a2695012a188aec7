import type { DocSpec } from '../../../../platform/docgen/index.js';
import { dateZh } from '../format.js';
import type { EvidencePreservationNoticeModel } from '../models.js';
import { officersText, para, you } from '../parts.js';

/**
 * 先行登记保存证据通知书: the items preserved (name, specification, quantity, where kept), the approval by the
 * agency's head, and the decision due within seven days, which 第85条 makes working days (行政处罚法 第56条).
 */
export function evidencePreservationNotice(m: EvidencePreservationNoticeModel): DocSpec {
  const y = you(m.party);
  const due = m.decisionDueOn ? `，即${dateZh(m.decisionDueOn)}前` : '';
  return {
    issuedAt: m.preservedOn,
    header: m.agency.name,
    title: '先行登记保存证据通知书',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks: [
      para(`${m.party.name}：`, 0),
      para(
        `因${y}涉嫌${m.suspectedViolation}，相关证据可能灭失或者以后难以取得，经本局负责人于${dateZh(m.approvedOn)}批准，` +
          `依据《中华人民共和国行政处罚法》第五十六条的规定，本局决定对${y}的下列物品予以先行登记保存，` +
          `保存地点：${m.storagePlace}。在此期间，${y}或者有关人员不得销毁或者转移证据。`,
      ),
      {
        kind: 'table',
        columns: [1, 3.4, 2.6, 1.8, 3.2, 1.8],
        rows: [
          {
            cells: ['序号', '物品名称', '规格（型号）', '数量', '存放地点', '备注'].map((text) => ({
              text,
              align: 'center' as const,
            })),
          },
          ...m.items.map((it, i) => ({
            cells: [
              { text: String(i + 1), align: 'center' as const },
              { text: it.name },
              { text: it.spec },
              { text: it.quantity, align: 'center' as const },
              { text: it.place },
              { text: it.remark ?? '' },
            ],
          })),
        ],
      },
      para(
        `本局将在七日内（工作日，不含法定节假日）对先行登记保存的证据作出处理决定${due}` +
          '（《中华人民共和国行政处罚法》第五十六条、第八十五条）。',
      ),
      para(`执法人员：${officersText(m.officers)}。`),
      { kind: 'seal', agency: m.agency.name, date: m.preservedOn, mark: '（印章）' },
      {
        kind: 'signatures',
        lines: [
          { label: '当事人签收', date: undefined },
          { label: '执法人员签名', date: undefined },
        ],
      },
    ],
  };
}
