import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CollectiveBody,
  CorrectDocumentBody,
  CustodyBody,
  DecisionRequestBody,
  EvidenceBody,
  ExtensionBody,
  FileUploadQuery,
  InquiryRecordBody,
  InspectionRecordBody,
  LegalOpinionBody,
  LegalReviewSubmitBody,
  NoticeDeliveryBody,
  PreservationBody,
  PreservationDecisionBody,
  ProposalChangeBody,
  ReportBody,
  StatementBody,
  StatementReviewBody,
} from '../../../common/contracts/cases.js';
import { IdParams, Ok, Uuid } from '../../../common/contracts/shared.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import { rawUploadParser, uploadedFileName, uploadSource } from '../../platform/files/index.js';
import { caseActor, type CaseDeps } from './cases.context.js';
import { caseCommands } from './commands/index.js';
import { readCaseDocument, readEvidenceFile, correctCaseDocument } from './queries/files.js';

const tags = ['行政处罚案件'];
const Created = z.object({ id: z.uuid() });
const WithDoc = z.object({ id: z.uuid(), documentId: z.uuid() });
const EvidenceParams = z.object({ id: Uuid, evidenceId: Uuid });
const FileParams = z.object({ id: Uuid, fileId: Uuid });
const PreservationParams = z.object({ id: Uuid, pid: Uuid });
const DocParams = z.object({ id: Uuid, docId: Uuid, format: z.enum(['pdf', 'docx']) });
const DocIdParams = z.object({ id: Uuid, docId: Uuid });

/** Largest evidence file accepted (a long 执法记录仪 video). */
export const MAX_EVIDENCE_BYTES = 4 * 1024 ** 3;

/** Evidence, records, preservation, report, notice, defence, legal review, collective discussion, decision, delivery. */
export const procedureRoutes: FastifyPluginAsyncZod<CaseDeps> = async (app, deps) => {
  const c = caseCommands;
  const actorOf = (request: Parameters<typeof requireActor>[0]) => caseActor(requireActor(request));
  const handle = { access: access.permission('case.handle') };
  const ok = { 200: Ok };

  /** A POST on the case that answers {ok}: handler(deps, actor, caseId, body, ctx). */
  function action<B extends z.ZodType>(
    path: string,
    summary: string,
    body: B | null,
    run: (
      actor: ReturnType<typeof actorOf>,
      id: string,
      body: z.infer<B>,
      ctx: ReturnType<typeof requestAuditContext>,
    ) => Promise<unknown>,
    permission: Parameters<typeof access.permission>[0] = 'case.handle',
  ) {
    app.post(
      path,
      {
        config: { access: access.permission(permission) },
        schema: { tags, summary, params: IdParams, ...(body ? { body } : {}), response: ok },
      },
      async (request) => {
        await run(
          actorOf(request),
          request.params.id,
          request.body as z.infer<B>,
          requestAuditContext(request),
        );
        return { ok: true as const };
      },
    );
  }

  app.post(
    '/api/cases/:id/evidence',
    {
      config: handle,
      schema: { tags, summary: '登记证据', params: IdParams, body: EvidenceBody, response: { 201: Created } },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await c.addEvidence(
          deps,
          actorOf(request),
          request.params.id,
          request.body,
          requestAuditContext(request),
        ),
      }),
  );
  await app.register(async (plugin) => {
    const uploads = plugin.withTypeProvider<ZodTypeProvider>();
    uploads.addContentTypeParser('application/octet-stream', rawUploadParser);
    uploads.put(
      '/api/cases/:id/evidence/:evidenceId/files',
      {
        bodyLimit: MAX_EVIDENCE_BYTES,
        config: handle,
        schema: {
          tags,
          summary: '上传证据文件（原始文件流，x-file-name 为文件名）',
          params: EvidenceParams,
          querystring: FileUploadQuery,
          response: { 201: Created },
        },
      },
      async (request, reply) => {
        const { source, maxBytes } = uploadSource(request);
        const id = await c.uploadEvidenceFile(
          deps,
          actorOf(request),
          request.params.id,
          request.params.evidenceId,
          request.query,
          { source, maxBytes, fileName: uploadedFileName(request) },
          requestAuditContext(request),
        );
        return reply.status(201).send({ id });
      },
    );
  });
  app.get(
    '/api/cases/:id/files/:fileId',
    {
      config: { access: access.permission('case.view') },
      schema: { tags, summary: '调阅证据文件（支持 Range）', params: FileParams },
    },
    async (request, reply) =>
      readEvidenceFile(deps, actorOf(request), request.params.id, request.params.fileId, request, reply),
  );
  app.post(
    '/api/cases/:id/evidence/:evidenceId/custody',
    {
      config: handle,
      schema: { tags, summary: '登记证据保管', params: EvidenceParams, body: CustodyBody, response: ok },
    },
    async (request) => {
      await c.recordCustody(
        deps,
        actorOf(request),
        request.params.id,
        request.params.evidenceId,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/cases/:id/inquiries',
    {
      config: handle,
      schema: {
        tags,
        summary: '制作询问笔录',
        params: IdParams,
        body: InquiryRecordBody,
        response: { 201: WithDoc },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await c.recordInquiry(
            deps,
            actorOf(request),
            request.params.id,
            request.body,
            requestAuditContext(request),
          ),
        ),
  );
  app.post(
    '/api/cases/:id/inspections',
    {
      config: handle,
      schema: {
        tags,
        summary: '制作现场检查记录',
        params: IdParams,
        body: InspectionRecordBody,
        response: { 201: WithDoc },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await c.recordInspection(
            deps,
            actorOf(request),
            request.params.id,
            request.body,
            requestAuditContext(request),
          ),
        ),
  );
  app.post(
    '/api/cases/:id/preservations',
    {
      config: handle,
      schema: {
        tags,
        summary: '申请先行登记保存',
        params: IdParams,
        body: PreservationBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await c.requestPreservation(
          deps,
          actorOf(request),
          request.params.id,
          request.body,
          requestAuditContext(request),
        ),
      }),
  );
  app.post(
    '/api/cases/:id/preservations/:pid/decision',
    {
      config: handle,
      schema: {
        tags,
        summary: '先行登记保存处理决定',
        params: PreservationParams,
        body: PreservationDecisionBody,
        response: ok,
      },
    },
    async (request) => {
      await c.decidePreservedEvidence(
        deps,
        actorOf(request),
        request.params.id,
        request.params.pid,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );

  action('/api/cases/:id/report', '提交案件调查报告', ReportBody, (a, id, b, ctx) =>
    c.submitReport(deps, a, id, b, ctx),
  );
  action(
    '/api/cases/:id/proposal',
    '变更处罚意见（记录变更人、原意见、新意见和理由）',
    ProposalChangeBody,
    (a, id, b, ctx) => c.changeProposal(deps, a, id, b, ctx),
    'case.approve',
  );
  app.post(
    '/api/cases/:id/notice',
    {
      config: handle,
      schema: { tags, summary: '制发行政处罚告知书', params: IdParams, response: { 201: Created } },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await c.issueNotice(deps, actorOf(request), request.params.id, requestAuditContext(request)),
      }),
  );
  action('/api/cases/:id/notice/delivery', '送达行政处罚告知书', NoticeDeliveryBody, (a, id, b, ctx) =>
    c.recordNoticeDelivery(deps, a, id, b, ctx),
  );
  app.post(
    '/api/cases/:id/statements',
    {
      config: handle,
      schema: {
        tags,
        summary: '记录陈述申辩或放弃',
        params: IdParams,
        body: StatementBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await c.recordStatement(
          deps,
          actorOf(request),
          request.params.id,
          request.body,
          requestAuditContext(request),
        ),
      }),
  );
  action('/api/cases/:id/statements/review', '复核陈述申辩', StatementReviewBody, (a, id, b, ctx) =>
    c.reviewStatement(deps, a, id, b, ctx),
  );
  action('/api/cases/:id/close-defence', '结束陈述申辩（听证）阶段', null, (a, id, _b, ctx) =>
    c.closeDefence(deps, a, id, ctx),
  );
  action('/api/cases/:id/legal-review', '提交法制审核', LegalReviewSubmitBody, (a, id, b, ctx) =>
    c.submitLegalReview(deps, a, id, b, ctx),
  );
  action(
    '/api/cases/:id/legal-review/opinion',
    '出具法制审核意见',
    LegalOpinionBody,
    (a, id, b, ctx) => c.giveLegalOpinion(deps, a, id, b, ctx),
    'case.review',
  );
  action(
    '/api/cases/:id/collective',
    '记录集体讨论',
    CollectiveBody,
    (a, id, b, ctx) => c.recordCollective(deps, a, id, b, ctx),
    'case.approve',
  );
  action('/api/cases/:id/decision-request', '提请作出处罚决定', DecisionRequestBody, (a, id, b, ctx) =>
    c.requestDecision(deps, a, id, b, ctx),
  );
  action('/api/cases/:id/extension', '申请延长办案期限', ExtensionBody, (a, id, b, ctx) =>
    c.requestExtension(deps, a, id, b, ctx),
  );
  action('/api/cases/:id/deliveries', '送达行政处罚决定书', NoticeDeliveryBody, (a, id, b, ctx) =>
    c.recordDecisionDelivery(deps, a, id, b, ctx),
  );

  app.get(
    '/api/cases/:id/documents/:docId/:format',
    {
      config: { access: access.permission('case.view') },
      schema: { tags, summary: '文书（PDF 或 Word）', params: DocParams },
    },
    async (request, reply) =>
      readCaseDocument(
        deps,
        actorOf(request),
        request.params.id,
        request.params.docId,
        request.params.format,
        request,
        reply,
      ),
  );
  app.post(
    '/api/cases/:id/documents/:docId/correct',
    {
      config: handle,
      schema: {
        tags,
        summary: '更正文书（生成新版本）',
        params: DocIdParams,
        body: CorrectDocumentBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await correctCaseDocument(
          deps,
          actorOf(request),
          request.params.id,
          request.params.docId,
          request.body.reason,
          requestAuditContext(request),
        ),
      }),
  );
};
