/**
 * Who may do what to a fine (pure). 罚缴分离 (行政处罚法 第六十七条第一款; 国务院令第235号 第三条): payments are
 * recorded or confirmed only by finance, and never by anyone who handled or decided the case; the handlers demand
 * payment and apply to court; the 负责人 approve deferrals and terminate execution.
 */
import type { FineAbilities, FineStage } from '../../../common/contracts/execution.js';
import type { Role } from '../../../common/roles.js';

export interface FinePolicyActor {
  userId: string;
  roles: readonly Role[];
}

export interface FineFacts {
  stage: FineStage;
  outstandingFen: number;
  procedure: 'simple' | 'ordinary';
  /** Officers now on the case (they act for the bureau on this fine). */
  handlerIds: readonly string[];
  /** Everyone who ever handled, created or approved the decision of the case. */
  involvedIds: readonly string[];
  pendingSchedule: boolean;
  openChallenge: boolean;
  /** A 催告书 issued and not yet recorded as delivered. */
  undeliveredDemand: boolean;
  demandDelivered: boolean;
  /** A court application without a ruling / with a granted ruling and no outcome. */
  courtAwaitingRuling: boolean;
  courtAwaitingOutcome: boolean;
  overdue: boolean;
}

const OPEN: readonly FineStage[] = ['due', 'demanded', 'court_applied', 'court_granted'];

export function isOpen(stage: FineStage): boolean {
  return OPEN.includes(stage);
}

/** 罚缴分离: whether this person is barred from recording or confirming payments of the fine. */
export function separationBarred(actor: FinePolicyActor, facts: Pick<FineFacts, 'involvedIds'>): boolean {
  return facts.involvedIds.includes(actor.userId);
}

export function fineAbilities(actor: FinePolicyActor, f: FineFacts): FineAbilities {
  const finance = actor.roles.includes('finance') && !separationBarred(actor, f);
  const handler =
    f.handlerIds.includes(actor.userId) && actor.roles.some((r) => r === 'officer' || r === 'section_head');
  const approver =
    actor.roles.some((r) => r === 'leader' || r === 'principal') && !f.handlerIds.includes(actor.userId);
  const open = isOpen(f.stage) && f.outstandingFen > 0;
  return {
    recordPayment: finance && open,
    collectOnSpot: handler && open,
    applySchedule: handler && open && !f.pendingSchedule && (f.stage === 'due' || f.stage === 'demanded'),
    decideSchedule: approver && f.pendingSchedule,
    recordChallenge: handler && open && !f.openChallenge,
    // The result of a 复议 or 诉讼 in progress (a reversal opens a fault lead, System 1); also once paid.
    endChallenge: handler && f.openChallenge,
    issueDemand:
      handler && open && f.overdue && !f.openChallenge && !f.undeliveredDemand && f.stage !== 'court_applied',
    recordDemandDelivery: handler && f.undeliveredDemand,
    applyCourt: handler && open && f.stage === 'demanded' && f.demandDelivered && !f.openChallenge,
    recordRuling: handler && f.courtAwaitingRuling,
    recordOutcome: handler && f.courtAwaitingOutcome,
    terminate: approver && isOpen(f.stage),
  };
}
