/**
 * The read side: the register of matters (filters, pagination, Excel), one matter with everything on it, the
 * accused's own list, the people and the records a lead may link to.
 */
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import {
  FAULT_TYPE_LABELS,
  LEAD_SOURCE_LABELS,
  MATTER_STAGE_LABELS,
  type FaultPersonOption,
  type MatterListQuery,
  type MatterSummary,
  type MatterView,
  type PersonRef,
  type SourceOption,
} from '../../../../common/contracts/fault.js';
import { AUDIT_ACTION_LABELS } from '../../../../common/audit-actions.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { caseRepository, type CaseActor } from '../../cases/index.js';
import { staffDirectory } from '../../interference/index.js';
import { FAULT_AUDIT } from '../fault.audit.js';
import { canSeeMatter, holds, matterAbilities } from '../fault.policy.js';
import { faultRepository as repo } from '../fault.repository.js';
import type { MatterRow, PersonRow } from '../fault.schema.js';
import { matterAudit, type FaultDeps } from '../commands/shared.js';

type Directory = Awaited<ReturnType<typeof staffDirectory>>;

function refOf(dir: Map<string, Directory[number]>, id: string, fallback = ''): PersonRef {
  const p = dir.get(id);
  return { id, name: p?.name ?? fallback, unitName: p?.unitName ?? null };
}

async function summaries(
  db: Db,
  rows: MatterRow[],
  dir: Map<string, Directory[number]>,
): Promise<MatterSummary[]> {
  const found = await caseRepository.findMany(
    db,
    rows.map((r) => r.caseId).filter((x): x is string => !!x),
  );
  const caseNo = (id: string) => {
    const c = found.get(id);
    return c ? (c.caseNo ?? c.title) : null;
  };
  return rows.map((m) => ({
    id: m.id,
    no: m.no,
    source: m.source,
    stage: m.stage,
    caseId: m.caseId,
    caseNo: m.caseId ? caseNo(m.caseId) : null,
    summary: m.summary,
    receivedOn: m.receivedOn,
    subjects: m.subjectIds.map((s) => refOf(dir, s)),
    faultTypes: m.finding?.faultTypes ?? [],
    decidedOn: m.decidedOn,
    autoCreated: m.autoCreated,
  }));
}

const directory = async (db: Db) => new Map((await staffDirectory(db)).map((p) => [p.id, p]));

export async function listMatters(deps: FaultDeps, q: z.infer<typeof MatterListQuery>) {
  const db = deps.database.db;
  const { rows, total } = await repo.list(db, q, q.page, q.pageSize);
  return { items: await summaries(db, rows, await directory(db)), total, page: q.page, pageSize: q.pageSize };
}

export async function myMatters(deps: FaultDeps, actor: CaseActor): Promise<MatterSummary[]> {
  const db = deps.database.db;
  return summaries(db, await repo.mine(db, actor.userId), await directory(db));
}

export async function exportMatters(
  deps: FaultDeps,
  q: z.infer<typeof MatterListQuery>,
  ctx: AuditContext,
): Promise<{ xlsx: Buffer; fileName: string }> {
  const db = deps.database.db;
  const rows = await repo.all(db, q);
  const items = await summaries(db, rows, await directory(db));
  const people = await repo.peopleOf(
    db,
    rows.map((r) => r.id),
  );
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('过错责任追究台账');
  sheet.columns = [
    { header: '编号', key: 'no', width: 24 },
    { header: '来源', key: 'source', width: 22 },
    { header: '案件', key: 'caseNo', width: 26 },
    { header: '线索内容', key: 'summary', width: 50 },
    { header: '收到日期', key: 'receivedOn', width: 12 },
    { header: '环节', key: 'stage', width: 18 },
    { header: '过错情形', key: 'types', width: 40 },
    { header: '责任人员', key: 'people', width: 30 },
    { header: '决定日期', key: 'decidedOn', width: 12 },
  ];
  for (const m of items)
    sheet.addRow({
      no: m.no,
      source: LEAD_SOURCE_LABELS[m.source],
      caseNo: m.caseNo ?? '',
      summary: m.summary,
      receivedOn: m.receivedOn,
      stage: MATTER_STAGE_LABELS[m.stage],
      types: m.faultTypes.map((t) => FAULT_TYPE_LABELS[t]).join('；'),
      people: people
        .filter((p) => p.matterId === m.id)
        .map((p) => p.personName)
        .join('、'),
      decidedOn: m.decidedOn ?? '',
    });
  sheet.getRow(1).font = { bold: true };
  const xlsx = Buffer.from(await book.xlsx.writeBuffer());
  await deps.database.transaction(async (tx) => {
    await recordAudit(tx, ctx, {
      action: FAULT_AUDIT.exported,
      objectType: 'fault_matter',
      objectId: null,
      payload: {
        count: items.length,
        filter: { stage: q.stage ?? null, source: q.source ?? null, q: q.q ?? null },
      },
    });
  });
  return { xlsx, fileName: `过错责任追究台账-${new Date().toISOString().slice(0, 10)}.xlsx` };
}

/** The matter as its reader may see it, or 404 (the read is audited). */
export async function loadVisible(deps: FaultDeps, actor: CaseActor, id: string) {
  const db = deps.database.db;
  const m = await repo.find(db, id);
  if (!m) throw new AppError('NOT_FOUND');
  const people = await repo.people(db, id);
  if (!canSeeMatter(actor, m, people)) throw new AppError('NOT_FOUND');
  return { m, people };
}

function personOutcome(p: PersonRow, dir: Map<string, Directory[number]>) {
  return {
    person: {
      id: p.personId,
      name: p.personName,
      unitName: p.unitName ?? dir.get(p.personId)?.unitName ?? null,
    },
    role: p.role,
    level: p.level,
    rule: p.rule,
    treatment: p.treatment,
    proposedMeasures: p.proposedMeasures,
    proposalNote: p.proposalNote,
    informedOn: p.informedOn,
    statementDueOn: p.statementDueOn,
    statement: p.statementKind
      ? { kind: p.statementKind, receivedOn: p.statementOn!, content: p.statementContent ?? '' }
      : null,
    decidedMeasures: p.decidedMeasures,
    decisionReason: p.decisionReason,
    disciplineBody: p.disciplineBody,
    noticeDueOn: p.noticeDueOn,
    notice: p.deliveredOn
      ? {
          deliveredOn: p.deliveredOn,
          method: p.deliveryMethod ?? '',
          receiverName: p.receiverName ?? '',
          late: p.late,
          lateReason: p.lateReason,
        }
      : null,
    reviewDueOn: p.reviewDueOn,
    currentMeasures: p.currentMeasures,
  };
}

export async function matterView(
  deps: FaultDeps,
  actor: CaseActor,
  id: string,
  ctx: AuditContext | null,
): Promise<MatterView> {
  const db = deps.database.db;
  const { m, people } = await loadVisible(deps, actor, id);
  const [dir, inquiries, reviews, appeals, events] = await Promise.all([
    directory(db),
    repo.inquiries(db, id),
    repo.reviews(db, id),
    repo.appeals(db, id),
    repo.events(db, id),
  ]);
  if (ctx) await deps.database.transaction((tx) => matterAudit(tx, ctx, id, FAULT_AUDIT.read, {}));
  const [summary] = await summaries(db, [m], dir);
  return {
    ...summary!,
    reference: m.reference,
    sourceRef:
      m.sourceRefKind && m.sourceRefId
        ? { kind: m.sourceRefKind, id: m.sourceRefId, label: m.sourceRefLabel ?? '' }
        : null,
    registeredByName: m.registeredByName,
    registeredAt: m.registeredAt.toISOString(),
    triage:
      m.triageDecision && m.triageOn
        ? {
            decision: m.triageDecision,
            decidedOn: m.triageOn,
            reason: m.triageReason ?? '',
            byName: m.triageByName ?? '',
          }
        : null,
    investigators: m.investigatorIds.map((i) => refOf(dir, i)),
    investigationDueOn: m.investigationDueOn,
    inquiries: inquiries.map((q) => ({
      id: q.id,
      person: refOf(dir, q.personId),
      heldAt: q.heldAt.toISOString(),
      place: q.place,
      investigators: q.investigatorIds.map((i) => refOf(dir, i)),
      content: q.content,
      recordedByName: q.recordedByName,
    })),
    finding: m.finding ? { ...m.finding, foundOn: m.foundOn ?? '', foundByName: m.foundByName ?? '' } : null,
    people: people.map((p) => personOutcome(p, dir)),
    decision: m.decidedOn
      ? { decidedOn: m.decidedOn, meeting: m.decisionMeeting ?? '', byName: m.decidedByName ?? '' }
      : null,
    reviews: reviews.map((r) => ({
      id: r.id,
      person: refOf(dir, r.personId),
      receivedOn: r.receivedOn,
      grounds: r.grounds,
      late: r.late,
      lateJustification: r.lateJustification,
      dueOn: r.dueOn,
      decidedOn: r.decidedOn,
      result: r.result,
      measures: r.measures,
      reason: r.reason,
    })),
    appeals: appeals.map((a) => ({
      id: a.id,
      person: refOf(dir, a.personId),
      filedOn: a.filedOn,
      body: a.body,
      content: a.content,
      decidedOn: a.decidedOn,
      outcome: a.outcome,
    })),
    closedOn: m.closedOn,
    closeNote: m.closeNote,
    abilities: matterAbilities(actor, m, people, reviews),
    history: events
      .filter((e) => e.action !== FAULT_AUDIT.read)
      .map((e) => ({ ...e, label: AUDIT_ACTION_LABELS[e.action] ?? e.action })),
  };
}

export async function peopleOptions(deps: FaultDeps): Promise<FaultPersonOption[]> {
  return (await staffDirectory(deps.database.db))
    .filter(
      (p) => !p.disabled && !p.roles.some((r) => r === 'sysadmin' || r === 'secadmin' || r === 'auditadmin'),
    )
    .map((p) => ({
      id: p.id,
      name: p.name,
      unitName: p.unitName,
      positionName: p.positionName,
      discipline: p.roles.includes('discipline'),
    }));
}

export async function sourceOptions(
  deps: FaultDeps,
  actor: CaseActor,
  caseId: string,
): Promise<SourceOption[]> {
  const rows = await repo.sourceOptions(deps.database.db, caseId, holds(actor, 'interference.oversee'));
  return rows as SourceOption[];
}
