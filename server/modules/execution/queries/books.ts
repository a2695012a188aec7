/** Read side of finance's books: imported statements, receipt books and their numbers. */
import type { ReceiptStatus, StatementLineView } from '../../../../common/contracts/execution.js';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { executionRepository as repo } from '../execution.repository.js';
import type { StatementRow } from '../execution.schema.js';
import { presentLines } from './fines.js';

function presentStatement(r: StatementRow, names: Map<string, string>, unmatched: number) {
  return {
    id: r.id,
    source: r.source,
    fileName: r.fileName,
    fileSm3: r.fileSm3,
    lineCount: r.lineCount,
    matchedCount: r.matchedCount,
    unmatchedCount: unmatched,
    importedByName: names.get(r.importedBy) ?? '',
    importedAt: r.importedAt.toISOString(),
  };
}

export async function statementsPage(db: Db, page: number, pageSize: number) {
  const { rows, total } = await repo.statements(db, page, pageSize);
  const [names, unmatched] = await Promise.all([
    repo.userNames(
      db,
      rows.map((r) => r.importedBy),
    ),
    repo.unmatchedCounts(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return {
    items: rows.map((r) => presentStatement(r, names, unmatched.get(r.id) ?? 0)),
    total,
    page,
    pageSize,
  };
}

/** A statement just imported: its summary, every line, and the rows the parser could not read. */
export async function importResult(
  db: Db,
  statementId: string,
  errors: { lineNo: number; message: string }[],
): Promise<{
  statement: ReturnType<typeof presentStatement>;
  lines: StatementLineView[];
  errors: typeof errors;
}> {
  const statement = await repo.statement(db, statementId);
  if (!statement) throw new AppError('NOT_FOUND');
  const [lines, names] = await Promise.all([
    repo.lines(db, statementId).then((l) => presentLines(db, l)),
    repo.userNames(db, [statement.importedBy]),
  ]);
  return {
    statement: presentStatement(statement, names, lines.filter((l) => l.status === 'unmatched').length),
    lines,
    errors,
  };
}

export async function receiptBooks(db: Db) {
  const [books, counts] = await Promise.all([repo.books(db), repo.receiptCounts(db)]);
  const names = await repo.userNames(
    db,
    books.map((b) => b.holderId),
  );
  const count = new Map(counts.map((c) => [`${c.bookId}:${c.status}`, c.n]));
  const of = (bookId: string, status: ReceiptStatus) => count.get(`${bookId}:${status}`) ?? 0;
  return {
    items: books.map((b) => ({
      id: b.id,
      receiptType: b.receiptType,
      prefix: b.prefix,
      firstNo: b.firstNo,
      lastNo: b.lastNo,
      holderId: b.holderId,
      holderName: names.get(b.holderId) ?? '',
      issuedAt: b.issuedAt.toISOString(),
      counts: {
        unused: of(b.id, 'unused'),
        used: of(b.id, 'used'),
        voided: of(b.id, 'voided'),
        lost: of(b.id, 'lost'),
      },
    })),
  };
}

export async function receiptNumbers(db: Db, f: { bookId?: string; holderId?: string }) {
  const rows = await repo.numbers(db, f);
  const names = await repo.userNames(
    db,
    rows.map((r) => r.holderId),
  );
  return {
    items: rows.map((r) => ({
      serial: r.n.serial,
      status: r.n.status,
      holderName: names.get(r.holderId) ?? '',
      reason: r.n.reason,
      decisionNo: r.decisionNo,
      changedAt: r.n.changedAt ? r.n.changedAt.toISOString() : null,
    })),
  };
}
