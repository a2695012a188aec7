import type { Block, DocSpec } from '../../../../platform/docgen/index.js';
import { countZh, dateTimeZh, dateZh } from '../format.js';
import type { HearingMember, HearingNoticeModel } from '../models.js';
import { numbered, para, you } from '../parts.js';

const members = (ms: HearingMember[]) => ms.map((m) => `${m.name}（${m.position}）`).join('、');

/**
 * 听证会通知书, served at least seven working days before the hearing (行政处罚法 第64条第2项、第85条): the time
 * and place, whether public and if not why (第3项), the chair, hearing officers and clerk, and the party's rights
 * and duties — agents (第5项), recusal (第4项, and 第43条 for the others), evidence and witnesses, postponement on
 * good cause, waiver by absence or by leaving (第6项), and that the hearing costs the party nothing (第63条第2款).
 */
export function hearingNotice(m: HearingNoticeModel): DocSpec {
  const y = you(m.party);
  const agents = m.maxAgents > 1 ? `一至${countZh(m.maxAgents)}人` : '一人';
  const publicity = m.publicity.public
    ? '本次听证公开举行。'
    : `因${m.publicity.reason}，依照《中华人民共和国行政处罚法》第六十四条第三项的规定，本次听证不公开举行。`;
  const blocks: Block[] = [
    para(`${m.party.name}：`, 0),
    para(
      `${y}于${dateZh(m.requestedOn)}提出的听证要求本局已收到。根据《中华人民共和国行政处罚法》第六十三条、` +
        `第六十四条的规定，本局定于${dateTimeZh(m.scheduledAt)}在${m.place}就${m.cause}举行听证会，` +
        `请${y}准时出席。${publicity}`,
    ),
    {
      kind: 'fields',
      rows: [
        { label: '听证主持人', value: members([m.chair]) },
        ...(m.officers.length ? [{ label: '听证员', value: members(m.officers) }] : []),
        { label: '书记员', value: members([m.clerk]) },
      ],
    },
    para('有关事项告知如下：'),
    ...numbered([
      `${y}可以亲自参加听证，也可以委托${agents}代理（《中华人民共和国行政处罚法》第六十四条第五项）。` +
        `委托代理人参加听证的，应当在听证会举行前向本局提交由${y}签名或者盖章的授权委托书，载明委托事项和权限` +
        (m.party.kind === 'natural' ? '' : `；法定代表人或者负责人参加听证的，应当携带身份证明`),
      `${y}认为听证主持人、听证员、书记员与本案有直接利害关系或者有其他关系可能影响公正听证的，` +
        '有权申请回避，请在听证会举行前向本局提出并说明理由' +
        '（《中华人民共和国行政处罚法》第四十三条、第六十四条第四项）',
      `${y}可以在听证会上进行申辩和质证，请携带有关证据材料；需要证人到场作证的，请事先告知本局并通知证人按时出席`,
      `${y}因正当理由不能按时参加听证的，应当在听证会举行前向本局书面申请延期，并说明理由`,
      `${y}及其代理人无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本局将终止听证` +
        '（《中华人民共和国行政处罚法》第六十四条第六项）',
      `${y}不承担本局组织听证的费用（《中华人民共和国行政处罚法》第六十三条第二款）`,
    ]),
    { kind: 'seal', agency: m.agency.name, date: m.issuedOn, mark: '（印章）' },
    {
      kind: 'fields',
      rows: [
        [
          { label: '联系人', value: m.contact.person },
          { label: '联系电话', value: m.contact.phone },
        ],
        { label: '本局地址', value: m.contact.address },
      ],
    },
  ];
  return {
    issuedAt: m.issuedOn,
    header: m.agency.name,
    title: '听证会通知书',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
