import { AV_STEPS, type CaseDetail, type AvStep } from '../../../common/contracts/cases.js';
import type { LocalDate } from '../../kernel/local-date.js';
import type { Db } from '../../platform/db/database.js';
import { deadlineQueries } from '../deadlines/index.js';
import { checkEnforcementTeam } from '../personnel/index.js';
import { caseRepository } from './case.repository.js';
import type { CaseDeps } from './cases.context.js';
import type { CaseRow } from './cases.schema.js';
import type { loadFacts } from './commands/shared.js';
import { procedureRepository } from './procedure.repository.js';

const STAGE_LABELS: Record<string, string> = {
  investigation_report: '案件调查报告',
  superior_change: '审批人变更',
  defence_review: '采纳陈述申辩',
  collective: '集体讨论',
};

const STEP_LABELS: Record<string, string> = {
  filing_proposed: '提请立案',
  filing_approved: '立案审批通过',
  filing_rejected: '不予立案',
  officer_assigned: '指派执法人员',
  officer_removed: '调整执法人员',
  recusal_declared: '回避声明',
  preservation_requested: '申请先行登记保存',
  preservation_decided: '先行登记保存审批',
  preservation_closed: '先行登记保存处理决定',
  report_submitted: '提交案件调查报告',
  report_approved: '案件审核通过',
  report_returned: '案件审核退回',
  proposal_changed: '变更处罚意见',
  notice_issued: '制发行政处罚告知书',
  notice_delivered: '送达行政处罚告知书',
  statement_recorded: '当事人陈述申辩',
  statement_waived: '当事人放弃陈述申辩',
  statement_reviewed: '复核陈述申辩',
  hearing_requested: '当事人申请听证',
  hearing_waived: '当事人放弃听证',
  defence_closed: '陈述申辩期结束',
  legal_review_submitted: '提交法制审核',
  legal_opinion: '法制审核意见',
  collective_discussion: '集体讨论',
  decision_requested: '提请作出决定',
  decision_approved: '作出决定',
  decision_returned: '决定审批退回',
  extension_requested: '申请延长办案期限',
  extension_decided: '延长办案期限审批',
  decision_delivered: '送达处罚决定书',
  simple_decided: '当场作出处罚决定',
  filed_back: '当场处罚备案',
};

const isAvStep = (s: string | null): s is AvStep => !!s && (AV_STEPS as readonly string[]).includes(s);

/**
 * Everything on the case page but the actor-dependent parts (abilities, pending approvals, requirements), read
 * outside a transaction. ID numbers are masked; files carry size and SM3.
 */
export async function presentCase(
  db: Db,
  deps: CaseDeps,
  c: CaseRow,
  facts: Awaited<ReturnType<typeof loadFacts>>,
  today: LocalDate,
): Promise<
  Omit<CaseDetail, 'pendingApprovals' | 'deadlines' | 'requirements' | 'abilities' | 'chairCandidates'>
> {
  void deps;
  const [
    parties,
    violations,
    evidence,
    files,
    custody,
    records,
    preservations,
    statements,
    reviews,
    collective,
    deliveries,
    documents,
    proposals,
    steps,
    source,
    unitName,
  ] = await Promise.all([
    caseRepository.parties(db, c.id),
    caseRepository.violations(db, c.id),
    procedureRepository.evidence(db, c.id),
    procedureRepository.files(db, c.id),
    procedureRepository.custody(db, c.id),
    procedureRepository.records(db, c.id),
    procedureRepository.preservations(db, c.id),
    procedureRepository.statements(db, c.id),
    procedureRepository.legalReviews(db, c.id),
    procedureRepository.collective(db, c.id),
    procedureRepository.deliveries(db, c.id),
    procedureRepository.documents(db, c.id),
    caseRepository.proposals(db, c.id),
    caseRepository.steps(db, c.id),
    c.sourceId ? caseRepository.findSource(db, c.sourceId) : Promise.resolve(null),
    caseRepository.unitName(db, c.unitId),
  ]);
  const names = await caseRepository.userNames(db, [
    ...evidence.flatMap((e) => e.collectedBy),
    ...files.map((f) => f.uploadedBy),
    ...custody.map((x) => x.recordedBy),
    ...records.map((r) => r.createdBy),
    ...statements.map((s) => s.recordedBy),
    ...reviews.map((r) => r.submittedBy),
    ...deliveries.map((d) => d.recordedBy),
    ...facts.officerRows.map((o) => o.userId),
  ]);
  const team = facts.officerRows.length
    ? await checkEnforcementTeam(db, {
        members: facts.officerRows.map((o) => ({ userId: o.userId })),
        on: today,
        category: c.category,
      })
    : null;
  const deadlineFor = new Map<string, string | null>();
  for (const p of preservations)
    if (p.deadlineId) {
      const d = (await deadlineQueries.forObject(db, 'preservation', p.id))[0];
      deadlineFor.set(p.id, d?.dueDate ?? null);
    }
  const supersededBy = new Map(documents.filter((d) => d.supersedesId).map((d) => [d.supersedesId!, d.id]));
  const docTitle = new Map(documents.map((d) => [d.id, d.title]));
  return {
    id: c.id,
    caseNo: c.caseNo,
    procedure: c.procedure,
    title: c.title,
    category: c.category,
    status: c.status,
    unitId: c.unitId,
    unitName,
    source: source
      ? { id: source.id, sourceNo: source.sourceNo, kind: source.kind, summary: source.summary }
      : null,
    actDate: c.actDate,
    actContinuing: c.actContinuing,
    discoveredOn: c.discoveredOn,
    extendedLimitation: c.extendedLimitation,
    limitationUntil: c.limitationUntil,
    filedOn: c.filedOn,
    facts: c.facts,
    place: c.place,
    flags: {
      majorPublicInterest: c.flagMajorPublicInterest,
      majorRights: c.flagMajorRights,
      complex: c.flagComplex,
      otherLaw: c.flagOtherLaw,
    },
    crimeSuspected: c.crimeSuspected,
    outcome: c.outcome,
    proposedPenalty: c.proposedPenalty,
    noticedPenalty: c.noticedPenalty,
    decidedPenalty: c.decidedPenalty,
    hearingStatus: c.hearingStatus,
    statementStatus: c.statementStatus,
    noticeDeliveredOn: c.noticeDeliveredOn,
    decidedOn: c.decidedOn,
    decisionNo: c.decisionNo,
    deliveredOn: c.deliveredOn,
    formSerial: c.formSerial,
    filedBackOn: c.filedBackOn,
    version: c.version,
    parties: parties.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      idKind: p.idKind,
      idNumberMasked: p.idNumberMasked,
      address: p.address,
      legalRep: p.legalRep,
      phone: p.phone,
      isMinor: p.isMinor,
      limitedCapacity: p.limitedCapacity,
      eDeliveryConsent: p.eDeliveryConsent,
      eDeliveryAddress: p.eDeliveryAddress,
      consentFileName: p.consentFileName,
      consentSm3: p.consentSm3,
    })),
    violations: violations.map((v) => ({
      id: v.id,
      violationTypeId: v.violationTypeId,
      code: v.code,
      name: v.name,
      violatedProvision: v.violatedProvision,
      penaltyProvision: v.penaltyProvision,
      band: v.band
        ? {
            level: v.band.level,
            circumstances: v.band.circumstances,
            fineMinFen: v.band.fineMinFen,
            fineMaxFen: v.band.fineMaxFen,
            otherPenalties: v.band.otherPenalties,
          }
        : null,
      circumstances: v.circumstances,
    })),
    officers: facts.officerRows.map((o, i) => ({
      id: o.id,
      userId: o.userId,
      name: names.get(o.userId) ?? '',
      role: o.role,
      certificateNumber: team?.members[i]?.certificate?.number ?? null,
      eligible: team?.members[i]?.eligible ?? false,
      refusals: team?.members[i]?.refusals ?? [],
      recusal: o.recusal,
      recusalNote: o.recusalNote,
    })),
    evidence: evidence.map((e) => ({
      id: e.id,
      seq: e.seq,
      kind: e.kind,
      title: e.title,
      description: e.description,
      providedBy: e.providedBy,
      collectedByNames: e.collectedBy.map((id) => names.get(id) ?? ''),
      collectedAt: e.collectedAt.toISOString(),
      place: e.place,
      step: isAvStep(e.step) ? e.step : null,
      lawfullyObtained: e.lawfullyObtained,
      unlawfulNote: e.unlawfulNote,
      files: files
        .filter((f) => f.evidenceId === e.id)
        .map((f) => ({
          id: f.id,
          fileName: f.fileName,
          mime: f.mime,
          size: f.size,
          sm3: f.sm3,
          isAv: f.isAv,
          deviceNo: f.deviceNo,
          recordedFrom: f.recordedFrom?.toISOString() ?? null,
          recordedTo: f.recordedTo?.toISOString() ?? null,
          uploadedByName: names.get(f.uploadedBy) ?? '',
          uploadedAt: f.uploadedAt.toISOString(),
        })),
      custody: custody
        .filter((x) => x.evidenceId === e.id)
        .map((x) => ({
          id: x.id,
          at: x.at.toISOString(),
          action: x.action,
          fromPerson: x.fromPerson,
          toPerson: x.toPerson,
          place: x.place,
          note: x.note,
          recordedByName: names.get(x.recordedBy) ?? '',
        })),
    })),
    records: records.map((r) => {
      const d = r.data as { personName?: string; unitName?: string; place?: string };
      return {
        id: r.id,
        kind: r.kind,
        summary:
          r.kind === 'inquiry'
            ? `询问 ${d.personName ?? ''}（${d.place ?? ''}）`
            : `检查 ${d.unitName ?? ''}（${d.place ?? ''}）`,
        evidenceId: r.evidenceId,
        documentId: r.documentId,
        createdByName: names.get(r.createdBy) ?? '',
        createdAt: r.createdAt.toISOString(),
      };
    }),
    preservations: preservations.map((p) => ({
      id: p.id,
      items: p.items,
      place: p.place,
      reason: p.reason,
      status: p.status,
      preservedOn: p.preservedOn,
      dueOn: deadlineFor.get(p.id) ?? null,
      decision: p.decision,
      decisionNote: p.decisionNote,
      decidedOn: p.decidedOn,
      noticeDocumentId: p.noticeDocumentId,
    })),
    statements: statements.map((s) => ({
      id: s.id,
      kind: s.kind,
      receivedOn: s.receivedOn,
      channel: s.channel,
      content: s.content,
      reviewResult: s.reviewResult,
      reviewReason: s.reviewReason,
      recordedByName: names.get(s.recordedBy) ?? '',
    })),
    legalReviews: reviews.map((r) => ({
      id: r.id,
      round: r.round,
      grounds: r.grounds,
      materialsNote: r.materialsNote,
      missingAv: r.missingAv,
      submittedByName: names.get(r.submittedBy) ?? '',
      submittedAt: r.submittedAt.toISOString(),
      dueOn: r.dueOn,
      reviewerName: r.reviewerName,
      opinion: r.opinion,
      checklist: r.checklist,
      reasons: r.reasons,
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      documentId: r.documentId,
    })),
    collective: collective.map((x) => ({
      id: x.id,
      heldAt: x.heldAt.toISOString(),
      place: x.place,
      chairName: x.chairName,
      recorderName: x.recorderName,
      participants: x.participants,
      minutes: x.minutes,
      conclusion: x.conclusion,
      conclusionNote: x.conclusionNote,
      documentId: x.documentId,
    })),
    deliveries: deliveries.map((d) => ({
      id: d.id,
      documentId: d.documentId,
      documentTitle: docTitle.get(d.documentId) ?? '',
      method: d.method,
      recipient: d.recipient,
      deliveredAt: d.deliveredAt.toISOString(),
      effectiveOn: d.effectiveOn,
      place: d.place,
      witnesses: d.witnesses,
      refusedToSign: d.refusedToSign,
      receiptDocumentId: d.receiptDocumentId,
      recordedByName: names.get(d.recordedBy) ?? '',
    })),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind as CaseDetail['documents'][number]['kind'],
      title: d.title,
      number: d.number,
      version: d.version,
      supersedesId: d.supersedesId,
      supersededBy: supersededBy.get(d.id) ?? null,
      correctionReason: d.correctionReason,
      pdfSm3: d.pdfSm3,
      pdfSize: d.pdfSize,
      docxSm3: d.docxSm3,
      docxSize: d.docxSize,
      issuedByName: d.issuedByName,
      issuedAt: d.issuedAt.toISOString(),
    })),
    proposals: proposals.map((p) => ({
      version: p.version,
      stage: p.stage,
      stageLabel: STAGE_LABELS[p.stage] ?? p.stage,
      outcome: p.outcome,
      penalty: p.penalty,
      reason: p.reason,
      proposedByName: p.proposedByName,
      proposedAt: p.proposedAt.toISOString(),
    })),
    steps: steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      label: STEP_LABELS[s.kind] ?? s.kind,
      actorName: s.actorName,
      actorRole: s.actorRole,
      decision: s.decision,
      opinion: s.opinion,
      at: s.at.toISOString(),
    })),
  };
}
