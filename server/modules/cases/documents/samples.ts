/**
 * One realistic, fictitious case carried through all its 文书, from filing to the closing approval, and its
 * archived case file: for the template tests, the benchmark and anyone previewing a template. Names, numbers and
 * accounts are made up (某, MA0N000000-style codes). Execution takes alternative paths here (instalments granted;
 * a 催告书 and a court application for a party who did not pay), one sample each.
 */
import type { DocumentModels } from './registry.js';
import type { Agency, ArchiveModel, HearingMember, Officer, Party, Payee, Remedies } from './models.js';

export const SAMPLE_AGENCY: Agency = {
  name: '赤峰市应急管理局',
  address: '内蒙古自治区赤峰市松山区玉龙大街某号',
  phone: '0476-8000000',
};

export const SAMPLE_PARTY: Party = {
  kind: 'legal_person',
  name: '赤峰某化工有限公司',
  idLabel: '统一社会信用代码',
  idNumber: '91150400MA0N000000',
  address: '内蒙古自治区赤峰市红山区某某工业园区化工路18号',
  legalRep: '张某某',
  phone: '0476-8888888',
};

const OFFICERS: Officer[] = [
  { name: '李某', certificateNumber: '15042026001' },
  { name: '王某', certificateNumber: '15042026002' },
];

const REMEDIES: Remedies = {
  reconsiderationBody: '赤峰市人民政府',
  court: '赤峰市红山区人民法院',
};

const PAYEE: Payee = {
  bankName: '中国工商银行赤峰分行营业部',
  bankAddress: '赤峰市红山区某某路1号',
  accountName: '赤峰市财政局非税收入汇缴结算户',
  accountNumber: '0607 0000 0000 0000 000',
};

const CASE_NO = '赤应急案〔2026〕12号';
const CAUSE = '赤峰某化工有限公司未取得危险化学品经营许可证经营危险化学品案';
const FACTS =
  '你单位于2026年9月至10月间，在未取得危险化学品经营许可证的情况下，在其位于红山区某某工业园区化工路18号的库房内' +
  '储存并对外销售危险化学品甲醇、乙醇共计12.5吨，销售金额人民币186,000.00元，违法所得人民币32,000.00元。';
const EVIDENCE = [
  '现场检查记录（赤应急检〔2026〕31号）及现场照片12张',
  '对你单位法定代表人张某某、仓库管理员刘某的询问笔录各1份',
  '你单位2026年9月至10月危险化学品销售台账、销售发票复印件',
  '先行登记保存证据通知书（赤应急保〔2026〕5号）及物品清单',
  '赤峰市危险化学品经营许可信息查询结果',
];
const VIOLATED = '《危险化学品安全管理条例》第三十三条第一款';
const BASIS = '《危险化学品安全管理条例》第七十七条第三款';
const DECISION_NO = '赤应急罚〔2026〕12号';
const FINE_FEN = 5_000_000;
const PROPOSED_PENALTY = '没收违法所得人民币32,000.00元，并处罚款人民币伍万元整（50,000.00元）';

/** The hearing the party asked for on the 告知书 of 2026-11-05: none of them investigated the case. */
const HEARING_CHAIR: HearingMember = { name: '黄某', position: '政策法规科副科长' };
const HEARING_OFFICERS: HearingMember[] = [
  { name: '何某', position: '执法监督科科长' },
  { name: '梁某', position: '安全生产基础科副科长' },
];
const HEARING_CLERK: HearingMember = { name: '林某', position: '政策法规科科员' };
const HEARING_PLACE = '赤峰市应急管理局四楼听证室';

/** Sample models, one per kind, all for the same case. */
export const SAMPLE_MODELS: DocumentModels = {
  filing_approval: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急立〔2026〕12号',
    source: { kind: 'inspection', detail: '2026年10月12日执法检查中发现' },
    cause: CAUSE,
    party: SAMPLE_PARTY,
    discoveredOn: '2026-10-12',
    briefFacts:
      '2026年10月12日，执法人员对赤峰某化工有限公司进行执法检查时发现，该公司库房内存放甲醇、乙醇约12.5吨，' +
      '现场销售台账显示近两个月有对外销售记录，该公司不能提供危险化学品经营许可证。该行为涉嫌违反' +
      `${VIOLATED}的规定，符合立案条件，建议立案调查。`,
    proposedOfficers: OFFICERS,
    opinions: {
      handler: { text: '建议立案调查。', name: '李某', date: '2026-10-13' },
      sectionHead: { text: '同意立案，由李某、王某承办。', name: '赵某', date: '2026-10-13' },
      leader: { text: '同意。', name: '孙某', date: '2026-10-14' },
    },
    preparedOn: '2026-10-13',
  },
  inquiry_record: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    cause: CAUSE,
    startedAt: '2026-10-15T09:30',
    endedAt: '2026-10-15T10:45',
    place: '赤峰市应急管理局三楼询问室',
    inquirers: OFFICERS,
    recorder: OFFICERS[1]!,
    interviewee: {
      name: '张某某',
      gender: '男',
      age: 48,
      idLabel: '身份证号码',
      idNumber: '150402197801010000',
      employer: '赤峰某化工有限公司',
      position: '法定代表人、总经理',
      address: '赤峰市红山区某某小区5号楼2单元301室',
      phone: '139 0000 0000',
      relation: '当事人的法定代表人',
    },
    recusalAnswer: '看清楚了，不申请回避。',
    qa: [
      {
        q: '请介绍一下你公司的基本情况。',
        a: '我公司成立于2018年，主要从事化工原料（不含危险化学品）的批发，有员工15人。',
      },
      {
        q: '你公司是否取得了危险化学品经营许可证？',
        a: '没有。之前申请过，因为库房条件不符合要求没有批下来。',
      },
      {
        q: '2026年10月12日执法人员在你公司库房发现的甲醇、乙醇是从哪里来的？作何用途？',
        a: '是从某石化公司购进的，准备卖给下游的几家涂料厂。9月份以来一共卖出去大概12吨多，台账上都有记录。',
      },
      { q: '你对以上问题还有什么补充吗？', a: '没有了。我们愿意配合调查，马上停止销售。' },
    ],
    signature: { refused: false },
  },
  inspection_record: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急检〔2026〕31号',
    unit: SAMPLE_PARTY,
    place: '赤峰某化工有限公司库房及办公区',
    startedAt: '2026-10-12T14:00',
    endedAt: '2026-10-12T16:30',
    officers: OFFICERS,
    unitRepresentative: { name: '张某某', position: '法定代表人', phone: '139 0000 0000' },
    scope: '危险化学品经营、储存安全管理情况，安全生产许可证照及安全管理制度落实情况。',
    findings: [
      '该公司库房东侧存放200升桶装甲醇40桶、乙醇25桶，另有吨桶装甲醇5个，合计约12.5吨，现场未设置危险化学品安全警示标志。',
      '现场查见该公司2026年9月至10月销售台账一本，记载甲醇、乙醇对外销售记录23笔。',
      '该公司不能提供危险化学品经营许可证。',
    ],
    handling: '现场责令该公司立即停止危险化学品经营活动；对库存甲醇、乙醇及销售台账依法先行登记保存。',
    signature: { refused: false },
  },
  evidence_preservation_notice: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急保〔2026〕5号',
    party: SAMPLE_PARTY,
    suspectedViolation: '未取得危险化学品经营许可证经营危险化学品',
    approvedOn: '2026-10-12',
    items: [
      { name: '甲醇', spec: '200升铁桶装', quantity: '40桶', place: '当事人库房东侧' },
      { name: '甲醇', spec: '1吨IBC吨桶装', quantity: '5个', place: '当事人库房东侧' },
      { name: '乙醇', spec: '200升铁桶装', quantity: '25桶', place: '当事人库房东侧' },
      { name: '危险化学品销售台账', spec: 'A4装订本', quantity: '1本', place: '本局证据室', remark: '原件' },
    ],
    storagePlace: '当事人库房东侧（已加贴封条）、本局证据室',
    decisionDueOn: '2026-10-21',
    officers: OFFICERS,
    preservedOn: '2026-10-12',
  },
  investigation_report: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    cause: CAUSE,
    party: SAMPLE_PARTY,
    officers: OFFICERS,
    filedOn: '2026-10-14',
    process:
      '2026年10月12日，执法人员在执法检查中发现当事人涉嫌未取得危险化学品经营许可证经营危险化学品，' +
      '当日依法对库存危险化学品及销售台账先行登记保存。10月14日经批准立案。10月15日至10月28日，执法人员询问了当事人' +
      '法定代表人张某某、仓库管理员刘某，调取了销售台账、发票等书证，查询了许可信息，调查终结。',
    facts: FACTS.replace('你单位', '当事人'),
    evidence: [
      { name: '现场检查记录及现场照片', proves: '当事人库房存放甲醇、乙醇约12.5吨，未设置安全警示标志' },
      { name: '询问笔录2份', proves: '当事人明知未取得许可仍购进并销售危险化学品' },
      {
        name: '销售台账、销售发票复印件',
        proves: '销售数量12.5吨、销售金额186,000.00元、违法所得32,000.00元',
      },
      { name: '许可信息查询结果', proves: '当事人未取得危险化学品经营许可证' },
    ],
    violated: VIOLATED,
    basis: BASIS,
    discretion: {
      standard: '《内蒙古自治区应急管理行政处罚裁量基准》（危险化学品部分）第某项',
      band: '一般',
      circumstances: '当事人违法经营时间较短，未造成事故，案发后积极配合调查并立即停止违法行为，无从重情节。',
    },
    proposedOutcome: 'penalty',
    proposedPenalty: '没收违法所得人民币32,000.00元，并处罚款人民币伍万元整（50,000.00元）',
    nextSteps: '拟处罚款数额较大，应当告知当事人有要求听证的权利，并经法制审核后作出决定。',
    reportedOn: '2026-10-29',
  },
  legal_review_opinion: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急审〔2026〕9号',
    cause: CAUSE,
    partyName: SAMPLE_PARTY.name,
    submittedBy: '危险化学品安全监督管理科',
    submittedOn: '2026-10-30',
    points: {
      body: { ok: true, note: '承办人员李某、王某均持有效执法证件' },
      procedure: { ok: true },
      facts: { ok: true },
      law: { ok: true, note: '裁量阶次适当' },
      authority: { ok: true },
      documents: { ok: false, note: '询问笔录第2页缺被询问人签名，需补正' },
      crime: { ok: true, note: '未达到刑事立案追诉标准' },
    },
    missingAvRecords: ['2026年10月12日先行登记保存过程的执法记录仪录像'],
    opinion: 'amend',
    reasons:
      '本案事实清楚，证据确实充分，适用依据正确，程序合法。请承办科室补正询问笔录签名并补充说明音像记录缺失原因后，再行作出决定。',
    reviewers: ['周某', '吴某'],
    reviewedOn: '2026-11-02',
  },
  collective_discussion_record: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    cause: CAUSE,
    partyName: SAMPLE_PARTY.name,
    startedAt: '2026-11-18T15:00',
    endedAt: '2026-11-18T16:10',
    place: '赤峰市应急管理局第一会议室',
    chair: { name: '钱某', position: '局长' },
    participants: [
      { name: '孙某', position: '副局长' },
      { name: '郑某', position: '副局长' },
      { name: '冯某', position: '总工程师' },
    ],
    attendees: [
      { name: '赵某', position: '危险化学品安全监督管理科科长' },
      { name: '周某', position: '政策法规科科长' },
    ],
    recorder: { name: '陈某', position: '政策法规科科员' },
    report: {
      by: { name: '李某', position: '承办人' },
      text:
        '汇报了案件来源、调查经过、违法事实、证据、法律依据和裁量情况。当事人在告知期限内提出陈述申辩，' +
        '称系初次违法且已停止经营，经复核不足以改变拟处罚意见，当事人未要求听证。法制审核意见已补正完毕。',
    },
    speeches: [
      { speaker: '孙某', text: '事实清楚，证据充分，同意承办科室的处罚意见。' },
      { speaker: '郑某', text: '同意。建议同时督促当事人尽快办理许可或者依法处置库存危险化学品。' },
      { speaker: '冯某', text: '同意拟处罚意见。' },
      { speaker: '钱某', text: '同意大家的意见。' },
    ],
    conclusion: {
      kind: 'agree',
      text: '经集体讨论，一致同意对赤峰某化工有限公司没收违法所得人民币32,000.00元，并处罚款人民币伍万元整（50,000.00元）。',
    },
  },
  penalty_notice: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急告〔2026〕10号',
    party: SAMPLE_PARTY,
    facts: FACTS,
    evidence: ['现场检查记录', '询问笔录', '销售台账', '销售发票', '许可信息查询结果'],
    violated: VIOLATED,
    basis: BASIS,
    discretion: '参照《内蒙古自治区应急管理行政处罚裁量基准》，属一般违法情节',
    proposedPenalty: '没收违法所得人民币32,000.00元，并处罚款人民币伍万元整（50,000.00元）',
    statementDays: 3,
    hearing: { offered: true, workingDays: 5 },
    contact: { person: '李某', phone: '0476-8000001', address: SAMPLE_AGENCY.address },
    issuedOn: '2026-11-05',
  },
  penalty_decision: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急罚〔2026〕12号',
    party: SAMPLE_PARTY,
    facts: FACTS,
    evidence: EVIDENCE,
    procedure:
      '本局于2026年11月5日向你单位送达了《行政处罚告知书》（赤应急告〔2026〕10号），告知你单位拟作出行政处罚的内容及事实、' +
      '理由、依据，以及依法享有的陈述、申辩和要求听证的权利。你单位于2026年11月7日提出书面陈述申辩，经复核，' +
      '你单位提出的事实、理由不足以改变处罚意见，不予采纳；你单位未要求听证。',
    violated: VIOLATED,
    basis: BASIS,
    discretion: '参照《内蒙古自治区应急管理行政处罚裁量基准》，属一般违法情节',
    penalties: [
      { kind: 'confiscate_gains', amountFen: 3_200_000 },
      { kind: 'fine', amountFen: 5_000_000 },
    ],
    payment: { days: 15, payee: PAYEE, lateFee: true },
    remedies: REMEDIES,
    issuedOn: '2026-11-24',
  },
  delivery_receipt: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documents: [{ name: '行政处罚决定书', number: '赤应急罚〔2026〕12号' }],
    recipient: `${SAMPLE_PARTY.name}（法定代表人：张某某）`,
    place: SAMPLE_PARTY.address,
    method: 'direct',
    deliveredAt: '2026-11-24T15:20',
    receipt: { signed: true },
    officers: OFFICERS,
  },
  on_the_spot_decision: {
    agency: SAMPLE_AGENCY,
    serialNo: '0012345',
    documentNo: '赤应急当〔2026〕3号',
    party: {
      kind: 'individual_business',
      name: '赤峰市红山区某某五金商店',
      idLabel: '统一社会信用代码',
      idNumber: '92150402MA0N000000',
      address: '赤峰市红山区某某街12号',
      legalRep: '刘某',
      phone: '138 0000 0000',
    },
    decidedAt: '2026-11-20T10:15',
    place: '赤峰市红山区某某街12号某某五金商店',
    violation:
      '你单位于2026年11月20日10时许，在店内存放液化石油气钢瓶（有较大危险因素）的区域未设置明显的安全警示标志，' +
      '违法事实确凿。',
    violated: '《中华人民共和国安全生产法》第三十五条',
    basis: '《中华人民共和国安全生产法》第九十九条第一项',
    penalty: { warning: true, fineFen: 100_000 },
    payment: { mode: 'bank', days: 15, payee: PAYEE },
    remedies: REMEDIES,
    officers: OFFICERS,
    partySignature: { refused: false },
  },
  hearing_request_record: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急听申〔2026〕3号',
    party: SAMPLE_PARTY,
    cause: CAUSE,
    noticeNo: '赤应急告〔2026〕10号',
    noticeDeliveredOn: '2026-11-05',
    requestDueOn: '2026-11-12',
    channel: 'written',
    receivedOn: '2026-11-09',
    content:
      '我公司对《行政处罚告知书》（赤应急告〔2026〕10号）拟作出的没收违法所得人民币32,000.00元、' +
      '罚款人民币伍万元整的行政处罚有异议，要求举行听证。理由：一、违法所得的计算未扣除我公司支付的运输费用；' +
      '二、我公司系初次违法，发现问题后立即停止经营，积极配合调查，请求从轻处罚。',
    timely: true,
    recordedBy: '林某',
    recordedOn: '2026-11-09',
  },
  hearing_notice: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急听〔2026〕3号',
    party: SAMPLE_PARTY,
    cause: CAUSE,
    requestedOn: '2026-11-09',
    scheduledAt: '2026-11-20T09:30',
    place: HEARING_PLACE,
    publicity: { public: true },
    chair: HEARING_CHAIR,
    officers: HEARING_OFFICERS,
    clerk: HEARING_CLERK,
    maxAgents: 2,
    contact: { person: '林某', phone: '0476-8000002', address: SAMPLE_AGENCY.address },
    issuedOn: '2026-11-10',
  },
  recusal_decision: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急避〔2026〕1号',
    party: SAMPLE_PARTY,
    cause: CAUSE,
    applicant: SAMPLE_PARTY.name,
    requestedOn: '2026-11-12',
    target: { name: '何某', role: '听证员' },
    reason: '何某与本案调查人员李某同在本局工作，关系密切，可能影响听证的公正',
    granted: false,
    decisionReason:
      '经查，何某系本局执法监督科工作人员，未参与本案的调查取证，与本案调查人员不在同一科室，与本案及当事人均无直接利害关系。' +
      '同在本局工作不属于与本案有直接利害关系或者有其他关系可能影响公正听证的情形，申请人提出的回避理由不能成立',
    decidedBy: '钱某',
    decidedOn: '2026-11-13',
  },
  hearing_postponement: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急听延〔2026〕1号',
    party: SAMPLE_PARTY,
    cause: CAUSE,
    requestedOn: '2026-11-16',
    reason: '法定代表人张某某因病住院治疗、无法按期参加听证',
    originalAt: '2026-11-20T09:30',
    newAt: '2026-11-27T09:30',
    decidedBy: '钱某',
    decidedOn: '2026-11-17',
  },
  hearing_termination: {
    // The other way the postponed hearing could have gone.
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    party: SAMPLE_PARTY,
    cause: CAUSE,
    scheduledAt: '2026-11-27T09:30',
    ground: 'absent',
    detail:
      '本局于2026年11月17日向当事人直接送达了《听证会通知书》（赤应急听〔2026〕4号），由当事人法定代表人张某某签收。' +
      '2026年11月27日9时30分听证会预定开始时，当事人及其委托代理人均未到场；书记员林某两次拨打张某某及委托代理人' +
      '刘某某的电话，均无人接听。截至10时00分，当事人及其委托代理人仍未到场，也未向本局说明理由。',
    chair: HEARING_CHAIR,
    recordedBy: '林某',
    recordedOn: '2026-11-27',
  },
  hearing_transcript: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    party: SAMPLE_PARTY,
    cause: CAUSE,
    startedAt: '2026-11-27T09:30',
    endedAt: '2026-11-27T11:20',
    place: HEARING_PLACE,
    publicity: { public: true },
    chair: HEARING_CHAIR,
    officers: HEARING_OFFICERS,
    clerk: HEARING_CLERK,
    investigators: [
      { name: '李某', position: '危险化学品安全监督管理科科员' },
      { name: '王某', position: '危险化学品安全监督管理科科员' },
    ],
    partyAttendees: [
      { name: '张某某', capacity: '法定代表人' },
      { name: '刘某某', capacity: '委托代理人，内蒙古某某律师事务所律师' },
    ],
    others: [{ name: '刘某', capacity: '证人，当事人仓库管理员' }],
    recusalAsked: '当事人法定代表人张某某、委托代理人刘某某表示听清了上述权利义务，不申请回避。',
    sections: [
      {
        title: '调查人员陈述',
        text:
          '李某：2026年10月12日，本局执法人员在执法检查中发现，当事人在未取得危险化学品经营许可证的情况下，' +
          '于2026年9月至10月间在其库房内储存并对外销售甲醇、乙醇共计12.5吨，销售金额人民币186,000.00元，' +
          '违法所得人民币32,000.00元。上述事实有现场检查记录及现场照片、询问笔录、销售台账、销售发票复印件、' +
          `许可信息查询结果等证据证明。当事人的行为违反了${VIOLATED}的规定，依据${BASIS}的规定，` +
          `建议对当事人${PROPOSED_PENALTY}。`,
      },
      {
        title: '当事人申辩',
        text:
          '刘某某：当事人对未取得许可销售甲醇、乙醇的事实没有异议。但是：第一，违法所得人民币32,000.00元中包含' +
          '当事人垫付的运输费用人民币4,000.00元，应当扣除；第二，当事人系初次违法，案发后立即停止经营，' +
          '积极配合调查，已向有关部门申请办理危险化学品经营许可证，请求从轻处罚。\n' +
          '张某某：同意代理人的意见。',
      },
      {
        title: '质证',
        text:
          '李某：出示证据一现场检查记录及现场照片12张、证据二询问笔录2份、证据三销售台账及销售发票复印件、' +
          '证据四许可信息查询结果。\n' +
          '刘某某：对证据一、二、四的真实性、合法性、关联性无异议；对证据三的真实性无异议，但其中9笔销售的运输费用' +
          '由当事人垫付，计入了违法所得。\n' +
          '王某：销售发票载明的是货款，运输费用由购货单位另行支付给承运人，不在销售收入中；违法所得按销售收入' +
          '与进货价的差额计算，已扣除进货成本。\n' +
          '证人刘某：运费是购货单位直接付给车队的，公司有时先替他们垫上，过后再收回来。',
      },
      {
        title: '辩论',
        text:
          '刘某某：即使运费事后收回，垫付期间也占用了当事人的资金，请求在裁量时予以考虑。\n' +
          '李某：垫付运费与违法所得的计算无关。拟处罚意见已考虑当事人初次违法、积极配合调查等情节，' +
          '在裁量基准的一般阶次内确定，并无从重。',
      },
      {
        title: '最后陈述',
        text: '张某某：我公司认识到了错误，请求从轻处罚。\n李某：坚持原处罚建议。',
      },
    ],
    signature: { signed: true },
  },
  hearing_report: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急听报〔2026〕3号',
    party: SAMPLE_PARTY,
    cause: CAUSE,
    heldAt: '2026-11-27T09:30',
    place: HEARING_PLACE,
    chair: HEARING_CHAIR,
    officers: HEARING_OFFICERS,
    clerk: HEARING_CLERK,
    proposedPenalty: PROPOSED_PENALTY,
    findings:
      '经听证，当事人于2026年9月至10月间，在未取得危险化学品经营许可证的情况下，储存并对外销售甲醇、乙醇共计12.5吨，' +
      '销售金额人民币186,000.00元，违法所得人民币32,000.00元。上述事实有现场检查记录及现场照片、询问笔录、' +
      '销售台账、销售发票复印件、许可信息查询结果等证据证明，证据经当庭出示和质证，当事人对其真实性均无异议。',
    partyOpinion:
      '当事人对违法事实无异议，主张违法所得中含其垫付的运输费用人民币4,000.00元应予扣除，并以初次违法、' +
      '案发后立即停止经营、积极配合调查为由请求从轻处罚。',
    analysis:
      '销售发票载明的金额为货款，证人刘某证实运输费用由购货单位支付给承运人，当事人垫付后已收回，' +
      '运输费用不在销售收入之内，违法所得的计算并无不当，当事人扣除运费的主张不能成立。' +
      '当事人提出的初次违法、积极配合调查等情节，调查人员在拟处罚意见中已经考虑，拟处罚意见在裁量基准的一般阶次内，' +
      '过罚相当。',
    recommendation: '建议维持案件调查人员提出的拟处罚意见，依法作出行政处罚决定。',
    reportedOn: '2026-11-30',
  },
  payment_deferral_decision: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急缓〔2026〕12号',
    party: SAMPLE_PARTY,
    decisionNo: DECISION_NO,
    decidedOn: '2026-11-24',
    fineFen: FINE_FEN,
    appliedOn: '2026-12-01',
    reason:
      '受停业整改影响，本公司2026年第四季度经营收入大幅下降，账户资金仅能维持职工工资发放，无力一次缴清罚款，' +
      '附2026年10月、11月财务报表及银行对账单。',
    approved: true,
    kind: 'instalments',
    schedule: [
      { dueOn: '2026-12-31', amountFen: 2_000_000 },
      { dueOn: '2027-01-29', amountFen: 1_500_000 },
      { dueOn: '2027-02-26', amountFen: 1_500_000 },
    ],
    payee: PAYEE,
    issuedOn: '2026-12-04',
  },
  payment_demand: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    documentNo: '赤应急催〔2026〕12号',
    party: SAMPLE_PARTY,
    decisionNo: DECISION_NO,
    decidedOn: '2026-11-24',
    deliveredOn: '2026-11-24',
    dueOn: '2026-12-09',
    fineFen: FINE_FEN,
    paidFen: 0,
    surcharge: { fromOn: '2026-12-10', asOf: '2026-12-21', days: 12, amountFen: 1_800_000, capped: false },
    payWithinWorkingDays: 10,
    payee: PAYEE,
    statementDays: 3,
    issuedOn: '2026-12-21',
  },
  enforcement_application: {
    agency: { ...SAMPLE_AGENCY, legalRepresentative: '钱某', legalRepresentativeTitle: '局长' },
    caseNo: CASE_NO,
    documentNo: '赤应急强〔2026〕12号',
    party: SAMPLE_PARTY,
    court: '赤峰市松山区人民法院',
    decisionNo: DECISION_NO,
    decidedOn: '2026-11-24',
    deliveredOn: '2026-11-24',
    facts:
      '被申请人于2026年9月至10月间，在未取得危险化学品经营许可证的情况下，在其库房内储存并对外销售危险化学品甲醇、乙醇' +
      '共计12.5吨，违反了《危险化学品安全管理条例》第三十三条第一款的规定。',
    basis: BASIS,
    fineFen: FINE_FEN,
    paidFen: 0,
    surchargeFen: FINE_FEN,
    demand: { number: '赤应急催〔2026〕12号', issuedOn: '2026-12-21', deliveredOn: '2026-12-22' },
    partyOpinion: '被申请人在催告书确定的期限内未提出陈述、申辩',
    attachments: [
      `《行政处罚决定书》（${DECISION_NO}）及送达回证`,
      '作出行政处罚决定的事实、理由和依据（案件调查报告、主要证据材料目录）',
      '《催告书》（赤应急催〔2026〕12号）及送达回证',
      '被申请人陈述、申辩情况的说明',
      '申请人统一社会信用代码证书复印件、法定代表人身份证明书',
    ],
    issuedOn: '2027-06-01',
    signatory: { name: '钱某', position: '局长' },
  },
  closing_approval: {
    agency: SAMPLE_AGENCY,
    caseNo: CASE_NO,
    cause: CAUSE,
    partyName: SAMPLE_PARTY.name,
    procedure: 'ordinary',
    filedOn: '2026-10-14',
    decisionNo: DECISION_NO,
    decidedOn: '2026-11-24',
    penalty: PROPOSED_PENALTY,
    execution: {
      summary: '罚款人民币50,000.00元经批准分三期缴纳，已于2027年2月26日通过代收银行全部缴清。',
      lines: [
        { label: '没收违法所得', value: '人民币32,000.00元已于2026年12月8日通过代收银行缴清' },
        { label: '加处罚款', value: '无' },
      ],
    },
    reason: 'executed',
    reasonNote: '行政处罚决定已全部履行完毕。',
    opinions: {
      handler: { text: '本案行政处罚决定已执行完毕，建议结案。', name: '李某、王某', date: '2027-03-02' },
      sectionHead: { text: '同意结案。', name: '赵某', date: '2027-03-03' },
      leader: { text: '同意结案，按规定立卷归档。', name: '孙某', date: '2027-03-04' },
    },
    preparedOn: '2027-03-02',
  },
};

/** The case file of the sample case, archived after the closing approval. */
export const SAMPLE_ARCHIVE: ArchiveModel = {
  agency: SAMPLE_AGENCY,
  archiveNo: '赤应急档〔2027〕3号',
  caseNo: CASE_NO,
  cause: CAUSE,
  partyName: SAMPLE_PARTY.name,
  handlers: OFFICERS.map((o) => o.name),
  filedOn: '2026-10-14',
  closedOn: '2027-03-04',
  archivedOn: '2027-03-10',
  retention: '长期',
  compiler: '李某',
  evidence: [
    {
      seq: 1,
      name: '现场检查记录及现场照片12张',
      file: '现场照片（12张）.zip',
      sm3: '5108deb71ee1d00d8e14ad48f2ddee3dca264528a5ae802ac5a682ee11ecc0d7',
    },
    {
      seq: 2,
      name: '对张某某、刘某的询问笔录',
      file: '询问笔录.pdf',
      sm3: 'fce153950ced26bb8fb13e9b6c8212fc720fedf231615f9a5c3ce2e2cde90451',
    },
    {
      seq: 3,
      name: '2026年9月至10月危险化学品销售台账、销售发票复印件',
      file: '销售台账及发票.pdf',
      sm3: '13f80b3e0251ce805c391300144bd1cb71d919b40f505a82c2e0bb7e602988af',
    },
    {
      seq: 4,
      name: '先行登记保存物品清单',
      file: '物品清单.pdf',
      sm3: '2d493f25558c40ad587a79b276fa7cd7804aba795e2db16f13e979cb3cf3b1eb',
    },
    {
      seq: 5,
      name: '危险化学品经营许可信息查询结果',
      file: '许可查询截图.png',
      sm3: '237e9fee742dd844d231df29595848fe5308b9b86035e9e39027c2ae9e482c05',
    },
  ],
};
