import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AllocationFactsBody,
  AllocationView,
  AppealBody,
  AppealOutcomeBody,
  CloseBody,
  DecisionBody,
  DOCUMENT_KINDS,
  DocumentQuery,
  FaultPersonOption,
  FaultSettingsBody,
  FaultSettingsView,
  FaultStats,
  FindingBody,
  InformBody,
  InquiryBody,
  LeadBody,
  MatterListQuery,
  MatterSummary,
  MatterView,
  NoticeBody,
  ReviewApplicationBody,
  ReviewDecisionBody,
  SourceOption,
  StatementBody,
  StatsQuery,
  SubjectsBody,
  TriageBody,
} from '../../../common/contracts/fault.js';
import { IdParams, Ok, pageOf, Uuid } from '../../../common/contracts/shared.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import { contentDisposition } from '../../platform/files/index.js';
import { caseActor, type CaseDeps } from '../cases/index.js';
import {
  applyForReview,
  closeMatter,
  decideReview,
  fileAppeal,
  recordAppealOutcome,
  saveSettings,
  serveNotice,
} from './commands/after.js';
import { decide } from './commands/decision.js';
import { allocationFor, inform, recordStatement, submitFinding } from './commands/finding.js';
import { addSubjects, recordInquiry, triage } from './commands/investigation.js';
import { registerLead } from './commands/leads.js';
import { faultRepository as repo } from './fault.repository.js';
import { matterDocument } from './queries/documents.js';
import {
  exportMatters,
  listMatters,
  matterView,
  myMatters,
  peopleOptions,
  sourceOptions,
} from './queries/matters.js';
import { faultStats } from './queries/stats.js';
import { DEFAULT_REPEAT } from './rules/repeat.js';

const tags = ['行政执法过错责任追究'];
const ok = { 200: Ok };
const Created = z.object({ id: z.uuid() });
const ReviewParams = z.object({ id: Uuid, reviewId: Uuid });
const AppealParams = z.object({ id: Uuid, appealId: Uuid });
const DocParams = z.object({ id: Uuid, kind: z.enum(DOCUMENT_KINDS) });
const CaseQuery = z.object({ caseId: Uuid });

export const faultRoutes: FastifyPluginAsyncZod<CaseDeps> = async (app, deps) => {
  const actorOf = (request: Parameters<typeof requireActor>[0]) => caseActor(requireActor(request));
  const ctxOf = requestAuditContext;
  const signedIn = { access: access.authenticated() };
  const view = { access: access.permission('fault.view') };
  const refer = { access: access.permission('fault.refer') };
  const handle = { access: access.permission('fault.handle') };
  const decideAccess = { access: access.permission('fault.decide') };

  app.get(
    '/api/fault/matters',
    {
      config: view,
      schema: {
        tags,
        summary: '过错线索与追究事项台账',
        querystring: MatterListQuery,
        response: { 200: pageOf(MatterSummary) },
      },
    },
    async (request) => listMatters(deps, request.query),
  );
  app.get(
    '/api/fault/matters/export',
    {
      config: view,
      schema: { tags, summary: '导出过错责任追究台账（Excel）', querystring: MatterListQuery },
    },
    async (request, reply) => {
      const r = await exportMatters(deps, request.query, ctxOf(request));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition('attachment', r.fileName))
        .send(r.xlsx);
    },
  );
  app.get(
    '/api/fault/matters/mine',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '与我有关的过错责任追究事项（被调查、被追究或本人登记的线索）',
        response: { 200: z.array(MatterSummary) },
      },
    },
    async (request) => myMatters(deps, actorOf(request)),
  );
  app.post(
    '/api/fault/leads',
    {
      config: refer,
      schema: {
        tags,
        summary: '登记行政执法过错线索',
        body: LeadBody,
        response: { 201: z.object({ id: z.uuid(), no: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerLead(deps, actorOf(request), request.body, ctxOf(request))),
  );
  app.get(
    '/api/fault/matters/:id',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '过错责任追究事项（查阅留痕；无权查看的答 404）',
        params: IdParams,
        response: { 200: MatterView },
      },
    },
    async (request) => matterView(deps, actorOf(request), request.params.id, ctxOf(request)),
  );
  app.post(
    '/api/fault/matters/:id/triage',
    {
      config: handle,
      schema: {
        tags,
        summary: '初核：立项调查或不予立项（第二条）',
        params: IdParams,
        body: TriageBody,
        response: ok,
      },
    },
    async (request) => {
      await triage(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fault/matters/:id/subjects',
    {
      config: handle,
      schema: { tags, summary: '增加被调查人员', params: IdParams, body: SubjectsBody, response: ok },
    },
    async (request) => {
      await addSubjects(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fault/matters/:id/inquiries',
    {
      config: handle,
      schema: {
        tags,
        summary: '制作调查笔录（调查人员不少于二人）',
        params: IdParams,
        body: InquiryBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordInquiry(deps, actorOf(request), request.params.id, request.body, ctxOf(request))),
  );
  app.post(
    '/api/fault/matters/:id/allocation',
    {
      config: handle,
      schema: {
        tags,
        summary: '按第九条由案件审批记录提出责任划分建议（不保存）',
        params: IdParams,
        body: AllocationFactsBody,
        response: { 200: AllocationView },
      },
    },
    async (request) => allocationFor(deps, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/fault/matters/:id/finding',
    {
      config: handle,
      schema: {
        tags,
        summary: '作出过错责任认定（第三、五至九条）',
        params: IdParams,
        body: FindingBody,
        response: ok,
      },
    },
    async (request) => {
      await submitFinding(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fault/matters/:id/inform',
    {
      config: handle,
      schema: { tags, summary: '告知认定事实和拟处理意见', params: IdParams, body: InformBody, response: ok },
    },
    async (request) => {
      await inform(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fault/matters/:id/statements',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '陈述申辩（本人提出或调查人员记录）',
        params: IdParams,
        body: StatementBody,
        response: ok,
      },
    },
    async (request) => {
      await recordStatement(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fault/matters/:id/decision',
    {
      config: decideAccess,
      schema: {
        tags,
        summary: '作出过错责任处理决定（第十、十三条）',
        params: IdParams,
        body: DecisionBody,
        response: ok,
      },
    },
    async (request) => {
      await decide(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fault/matters/:id/notices',
    {
      config: handle,
      schema: {
        tags,
        summary: '送达处理决定（10日内，第十一条）',
        params: IdParams,
        body: NoticeBody,
        response: { 200: z.object({ late: z.boolean() }) },
      },
    },
    async (request) => serveNotice(deps, actorOf(request), request.params.id, request.body, ctxOf(request)),
  );
  app.post(
    '/api/fault/matters/:id/reviews',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '申请复核（接到决定通知之日起30日内，第十二条）',
        params: IdParams,
        body: ReviewApplicationBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await applyForReview(deps, actorOf(request), request.params.id, request.body, ctxOf(request))),
  );
  app.post(
    '/api/fault/matters/:id/reviews/:reviewId/decision',
    {
      config: decideAccess,
      schema: {
        tags,
        summary: '作出复核决定（不得加重）',
        params: ReviewParams,
        body: ReviewDecisionBody,
        response: ok,
      },
    },
    async (request) => {
      await decideReview(
        deps,
        actorOf(request),
        request.params.id,
        request.params.reviewId,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fault/matters/:id/appeals',
    {
      config: signedIn,
      schema: { tags, summary: '登记申诉', params: IdParams, body: AppealBody, response: { 201: Created } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await fileAppeal(deps, actorOf(request), request.params.id, request.body, ctxOf(request))),
  );
  app.post(
    '/api/fault/matters/:id/appeals/:appealId/outcome',
    {
      config: handle,
      schema: {
        tags,
        summary: '登记申诉处理结果',
        params: AppealParams,
        body: AppealOutcomeBody,
        response: ok,
      },
    },
    async (request) => {
      await recordAppealOutcome(
        deps,
        actorOf(request),
        request.params.id,
        request.params.appealId,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fault/matters/:id/close',
    {
      config: handle,
      schema: { tags, summary: '办结（处理决定均已送达）', params: IdParams, body: CloseBody, response: ok },
    },
    async (request) => {
      await closeMatter(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.get(
    '/api/fault/matters/:id/documents/:kind',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '过错责任追究文书（PDF 或 DOCX）',
        params: DocParams,
        querystring: DocumentQuery,
      },
    },
    async (request, reply) => {
      const r = await matterDocument(
        deps,
        actorOf(request),
        request.params.id,
        request.params.kind,
        request.query,
        ctxOf(request),
      );
      return reply
        .header('content-type', r.contentType)
        .header(
          'content-disposition',
          contentDisposition(request.query.format === 'pdf' ? 'inline' : 'attachment', r.fileName),
        )
        .send(r.body);
    },
  );
  app.get(
    '/api/fault/people',
    {
      config: refer,
      schema: {
        tags,
        summary: '本局人员（被调查人员、调查人员的选择）',
        response: { 200: z.array(FaultPersonOption) },
      },
    },
    async () => peopleOptions(deps),
  );
  app.get(
    '/api/fault/sources',
    {
      config: refer,
      schema: {
        tags,
        summary: '案件中可关联的原始记录（复议诉讼结果、逾期期限、干预认定）',
        querystring: CaseQuery,
        response: { 200: z.array(SourceOption) },
      },
    },
    async (request) => sourceOptions(deps, actorOf(request), request.query.caseId),
  );
  app.get(
    '/api/fault/settings',
    {
      config: view,
      schema: {
        tags,
        summary: '过错责任追究设置（“多次”的期间和次数）',
        response: { 200: FaultSettingsView },
      },
    },
    async () => {
      const row = await repo.settings(deps.database.db);
      return row
        ? {
            repeatWindowMonths: row.repeatWindowMonths,
            repeatThreshold: row.repeatThreshold,
            updatedByName: row.updatedByName,
            updatedAt: row.updatedAt.toISOString(),
          }
        : { ...DEFAULT_REPEAT, updatedByName: null, updatedAt: null };
    },
  );
  app.put(
    '/api/fault/settings',
    {
      config: handle,
      schema: { tags, summary: '修改过错责任追究设置', body: FaultSettingsBody, response: ok },
    },
    async (request) => {
      await saveSettings(deps, actorOf(request), request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.get(
    '/api/fault/stats',
    {
      config: { access: access.permission('fault.stats') },
      schema: { tags, summary: '过错责任追究统计', querystring: StatsQuery, response: { 200: FaultStats } },
    },
    async (request) => faultStats(deps, request.query),
  );
};
