import type { CaseSettings } from './settings-defaults.js';
import type { DiscretionBand, LegalReviewFlag, PartyKind, PenaltyKind, ViolationType } from './types.js';
import { LEGAL_REVIEW_FLAG_LABELS, PARTY_KIND_LABELS, PENALTY_KIND_LABELS } from './types.js';

/**
 * Pure predicates over a proposed penalty: is it harsher than what was noticed, does it give a right to a hearing,
 * does it need 法制审核 or 集体讨论, may it be decided on the spot, and does it fit a discretion band. No clock and
 * no database: the caller passes the settings version in force on the day of the step.
 */

export interface ProposedPenaltyItem {
  kind: PenaltyKind;
  /** Integer fen: the fine, the illegal gains confiscated, or the value of the property confiscated. */
  amountFen?: number;
  note?: string;
}

export interface ProposedPenalty {
  items: ProposedPenaltyItem[];
}

export interface Finding {
  /** The answer is yes when at least one ground is given. */
  grounds: string[];
}

const PUNISHMENT = '《中华人民共和国行政处罚法》';

/** A heavier penalty than the one in the 告知书 needs a new notice (and may never result from the defence). */
export const HARSHER_THAN_NOTICE = {
  id: 'penalty.harsher-than-notice',
  basis: `${PUNISHMENT}第四十四条、第四十五条第二款、第六十二条`,
} as const;

/**
 * Simple procedure (当场处罚), 第五十一条: only a warning and/or a fine up to 200 yuan for a 公民 and 3,000 yuan for
 * a 法人或者其他组织. These are statutory constants, not settings.
 *
 * 个体工商户 gets the 公民 limit. Civil law places it among natural persons (《中华人民共和国民法典》第五十四条
 * 「自然人从事工商业经营，经依法登记，为个体工商户」 [法-R, not in laws/]), and in litigation its registered operator
 * is the party (《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》第十五条 [法-V]). It is not a 法人, and whether it
 * is an 「其他组织」 is disputed; the lower limit is the safe reading, because an ordinary-procedure decision for a
 * 3,000-yuan fine is never unlawful while a wrongly used simple procedure is a procedural defect.
 */
export const SIMPLE_PROCEDURE_LIMIT = {
  id: 'penalty.simple-procedure-limit',
  basis: `${PUNISHMENT}第五十一条`,
  kinds: ['warning', 'fine'] as readonly PenaltyKind[],
  fineLimitFen: {
    natural: 20_000,
    individual_business: 20_000,
    legal_person: 300_000,
    unincorporated: 300_000,
  } satisfies Record<PartyKind, number>,
  individualBusinessBasis:
    '个体工商户按公民标准（二百元）：《中华人民共和国民法典》第五十四条将个体工商户规定在「自然人」一章；行政诉讼中以登记的经营者为原告（行诉解释第十五条）',
} as const;

/** Fen as a yuan text for messages: 20000 → '200元', 20001 → '200.01元'. */
export function formatYuan(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const cents = Math.abs(fen % 100);
  return cents === 0 ? `${yuan}元` : `${yuan}.${String(cents).padStart(2, '0')}元`;
}

function assertFen(amount: number | undefined): void {
  if (amount !== undefined && !(Number.isSafeInteger(amount) && amount >= 0))
    throw new RangeError(`金额须为以分计的非负整数，收到 ${String(amount)}`);
}

/** The total amount of one kind in a penalty (0 when absent or without amounts). */
export function totalFen(penalty: ProposedPenalty, kind: PenaltyKind): number {
  let sum = 0;
  for (const item of penalty.items) {
    assertFen(item.amountFen);
    if (item.kind === kind) sum += item.amountFen ?? 0;
  }
  return sum;
}

function kindsOf(penalty: ProposedPenalty): Set<PenaltyKind> {
  return new Set(penalty.items.map((i) => i.kind));
}

const label = (kind: PenaltyKind) => `「${PENALTY_KIND_LABELS[kind]}」`;

/**
 * Whether `next` is harsher than the penalty stated in the 告知书 (`noticed`). Kinds are not ranked against each
 * other (a fine is not "lighter" than a warning): any kind added is harsher, and so is a larger total amount of a
 * kind already noticed. Removing a kind or lowering an amount is not. Differences that have no amount (a longer
 * 停产停业 period written in a note) are not detected and need the officer's judgement.
 */
export function isHarsher(
  next: ProposedPenalty,
  noticed: ProposedPenalty,
): { harsher: boolean; reasons: string[] } {
  const reasons: string[] = [];
  const before = kindsOf(noticed);
  for (const kind of kindsOf(next)) {
    if (!before.has(kind)) {
      reasons.push(`增加了告知书中没有的处罚种类${label(kind)}`);
      continue;
    }
    const was = totalFen(noticed, kind);
    const now = totalFen(next, kind);
    if (now > was)
      reasons.push(`${PENALTY_KIND_LABELS[kind]}数额由${formatYuan(was)}提高到${formatYuan(now)}`);
  }
  if (reasons.length > 0)
    reasons.push(`拟作出的处罚重于告知内容，须重新告知并听取陈述、申辩（${HARSHER_THAN_NOTICE.basis}）`);
  return { harsher: reasons.length > 0, reasons };
}

/** Item of 第六十三条第一款 under which a non-fine kind is heard. */
const HEARING_ITEM: Partial<Record<PenaltyKind, string>> = {
  lower_qualification: '第三项',
  revoke_license: '第三项',
  order_suspension: '第四项',
  order_closure: '第四项',
  restrict_employment: '第四项',
};

function thresholdFor(settings: Pick<CaseSettings, 'hearingThresholds'>, partyKind: PartyKind) {
  const row = settings.hearingThresholds.find((t) => t.partyKind === partyKind);
  if (!row) throw new Error(`案件设置缺少「${PARTY_KIND_LABELS[partyKind]}」的听证数额标准`);
  return row;
}

/**
 * Whether the party must be told of a right to a hearing (第六十三条). Amounts are inclusive: a fine equal to the
 * threshold is a 「较大数额罚款」.
 */
export function hearingEligible(
  penalty: ProposedPenalty,
  partyKind: PartyKind,
  settings: Pick<CaseSettings, 'hearingThresholds'> & { hearingPenaltyKinds: readonly PenaltyKind[] },
): { eligible: boolean } & Finding {
  const grounds: string[] = [];
  const t = thresholdFor(settings, partyKind);
  const who = PARTY_KIND_LABELS[partyKind];
  const fine = totalFen(penalty, 'fine');
  if (fine > 0 && fine >= t.fineFen)
    grounds.push(
      `拟罚款${formatYuan(fine)}，达到对${who}「较大数额罚款」标准（${formatYuan(t.fineFen)}以上，含本数）（${PUNISHMENT}第六十三条第一款第一项）`,
    );
  for (const kind of ['confiscate_gains', 'confiscate_property'] as const) {
    const amount = totalFen(penalty, kind);
    if (amount > 0 && amount >= t.confiscationFen)
      grounds.push(
        `拟${PENALTY_KIND_LABELS[kind]}${formatYuan(amount)}，达到较大数额标准（${formatYuan(t.confiscationFen)}以上，含本数）（${PUNISHMENT}第六十三条第一款第二项）`,
      );
  }
  for (const kind of kindsOf(penalty)) {
    if (!settings.hearingPenaltyKinds.includes(kind)) continue;
    const item = HEARING_ITEM[kind];
    grounds.push(
      item
        ? `拟${PENALTY_KIND_LABELS[kind]}（${PUNISHMENT}第六十三条第一款${item}）`
        : `拟${PENALTY_KIND_LABELS[kind]}，本局列为「其他较重的行政处罚」（${PUNISHMENT}第六十三条第一款第五项）`,
    );
  }
  return { eligible: grounds.length > 0, grounds };
}

const REVIEW_ITEM: Record<LegalReviewFlag, string> = {
  major_public_interest: '第一项',
  major_rights_after_hearing: '第二项',
  complex: '第三项',
  other_law: '第四项',
};

/**
 * The amounts and kinds of the 目录清单 or the 重大 standard. `confiscationFen` is optional so that settings stored
 * before it existed (or through a contract without it) still work: the fine figure stands in, as in the defaults.
 */
interface AmountList {
  fineFen: Record<PartyKind, number>;
  confiscationFen?: Record<PartyKind, number>;
  penaltyKinds: readonly PenaltyKind[];
}

/** Amount and kind grounds shared by the 法制审核 目录清单 and the 集体讨论 standard. */
function listGrounds(
  penalty: ProposedPenalty,
  partyKind: PartyKind,
  list: AmountList,
  source: string,
): string[] {
  const grounds: string[] = [];
  const who = PARTY_KIND_LABELS[partyKind];
  const fine = totalFen(penalty, 'fine');
  if (fine > 0 && fine >= list.fineFen[partyKind])
    grounds.push(
      `拟对${who}罚款${formatYuan(fine)}，达到${source}标准（${formatYuan(list.fineFen[partyKind])}以上，含本数）`,
    );
  for (const kind of ['confiscate_gains', 'confiscate_property'] as const) {
    const amount = totalFen(penalty, kind);
    const threshold = (list.confiscationFen ?? list.fineFen)[partyKind];
    if (amount > 0 && amount >= threshold)
      grounds.push(
        `拟${PENALTY_KIND_LABELS[kind]}${formatYuan(amount)}，达到${source}标准（${formatYuan(threshold)}以上，含本数）`,
      );
  }
  for (const kind of kindsOf(penalty))
    if (list.penaltyKinds.includes(kind)) grounds.push(`拟${PENALTY_KIND_LABELS[kind]}，列入${source}`);
  return grounds;
}

/**
 * Whether the decision needs 法制审核 before the 负责人 decides (第五十八条: no decision without it or after a
 * fail). Statutory grounds come from the case flags; the bureau's 目录清单 adds amounts, kinds and every case that
 * went through a hearing. 第五十八条第一款第二项 needs both the flag and a hearing.
 */
export function legalReviewRequired(
  penalty: ProposedPenalty,
  partyKind: PartyKind,
  flags: readonly LegalReviewFlag[],
  hadHearing: boolean,
  settings: {
    legalReview: AmountList & { flags: readonly LegalReviewFlag[]; afterHearing: boolean };
  },
): { required: boolean } & Finding {
  const lr = settings.legalReview;
  const grounds: string[] = [];
  for (const flag of lr.flags) {
    if (!flags.includes(flag)) continue;
    if (flag === 'major_rights_after_hearing' && !hadHearing) continue;
    grounds.push(`${LEGAL_REVIEW_FLAG_LABELS[flag]}（${PUNISHMENT}第五十八条第一款${REVIEW_ITEM[flag]}）`);
  }
  if (hadHearing && lr.afterHearing) grounds.push('案件经过听证程序，列入本局重大执法决定法制审核目录清单');
  grounds.push(...listGrounds(penalty, partyKind, lr, '本局法制审核目录清单'));
  return { required: grounds.length > 0, grounds };
}

/**
 * Whether the 负责人 must decide collectively (第五十七条第二款: 情节复杂或者重大违法行为). "重大" is measured by the
 * bureau's amounts and kinds; a penalty outside the published discretion band is discussed too unless the settings
 * turn that off (`whenOutsideBand` absent counts as on).
 */
export function collectiveDiscussionRequired(
  penalty: ProposedPenalty,
  partyKind: PartyKind,
  flags: readonly LegalReviewFlag[],
  settings: { collectiveDiscussion: AmountList & { whenOutsideBand?: boolean } },
  outsideBand: boolean,
): { required: boolean } & Finding {
  const cd = settings.collectiveDiscussion;
  const basis = `${PUNISHMENT}第五十七条第二款`;
  const grounds: string[] = [];
  if (flags.includes('complex')) grounds.push(`案件情节复杂（${basis}）`);
  if (flags.includes('major_public_interest')) grounds.push(`涉及重大公共利益，属重大违法行为（${basis}）`);
  grounds.push(...listGrounds(penalty, partyKind, cd, '本局重大违法行为').map((g) => `${g}（${basis}）`));
  if (outsideBand && (cd.whenOutsideBand ?? true)) grounds.push('拟在本局公布的裁量基准档次之外作出处罚');
  return { required: grounds.length > 0, grounds };
}

export type SimpleProcedureResult =
  | { ok: true }
  | {
      ok: false;
      reason: string;
      basis: typeof SIMPLE_PROCEDURE_LIMIT.basis;
      rule: typeof SIMPLE_PROCEDURE_LIMIT.id;
    };

/** Whether the penalty may be decided on the spot (简易程序, 第五十一条). */
export function simpleProcedureAllowed(
  penalty: ProposedPenalty,
  partyKind: PartyKind,
): SimpleProcedureResult {
  const refuse = (reason: string): SimpleProcedureResult => ({
    ok: false,
    reason,
    basis: SIMPLE_PROCEDURE_LIMIT.basis,
    rule: SIMPLE_PROCEDURE_LIMIT.id,
  });
  if (penalty.items.length === 0) return refuse('当场处罚须给予警告或者罚款，尚未拟定处罚内容');
  const other = [...kindsOf(penalty)].filter((k) => !SIMPLE_PROCEDURE_LIMIT.kinds.includes(k));
  if (other.length > 0)
    return refuse(`当场处罚只能给予警告或者罚款，拟给予的${other.map(label).join('、')}须适用普通程序`);
  const fine = totalFen(penalty, 'fine');
  if (kindsOf(penalty).has('fine') && fine === 0) return refuse('罚款须填写数额');
  const limit = SIMPLE_PROCEDURE_LIMIT.fineLimitFen[partyKind];
  if (fine > limit) {
    const who =
      partyKind === 'individual_business'
        ? '个体工商户（按公民标准）'
        : partyKind === 'natural'
          ? '公民'
          : '法人或者其他组织';
    return refuse(`对${who}当场罚款不得超过${formatYuan(limit)}，拟罚款${formatYuan(fine)}，须适用普通程序`);
  }
  return { ok: true };
}

/**
 * The bands of a violation whose fine range contains `amountFen` (bounds inclusive, so a shared boundary such as
 * 10万元 falls in both neighbouring bands). 0 means no fine: the bands that impose none. Choosing among several is
 * for the circumstances, not the amount.
 */
export function bandFor(violation: Pick<ViolationType, 'bands'>, amountFen: number): DiscretionBand[] {
  assertFen(amountFen);
  if (amountFen === 0) return violation.bands.filter((b) => b.fineMaxFen === null);
  return violation.bands.filter(
    (b) =>
      b.fineMinFen !== null &&
      b.fineMaxFen !== null &&
      b.fineMinFen <= amountFen &&
      amountFen <= b.fineMaxFen,
  );
}

/**
 * Whether a penalty fits a band: the fine inside its range (or no fine where it has none), and exactly its other
 * penalties. 没收违法所得 is always allowed: it is owed whenever there are gains (第二十八条第二款).
 */
export function withinBand(
  band: DiscretionBand,
  penalty: ProposedPenalty,
): { within: boolean; reasons: string[] } {
  const reasons: string[] = [];
  const kinds = kindsOf(penalty);
  const fine = totalFen(penalty, 'fine');
  if (band.fineMinFen === null || band.fineMaxFen === null) {
    if (fine > 0) reasons.push(`本档次不处罚款，拟罚款${formatYuan(fine)}`);
  } else if (!kinds.has('fine') || fine === 0) {
    reasons.push(
      `本档次应处罚款（${formatYuan(band.fineMinFen)}至${formatYuan(band.fineMaxFen)}），拟未处罚款`,
    );
  } else if (fine < band.fineMinFen) {
    reasons.push(`拟罚款${formatYuan(fine)}，低于本档次下限${formatYuan(band.fineMinFen)}`);
  } else if (fine > band.fineMaxFen) {
    reasons.push(`拟罚款${formatYuan(fine)}，高于本档次上限${formatYuan(band.fineMaxFen)}`);
  }
  for (const kind of kinds)
    if (kind !== 'fine' && kind !== 'confiscate_gains' && !band.otherPenalties.includes(kind))
      reasons.push(`本档次不包括${label(kind)}`);
  for (const kind of band.otherPenalties)
    if (!kinds.has(kind)) reasons.push(`本档次应同时给予${label(kind)}`);
  return { within: reasons.length === 0, reasons };
}
