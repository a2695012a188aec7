/**
 * Who may do what with a hearing, now (pure). The legal gates (dates, members, the one postponement) are checked by
 * the commands, which refuse with the rule and its basis.
 */
import {
  HEARING_ACTIONS,
  type HearingAbilities,
  type HearingStage,
} from '../../../common/contracts/hearings.js';
import type { Role } from '../../../common/roles.js';

export interface HearingPolicyActor {
  userId: string;
  roles: readonly Role[];
}

export interface HearingFacts {
  stage: HearingStage;
  chairId: string | null;
  clerkId: string | null;
  officerIds: readonly string[];
  /** The case's current officers (its handlers). */
  caseOfficerIds: readonly string[];
  /** The actor may see the case (its page and file). */
  caseVisible: boolean;
  agents: number;
  postponements: number;
  /** Targets of recusal requests not yet decided. */
  pendingRecusalTargets: readonly string[];
}

/** Maximum agents (第六十四条第五项) and postponements (2015 办法, 法-R). */
export const MAX_AGENTS = 2;
export const MAX_POSTPONEMENTS = 1;

const ARRANGERS: readonly Role[] = ['legal_reviewer', 'leader', 'principal'];
const HEADS: readonly Role[] = ['leader', 'principal'];
const OPEN: readonly HearingStage[] = ['requested', 'arranged', 'notified', 'postponed'];

export function isArranger(actor: HearingPolicyActor): boolean {
  return actor.roles.some((r) => ARRANGERS.includes(r));
}

export function isMember(
  actor: HearingPolicyActor,
  f: Pick<HearingFacts, 'chairId' | 'clerkId' | 'officerIds'>,
) {
  return actor.userId === f.chairId || actor.userId === f.clerkId || f.officerIds.includes(actor.userId);
}

/** A hearing is seen by whoever sees its case, by its members, and by those who arrange hearings. */
export function canSeeHearing(actor: HearingPolicyActor, f: HearingFacts): boolean {
  return f.caseVisible || isMember(actor, f) || isArranger(actor);
}

export function hearingAbilities(actor: HearingPolicyActor, f: HearingFacts): HearingAbilities {
  const a = Object.fromEntries(HEARING_ACTIONS.map((k) => [k, false])) as HearingAbilities;
  const arranger = isArranger(actor);
  const handler =
    f.caseOfficerIds.includes(actor.userId) &&
    actor.roles.some((r) => r === 'officer' || r === 'section_head');
  const chair = actor.userId === f.chairId;
  const s = f.stage;
  const undecided = f.pendingRecusalTargets.length > 0;
  // An undecided recusal request holds the arrangement, the notice and the hearing until a 负责人 decides it.
  a.arrange = arranger && (s === 'requested' || s === 'arranged' || s === 'postponed') && !undecided;
  a.addAgent = (arranger || handler) && OPEN.includes(s) && f.agents < MAX_AGENTS;
  a.requestRecusal = (arranger || handler || chair) && (s === 'arranged' || s === 'notified');
  // Only while the hearing is open: a reported or terminated hearing is frozen (its recusals too), so a request
  // left undecided when the party withdrew cannot be decided any more.
  a.decideRecusal =
    actor.roles.some((r) => HEADS.includes(r)) &&
    OPEN.includes(s) &&
    f.pendingRecusalTargets.length > 0 &&
    !f.pendingRecusalTargets.includes(actor.userId);
  a.notify = (arranger || handler) && s === 'arranged' && f.pendingRecusalTargets.length === 0;
  a.postpone = arranger && (s === 'arranged' || s === 'notified') && f.postponements < MAX_POSTPONEMENTS;
  a.record =
    (chair || actor.userId === f.clerkId) && s === 'notified' && f.pendingRecusalTargets.length === 0;
  a.terminate = (chair || arranger) && OPEN.includes(s);
  a.report = chair && s === 'held';
  return a;
}
