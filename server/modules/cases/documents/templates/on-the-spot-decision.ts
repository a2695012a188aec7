import type { Block, DocSpec } from '../../../../platform/docgen/index.js';
import { capitalYuan, countZh, dateOf, dateTimeZh, yuan } from '../format.js';
import type { OnTheSpotDecisionModel } from '../models.js';
import { GAP, LATE_FEE, para, partyFields, you } from '../parts.js';

const COLLECTION_GROUND = {
  small_amount: '第六十八条第一项',
  hard_to_collect: '第六十八条第二项',
  remote_area: '第六十九条',
} as const;

/**
 * 当场处罚决定书 on the pre-printed, numbered form (行政处罚法 第51、52条): the violation, penalty, basis, amount,
 * time and place, payment (to the bank, or collected on the spot under 第68、69条), the remedies with
 * 行政复议 first (行政复议法 第23条), the officers' signatures and the party's signature or refusal.
 */
export function onTheSpotDecision(m: OnTheSpotDecisionModel): DocSpec {
  const y = you(m.party);
  const parts: string[] = [];
  if (m.penalty.warning) parts.push('警告');
  if (m.penalty.fineFen !== undefined)
    parts.push(`罚款人民币${capitalYuan(m.penalty.fineFen)}（${yuan(m.penalty.fineFen)}）`);
  if (parts.length === 0) throw new Error('当场处罚决定书：须有警告或者罚款');
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        ...partyFields(m.party),
        { label: '处罚时间', value: dateTimeZh(m.decidedAt) },
        { label: '处罚地点', value: m.place },
      ],
    },
    para(`经查，${m.violation}`),
    para(
      `${y}的上述行为违反了${m.violated}的规定，依据${m.basis}和《中华人民共和国行政处罚法》第五十一条的规定，` +
        `当场作出如下行政处罚：${parts.join('；')}。`,
    ),
  ];
  const pay = m.payment;
  if (pay?.mode === 'bank') {
    blocks.push(
      para(
        `${y}应当自收到本决定书之日起${countZh(pay.days)}日内，到${pay.payee.bankName}（户名：${pay.payee.accountName}；` +
          `账号：${pay.payee.accountNumber}）缴纳罚款。${LATE_FEE}`,
      ),
    );
  } else if (pay?.mode === 'on_the_spot') {
    blocks.push(
      para(
        `依据《中华人民共和国行政处罚法》${COLLECTION_GROUND[pay.ground]}的规定，执法人员当场收缴罚款，` +
          `并出具财政部门统一制发的专用票据${pay.receiptNo ? `（票据号码：${pay.receiptNo}）` : ''}。`,
      ),
    );
  }
  blocks.push(
    para(
      `${y}如不服本决定，应当自收到本决定书之日起六十日内先向${m.remedies.reconsiderationBody}申请行政复议，` +
        `也可以通过本局提交行政复议申请；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向` +
        `${m.remedies.court}提起行政诉讼（《中华人民共和国行政复议法》第二十三条、第三十二条）。`,
    ),
    { kind: 'seal', agency: m.agency.name, date: dateOf(m.decidedAt), mark: '（印章）' },
    {
      kind: 'signatures',
      note: m.partySignature.refused ? '当事人拒绝签收，执法人员已在本决定书上注明。' : undefined,
      lines: [
        ...m.officers.map((o) => ({ label: `执法人员签名（执法证号：${o.certificateNumber}）`, date: null })),
        ...(m.partySignature.refused ? [] : [{ label: '当事人签收', date: undefined }]),
      ],
    },
    {
      kind: 'paragraph',
      size: 'small',
      indent: 0,
      text: '注：执法人员当场作出的行政处罚决定，应当报所属行政机关备案（《中华人民共和国行政处罚法》第五十二条第三款）。',
    },
  );
  return {
    issuedAt: dateOf(m.decidedAt),
    header: m.agency.name,
    title: '当场处罚决定书',
    number: { text: `${m.documentNo ? `${m.documentNo}${GAP}` : ''}No. ${m.serialNo}` },
    subject: m.caseNo,
    blocks,
  };
}
