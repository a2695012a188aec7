/**
 * Who may see and do what with the interference register (第五条、第六条; legal-spec §12.5). Pure: the facts come
 * in as arguments. A register the actor may not see is answered with 404, never 403 (STYLE §5): its existence is
 * itself confidential.
 */
import type { RegisterRoute, RegisterStage } from '../../../common/contracts/interference.js';
import type { Role } from '../../../common/roles.js';

export interface InterferenceActor {
  userId: string;
  roles: readonly Role[];
}

export interface SealedFacts {
  recorderId: string;
  intervenerId: string;
  route: RegisterRoute;
  sealedFrom: readonly string[];
}

/**
 * Visible to its recorder, to the 主要领导 when it was routed to him or her, to 纪检 staff and to the audit
 * administrator; never to the intervener nor anyone in the intervener's line (fixed at submission), whatever
 * their role.
 */
export function canSeeRegister(actor: InterferenceActor, r: SealedFacts): boolean {
  if (actor.userId === r.intervenerId) return false;
  if (actor.userId === r.recorderId) return true;
  if (r.sealedFrom.includes(actor.userId)) return false;
  if (actor.roles.includes('principal') && r.route === 'principal') return true;
  return actor.roles.includes('discipline') || actor.roles.includes('auditadmin');
}

/** The list scope matching canSeeRegister. */
export type RegisterScope =
  | { kind: 'own'; userId: string }
  | { kind: 'principal'; userId: string }
  | { kind: 'oversight'; userId: string; principal: boolean };

export function registerScope(actor: InterferenceActor): RegisterScope {
  if (actor.roles.includes('discipline') || actor.roles.includes('auditadmin'))
    return { kind: 'oversight', userId: actor.userId, principal: actor.roles.includes('principal') };
  if (actor.roles.includes('principal')) return { kind: 'principal', userId: actor.userId };
  return { kind: 'own', userId: actor.userId };
}

export interface RegisterAbilities {
  instruct: boolean;
  verify: boolean;
  conclude: boolean;
  refer: boolean;
  correct: boolean;
  accessLog: boolean;
}

/**
 * - 批示: the 主要领导 on a register routed to him or her; 纪检 on one routed to them (the 主要领导 is the intervener);
 *   once, while awaiting it.
 * - 核查 (verification): 纪检, once the register was referred (or escalated for a late 批示: 纪检 may act then).
 * - 处理结果 and 移送司法机关: 纪检, once the interference is established, each once, in either order.
 * - 更正: the recorder, by a new linked register, while the register has no correction yet.
 * - The access log (who read or exported it): 纪检 and the audit administrator.
 * The audit administrator only inspects.
 */
export function registerAbilities(
  actor: InterferenceActor,
  r: SealedFacts & {
    stage: RegisterStage;
    escalated: boolean;
    corrected: boolean;
    /** Whether an outcome (处理结果) is already recorded. */
    concluded?: boolean;
  },
): RegisterAbilities {
  const none: RegisterAbilities = {
    instruct: false,
    verify: false,
    conclude: false,
    refer: false,
    correct: false,
    accessLog: false,
  };
  if (!canSeeRegister(actor, r)) return none;
  const discipline = actor.roles.includes('discipline');
  const awaiting = r.stage === 'awaiting_instruction';
  return {
    instruct:
      awaiting &&
      ((r.route === 'principal' && actor.roles.includes('principal')) ||
        (r.route === 'discipline' && discipline)),
    verify: discipline && (r.stage === 'referred' || (awaiting && r.escalated)),
    // 第九条: discipline and criminal liability may both follow; the outcome may come before or after a referral.
    conclude: discipline && !r.concluded && (r.stage === 'established' || r.stage === 'judicial'),
    refer: discipline && (r.stage === 'established' || r.stage === 'concluded'),
    correct: actor.userId === r.recorderId && !r.corrected,
    accessLog: discipline || actor.roles.includes('auditadmin'),
  };
}

/** The case officers who may record interference on a case: its handlers and the head of its unit. */
export function canRecordOn(
  actor: InterferenceActor & { unitId: string | null },
  facts: { officers: readonly { userId: string }[]; unitId: string },
): boolean {
  if (!actor.roles.includes('officer') && !actor.roles.includes('section_head')) return false;
  return (
    facts.officers.some((o) => o.userId === actor.userId) ||
    (actor.roles.includes('section_head') && actor.unitId === facts.unitId)
  );
}

/** Who reads the 廉政档案 and 执法档案 of a person (第十一条): 纪检 and the 主要领导. */
export function canReadFiles(actor: InterferenceActor): boolean {
  return actor.roles.includes('discipline') || actor.roles.includes('principal');
}
