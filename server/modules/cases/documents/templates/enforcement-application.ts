import type { Block, DocSpec, Field } from '../../../../platform/docgen/index.js';
import { dateZh, yuan } from '../format.js';
import type { EnforcementApplicationModel } from '../models.js';
import { clause, money, numbered, para, partyFields } from '../parts.js';

const DEFAULT_CHALLENGE = '被申请人在法定期限内未申请行政复议，也未提起行政诉讼';

/** 申请事项 from the amounts: the fine still owed and the 加处罚款. */
function defaultRequests(m: EnforcementApplicationModel): string[] {
  const owed = m.fineFen - m.paidFen;
  const items: string[] = [];
  if (owed > 0) items.push(`强制执行被申请人罚款人民币${yuan(owed)}`);
  if (m.surchargeFen > 0) items.push(`强制执行被申请人加处罚款人民币${yuan(m.surchargeFen)}`);
  return items;
}

/**
 * 强制执行申请书 to the people's court for a penalty the party neither challenged nor performed (行政强制法 第53条,
 * 行政处罚法 第72条第1款第4项). It carries what 第55条 asks of the application: the decision with its facts,
 * reasons and basis; the party's opinion and the 催告 (served and ten days past, 第54条); what is to be enforced;
 * the materials attached; and, under the bureau's seal and dated, a line for the 负责人's signature.
 */
export function enforcementApplication(m: EnforcementApplicationModel): DocSpec {
  const a = m.agency;
  const requests = m.requests ?? defaultRequests(m);
  if (requests.length === 0) throw new Error('强制执行申请书：须有申请执行的事项');
  const applicant: Array<Field | Field[]> = [
    { label: '申请人', value: a.name },
    { label: '地址', value: a.address },
    [
      { label: '法定代表人', value: a.legalRepresentative },
      { label: '职务', value: a.legalRepresentativeTitle },
    ],
    { label: '联系电话', value: a.phone },
  ];
  const paid =
    m.paidFen > 0
      ? `被申请人仅缴纳罚款${money(m.paidFen)}，尚欠罚款${money(m.fineFen - m.paidFen)}`
      : '被申请人未缴纳罚款';
  const blocks: Block[] = [
    { kind: 'fields', rows: applicant },
    { kind: 'fields', rows: partyFields(m.party, '被申请人') },
    { kind: 'heading', text: '申请事项：' },
    ...numbered(requests),
    { kind: 'heading', text: '事实和理由：' },
    para(
      `申请人于${dateZh(m.decidedOn)}对被申请人作出《行政处罚决定书》（${m.decisionNo}），认定：${clause(m.facts)}。` +
        `依据${m.basis}的规定，决定对被申请人处以罚款${money(m.fineFen)}。` +
        `该决定书已于${dateZh(m.deliveredOn)}送达被申请人。`,
    ),
    para(
      `${clause(m.challenge ?? DEFAULT_CHALLENGE)}。在行政处罚决定书确定的缴纳期限内，${paid}。` +
        '根据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，申请人依法对被申请人每日按罚款数额的百分之三加处罚款，' +
        `加处罚款的数额为${money(m.surchargeFen)}。`,
    ),
    para(
      `申请人于${dateZh(m.demand.issuedOn)}作出《催告书》（${m.demand.number}），并于${dateZh(m.demand.deliveredOn)}送达被申请人，` +
        `催告其履行缴纳罚款及加处罚款的义务，告知其依法享有陈述权和申辩权。${clause(m.partyOpinion)}。` +
        '催告书送达十日后，被申请人仍未履行义务。',
    ),
    para(
      '为维护行政处罚决定的严肃性，根据《中华人民共和国行政处罚法》第七十二条第一款第四项和' +
        '《中华人民共和国行政强制法》第五十三条、第五十四条、第五十五条的规定，特申请贵院依法强制执行。',
    ),
    para('此致'),
    para(m.court, 0),
  ];
  if (m.attachments.length) {
    blocks.push(para('附件：', 0), ...m.attachments.map((t, i) => para(`${i + 1}. ${clause(t)}`)));
  }
  blocks.push(
    {
      kind: 'signatures',
      lines: [{ label: `负责人（${m.signatory.position}${m.signatory.name}）签名`, date: null }],
    },
    { kind: 'seal', agency: a.name, date: m.issuedOn, mark: '（印章）' },
  );
  return {
    issuedAt: m.issuedOn,
    header: a.name,
    title: '强制执行申请书',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
