/**
 * 当场收缴罚款: the only cases in which the deciding bureau's officers may take the money themselves.
 *
 * 《中华人民共和国行政处罚法》第六十七条第二款: 除依照本法第六十八条、第六十九条的规定当场收缴的罚款外，作出行政处罚决定
 * 的行政机关及其执法人员不得自行收缴罚款.
 * - 第六十八条: a decision made on the spot under 第五十一条 (简易程序), when (一) 依法给予一百元以下罚款的, or
 *   (二) 不当场收缴事后难以执行的. There is no 500-yuan tier in the current law (legal-spec §2.3).
 * - 第六十九条: 在边远、水上、交通不便地区, after a decision under 第五十一条 or 第五十七条 (either procedure), when
 *   the party finds paying at the bank or electronically genuinely difficult, 经当事人提出.
 *
 * The receipt (第七十条) and the hand-over within two working days (第七十一条) are checked where the cash is recorded.
 */

export const ON_SPOT_RULE = 'fine.on-the-spot';
export const ON_SPOT_GROUNDS = ['small_amount', 'hard_to_collect', 'remote_area'] as const;
export type OnSpotGround = (typeof ON_SPOT_GROUNDS)[number];
/** 100 元: 第六十八条第（一）项 依法给予一百元以下罚款的 (inclusive). */
export const ON_SPOT_SMALL_LIMIT_FEN = 10000;

const LAW = '《中华人民共和国行政处罚法》';
/** The citation of each ground when it applies. */
export const ON_SPOT_BASIS: Readonly<Record<OnSpotGround, string>> = {
  small_amount: `${LAW}第六十八条第（一）项`,
  hard_to_collect: `${LAW}第六十八条第（二）项`,
  remote_area: `${LAW}第六十九条`,
};
const SEPARATION_BASIS = `${LAW}第六十七条第二款、第六十八条、第六十九条`;

export interface OnSpotInput {
  procedure: 'simple' | 'ordinary';
  amountFen: number;
  ground: OnSpotGround;
  /** Why the fine would be hard to collect later, or where (边远、水上、交通不便) and why the party cannot pay at the bank. */
  reason?: string | null;
  /** The party asked to pay on the spot (第六十九条 经当事人提出). */
  partyRequested?: boolean;
}

export type OnSpotCheck =
  | { ok: true; basis: string }
  | { ok: false; reason: string; basis: string; rule: typeof ON_SPOT_RULE };

function yuanText(fen: number): string {
  const cents = fen % 100;
  return cents === 0
    ? `${Math.trunc(fen / 100)} 元`
    : `${Math.trunc(fen / 100)}.${String(cents).padStart(2, '0')} 元`;
}

function refuse(reason: string, basis: string): OnSpotCheck {
  return { ok: false, reason, basis, rule: ON_SPOT_RULE };
}

/**
 * Whether an officer may collect this fine on the spot on the ground given.
 * @throws Error when the amount is not a positive integer number of fen or the ground is unknown (programming errors)
 */
export function checkOnSpotCollection(i: OnSpotInput): OnSpotCheck {
  if (!Number.isSafeInteger(i.amountFen) || i.amountFen <= 0)
    throw new Error(`amountFen must be a positive integer, got ${i.amountFen}`);
  const reason = i.reason?.trim() ?? '';
  switch (i.ground) {
    case 'small_amount':
    case 'hard_to_collect':
      if (i.procedure !== 'simple')
        return refuse(
          '普通程序作出的罚款决定不得当场收缴（仅边远、水上、交通不便地区经当事人提出的除外）',
          SEPARATION_BASIS,
        );
      if (i.ground === 'small_amount') {
        if (i.amountFen > ON_SPOT_SMALL_LIMIT_FEN)
          return refuse(
            `罚款 ${yuanText(i.amountFen)} 超过 100 元，不能以「依法给予一百元以下罚款」为由当场收缴，` +
              '应由当事人到指定的银行或者通过电子支付系统缴纳',
            ON_SPOT_BASIS.small_amount,
          );
        return { ok: true, basis: ON_SPOT_BASIS.small_amount };
      }
      if (!reason)
        return refuse(
          '以「不当场收缴事后难以执行」为由当场收缴的，须记录事后难以执行的具体情形',
          ON_SPOT_BASIS.hard_to_collect,
        );
      return { ok: true, basis: ON_SPOT_BASIS.hard_to_collect };
    case 'remote_area':
      if (i.partyRequested !== true)
        return refuse(
          '在边远、水上、交通不便地区当场收缴罚款须经当事人提出（当事人到指定的银行或者通过电子支付系统缴纳确有困难）',
          ON_SPOT_BASIS.remote_area,
        );
      if (!reason)
        return refuse(
          '在边远、水上、交通不便地区当场收缴的，须记录收缴地点及当事人到银行或者通过电子支付系统缴纳确有困难的情形',
          ON_SPOT_BASIS.remote_area,
        );
      return { ok: true, basis: ON_SPOT_BASIS.remote_area };
    default: {
      const unknown: never = i.ground;
      throw new Error(`unknown on-the-spot ground: ${String(unknown)}`);
    }
  }
}
