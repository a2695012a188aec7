import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AccessLogEntry,
  ChainCheck,
  DeclarationBody,
  DeclarationStatus,
  FileEntryView,
  FindingBody,
  FindingView,
  FlagResolutionBody,
  FlagView,
  InstructionBody,
  InterferenceSettingsBody,
  InterferenceSettingsValues,
  InterferenceStats,
  JudicialBody,
  MonthBody,
  MonthlyReportView,
  MonthQuery,
  OutcomeBody,
  PersonFileQuery,
  PersonOption,
  RegisterBody,
  RegisterListQuery,
  RegisterSummary,
  RegisterView,
  RetaliationReportBody,
  SupervisionBody,
  SupervisionReviewBody,
  SupervisionView,
  UploadView,
  VerificationBody,
} from '../../../common/contracts/interference.js';
import { IdParams, Ok, pageOf, Uuid } from '../../../common/contracts/shared.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import {
  contentDisposition,
  rawUploadParser,
  sendBlob,
  uploadedFileName,
  uploadSource,
} from '../../platform/files/index.js';
import { AppError } from '../../platform/http/errors.js';
import { caseActor, nowOf, type CaseDeps } from '../cases/index.js';
import { declarationStatus, declare } from './commands/declarations.js';
import { recordFinding } from './commands/findings.js';
import { reportRetaliation, resolveFlag } from './commands/protection.js';
import {
  conclude,
  instruct,
  referToJudiciary,
  submitRegister,
  uploadEvidence,
  verify,
} from './commands/registers.js';
import { generateMonthly, saveSettings, signReport } from './commands/reports.js';
import {
  caseSupervision,
  recordSupervision,
  reviewSupervision,
  supervisionFile,
} from './commands/supervision.js';
import { canSeeRegister } from './interference.policy.js';
import { interferenceRepository as repo } from './interference.repository.js';
import {
  exportPersonFile,
  fileSubjects,
  findings,
  flaggedSupervision,
  flags,
  personFile,
  reportPdf,
  reports,
  settingsView,
  statistics,
  verifyChain,
} from './queries/oversight.js';
import {
  accessLog,
  attachmentOf,
  getRegister,
  listRegisters,
  personOptions,
  registerPdf,
} from './queries/registers.js';

const tags = ['内部人员干预执法办案记录'];
const ok = { 200: Ok };
const Created = z.object({ id: z.uuid() });
const CaseParams = z.object({ caseId: Uuid });
const AttachmentParams = z.object({ id: Uuid, attachmentId: Uuid });
const UserParams = z.object({ userId: Uuid });
const OpenQuery = z.object({ open: z.enum(['true', 'false']).optional() });
const StatsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const SettingsView = z.object({
  current: InterferenceSettingsValues,
  meta: z.array(z.object({ key: z.string(), label: z.string(), basis: z.string() })),
  history: z.array(
    z.object({
      effectiveFrom: z.string(),
      values: InterferenceSettingsValues,
      note: z.string(),
      createdByName: z.string(),
    }),
  ),
});

export const interferenceRoutes: FastifyPluginAsyncZod<CaseDeps> = async (app, deps) => {
  const actorOf = (request: Parameters<typeof requireActor>[0]) => caseActor(requireActor(request));
  const signedIn = { access: access.authenticated() };
  const record = { access: access.permission('interference.record') };
  const oversee = { access: access.permission('interference.oversee') };
  const report = { access: access.permission('interference.report') };
  const db = deps.database.db;
  const ctxOf = requestAuditContext;
  const pdf = (reply: FastifyReply, r: { pdf: Buffer; fileName: string }) =>
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', contentDisposition('inline', r.fileName))
      .send(r.pdf);

  // ------------------------------------------------------------------ the register (第五条)
  await app.register(async (plugin) => {
    const uploads = plugin.withTypeProvider<ZodTypeProvider>();
    uploads.addContentTypeParser('application/octet-stream', rawUploadParser);
    uploads.post(
      '/api/interference/uploads',
      {
        bodyLimit: 200 * 1024 ** 2,
        config: record,
        schema: {
          tags,
          summary: '上传过问登记材料（录音、电子信息、纸质材料扫描件；原始文件流，x-file-name 为文件名）',
          response: { 201: UploadView },
        },
      },
      async (request, reply) => {
        const { source } = uploadSource(request);
        const r = await uploadEvidence(
          deps,
          actorOf(request),
          { source, fileName: uploadedFileName(request) },
          ctxOf(request),
        );
        return reply.status(201).send(r);
      },
    );
  });
  app.get(
    '/api/interference/people',
    {
      config: { access: access.permission('interference.people') },
      schema: { tags, summary: '可选择的过问人（本局人员）', response: { 200: z.array(PersonOption) } },
    },
    async (request) => personOptions(db, actorOf(request)),
  );
  app.post(
    '/api/interference/registers',
    {
      config: record,
      schema: {
        tags,
        summary: '提交《内部人员过问案件办理行为登记表》（提交后直接呈报主要领导，不得修改）',
        body: RegisterBody,
        response: { 201: z.object({ id: z.uuid(), registerNo: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitRegister(deps, actorOf(request), request.body, ctxOf(request))),
  );
  app.get(
    '/api/interference/registers',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '干预登记簿（仅本人登记的、呈报本人的；纪检监察和审计管理员可见全部，过问人及其上下级除外）',
        querystring: RegisterListQuery,
        response: { 200: pageOf(RegisterSummary) },
      },
    },
    async (request) => listRegisters(deps, actorOf(request), request.query),
  );
  app.get(
    '/api/interference/registers/:id',
    {
      config: signedIn,
      schema: { tags, summary: '查阅登记表（查阅留痕）', params: IdParams, response: { 200: RegisterView } },
    },
    async (request) => getRegister(deps, actorOf(request), request.params.id, ctxOf(request)),
  );
  // Nothing submitted is edited or removed (第六条): the verbs exist only to say so, after the visibility check.
  for (const method of ['PUT', 'PATCH', 'DELETE'] as const)
    app.route({
      method,
      url: '/api/interference/registers/:id',
      config: signedIn,
      schema: { tags, summary: '登记表提交后不得修改或删除（更正请另行登记）', params: IdParams },
      handler: async (request) => {
        const r = await repo.register(db, request.params.id);
        if (!r || !canSeeRegister(actorOf(request), r)) throw new AppError('NOT_FOUND');
        throw new AppError('INTERFERENCE_IMMUTABLE', undefined, {
          basis: '《赤峰市应急管理局内部人员干预执法办案记录和责任追究制度》第五条、第六条',
          rule: 'interference.immutable',
        });
      },
    });
  app.get(
    '/api/interference/registers/:id/pdf',
    { config: signedIn, schema: { tags, summary: '打印登记表（PDF，打印留痕）', params: IdParams } },
    async (request, reply) =>
      pdf(reply, await registerPdf(deps, actorOf(request), request.params.id, ctxOf(request))),
  );
  app.get(
    '/api/interference/registers/:id/attachments/:attachmentId',
    { config: signedIn, schema: { tags, summary: '查阅登记附件（查阅留痕）', params: AttachmentParams } },
    async (request, reply) => {
      const a = await attachmentOf(
        deps,
        actorOf(request),
        request.params.id,
        request.params.attachmentId,
        ctxOf(request),
      );
      return sendBlob(reply, deps.blobs, {
        key: a.fileKey,
        size: a.fileSize,
        fileName: a.fileName,
        mime: a.mime,
        rangeHeader: request.headers.range,
        disposition: 'inline',
      });
    },
  );
  app.get(
    '/api/interference/registers/:id/access-log',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '登记表的查阅和处理记录',
        params: IdParams,
        response: { 200: z.array(AccessLogEntry) },
      },
    },
    async (request) => accessLog(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/api/interference/registers/:id/instruction',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '主要领导批示（过问人为主要领导的，由纪检监察提出意见）',
        params: IdParams,
        body: InstructionBody,
        response: ok,
      },
    },
    async (request) => {
      await instruct(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/interference/registers/:id/verification',
    {
      config: oversee,
      schema: { tags, summary: '登记核查结论', params: IdParams, body: VerificationBody, response: ok },
    },
    async (request) => {
      await verify(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/interference/registers/:id/outcome',
    {
      config: oversee,
      schema: { tags, summary: '登记处理结果（第九条）', params: IdParams, body: OutcomeBody, response: ok },
    },
    async (request) => {
      await conclude(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/interference/registers/:id/judicial-referral',
    {
      config: oversee,
      schema: { tags, summary: '移送司法机关（第九条）', params: IdParams, body: JudicialBody, response: ok },
    },
    async (request) => {
      await referToJudiciary(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );

  // ------------------------------------------------------------------ the close-of-case declaration
  app.get(
    '/api/cases/:caseId/interference-declarations',
    {
      config: { access: access.permission('case.view') },
      schema: {
        tags,
        summary: '结案前有无内部人员过问的声明情况',
        params: CaseParams,
        response: { 200: DeclarationStatus },
      },
    },
    async (request) => declarationStatus(db, actorOf(request), request.params.caseId),
  );
  app.post(
    '/api/cases/:caseId/interference-declarations',
    {
      config: record,
      schema: {
        tags,
        summary: '声明本案有无内部人员过问',
        params: CaseParams,
        body: DeclarationBody,
        response: ok,
      },
    },
    async (request) => {
      await declare(deps, actorOf(request), request.params.caseId, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );

  // ------------------------------------------------------------------ supervision (第八条)
  app.post(
    '/api/interference/supervision',
    {
      config: record,
      schema: {
        tags,
        summary: '登记监督指导工作记录',
        body: SupervisionBody,
        response: { 201: z.object({ id: z.uuid(), flagged: z.boolean() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordSupervision(deps, actorOf(request), request.body, ctxOf(request))),
  );
  app.get(
    '/api/cases/:caseId/supervision',
    {
      config: { access: access.permission('case.view') },
      schema: {
        tags,
        summary: '案件的监督指导工作记录',
        params: CaseParams,
        response: { 200: z.array(SupervisionView) },
      },
    },
    async (request) => caseSupervision(db, actorOf(request), request.params.caseId),
  );
  app.get(
    '/api/interference/supervision',
    {
      config: oversee,
      schema: {
        tags,
        summary: '口头指导意见复核队列',
        querystring: OpenQuery,
        response: { 200: z.array(SupervisionView) },
      },
    },
    async (request) => flaggedSupervision(db, actorOf(request), request.query.open !== 'false'),
  );
  app.post(
    '/api/interference/supervision/:id/review',
    {
      config: oversee,
      schema: {
        tags,
        summary: '复核口头提出的指导或纠正意见',
        params: IdParams,
        body: SupervisionReviewBody,
        response: ok,
      },
    },
    async (request) => {
      await reviewSupervision(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.get(
    '/api/interference/supervision/:id/file',
    { config: signedIn, schema: { tags, summary: '查阅书面意见扫描件', params: IdParams } },
    async (request, reply) => {
      const r = await supervisionFile(deps, actorOf(request), request.params.id, ctxOf(request));
      return sendBlob(reply, deps.blobs, {
        key: r.fileKey!,
        size: r.fileSize!,
        fileName: r.fileName,
        mime: null,
        rangeHeader: request.headers.range,
        disposition: 'inline',
      });
    },
  );

  // ------------------------------------------------------------------ findings (第十条) and protection (第六条)
  app.get(
    '/api/interference/findings',
    {
      config: oversee,
      schema: { tags, summary: '不记录、不如实记录的认定', response: { 200: z.array(FindingView) } },
    },
    async (request) => findings(db, actorOf(request)),
  );
  app.post(
    '/api/interference/findings',
    {
      config: oversee,
      schema: {
        tags,
        summary: '认定不记录或不如实记录（第十条）',
        body: FindingBody,
        response: {
          201: z.object({ id: z.uuid(), measure: z.string(), superiorFindingId: z.uuid().nullable() }),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordFinding(deps, actorOf(request), request.body, ctxOf(request))),
  );
  app.get(
    '/api/interference/flags',
    { config: oversee, schema: { tags, summary: '记录人保护预警', response: { 200: z.array(FlagView) } } },
    async (request) => flags(db, actorOf(request)),
  );
  app.post(
    '/api/interference/flags/:id/resolve',
    {
      config: oversee,
      schema: {
        tags,
        summary: '核查记录人保护预警（登记法定事由和程序）',
        params: IdParams,
        body: FlagResolutionBody,
        response: ok,
      },
    },
    async (request) => {
      await resolveFlag(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/interference/retaliation-reports',
    {
      config: record,
      schema: {
        tags,
        summary: '记录人反映受到打击报复',
        body: RetaliationReportBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await reportRetaliation(deps, actorOf(request), request.body, ctxOf(request))),
  );

  // ------------------------------------------------------------------ monthly reports and the chain
  app.get(
    '/api/interference/reports',
    {
      config: report,
      schema: {
        tags,
        summary: '干预情况月度报告（零报告）',
        querystring: MonthQuery,
        response: { 200: z.array(MonthlyReportView) },
      },
    },
    async (request) => reports(db, actorOf(request), request.query.month ?? null),
  );
  app.post(
    '/api/interference/reports',
    {
      config: report,
      schema: {
        tags,
        summary: '生成月度报告（各科室）',
        body: MonthBody,
        response: { 200: z.object({ generated: z.number(), keptSigned: z.number() }) },
      },
    },
    async (request) => generateMonthly(deps, actorOf(request), request.body.month, ctxOf(request)),
  );
  app.post(
    '/api/interference/reports/:id/sign',
    {
      config: { access: access.permission('interference.instruct') },
      schema: { tags, summary: '主要领导签批月度报告', params: IdParams, response: ok },
    },
    async (request) => {
      await signReport(deps, actorOf(request), request.params.id, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.get(
    '/api/interference/reports/:id/pdf',
    { config: report, schema: { tags, summary: '月度报告 PDF', params: IdParams } },
    async (request, reply) =>
      pdf(reply, await reportPdf(deps, actorOf(request), request.params.id, ctxOf(request))),
  );
  app.get(
    '/api/interference/chain',
    {
      config: { access: access.permission('interference.inspect') },
      schema: { tags, summary: '校验登记簿摘要链及已签批报告', response: { 200: ChainCheck } },
    },
    async (request) => verifyChain(deps, actorOf(request), ctxOf(request)),
  );

  // ------------------------------------------------------------------ personal files (第十一条)
  const dossier = { access: access.permission('dossier.view') };
  app.get(
    '/api/dossiers',
    {
      config: dossier,
      schema: {
        tags,
        summary: '有档案记录的人员',
        response: {
          200: z.array(z.object({ subjectId: z.uuid(), subjectName: z.string(), entries: z.number() })),
        },
      },
    },
    async (request) => fileSubjects(db, actorOf(request)),
  );
  app.get(
    '/api/dossiers/:userId',
    {
      config: dossier,
      schema: {
        tags,
        summary: '个人廉政档案和执法档案（查阅留痕）',
        params: UserParams,
        querystring: PersonFileQuery,
        response: { 200: z.array(FileEntryView) },
      },
    },
    async (request) =>
      personFile(deps, actorOf(request), request.params.userId, request.query.kind, ctxOf(request)),
  );
  app.get(
    '/api/dossiers/:userId/export',
    { config: dossier, schema: { tags, summary: '导出个人档案（Excel，导出留痕）', params: UserParams } },
    async (request, reply) => {
      const r = await exportPersonFile(deps, actorOf(request), request.params.userId, ctxOf(request));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition('attachment', r.fileName))
        .send(r.xlsx);
    },
  );

  // ------------------------------------------------------------------ settings and statistics
  app.get(
    '/api/interference/settings',
    { config: oversee, schema: { tags, summary: '干预登记设置', response: { 200: SettingsView } } },
    async () => settingsView(deps),
  );
  app.put(
    '/api/interference/settings',
    {
      config: oversee,
      schema: {
        tags,
        summary: '调整干预登记设置（按生效日期）',
        body: InterferenceSettingsBody,
        response: ok,
      },
    },
    async (request) => {
      await saveSettings(deps, actorOf(request), request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.get(
    '/api/interference/stats',
    {
      config: { access: access.permission('interference.stats') },
      schema: {
        tags,
        summary: '干预登记统计（仅汇总数）',
        querystring: StatsQuery,
        response: { 200: InterferenceStats },
      },
    },
    async (request) => statistics(db, request.query.year ?? null, nowOf(deps)),
  );
};
