import type { Block, DocSpec, Field } from '../../../../platform/docgen/index.js';
import { countZh, dateOf, timeRangeZh } from '../format.js';
import type { HearingMember, HearingTranscriptModel } from '../models.js';
import { para } from '../parts.js';

const members = (ms: HearingMember[]) => ms.map((m) => `${m.name}（${m.position}）`).join('、');
const attendees = (as: Array<{ name: string; capacity: string }>) =>
  as.map((a) => `${a.name}（${a.capacity}）`).join('、');

/** A section title without the numbering someone may have typed: 一、 （一） 1. 1、 */
const bare = (title: string) =>
  title.trim().replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])\s*/, '');

/**
 * 听证笔录 (行政处罚法 第64条第8项): time, place, public or closed and why (第3项), the chair, hearing officers,
 * clerk, the investigators, the party and the agents present and anyone else; the chair's opening with the rights
 * and the recusal question and its answer (第4项); the proceedings in order — the investigators' facts, evidence
 * and proposal, the party's defence and cross-examination (第7项), debate, final statements; and the signatures:
 * the party's (or agent's) after checking, or the chair's note of the refusal.
 */
export function hearingTranscript(m: HearingTranscriptModel): DocSpec {
  const rows: Array<Field | Field[]> = [
    { label: '案由', value: m.cause },
    ...(m.caseNo ? [{ label: '案件编号', value: m.caseNo }] : []),
    { label: '当事人', value: m.party.name },
    { label: '听证时间', value: timeRangeZh(m.startedAt, m.endedAt) },
    { label: '听证地点', value: m.place },
    {
      label: '听证方式',
      value: m.publicity.public ? '公开' : `不公开（理由：${m.publicity.reason}）`,
    },
    { label: '听证主持人', value: members([m.chair]) },
    ...(m.officers.length ? [{ label: '听证员', value: members(m.officers) }] : []),
    { label: '书记员', value: members([m.clerk]) },
    { label: '案件调查人员', value: members(m.investigators) },
    { label: '当事人及其委托代理人', value: attendees(m.partyAttendees) },
  ];
  if (m.others.length) rows.push({ label: '其他参加人员', value: attendees(m.others) });

  const opening =
    `现在宣布听证会开始。${m.agency.name}就${m.cause}依法${m.publicity.public ? '公开' : '不公开'}举行听证。` +
    '已核对听证参加人员的身份。当事人及其委托代理人在听证中有权进行陈述、申辩和质证；' +
    '认为听证主持人、听证员、书记员与本案有直接利害关系或者有其他关系可能影响公正听证的，有权申请回避' +
    '（《中华人民共和国行政处罚法》第六十四条第四项）；无正当理由拒不出席听证或者未经许可中途退出听证的，' +
    '视为放弃听证权利（第六十四条第六项）。听证按照下列顺序进行：案件调查人员提出当事人违法的事实、证据和行政处罚建议，' +
    '当事人进行申辩和质证（第六十四条第七项），双方辩论，当事人最后陈述。';

  const blocks: Block[] = [
    { kind: 'fields', rows },
    para([{ text: '听证主持人：', bold: true }, { text: opening }]),
    para(m.recusalAsked),
    ...m.sections.flatMap((s, i): Block[] => [
      { kind: 'heading', text: `${countZh(i + 1)}、${bare(s.title)}` },
      para(s.text),
    ]),
  ];
  const others = [
    { label: '听证主持人签名', date: undefined },
    ...m.officers.map(() => ({ label: '听证员签名', date: undefined })),
    { label: '书记员签名', date: undefined },
  ];
  if (m.signature.signed) {
    blocks.push({
      kind: 'signatures',
      note: '以上笔录我已核对（或者已向我宣读），记录无误。',
      lines: [{ label: '当事人或者代理人签名', date: undefined }, ...others],
    });
  } else {
    blocks.push(
      para(
        [
          { text: '听证主持人注明：', bold: true },
          {
            text:
              '当事人及其委托代理人拒绝在听证笔录上签字或者盖章（《中华人民共和国行政处罚法》第六十四条第八项）。' +
              m.signature.refusal,
          },
        ],
        2,
      ),
      { kind: 'signatures', lines: others },
    );
  }
  blocks.push({
    kind: 'paragraph',
    size: 'small',
    text: '注：笔录应当交当事人或者其代理人核对无误后签字或者盖章，每页均须签名或者捺指印。',
    indent: 0,
  });
  return {
    issuedAt: dateOf(m.startedAt),
    header: m.agency.name,
    title: '听证笔录',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
