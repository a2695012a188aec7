import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  OrgOverview,
  OrgUnit,
  Position,
  PositionBody,
  UnitBody,
  UpdateEntityBody,
} from '../../../common/contracts/org.js';
import { IdParams, Ok } from '../../../common/contracts/shared.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import type { Database } from '../../platform/db/database.js';
import {
  createPosition,
  createUnit,
  orgQueries,
  updateEntity,
  updatePosition,
  updateUnit,
} from './org.service.js';

/** Organisation: the 执法主体, its 科室 and 所属事业单位, positions. Read by every user; changed by the system administrator. */
export const orgRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/api/org',
    {
      config: { access: access.authenticated() },
      schema: { tags: ['组织机构'], summary: '执法主体、科室与职务', response: { 200: OrgOverview } },
    },
    async (request) => {
      const actor = requireActor(request);
      const o = await orgQueries.overview(database.db);
      return {
        entity: {
          id: o.entity.id,
          name: o.entity.name,
          uscc: o.entity.uscc,
          address: o.entity.address,
          legalBasis: o.entity.legalBasis,
          phone: o.entity.phone,
        },
        units: o.units.map((u) => ({
          id: u.id,
          name: u.name,
          kind: u.kind,
          code: u.code,
          duties: u.duties,
          sortOrder: u.sortOrder,
          memberCount: u.memberCount,
        })),
        positions: o.positions,
        canManage: actor.permissions.has('org.manage'),
      };
    },
  );

  app.put(
    '/api/org/entity',
    {
      config: { access: access.permission('org.manage') },
      schema: { tags: ['组织机构'], summary: '修改执法主体', body: UpdateEntityBody, response: { 200: Ok } },
    },
    async (request) => {
      await updateEntity(database, request.body, requestAuditContext(request));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/org/units',
    {
      config: { access: access.permission('org.manage') },
      schema: {
        tags: ['组织机构'],
        summary: '新增科室或事业单位',
        body: UnitBody,
        response: { 201: OrgUnit },
      },
    },
    async (request, reply) => {
      const u = await createUnit(database, request.body, requestAuditContext(request));
      return reply.status(201).send({
        id: u.id,
        name: u.name,
        kind: u.kind,
        code: u.code,
        duties: u.duties,
        sortOrder: u.sortOrder,
        memberCount: 0,
      });
    },
  );

  app.put(
    '/api/org/units/:id',
    {
      config: { access: access.permission('org.manage') },
      schema: {
        tags: ['组织机构'],
        summary: '修改科室或事业单位',
        params: IdParams,
        body: UnitBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await updateUnit(database, request.params.id, request.body, requestAuditContext(request));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/org/positions',
    {
      config: { access: access.permission('org.manage') },
      schema: { tags: ['组织机构'], summary: '新增职务', body: PositionBody, response: { 201: Position } },
    },
    async (request, reply) => {
      const p = await createPosition(database, request.body, requestAuditContext(request));
      return reply.status(201).send(p);
    },
  );

  app.put(
    '/api/org/positions/:id',
    {
      config: { access: access.permission('org.manage') },
      schema: {
        tags: ['组织机构'],
        summary: '修改职务',
        params: IdParams,
        body: PositionBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await updatePosition(database, request.params.id, request.body, requestAuditContext(request));
      return { ok: true as const };
    },
  );
};
