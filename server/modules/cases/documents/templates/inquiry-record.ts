import type { Block, DocSpec, Field } from '../../../../platform/docgen/index.js';
import { dateOf, timeRangeZh } from '../format.js';
import type { InquiryRecordModel } from '../models.js';
import { officersText, para } from '../parts.js';

/**
 * 询问笔录: time, place, inquirers and recorder with their certificate numbers, the person asked, the opening
 * statement (certificates shown, 行政处罚法 第55条; the right to ask for 回避, 第43条), the questions and
 * answers, and the signatures — or the refusal to sign, noted by the officers.
 */
export function inquiryRecord(m: InquiryRecordModel): DocSpec {
  const w = m.interviewee;
  const personRow: Field[] = [{ label: '被询问人', value: w.name }];
  if (w.gender) personRow.push({ label: '性别', value: w.gender });
  if (w.age !== undefined) personRow.push({ label: '年龄', value: `${w.age}岁` });
  const rows: Array<Field | Field[]> = [
    { label: '询问时间', value: timeRangeZh(m.startedAt, m.endedAt) },
    { label: '询问地点', value: m.place },
    { label: '询问人', value: officersText(m.inquirers) },
    { label: '记录人', value: officersText([m.recorder]) },
    personRow,
    { label: w.idLabel, value: w.idNumber },
  ];
  if (w.employer) rows.push({ label: '工作单位', value: w.employer });
  if (w.position) rows.push({ label: '职务', value: w.position });
  if (w.address) rows.push({ label: '住址', value: w.address });
  if (w.phone) rows.push({ label: '联系电话', value: w.phone });
  if (w.relation) rows.push({ label: '与本案关系', value: w.relation });
  if (m.othersPresent) rows.push({ label: '其他在场人员', value: m.othersPresent });

  const names = m.inquirers.map((o) => o.name).join('、');
  const certs = m.inquirers.map((o) => o.certificateNumber).join('、');
  const opening =
    `我们是${m.agency.name}的执法人员${names}，执法证件号码分别为${certs}，这是我们的执法证件（出示证件）。` +
    `现依法就${m.cause}有关情况向你进行询问调查，请你如实回答问题，协助调查，不得拒绝或者阻挠。` +
    '如果你认为执法人员与本案有直接利害关系或者有其他关系可能影响公正执法，有权申请回避。' +
    '你是否看清了我们的执法证件？是否申请回避？';

  const qa = (q: string, a: string): Block[] => [
    para([{ text: '问：', bold: true }, { text: q }], 0),
    para([{ text: '答：', bold: true }, { text: a }], 0),
  ];

  const blocks: Block[] = [
    { kind: 'fields', rows },
    ...qa(opening, m.recusalAnswer),
    ...m.qa.flatMap((x) => qa(x.q, x.a)),
  ];
  if (m.signature.refused) {
    blocks.push(para(`被询问人拒绝签名。${m.signature.note}`));
    blocks.push({
      kind: 'signatures',
      lines: [
        { label: '询问人签名', date: undefined },
        { label: '记录人签名', date: undefined },
      ],
    });
  } else {
    blocks.push({
      kind: 'signatures',
      note: '以上笔录我看过（或向我宣读过），与我说的相符。',
      lines: [
        { label: '被询问人签名', date: undefined },
        { label: '询问人签名', date: undefined },
        { label: '记录人签名', date: undefined },
      ],
    });
  }
  blocks.push({
    kind: 'paragraph',
    size: 'small',
    text: '注：笔录每页均须由被询问人签名或者捺指印。',
    indent: 0,
  });
  return {
    issuedAt: dateOf(m.startedAt),
    header: m.agency.name,
    title: '询问笔录',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
