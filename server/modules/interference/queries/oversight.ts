/**
 * 纪检's desk and the other oversight reads: the flagged supervision records, the findings, the protection flags,
 * the monthly reports, the chain check, the personal files, the settings and the aggregate statistics.
 */
import ExcelJS from 'exceljs';
import {
  FILE_KIND_LABELS,
  FINDING_KIND_LABELS,
  FINDING_KINDS,
  INTERFERENCE_METHOD_LABELS,
  INTERFERENCE_METHODS,
  INTERFERENCE_TYPE_SHORT,
  INTERFERENCE_TYPES,
  OUTCOME_KIND_LABELS,
  OUTCOME_KINDS,
  REGISTER_STAGE_LABELS,
  REGISTER_STAGES,
  type FileEntryView,
  type FindingView,
  type FlagView,
  type InterferenceStats,
  type MonthlyReportView,
  type PersonalFileKind,
} from '../../../../common/contracts/interference.js';
import { todayInShanghai } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/database.js';
import { renderPdf } from '../../../platform/docgen/index.js';
import { AppError } from '../../../platform/http/errors.js';
import { agency, caseRepository, nowOf, type CaseActor } from '../../cases/index.js';
import { chainLinks, monthOf } from '../commands/reports.js';
import { settingsOn, type InterferenceDeps } from '../commands/shared.js';
import { presentSupervision } from '../commands/supervision.js';
import { monthlyReportForm } from '../documents/forms.js';
import { INTERFERENCE_AUDIT } from '../interference.audit.js';
import { canReadFiles, canSeeRegister } from '../interference.policy.js';
import { interferenceRepository as repo } from '../interference.repository.js';
import type { MonthlyReportRow } from '../interference.schema.js';
import {
  chainMonths,
  chainProblems,
  digestMismatches,
  registerStage,
  SETTINGS_META,
} from '../rules/index.js';

function requireDiscipline(actor: CaseActor): void {
  if (!actor.roles.includes('discipline')) throw new AppError('FORBIDDEN');
}

export async function flaggedSupervision(db: Db, actor: CaseActor, openOnly: boolean) {
  requireDiscipline(actor);
  const rows = await repo.flaggedSupervision(db, openOnly);
  const cases = await caseRepository.findMany(
    db,
    rows.map((r) => r.caseId),
  );
  return rows.map((r) => {
    const c = cases.get(r.caseId);
    return presentSupervision(r, c ? (c.caseNo ?? c.title) : '', actor);
  });
}

export async function findings(db: Db, actor: CaseActor): Promise<FindingView[]> {
  requireDiscipline(actor);
  return (await repo.findings(db)).map((f) => ({
    id: f.id,
    kind: f.kind,
    subjectId: f.subjectId,
    subjectName: f.subjectName,
    caseId: f.caseId,
    caseNo: f.caseNo,
    registerId: f.registerId,
    intervenerName: f.intervenerName,
    occurredOn: f.occurredOn,
    source: f.source,
    sourceNote: f.sourceNote,
    priorCount: f.priorCount,
    measure: f.measure,
    basis: f.basis,
    recordedByName: f.recordedByName,
    recordedAt: f.recordedAt.toISOString(),
  }));
}

export async function flags(db: Db, actor: CaseActor): Promise<FlagView[]> {
  requireDiscipline(actor);
  const all = await repo.flags(db);
  const registers = await repo.registersByIds(
    db,
    all.map((r) => r.registerId).filter((x): x is string => !!x),
  );
  const rows = all.filter((f) => {
    const r = registers.find((x) => x.id === f.registerId);
    return !r || canSeeRegister(actor, r);
  });
  return rows.map((f) => ({
    id: f.id,
    recorderId: f.recorderId,
    recorderName: f.recorderName,
    registerNo: registers.find((r) => r.id === f.registerId)?.registerNo ?? null,
    source: f.source,
    actionKind: f.actionKind,
    actionOn: f.actionOn,
    description: f.description,
    raisedAt: f.raisedAt.toISOString(),
    status: f.status,
    conclusion: f.conclusion,
    statutoryCause: f.statutoryCause,
    procedureNote: f.procedureNote,
    resolvedByName: f.resolvedByName,
    resolvedAt: f.resolvedAt?.toISOString() ?? null,
  }));
}

function presentReport(r: MonthlyReportRow, actor: CaseActor): MonthlyReportView {
  return {
    id: r.id,
    month: r.month,
    unitId: r.unitId,
    unitName: r.unitName,
    figures: r.figures,
    zero: r.zero,
    chainDigest: r.chainDigest,
    generatedByName: r.generatedByName,
    generatedAt: r.generatedAt.toISOString(),
    signedByName: r.signedByName,
    signedAt: r.signedAt?.toISOString() ?? null,
    canSign: !r.signedAt && actor.roles.includes('principal'),
  };
}

function requireReports(actor: CaseActor): void {
  if (!actor.roles.includes('discipline') && !actor.roles.includes('principal'))
    throw new AppError('FORBIDDEN');
}

export async function reports(db: Db, actor: CaseActor, month: string | null): Promise<MonthlyReportView[]> {
  requireReports(actor);
  return (await repo.reportsOf(db, month)).map((r) => presentReport(r, actor));
}

export async function reportPdf(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  ctx: AuditContext,
): Promise<{ pdf: Buffer; fileName: string }> {
  requireReports(actor);
  const db = deps.database.db;
  const r = await repo.report(db, id);
  if (!r) throw new AppError('NOT_FOUND');
  const pdf = await renderPdf(monthlyReportForm((await agency(db)).name, presentReport(r, actor)));
  await deps.database.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.reportExported,
      objectType: 'interference_report',
      objectId: id,
      payload: { month: r.month, unit: r.unitName },
    }),
  );
  return { pdf, fileName: `干预情况月度报告-${r.unitName}-${r.month}.pdf` };
}

/**
 * Recomputes the register chain and compares every signed monthly report's digest with it. Audited. For 纪检 and
 * the audit administrator.
 */
export async function verifyChain(deps: InterferenceDeps, actor: CaseActor, ctx: AuditContext) {
  if (!actor.roles.includes('discipline') && !actor.roles.includes('auditadmin'))
    throw new AppError('FORBIDDEN');
  const db = deps.database.db;
  const links = await chainLinks(db);
  const problems = chainProblems(links);
  const months = chainMonths(links);
  const reportMismatches = (await repo.signedReports(db)).flatMap((r) =>
    digestMismatches(r.chainDigest, months).map((detail) => ({
      month: r.month,
      unitName: r.unitName,
      detail,
    })),
  );
  const result = {
    ok: !problems.length && !reportMismatches.length,
    count: links.length,
    head: links.at(-1)?.hash ?? '',
    problems,
    months,
    reportMismatches,
  };
  await deps.database.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.chainVerified,
      objectType: 'interference_chain',
      objectId: null,
      payload: {
        ok: result.ok,
        count: result.count,
        head: result.head,
        problems: problems.length,
        mismatches: reportMismatches.length,
      },
    }),
  );
  return result;
}

// ------------------------------------------------------------------ personal files (第十一条)

/** Entries that stem from a register the reader may not see (he intervened, or stands in the line) are left out. */
async function visibleEntries<T extends { sourceType: string; sourceId: string | null }>(
  deps: InterferenceDeps,
  actor: CaseActor,
  rows: T[],
): Promise<T[]> {
  const ids = [
    ...new Set(
      rows.filter((r) => r.sourceType === 'interference_register' && r.sourceId).map((r) => r.sourceId!),
    ),
  ];
  const hidden = new Set(
    (await repo.registersByIds(deps.database.db, ids))
      .filter((r) => !canSeeRegister(actor, r))
      .map((r) => r.id),
  );
  return rows.filter(
    (r) => !(r.sourceType === 'interference_register' && r.sourceId && hidden.has(r.sourceId)),
  );
}

export async function fileSubjects(db: Db, actor: CaseActor) {
  if (!canReadFiles(actor)) throw new AppError('FORBIDDEN');
  return repo.fileSubjects(db);
}

export async function personFile(
  deps: InterferenceDeps,
  actor: CaseActor,
  subjectId: string,
  kind: PersonalFileKind | undefined,
  ctx: AuditContext,
): Promise<FileEntryView[]> {
  if (!canReadFiles(actor)) throw new AppError('FORBIDDEN');
  const rows = await visibleEntries(deps, actor, await repo.fileEntries(deps.database.db, subjectId, kind));
  await deps.database.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.filesRead,
      objectType: 'personal_file',
      objectId: subjectId,
      payload: { kind: kind ?? 'all', entries: rows.length },
    }),
  );
  return rows.map((e) => ({
    id: e.id,
    subjectId: e.subjectId,
    subjectName: e.subjectName,
    fileKind: e.fileKind,
    category: e.category,
    title: e.title,
    detail: e.detail,
    sourceType: e.sourceType,
    occurredOn: e.occurredOn,
    recordedByName: e.recordedByName,
    recordedAt: e.recordedAt.toISOString(),
  }));
}

export async function exportPersonFile(
  deps: InterferenceDeps,
  actor: CaseActor,
  subjectId: string,
  ctx: AuditContext,
): Promise<{ xlsx: Buffer; fileName: string }> {
  if (!canReadFiles(actor)) throw new AppError('FORBIDDEN');
  const rows = await visibleEntries(deps, actor, await repo.fileEntries(deps.database.db, subjectId));
  if (!rows.length) throw new AppError('NOT_FOUND', '该人员没有档案记录');
  const book = new ExcelJS.Workbook();
  for (const kind of ['integrity', 'enforcement'] as const) {
    const sheet = book.addWorksheet(FILE_KIND_LABELS[kind]);
    sheet.columns = [
      { header: '日期', key: 'on', width: 12 },
      { header: '事项', key: 'title', width: 36 },
      { header: '内容', key: 'detail', width: 60 },
      { header: '登记人', key: 'by', width: 12 },
      { header: '登记时间', key: 'at', width: 20 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const e of rows.filter((x) => x.fileKind === kind))
      sheet.addRow({
        on: e.occurredOn,
        title: e.title,
        detail: e.detail,
        by: e.recordedByName,
        at: e.recordedAt.toISOString(),
      });
  }
  const xlsx = Buffer.from(await book.xlsx.writeBuffer());
  await deps.database.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.filesExported,
      objectType: 'personal_file',
      objectId: subjectId,
      payload: { entries: rows.length },
    }),
  );
  return { xlsx, fileName: `廉政档案和执法档案-${rows[0]!.subjectName}.xlsx` };
}

// ------------------------------------------------------------------ settings

export async function settingsView(deps: InterferenceDeps) {
  const db = deps.database.db;
  const today = todayInShanghai(nowOf(deps));
  return {
    current: await settingsOn(db, today),
    meta: SETTINGS_META.map((m) => ({ key: m.key, label: m.label, basis: m.basis })),
    history: (await repo.settingsHistory(db)).map((h) => ({
      effectiveFrom: h.effectiveFrom,
      values: h.settings,
      note: h.note,
      createdByName: h.createdByName,
    })),
  };
}

// ------------------------------------------------------------------ statistics

/**
 * Aggregate figures only (legal-spec §12.11): counts by type, method, stage and month, the share of cases with a
 * register, referrals and outcomes, findings and flags. No names, no case numbers, no sections.
 */
export async function statistics(db: Db, year: number | null, now: Date): Promise<InterferenceStats> {
  const all = await repo.allRegisters(db);
  const registers = year ? all.filter((r) => monthOf(r.submittedAt).startsWith(String(year))) : all;
  const ids = new Set(registers.map((r) => r.id));
  const actions = (await repo.allActions(db)).filter((a) => ids.has(a.registerId));
  const byReg = new Map<string, typeof actions>();
  for (const a of actions) {
    const list = byReg.get(a.registerId);
    if (list) list.push(a);
    else byReg.set(a.registerId, [a]);
  }
  const stages = registers.map((r) => registerStage(byReg.get(r.id) ?? []));
  const today = todayInShanghai(now);
  const [allFindings, allFlags, casesTotal] = await Promise.all([
    repo.findings(db),
    repo.flags(db),
    repo.caseCount(db),
  ]);
  const inYear = <T extends { recordedAt?: Date; raisedAt?: Date }>(rows: T[]) =>
    year ? rows.filter((r) => (r.recordedAt ?? r.raisedAt)!.getFullYear() === year) : rows;
  const fs = inYear(allFindings);
  const fl = inYear(allFlags);
  const months = new Map<string, number>();
  for (const r of registers)
    months.set(monthOf(r.submittedAt), (months.get(monthOf(r.submittedAt)) ?? 0) + 1);
  return {
    registers: registers.length,
    byType: INTERFERENCE_TYPES.map((t) => ({
      key: t,
      label: INTERFERENCE_TYPE_SHORT[t],
      count: registers.filter((r) => r.types.includes(t)).length,
    })),
    byMethod: INTERFERENCE_METHODS.map((m) => ({
      key: m,
      label: INTERFERENCE_METHOD_LABELS[m],
      count: registers.filter((r) => r.method === m).length,
    })),
    byStage: [...new Set(registers.map((r) => r.caseStage))].map((s) => ({
      key: s,
      label: registers.find((r) => r.caseStage === s)!.caseStageLabel,
      count: registers.filter((r) => r.caseStage === s).length,
    })),
    byMonth: [...months.entries()].sort().map(([month, count]) => ({ month, count })),
    casesWithRegisters: new Set(registers.map((r) => r.caseId)).size,
    casesTotal,
    referrals: actions.filter((a) => a.kind === 'instruction' && a.decision === 'refer').length,
    outcomes: [
      ...REGISTER_STAGES.map((s) => ({
        key: `stage:${s}`,
        label: REGISTER_STAGE_LABELS[s],
        count: stages.filter((x) => x === s).length,
      })),
      ...OUTCOME_KINDS.map((k) => ({
        key: `outcome:${k}`,
        label: OUTCOME_KIND_LABELS[k],
        count: actions.filter((a) => a.kind === 'outcome' && a.decision === k).length,
      })),
    ],
    findings: FINDING_KINDS.map((k) => ({
      key: k,
      label: FINDING_KIND_LABELS[k],
      count: fs.filter((f) => f.kind === k).length,
    })),
    flagsOpen: fl.filter((f) => f.status === 'open').length,
    flagsResolved: fl.filter((f) => f.status === 'resolved').length,
    flagsRetaliation: fl.filter((f) => f.conclusion === 'retaliation').length,
    overdueInstructions: registers.filter(
      (r, i) => stages[i] === 'awaiting_instruction' && today > r.instructionDueOn,
    ).length,
  };
}
