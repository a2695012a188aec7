/** Pieces shared by the templates: the party block, how the party is addressed, officers, remedies. */
import type { Block, Field, ParagraphBlock, TableRow } from '../../../platform/docgen/index.js';
import { capitalYuan, countZh, dateZh, yuan } from './format.js';
import type { ApprovalOpinion, Officer, Party, Payee, Remedies } from './models.js';

/** 你 for a person, 你单位 for an organisation or business, as the forms address the party. */
export function you(party: Party): string {
  return party.kind === 'natural' ? '你' : '你单位';
}

function repLabel(party: Party): string | null {
  switch (party.kind) {
    case 'legal_person':
      return '法定代表人';
    case 'unincorporated':
      return '负责人';
    case 'individual_business':
      return '经营者';
    case 'natural':
      return null;
  }
}

/** The party block: name, identifier, address (住址 for a person), representative and phone. */
export function partyFields(party: Party, nameLabel = '当事人'): Array<Field | Field[]> {
  const rows: Array<Field | Field[]> = [
    { label: nameLabel, value: party.name },
    { label: party.idLabel, value: party.idNumber },
    { label: party.kind === 'natural' ? '住址' : '地址', value: party.address },
  ];
  const rep = repLabel(party);
  const pair: Field[] = [];
  if (rep) pair.push({ label: rep, value: party.legalRep ?? '' });
  if (party.phone) pair.push({ label: '联系电话', value: party.phone });
  if (pair.length === 1) rows.push(pair[0]!);
  else if (pair.length > 1) rows.push(pair);
  return rows;
}

/** 李某（执法证号：15042026001）、王某（执法证号：15042026002）. */
export function officersText(officers: Officer[]): string {
  return officers.map((o) => `${o.name}（执法证号：${o.certificateNumber}）`).join('、');
}

/** A paragraph; indent in characters (2 by default, 0 for salutations and list items that carry their own). */
export function para(text: ParagraphBlock['text'], indent = 2): ParagraphBlock {
  return { kind: 'paragraph', text, indent };
}

/** Numbered items as paragraphs: （一）… （二）… */
export function numbered(items: string[], last = '。'): ParagraphBlock[] {
  return items.map((item, i) => para(`（${countZh(i + 1)}）${item}${i === items.length - 1 ? last : '；'}`));
}

/** Marks the chosen option of a printed list of alternatives: ■ chosen, □ not. */
export function tick(chosen: boolean): string {
  return chosen ? '■' : '□';
}

/**
 * 行政复议 within 60 days to the named body or 行政诉讼 within 6 months to the named court, and that the
 * decision is executed meanwhile (行政复议法 第20条, 行政诉讼法 第46条, 行政处罚法 第73条).
 */
export function remediesParagraph(party: Party, remedies: Remedies): Block {
  return para(
    `${you(party)}如不服本决定，可以在收到本决定书之日起六十日内向${remedies.reconsiderationBody}申请行政复议，` +
      `或者在六个月内依法向${remedies.court}提起行政诉讼。申请行政复议或者提起行政诉讼期间，` +
      '本决定不停止执行，法律另有规定的除外。',
  );
}

/** Free text without its closing full stop or semicolon, to be set inside a sentence. */
export function clause(text: string): string {
  return text.trim().replace(/[。；;.]+$/, '');
}

/** 人民币伍万元整（50,000.00元）: an amount as a decision writes it, capitals then figures. */
export function money(fen: number): string {
  return `人民币${capitalYuan(fen)}（${yuan(fen)}）`;
}

/** 中国工商银行赤峰分行营业部（户名：…；账号：…；地址：…）: where a fine is paid. */
export function payeeText(p: Payee): string {
  return (
    `${p.bankName}（户名：${p.accountName}；账号：${p.accountNumber}` +
    `${p.bankAddress ? `；地址：${p.bankAddress}` : ''}）`
  );
}

/** The 加处罚款 warning (行政处罚法 第72条第1款第1项). */
export const LATE_FEE =
  '到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，' +
  '每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。';

/** One ideographic space: the gap between items on a line of a form. */
export const GAP = '\u3000';
/** A blank to be filled in by hand on a printed form. */
export const BLANK = GAP.repeat(4);

/**
 * One approval box of a 审批表: the title on the left, the opinion over `span` columns with "签名：… 年 月 日" at its
 * foot; what the opinion leaves out stays blank for handwriting.
 */
export function approvalRow(title: string, o: ApprovalOpinion, span: number): TableRow {
  const date = o.date ? dateZh(o.date) : '　　　年　　月　　日';
  return {
    minLines: 3,
    cells: [
      { text: title, align: 'center' },
      {
        text: o.text ?? '',
        colSpan: span,
        valign: 'top',
        footer: `签名：${o.name ?? BLANK}${GAP}${GAP}${date}`,
      },
    ],
  };
}
