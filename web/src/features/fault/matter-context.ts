import { createContext, useContext } from 'react';
import type { MatterView, PersonOutcome } from '../../../../common/contracts/fault';

export type Inquiry = MatterView['inquiries'][number];
export type Review = MatterView['reviews'][number];
export type Appeal = MatterView['appeals'][number];
export type MatterEventRow = MatterView['history'][number];

/** The modals of the matter page; each one is a single request of the fault API. */
export type MatterModal =
  | { kind: 'triage' }
  | { kind: 'subjects' }
  | { kind: 'inquiry' }
  | { kind: 'inform'; person: PersonOutcome }
  | { kind: 'statement'; person: PersonOutcome }
  | { kind: 'decision' }
  | { kind: 'notice'; person: PersonOutcome }
  | { kind: 'reviewApplication' }
  | { kind: 'reviewDecision'; review: Review }
  | { kind: 'appeal' }
  | { kind: 'appealOutcome'; appeal: Appeal }
  | { kind: 'close' };

export interface MatterContextValue {
  m: MatterView;
  /** The logged-in user's id: the accused's own statement, review application and appeal are his. */
  meId: string | null;
  open: (modal: MatterModal) => void;
}

export const MatterContext = createContext<MatterContextValue | null>(null);

export function useMatterContext(): MatterContextValue {
  const v = useContext(MatterContext);
  if (!v) throw new Error('useMatterContext outside MatterPage');
  return v;
}

/** Whether the caller may act for this person on his own behalf (selfService) or as 纪检 (`staff`). */
export function mayActFor(ctx: MatterContextValue, personId: string, staff: boolean): boolean {
  return staff || (ctx.m.abilities.selfService && ctx.meId === personId);
}
