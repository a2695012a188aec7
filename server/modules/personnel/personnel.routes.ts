import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApplyBody,
  DepartBody,
  ExamBody,
  LinkableAccounts,
  MyOfficer,
  OfficerBody,
  OfficerDetail,
  OfficerListQuery,
  OfficerOptions,
  OfficerPage,
  PhotoBody,
  RevealedIdNumber,
  TrainingBody,
  UpdateOfficerBody,
} from '../../../common/contracts/personnel.js';
import { IdParams, Ok } from '../../../common/contracts/shared.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import { applyForCertificate } from './commands/applications.js';
import { departOfficer, readPhoto, revealIdNumber, uploadPhoto } from './commands/officer-record.js';
import { createOfficer, updateOfficer } from './commands/officers.js';
import { recordExam, recordTraining } from './commands/training.js';
import { officerRepository } from './officer.repository.js';
import { personnelActor, shanghaiToday, type PersonnelDeps } from './personnel.context.js';
import { getOfficer, listOfficers, officerOptions } from './queries/officers.js';

const tags = ['执法人员资格'];
const Created = z.object({ id: z.uuid() });

/**
 * The roster: officers, their own record for every business role, particulars, ID numbers (masked; revealed
 * to the roster keepers and audited), photos, departure, training and exams, applications.
 */
export const personnelRoutes: FastifyPluginAsyncZod<PersonnelDeps> = async (app, deps) => {
  const db = deps.database.db;

  app.get(
    '/api/personnel/me',
    {
      config: { access: access.permission('personnel.self') },
      schema: { tags, summary: '本人的执法人员档案编号', response: { 200: MyOfficer } },
    },
    async (request) => ({
      officerId: (await officerRepository.findByUserId(db, requireActor(request).userId))?.id ?? null,
    }),
  );

  app.get(
    '/api/personnel/officers',
    {
      config: { access: access.permission('personnel.view') },
      schema: {
        tags,
        summary: '执法人员名册',
        querystring: OfficerListQuery,
        response: { 200: OfficerPage },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return listOfficers(
        db,
        personnelActor(requireActor(request)),
        filter,
        { page, pageSize },
        shanghaiToday(),
      );
    },
  );

  app.get(
    '/api/personnel/officers/options',
    {
      config: { access: access.permission('personnel.check') },
      schema: { tags, summary: '可选的执法人员（资格核验用）', response: { 200: OfficerOptions } },
    },
    async () => officerOptions(db, shanghaiToday()),
  );

  app.get(
    '/api/personnel/linkable-accounts',
    {
      config: { access: access.permission('personnel.manage') },
      schema: {
        tags,
        summary: '可关联的账号（尚未关联执法人员的业务账号）',
        response: { 200: LinkableAccounts },
      },
    },
    async () => ({ items: await officerRepository.linkableAccounts(db) }),
  );

  app.post(
    '/api/personnel/officers',
    {
      config: { access: access.permission('personnel.manage') },
      schema: { tags, summary: '新增执法人员', body: OfficerBody, response: { 201: Created } },
    },
    async (request, reply) => {
      const id = await createOfficer(
        deps,
        personnelActor(requireActor(request)),
        request.body,
        requestAuditContext(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/personnel/officers/:id',
    {
      config: { access: access.permission('personnel.self') },
      schema: { tags, summary: '执法人员档案', params: IdParams, response: { 200: OfficerDetail } },
    },
    async (request) =>
      getOfficer(db, personnelActor(requireActor(request)), request.params.id, shanghaiToday()),
  );

  app.patch(
    '/api/personnel/officers/:id',
    {
      config: { access: access.permission('personnel.manage') },
      schema: {
        tags,
        summary: '修改执法人员信息',
        params: IdParams,
        body: UpdateOfficerBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await updateOfficer(
        deps,
        personnelActor(requireActor(request)),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/personnel/officers/:id/id-number',
    {
      config: { access: access.permission('personnel.manage') },
      schema: {
        tags,
        summary: '查看完整身份证号（记入审计）',
        params: IdParams,
        response: { 200: RevealedIdNumber },
      },
    },
    async (request, reply) => {
      const idNumber = await revealIdNumber(
        deps,
        personnelActor(requireActor(request)),
        request.params.id,
        requestAuditContext(request),
      );
      reply.header('cache-control', 'no-store');
      return { idNumber };
    },
  );

  app.put(
    '/api/personnel/officers/:id/photo',
    {
      config: { access: access.permission('personnel.manage') },
      bodyLimit: 3 * 1024 * 1024,
      schema: {
        tags,
        summary: '上传照片（JPEG/PNG，不超过 2 MB）',
        params: IdParams,
        body: PhotoBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await uploadPhoto(
        deps,
        personnelActor(requireActor(request)),
        request.params.id,
        request.body.contentBase64,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );

  app.get(
    '/api/personnel/officers/:id/photo',
    {
      config: { access: access.permission('personnel.self') },
      schema: { tags, summary: '照片', params: IdParams },
    },
    async (request, reply) => {
      const photo = await readPhoto(deps, personnelActor(requireActor(request)), request.params.id);
      return reply
        .header('content-type', photo.type)
        .header('cache-control', 'private, no-store')
        .send(photo.data);
    },
  );

  app.post(
    '/api/personnel/officers/:id/depart',
    {
      config: { access: access.permission('personnel.manage') },
      schema: {
        tags,
        summary: '调离/离岗（注销其证件）',
        params: IdParams,
        body: DepartBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await departOfficer(
        deps,
        personnelActor(requireActor(request)),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/personnel/officers/:id/training',
    {
      config: { access: access.permission('personnel.manage') },
      schema: {
        tags,
        summary: '登记培训学时',
        params: IdParams,
        body: TrainingBody,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const id = await recordTraining(
        deps,
        personnelActor(requireActor(request)),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/personnel/officers/:id/exams',
    {
      config: { access: access.permission('personnel.manage') },
      schema: { tags, summary: '登记考试成绩', params: IdParams, body: ExamBody, response: { 201: Created } },
    },
    async (request, reply) => {
      const id = await recordExam(
        deps,
        personnelActor(requireActor(request)),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/personnel/officers/:id/applications',
    {
      config: { access: access.permission('personnel.manage') },
      schema: {
        tags,
        summary: '申领执法证件（检查申领条件）',
        params: IdParams,
        body: ApplyBody,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const id = await applyForCertificate(
        deps,
        personnelActor(requireActor(request)),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return reply.status(201).send({ id });
    },
  );
};
