import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Account,
  AccountListQuery,
  AccountPage,
  CreateAccountBody,
  CreatedAccount,
  ResetPasswordResult,
  SetRolesBody,
  SetStatusBody,
  UpdateAccountBody,
} from '../../../common/contracts/accounts.js';
import { IdParams, Ok } from '../../../common/contracts/shared.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import { AppError } from '../../platform/http/errors.js';
import type { IamDeps } from './commands/auth.js';
import {
  createAccount,
  resetPassword,
  setAccountDisabled,
  setRoles,
  unlockAccount,
  updateAccount,
} from './commands/accounts.js';
import { presentAccount } from './iam.presenter.js';
import { iamRepository } from './iam.repository.js';

const tags = ['账号与角色'];

/** Account management (system administrator) and role grants (security administrator). */
export const accountRoutes: FastifyPluginAsyncZod<IamDeps> = async (app, deps) => {
  const db = deps.database.db;

  app.get(
    '/api/accounts',
    {
      config: { access: access.permission('account.read') },
      schema: { tags, summary: '账号列表', querystring: AccountListQuery, response: { 200: AccountPage } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, ...filter } = request.query;
      const now = new Date();
      const { items, total } = await iamRepository.list(db, filter, page, pageSize, now);
      return { items: items.map((v) => presentAccount(v, actor, now)), total, page, pageSize };
    },
  );

  app.get(
    '/api/accounts/:id',
    {
      config: { access: access.permission('account.read') },
      schema: { tags, summary: '账号详情', params: IdParams, response: { 200: Account } },
    },
    async (request) => {
      const view = await iamRepository.findView(db, request.params.id);
      if (!view) throw new AppError('NOT_FOUND');
      return presentAccount(view, requireActor(request));
    },
  );

  app.post(
    '/api/accounts',
    {
      config: { access: access.permission('account.manage') },
      schema: {
        tags,
        summary: '创建账号（返回一次性初始密码）',
        body: CreateAccountBody,
        response: { 201: CreatedAccount },
      },
    },
    async (request, reply) => {
      const { id, initialPassword } = await createAccount(deps, request.body, requestAuditContext(request));
      const view = (await iamRepository.findView(db, id))!;
      return reply
        .status(201)
        .send({ account: presentAccount(view, requireActor(request)), initialPassword });
    },
  );

  app.patch(
    '/api/accounts/:id',
    {
      config: { access: access.permission('account.manage') },
      schema: { tags, summary: '修改账号', params: IdParams, body: UpdateAccountBody, response: { 200: Ok } },
    },
    async (request) => {
      await updateAccount(
        deps,
        requireActor(request),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/accounts/:id/reset-password',
    {
      config: { access: access.permission('account.manage') },
      schema: {
        tags,
        summary: '重置密码（返回一次性临时密码）',
        params: IdParams,
        response: { 200: ResetPasswordResult },
      },
    },
    async (request) =>
      resetPassword(deps, requireActor(request), request.params.id, requestAuditContext(request)),
  );

  app.post(
    '/api/accounts/:id/unlock',
    {
      config: { access: access.permission('account.manage') },
      schema: { tags, summary: '解除锁定', params: IdParams, response: { 200: Ok } },
    },
    async (request) => {
      await unlockAccount(deps, requireActor(request), request.params.id, requestAuditContext(request));
      return { ok: true as const };
    },
  );

  app.put(
    '/api/accounts/:id/status',
    {
      config: { access: access.permission('account.manage') },
      schema: {
        tags,
        summary: '停用或启用账号',
        params: IdParams,
        body: SetStatusBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await setAccountDisabled(
        deps,
        requireActor(request),
        request.params.id,
        request.body.disabled,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );

  app.put(
    '/api/accounts/:id/roles',
    {
      config: { access: access.permission('role.grant') },
      schema: {
        tags,
        summary: '授予或变更角色（安全管理员）',
        params: IdParams,
        body: SetRolesBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await setRoles(
        deps,
        requireActor(request),
        request.params.id,
        request.body.roles,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );
};
