import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS as CONTRACT_KINDS, type DocumentKind } from '../../../../common/contracts/cases.js';
import { pdfText, zipEntry } from '../../../platform/docgen/test-helpers.js';
import { DOCUMENT_KINDS, documentNumber, render, type DocumentModels } from './registry.js';
import { SAMPLE_MODELS } from './samples.js';

/** What each form must visibly contain, read back from the PDF. */
const PHRASES: Record<DocumentKind, string[]> = {
  filing_approval: [
    '立案审批表',
    '赤应急立〔2026〕12号',
    '■检查发现',
    '□举报',
    '91150400MA0N000000',
    '简要案情',
    '李某（执法证号：15042026001）',
    '承办人意见',
    '承办科室负责人意见',
    '分管负责人审批意见',
    '签名：孙某',
    '2026年10月14日',
  ],
  inquiry_record: [
    '询问笔录',
    '2026年10月15日9时30分至10时45分',
    '记录人：王某（执法证号：15042026002）',
    '身份证号码：150402197801010000',
    '执法证件号码分别为15042026001、15042026002',
    '（出示证件）',
    '有权申请回避',
    '答：看清楚了，不申请回避。',
    '问：你公司是否取得了危险化学品经营许可证？',
    '以上笔录我看过（或向我宣读过），与我说的相符。',
    '被询问人签名',
  ],
  inspection_record: [
    '现场检查记录',
    '被检查单位：赤峰某化工有限公司',
    '检查时间：2026年10月12日14时00分至16时30分',
    '现场负责人：张某某（法定代表人）',
    '检查情况',
    '3.该公司不能提供危险化学品经营许可证。',
    '处理情况',
    '被检查单位负责人签名',
  ],
  evidence_preservation_notice: [
    '先行登记保存证据通知书',
    '经本局负责人于2026年10月12日批准',
    '第五十六条',
    '规格（型号）',
    '1吨IBC吨桶装',
    '40桶',
    '七日内（工作日，不含法定节假日）',
    '即2026年10月21日前',
    '赤峰市应急管理局（印章）',
    '二〇二六年十月十二日',
  ],
  investigation_report: [
    '案件调查报告',
    '一、调查经过',
    '二、违法事实',
    '证明事项',
    '《危险化学品安全管理条例》第三十三条第一款',
    '裁量阶次：一般',
    '第五十七条',
    '■给予行政处罚：没收违法所得',
    '□违法行为轻微，依法不予行政处罚',
    '□涉嫌犯罪，移送司法机关',
  ],
  legal_review_opinion: [
    '法制审核意见书',
    '执法主体合法，执法人员具备执法资格',
    '违法行为是否涉嫌犯罪、需要移送司法机关',
    '存在问题',
    '询问笔录第2页缺被询问人签名',
    '缺失的音像记录',
    '执法记录仪录像',
    '□同意■补正□不同意',
    '审核人：周某、吴某',
    '2026年11月2日',
  ],
  collective_discussion_record: [
    '集体讨论记录',
    '主持人：钱某（局长）',
    '参加人员：孙某（副局长）、郑某（副局长）、冯某（总工程师）',
    '列席人员',
    '记录人：陈某（政策法规科科员）',
    '一、案情汇报',
    '郑某：同意。',
    '三、讨论决定',
    '一致同意',
  ],
  penalty_notice: [
    '行政处罚告知书',
    '赤应急告〔2026〕10号',
    '赤峰某化工有限公司：',
    '以上事实有现场检查记录、询问笔录',
    '本局拟对你单位作出如下行政处罚',
    '第四十四条、第四十五条',
    '有权进行陈述和申辩',
    '三日内',
    '不因你单位的陈述、申辩而给予更重的处罚',
    '第六十三条、第六十四条',
    '有权要求举行听证',
    '五个工作日内',
    '二〇二六年十一月五日',
  ],
  penalty_decision: [
    // 第59条(一) name and address
    '当事人：赤峰某化工有限公司',
    '地址：内蒙古自治区赤峰市红山区某某工业园区化工路18号',
    // (二) facts and evidence
    '经查，你单位于2026年9月至10月间',
    '以上事实有下列证据证实',
    '（五）赤峰市危险化学品经营许可信息查询结果。',
    // (三) kind and basis
    '违反了《危险化学品安全管理条例》第三十三条第一款的规定',
    '依据《危险化学品安全管理条例》第七十七条第三款的规定',
    '没收违法所得人民币叁万贰仟元整（32,000.00元）',
    '罚款人民币伍万元整（50,000.00元）',
    // (四) manner and deadline of performance
    '自收到本决定书之日起十五日内',
    '中国工商银行赤峰分行营业部',
    '账号：0607000000000000000',
    '每日按罚款数额的百分之三加处罚款',
    // (五) remedies
    '六十日内向赤峰市人民政府申请行政复议',
    '六个月内依法向赤峰市红山区人民法院提起行政诉讼',
    // (六) agency, date, seal
    '赤峰市应急管理局（印章）',
    '二〇二六年十一月二十四日',
  ],
  delivery_receipt: [
    '送达回证',
    '送达文书名称及文号',
    '《行政处罚决定书》（赤应急罚〔2026〕12号）',
    '受送达人',
    '直接送达',
    '2026年11月24日15时20分',
    '受送达人签名（盖章）',
    '见证人签名（盖章）',
    '送达人签名',
    '第八十九条',
  ],
  on_the_spot_decision: [
    '当场处罚决定书',
    'No.0012345',
    '经营者：刘某',
    '处罚时间：2026年11月20日10时15分',
    '第五十一条',
    '警告；罚款人民币壹仟元整（1,000.00元）',
    '六十日内先向赤峰市人民政府申请行政复议',
    '《中华人民共和国行政复议法》第二十三条',
    '执法人员签名（执法证号：15042026001）',
    '当事人签收',
    '第五十二条第三款',
  ],
};

const KINDS = Object.keys(DOCUMENT_KINDS) as DocumentKind[];

async function pdfOf<K extends DocumentKind>(kind: K, model: DocumentModels[K]): Promise<string> {
  return pdfText(await render(kind, model, 'pdf'));
}

describe('document registry', () => {
  it('covers every document kind of the case contract, each with its own 文号 code', () => {
    expect(KINDS.sort()).toEqual([...CONTRACT_KINDS].sort());
    const codes = KINDS.map((k) => DOCUMENT_KINDS[k].code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(DOCUMENT_KINDS.penalty_decision.name).toBe('行政处罚决定书');
  });

  it('formats a 文号', () => {
    expect(
      documentNumber({
        prefix: '赤应急',
        code: DOCUMENT_KINDS.penalty_decision.code,
        year: 2026,
        serial: 12,
      }),
    ).toBe('赤应急罚〔2026〕12号');
  });
});

describe.each(KINDS)('%s', (kind) => {
  const model = SAMPLE_MODELS[kind];

  it('renders a stable PDF that shows what the form must show', async () => {
    const a = await render(kind, model, 'pdf');
    const b = await render(kind, model, 'pdf');
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
    const text = pdfText(a);
    expect(text).toContain('赤峰市应急管理局');
    expect(text).toContain(DOCUMENT_KINDS[kind].name);
    for (const phrase of PHRASES[kind]) expect(text).toContain(phrase);
  }, 30_000);

  it('renders a DOCX whose body holds the title', async () => {
    const docx = await render(kind, model, 'docx');
    const xml = zipEntry(docx, 'word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain(DOCUMENT_KINDS[kind].name);
  });
});

describe('form variants', () => {
  it('keeps a 行政处罚决定书 under 200 KB', async () => {
    const pdf = await render('penalty_decision', SAMPLE_MODELS.penalty_decision, 'pdf');
    expect(pdf.length).toBeLessThan(200 * 1024);
  });

  it('offers a hearing in the 告知书 only when the model says so', async () => {
    const text = await pdfOf('penalty_notice', {
      ...SAMPLE_MODELS.penalty_notice,
      hearing: { offered: false },
    });
    expect(text).toContain('有权进行陈述和申辩');
    expect(text).not.toContain('听证');
  });

  it('tells the party where to pay when no account is given, and leaves out the surcharge when not asked', async () => {
    const text = await pdfOf('penalty_decision', {
      ...SAMPLE_MODELS.penalty_decision,
      payment: { days: 15, lateFee: false },
    });
    expect(text).toContain('到指定的银行或者通过电子支付系统缴纳');
    expect(text).not.toContain('加处罚款');
  });

  it('addresses a natural person as 你 and gives a 住址', async () => {
    const text = await pdfOf('penalty_decision', {
      ...SAMPLE_MODELS.penalty_decision,
      party: {
        kind: 'natural',
        name: '张某某',
        idLabel: '身份证号码',
        idNumber: '150402197801010000',
        address: '赤峰市红山区某某小区5号楼',
      },
    });
    expect(text).toContain('住址：赤峰市红山区某某小区5号楼');
    expect(text).toContain('本局决定对你给予如下行政处罚');
    expect(text).not.toContain('法定代表人：');
  });

  it('notes a refusal to sign an inquiry record instead of the confirmation line', async () => {
    const text = await pdfOf('inquiry_record', {
      ...SAMPLE_MODELS.inquiry_record,
      signature: { refused: true, note: '执法人员已当场录像记录。' },
    });
    expect(text).toContain('被询问人拒绝签名。执法人员已当场录像记录。');
    expect(text).not.toContain('以上笔录我看过');
  });

  it('records a refusal to sign an inspection record (安全生产法 第68条)', async () => {
    const text = await pdfOf('inspection_record', {
      ...SAMPLE_MODELS.inspection_record,
      signature: { refused: true, note: '' },
    });
    expect(text).toContain('被检查单位负责人拒绝签字');
    expect(text).toContain('第六十八条');
  });

  it('names the witnesses and the refusal on a 留置送达 receipt', async () => {
    const text = await pdfOf('delivery_receipt', {
      ...SAMPLE_MODELS.delivery_receipt,
      method: 'left',
      receipt: { signed: false, refusal: '以不服处罚为由拒绝签收' },
      witnesses: [{ name: '马某', unit: '某某社区居民委员会' }],
    });
    expect(text).toContain('留置送达');
    expect(text).toContain('拒收事由：以不服处罚为由拒绝签收');
    expect(text).toContain('马某（某某社区居民委员会）');
  });

  it('notes the party refusing an on-the-spot decision and on-the-spot collection', async () => {
    const text = await pdfOf('on_the_spot_decision', {
      ...SAMPLE_MODELS.on_the_spot_decision,
      penalty: { warning: false, fineFen: 5_000 },
      payment: { mode: 'on_the_spot', ground: 'small_amount', receiptNo: 'NM0001234' },
      partySignature: { refused: true },
    });
    expect(text).toContain('当事人拒绝签收，执法人员已在本决定书上注明。');
    expect(text).toContain('第六十八条第一项');
    expect(text).toContain('票据号码：NM0001234');
    expect(text).not.toContain('当事人签收：');
  });

  it('refuses an investigation report proposing a penalty without saying which', () => {
    const model = { ...SAMPLE_MODELS.investigation_report, proposedPenalty: undefined };
    expect(() => DOCUMENT_KINDS.investigation_report.template(model)).toThrow('拟处罚内容');
  });
});
