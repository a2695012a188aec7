import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApprovalBody,
  ApprovalTodoList,
  AssignOfficerBody,
  CaseDetail,
  CasePage,
  CaseQuery,
  DismissSourceBody,
  FilingBody,
  OfficerCandidateList,
  PartyBody,
  RecusalBody,
  RemoveOfficerBody,
  SourceBody,
  SourcePage,
  SourceQuery,
  TimelineList,
  ViolationBody,
} from '../../../common/contracts/cases.js';
import { ENFORCEMENT_CATEGORIES } from '../../../common/contracts/personnel.js';
import { IdParams, Ok, Uuid } from '../../../common/contracts/shared.js';
import type { LocalDate } from '../../kernel/local-date.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import { rawUploadParser, uploadedFileName, uploadSource } from '../../platform/files/index.js';
import { caseActor, todayOf, type CaseDeps } from './cases.context.js';
import { decideApproval } from './commands/approvals.js';
import {
  addParty,
  addViolation,
  assignOfficer,
  declareRecusal,
  recordEDeliveryConsent,
  removeOfficer,
  removeViolation,
  updateParty,
} from './commands/case-file.js';
import { dismissSource, proposeFiling, registerSource } from './commands/filing.js';
import { exportCases } from './queries/export.js';
import {
  approvalTodos,
  caseTimeline,
  getCase,
  listCases,
  listSources,
  officerCandidates,
} from './queries/cases.js';

const tags = ['行政处罚案件'];
const Created = z.object({ id: z.uuid() });
const ApprovalParams = z.object({ id: Uuid, approvalId: Uuid });
const PartyParams = z.object({ id: Uuid, partyId: Uuid });
const ViolationParams = z.object({ id: Uuid, violationId: Uuid });
const OfficerRowParams = z.object({ id: Uuid, rowId: Uuid });

/** 案源, 立案, the case list and page, approvals, parties, violations and officers. */
export const caseRoutes: FastifyPluginAsyncZod<CaseDeps> = async (app, deps) => {
  const db = deps.database.db;
  const actorOf = (request: Parameters<typeof requireActor>[0]) => caseActor(requireActor(request));

  app.get(
    '/api/case-sources',
    {
      config: { access: access.permission('case.view') },
      schema: { tags, summary: '案源列表', querystring: SourceQuery, response: { 200: SourcePage } },
    },
    async (request) => listSources(db, actorOf(request), request.query),
  );
  app.post(
    '/api/case-sources',
    {
      config: { access: access.permission('case.handle') },
      schema: { tags, summary: '登记案源', body: SourceBody, response: { 201: Created } },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await registerSource(deps, actorOf(request), request.body, requestAuditContext(request)),
      }),
  );
  app.post(
    '/api/case-sources/:id/dismiss',
    {
      config: { access: access.permission('case.approve') },
      schema: {
        tags,
        summary: '案源不予立案',
        params: IdParams,
        body: DismissSourceBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await dismissSource(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );
  app.get(
    '/api/officer-candidates',
    {
      config: { access: access.permission('case.view') },
      schema: {
        tags,
        summary: '可指派的执法人员及其资格（不指定执法类别时，持有任一类别有效证件即为合格）',
        querystring: z.object({
          category: z.enum(ENFORCEMENT_CATEGORIES).optional(),
          on: z.iso.date().optional(),
        }),
        response: { 200: OfficerCandidateList },
      },
    },
    async (request) =>
      officerCandidates(db, request.query.category, (request.query.on ?? todayOf(deps)) as LocalDate),
  );
  app.post(
    '/api/cases',
    {
      config: { access: access.permission('case.handle') },
      schema: { tags, summary: '提请立案（立案审批表）', body: FilingBody, response: { 201: Created } },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await proposeFiling(deps, actorOf(request), request.body, requestAuditContext(request)),
      }),
  );
  app.get(
    '/api/cases',
    {
      config: { access: access.permission('case.view') },
      schema: { tags, summary: '案件列表', querystring: CaseQuery, response: { 200: CasePage } },
    },
    async (request) => ({
      ...(await listCases(db, actorOf(request), request.query)),
      page: request.query.page,
      pageSize: request.query.pageSize,
    }),
  );
  app.get(
    '/api/cases/export.xlsx',
    {
      config: { access: access.permission('case.view') },
      schema: { tags, summary: '导出案件清单（Excel）', querystring: CaseQuery },
    },
    async (request, reply) => {
      const file = await exportCases(deps, actorOf(request), request.query, requestAuditContext(request));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="cases.xlsx"; filename*=UTF-8''${encodeURIComponent('案件清单.xlsx')}`,
        )
        .send(file);
    },
  );
  app.get(
    '/api/cases/:id',
    {
      config: { access: access.permission('case.view') },
      schema: { tags, summary: '案件详情', params: IdParams, response: { 200: CaseDetail } },
    },
    async (request) => getCase(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/api/cases/:id/timeline',
    {
      config: { access: access.permission('case.view') },
      schema: { tags, summary: '案件时间线（审计记录）', params: IdParams, response: { 200: TimelineList } },
    },
    async (request) => caseTimeline(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/api/case-approvals',
    {
      config: { access: access.permission('case.view') },
      schema: { tags, summary: '待办审批', response: { 200: ApprovalTodoList } },
    },
    async (request) => approvalTodos(db, actorOf(request)),
  );
  app.post(
    '/api/cases/:id/approvals/:approvalId',
    {
      config: { access: access.permission('case.approve') },
      schema: { tags, summary: '审批', params: ApprovalParams, body: ApprovalBody, response: { 200: Ok } },
    },
    async (request) => {
      await decideApproval(
        deps,
        actorOf(request),
        request.params.id,
        request.params.approvalId,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/cases/:id/parties',
    {
      config: { access: access.permission('case.handle') },
      schema: { tags, summary: '登记当事人', params: IdParams, body: PartyBody, response: { 201: Created } },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await addParty(
          deps,
          actorOf(request),
          request.params.id,
          request.body,
          requestAuditContext(request),
        ),
      }),
  );
  app.put(
    '/api/cases/:id/parties/:partyId',
    {
      config: { access: access.permission('case.handle') },
      schema: { tags, summary: '修改当事人', params: PartyParams, body: PartyBody, response: { 200: Ok } },
    },
    async (request) => {
      await updateParty(
        deps,
        actorOf(request),
        request.params.id,
        request.params.partyId,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );
  await app.register(async (plugin) => {
    const uploads = plugin.withTypeProvider<ZodTypeProvider>();
    uploads.addContentTypeParser('application/octet-stream', rawUploadParser);
    uploads.put(
      '/api/cases/:id/parties/:partyId/e-delivery-consent',
      {
        bodyLimit: 20 * 1024 * 1024,
        config: { access: access.permission('case.handle') },
        schema: {
          tags,
          summary: '上传电子送达确认书（原始文件）',
          params: PartyParams,
          querystring: z.object({ address: z.string() }),
          response: { 200: Ok },
        },
      },
      async (request) => {
        const { source, maxBytes } = uploadSource(request);
        await recordEDeliveryConsent(
          deps,
          actorOf(request),
          request.params.id,
          request.params.partyId,
          request.query.address,
          { source, maxBytes, fileName: uploadedFileName(request) },
          requestAuditContext(request),
        );
        return { ok: true as const };
      },
    );
  });
  app.post(
    '/api/cases/:id/violations',
    {
      config: { access: access.permission('case.handle') },
      schema: {
        tags,
        summary: '认定违法行为',
        params: IdParams,
        body: ViolationBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await addViolation(
          deps,
          actorOf(request),
          request.params.id,
          request.body,
          requestAuditContext(request),
        ),
      }),
  );
  app.post(
    '/api/cases/:id/violations/:violationId/remove',
    {
      config: { access: access.permission('case.handle') },
      schema: { tags, summary: '删除违法行为', params: ViolationParams, response: { 200: Ok } },
    },
    async (request) => {
      await removeViolation(
        deps,
        actorOf(request),
        request.params.id,
        request.params.violationId,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/cases/:id/officers',
    {
      config: { access: access.permission('case.approve') },
      schema: {
        tags,
        summary: '指派执法人员',
        params: IdParams,
        body: AssignOfficerBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await assignOfficer(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/cases/:id/officers/:rowId/remove',
    {
      config: { access: access.permission('case.approve') },
      schema: {
        tags,
        summary: '调整执法人员',
        params: OfficerRowParams,
        body: RemoveOfficerBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await removeOfficer(
        deps,
        actorOf(request),
        request.params.id,
        request.params.rowId,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/cases/:id/recusal',
    {
      config: { access: access.permission('case.handle') },
      schema: { tags, summary: '回避声明', params: IdParams, body: RecusalBody, response: { 200: Ok } },
    },
    async (request) => {
      await declareRecusal(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );
};
