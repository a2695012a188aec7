/**
 * Who may sit in a hearing (行政处罚法 第六十四条第四项): the chair is not one of the case's investigators; the
 * party may ask for the recusal of the chair (and, by the same reasoning, of the hearing officers and the clerk).
 * The bureau's rule here [推, legal-spec §8.7] also keeps out whoever approved the case's filing, and applies the
 * investigator bar to the hearing officers. Pure.
 */
import type { HearingRole } from '../../../../common/contracts/hearings.js';
import type { Refusal } from '../../../../common/contracts/personnel.js';

const LAW = '《中华人民共和国行政处罚法》';

export interface CaseMembersFacts {
  /** Everyone who was ever an officer of the case (removed ones included: they investigated). */
  investigatorIds: readonly string[];
  /** Whoever approved the filing (立案审批), at any level. */
  filingApproverIds: readonly string[];
  /** Members whose recusal the 负责人 granted for this hearing. */
  recusedIds: readonly string[];
}

/** Why this person may not sit in this role, or null. */
export function memberExclusion(userId: string, role: HearingRole, facts: CaseMembersFacts): Refusal | null {
  if (facts.recusedIds.includes(userId))
    return {
      rule: 'hearing.recusal-granted',
      reason: '该人员已被决定回避，不得参加本案听证',
      basis: `${LAW}第六十四条第四项`,
    };
  if (role === 'clerk') return null;
  if (facts.investigatorIds.includes(userId))
    return {
      rule: 'hearing.chair-not-investigator',
      reason: `本案调查人员不得担任听证${role === 'chair' ? '主持人' : '员'}`,
      basis: `${LAW}第六十四条第四项`,
    };
  if (facts.filingApproverIds.includes(userId))
    return {
      rule: 'hearing.chair-not-filing-approver',
      reason: `批准本案立案的负责人不得担任听证${role === 'chair' ? '主持人' : '员'}`,
      basis: `${LAW}第六十四条第四项（本局规则：审批立案者视同参与调查）`,
    };
  return null;
}

export interface Arrangement {
  chairId: string;
  officerIds: readonly string[];
  clerkId: string;
}

/** The first reason the arrangement is unlawful, naming the person; null when it holds. */
export function checkArrangement(
  a: Arrangement,
  facts: CaseMembersFacts,
  names: ReadonlyMap<string, string>,
): Refusal | null {
  const all = [a.chairId, ...a.officerIds, a.clerkId];
  if (new Set(all).size !== all.length)
    return {
      rule: 'hearing.members-distinct',
      reason: '主持人、听证员、书记员不得由同一人兼任',
      basis: `${LAW}第六十四条第四项`,
    };
  const roles: [string, HearingRole][] = [
    [a.chairId, 'chair'],
    ...a.officerIds.map((id) => [id, 'officer'] as [string, HearingRole]),
    [a.clerkId, 'clerk'],
  ];
  for (const [id, role] of roles) {
    const r = memberExclusion(id, role, facts);
    if (r) return { ...r, reason: `${names.get(id) ?? '该人员'}：${r.reason}` };
  }
  return null;
}
