/**
 * Vocabulary of the penalty catalogue: who can be a party, which penalties exist, how the discretion baseline
 * (裁量基准, 《中华人民共和国行政处罚法》第三十四条) is banded, and the grounds of 法制审核.
 * Identifiers are English; every label shown to people is Chinese.
 */

import type { BAND_LEVEL_LABELS, PartyKind, PenaltyKind } from '../../../../common/contracts/cases.js';
import type { EnforcementCategory } from '../../../../common/contracts/personnel.js';

/*
 * The enumerations shared with the SPA live in common/contracts (common may not import the server): this file
 * re-exports them so that the catalogue has one vocabulary, and adds what only the server needs.
 *
 * - PartyKind: `individual_business` (个体工商户) is listed apart because the statutes do not place it consistently:
 *   civil law counts it among natural persons, safety rules count it as a 生产经营单位; each rule that depends on
 *   the kind says which reading it takes.
 * - PenaltyKind: the categories of 《中华人民共和国行政处罚法》第九条 an 应急管理 bureau imposes itself. 行政拘留
 *   (第九条第五项) is left out: the public security organ decides it (《中华人民共和国安全生产法》第一百一十五条).
 *   责令停产停业整顿 and 责令停止建设 (安全生产法 第九十八条) are recorded as `order_suspension`.
 */
export {
  AMOUNT_PENALTY_KINDS,
  AV_STEP_LABELS,
  AV_STEPS,
  PARTY_KIND_LABELS,
  PARTY_KINDS,
  PENALTY_KIND_LABELS,
  PENALTY_KINDS,
  type AvStep,
  type PartyKind,
  type PenaltyKind,
} from '../../../../common/contracts/cases.js';

/** A 生产经营单位 in the catalogue's sense: the parties that the unit-level penalty articles reach. */
export const BUSINESS_PARTY_KINDS = [
  'legal_person',
  'unincorporated',
  'individual_business',
] as const satisfies readonly PartyKind[];

export { BAND_LEVEL_LABELS } from '../../../../common/contracts/cases.js';

/** Discretion levels (轻微 / 一般 / 较重 / 严重), lightest first: the order of the bands in every entry. */
export const BAND_LEVELS = [
  'minor',
  'general',
  'serious',
  'especially_serious',
] as const satisfies readonly (keyof typeof BAND_LEVEL_LABELS)[];
export type BandLevel = (typeof BAND_LEVELS)[number];

/**
 * One band of the discretion baseline for a violation. Bands are always a proposed baseline ([推]): the bureau
 * sets and publishes its own (行政处罚法 第三十四条).
 *
 * Fine convention: `fineMinFen`/`fineMaxFen` are both null when the band imposes no fine; a minimum of 0 means
 * the band sets no floor ("X元以下"), but a fine that is imposed is still a positive amount.
 */
export interface DiscretionBand {
  level: BandLevel;
  /** 情形: the concrete circumstances that put a case in this band, in Chinese. */
  circumstances: string;
  fineMinFen: number | null;
  fineMaxFen: number | null;
  /** Penalties imposed in this band besides the fine, e.g. 责令停产停业整顿 after a failed correction. */
  otherPenalties: PenaltyKind[];
  note?: string;
}

/** The 执法类别 a violation belongs to (the officer certificate's categories). */
export type ViolationCategory = EnforcementCategory;
export { CATEGORY_LABELS as VIOLATION_CATEGORY_LABELS } from '../../../../common/contracts/personnel.js';

/**
 * What the penalty article allows, across all its stages (first finding and 逾期未改正/拒不执行). Same fine
 * convention as `DiscretionBand`: both null = the article provides no fixed-amount fine for this party.
 */
export interface StatutoryRange {
  fineMinFen: number | null;
  fineMaxFen: number | null;
  kinds: PenaltyKind[];
  /**
   * The article's own words. A long article is quoted in parts joined by '……', each part verbatim from the
   * statute text (the catalogue test checks this against laws/).
   */
  text: string;
}

/** One 违法行为 of the catalogue with its legal basis and its proposed discretion bands. */
export interface ViolationType {
  /** Stable id: law short code - article - item ('AQSCF-97-3'); '-K2' is 第二款, a '-P' suffix the persons fined. */
  code: string;
  name: string;
  category: ViolationCategory;
  /** The duty breached, e.g. 《中华人民共和国安全生产法》第二十八条第一款. */
  violatedProvision: string;
  /** The article that sets the penalty, e.g. 《中华人民共和国安全生产法》第九十七条第三项. */
  penaltyProvision: string;
  statutoryRange: StatutoryRange;
  /** Whether the article orders correction (责令限期改正 / 责令改正 / 责令消除) before or with the penalty. */
  correctionOrder: boolean;
  /** 2-4 bands, lightest first, each within `statutoryRange`. */
  bands: DiscretionBand[];
  appliesTo: PartyKind[];
  /**
   * '法-V': the provisions and the statutory range were checked against the statute text in laws/. The bands
   * themselves are always [推].
   */
  sourceTag: '法-V' | '推';
  note?: string;
}

/** Circumstances of a case that trigger 法制审核 under 《中华人民共和国行政处罚法》第五十八条第一款. */
export const LEGAL_REVIEW_FLAGS = [
  'major_public_interest',
  'major_rights_after_hearing',
  'complex',
  'other_law',
] as const;
export type LegalReviewFlag = (typeof LEGAL_REVIEW_FLAGS)[number];

export const LEGAL_REVIEW_FLAG_LABELS: Record<LegalReviewFlag, string> = {
  major_public_interest: '涉及重大公共利益',
  major_rights_after_hearing: '直接关系当事人或者第三人重大权益，经过听证程序',
  complex: '案件情况疑难复杂、涉及多个法律关系',
  other_law: '法律、法规规定应当进行法制审核的其他情形',
};
