import type { AuditContext } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import type { CalendarSnapshot } from './calendar.service.js';

/** What changed the calendar, for the audit payloads of the consequences. */
export type CalendarChangeCause =
  | { kind: 'import'; year: number; version: number; title: string; docNo: string }
  | { kind: 'overlay'; action: 'added' | 'updated' | 'removed'; dates: string[] };

export interface CalendarChange {
  before: CalendarSnapshot;
  after: CalendarSnapshot;
  cause: CalendarChangeCause;
  ctx: AuditContext;
}

export interface CalendarChangeResult {
  /** Deadlines whose due date moved. */
  changed: number;
  /** Deadlines recomputed because their period touches a changed day (due moved or not). */
  touched: number;
}

/**
 * Called inside the transaction that changes the calendar, after the new calendar is built and before the
 * change's own audit event. The deadlines module recomputes the open deadlines here, so a calendar change
 * and its consequences commit or roll back together. The calendar module does not import the deadlines
 * module (the dependency points the other way); the composition root passes this in.
 */
export type OnCalendarChanged = (tx: Tx, change: CalendarChange) => Promise<CalendarChangeResult>;
