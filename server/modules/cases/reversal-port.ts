/**
 * A case's act reversed in 行政复议 or 行政诉讼 (撤销, 变更, 确认违法, 确认无效). The module that records the
 * result (execution, for a fine's challenge) reports it here inside its transaction; the fault module (System 1)
 * observes it and opens a fault lead for 纪检 to triage (legal-spec §3.3, §3.9). Like the closing gates, the
 * observer registers itself when its index is loaded.
 */
import type { AuditContext } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';

export interface CaseReversal {
  caseId: string;
  kind: 'reconsideration' | 'litigation';
  result: string;
  resultLabel: string;
  endedOn: string;
  outcome: string;
  /** The record of the challenge, for the lead to link to. */
  challengeId: string;
}

export type ReversalObserver = (tx: Tx, event: CaseReversal, ctx: AuditContext) => Promise<void>;

const observers: ReversalObserver[] = [];

export function registerReversalObserver(o: ReversalObserver): void {
  if (!observers.includes(o)) observers.push(o);
}

export async function notifyCaseReversed(tx: Tx, event: CaseReversal, ctx: AuditContext): Promise<void> {
  for (const o of observers) await o(tx, event, ctx);
}
