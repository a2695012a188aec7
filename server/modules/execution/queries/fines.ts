/** Read side of fines: one fine with everything about it, the ledger, the finance desk and the statistics. */
import type {
  AgreementView,
  CashRow,
  FineRow,
  FineStats,
  FineView,
  PaymentView,
  StatementLineView,
} from '../../../../common/contracts/execution.js';
import { addDays, diffDays, type LocalDate } from '../../../kernel/local-date.js';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries } from '../../deadlines/index.js';
import { caseRepository, nowOf, todayOf, type CaseActor, type CaseDeps } from '../../cases/index.js';
import { executionRepository as repo, type FineFilter } from '../execution.repository.js';
import type { AgreementRow, ObligationRow, StatementLineRow } from '../execution.schema.js';
import { courtApplicationWindow } from '../rules/index.js';
import {
  byObligation,
  calendarOf,
  canSeeFine,
  evaluate,
  fineState,
  readBundle,
  type LoadedFine,
} from '../commands/shared.js';
import { periodEnd, ruleVersionOn, type CalendarInput } from '../rules/due-date.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentAgreement(a: AgreementRow, today: LocalDate, c: CalendarInput): AgreementView {
  // 235号令 第六条第三款: filed within 15 days of signing (rule fine.agreement-filing, as the deadline counts it).
  const signed = a.signedOn as LocalDate;
  const filingDueOn = periodEnd(c, ruleVersionOn('fine.agreement-filing', signed), signed).due;
  const filed =
    a.filedSuperiorOn && a.filedFinanceOn
      ? a.filedSuperiorOn > a.filedFinanceOn
        ? a.filedSuperiorOn
        : a.filedFinanceOn
      : null;
  return {
    id: a.id,
    bankName: a.bankName,
    bankAddress: a.bankAddress,
    accountName: a.accountName,
    accountNumber: a.accountNumber,
    outlets: a.outlets,
    ePayment: a.ePayment,
    budgetSubject: a.budgetSubject,
    budgetLevel: a.budgetLevel,
    reportingMethod: a.reportingMethod,
    reportingFrequency: a.reportingFrequency,
    signedOn: a.signedOn,
    validFrom: a.validFrom,
    validTo: a.validTo,
    filedSuperiorOn: a.filedSuperiorOn,
    filedFinanceOn: a.filedFinanceOn,
    filingDueOn,
    filingLate: filed ? filed > filingDueOn : today > filingDueOn,
    terminatedOn: a.terminatedOn,
    terminatedReason: a.terminatedReason,
    inForce:
      a.validFrom <= today &&
      a.signedOn <= today &&
      (!a.validTo || a.validTo >= today) &&
      (!a.terminatedOn || a.terminatedOn > today),
    createdAt: a.createdAt.toISOString(),
  };
}

function row(
  o: ObligationRow & { caseNo: string | null; unitName: string },
  l: Pick<LoadedFine, 'state' | 'schedules' | 'payments'>,
): FineRow {
  return {
    id: o.id,
    caseId: o.caseId,
    caseNo: o.caseNo,
    decisionNo: o.decisionNo,
    partyName: o.partyName,
    procedure: o.procedure,
    unitName: o.unitName,
    amountFen: o.amountFen,
    paidFen: o.paidFen,
    surchargePaidFen: o.surchargePaidFen,
    outstandingFen: l.state.outstandingFen,
    decidedOn: o.decidedOn,
    deliveredOn: o.deliveredOn,
    dueOn: l.state.dueOn,
    stage: o.stage,
    overdue: l.state.overdue,
    overdueDays: l.state.overdueDays,
    deferred: l.schedules.some((s) => s.status === 'approved'),
    onSpot: l.payments.some((p) => p.source === 'on_the_spot'),
    paidInFullOn: o.paidInFullOn,
    surcharge: {
      totalFen: l.state.surcharge.totalFen,
      capped: l.state.surcharge.capped,
      pausedNow: l.state.surcharge.pausedNow,
    },
  };
}

/**
 * Whether on-the-spot cash was (or is, on `today`) late: handed to finance after the 2 working days, or banked after
 * the 2 working days from the hand-over (第七十一条). A step not yet taken is late only once its day has passed.
 */
function cashLate(
  x: { handedOn: string | null; bankedOn: string | null },
  handOverDueOn: string,
  bankDueOn: string | null,
  today: LocalDate,
): boolean {
  const handedLate = (x.handedOn ?? today) > handOverDueOn;
  const bankedLate = !!bankDueOn && (x.bankedOn ?? today) > bankDueOn;
  return handedLate || bankedLate;
}

/** 第七十一条: cash to finance within 2 working days of collection, to the bank within 2 more. */
function cashDue(
  c: Awaited<ReturnType<typeof calendarOf>>,
  x: { collectedOn: string; handedOn: string | null },
): { handOverDueOn: LocalDate; bankDueOn: LocalDate | null } {
  const collected = x.collectedOn as LocalDate;
  const handed = x.handedOn as LocalDate | null;
  return {
    handOverDueOn: periodEnd(c, ruleVersionOn('fine.cash-handover', collected), collected).due,
    bankDueOn: handed ? periodEnd(c, ruleVersionOn('fine.cash-to-bank', handed), handed).due : null,
  };
}

async function cashViews(
  db: Db,
  payments: LoadedFine['payments'],
  today: LocalDate,
): Promise<Map<string, PaymentView['cash']>> {
  const cash = await repo.cashOf(
    db,
    payments.filter((p) => p.source === 'on_the_spot').map((p) => p.id),
  );
  const names = await repo.userNames(
    db,
    cash.map((c) => c.officerId),
  );
  const c = await calendarOf(db);
  const out = new Map<string, PaymentView['cash']>();
  for (const x of cash) {
    const { handOverDueOn, bankDueOn } = cashDue(c, x);
    out.set(x.paymentId, {
      officerName: names.get(x.officerId) ?? '',
      collectedOn: x.collectedOn,
      handOverDueOn,
      handedOn: x.handedOn,
      bankDueOn,
      bankedOn: x.bankedOn,
      depositSlip: x.depositSlip,
      late: cashLate(x, handOverDueOn, bankDueOn, today),
    });
  }
  return out;
}

export async function presentFine(
  db: Db,
  deps: CaseDeps,
  actor: CaseActor,
  l: LoadedFine,
): Promise<FineView> {
  const o = l.obligation;
  const [unitName, cash, agreement, deadlines, numbers] = await Promise.all([
    caseRepository.unitName(db, o.unitId),
    cashViews(db, l.payments, todayOf(deps)),
    o.agreementId ? repo.agreement(db, o.agreementId) : Promise.resolve(null),
    deadlineQueries.viewsForObject(
      db,
      'fine',
      o.id,
      { userId: actor.userId, roles: actor.roles, unitId: actor.unitId },
      nowOf(deps),
    ),
    Promise.all(l.demands.map((d) => repo.documentNumber(db, d.documentId))),
  ]);
  const c = await calendarOf(db);
  const w = l.state.window;
  return {
    ...row({ ...o, caseNo: l.lawCase.caseNo, unitName: unitName ?? '' }, l),
    originalDueOn: o.dueOn,
    surchargeDeclared: o.surchargeDeclared,
    surcharge: l.state.surcharge,
    schedules: l.schedules.map((s) => ({
      id: s.id,
      kind: s.kind,
      appliedOn: s.appliedOn,
      reason: s.reason,
      items: s.items,
      status: s.status,
      decidedByName: s.decidedByName,
      decidedAt: iso(s.decidedAt),
      opinion: s.opinion,
      documentId: s.documentId,
    })),
    payments: l.payments.map((p) => ({
      id: p.id,
      source: p.source,
      principalFen: p.principalFen,
      surchargeFen: p.surchargeFen,
      paidOn: p.paidOn,
      payer: p.payer,
      reference: p.reference,
      receiptSerial: p.receiptSerial,
      onSpotGround: p.onSpotGround,
      onSpotReason: p.onSpotReason,
      recordedByName: p.recordedByName,
      recordedAt: p.recordedAt.toISOString(),
      cash: cash.get(p.id) ?? null,
    })),
    challenges: l.challenges.map((ch) => ({
      id: ch.id,
      kind: ch.kind,
      startedOn: ch.startedOn,
      endedOn: ch.endedOn,
      result: ch.result,
      outcome: ch.outcome,
    })),
    demands: l.demands.map((d, i) => ({
      id: d.id,
      documentId: d.documentId,
      number: numbers[i] ?? null,
      issuedOn: d.issuedOn,
      surchargeFen: d.surchargeFen,
      deliveredOn: d.deliveredOn,
      earliestCourtOn: d.deliveredOn
        ? courtApplicationWindow(c, {
            decisionDeliveredOn: o.deliveredOn as LocalDate,
            demandDeliveredOn: d.deliveredOn as LocalDate,
            deferralEndsOn: null,
            challengeConcludedOn: null,
          }).earliestAfterDemand
        : null,
    })),
    courtApplications: l.courts.map((x) => ({
      id: x.id,
      court: x.court,
      appliedOn: x.appliedOn,
      principalFen: x.principalFen,
      surchargeFen: x.surchargeFen,
      documentId: x.documentId,
      ruling: x.ruling,
      rulingOn: x.rulingOn,
      rulingNo: x.rulingNo,
      outcome: x.outcome,
      outcomeOn: x.outcomeOn,
      outcomeNote: x.outcomeNote,
    })),
    courtWindow: w
      ? {
          challengePeriodEndsOn: w.challengePeriodEndsOn,
          opensOn: w.opensOn,
          closesOn: w.closesOn,
          earliestAfterDemand: w.earliestAfterDemand,
        }
      : null,
    terminatedReason: o.terminatedReason,
    agreement: agreement
      ? { id: agreement.id, bankName: agreement.bankName, accountNumber: agreement.accountNumber }
      : null,
    deadlines,
    abilities: l.abilities,
    separationBarred: l.barred,
  };
}

export async function getFine(db: Db, deps: CaseDeps, actor: CaseActor, id: string): Promise<FineView> {
  const o = await repo.obligation(db, id);
  if (!o) throw new AppError('NOT_FOUND');
  const b = await readBundle(db, o);
  if (!(await canSeeFine(db, actor, b.lawCase))) throw new AppError('NOT_FOUND');
  return presentFine(db, deps, actor, await evaluate(db, deps, actor, b));
}

export async function caseFine(
  db: Db,
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
): Promise<FineView | null> {
  const o = await repo.obligationOfCase(db, caseId);
  if (!o) return null;
  return getFine(db, deps, actor, o.id);
}

/** The scope of the ledger: finance and the overseers see every fine, a section head their unit's, an officer theirs. */
function scopeOf(actor: CaseActor): Pick<FineFilter, 'unitIds' | 'officerId'> {
  if (actor.roles.some((r) => ['finance', 'leader', 'principal', 'legal_reviewer', 'discipline'].includes(r)))
    return {};
  if (actor.roles.includes('section_head'))
    return { officerId: actor.userId, unitIds: actor.unitId ? [actor.unitId] : [] };
  return { officerId: actor.userId };
}

export async function listFines(
  db: Db,
  deps: CaseDeps,
  actor: CaseActor,
  q: {
    page: number;
    pageSize: number;
    q?: string;
    stage?: FineFilter['stage'];
    filter?: FineFilter['filter'];
  },
) {
  const today = todayOf(deps);
  const { rows, total } = await repo.page(db, { ...q, today, ...scopeOf(actor) }, q.page, q.pageSize);
  const items = await rowsWithState(db, rows, today);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

async function rowsWithState(
  db: Db,
  rows: (ObligationRow & { caseNo: string | null; unitName: string })[],
  today: LocalDate,
): Promise<FineRow[]> {
  const ids = rows.map((r) => r.id);
  const [schedules, payments, challenges] = await Promise.all([
    repo.schedulesOf(db, ids),
    repo.paymentsOf(db, ids),
    repo.challengesOf(db, ids),
  ]);
  const c = await calendarOf(db);
  const [bySchedule, byPayment, byChallenge] = [
    byObligation(schedules),
    byObligation(payments),
    byObligation(challenges),
  ];
  return rows.map((o) => {
    const b = {
      obligation: o,
      schedules: bySchedule.get(o.id) ?? [],
      payments: byPayment.get(o.id) ?? [],
      challenges: byChallenge.get(o.id) ?? [],
      demands: [],
    };
    return row(o, { ...b, state: fineState(b, today, c, { window: false }) });
  });
}

function presentLine(l: StatementLineRow, obligations: Map<string, ObligationRow>): StatementLineView {
  return {
    id: l.id,
    statementId: l.statementId,
    lineNo: l.lineNo,
    payer: l.payer,
    amountFen: l.amountFen,
    paidOn: l.paidOn,
    reference: l.reference,
    memo: l.memo,
    status: l.status,
    reasons: l.reasons,
    suggestions: l.suggestions
      .map((id) => obligations.get(id))
      .filter((o): o is ObligationRow => !!o)
      .map((o) => ({ obligationId: o.id, decisionNo: o.decisionNo, partyName: o.partyName })),
    obligationId: l.obligationId,
    decisionNo: l.obligationId ? (obligations.get(l.obligationId)?.decisionNo ?? null) : null,
    resolutionNote: l.resolutionNote,
  };
}

export async function presentLines(db: Db, lines: StatementLineRow[]): Promise<StatementLineView[]> {
  const ids = [
    ...new Set(lines.flatMap((l) => [...l.suggestions, ...(l.obligationId ? [l.obligationId] : [])])),
  ];
  const obligations = new Map((await repo.obligationsByIds(db, ids)).map((o) => [o.id, o]));
  return lines.map((l) => presentLine(l, obligations));
}

export async function cashRows(db: Db, today: LocalDate): Promise<CashRow[]> {
  const rows = await repo.openCash(db);
  const names = await repo.userNames(
    db,
    rows.map((r) => r.c.officerId),
  );
  const c = await calendarOf(db);
  return rows.map(({ c: x, p, o }) => {
    const { handOverDueOn, bankDueOn } = cashDue(c, x);
    return {
      paymentId: p.id,
      obligationId: o.id,
      caseId: o.caseId,
      decisionNo: o.decisionNo,
      payer: p.payer,
      amountFen: p.principalFen,
      receiptSerial: p.receiptSerial ?? '',
      officerName: names.get(x.officerId) ?? '',
      collectedOn: x.collectedOn,
      handOverDueOn,
      handedOn: x.handedOn,
      bankDueOn,
      bankedOn: x.bankedOn,
      late: cashLate(x, handOverDueOn, bankDueOn, today),
    };
  });
}

export async function financeDesk(db: Db, deps: CaseDeps) {
  const today = todayOf(deps);
  const [lines, open, cash, agreements] = await Promise.all([
    repo.unmatchedLines(db),
    repo.page(db, { today, filter: 'unpaid' }, 1, 500),
    cashRows(db, today),
    repo.agreements(db),
  ]);
  const rows = await rowsWithState(db, open.rows, today);
  const c = await calendarOf(db);
  const agreementViews = agreements.map((a) => presentAgreement(a, today, c));
  const soon = addDays(today, 5);
  return {
    today,
    unmatchedLines: await presentLines(db, lines),
    overdue: rows.filter((r) => r.overdue),
    dueSoon: rows.filter((r) => !r.overdue && r.dueOn >= today && r.dueOn <= soon),
    cash,
    agreementsUnfiled: agreementViews.filter(
      (a) => !a.terminatedOn && (!a.filedSuperiorOn || !a.filedFinanceOn),
    ),
    inForceAgreement: agreementViews.find((a) => a.inForce) ?? null,
  };
}

export async function fineStats(db: Db, deps: CaseDeps, year: number): Promise<FineStats> {
  const today = todayOf(deps);
  const obligations = await repo.obligationsOfYear(db, year);
  const ids = obligations.map((o) => o.id);
  const [payments, schedules, challenges, courts, demands, receipts, unmatched] = await Promise.all([
    repo.paymentsOf(db, ids),
    repo.schedulesOf(db, ids),
    repo.challengesOf(db, ids),
    repo.courtsOfYear(db, year),
    repo.countDemandsOfYear(db, year),
    repo.receiptStatsOfYear(db, year),
    repo.countUnmatched(db),
  ]);
  const c = await calendarOf(db);
  let decidedFen = 0;
  let collectedFen = 0;
  let collectedCount = 0;
  let outstandingFen = 0;
  let terminatedFen = 0;
  let surchargeFen = 0;
  const days: number[] = [];
  const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, decidedFen: 0, collectedFen: 0 }));
  const [bySchedule, byPayment, byChallenge] = [
    byObligation(schedules),
    byObligation(payments),
    byObligation(challenges),
  ];
  for (const o of obligations) {
    const mine = byPayment.get(o.id) ?? [];
    const b = {
      obligation: o,
      schedules: bySchedule.get(o.id) ?? [],
      payments: mine,
      challenges: byChallenge.get(o.id) ?? [],
      demands: [],
    };
    const s = fineState(b, today, c, { window: false });
    decidedFen += o.amountFen;
    const paid = mine.reduce((n, p) => n + p.principalFen, 0);
    collectedFen += paid;
    surchargeFen += mine.reduce((n, p) => n + p.surchargeFen, 0);
    if (o.paidInFullOn) {
      collectedCount += 1;
      days.push(diffDays(o.deliveredOn as LocalDate, o.paidInFullOn as LocalDate));
    }
    if (o.stage === 'terminated') terminatedFen += s.outstandingFen;
    else outstandingFen += s.outstandingFen;
    const m = Number(o.decidedOn.slice(5, 7)) - 1;
    byMonth[m]!.decidedFen += o.amountFen;
    byMonth[m]!.collectedFen += paid;
  }
  const onSpot = payments.filter((p) => p.source === 'on_the_spot');
  const bySource = (['bank', 'e_payment', 'on_the_spot'] as const).map((source) => {
    const ps = payments.filter((p) => p.source === source);
    return { source, count: ps.length, fen: ps.reduce((n, p) => n + p.principalFen, 0) };
  });
  const onSpotFen = onSpot.reduce((n, p) => n + p.principalFen, 0);
  return {
    year,
    decidedCount: obligations.length,
    decidedFen,
    collectedCount,
    collectedFen,
    collectionRate: decidedFen ? collectedFen / decidedFen : null,
    averageDaysToPayment: days.length
      ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10
      : null,
    onSpotCount: new Set(onSpot.map((p) => p.obligationId)).size,
    onSpotFen,
    onSpotShare: collectedFen ? onSpotFen / collectedFen : null,
    deferrals: schedules.filter((s) => s.status === 'approved').length,
    surchargeFen,
    demands,
    courtApplications: courts.length,
    courtGranted: courts.filter((x) => x.ruling === 'granted').length,
    courtRefused: courts.filter((x) => x.ruling === 'refused').length,
    outstandingFen,
    terminatedFen,
    receiptsUsed: receipts.used,
    receiptsVoided: receipts.voided,
    unmatchedLines: unmatched,
    byMonth,
    bySource,
  };
}

export async function agreementList(db: Db, deps: CaseDeps) {
  const [rows, c] = await Promise.all([repo.agreements(db), calendarOf(db)]);
  return { items: rows.map((a) => presentAgreement(a, todayOf(deps), c)) };
}
