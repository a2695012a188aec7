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
  hearing_request_record: [
    '听证申请登记表',
    '赤应急听申〔2026〕3号',
    '申请人',
    '91150400MA0N000000',
    '赤应急告〔2026〕10号',
    '送达日期2026年11月5日',
    '2026年11月12日前（告知书送达之日起五个工作日内',
    '第六十四条第一项、第八十五条',
    '■当面递交书面申请',
    '□邮寄（以邮戳日期为准）',
    '收到申请日期2026年11月9日',
    '要求举行听证',
    '当事人在法定期限内提出听证要求，本局应当组织听证',
    '第六十三条第一款、第六十四条第一项',
    '登记人林某',
  ],
  hearing_notice: [
    '听证会通知书',
    '赤应急听〔2026〕3号',
    '赤峰某化工有限公司：',
    '你单位于2026年11月9日提出的听证要求',
    '本局定于2026年11月20日9时30分在赤峰市应急管理局四楼听证室',
    '本次听证公开举行。',
    '听证主持人：黄某（政策法规科副科长）',
    '听证员：何某（执法监督科科长）、梁某（安全生产基础科副科长）',
    '书记员：林某（政策法规科科员）',
    '委托一至二人代理',
    '授权委托书',
    '有权申请回避',
    '第四十三条、第六十四条第四项',
    '请携带有关证据材料',
    '视为放弃听证权利',
    '第六十四条第六项',
    '不承担本局组织听证的费用（《中华人民共和国行政处罚法》第六十三条第二款）',
    '赤峰市应急管理局（印章）',
    '二〇二六年十一月十日',
    '联系人：林某',
    '联系电话：0476-8000002',
  ],
  recusal_decision: [
    '回避决定书',
    '赤应急避〔2026〕1号',
    '赤峰某化工有限公司于2026年11月12日提出申请',
    '听证会的听证员何某回避',
    '理由是：何某与本案调查人员李某同在本局工作',
    '本局负责人钱某对回避申请进行了审查',
    '第四十三条、第六十四条第四项',
    '驳回回避申请，何某继续担任本案听证会的听证员。',
    '二〇二六年十一月十三日',
  ],
  hearing_postponement: [
    '延期举行听证决定书',
    '赤应急听延〔2026〕1号',
    '你单位于2026年11月16日以法定代表人张某某因病住院治疗',
    '原定于2026年11月20日9时30分举行',
    '本局决定延期举行听证',
    '延期后的听证会定于2026年11月27日9时30分举行',
    '七个工作日前',
    '第六十四条第二项',
    '第六十四条第六项',
    '二〇二六年十一月十七日',
  ],
  hearing_termination: [
    '终止听证记录',
    '听证时间：2026年11月27日9时30分',
    '听证主持人：黄某（政策法规科副科长）',
    '□当事人撤回听证申请',
    '■当事人无正当理由拒不出席（视为放弃听证权利）',
    '□当事人未经许可中途退出（视为放弃听证权利）',
    '终止听证的事实',
    '截至10时00分',
    '第六十四条第六项',
    '无正当理由拒不出席听证的，视为放弃听证权利，本局终止听证。',
    '记录人签名',
  ],
  hearing_transcript: [
    '听证笔录',
    '听证时间：2026年11月27日9时30分至11时20分',
    '听证方式：公开',
    '听证主持人：黄某（政策法规科副科长）',
    '书记员：林某（政策法规科科员）',
    '案件调查人员：李某（危险化学品安全监督管理科科员）',
    '刘某某（委托代理人，内蒙古某某律师事务所律师）',
    '其他参加人员：刘某（证人，当事人仓库管理员）',
    '有权申请回避',
    '第六十四条第七项',
    '不申请回避。',
    '一、调查人员陈述',
    '二、当事人申辩',
    '三、质证',
    '五、最后陈述',
    '以上笔录我已核对（或者已向我宣读），记录无误。',
    '当事人或者代理人签名',
    '听证主持人签名',
    '听证员签名',
    '书记员签名',
  ],
  hearing_report: [
    '听证会报告书',
    '赤应急听报〔2026〕3号',
    '本局负责人：',
    '本局于2026年11月27日9时30分在赤峰市应急管理局四楼听证室',
    '一、听证会基本情况',
    '听证主持人：黄某（政策法规科副科长）',
    '二、案件调查人员提出的行政处罚建议',
    '没收违法所得人民币32,000.00元，并处罚款人民币伍万元整（50,000.00元）。',
    '三、听证认定的事实和证据',
    '四、当事人的陈述、申辩和质证意见',
    '五、听证主持人的分析意见',
    '六、处理建议',
    '建议维持案件调查人员提出的拟处罚意见',
    '根据听证笔录，依照《中华人民共和国行政处罚法》第五十七条、第六十五条的规定作出决定',
    '听证主持人签名',
    '2026年11月30日',
    '负责人审批意见',
  ],
  payment_deferral_decision: [
    '延期（分期）缴纳罚款决定书',
    '赤应急缓〔2026〕12号',
    '本局于2026年11月24日对你单位作出《行政处罚决定书》（赤应急罚〔2026〕12号）',
    '罚款人民币伍万元整（50,000.00元）',
    '你单位于2026年12月1日向本局提出延期（分期）缴纳罚款的书面申请，理由是：受停业整改影响',
    '确有经济困难',
    '第六十六条第二款',
    '本局决定同意你单位分期缴纳罚款',
    '你单位应当分三期缴纳罚款',
    '第一期2026年12月31日前人民币贰万元整（20,000.00元）',
    '第三期2027年2月26日前人民币壹万伍仟元整（15,000.00元）',
    '账号：0607000000000000000',
    '任何一期逾期不缴纳的，自该期缴纳期限届满之次日起',
    '按罚款数额的百分之三加处罚款',
    '申请人民法院强制执行的期限自分期缴纳罚款期限结束之日起计算',
    '第七十二条第二款',
    '赤峰市应急管理局（印章）',
    '二〇二六年十二月四日',
  ],
  payment_demand: [
    '催告书',
    '赤应急催〔2026〕12号',
    '赤峰某化工有限公司：',
    '该决定书已于2026年11月24日送达你单位',
    '你单位应当于2026年12月9日前缴纳罚款',
    '你单位未缴纳罚款，尚欠罚款人民币伍万元整（50,000.00元）',
    '《中华人民共和国行政强制法》第四十五条',
    '自2026年12月10日起，每日按罚款数额的百分之三加处罚款',
    '截至2026年12月21日，共计12日，加处罚款人民币壹万捌仟元整（18,000.00元）',
    '此后每日继续按罚款数额的百分之三加处罚款',
    '加处罚款的数额不得超出罚款的数额',
    // 行政强制法 第35条: period, manner, amount, 陈述申辩
    '第三十五条、第五十四条',
    '履行期限：自收到本催告书之日起十个工作日内',
    '履行方式：将尚欠的罚款及加处罚款缴至中国工商银行赤峰分行营业部',
    '合计人民币陆万捌仟元整（68,000.00元）',
    '有权进行陈述和申辩',
    '自收到本催告书之日起三日内',
    '第三十六条',
    '第五十三条、第五十四条的规定，申请人民法院强制执行',
    '二〇二六年十二月二十一日',
  ],
  enforcement_application: [
    '强制执行申请书',
    '赤应急强〔2026〕12号',
    '申请人：赤峰市应急管理局',
    '法定代表人：钱某',
    '职务：局长',
    '被申请人：赤峰某化工有限公司',
    '申请事项',
    '（一）强制执行被申请人罚款人民币50,000.00元；',
    '（二）强制执行被申请人加处罚款人民币50,000.00元。',
    '事实和理由',
    '认定：被申请人于2026年9月至10月间',
    '依据《危险化学品安全管理条例》第七十七条第三款的规定',
    '该决定书已于2026年11月24日送达被申请人',
    '被申请人在法定期限内未申请行政复议，也未提起行政诉讼',
    '申请人于2026年12月21日作出《催告书》（赤应急催〔2026〕12号），并于2026年12月22日送达被申请人',
    '被申请人在催告书确定的期限内未提出陈述、申辩',
    '催告书送达十日后，被申请人仍未履行义务',
    '第五十三条、第五十四条、第五十五条',
    '此致赤峰市松山区人民法院',
    '附件：1.《行政处罚决定书》（赤应急罚〔2026〕12号）及送达回证',
    '负责人（局长钱某）签名',
    '赤峰市应急管理局（印章）',
    '二〇二七年六月一日',
  ],
  closing_approval: [
    '结案审批表',
    '案件编号赤应急案〔2026〕12号',
    '适用程序普通程序',
    '立案日期2026年10月14日',
    '决定书文号赤应急罚〔2026〕12号',
    '处理结果没收违法所得人民币32,000.00元',
    '已于2027年2月26日通过代收银行全部缴清',
    '加处罚款：无',
    '■执行完毕□终结执行□不予行政处罚',
    '□移送司法机关',
    '承办科室负责人意见',
    '负责人审批意见',
    '签名：李某、王某2027年3月2日',
    '签名：孙某2027年3月4日',
    '《安全生产违法行为行政处罚办法》（国家安全监管总局令第15号，2015年修正）第六十五条',
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

  it('registers a posted hearing request with its postmark', async () => {
    const text = await pdfOf('hearing_request_record', {
      ...SAMPLE_MODELS.hearing_request_record,
      channel: 'post',
      postmarkOn: '2026-11-12',
      receivedOn: '2026-11-14',
    });
    expect(text).toContain('□当面递交书面申请');
    expect(text).toContain('■邮寄（以邮戳日期为准）');
    expect(text).toContain('邮戳日期2026年11月12日');
  });

  it('gives the reason of a closed hearing in the notice and the transcript (第64条第3项)', async () => {
    const publicity = { public: false as const, reason: '涉及当事人的商业秘密' };
    const notice = await pdfOf('hearing_notice', { ...SAMPLE_MODELS.hearing_notice, publicity });
    expect(notice).toContain(
      '因涉及当事人的商业秘密，依照《中华人民共和国行政处罚法》第六十四条第三项的规定',
    );
    expect(notice).toContain('本次听证不公开举行。');
    expect(notice).not.toContain('公开举行。本');
    const transcript = await pdfOf('hearing_transcript', { ...SAMPLE_MODELS.hearing_transcript, publicity });
    expect(transcript).toContain('听证方式：不公开（理由：涉及当事人的商业秘密）');
    expect(transcript).toContain('依法不公开举行听证');
  });

  it('addresses a person in a hearing notice, without the 法定代表人 line, and allows one agent when so set', async () => {
    const text = await pdfOf('hearing_notice', {
      ...SAMPLE_MODELS.hearing_notice,
      maxAgents: 1,
      party: {
        kind: 'natural',
        name: '张某某',
        idLabel: '身份证号码',
        idNumber: '150402197801010000',
        address: '赤峰市红山区某某小区5号楼',
      },
    });
    expect(text).toContain('张某某：');
    expect(text).toContain('你于2026年11月9日提出的听证要求');
    expect(text).toContain('委托一人代理');
    expect(text).not.toContain('你单位');
    expect(text).not.toContain('法定代表人');
  });

  it('states a granted recusal and that another member will be named', async () => {
    const text = await pdfOf('recusal_decision', {
      ...SAMPLE_MODELS.recusal_decision,
      target: { name: '黄某', role: '主持人' },
      granted: true,
      decisionReason: '经查，黄某曾参与本案的立案审查，可能影响公正听证，申请理由成立。',
    });
    expect(text).toContain('听证会的听证主持人黄某回避');
    expect(text).toContain('黄某回避，不再担任本案听证会的听证主持人，本局将另行指定听证主持人。');
    expect(text).toContain('申请理由成立。根据');
    expect(text).not.toContain('驳回');
  });

  it('promises a new notice when a postponed hearing has no new time yet', async () => {
    const text = await pdfOf('hearing_postponement', {
      ...SAMPLE_MODELS.hearing_postponement,
      newAt: undefined,
    });
    expect(text).toContain('延期后举行听证的时间、地点，本局将在举行听证的七个工作日前另行书面通知你单位');
    expect(text).not.toContain('延期后的听证会定于');
  });

  it('records a withdrawal, and a party leaving without permission, as grounds to end a hearing', async () => {
    const withdrawn = await pdfOf('hearing_termination', {
      ...SAMPLE_MODELS.hearing_termination,
      ground: 'withdrawn',
      chair: undefined,
      scheduledAt: undefined,
      detail: '当事人于2026年11月18日向本局提交书面申请，撤回听证申请。',
    });
    expect(withdrawn).toContain('■当事人撤回听证申请');
    expect(withdrawn).toContain('当事人撤回听证申请，本次听证终止。');
    expect(withdrawn).not.toContain('听证主持人');
    expect(withdrawn).not.toContain('第六十四条第六项');
    const left = await pdfOf('hearing_termination', { ...SAMPLE_MODELS.hearing_termination, ground: 'left' });
    expect(left).toContain('■当事人未经许可中途退出（视为放弃听证权利）');
    expect(left).toContain('未经许可中途退出听证的，视为放弃听证权利，本局终止听证。');
  });

  it('has the chair note a refusal to sign the hearing transcript (第64条第8项)', async () => {
    const text = await pdfOf('hearing_transcript', {
      ...SAMPLE_MODELS.hearing_transcript,
      signature: { signed: false, refusal: '委托代理人刘某某以笔录未全部记录其意见为由拒绝签字。' },
    });
    expect(text).toContain('听证主持人注明：当事人及其委托代理人拒绝在听证笔录上签字或者盖章');
    expect(text).toContain('第六十四条第八项');
    expect(text).toContain('委托代理人刘某某以笔录未全部记录其意见为由拒绝签字。');
    expect(text).not.toContain('以上笔录我已核对');
    expect(text).not.toContain('当事人或者代理人签名');
  });

  it('numbers the transcript sections itself, whatever numbering was typed', async () => {
    const text = await pdfOf('hearing_transcript', {
      ...SAMPLE_MODELS.hearing_transcript,
      sections: [
        { title: '一、调查人员陈述', text: '李某：……' },
        { title: '（二）当事人申辩', text: '刘某某：……' },
      ],
    });
    expect(text).toContain('一、调查人员陈述');
    expect(text).toContain('二、当事人申辩');
    expect(text).not.toContain('一、一、');
    expect(text).not.toContain('（二）');
  });

  it('shows the lower penalty a hearing report recommends', async () => {
    const text = await pdfOf('hearing_report', {
      ...SAMPLE_MODELS.hearing_report,
      recommendation: '建议从轻处罚，变更拟处罚意见。',
      recommendedPenalty: '没收违法所得人民币28,000.00元，并处罚款人民币伍万元整（50,000.00元）',
    });
    expect(text).toContain(
      '建议给予的行政处罚：没收违法所得人民币28,000.00元，并处罚款人民币伍万元整（50,000.00元）。',
    );
    const plain = await pdfOf('hearing_report', SAMPLE_MODELS.hearing_report);
    expect(plain).not.toContain('建议给予的行政处罚');
  });

  it('grants a deferral as one date, with the surcharge and the court period running from its end', async () => {
    const text = await pdfOf('payment_deferral_decision', {
      ...SAMPLE_MODELS.payment_deferral_decision,
      approved: true,
      kind: 'deferral',
      schedule: [{ dueOn: '2027-02-26', amountFen: 5_000_000 }],
      payee: SAMPLE_MODELS.payment_demand.payee,
    });
    expect(text).toContain('本局决定同意你单位暂缓缴纳罚款');
    expect(text).toContain('应当于2027年2月26日前一次缴清罚款人民币伍万元整（50,000.00元）');
    expect(text).toContain('逾期不缴纳的，自缴纳期限届满之次日起');
    expect(text).toContain('自暂缓缴纳罚款期限结束之日起计算');
    expect(text).not.toContain('期次');
  });

  it('refuses a deferral with the reason and keeps the original deadline', async () => {
    const text = await pdfOf('payment_deferral_decision', {
      ...SAMPLE_MODELS.payment_deferral_decision,
      approved: false,
      refusalReason: '申请人提交的财务报表显示其账户资金足以一次缴清罚款。',
      originalDueOn: '2026-12-09',
    });
    expect(text).toContain('理由是：申请人提交的财务报表显示其账户资金足以一次缴清罚款。');
    expect(text).toContain('本局决定不予批准');
    expect(text).toContain('即于2026年12月9日前缴纳罚款');
    expect(text).toContain('每日按罚款数额的百分之三加处罚款');
    expect(text).not.toContain('中国工商银行');
  });

  it('refuses instalments that are not in date order, and a deferral of more than one date', () => {
    const m = SAMPLE_MODELS.payment_deferral_decision;
    if (!m.approved) throw new Error('sample is approved');
    const swapped = { ...m, schedule: [m.schedule[1]!, m.schedule[0]!, m.schedule[2]!] };
    expect(() => DOCUMENT_KINDS.payment_deferral_decision.template(swapped)).toThrow('先后顺序');
    expect(() => DOCUMENT_KINDS.payment_deferral_decision.template({ ...m, kind: 'deferral' })).toThrow(
      '一个缴纳期限',
    );
  });

  it('states a capped surcharge and what remains of a part-paid fine in a 催告书', async () => {
    const text = await pdfOf('payment_demand', {
      ...SAMPLE_MODELS.payment_demand,
      paidFen: 2_000_000,
      surcharge: { fromOn: '2026-12-10', asOf: '2027-01-20', days: 42, amountFen: 5_000_000, capped: true },
    });
    expect(text).toContain('仅缴纳罚款人民币贰万元整（20,000.00元），尚欠罚款人民币叁万元整（30,000.00元）');
    expect(text).toContain('加处罚款的数额已达到罚款的数额，不再增加');
    expect(text).toContain('合计人民币捌万元整（80,000.00元）。');
    expect(text).not.toContain('计至实际缴清之日');
    expect(() =>
      DOCUMENT_KINDS.payment_demand.template({ ...SAMPLE_MODELS.payment_demand, paidFen: 5_000_000 }),
    ).toThrow('已缴清');
  });

  it('takes the requests and the challenge history of a court application as given', async () => {
    const text = await pdfOf('enforcement_application', {
      ...SAMPLE_MODELS.enforcement_application,
      paidFen: 1_000_000,
      requests: ['强制执行被申请人罚款人民币40,000.00元及加处罚款人民币50,000.00元，合计人民币90,000.00元'],
      challenge:
        '被申请人于2027年1月5日向赤峰市人民政府申请行政复议，赤峰市人民政府于2027年3月1日作出维持原行政处罚决定的复议决定，' +
        '被申请人在法定期限内未提起行政诉讼。',
      attachments: [],
    });
    expect(text).toContain(
      '（一）强制执行被申请人罚款人民币40,000.00元及加处罚款人民币50,000.00元，合计人民币90,000.00元。',
    );
    expect(text).toContain('作出维持原行政处罚决定的复议决定');
    expect(text).not.toContain('也未提起行政诉讼');
    expect(text).toContain('仅缴纳罚款人民币壹万元整（10,000.00元），尚欠罚款人民币肆万元整（40,000.00元）');
    expect(text).not.toContain('附件');
  });

  it('closes a case without a decision and without a section head box', async () => {
    const m = SAMPLE_MODELS.closing_approval;
    const text = await pdfOf('closing_approval', {
      ...m,
      decisionNo: undefined,
      decidedOn: undefined,
      penalty: '涉嫌犯罪，移送赤峰市公安局红山区分局',
      execution: { summary: '已于2026年11月10日将案件移送赤峰市公安局红山区分局，公安机关已于同日立案。' },
      reason: 'transferred',
      reasonNote: undefined,
      opinions: { handler: m.opinions.handler, leader: { text: '同意。' } },
      basis: '《安全生产违法行为行政处罚办法》（应急管理部令第18号）第某条',
    });
    expect(text).toContain('□执行完毕');
    expect(text).toContain('□终结执行□不予行政处罚■移送司法机关');
    expect(text).not.toContain('决定书文号');
    expect(text).not.toContain('承办科室负责人意见');
    expect(text).toContain('（应急管理部令第18号）第某条');
    // The 负责人's name and date are left blank for handwriting.
    expect(text).toContain('签名：年月日');
  });

  it('refuses an investigation report proposing a penalty without saying which', () => {
    const model = { ...SAMPLE_MODELS.investigation_report, proposedPenalty: undefined };
    expect(() => DOCUMENT_KINDS.investigation_report.template(model)).toThrow('拟处罚内容');
  });
});
