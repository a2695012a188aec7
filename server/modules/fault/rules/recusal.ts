/**
 * 回避 of the investigators (legal-spec §3.9 [推]; 《行政机关公务员处分条例》第四十二条): at least two — the rule sets
 * no number; two follows the issue and the enforcement habit of 行政处罚法 第四十二条 (执法人员不得少于两人) —
 * and none of them a person under investigation, nor a handler, reviewer or approver of the original case. Pure.
 */
export interface RecusalFacts {
  subjects: readonly string[];
  /** Everyone on the original case's trail (handlers, section heads, reviewers, approvers, who changed it). */
  trail: readonly string[];
}

export function recusalRefusals(
  investigatorIds: readonly string[],
  facts: RecusalFacts,
  nameOf: (id: string) => string,
): string[] {
  const ids = [...new Set(investigatorIds)];
  const out: string[] = [];
  if (ids.length < 2) out.push('调查人员不得少于二人');
  for (const id of ids) {
    if (facts.subjects.includes(id)) out.push(`${nameOf(id)}是被调查人员，不得参加调查`);
    else if (facts.trail.includes(id)) out.push(`${nameOf(id)}承办、审核或审批过原案件，应当回避`);
  }
  return out;
}
