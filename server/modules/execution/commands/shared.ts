import { diffDays, type LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { loadCalendar } from '../../calendar/index.js';
import {
  caseRepository,
  canSeeCase,
  loadFacts,
  todayOf,
  type CaseActor,
  type CaseDeps,
  type CaseRow,
} from '../../cases/index.js';
import { fineAbilities, isOpen, separationBarred, type FineFacts } from '../execution.policy.js';
import { executionRepository as repo } from '../execution.repository.js';
import type {
  ChallengeRow,
  CourtRow,
  DemandRow,
  ObligationRow,
  PaymentRow,
  ScheduleRow,
} from '../execution.schema.js';
import {
  computeSurcharge,
  courtApplicationWindow,
  type CalendarInput,
  type CourtWindow,
  type SurchargeResult,
} from '../rules/index.js';

export const FINE_SEPARATION_BASIS =
  '《中华人民共和国行政处罚法》第六十七条第一款；《罚款决定与罚款收缴分离实施办法》（国务院令第235号）第三条';

/** Rows grouped by their fine, for the list and the statistics (one pass instead of a filter per fine). */
export function byObligation<T extends { obligationId: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.obligationId);
    if (list) list.push(r);
    else m.set(r.obligationId, [r]);
  }
  return m;
}

/** Agreements, statements, receipt books and cash are finance's books. */
export function requireFinance(actor: CaseActor, message: string): void {
  if (!actor.roles.includes('finance')) throw new AppError('FORBIDDEN', message);
}

export async function calendarOf(db: Db | Tx): Promise<CalendarInput> {
  const snapshot = await loadCalendar(db);
  return { calendar: snapshot.calendar, options: snapshot.options };
}

/** Everything about one fine, read together. */
export interface FineBundle {
  obligation: ObligationRow;
  lawCase: CaseRow;
  schedules: ScheduleRow[];
  payments: PaymentRow[];
  challenges: ChallengeRow[];
  demands: DemandRow[];
  courts: CourtRow[];
}

export async function readBundle(db: Db | Tx, obligation: ObligationRow): Promise<FineBundle> {
  const [lawCase, schedules, payments, challenges, demands, courts] = await Promise.all([
    caseRepository.find(db, obligation.caseId),
    repo.schedules(db, obligation.id),
    repo.payments(db, obligation.id),
    repo.challenges(db, obligation.id),
    repo.demands(db, obligation.id),
    repo.courts(db, obligation.id),
  ]);
  if (!lawCase) throw new AppError('NOT_FOUND');
  return { obligation, lawCase, schedules, payments, challenges, demands, courts };
}

/** The approved schedule in force (the latest approved one), if any. */
export function approvedSchedule(schedules: readonly ScheduleRow[]): ScheduleRow | null {
  return schedules.filter((s) => s.status === 'approved').at(-1) ?? null;
}

/** The instalments the party owes: the approved schedule's, else the whole fine on the original due day. */
export function instalmentsOf(
  o: Pick<ObligationRow, 'amountFen' | 'dueOn'>,
  schedules: readonly ScheduleRow[],
): { dueOn: LocalDate; amountFen: number }[] {
  const s = approvedSchedule(schedules);
  return s
    ? s.items.map((i) => ({ dueOn: i.dueOn as LocalDate, amountFen: i.amountFen }))
    : [{ dueOn: o.dueOn as LocalDate, amountFen: o.amountFen }];
}

export interface FineState {
  outstandingFen: number;
  /** The due day in force: the next unpaid instalment's (or the last one). */
  dueOn: LocalDate;
  /** Under an instalment plan: what is still unpaid of the next instalment. */
  nextInstalmentFen: number | null;
  overdue: boolean;
  overdueDays: number;
  surcharge: SurchargeResult;
  window: CourtWindow | null;
}

/** The surcharge, the due day in force and the court window of a fine on a day. */
export function fineState(
  b: Omit<FineBundle, 'lawCase' | 'courts'>,
  today: LocalDate,
  c: CalendarInput,
  /** The court window costs three period computations: lists and statistics skip it. */
  opts: { window?: boolean } = {},
): FineState {
  const o = b.obligation;
  const instalments = instalmentsOf(o, b.schedules);
  const principalPaid = b.payments.reduce((s, p) => s + p.principalFen, 0);
  const outstandingFen = Math.max(0, o.amountFen - principalPaid);
  const open = isOpen(o.stage);
  const asOf = open ? today : ((o.paidInFullOn as LocalDate | null) ?? today);
  const surcharge = o.surchargeDeclared
    ? computeSurcharge({
        instalments,
        payments: b.payments
          .filter((p) => p.principalFen > 0)
          .map((p) => ({ paidOn: p.paidOn as LocalDate, amountFen: p.principalFen })),
        pauses: b.challenges.map((ch) => ({
          from: ch.startedOn as LocalDate,
          to: (ch.endedOn as LocalDate | null) ?? null,
        })),
        asOf,
      })
    : computeSurcharge({ instalments, payments: [], pauses: [], asOf: o.dueOn as LocalDate });
  // The next unpaid instalment: the instalments in order against the principal paid.
  let left = principalPaid;
  const next = instalments.find((i) => {
    if (left >= i.amountFen) {
      left -= i.amountFen;
      return false;
    }
    return true;
  });
  const dueOn = next?.dueOn ?? instalments.at(-1)!.dueOn;
  const overdue = open && outstandingFen > 0 && today > dueOn;
  const overdueDays = overdue ? diffDays(dueOn, today) : 0;
  const schedule = approvedSchedule(b.schedules);
  const concluded = b.challenges
    .map((ch) => ch.endedOn as LocalDate | null)
    .filter((d): d is LocalDate => !!d)
    .sort()
    .at(-1);
  const delivered = b.demands.filter((d) => d.deliveredOn).at(-1);
  const window =
    opts.window !== false && open && outstandingFen > 0
      ? courtApplicationWindow(c, {
          decisionDeliveredOn: o.deliveredOn as LocalDate,
          demandDeliveredOn: (delivered?.deliveredOn as LocalDate | undefined) ?? null,
          deferralEndsOn: schedule ? (schedule.items.at(-1)!.dueOn as LocalDate) : null,
          challengeConcludedOn: concluded ?? null,
        })
      : null;
  return {
    outstandingFen,
    dueOn,
    nextInstalmentFen: next && instalments.length > 1 ? next.amountFen - left : null,
    overdue,
    overdueDays,
    surcharge,
    window,
  };
}

export async function involvedIds(db: Db | Tx, lawCase: CaseRow): Promise<string[]> {
  const [ever, approvers] = await Promise.all([
    caseRepository.everOfficerIds(db, lawCase.id),
    repo.decisionApprovers(db, lawCase.id),
  ]);
  return [...new Set([...ever, lawCase.createdBy, ...approvers])];
}

export interface LoadedFine extends FineBundle {
  state: FineState;
  facts: FineFacts;
  abilities: ReturnType<typeof fineAbilities>;
  barred: boolean;
}

/** Who may see a fine: finance and the overseers; otherwise whoever may see its case. */
export async function canSeeFine(db: Db | Tx, actor: CaseActor, lawCase: CaseRow): Promise<boolean> {
  if (actor.roles.includes('finance')) return true;
  return canSeeCase(actor, await loadFacts(db, lawCase));
}

export async function evaluate(
  db: Db | Tx,
  deps: CaseDeps,
  actor: CaseActor,
  bundle: FineBundle,
): Promise<LoadedFine> {
  const c = await calendarOf(db);
  const today = todayOf(deps);
  const state = fineState(bundle, today, c);
  const [handlers, involved] = await Promise.all([
    caseRepository.activeOfficers(db, bundle.lawCase.id),
    involvedIds(db, bundle.lawCase),
  ]);
  const lastCourt = bundle.courts.at(-1);
  const facts: FineFacts = {
    stage: bundle.obligation.stage,
    outstandingFen: state.outstandingFen,
    procedure: bundle.obligation.procedure,
    handlerIds: handlers.map((h) => h.userId),
    involvedIds: involved,
    pendingSchedule: bundle.schedules.some((s) => s.status === 'pending'),
    openChallenge: bundle.challenges.some((ch) => !ch.endedOn),
    undeliveredDemand: bundle.demands.some((d) => !d.deliveredOn),
    demandDelivered: bundle.demands.some((d) => !!d.deliveredOn),
    courtAwaitingRuling: !!lastCourt && !lastCourt.ruling,
    courtAwaitingOutcome: !!lastCourt && lastCourt.ruling === 'granted' && !lastCourt.outcome,
    overdue: state.overdue,
  };
  return {
    ...bundle,
    state,
    facts,
    abilities: fineAbilities(actor, facts),
    barred: separationBarred(actor, facts),
  };
}

/** Locks the fine for the rest of the transaction and evaluates it; 404 when the actor may not see it. */
export async function loadFineForCommand(
  tx: Tx,
  deps: CaseDeps,
  actor: CaseActor,
  obligationId: string,
): Promise<LoadedFine> {
  const o = await repo.lockObligation(tx, obligationId);
  if (!o) throw new AppError('NOT_FOUND');
  const bundle = await readBundle(tx, o);
  if (!(await canSeeFine(tx, actor, bundle.lawCase))) throw new AppError('NOT_FOUND');
  return evaluate(tx, deps, actor, bundle);
}

export function requireFineAbility(
  loaded: LoadedFine,
  action: keyof LoadedFine['abilities'],
  what: string,
): void {
  if (loaded.abilities[action]) return;
  throw new AppError('FINE_STATE', `当前不能${what}`);
}

/** Writes the audit event of a fine on its case (no case step: the case file may already be sealed). */
export async function fineAudit(
  tx: Tx,
  ctx: AuditContext,
  caseId: string,
  action: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await recordAudit(tx, ctx, { action, objectType: 'case', objectId: caseId, payload });
}

/** After a payment: paid in full? Then the stage moves on and the payment period and surcharge stop. */
export async function settleIfPaid(tx: Tx, o: ObligationRow, paidOn: LocalDate): Promise<boolean> {
  const payments = await repo.payments(tx, o.id);
  const principal = payments.reduce((s, p) => s + p.principalFen, 0);
  const surcharge = payments.reduce((s, p) => s + p.surchargeFen, 0);
  const full = principal >= o.amountFen;
  const last =
    payments
      .map((p) => p.paidOn)
      .sort()
      .at(-1) ?? paidOn;
  await repo.updateObligation(tx, o.id, {
    paidFen: principal,
    surchargePaidFen: surcharge,
    ...(full && isOpen(o.stage)
      ? {
          stage: o.stage === 'court_granted' || o.stage === 'court_applied' ? 'executed' : 'paid',
          paidInFullOn: last,
        }
      : {}),
  });
  return full;
}
