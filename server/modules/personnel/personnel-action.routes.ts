import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PersonnelActionBody, PersonnelActionList } from '../../../common/contracts/personnel.js';
import { IdParams } from '../../../common/contracts/shared.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import { recordPersonnelAction } from './commands/personnel-actions.js';
import { personnelActor, type PersonnelDeps } from './personnel.context.js';
import { listPersonnelActions } from './queries/personnel-actions.js';

const tags = ['执法人员资格'];
const Created = z.object({ id: z.uuid() });

/**
 * 人事处理: an officer's personnel actions, read by whoever may see the officer (his own record included), recorded
 * by hand by the roster keepers. Unit, position, departure and certificate changes record theirs themselves.
 */
export const personnelActionRoutes: FastifyPluginAsyncZod<PersonnelDeps> = async (app, deps) => {
  app.get(
    '/api/personnel/officers/:id/actions',
    {
      config: { access: access.permission('personnel.self') },
      schema: {
        tags,
        summary: '人事处理记录（调离、免职、辞退、降级、岗位调整、考核、暂扣/吊销执法证）',
        params: IdParams,
        response: { 200: PersonnelActionList },
      },
    },
    async (request) =>
      listPersonnelActions(deps.database.db, personnelActor(requireActor(request)), request.params.id),
  );

  app.post(
    '/api/personnel/officers/:id/actions',
    {
      config: { access: access.permission('personnel.manage') },
      schema: {
        tags,
        summary: '登记人事处理（考核不称职/基本称职、降级、免职、辞退等）',
        params: IdParams,
        body: PersonnelActionBody,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const id = await recordPersonnelAction(
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
