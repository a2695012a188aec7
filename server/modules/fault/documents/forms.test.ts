import { describe, expect, it } from 'vitest';
import { MatterView } from '../../../../common/contracts/fault.js';
import {
  plainText,
  renderDocx,
  renderPdf,
  type Block,
  type DocSpec,
} from '../../../platform/docgen/index.js';
import { pdfText } from '../../../platform/docgen/test-helpers.js';
import { AppError } from '../../../platform/http/errors.js';
import {
  approvalForm,
  decisionDoc,
  findingDoc,
  inquiryRecord,
  leadForm,
  receiptForm,
  reviewDecisionDoc,
} from './forms.js';
import { SAMPLE_AGENCY_NAME as AGENCY, SAMPLE_IDS as IDS, sampleMatter } from './sample.js';

const RULE = '《赤峰市应急管理局行政执法过错责任追究制度》';

function blockText(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return b.text;
    case 'paragraph':
      return plainText(b.text);
    case 'fields':
      return b.rows
        .flat()
        .map((f) => `${f.label}：${f.value}`)
        .join('\n');
    case 'table':
      return b.rows.flatMap((r) => r.cells.map((c) => `${plainText(c.text)}${c.footer ?? ''}`)).join('\n');
    case 'signatures':
      return [b.note ?? '', ...b.lines.map((l) => `${l.label}：${l.name ?? ''}`)].join('\n');
    case 'seal':
      return `${b.agency}${b.date}`;
    case 'spacer':
      return '';
  }
}

/** Everything a spec prints, in order, as one string. */
const textOf = (s: DocSpec) =>
  [s.header ?? '', s.title, s.number?.text ?? '', ...s.blocks.map(blockText)].join('\n');

const notFound = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('NOT_FOUND');
    return;
  }
  throw new Error('expected NOT_FOUND');
};

const ALL: Array<[string, (m: MatterView) => DocSpec]> = [
  ['线索登记表', (m) => leadForm(AGENCY, m)],
  ['立项审批表', (m) => approvalForm(AGENCY, m)],
  ['调查笔录', (m) => inquiryRecord(AGENCY, m, IDS.inquiry)],
  ['认定书', (m) => findingDoc(AGENCY, m)],
  ['处理决定书', (m) => decisionDoc(AGENCY, m, IDS.handler)],
  ['送达回证', (m) => receiptForm(AGENCY, m, IDS.handler)],
  ['复核决定书', (m) => reviewDecisionDoc(AGENCY, m, IDS.review)],
];

describe('sample matter', () => {
  it('is a valid MatterView', () => {
    expect(() => MatterView.parse(sampleMatter())).not.toThrow();
  });
});

describe.each(ALL)('%s', (_name, build) => {
  it('renders to PDF and DOCX', async () => {
    const spec = build(sampleMatter());
    const pdf = await renderPdf(spec);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const text = pdfText(pdf);
    expect(text).toContain(AGENCY);
    expect(text).toContain(spec.title);
    const docx = await renderDocx(spec);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  }, 30_000);

  it('is dated and the same for the same matter', () => {
    const spec = build(sampleMatter());
    expect(spec.issuedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(build(sampleMatter())).toEqual(spec);
  });
});

describe('线索登记表', () => {
  it('shows the source, the case, the reference, the subjects and the 初核意见', () => {
    const spec = leadForm(AGENCY, sampleMatter());
    const t = textOf(spec);
    expect(spec.title).toBe('行政执法过错线索登记表');
    expect(spec.number?.text).toBe('赤应急过错线〔2026〕3号');
    expect(spec.issuedAt).toBe('2026-03-02');
    for (const s of [
      '■行政复议撤销、变更或确认违法',
      '□投诉举报',
      '赤应急案〔2025〕41号',
      '2026年3月2日',
      '登记时间',
      '2026年3月2日10时15分',
      '赤政复决字〔2026〕7号',
      '关联记录：复议或诉讼结果（行政复议：撤销（2026年2月27日））',
      '张某（执法一科）、王某（执法一科）、赵某（局领导）',
      '孙某',
      '■立项调查　□不予立项',
      '签名：刘某　　2026年3月5日',
    ])
      expect(t).toContain(s);
  });

  it('leaves the 初核意见 blank for handwriting before triage', () => {
    const m = { ...sampleMatter(), triage: null };
    const t = textOf(leadForm(AGENCY, m));
    expect(t).toContain('□立项调查　□不予立项');
    expect(t).not.toContain('■立项调查');
    expect(t).toContain('签名：　　　　　　　　　年　　月　　日');
  });
});

describe('立项审批表', () => {
  it('shows the lead, subjects, investigators, 纪检 opinion and the approval boxes', () => {
    const t = textOf(approvalForm(AGENCY, sampleMatter()));
    for (const s of [
      '过错责任追究立项审批表',
      '行政复议撤销、变更或确认违法',
      '刘某（机关党总支）、陈某（派驻纪检监察组）',
      '■立项调查',
      '理由：复议机关以主要事实不清撤销原处罚决定',
      '签名：刘某　　2026年3月5日',
      '派驻纪检监察组意见',
      '主要负责人审批意见',
      '2026年9月5日前',
      `${RULE}第二条`,
    ])
      expect(t).toContain(s);
  });

  it('is not possible before triage', () => {
    notFound(() => approvalForm(AGENCY, { ...sampleMatter(), triage: null }));
  });
});

describe('调查笔录', () => {
  it('shows time, place, two investigators, the person, the rights and the read-back', () => {
    const spec = inquiryRecord(AGENCY, sampleMatter(), IDS.inquiry);
    const t = textOf(spec);
    expect(spec.issuedAt).toBe('2026-03-12');
    for (const s of [
      '调查时间：2026年3月12日9时30分',
      '调查地点：赤峰市应急管理局三楼谈话室',
      '调查人员：刘某（机关党总支）、陈某（派驻纪检监察组）',
      '被调查人：张某',
      '你有陈述和申辩的权利',
      '申请回避',
      '答：是根据企业负责人的口头陈述填写的',
      '以上笔录已向被调查人宣读',
      '以上笔录我看过（或向我宣读过），与我说的相符。',
      '被调查人签名',
      '记录人：陈某',
    ])
      expect(t).toContain(s);
    const sig = spec.blocks.find((b) => b.kind === 'signatures');
    expect(sig?.kind === 'signatures' && sig.lines.filter((l) => l.label === '调查人签名')).toHaveLength(2);
  });

  it('refuses an unknown inquiry', () => {
    notFound(() => inquiryRecord(AGENCY, sampleMatter(), IDS.review));
  });
});

describe('认定书', () => {
  const t = textOf(findingDoc(AGENCY, sampleMatter()));

  it('states the facts, the act and the 第五条 types, F11 with its basis', () => {
    expect(t).toContain('实际为1.2吨');
    expect(t).toContain('发生过错的行政执法行为：赤应急罚〔2025〕41号行政处罚决定（赤应急案〔2025〕41号）。');
    expect(t).toContain('（一）第五条第一项“主要事实不清，重要证据不足”；');
    expect(t).toContain(
      '（二）第五条第十一项“其他行政执法过错行为”，违反《危险化学品安全管理条例》第二十四条。',
    );
  });

  it('gives every person his role, level and 第九条 rule', () => {
    expect(t).toContain(
      `张某（执法一科），承办人员，承担主要责任。依据：${RULE}第九条第一项（汇报事实有误、隐瞒或提供虚假证据）。`,
    );
    expect(t).toContain(`王某（执法一科），承办科室（单位）负责人，承担一定责任。依据：${RULE}第九条第一项`);
    expect(t).toContain(`赵某（局领导），审批人，承担一定责任。依据：调查人员依${RULE}第九条的原则认定。`);
  });

  it('shows the proposal and the reason for departing from it', () => {
    expect(t).toContain(
      `张某（承办人员）承担主要责任（${RULE}第九条第一项）；王某（承办科室（单位）负责人）承担一定责任（${RULE}第九条第一项）`,
    );
    expect(t).toContain('调查人员改变上述建议的理由：赵某在审批时未审阅储存台账即批准从重处罚');
  });

  it('omits the proposal when the shares are the proposal', () => {
    const m = sampleMatter();
    m.finding = { ...m.finding!, overrideReason: null };
    expect(textOf(findingDoc(AGENCY, m))).not.toContain('调查人员改变上述建议的理由');
  });

  it('lists the grounds with evidence, marks the computed ones and states the conflict resolution', () => {
    expect(t).toContain(
      '张某：第八条第二项“多次发生行政执法过错”，证据：赤应急过错线〔2025〕9号处理决定（2025年7月10日）；说明：12个月内第2次发生行政执法过错（系统依历史记录计算）',
    );
    expect(t).toContain(`处理原则：依${RULE}第八条应当从重追究`);
    expect(t).toContain('王某：第七条第一项“主动发现其行政执法过错并及时纠正且未造成严重后果”');
    expect(t).toContain(
      '赵某：第六条第二项“行政行为经过集体讨论、审议、会签同意”，证据：2025年11月3日案件集体讨论记录；第八条第三项',
    );
    expect(t).toContain('处理原则：不予追究或者从轻情节与从重情节并存，由调查人员认定。');
    expect(t).toContain('免责情节与从重情节并存的，调查人员的认定意见：赵某的批准经集体讨论同意');
  });

  it('states the 拟处理意见 and the right to 陈述申辩', () => {
    expect(t).toContain(
      '张某：诫勉谈话、取消当年评优评先资格、按干部管理权限移送给予党纪政务处分（多次发生过错，从重处理）；',
    );
    expect(t).toContain('赵某：免予处理（不承担责任）。');
    expect(t).toContain('有权进行陈述和申辩');
    expect(t).toContain('不因责任人员申辩而加重处理（《中华人民共和国公务员法》第六十三条第二款）');
  });

  it('is not possible before the finding', () => {
    notFound(() => findingDoc(AGENCY, { ...sampleMatter(), finding: null }));
  });
});

describe('处理决定书', () => {
  it('decides for one person, numbered after his place, with the share, grounds, measures and rights', () => {
    const spec = decisionDoc(AGENCY, sampleMatter(), IDS.handler);
    const t = textOf(spec);
    expect(spec.number?.text).toBe('赤应急过错线〔2026〕3号-1');
    expect(spec.issuedAt).toBe('2026-05-08');
    expect(spec.blocks.at(-1)).toEqual({
      kind: 'seal',
      agency: AGENCY,
      date: '2026-05-08',
      mark: '（印章）',
    });
    for (const s of [
      '被处理人：张某',
      '经查，张某在办理赤应急案〔2025〕41号案件时',
      '第五条第一项“主要事实不清，重要证据不足”',
      `依据${RULE}第九条第一项（汇报事实有误、隐瞒或提供虚假证据）的规定，你作为承办人员，承担主要责任。`,
      '第八条第二项“多次发生行政执法过错”',
      '你于2026年4月16日提出了陈述和申辩',
      '本局于2026年5月8日研究决定（2026年5月8日局党组会议（第12次），参加人员：局党组全体成员）',
      '（一）诫勉谈话；',
      '（二）取消当年评优评先资格；',
      '（三）按干部管理权限移送给予党纪政务处分。',
      `依据${RULE}第十三条的规定`,
      '移送中共赤峰市应急管理局党组',
      `接到本决定书之日起30日内向本局提出复核申请（${RULE}第十二条）`,
      '向有关部门提出申诉',
      '复核、申诉期间，不停止本处理决定的执行（《中华人民共和国公务员法》第九十六条第二款）。',
    ])
      expect(t).toContain(s);
  });

  it('writes 免予处理 with the reason when no measure is decided', () => {
    const spec = decisionDoc(AGENCY, sampleMatter(), IDS.approver);
    const t = textOf(spec);
    expect(spec.number?.text).toBe('赤应急过错线〔2026〕3号-3');
    expect(t).toContain('决定对你免予处理。理由：行政行为经过集体讨论同意');
    expect(t).toContain(`调查人员依${RULE}第九条的原则认定（理由：`);
    expect(t).toContain('调查人员的认定意见：赵某的批准经集体讨论同意');
    expect(t).toContain('在规定期限内未提出陈述和申辩');
    expect(t).not.toContain('第十三条');
  });

  it('notes a waiver of 陈述申辩', () => {
    expect(textOf(decisionDoc(AGENCY, sampleMatter(), IDS.sectionHead))).toContain(
      '你于2026年4月14日表示放弃陈述和申辩',
    );
  });

  it('is not possible for an unknown person or before the decision', () => {
    notFound(() => decisionDoc(AGENCY, sampleMatter(), IDS.investigatorA));
    notFound(() => decisionDoc(AGENCY, { ...sampleMatter(), decision: null }, IDS.handler));
    const m = sampleMatter();
    m.people[0] = { ...m.people[0]!, decidedMeasures: null };
    notFound(() => decisionDoc(AGENCY, m, IDS.handler));
  });
});

describe('送达回证', () => {
  it('names the decision served, the person, the date, the method and the receiver', () => {
    const spec = receiptForm(AGENCY, sampleMatter(), IDS.handler);
    const t = textOf(spec);
    expect(spec.issuedAt).toBe('2026-05-12');
    for (const s of [
      '《行政执法过错责任处理决定书》（赤应急过错线〔2026〕3号-1）',
      '张某（执法一科）',
      '直接送达',
      '2026年5月12日',
      `${RULE}第十一条`,
    ])
      expect(t).toContain(s);
  });

  it('notes a late delivery with its reason', () => {
    expect(textOf(receiptForm(AGENCY, sampleMatter(), IDS.approver))).toContain(
      `超过${RULE}第十一条规定的10日期限送达。理由：赵某在外地参加培训，返回后送达。`,
    );
  });

  it('leaves blanks before delivery', () => {
    const spec = receiptForm(AGENCY, sampleMatter(), IDS.sectionHead);
    const t = textOf(spec);
    expect(spec.issuedAt).toBe('2026-05-08');
    expect(t).toContain('（赤应急过错线〔2026〕3号-2）');
    expect(t).toContain('　　　年　　月　　日');
    expect(t).not.toContain('直接送达');
  });

  it('refuses an unknown person', () => {
    notFound(() => receiptForm(AGENCY, sampleMatter(), IDS.investigatorB));
  });
});

describe('复核决定书', () => {
  it('shows the late application and its justification, the original and reduced measures and the 申诉 route', () => {
    const spec = reviewDecisionDoc(AGENCY, sampleMatter(), IDS.review);
    const t = textOf(spec);
    expect(spec.issuedAt).toBe('2026-07-10');
    expect(spec.number?.text).toBe('赤应急过错线〔2026〕3号-1-复1');
    expect(spec.blocks.at(-1)).toMatchObject({ kind: 'seal', date: '2026-07-10' });
    for (const s of [
      '《行政执法过错责任处理决定书》（赤应急过错线〔2026〕3号-1）',
      '于2026年6月15日向本局提出复核申请',
      `超过${RULE}第十二条规定的30日期限（应于2026年6月11日前提出）`,
      '本人2026年5月13日至6月12日在外地参加安全生产督导',
      '原处理决定：诫勉谈话、取消当年评优评先资格、按干部管理权限移送给予党纪政务处分。',
      '本局决定：减轻处理。复核后的处理：诫勉谈话、取消当年评优评先资格。',
      '移送党纪政务处分的处理偏重',
      '复核不加重对申请人的处理（《中华人民共和国公务员法》第九十六条第三款）。',
      '接到本复核决定之日起15日内',
      '《中华人民共和国公务员法》第九十五条',
    ])
      expect(t).toContain(s);
  });

  it('omits the lateness for an application in time, and states a revocation', () => {
    const m = sampleMatter();
    m.reviews[0] = {
      ...m.reviews[0]!,
      late: false,
      lateJustification: null,
      result: 'revoked',
      measures: [],
    };
    const t = textOf(reviewDecisionDoc(AGENCY, m, IDS.review));
    expect(t).not.toContain('正当理由');
    expect(t).toContain('本局决定：撤销处理决定。');
  });

  it('is not possible before the review is decided or for an unknown review', () => {
    const m = sampleMatter();
    m.reviews[0] = { ...m.reviews[0]!, decidedOn: null, result: null, measures: null, reason: null };
    notFound(() => reviewDecisionDoc(AGENCY, m, IDS.review));
    notFound(() => reviewDecisionDoc(AGENCY, sampleMatter(), IDS.inquiry));
  });
});
