import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ArrangeBody,
  CaseHearing,
  HearingCandidates,
  HearingDetail,
  HearingList,
  HearingListQuery,
  HearingResponseBody,
  HearingRoomBody,
  HearingRooms,
  HearingStats,
  HearingStatsQuery,
  NoticeWindow,
  NoticeWindowQuery,
  NotifyBody,
  PostponeBody,
  RecordBody,
  RecusalDecisionBody,
  RecusalRequestBody,
  ReportBody,
  TerminateBody,
} from '../../../common/contracts/hearings.js';
import { IdParams, Ok, Uuid } from '../../../common/contracts/shared.js';
import type { LocalDate } from '../../kernel/local-date.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import { rawUploadParser, sendBlob, uploadedFileName, uploadSource } from '../../platform/files/index.js';
import { AppError } from '../../platform/http/errors.js';
import { caseActor, procedureRepository, type CaseDeps } from '../cases/index.js';
import { addAgent, readAgentFile, saveRoom } from './commands/agents-rooms.js';
import { arrangeHearing, decideRecusal, requestRecusal } from './commands/arrange.js';
import {
  notifyHearing,
  postponeHearing,
  recordHearing,
  reportHearing,
  terminateHearing,
} from './commands/conduct.js';
import { respondToHearing } from './commands/request.js';
import { loadHearing } from './commands/shared.js';
import { hearingRepository } from './hearing.repository.js';
import {
  caseHearing,
  hearingCandidates,
  hearingDetail,
  hearingStats,
  listHearings,
  noticeWindow,
} from './queries/hearings.js';

const tags = ['听证'];
const Created = z.object({ id: z.uuid() });
const RecusalParams = z.object({ id: Uuid, rid: Uuid });
const AgentParams = z.object({ id: Uuid, agentId: Uuid });
const DocParams = z.object({ id: Uuid, docId: Uuid, format: z.enum(['pdf', 'docx']) });
const AgentQuery = z.object({
  name: z.string().trim().min(1, '请填写代理人姓名').max(50),
  relation: z.string().trim().min(1, '请填写代理人与当事人的关系').max(50),
  phone: z.string().trim().max(50).optional(),
});

const MIME_BY_EXT: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

export const hearingRoutes: FastifyPluginAsyncZod<CaseDeps> = async (app, deps) => {
  const actorOf = (request: Parameters<typeof requireActor>[0]) => caseActor(requireActor(request));
  const view = { access: access.permission('hearing.view') };
  const arrange = { access: access.permission('hearing.arrange') };
  const ok = { 200: Ok };

  app.post(
    '/api/cases/:id/hearing-response',
    {
      config: { access: access.permission('case.handle') },
      schema: {
        tags,
        summary: '记录当事人的听证申请或书面放弃',
        params: IdParams,
        body: HearingResponseBody,
        response: ok,
      },
    },
    async (request) => {
      await respondToHearing(
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
    '/api/cases/:id/hearing',
    {
      config: { access: access.permission('case.view') },
      schema: { tags, summary: '案件的听证', params: IdParams, response: { 200: CaseHearing } },
    },
    async (request) => caseHearing(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/api/hearings',
    {
      config: view,
      schema: {
        tags,
        summary: '听证日程与列表',
        querystring: HearingListQuery,
        response: { 200: HearingList },
      },
    },
    async (request) => listHearings(deps, request.query),
  );
  app.get(
    '/api/hearings/stats',
    {
      config: view,
      schema: { tags, summary: '听证统计', querystring: HearingStatsQuery, response: { 200: HearingStats } },
    },
    async (request) => hearingStats(deps, request.query.year),
  );
  app.get(
    '/api/hearings/notice-window',
    {
      config: view,
      schema: {
        tags,
        summary: '按通知送达日计算最早听证日',
        querystring: NoticeWindowQuery,
        response: { 200: NoticeWindow },
      },
    },
    async (request) => noticeWindow(deps.database.db, request.query.noticeOn as LocalDate),
  );
  app.get(
    '/api/hearing-rooms',
    { config: view, schema: { tags, summary: '听证室', response: { 200: HearingRooms } } },
    async () => ({
      items: (await hearingRepository.rooms(deps.database.db)).map((r) => ({
        id: r.id,
        name: r.name,
        location: r.location,
        capacity: r.capacity,
        active: r.active,
      })),
    }),
  );
  app.post(
    '/api/hearing-rooms',
    {
      config: arrange,
      schema: { tags, summary: '新增听证室', body: HearingRoomBody, response: { 201: Created } },
    },
    async (request, reply) =>
      reply.status(201).send({ id: await saveRoom(deps, null, request.body, requestAuditContext(request)) }),
  );
  app.put(
    '/api/hearing-rooms/:id',
    {
      config: arrange,
      schema: { tags, summary: '修改听证室', params: IdParams, body: HearingRoomBody, response: ok },
    },
    async (request) => {
      await saveRoom(deps, request.params.id, request.body, requestAuditContext(request));
      return { ok: true as const };
    },
  );
  app.get(
    '/api/hearings/:id',
    {
      config: view,
      schema: { tags, summary: '听证详情', params: IdParams, response: { 200: HearingDetail } },
    },
    async (request) => hearingDetail(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/api/hearings/:id/candidates',
    {
      config: view,
      schema: {
        tags,
        summary: '可担任听证人员的工作人员',
        params: IdParams,
        response: { 200: HearingCandidates },
      },
    },
    async (request) => hearingCandidates(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/api/hearings/:id/documents/:docId/:format',
    { config: view, schema: { tags, summary: '听证文书（PDF 预览或 Word 下载）', params: DocParams } },
    async (request, reply) => {
      const hearing = await hearingRepository.byId(deps.database.db, request.params.id);
      if (!hearing) throw new AppError('NOT_FOUND');
      await loadHearing(deps.database.db, hearing, actorOf(request));
      const doc = await procedureRepository.findDocument(
        deps.database.db,
        hearing.caseId,
        request.params.docId,
      );
      if (!doc || !(doc.kind.startsWith('hearing_') || doc.kind === 'recusal_decision'))
        throw new AppError('NOT_FOUND');
      const pdf = request.params.format === 'pdf';
      return sendBlob(reply, deps.blobs, {
        key: pdf ? doc.pdfKey : doc.docxKey,
        size: pdf ? doc.pdfSize : doc.docxSize,
        fileName: `${doc.title}${doc.number ? `（${doc.number}）` : ''}.${request.params.format}`,
        mime: pdf
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        rangeHeader: request.headers.range,
        disposition: pdf ? 'inline' : 'attachment',
      });
    },
  );

  /** A POST on a hearing that answers {ok}. */
  function action<B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (
      actor: ReturnType<typeof actorOf>,
      id: string,
      body: z.infer<B>,
      ctx: ReturnType<typeof requestAuditContext>,
    ) => Promise<unknown>,
  ) {
    app.post(
      path,
      { config: view, schema: { tags, summary, params: IdParams, body, response: ok } },
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
  action('/api/hearings/:id/arrange', '安排听证', ArrangeBody, (a, id, b, ctx) =>
    arrangeHearing(deps, a, id, b, ctx),
  );
  action('/api/hearings/:id/notify', '送达听证会通知书', NotifyBody, (a, id, b, ctx) =>
    notifyHearing(deps, a, id, b, ctx),
  );
  action('/api/hearings/:id/postpone', '延期举行听证', PostponeBody, (a, id, b, ctx) =>
    postponeHearing(deps, a, id, b, ctx),
  );
  action('/api/hearings/:id/terminate', '终止听证', TerminateBody, (a, id, b, ctx) =>
    terminateHearing(deps, a, id, b, ctx),
  );
  action('/api/hearings/:id/record', '记录听证（听证笔录）', RecordBody, (a, id, b, ctx) =>
    recordHearing(deps, a, id, b, ctx),
  );
  action('/api/hearings/:id/report', '提交听证会报告书', ReportBody, (a, id, b, ctx) =>
    reportHearing(deps, a, id, b, ctx),
  );
  app.post(
    '/api/hearings/:id/recusals',
    {
      config: view,
      schema: {
        tags,
        summary: '登记回避申请',
        params: IdParams,
        body: RecusalRequestBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await requestRecusal(
          deps,
          actorOf(request),
          request.params.id,
          request.body,
          requestAuditContext(request),
        ),
      }),
  );
  app.post(
    '/api/hearings/:id/recusals/:rid/decide',
    {
      config: { access: access.permission('case.approve') },
      schema: {
        tags,
        summary: '决定回避申请',
        params: RecusalParams,
        body: RecusalDecisionBody,
        response: ok,
      },
    },
    async (request) => {
      await decideRecusal(
        deps,
        actorOf(request),
        request.params.id,
        request.params.rid,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );
  await app.register(async (plugin) => {
    const uploads = plugin.withTypeProvider<ZodTypeProvider>();
    uploads.addContentTypeParser('application/octet-stream', rawUploadParser);
    uploads.post(
      '/api/hearings/:id/agents',
      {
        bodyLimit: 50 * 1024 ** 2,
        config: view,
        schema: {
          tags,
          summary: '登记委托代理人并上传授权委托书（原始文件流，x-file-name 为文件名）',
          params: IdParams,
          querystring: AgentQuery,
          response: { 201: Created },
        },
      },
      async (request, reply) => {
        const { source } = uploadSource(request);
        const id = await addAgent(
          deps,
          actorOf(request),
          request.params.id,
          request.query,
          { source, fileName: uploadedFileName(request) },
          requestAuditContext(request),
        );
        return reply.status(201).send({ id });
      },
    );
  });
  app.get(
    '/api/hearings/:id/agents/:agentId/file',
    { config: view, schema: { tags, summary: '查阅授权委托书', params: AgentParams } },
    async (request, reply) => {
      const { agent, blobs } = await readAgentFile(
        deps,
        actorOf(request),
        request.params.id,
        request.params.agentId,
        requestAuditContext(request),
      );
      const ext = agent.fileName.split('.').pop()?.toLowerCase() ?? '';
      return sendBlob(reply, blobs, {
        key: agent.fileKey,
        size: agent.fileSize,
        fileName: agent.fileName,
        mime: MIME_BY_EXT[ext] ?? null,
        rangeHeader: request.headers.range,
        disposition: 'inline',
      });
    },
  );
};
