import { and, asc, desc, eq, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { FineStage } from '../../../common/contracts/execution.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { likePattern } from '../../platform/db/like.js';
import {
  bankStatementLines,
  bankStatements,
  caseArchives,
  caseClosures,
  caseFileLoans,
  cashHandovers,
  collectionAgreements,
  courtApplications,
  fineChallenges,
  fineDemands,
  fineObligations,
  finePayments,
  fineSchedules,
  receiptBooks,
  receiptNumbers,
  type AgreementRow,
  type ArchiveRowDb,
  type CashRowDb,
  type ChallengeRow,
  type ClosureRow,
  type CourtRow,
  type DemandRow,
  type LoanRow,
  type ObligationRow,
  type PaymentRow,
  type ReceiptBookRow,
  type ReceiptNumberRow,
  type ScheduleRow,
  type StatementLineRow,
  type StatementRow,
} from './execution.schema.js';

export interface FineFilter {
  q?: string;
  stage?: FineStage;
  filter?: 'overdue' | 'unpaid' | 'on_spot' | 'deferred';
  today: string;
  /** Restrict to these cases (an officer sees the fines of the cases they may see). */
  unitIds?: string[] | null;
  officerId?: string | null;
}

const OPEN_STAGES: FineStage[] = ['due', 'demanded', 'court_applied', 'court_granted'];

/** The only file writing SQL for the execution tables (it reads case and user names alongside). */
export const executionRepository = {
  OPEN_STAGES,

  // ------------------------------------------------------------------ agreements
  agreements: (db: Db | Tx): Promise<AgreementRow[]> =>
    db.select().from(collectionAgreements).orderBy(desc(collectionAgreements.validFrom)),
  agreement: async (db: Db | Tx, id: string): Promise<AgreementRow | null> =>
    (await db.select().from(collectionAgreements).where(eq(collectionAgreements.id, id)))[0] ?? null,
  /** The newest agreement in force on a day. */
  agreementOn: async (db: Db | Tx, on: string): Promise<AgreementRow | null> =>
    (
      await db
        .select()
        .from(collectionAgreements)
        .where(
          and(
            lte(collectionAgreements.validFrom, on),
            lte(collectionAgreements.signedOn, on),
            or(isNull(collectionAgreements.validTo), sql`${collectionAgreements.validTo} >= ${on}`),
            or(isNull(collectionAgreements.terminatedOn), sql`${collectionAgreements.terminatedOn} > ${on}`),
          ),
        )
        .orderBy(desc(collectionAgreements.validFrom), desc(collectionAgreements.createdAt))
        .limit(1)
    )[0] ?? null,
  async insertAgreement(tx: Tx, values: typeof collectionAgreements.$inferInsert): Promise<AgreementRow> {
    return (await tx.insert(collectionAgreements).values(values).returning())[0]!;
  },
  async updateAgreement(
    tx: Tx,
    id: string,
    values: Partial<typeof collectionAgreements.$inferInsert>,
  ): Promise<void> {
    await tx
      .update(collectionAgreements)
      .set({ ...values, version: sql`${collectionAgreements.version} + 1` })
      .where(eq(collectionAgreements.id, id));
  },

  // ------------------------------------------------------------------ obligations
  async insertObligation(tx: Tx, values: typeof fineObligations.$inferInsert): Promise<ObligationRow> {
    return (await tx.insert(fineObligations).values(values).returning())[0]!;
  },
  obligation: async (db: Db | Tx, id: string): Promise<ObligationRow | null> =>
    (await db.select().from(fineObligations).where(eq(fineObligations.id, id)))[0] ?? null,
  lockObligation: async (tx: Tx, id: string): Promise<ObligationRow | null> =>
    (await tx.select().from(fineObligations).where(eq(fineObligations.id, id)).for('update'))[0] ?? null,
  obligationOfCase: async (db: Db | Tx, caseId: string): Promise<ObligationRow | null> =>
    (await db.select().from(fineObligations).where(eq(fineObligations.caseId, caseId)))[0] ?? null,
  async updateObligation(
    tx: Tx,
    id: string,
    values: Partial<typeof fineObligations.$inferInsert>,
  ): Promise<void> {
    await tx
      .update(fineObligations)
      .set({ ...values, updatedAt: new Date(), version: sql`${fineObligations.version} + 1` })
      .where(eq(fineObligations.id, id));
  },
  /** Open obligations for matching a bank statement. */
  openObligations: (db: Db | Tx): Promise<ObligationRow[]> =>
    db.select().from(fineObligations).where(inArray(fineObligations.stage, OPEN_STAGES)),
  obligationsByIds: (db: Db | Tx, ids: string[]): Promise<ObligationRow[]> =>
    ids.length
      ? db.select().from(fineObligations).where(inArray(fineObligations.id, ids))
      : Promise.resolve([]),
  async page(
    db: Db | Tx,
    f: FineFilter,
    page: number,
    pageSize: number,
  ): Promise<{ rows: (ObligationRow & { caseNo: string | null; unitName: string })[]; total: number }> {
    const where = fineWhere(f);
    const [rows, count] = await Promise.all([
      db
        .select({
          o: fineObligations,
          caseNo: sql<string | null>`(SELECT case_no FROM cases c WHERE c.id = ${fineObligations.caseId})`,
          unitName: sql<string>`coalesce((SELECT name FROM org_units u WHERE u.id = ${fineObligations.unitId}), '')`,
        })
        .from(fineObligations)
        .where(where)
        .orderBy(desc(fineObligations.deliveredOn), desc(fineObligations.createdAt))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(fineObligations)
        .where(where),
    ]);
    return {
      rows: rows.map((r) => ({ ...r.o, caseNo: r.caseNo, unitName: r.unitName })),
      total: count[0]?.n ?? 0,
    };
  },
  obligationsOfYear: (db: Db | Tx, year: number): Promise<ObligationRow[]> =>
    db
      .select()
      .from(fineObligations)
      .where(sql`extract(year from ${fineObligations.decidedOn}) = ${year}`),

  // ------------------------------------------------------------------ schedules
  async insertSchedule(tx: Tx, values: typeof fineSchedules.$inferInsert): Promise<ScheduleRow> {
    return (await tx.insert(fineSchedules).values(values).returning())[0]!;
  },
  schedules: (db: Db | Tx, obligationId: string): Promise<ScheduleRow[]> =>
    db
      .select()
      .from(fineSchedules)
      .where(eq(fineSchedules.obligationId, obligationId))
      .orderBy(asc(fineSchedules.createdAt)),
  schedulesOf: (db: Db | Tx, ids: string[]): Promise<ScheduleRow[]> =>
    ids.length
      ? db.select().from(fineSchedules).where(inArray(fineSchedules.obligationId, ids))
      : Promise.resolve([]),
  async updateSchedule(
    tx: Tx,
    id: string,
    values: Partial<typeof fineSchedules.$inferInsert>,
  ): Promise<void> {
    await tx.update(fineSchedules).set(values).where(eq(fineSchedules.id, id));
  },

  // ------------------------------------------------------------------ payments
  async insertPayment(tx: Tx, values: typeof finePayments.$inferInsert): Promise<PaymentRow> {
    return (await tx.insert(finePayments).values(values).returning())[0]!;
  },
  payments: (db: Db | Tx, obligationId: string): Promise<PaymentRow[]> =>
    db
      .select()
      .from(finePayments)
      .where(eq(finePayments.obligationId, obligationId))
      .orderBy(asc(finePayments.paidOn), asc(finePayments.recordedAt)),
  paymentsOf: (db: Db | Tx, ids: string[]): Promise<PaymentRow[]> =>
    ids.length
      ? db.select().from(finePayments).where(inArray(finePayments.obligationId, ids))
      : Promise.resolve([]),
  payment: async (db: Db | Tx, id: string): Promise<PaymentRow | null> =>
    (await db.select().from(finePayments).where(eq(finePayments.id, id)))[0] ?? null,

  // ------------------------------------------------------------------ statements
  statementBySm3: async (db: Db | Tx, sm3: string): Promise<StatementRow | null> =>
    (await db.select().from(bankStatements).where(eq(bankStatements.fileSm3, sm3)))[0] ?? null,
  async insertStatement(tx: Tx, values: typeof bankStatements.$inferInsert): Promise<StatementRow> {
    return (await tx.insert(bankStatements).values(values).returning())[0]!;
  },
  async updateStatement(
    tx: Tx,
    id: string,
    values: Partial<typeof bankStatements.$inferInsert>,
  ): Promise<void> {
    await tx.update(bankStatements).set(values).where(eq(bankStatements.id, id));
  },
  async statements(
    db: Db | Tx,
    page: number,
    pageSize: number,
  ): Promise<{ rows: StatementRow[]; total: number }> {
    const [rows, count] = await Promise.all([
      db
        .select()
        .from(bankStatements)
        .orderBy(desc(bankStatements.importedAt))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      db.select({ n: sql<number>`count(*)::int` }).from(bankStatements),
    ]);
    return { rows, total: count[0]?.n ?? 0 };
  },
  statement: async (db: Db | Tx, id: string): Promise<StatementRow | null> =>
    (await db.select().from(bankStatements).where(eq(bankStatements.id, id)))[0] ?? null,
  async insertLine(tx: Tx, values: typeof bankStatementLines.$inferInsert): Promise<StatementLineRow> {
    return (await tx.insert(bankStatementLines).values(values).returning())[0]!;
  },
  /** Lines still waiting for finance, per statement. */
  unmatchedCounts: async (db: Db | Tx, statementIds: string[]): Promise<Map<string, number>> =>
    new Map(
      statementIds.length
        ? (
            await db
              .select({ id: bankStatementLines.statementId, n: sql<number>`count(*)::int` })
              .from(bankStatementLines)
              .where(
                and(
                  inArray(bankStatementLines.statementId, statementIds),
                  eq(bankStatementLines.status, 'unmatched'),
                ),
              )
              .groupBy(bankStatementLines.statementId)
          ).map((r) => [r.id, r.n])
        : [],
    ),
  lines: (db: Db | Tx, statementId: string): Promise<StatementLineRow[]> =>
    db
      .select()
      .from(bankStatementLines)
      .where(eq(bankStatementLines.statementId, statementId))
      .orderBy(asc(bankStatementLines.lineNo)),
  unmatchedLines: (db: Db | Tx): Promise<StatementLineRow[]> =>
    db
      .select()
      .from(bankStatementLines)
      .where(eq(bankStatementLines.status, 'unmatched'))
      .orderBy(asc(bankStatementLines.paidOn))
      .limit(200),
  countUnmatched: async (db: Db | Tx): Promise<number> =>
    (
      await db
        .select({ n: sql<number>`count(*)::int` })
        .from(bankStatementLines)
        .where(eq(bankStatementLines.status, 'unmatched'))
    )[0]?.n ?? 0,
  lockLine: async (tx: Tx, id: string): Promise<StatementLineRow | null> =>
    (await tx.select().from(bankStatementLines).where(eq(bankStatementLines.id, id)).for('update'))[0] ??
    null,
  async updateLine(
    tx: Tx,
    id: string,
    values: Partial<typeof bankStatementLines.$inferInsert>,
  ): Promise<void> {
    await tx.update(bankStatementLines).set(values).where(eq(bankStatementLines.id, id));
  },

  // ------------------------------------------------------------------ receipts and cash
  async insertBook(tx: Tx, values: typeof receiptBooks.$inferInsert): Promise<ReceiptBookRow> {
    return (await tx.insert(receiptBooks).values(values).returning())[0]!;
  },
  books: (db: Db | Tx): Promise<ReceiptBookRow[]> =>
    db.select().from(receiptBooks).orderBy(desc(receiptBooks.issuedAt)),
  async insertNumbers(tx: Tx, rows: (typeof receiptNumbers.$inferInsert)[]): Promise<void> {
    if (rows.length) await tx.insert(receiptNumbers).values(rows);
  },
  existingSerials: async (db: Db | Tx, serials: string[]): Promise<string[]> =>
    serials.length
      ? (
          await db
            .select({ s: receiptNumbers.serial })
            .from(receiptNumbers)
            .where(inArray(receiptNumbers.serial, serials))
        ).map((r) => r.s)
      : [],
  /** The numbers of a book or a holder, with the decision number a used one was issued for. */
  numbers: (db: Db | Tx, f: { bookId?: string; holderId?: string }) =>
    db
      .select({
        n: receiptNumbers,
        holderId: receiptBooks.holderId,
        decisionNo: fineObligations.decisionNo,
      })
      .from(receiptNumbers)
      .innerJoin(receiptBooks, eq(receiptBooks.id, receiptNumbers.bookId))
      .leftJoin(finePayments, eq(finePayments.id, receiptNumbers.paymentId))
      .leftJoin(fineObligations, eq(fineObligations.id, finePayments.obligationId))
      .where(
        and(
          f.bookId ? eq(receiptNumbers.bookId, f.bookId) : undefined,
          f.holderId ? eq(receiptBooks.holderId, f.holderId) : undefined,
        ),
      )
      .orderBy(asc(receiptNumbers.bookId), asc(receiptNumbers.number))
      .limit(2000),
  receiptCounts: (db: Db | Tx) =>
    db
      .select({ bookId: receiptNumbers.bookId, status: receiptNumbers.status, n: sql<number>`count(*)::int` })
      .from(receiptNumbers)
      .groupBy(receiptNumbers.bookId, receiptNumbers.status),
  lockReceipt: async (tx: Tx, serial: string): Promise<(ReceiptNumberRow & { holderId: string }) | null> => {
    const r = (
      await tx
        .select({ n: receiptNumbers, holderId: receiptBooks.holderId })
        .from(receiptNumbers)
        .innerJoin(receiptBooks, eq(receiptBooks.id, receiptNumbers.bookId))
        .where(eq(receiptNumbers.serial, serial))
        .for('update', { of: receiptNumbers })
    )[0];
    return r ? { ...r.n, holderId: r.holderId } : null;
  },
  async updateReceipt(
    tx: Tx,
    serial: string,
    values: Partial<typeof receiptNumbers.$inferInsert>,
  ): Promise<void> {
    await tx.update(receiptNumbers).set(values).where(eq(receiptNumbers.serial, serial));
  },
  receiptStatsOfYear: async (db: Db | Tx, year: number): Promise<{ used: number; voided: number }> => {
    const rows = await db
      .select({ status: receiptNumbers.status, n: sql<number>`count(*)::int` })
      .from(receiptNumbers)
      .where(sql`extract(year from ${receiptNumbers.changedAt} AT TIME ZONE 'Asia/Shanghai') = ${year}`)
      .groupBy(receiptNumbers.status);
    return {
      used: rows.find((r) => r.status === 'used')?.n ?? 0,
      voided: rows.filter((r) => r.status === 'voided' || r.status === 'lost').reduce((s, r) => s + r.n, 0),
    };
  },
  async insertCash(tx: Tx, values: typeof cashHandovers.$inferInsert): Promise<void> {
    await tx.insert(cashHandovers).values(values);
  },
  cashOf: (db: Db | Tx, paymentIds: string[]): Promise<CashRowDb[]> =>
    paymentIds.length
      ? db.select().from(cashHandovers).where(inArray(cashHandovers.paymentId, paymentIds))
      : Promise.resolve([]),
  lockCash: async (tx: Tx, paymentId: string): Promise<CashRowDb | null> =>
    (await tx.select().from(cashHandovers).where(eq(cashHandovers.paymentId, paymentId)).for('update'))[0] ??
    null,
  async updateCash(
    tx: Tx,
    paymentId: string,
    values: Partial<typeof cashHandovers.$inferInsert>,
  ): Promise<void> {
    await tx.update(cashHandovers).set(values).where(eq(cashHandovers.paymentId, paymentId));
  },
  /** Cash not yet banked (with the payment). */
  openCash: (db: Db | Tx) =>
    db
      .select({ c: cashHandovers, p: finePayments, o: fineObligations })
      .from(cashHandovers)
      .innerJoin(finePayments, eq(finePayments.id, cashHandovers.paymentId))
      .innerJoin(fineObligations, eq(fineObligations.id, finePayments.obligationId))
      .where(isNull(cashHandovers.bankedOn))
      .orderBy(asc(cashHandovers.collectedOn)),

  // ------------------------------------------------------------------ challenges, demands, court
  async insertChallenge(tx: Tx, values: typeof fineChallenges.$inferInsert): Promise<ChallengeRow> {
    return (await tx.insert(fineChallenges).values(values).returning())[0]!;
  },
  challenges: (db: Db | Tx, obligationId: string): Promise<ChallengeRow[]> =>
    db
      .select()
      .from(fineChallenges)
      .where(eq(fineChallenges.obligationId, obligationId))
      .orderBy(asc(fineChallenges.startedOn)),
  challengesOf: (db: Db | Tx, ids: string[]): Promise<ChallengeRow[]> =>
    ids.length
      ? db.select().from(fineChallenges).where(inArray(fineChallenges.obligationId, ids))
      : Promise.resolve([]),
  async updateChallenge(
    tx: Tx,
    id: string,
    values: Partial<typeof fineChallenges.$inferInsert>,
  ): Promise<void> {
    await tx.update(fineChallenges).set(values).where(eq(fineChallenges.id, id));
  },
  async insertDemand(tx: Tx, values: typeof fineDemands.$inferInsert): Promise<DemandRow> {
    return (await tx.insert(fineDemands).values(values).returning())[0]!;
  },
  demands: (db: Db | Tx, obligationId: string): Promise<DemandRow[]> =>
    db
      .select()
      .from(fineDemands)
      .where(eq(fineDemands.obligationId, obligationId))
      .orderBy(asc(fineDemands.createdAt)),
  async updateDemand(tx: Tx, id: string, values: Partial<typeof fineDemands.$inferInsert>): Promise<void> {
    await tx.update(fineDemands).set(values).where(eq(fineDemands.id, id));
  },
  countDemandsOfYear: async (db: Db | Tx, year: number): Promise<number> =>
    (
      await db
        .select({ n: sql<number>`count(*)::int` })
        .from(fineDemands)
        .where(sql`extract(year from ${fineDemands.issuedOn}) = ${year}`)
    )[0]?.n ?? 0,
  async insertCourt(tx: Tx, values: typeof courtApplications.$inferInsert): Promise<CourtRow> {
    return (await tx.insert(courtApplications).values(values).returning())[0]!;
  },
  courts: (db: Db | Tx, obligationId: string): Promise<CourtRow[]> =>
    db
      .select()
      .from(courtApplications)
      .where(eq(courtApplications.obligationId, obligationId))
      .orderBy(asc(courtApplications.createdAt)),
  courtsOfYear: (db: Db | Tx, year: number): Promise<CourtRow[]> =>
    db
      .select()
      .from(courtApplications)
      .where(sql`extract(year from ${courtApplications.appliedOn}) = ${year}`),
  async updateCourt(
    tx: Tx,
    id: string,
    values: Partial<typeof courtApplications.$inferInsert>,
  ): Promise<void> {
    await tx.update(courtApplications).set(values).where(eq(courtApplications.id, id));
  },

  // ------------------------------------------------------------------ closing, archive, loans
  closures: (db: Db | Tx, caseId: string): Promise<ClosureRow[]> =>
    db
      .select()
      .from(caseClosures)
      .where(eq(caseClosures.caseId, caseId))
      .orderBy(asc(caseClosures.requestedAt)),
  async insertClosure(tx: Tx, values: typeof caseClosures.$inferInsert): Promise<ClosureRow> {
    return (await tx.insert(caseClosures).values(values).returning())[0]!;
  },
  async updateClosure(tx: Tx, id: string, values: Partial<typeof caseClosures.$inferInsert>): Promise<void> {
    await tx.update(caseClosures).set(values).where(eq(caseClosures.id, id));
  },
  archive: async (db: Db | Tx, caseId: string): Promise<ArchiveRowDb | null> =>
    (await db.select().from(caseArchives).where(eq(caseArchives.caseId, caseId)))[0] ?? null,
  async insertArchive(tx: Tx, values: typeof caseArchives.$inferInsert): Promise<ArchiveRowDb> {
    return (await tx.insert(caseArchives).values(values).returning())[0]!;
  },
  /** 档案号 赤应急档〔2026〕3号: the year's next number, serialised by a transaction-scoped advisory lock. */
  async nextArchiveNo(tx: Tx, year: number): Promise<string> {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7707001)`);
    const n =
      (
        await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(caseArchives)
          .where(sql`extract(year from ${caseArchives.archivedOn}) = ${year}`)
      )[0]?.n ?? 0;
    return `赤应急档〔${year}〕${n + 1}号`;
  },
  countArchivesOfYear: async (db: Db | Tx, year: number): Promise<number> =>
    (
      await db
        .select({ n: sql<number>`count(*)::int` })
        .from(caseArchives)
        .where(sql`extract(year from ${caseArchives.archivedOn}) = ${year}`)
    )[0]?.n ?? 0,
  async archives(db: Db | Tx, q: string | undefined, page: number, pageSize: number) {
    const where: SQL | undefined = q
      ? sql`(c.case_no ILIKE ${likePattern(q)} OR c.title ILIKE ${likePattern(q)} OR c.party_names ILIKE ${likePattern(q)} OR ${caseArchives.archiveNo} ILIKE ${likePattern(q)})`
      : undefined;
    const base = sql`FROM case_archives JOIN cases c ON c.id = case_archives.case_id`;
    const rows = await db.execute<{
      case_id: string;
      case_no: string | null;
      title: string;
      party_names: string;
      archive_no: string;
      retention: 'permanent' | 'long' | 'short';
      archived_on: string;
      on_loan: boolean;
    }>(
      sql`SELECT case_archives.case_id, c.case_no, c.title, c.party_names, case_archives.archive_no,
                 case_archives.retention, to_char(case_archives.archived_on, 'YYYY-MM-DD') AS archived_on,
                 EXISTS (SELECT 1 FROM case_file_loans l WHERE l.case_id = case_archives.case_id
                          AND l.status = 'approved') AS on_loan
          ${base} ${where ? sql`WHERE ${where}` : sql``}
          ORDER BY case_archives.archived_at DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    );
    const count = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n ${base} ${where ? sql`WHERE ${where}` : sql``}`,
    );
    return { rows: rows.rows, total: count.rows[0]?.n ?? 0 };
  },
  /** Cases waiting for closing or archiving. */
  closingQueue: (db: Db | Tx) =>
    db.execute<{
      case_id: string;
      case_no: string | null;
      title: string;
      party_names: string;
      status: string;
      stage: 'to_close' | 'closing_pending' | 'to_archive';
      since: string | null;
    }>(
      sql`SELECT c.id AS case_id, c.case_no, c.title, c.party_names, c.status,
                 CASE WHEN c.status = 'closed' THEN 'to_archive'
                      WHEN EXISTS (SELECT 1 FROM case_closures k WHERE k.case_id = c.id AND k.status = 'pending')
                        THEN 'closing_pending'
                      ELSE 'to_close' END AS stage,
                 to_char(coalesce(o.paid_in_full_on, c.delivered_on, c.decided_on), 'YYYY-MM-DD') AS since
            FROM cases c LEFT JOIN fine_obligations o ON o.case_id = c.id
           WHERE c.status = 'closed'
              OR (c.status IN ('delivered', 'concluded')
                  AND (o.id IS NULL OR o.stage IN ('paid', 'executed', 'terminated')))
           ORDER BY since NULLS LAST LIMIT 200`,
    ),
  async insertLoan(tx: Tx, values: typeof caseFileLoans.$inferInsert): Promise<LoanRow> {
    return (await tx.insert(caseFileLoans).values(values).returning())[0]!;
  },
  loans: (db: Db | Tx, caseId: string): Promise<LoanRow[]> =>
    db
      .select()
      .from(caseFileLoans)
      .where(eq(caseFileLoans.caseId, caseId))
      .orderBy(desc(caseFileLoans.requestedAt)),
  openLoans: (db: Db | Tx) =>
    db
      .select({
        l: caseFileLoans,
        caseNo: sql<string | null>`(SELECT case_no FROM cases c WHERE c.id = ${caseFileLoans.caseId})`,
        title: sql<string>`(SELECT title FROM cases c WHERE c.id = ${caseFileLoans.caseId})`,
      })
      .from(caseFileLoans)
      .where(ne(caseFileLoans.status, 'rejected'))
      .orderBy(desc(caseFileLoans.requestedAt))
      .limit(200),
  lockLoan: async (tx: Tx, id: string): Promise<LoanRow | null> =>
    (await tx.select().from(caseFileLoans).where(eq(caseFileLoans.id, id)).for('update'))[0] ?? null,
  async updateLoan(tx: Tx, id: string, values: Partial<typeof caseFileLoans.$inferInsert>): Promise<void> {
    await tx.update(caseFileLoans).set(values).where(eq(caseFileLoans.id, id));
  },
  /** Who approved the case's decision (罚缴分离: they may not take the money either). */
  decisionApprovers: async (db: Db | Tx, caseId: string): Promise<string[]> =>
    (
      await db.execute<{ decided_by: string }>(
        sql`SELECT decided_by FROM case_approvals WHERE case_id = ${caseId} AND kind = 'decision'
              AND status = 'approved' AND decided_by IS NOT NULL`,
      )
    ).rows.map((r) => r.decided_by),
  documentNumber: async (db: Db | Tx, documentId: string): Promise<string | null> =>
    (
      await db.execute<{ number: string | null }>(
        sql`SELECT number FROM official_documents WHERE id = ${documentId}`,
      )
    ).rows[0]?.number ?? null,
  principalName: async (db: Db | Tx): Promise<string | null> =>
    (
      await db.execute<{ display_name: string }>(
        sql`SELECT u.display_name FROM users u JOIN user_roles r ON r.user_id = u.id
             WHERE r.role = 'principal' AND NOT u.disabled ORDER BY u.created_at LIMIT 1`,
      )
    ).rows[0]?.display_name ?? null,
  /** 处罚依据 of a case: its violations' penalty provisions. */
  penaltyBasis: async (db: Db | Tx, caseId: string): Promise<string> =>
    (
      await db.execute<{ p: string }>(
        sql`SELECT penalty_provision AS p FROM case_violations WHERE case_id = ${caseId} ORDER BY created_at`,
      )
    ).rows
      .map((r) => r.p)
      .join('；'),
  /** Officers finance may issue receipt books to: active officers and section heads with their unit. */
  receiptHolders: async (db: Db | Tx) =>
    (
      await db.execute<{ id: string; display_name: string; unit_name: string | null }>(
        sql`SELECT DISTINCT u.id, u.display_name, ou.name AS unit_name
              FROM users u JOIN user_roles r ON r.user_id = u.id LEFT JOIN org_units ou ON ou.id = u.unit_id
             WHERE r.role IN ('officer', 'section_head') AND NOT u.disabled
             ORDER BY u.display_name`,
      )
    ).rows,
  userNames: async (db: Db | Tx, ids: string[]): Promise<Map<string, string>> => {
    const uniq = [...new Set(ids.filter(Boolean))];
    if (!uniq.length) return new Map();
    const r = await db.execute<{ id: string; display_name: string }>(
      sql`SELECT id, display_name FROM users WHERE id IN (${sql.join(
        uniq.map((i) => sql`${i}::uuid`),
        sql`, `,
      )})`,
    );
    return new Map(r.rows.map((u) => [u.id, u.display_name]));
  },
};

function fineWhere(f: FineFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.stage) parts.push(eq(fineObligations.stage, f.stage));
  if (f.q)
    parts.push(
      sql`(${fineObligations.decisionNo} ILIKE ${likePattern(f.q)} OR ${fineObligations.partyName} ILIKE ${likePattern(f.q)})`,
    );
  if (f.filter === 'overdue')
    parts.push(
      and(
        inArray(fineObligations.stage, OPEN_STAGES),
        sql`${fineObligations.dueOn} < ${f.today}`,
        sql`NOT EXISTS (SELECT 1 FROM fine_schedules s WHERE s.obligation_id = ${fineObligations.id}
              AND s.status = 'approved' AND (s.items -> -1 ->> 'dueOn') >= ${f.today})`,
      ),
    );
  if (f.filter === 'unpaid') parts.push(inArray(fineObligations.stage, OPEN_STAGES));
  if (f.filter === 'on_spot')
    parts.push(
      sql`EXISTS (SELECT 1 FROM fine_payments p WHERE p.obligation_id = ${fineObligations.id} AND p.source = 'on_the_spot')`,
    );
  if (f.filter === 'deferred')
    parts.push(
      sql`EXISTS (SELECT 1 FROM fine_schedules s WHERE s.obligation_id = ${fineObligations.id} AND s.status = 'approved')`,
    );
  if (f.officerId)
    parts.push(
      sql`EXISTS (SELECT 1 FROM cases c WHERE c.id = ${fineObligations.caseId}
            AND (${f.officerId}::uuid = ANY (c.officer_ids) OR c.created_by = ${f.officerId}::uuid
                 ${
                   f.unitIds?.length
                     ? sql`OR c.unit_id IN (${sql.join(
                         f.unitIds.map((u) => sql`${u}::uuid`),
                         sql`, `,
                       )})`
                     : sql``
                 }))`,
    );
  const defined = parts.filter((p): p is SQL => !!p);
  return defined.length ? and(...defined) : undefined;
}
