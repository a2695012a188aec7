/** Read side of closing and archiving: the case's closing tab, the archive list, the loans, the 卷宗 export. */
import type { DocumentKind } from '../../../../common/contracts/cases.js';
import type { ClosingView, LoanView, ManifestEntry } from '../../../../common/contracts/execution.js';
import { RETENTION_LABELS } from '../../../../common/contracts/execution.js';
import { localDateOfInstant, type LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { sm3Hex } from '../../../platform/crypto/sm.js';
import type { Db } from '../../../platform/db/database.js';
import { renderPdfBundle } from '../../../platform/docgen/index.js';
import { verifyBlob } from '../../../platform/files/index.js';
import { AppError } from '../../../platform/http/errors.js';
import {
  agency,
  archiveBundleInput,
  storedSpec,
  canSeeCase,
  caseRepository,
  loadFacts,
  procedureRepository,
  todayOf,
  type CaseActor,
  type CaseDeps,
} from '../../cases/index.js';
import { EXECUTION_AUDIT } from '../execution.audit.js';
import { executionRepository as repo } from '../execution.repository.js';
import type { LoanRow } from '../execution.schema.js';
import { closingReadiness } from '../commands/closing.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function presentLoan(
  l: LoanRow,
  actor: CaseActor,
  today: LocalDate,
  c: { caseNo: string | null; title: string },
): LoanView {
  const approver = actor.roles.some((r) => r === 'leader' || r === 'principal');
  return {
    id: l.id,
    caseId: l.caseId,
    caseNo: c.caseNo,
    title: c.title,
    borrowerName: l.borrowerName,
    purpose: l.purpose,
    untilOn: l.untilOn,
    status: l.status,
    requestedAt: l.requestedAt.toISOString(),
    decidedByName: l.decidedByName,
    decidedAt: iso(l.decidedAt),
    opinion: l.opinion,
    returnedAt: iso(l.returnedAt),
    overdue: l.status === 'approved' && today > l.untilOn,
    canDecide: approver && l.status === 'pending' && l.borrowerId !== actor.userId,
    canReturn:
      l.status === 'approved' && (l.borrowerId === actor.userId || actor.roles.includes('legal_reviewer')),
    canRead: l.status === 'approved' && l.borrowerId === actor.userId && today <= l.untilOn,
  };
}

/** The archive may be read by the legal section (which keeps it) and by a borrower with an approved, current loan. */
async function mayReadArchive(db: Db, actor: CaseActor, caseId: string, today: LocalDate): Promise<boolean> {
  if (actor.roles.includes('legal_reviewer')) return true;
  return (await repo.loans(db, caseId)).some(
    (l) => l.borrowerId === actor.userId && l.status === 'approved' && today <= l.untilOn,
  );
}

export async function closingView(
  db: Db,
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
): Promise<ClosingView> {
  const lawCase = await caseRepository.find(db, caseId);
  if (!lawCase) throw new AppError('NOT_FOUND');
  const facts = await loadFacts(db, lawCase);
  if (!canSeeCase(actor, facts)) throw new AppError('NOT_FOUND');
  const today = todayOf(deps);
  const [o, closures, archive, loans] = await Promise.all([
    repo.obligationOfCase(db, caseId),
    repo.closures(db, caseId),
    repo.archive(db, caseId),
    repo.loans(db, caseId),
  ]);
  const r = closingReadiness(lawCase, o);
  const handler = facts.officers.some((x) => x.userId === actor.userId);
  const pending = closures.some((c) => c.status === 'pending');
  return {
    caseId,
    status: lawCase.status,
    ready: r.ready,
    readyReason: r.reason,
    suggestedReason: r.suggested,
    closures: closures.map((c) => ({
      id: c.id,
      reason: c.reason,
      reasonNote: c.reasonNote,
      summary: c.summary,
      requestedByName: c.requestedByName,
      requestedAt: c.requestedAt.toISOString(),
      status: c.status,
      decidedByName: c.decidedByName,
      decidedAt: iso(c.decidedAt),
      opinion: c.opinion,
      documentId: c.documentId,
    })),
    archive: archive
      ? {
          archiveNo: archive.archiveNo,
          retention: archive.retention,
          archivedOn: archive.archivedOn,
          archivedByName: archive.archivedByName,
          manifestSm3: archive.manifestSm3,
          entries: archive.manifest.length,
        }
      : null,
    loans: loans.map((l) => presentLoan(l, actor, today, lawCase)),
    abilities: {
      requestClosing: handler && r.ready && !pending,
      decideClosing: pending && !handler && actor.roles.some((x) => x === 'leader' || x === 'principal'),
      archive: lawCase.status === 'closed' && actor.roles.includes('legal_reviewer'),
      requestLoan:
        !!archive &&
        !actor.roles.includes('legal_reviewer') &&
        !loans.some(
          (l) => l.borrowerId === actor.userId && (l.status === 'pending' || l.status === 'approved'),
        ),
      readArchive: !!archive && (await mayReadArchive(db, actor, caseId, today)),
    },
  };
}

export async function archivesPage(db: Db, q: { q?: string; page: number; pageSize: number }) {
  const { rows, total } = await repo.archives(db, q.q, q.page, q.pageSize);
  return {
    items: rows.map((r) => ({
      caseId: r.case_id,
      caseNo: r.case_no,
      title: r.title,
      partyNames: r.party_names,
      archiveNo: r.archive_no,
      retention: r.retention,
      archivedOn: r.archived_on,
      onLoan: r.on_loan,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function archiveOverview(db: Db, deps: CaseDeps, actor: CaseActor) {
  const today = todayOf(deps);
  const [queue, loans] = await Promise.all([repo.closingQueue(db), repo.openLoans(db)]);
  const mine = actor.roles.some((r) => ['legal_reviewer', 'leader', 'principal', 'discipline'].includes(r));
  return {
    queue: queue.rows.map((r) => ({
      caseId: r.case_id,
      caseNo: r.case_no,
      title: r.title,
      partyNames: r.party_names,
      status: r.status,
      stage: r.stage,
      since: r.since,
    })),
    loans: loans
      .filter((l) => mine || l.l.borrowerId === actor.userId)
      .map((l) => presentLoan(l.l, actor, today, { caseNo: l.caseNo, title: l.title })),
  };
}

/**
 * The archived file as one PDF: 卷宗封面, 卷内目录, every document in order (re-rendered from its stored model), the
 * evidence list. Each stored document is checked against the SM3 manifest sealed at archiving; a mismatch refuses.
 */
export async function exportArchive(
  db: Db,
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  ctx: AuditContext,
): Promise<{ pdf: Buffer; fileName: string }> {
  const lawCase = await caseRepository.find(db, caseId);
  const archive = await repo.archive(db, caseId);
  if (!lawCase || !archive) throw new AppError('NOT_FOUND');
  if (!(await mayReadArchive(db, actor, caseId, todayOf(deps))))
    throw new AppError('FORBIDDEN', '查阅归档案卷须经批准借阅（档案管理人员除外）');
  const docs = await procedureRepository.documents(db, caseId);
  const docEntries = archive.manifest.filter((m) => m.kind === 'document');
  if (docEntries.length !== docs.length) throw integrity('文书数量与归档清单不一致');
  for (const [i, d] of docs.entries()) {
    const m = docEntries[i]!;
    if (d.pdfSm3 !== m.sm3 || !(await verifyBlob(deps.blobs, d.pdfKey, m.sm3)).ok)
      throw integrity(`「${d.title}」的存储文件与归档清单的 SM3 摘要不一致`);
  }
  const officers = await caseRepository.activeOfficers(db, caseId);
  const names = await caseRepository.userNames(
    db,
    officers.map((o) => o.userId),
  );
  const evidence = await procedureRepository.evidence(db, caseId);
  const files = await procedureRepository.files(db, caseId);
  const closedOn =
    (await repo.closures(db, caseId)).filter((c) => c.status === 'approved').at(-1)?.decidedAt ?? null;
  const input = archiveBundleInput(
    {
      agency: await agency(db),
      archiveNo: archive.archiveNo,
      caseNo: lawCase.caseNo ?? '',
      cause: lawCase.title,
      partyName: lawCase.partyNames,
      handlers: officers.map((o) => names.get(o.userId) ?? ''),
      filedOn: lawCase.filedOn ?? '',
      closedOn: closedOn ? localDateOfInstant(closedOn) : archive.archivedOn,
      archivedOn: archive.archivedOn,
      retention: RETENTION_LABELS[archive.retention],
      compiler: archive.archivedByName,
      evidence: files.map((f, i) => ({
        seq: i + 1,
        name: evidence.find((e) => e.id === f.evidenceId)?.title ?? f.fileName,
        file: f.fileName,
        sm3: f.sm3,
      })),
    },
    docs.map((d) => ({
      title: d.title,
      ...(d.number ? { number: d.number } : {}),
      date: localDateOfInstant(d.issuedAt),
      spec: storedSpec(d.kind as DocumentKind, d.data),
    })),
  );
  const rendered = await renderPdfBundle(input);
  await deps.database.transaction(async (tx) => {
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.archiveExported,
      objectType: 'case',
      objectId: caseId,
      payload: { archiveNo: archive.archiveNo, pages: rendered.pages, sm3: sm3Hex(rendered.pdf) },
    });
  });
  return { pdf: rendered.pdf, fileName: `${archive.archiveNo}.pdf` };
}

function integrity(reason: string): AppError {
  return new AppError('CASE_ARCHIVED', `归档案卷完整性校验失败：${reason}`, {
    basis: '《安全生产违法行为行政处罚办法》第六十五条',
    rule: 'case.archive-integrity',
  });
}

export async function manifestCsv(
  db: Db,
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  ctx: AuditContext,
): Promise<{ csv: string; fileName: string }> {
  const archive = await repo.archive(db, caseId);
  if (!archive) throw new AppError('NOT_FOUND');
  if (!(await mayReadArchive(db, actor, caseId, todayOf(deps))))
    throw new AppError('FORBIDDEN', '查阅归档案卷须经批准借阅（档案管理人员除外）');
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = [
    '序号,类别,名称,文号,日期,SM3,字节数',
    ...archive.manifest.map((m: ManifestEntry) =>
      [
        m.seq,
        m.kind === 'document' ? '文书' : '证据文件',
        q(m.title),
        q(m.number ?? ''),
        m.date,
        m.sm3,
        m.size,
      ].join(','),
    ),
    `,,清单摘要（SM3）,,,${archive.manifestSm3},`,
  ];
  await deps.database.transaction(async (tx) => {
    await recordAudit(tx, ctx, {
      action: EXECUTION_AUDIT.archiveExported,
      objectType: 'case',
      objectId: caseId,
      payload: { archiveNo: archive.archiveNo, manifest: true },
    });
  });
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, fileName: `${archive.archiveNo}-SM3清单.csv` };
}
