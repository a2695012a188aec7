/**
 * What a 认定 must hold (legal-spec §3.9): at least one 第五条 type, the basis of an "其他" fault, at least one
 * liable person each with a rule, and a written reason where the shares differ from the 第九条 proposal. Pure.
 */
import type { FaultType, LiabilityRuleCode } from '../../../../common/contracts/fault.js';
import type { LiabilityShare } from './allocation.js';

export interface FindingDraft {
  faultTypes: readonly FaultType[];
  otherBasis?: string | undefined;
  liabilities: readonly { personId: string; role: string; level: string; rule: LiabilityRuleCode }[];
  overrideReason?: string | undefined;
}

const key = (s: { personId: string; role: string; level: string; rule: string }) =>
  `${s.personId}|${s.role}|${s.level}|${s.rule}`;

/** Whether the investigators' shares are the proposal (same persons, roles, levels and rules). */
export function matchesProposal(
  liabilities: FindingDraft['liabilities'],
  proposal: readonly LiabilityShare[],
): boolean {
  const a = liabilities.map(key).sort();
  const b = proposal.map(key).sort();
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function findingRefusals(d: FindingDraft, proposal: readonly LiabilityShare[]): string[] {
  const out: string[] = [];
  if (!d.faultTypes.length) out.push('请至少选择一项过错情形（第五条）');
  if (d.faultTypes.includes('F11') && !d.otherBasis)
    out.push('认定“其他行政执法过错”的，须写明所违反的法律、法规或规章条款');
  if (!d.liabilities.length) out.push('请至少认定一名责任人员');
  const persons = d.liabilities.map((l) => l.personId);
  if (new Set(persons).size !== persons.length) out.push('同一人员只能认定一种责任');
  if (d.liabilities.some((l) => l.rule === 'manual') && !d.overrideReason)
    out.push('未按第九条规则认定的责任，须书面说明理由');
  if (!matchesProposal(d.liabilities, proposal) && !d.overrideReason)
    out.push('责任划分与系统依第九条提出的建议不同，须书面说明改变的理由');
  if (d.overrideReason && d.overrideReason.length < 10) out.push('改变建议的理由不少于10字');
  return out;
}
