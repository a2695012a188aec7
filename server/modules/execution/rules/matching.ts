/**
 * Reconciling the collecting bank's report with the fines decided (罚缴分离). 《罚款决定与罚款收缴分离实施办法》
 * （国务院令第235号）第十条: the bank tells the deciding bureau the payer's name, the amount and the day of each
 * payment; 第十二条: the accounts are reconciled. A line is booked automatically only when the decision number, the
 * payer and the amount all agree; anything else goes to a person with the reasons and the likely obligations.
 */
import { yuan } from '../../../kernel/money.js';
import type { LocalDate } from '../../../kernel/local-date.js';

/** One credit line of a bank or e-payment statement. `lineNo` is the row number in the file. */
export interface StatementLine {
  lineNo: number;
  payer: string;
  amountFen: number;
  paidOn: LocalDate;
  /** The bank's serial number (流水号). */
  reference: string;
  /** 摘要、附言、用途: where the party writes the decision number. */
  memo: string;
}

/** A fine that still has something to pay. */
export interface OpenObligation {
  obligationId: string;
  decisionNo: string;
  partyName: string;
  /** Unpaid principal. */
  outstandingFen: number;
  /** Surcharge (加处罚款) due as of the payment day. */
  surchargeDueFen: number;
  /** Under an approved instalment plan: the unpaid part of the next instalment, also accepted as a payment. */
  nextInstalmentFen?: number;
}

export type MatchResult =
  | { kind: 'matched'; obligationId: string; principalFen: number; surchargeFen: number }
  | { kind: 'unmatched'; reasons: string[]; suggestions: string[] };

const OPENING = /[〔[【(（〖［<《〈]/g;
const CLOSING = /[〕\]】)）〗］>》〉]/g;

/**
 * The matching key of a decision number (文号), not for display: full-width letters and digits made half-width,
 * upper case, every kind of bracket and all whitespace removed, so that 赤应急罚〔2026〕12号, 赤应急罚[2026]12号 and
 * 赤应急罚（２０２６）１２号 are one key. Banks' memo fields often cannot carry 〔〕, hence removing rather than
 * unifying the brackets.
 */
export function normaliseDecisionNo(s: string): string {
  return s.normalize('NFKC').toUpperCase().replace(OPENING, '').replace(CLOSING, '').replace(/\s+/g, '');
}

/**
 * The comparison form of a payer or party name: full-width characters made half-width, brackets unified to ( ),
 * whitespace removed, Latin letters upper-cased.
 */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[〔[【〖<《〈]/g, '(')
    .replace(/[〕\]】〗>》〉]/g, ')')
    .replace(/\s+/g, '');
}

/** Something shaped like a decision number: a year in brackets followed by a number and 号. */
const DECISION_NO_SHAPE = /[^\s,，;；:：]*[〔[【(（〖]\s*\d{4}\s*[〕\]】)）〗]\s*第?\s*\d+\s*号/;

/** What people write before the number in a memo (缴纳赤应急罚〔2026〕9号罚款). */
const LEADING_VERB = /^(?:缴纳|交纳|缴交|支付|代缴|缴|交|付)/;

/** ¥1,234.56 */
export function formatYuan(fen: number): string {
  return `${fen < 0 ? '-' : ''}¥${yuan(Math.abs(fen)).slice(0, -1)}`;
}

/** The obligations whose decision number occurs in the reference or the memo. */
function byDecisionNo(line: StatementLine, open: ReadonlyArray<OpenObligation>): OpenObligation[] {
  const texts = [normaliseDecisionNo(line.reference), normaliseDecisionNo(line.memo)];
  const hits = open
    .map((o) => ({ o, key: normaliseDecisionNo(o.decisionNo) }))
    .filter(({ key }) => key.length > 0 && texts.some((t) => t.includes(key)));
  // 应急罚202612号 is found inside 赤应急罚202612号: a key contained in another hit's longer key is that one.
  return hits.filter(({ key }) => !hits.some((h) => h.key !== key && h.key.includes(key))).map(({ o }) => o);
}

function amountFits(amountFen: number, o: OpenObligation): boolean {
  return (
    amountFen === o.outstandingFen ||
    (o.surchargeDueFen > 0 && amountFen === o.outstandingFen + o.surchargeDueFen) ||
    (!!o.nextInstalmentFen && o.surchargeDueFen === 0 && amountFen === o.nextInstalmentFen)
  );
}

/**
 * Matches one statement line to the open obligations. Automatic only when exactly one obligation's decision number
 * occurs in the reference or memo, the payer is the party, and the amount is either the unpaid principal or the
 * principal with the surcharge due (then split). Suggestions: obligations matching by number, or by payer and amount.
 */
export function matchLine(line: StatementLine, open: ReadonlyArray<OpenObligation>): MatchResult {
  const payer = normaliseName(line.payer);
  const byPayerAndAmount = open.filter(
    (o) => normaliseName(o.partyName) === payer && amountFits(line.amountFen, o),
  );
  const numbered = byDecisionNo(line, open);
  const suggestions = [...new Set([...numbered, ...byPayerAndAmount].map((o) => o.obligationId))];

  if (numbered.length === 0) {
    const shaped = DECISION_NO_SHAPE.exec(`${line.reference} ${line.memo}`.normalize('NFKC'));
    const reason = shaped
      ? `决定书文号对应的罚款已缴清或不存在（${shaped[0].replace(LEADING_VERB, '').trim()}）`
      : '未找到决定书文号';
    return { kind: 'unmatched', reasons: [reason], suggestions };
  }
  if (numbered.length > 1)
    return { kind: 'unmatched', reasons: ['匹配到多笔应缴罚款，须人工确认'], suggestions };

  const o = numbered[0]!;
  const reasons: string[] = [];
  if (normaliseName(o.partyName) !== payer)
    reasons.push(`缴款人「${line.payer.trim()}」与当事人「${o.partyName.trim()}」不一致`);
  if (!amountFits(line.amountFen, o)) {
    const withSurcharge =
      o.surchargeDueFen > 0 ? `（连同加处罚款应为 ${formatYuan(o.outstandingFen + o.surchargeDueFen)}）` : '';
    reasons.push(
      `金额 ${formatYuan(line.amountFen)} 与应缴金额 ${formatYuan(o.outstandingFen)} 不符${withSurcharge}`,
    );
  }
  if (reasons.length) return { kind: 'unmatched', reasons, suggestions };
  const principalFen = Math.min(line.amountFen, o.outstandingFen);
  return {
    kind: 'matched',
    obligationId: o.obligationId,
    principalFen,
    surchargeFen: line.amountFen - principalFen,
  };
}
