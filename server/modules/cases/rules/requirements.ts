import type { AvStep, Penalty, PartyKind } from '../../../../common/contracts/cases.js';
import type { Refusal } from '../../../../common/contracts/personnel.js';
import {
  collectiveDiscussionRequired,
  hearingEligible,
  legalReviewRequired,
  withinBand,
  type ProposedPenalty,
} from '../catalogue/penalty.js';
import type { CaseSettings } from '../catalogue/settings-defaults.js';
import type { DiscretionBand, LegalReviewFlag } from '../catalogue/types.js';

/** A contract penalty (nullable amounts) as the pure helpers take it. */
export function proposed(p: Penalty | null | undefined): ProposedPenalty {
  return {
    items: (p?.items ?? []).map((i) => ({
      kind: i.kind,
      ...(i.amountFen !== null && i.amountFen !== undefined ? { amountFen: i.amountFen } : {}),
      ...(i.note ? { note: i.note } : {}),
    })),
  };
}

export interface CaseFlagsInput {
  majorPublicInterest: boolean;
  majorRights: boolean;
  complex: boolean;
  otherLaw: boolean;
}

export function reviewFlags(f: CaseFlagsInput): LegalReviewFlag[] {
  const out: LegalReviewFlag[] = [];
  if (f.majorPublicInterest) out.push('major_public_interest');
  if (f.majorRights) out.push('major_rights_after_hearing');
  if (f.complex) out.push('complex');
  if (f.otherLaw) out.push('other_law');
  return out;
}

/**
 * The party kind the thresholds are measured against: the strictest (lowest threshold) of the parties, so that a
 * case with a natural person and a company offers the hearing whenever either would get it.
 */
export function thresholdPartyKind(kinds: readonly PartyKind[]): PartyKind {
  if (kinds.includes('natural')) return 'natural';
  if (kinds.includes('individual_business')) return 'individual_business';
  if (kinds.includes('unincorporated')) return 'unincorporated';
  return 'legal_person';
}

/** Whether the proposed penalty lies outside the chosen discretion bands (第三十四条). */
export function outsideBands(penalty: ProposedPenalty, bands: readonly (DiscretionBand | null)[]): string[] {
  const reasons: string[] = [];
  for (const b of bands) {
    if (!b) continue;
    const r = withinBand(b, penalty);
    if (!r.within) reasons.push(...r.reasons);
  }
  return reasons;
}

export interface RequirementsInput {
  penalty: ProposedPenalty;
  partyKinds: readonly PartyKind[];
  flags: CaseFlagsInput;
  hadHearing: boolean;
  bands: readonly (DiscretionBand | null)[];
  settings: CaseSettings;
}

/** 听证 (第六十三条), 法制审核 (第五十八条) and 集体讨论 (第五十七条第二款) for the current proposal. */
export function caseRequirements(input: RequirementsInput) {
  const kind = thresholdPartyKind(input.partyKinds);
  const flags = reviewFlags(input.flags);
  const outside = outsideBands(input.penalty, input.bands);
  const hearing = hearingEligible(input.penalty, kind, input.settings);
  const legal = legalReviewRequired(input.penalty, kind, flags, input.hadHearing, input.settings);
  const grounds = [...legal.grounds];
  if (input.hadHearing && input.settings.legalReview.afterHearing && !grounds.some((g) => g.includes('听证')))
    grounds.push(
      '经过听证程序的案件（本局法制审核目录清单；《中华人民共和国行政处罚法》第五十八条第一款第二项）',
    );
  const collective = collectiveDiscussionRequired(
    input.penalty,
    kind,
    flags,
    input.settings,
    outside.length > 0,
  );
  return {
    hearing: { eligible: hearing.eligible, grounds: hearing.grounds },
    legalReview: { required: grounds.length > 0, grounds },
    collective: { required: collective.required, grounds: collective.grounds },
    outsideBand: outside,
  };
}

export interface AvOccurrence {
  step: AvStep;
  detail: string;
}

/**
 * The 音像记录事项清单 check: every step on the list that happened in the case needs an audio/video file attached
 * to evidence of that step. Returns the missing ones (listed before legal review, 行政处罚法 第四十七条).
 */
export function missingAvRecords(
  required: readonly { step: AvStep; label: string; basis: string }[],
  occurred: readonly AvOccurrence[],
  withAv: ReadonlySet<AvStep>,
): { step: string; label: string; detail: string }[] {
  const out: { step: string; label: string; detail: string }[] = [];
  for (const r of required) {
    const hits = occurred.filter((o) => o.step === r.step);
    if (!hits.length || withAv.has(r.step)) continue;
    out.push({
      step: r.step,
      label: r.label,
      detail: `${hits.map((h) => h.detail).join('；')}：未附音像记录（${r.basis}）`,
    });
  }
  return out;
}

/** A refusal as the contract carries it. */
export function refusal(rule: string, reason: string, basis: string): Refusal {
  return { rule, reason, basis };
}

/**
 * A penalty the violated provisions do not allow: a kind none of the penalty provisions provides, or a fine
 * above the sum of their maxima (each violation is punished within its own range, 行政处罚法 第四条、第三十四条).
 * Returns the reasons (empty: within the statutory range).
 */
export function beyondStatutoryRange(
  penalty: ProposedPenalty,
  ranges: readonly { name: string; kinds: readonly string[]; fineMaxFen: number | null }[],
): string[] {
  if (!ranges.length) return [];
  const out: string[] = [];
  const allowed = new Set(ranges.flatMap((r) => r.kinds));
  for (const i of penalty.items)
    if (!allowed.has(i.kind)) out.push(`所认定违法行为的处罚依据未规定「${i.kind}」这一处罚种类`);
  const maxima = ranges.map((r) => r.fineMaxFen);
  const fine = penalty.items.filter((i) => i.kind === 'fine').reduce((s, i) => s + (i.amountFen ?? 0), 0);
  if (fine > 0 && maxima.every((m) => m !== null)) {
    const cap = maxima.reduce<number>((s, m) => s + (m ?? 0), 0);
    if (fine > cap)
      out.push(`拟罚款 ${(fine / 100).toFixed(2)} 元，超过处罚依据规定的上限 ${(cap / 100).toFixed(2)} 元`);
  }
  return out;
}
