/**
 * 第六条 (no liability), 第七条 (lighter or none) and 第八条 (heavier) per person, as the investigators claim
 * them with their evidence (legal-spec §3.5):
 * - E2 (集体讨论、审议、会签) needs the case's record of it, and never shields a person who misreported to the
 *   meeting (第九条第一项 overrides);
 * - a member who recorded dissent in that record is suggested E2 by the system;
 * - with an exemption and an aggravation together, E1 and E3 win, E2 needs the investigators' written resolution
 *   (需人工认定), E4 is weighed by them the same way.
 * Pure.
 */
import { GROUND_CODE_LABELS, groundKindOf, type GroundCode } from '../../../../common/contracts/fault.js';

export interface ClaimedGround {
  personId: string;
  code: GroundCode;
}
export interface GroundFacts {
  hasCollectiveRecord: boolean;
  misreportedBy: readonly string[];
  liable: readonly string[];
}
export type Treatment = 'exempt' | 'lighter' | 'heavier' | 'normal' | 'manual';

export function groundRefusals(
  grounds: readonly ClaimedGround[],
  f: GroundFacts,
  nameOf: (id: string) => string,
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const g of grounds) {
    const key = `${g.personId}:${g.code}`;
    if (seen.has(key)) out.push(`${nameOf(g.personId)}的“${GROUND_CODE_LABELS[g.code]}”重复`);
    seen.add(key);
    if (!f.liable.includes(g.personId))
      out.push(`${nameOf(g.personId)}不在认定的责任人员之中，不能为其认定情节`);
    if (g.code === 'E2' && !f.hasCollectiveRecord)
      out.push('案件没有集体讨论、审议或会签记录，不能认定“经过集体讨论、审议、会签同意”（第六条第二项）');
    if (g.code === 'E2' && f.misreportedBy.includes(g.personId))
      out.push(
        `${nameOf(g.personId)}汇报事实有误、隐瞒或提供虚假证据，不适用集体讨论免责（第九条第一项优先）`,
      );
  }
  return out;
}

/** The person's treatment, and whether the investigators must resolve a conflict in writing. */
export function treatmentOf(codes: readonly GroundCode[]): { treatment: Treatment; conflict: boolean } {
  const kinds = new Set(codes.map(groundKindOf));
  const heavier = kinds.has('aggravation');
  if (kinds.has('exemption')) {
    if (!heavier) return { treatment: 'exempt', conflict: false };
    // E1 (the party's cause) and E3 (force majeure) take the fault away; E2 and E4 must be weighed.
    if (codes.includes('E1') || codes.includes('E3')) return { treatment: 'exempt', conflict: false };
    return { treatment: 'manual', conflict: true };
  }
  if (heavier && kinds.has('mitigation')) return { treatment: 'manual', conflict: true };
  if (heavier) return { treatment: 'heavier', conflict: false };
  if (kinds.has('mitigation')) return { treatment: 'lighter', conflict: false };
  return { treatment: 'normal', conflict: false };
}
