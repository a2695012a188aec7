/**
 * Checks a higher module asks for before a case is closed (结案) or archived (归档). The interference register
 * (System 10) requires every handler to declare 有/无 内部人员过问 first; it registers its gate here when its index
 * is loaded, as the execution module registers its port (ADR 0007, ADR 0008). The execution module's closing and
 * archiving commands call `closingRefusal` inside their transactions.
 */
import type { ErrorCode } from '../../../common/errors.js';
import type { Db, Tx } from '../../platform/db/database.js';
import type { CaseRow } from './cases.schema.js';

export type ClosingStep = 'close' | 'archive';

export interface ClosingRefusal {
  code: ErrorCode;
  message: string;
  basis: string;
  rule: string;
}

export type ClosingGate = (
  db: Db | Tx,
  lawCase: CaseRow,
  step: ClosingStep,
) => Promise<ClosingRefusal | null>;

const gates: ClosingGate[] = [];

export function registerClosingGate(gate: ClosingGate): void {
  if (!gates.includes(gate)) gates.push(gate);
}

/** The first refusal of the registered gates, or null when the case may be closed (or archived). */
export async function closingRefusal(
  db: Db | Tx,
  lawCase: CaseRow,
  step: ClosingStep,
): Promise<ClosingRefusal | null> {
  for (const gate of gates) {
    const r = await gate(db, lawCase, step);
    if (r) return r;
  }
  return null;
}
