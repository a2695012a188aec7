import { Readable } from 'node:stream';
import {
  DOCUMENT_KIND_LABELS,
  LEGAL_REVIEW_POINTS,
  OUTCOME_LABELS,
  PENALTY_KIND_LABELS,
  type DocumentKind,
  type LegalReviewPointKey,
  type Penalty,
  type ReportBody,
} from '../../../../common/contracts/cases.js';
import {
  localDateOfInstant,
  wallTimeInShanghai,
  yearOf,
  type LocalDate,
} from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries } from '../../deadlines/index.js';
import { orgRepository } from '../../org/index.js';
import { checkEnforcementTeam } from '../../personnel/index.js';
import { caseRepository } from '../case.repository.js';
import {
  nowOf,
  requireProtector,
  settingsOn,
  todayOf,
  type CaseActor,
  type CaseDeps,
} from '../cases.context.js';
import { CASE_AUDIT } from '../cases.audit.js';
import type {
  CaseRecordRow,
  CaseRow,
  CollectiveRow,
  DeliveryRow,
  LegalReviewRow,
  OfficialDocumentRow,
  PreservationRow,
} from '../cases.schema.js';
import { formatYuan } from '../catalogue/penalty.js';
import type * as M from '../documents/models.js';
import { render } from '../documents/registry.js';
import { procedureRepository } from '../procedure.repository.js';
import type { caseRequirements } from '../rules/requirements.js';
import { formatNumber } from './filing.js';

/** The character of each numbered kind in its 文号 (the rest carry no number of their own). */
export const NUMBER_CODES: Partial<Record<DocumentKind, string>> = {
  evidence_preservation_notice: '保',
  penalty_notice: '告',
  penalty_decision: '罚',
  hearing_notice: '听',
  payment_deferral_decision: '缓',
  payment_demand: '催',
  enforcement_application: '强',
};

// ----------------------------------------------------------------------------------------- shared pieces

const dt = (d: Date | string) => wallTimeInShanghai(typeof d === 'string' ? new Date(d) : d);

export async function agency(db: Db | Tx): Promise<M.Agency> {
  const e = await orgRepository.entity(db);
  return { name: e?.name ?? '', address: e?.address ?? '', phone: e?.phone ?? '' };
}

export async function mainParty(deps: CaseDeps, db: Db | Tx, caseId: string): Promise<M.Party> {
  const p = (await caseRepository.parties(db, caseId))[0];
  if (!p) throw new AppError('CASE_INCOMPLETE', '尚未登记当事人，不能制作文书');
  const id = requireProtector(deps).decrypt(p.idNumberCipher);
  return {
    kind: p.kind,
    name: p.name,
    idLabel: p.idKind === 'id_card' ? '身份证号码' : '统一社会信用代码',
    idNumber: id,
    address: p.address ?? '',
    ...(p.legalRep ? { legalRep: p.legalRep } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
  };
}

/** Names and certificate numbers of the given officers on a day. */
async function officersOf(
  db: Db | Tx,
  lawCase: CaseRow,
  userIds: readonly string[],
  on: LocalDate,
): Promise<M.Officer[]> {
  if (!userIds.length) return [];
  const team = await checkEnforcementTeam(db, {
    members: userIds.map((userId) => ({ userId })),
    on,
    category: lawCase.category,
  });
  const names = await caseRepository.userNames(db, userIds);
  return userIds.map((id, i) => ({
    name: team.members[i]?.officerName ?? names.get(id) ?? '',
    certificateNumber: team.members[i]?.certificate?.number ?? '',
  }));
}

async function caseOfficers(db: Db | Tx, lawCase: CaseRow, on: LocalDate): Promise<M.Officer[]> {
  const rows = (await caseRepository.activeOfficers(db, lawCase.id)).filter((o) => o.recusal !== 'conflict');
  return officersOf(
    db,
    lawCase,
    rows.map((r) => r.userId),
    on,
  );
}

async function violationText(db: Db | Tx, caseId: string) {
  const v = await caseRepository.violations(db, caseId);
  return {
    violated: v.map((x) => x.violatedProvision).join('、'),
    basis: v.map((x) => x.penaltyProvision).join('、'),
    discretion: v
      .filter((x) => x.band)
      .map((x) => `${x.name}：${x.band!.circumstances}`)
      .join('；'),
    bands: v,
  };
}

export function penaltyText(p: Penalty | null | undefined): string {
  const items = p?.items ?? [];
  if (!items.length) return '不予行政处罚';
  return items
    .map(
      (i) =>
        `${PENALTY_KIND_LABELS[i.kind]}${i.amountFen ? `人民币${formatYuan(i.amountFen)}` : ''}${i.note ? `（${i.note}）` : ''}`,
    )
    .join('；');
}

async function evidenceList(db: Db | Tx, caseId: string): Promise<string[]> {
  return (await procedureRepository.evidence(db, caseId))
    .filter((e) => e.lawfullyObtained)
    .map((e) => `${e.seq}. ${e.title}`);
}

/**
 * Renders a 文书 to PDF and DOCX, stores both with their SM3 digests and records the immutable document row
 * (a correction is a new version naming the one it supersedes). Numbered kinds carry the case's 文号 with the
 * kind's character; a second document of the same kind in one case gets a "-n" suffix.
 */
export async function issueDocument(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  kind: DocumentKind,
  model: object,
  actor: CaseActor,
  ctx: AuditContext,
  opts: { number?: string | null; supersedes?: OfficialDocumentRow; reason?: string } = {},
): Promise<OfficialDocumentRow> {
  let number = opts.number ?? opts.supersedes?.number ?? null;
  if (number === null && NUMBER_CODES[kind] && lawCase.caseSeq && lawCase.caseYear) {
    const settings = await settingsOn(tx, todayOf(deps));
    const base = formatNumber(settings.documentNumberPattern, {
      year: lawCase.caseYear,
      seq: lawCase.caseSeq,
      code: NUMBER_CODES[kind],
    });
    const earlier = (await procedureRepository.documents(tx, lawCase.id)).filter(
      (d) => d.kind === kind && !d.supersedesId,
    ).length;
    number = earlier ? base.replace(/号$/, `-${earlier + 1}号`) : base;
  }
  const full = { ...model, documentNo: number ?? undefined, caseNo: lawCase.caseNo ?? undefined };
  // The model shapes are checked per kind by the builders below; the registry takes the kind's model.
  const renderAs = render as (k: DocumentKind, m: object, f: 'pdf' | 'docx') => Promise<Buffer>;
  const [pdf, docx] = await Promise.all([renderAs(kind, full, 'pdf'), renderAs(kind, full, 'docx')]);
  const [pdfBlob, docxBlob] = [
    await deps.blobs.put(Readable.from([pdf])),
    await deps.blobs.put(Readable.from([docx])),
  ];
  const row = await procedureRepository.insertDocument(tx, {
    caseId: lawCase.id,
    kind,
    title: DOCUMENT_KIND_LABELS[kind],
    number,
    version: (opts.supersedes?.version ?? 0) + 1,
    supersedesId: opts.supersedes?.id ?? null,
    correctionReason: opts.reason ?? null,
    data: full,
    pdfKey: pdfBlob.key,
    pdfSm3: pdfBlob.sm3,
    pdfSize: pdfBlob.size,
    docxKey: docxBlob.key,
    docxSm3: docxBlob.sm3,
    docxSize: docxBlob.size,
    issuedBy: actor.userId,
    issuedByName: actor.name,
    issuedAt: nowOf(deps),
  });
  await recordAudit(tx, ctx, {
    action: opts.supersedes ? CASE_AUDIT.documentCorrected : CASE_AUDIT.documentIssued,
    objectType: 'case',
    objectId: lawCase.id,
    payload: {
      documentId: row.id,
      kind,
      number,
      version: row.version,
      pdfSm3: row.pdfSm3,
      docxSm3: row.docxSm3,
      ...(opts.supersedes ? { supersedes: opts.supersedes.id, reason: opts.reason } : {}),
    },
  });
  return row;
}

/** 更正: the same document re-rendered from its stored data as a new version; the old one stays. */
export async function correctDocument(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  doc: OfficialDocumentRow,
  reason: string,
  actor: CaseActor,
  ctx: AuditContext,
): Promise<OfficialDocumentRow> {
  if (await procedureRepository.supersededBy(tx, doc.id)) throw new AppError('DOCUMENT_SUPERSEDED');
  // The model is rebuilt from the case as it is now (the reason a correction is made).
  const model = await rebuildModel(deps, tx, lawCase, doc);
  return issueDocument(deps, tx, lawCase, doc.kind as DocumentKind, model, actor, ctx, {
    supersedes: doc,
    reason,
  });
}

async function rebuildModel(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  doc: OfficialDocumentRow,
): Promise<object> {
  const data = doc.data;
  const refreshed: Record<string, unknown> = { ...data, agency: await agency(tx) };
  if ('party' in data) refreshed.party = await mainParty(deps, tx, lawCase.id);
  return refreshed;
}

// ----------------------------------------------------------------------------------------- one per kind

export async function issueFilingApproval(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  actor: CaseActor,
  ctx: AuditContext,
) {
  const steps = await caseRepository.steps(tx, lawCase.id);
  const names = await caseRepository.userNames(tx, steps.map((s) => s.actorId!).filter(Boolean));
  const op = (kind: string, level?: number) => {
    const s = [...steps]
      .reverse()
      .find(
        (x) => x.kind === kind && (level === undefined || (x.data as { level?: number }).level === level),
      );
    return s
      ? {
          text: s.opinion ?? '',
          name: s.actorId ? (names.get(s.actorId) ?? s.actorName) : s.actorName,
          date: localDateOfInstant(s.at),
        }
      : {};
  };
  const source = lawCase.sourceId ? await caseRepository.findSource(tx, lawCase.sourceId) : null;
  const parties = await caseRepository.parties(tx, lawCase.id);
  const party: M.Party = parties.length
    ? await mainParty(deps, tx, lawCase.id)
    : {
        kind: 'legal_person',
        name: source?.subjectName ?? lawCase.partyNames,
        idLabel: '统一社会信用代码',
        idNumber: '',
        address: source?.subjectAddress ?? '',
      };
  const model: M.FilingApprovalModel = {
    agency: await agency(tx),
    source: { kind: source?.kind ?? 'other', detail: source?.summary },
    cause: lawCase.title,
    party,
    discoveredOn: lawCase.discoveredOn,
    briefFacts: lawCase.facts,
    proposedOfficers: await caseOfficers(tx, lawCase, (lawCase.filedOn ?? todayOf(deps)) as LocalDate),
    opinions: {
      handler: op('filing_proposed'),
      sectionHead: op('filing_approved', 1),
      leader: op('filing_approved', 2),
    },
    preparedOn: localDateOfInstant(lawCase.createdAt),
  };
  return issueDocument(deps, tx, lawCase, 'filing_approval', model, actor, ctx, { number: lawCase.caseNo });
}

export async function issueInquiryRecord(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  record: CaseRecordRow,
  actor: CaseActor,
  ctx: AuditContext,
) {
  const d = record.data as {
    startedAt: string;
    endedAt: string;
    place: string;
    personName: string;
    personIdNumber?: string | null;
    personRole: string;
    personPhone?: string | null;
    inquirerId: string;
    recorderId: string;
    qa: { q: string; a: string }[];
    refusedToSign: boolean;
  };
  const on = localDateOfInstant(new Date(d.startedAt));
  const [inquirer, recorder] = await officersOf(tx, lawCase, [d.inquirerId, d.recorderId], on);
  const model: M.InquiryRecordModel = {
    agency: await agency(tx),
    cause: lawCase.title,
    startedAt: dt(d.startedAt),
    endedAt: dt(d.endedAt),
    place: d.place,
    inquirers: [inquirer!],
    recorder: recorder!,
    interviewee: {
      name: d.personName,
      idLabel: '身份证号码',
      idNumber: d.personIdNumber ?? '',
      relation: d.personRole,
      ...(d.personPhone ? { phone: d.personPhone } : {}),
    },
    recusalAnswer: '听清楚了，不申请回避。',
    qa: d.qa,
    signature: d.refusedToSign ? { refused: true, note: '被询问人拒绝签名' } : { refused: false },
  };
  return issueDocument(deps, tx, lawCase, 'inquiry_record', model, actor, ctx);
}

export async function issueInspectionRecord(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  record: CaseRecordRow,
  actor: CaseActor,
  ctx: AuditContext,
) {
  const d = record.data as {
    startedAt: string;
    endedAt: string;
    place: string;
    unitName: string;
    personInCharge: string;
    officerIds: string[];
    findings: string;
    refusedToSign: boolean;
    refusalNote?: string | null;
  };
  const parties = await caseRepository.parties(tx, lawCase.id);
  const unit: M.Party = parties.length
    ? await mainParty(deps, tx, lawCase.id)
    : { kind: 'legal_person', name: d.unitName, idLabel: '统一社会信用代码', idNumber: '', address: d.place };
  const model: M.InspectionRecordModel = {
    agency: await agency(tx),
    unit: { ...unit, name: d.unitName },
    place: d.place,
    startedAt: dt(d.startedAt),
    endedAt: dt(d.endedAt),
    officers: await officersOf(tx, lawCase, d.officerIds, localDateOfInstant(new Date(d.startedAt))),
    unitRepresentative: { name: d.personInCharge, position: '现场负责人' },
    scope: lawCase.title,
    findings: d.findings.split(/\n+/).filter(Boolean),
    signature: d.refusedToSign ? { refused: true, note: d.refusalNote ?? '拒绝签字' } : { refused: false },
  };
  return issueDocument(deps, tx, lawCase, 'inspection_record', model, actor, ctx);
}

export async function issuePreservationNotice(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  p: PreservationRow,
  actor: CaseActor,
  ctx: AuditContext,
) {
  const d = await deadlineQueries.activeFor(tx, 'penalty.evidence-preservation', 'preservation', p.id);
  const model: M.EvidencePreservationNoticeModel = {
    agency: await agency(tx),
    party: await mainParty(deps, tx, lawCase.id),
    suspectedViolation: lawCase.title,
    approvedOn: p.preservedOn ?? todayOf(deps),
    items: p.items.map((i) => ({
      name: i.name,
      spec: i.spec,
      quantity: i.quantity,
      place: p.place,
      remark: i.note,
    })),
    storagePlace: p.place,
    ...(d?.dueDate ? { decisionDueOn: d.dueDate } : {}),
    officers: await caseOfficers(tx, lawCase, todayOf(deps)),
    preservedOn: p.preservedOn ?? todayOf(deps),
  };
  return issueDocument(deps, tx, lawCase, 'evidence_preservation_notice', model, actor, ctx);
}

export async function issueInvestigationReport(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  input: ReportBody & { requirements: ReturnType<typeof caseRequirements> },
  actor: CaseActor,
  ctx: AuditContext,
) {
  const v = await violationText(tx, lawCase.id);
  const evidence = await procedureRepository.evidence(tx, lawCase.id);
  const band = v.bands.find((b) => b.band);
  const next: string[] = [];
  if (input.requirements.hearing.eligible) next.push('告知听证权利');
  if (input.requirements.legalReview.required) next.push('法制审核');
  if (input.requirements.collective.required) next.push('集体讨论');
  const model: M.InvestigationReportModel = {
    agency: await agency(tx),
    cause: lawCase.title,
    party: await mainParty(deps, tx, lawCase.id),
    officers: await caseOfficers(tx, lawCase, todayOf(deps)),
    filedOn: lawCase.filedOn ?? todayOf(deps),
    process: `本案于${lawCase.filedOn ?? ''}立案，承办人员依法开展调查取证，共收集证据${evidence.length}份。`,
    facts: input.facts,
    evidence: evidence.map((e) => ({ name: `${e.seq}. ${e.title}`, proves: e.description || e.title })),
    violated: v.violated || '—',
    basis: v.basis || '—',
    discretion: {
      standard: '本局行政处罚裁量基准',
      band: band?.band ? band.band.level : '—',
      circumstances: band?.band?.circumstances ?? input.reasons,
    },
    proposedOutcome: input.outcome,
    ...(input.outcome === 'penalty' ? { proposedPenalty: penaltyText(input.penalty) } : {}),
    ...(next.length ? { nextSteps: next.join('、') } : {}),
    reportedOn: todayOf(deps),
  };
  return issueDocument(deps, tx, lawCase, 'investigation_report', model, actor, ctx);
}

export async function issuePenaltyNotice(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  req: ReturnType<typeof caseRequirements>,
  actor: CaseActor,
  ctx: AuditContext,
) {
  const v = await violationText(tx, lawCase.id);
  const lead = (await caseRepository.activeOfficers(tx, lawCase.id)).find((o) => o.role === 'lead');
  const leadName = lead ? ((await caseRepository.userNames(tx, [lead.userId])).get(lead.userId) ?? '') : '';
  const a = await agency(tx);
  const model: M.PenaltyNoticeModel = {
    agency: a,
    party: await mainParty(deps, tx, lawCase.id),
    facts: lawCase.facts,
    evidence: await evidenceList(tx, lawCase.id),
    violated: v.violated,
    basis: v.basis,
    ...(v.discretion ? { discretion: v.discretion } : {}),
    proposedPenalty: penaltyText(lawCase.proposedPenalty),
    statementDays: 3,
    hearing: req.hearing.eligible ? { offered: true, workingDays: 5 } : { offered: false },
    contact: { person: leadName, phone: a.phone, address: a.address },
    issuedOn: todayOf(deps),
  };
  return issueDocument(deps, tx, lawCase, 'penalty_notice', model, actor, ctx);
}

export async function issueLegalReviewOpinion(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  review: LegalReviewRow & { checklist: { key: string; ok: boolean; note: string }[] },
  actor: CaseActor,
  ctx: AuditContext,
) {
  const points = Object.fromEntries(
    LEGAL_REVIEW_POINTS.map((p) => {
      const c = review.checklist.find((x) => x.key === p.key);
      return [p.key, { ok: c?.ok ?? false, ...(c?.note ? { note: c.note } : {}) }];
    }),
  ) as Record<LegalReviewPointKey, { ok: boolean; note?: string }>;
  const model: M.LegalReviewOpinionModel = {
    agency: await agency(tx),
    caseNo: lawCase.caseNo ?? '',
    cause: lawCase.title,
    partyName: lawCase.partyNames,
    submittedBy: await caseRepository.unitName(tx, lawCase.unitId),
    submittedOn: localDateOfInstant(review.submittedAt),
    points,
    missingAvRecords: review.missingAv.map((m) => `${m.label}：${m.detail}`),
    opinion: review.opinion!,
    reasons: review.reasons ?? '',
    reviewers: [review.reviewerName ?? actor.name],
    reviewedOn: todayOf(deps),
  };
  return issueDocument(deps, tx, lawCase, 'legal_review_opinion', model, actor, ctx);
}

export async function issueCollectiveRecord(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  row: CollectiveRow,
  actor: CaseActor,
  ctx: AuditContext,
) {
  const start = dt(row.heldAt);
  const model: M.CollectiveDiscussionRecordModel = {
    agency: await agency(tx),
    cause: lawCase.title,
    partyName: lawCase.partyNames,
    startedAt: start,
    endedAt: start,
    place: row.place,
    chair: { name: row.chairName, position: '主持人' },
    participants: row.participants.map((p) => ({ name: p.name, position: p.title })),
    recorder: { name: row.recorderName, position: '记录人' },
    report: {
      by: { name: actor.name, position: '承办人' },
      text: `${lawCase.facts}\n拟处理意见：${penaltyText(lawCase.proposedPenalty)}`,
    },
    speeches: row.participants.map((p) => ({
      speaker: p.name,
      text: `${p.opinion}${p.dissent ? '（保留不同意见）' : ''}`,
    })),
    conclusion: { kind: row.conclusion, text: row.conclusionNote || row.minutes },
  };
  return issueDocument(deps, tx, lawCase, 'collective_discussion_record', model, actor, ctx);
}

export async function issuePenaltyDecision(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  extra: {
    decidedOn: LocalDate;
    performance: string;
    reconsiderationBody: string;
    court: string;
    payee?: M.Payee;
  },
  actor: CaseActor,
  ctx: AuditContext,
) {
  const v = await violationText(tx, lawCase.id);
  const statements = await procedureRepository.statements(tx, lawCase.id);
  const procedure = [
    lawCase.noticeDeliveredOn ? `本局于${lawCase.noticeDeliveredOn}向你（单位）送达了《行政处罚告知书》` : '',
    statements.some((s) => s.kind === 'statement')
      ? '你（单位）提出了陈述、申辩，本局已进行复核'
      : statements.some((s) => s.kind === 'waiver')
        ? '你（单位）书面放弃陈述、申辩'
        : '你（单位）在规定期限内未提出陈述、申辩',
    lawCase.hearingStatus === 'waived'
      ? '并书面放弃听证'
      : lawCase.hearingStatus === 'lapsed'
        ? '未在法定期限内申请听证'
        : '',
  ]
    .filter(Boolean)
    .join('，');
  const items = lawCase.proposedPenalty?.items ?? [];
  const hasAmount = items.some((i) => i.amountFen);
  const model: M.PenaltyDecisionModel = {
    agency: await agency(tx),
    party: await mainParty(deps, tx, lawCase.id),
    facts: lawCase.facts,
    evidence: (await procedureRepository.evidence(tx, lawCase.id))
      .filter((e) => e.lawfullyObtained)
      .map((e) => e.title),
    procedure: `${procedure}。`,
    violated: v.violated,
    basis: v.basis,
    ...(v.discretion ? { discretion: v.discretion } : {}),
    penalties: items.map((i) => ({
      kind: i.kind,
      ...(i.amountFen ? { amountFen: i.amountFen } : {}),
      ...(i.note ? { detail: i.note } : {}),
    })),
    ...(hasAmount
      ? { payment: { days: 15, lateFee: true, ...(extra.payee ? { payee: extra.payee } : {}) } }
      : {}),
    remedies: { reconsiderationBody: extra.reconsiderationBody, court: extra.court },
    issuedOn: extra.decidedOn,
  };
  return issueDocument(deps, tx, lawCase, 'penalty_decision', model, actor, ctx);
}

const RECEIPT_METHOD_NOTE: Record<string, string> = {
  left: '受送达人拒绝签收，已邀请见证人到场，将文书留置送达',
  public_notice: '公告送达',
};

export async function issueDeliveryReceipt(
  deps: CaseDeps,
  tx: Tx,
  lawCase: CaseRow,
  doc: OfficialDocumentRow,
  delivery: DeliveryRow,
  actor: CaseActor,
  ctx: AuditContext,
) {
  const model: M.DeliveryReceiptModel = {
    agency: await agency(tx),
    documents: [{ name: doc.title, ...(doc.number ? { number: doc.number } : {}) }],
    recipient: delivery.recipient,
    place: delivery.place ?? delivery.eAddress ?? delivery.noticeMedium ?? '',
    method: delivery.method,
    deliveredAt: dt(delivery.deliveredAt),
    receipt:
      delivery.refusedToSign || delivery.method === 'left'
        ? { signed: false, refusal: delivery.reason ?? RECEIPT_METHOD_NOTE.left! }
        : { signed: true, name: delivery.recipient },
    ...(delivery.witnesses.length ? { witnesses: delivery.witnesses.map((name) => ({ name })) } : {}),
    officers: await caseOfficers(tx, lawCase, localDateOfInstant(delivery.deliveredAt)),
    remarks: [
      delivery.postNo ? `邮件号码：${delivery.postNo}` : '',
      delivery.method === 'public_notice'
        ? `公告载体：${delivery.noticeMedium ?? ''}；自公告之日起经过三十日视为送达（${delivery.effectiveOn}）`
        : '',
    ]
      .filter(Boolean)
      .join('；'),
  };
  return issueDocument(deps, tx, lawCase, 'delivery_receipt', model, actor, ctx);
}

export { OUTCOME_LABELS, yearOf, nowOf };
