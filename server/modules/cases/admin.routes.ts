import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CaseSettingsBody,
  CaseSettingsState,
  FileBackBody,
  FormBookBody,
  FormBookList,
  FormNumberStatusBody,
  SimpleCaseBody,
  ViolationTypeBody,
  ViolationTypeList,
  ViolationTypeQuery,
} from '../../../common/contracts/cases.js';
import { IdParams, Ok } from '../../../common/contracts/shared.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import { caseActor, type CaseDeps } from './cases.context.js';
import {
  createViolationType,
  saveSettings,
  setViolationTypeActive,
  updateViolationType,
} from './commands/catalogue.js';
import { caseCommands as c } from './commands/index.js';
import { formBooks, settingsState, violationTypeList } from './queries/catalogue.js';

const tags = ['行政处罚案件'];
const Created = z.object({ id: z.uuid() });

/** 当场处罚 and its pre-numbered forms, the catalogue of 违法行为, and the dated case settings. */
export const caseAdminRoutes: FastifyPluginAsyncZod<CaseDeps> = async (app, deps) => {
  const db = deps.database.db;
  const actorOf = (request: Parameters<typeof requireActor>[0]) => caseActor(requireActor(request));

  app.post(
    '/api/simple-cases',
    {
      config: { access: access.permission('case.handle') },
      schema: {
        tags,
        summary: '当场作出行政处罚决定（简易程序）',
        body: SimpleCaseBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await c.decideOnTheSpot(deps, actorOf(request), request.body, requestAuditContext(request)),
      }),
  );
  app.post(
    '/api/cases/:id/file-back',
    {
      config: { access: access.permission('case.handle') },
      schema: {
        tags,
        summary: '当场处罚决定书备案',
        params: IdParams,
        body: FileBackBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await c.fileBack(deps, actorOf(request), request.params.id, request.body, requestAuditContext(request));
      return { ok: true as const };
    },
  );
  app.get(
    '/api/form-books',
    {
      config: { access: access.permission('case.view') },
      schema: { tags, summary: '当场处罚决定书编号领用情况', response: { 200: FormBookList } },
    },
    async (request) => formBooks(db, actorOf(request)),
  );
  app.post(
    '/api/form-books',
    {
      config: { access: access.permission('case.configure') },
      schema: { tags, summary: '分配当场处罚决定书编号', body: FormBookBody, response: { 201: Created } },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await c.allocateFormBook(deps, actorOf(request), request.body, requestAuditContext(request)),
      }),
  );
  app.post(
    '/api/form-numbers/:serial/status',
    {
      config: { access: access.permission('case.view') },
      schema: {
        tags,
        summary: '登记编号作废或遗失',
        params: z.object({ serial: z.string().min(1).max(40) }),
        body: FormNumberStatusBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await c.setFormNumberStatus(
        deps,
        actorOf(request),
        request.params.serial,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );

  app.get(
    '/api/violation-types',
    {
      config: { access: access.permission('case.view') },
      schema: {
        tags,
        summary: '违法行为目录',
        querystring: ViolationTypeQuery,
        response: { 200: ViolationTypeList },
      },
    },
    async (request) => violationTypeList(db, request.query),
  );
  app.post(
    '/api/violation-types',
    {
      config: { access: access.permission('case.configure') },
      schema: { tags, summary: '新增违法行为', body: ViolationTypeBody, response: { 201: Created } },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await createViolationType(deps, actorOf(request), request.body, requestAuditContext(request)),
      }),
  );
  app.put(
    '/api/violation-types/:id',
    {
      config: { access: access.permission('case.configure') },
      schema: {
        tags,
        summary: '修改违法行为',
        params: IdParams,
        body: ViolationTypeBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await updateViolationType(
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
    '/api/violation-types/:id/active',
    {
      config: { access: access.permission('case.configure') },
      schema: {
        tags,
        summary: '启用或停用违法行为',
        params: IdParams,
        body: z.object({ active: z.boolean() }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      await setViolationTypeActive(
        deps,
        request.params.id,
        request.body.active,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );
  app.get(
    '/api/case-settings',
    {
      config: { access: access.permission('case.view') },
      schema: { tags, summary: '案件设置（现行版本与历史）', response: { 200: CaseSettingsState } },
    },
    async () => settingsState(deps),
  );
  app.post(
    '/api/case-settings',
    {
      config: { access: access.permission('case.configure') },
      schema: { tags, summary: '保存新的案件设置版本', body: CaseSettingsBody, response: { 200: Ok } },
    },
    async (request) => {
      await saveSettings(deps, actorOf(request), request.body, requestAuditContext(request));
      return { ok: true as const };
    },
  );
};
