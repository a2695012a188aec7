import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChangePasswordBody, LoginBody, SessionInfo } from '../../../common/contracts/auth.js';
import { Ok } from '../../../common/contracts/shared.js';
import { permissionsOf } from '../../../common/roles.js';
import type { PasswordPolicy } from '../../../common/password-policy.js';
import { access } from '../../platform/auth/access.js';
import { SESSION_COOKIE, requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import { changePassword, login, logout, type IamDeps } from './commands/auth.js';
import { presentMe } from './iam.presenter.js';

const publicPolicy = (p: PasswordPolicy) => ({
  minLength: p.minLength,
  minClasses: p.minClasses,
  lockThreshold: p.lockThreshold,
  lockMinutes: p.lockMinutes,
});

export interface AuthRouteOptions extends IamDeps {
  cookieSecure: boolean;
  loginRateLimit: number;
}

/** Login, logout, the session probe and one's own password change. */
export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, deps) => {
  const cookie = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: deps.cookieSecure };

  app.get(
    '/api/session',
    {
      config: { access: access.public() },
      schema: { tags: ['认证'], summary: '当前会话、能力与 CSRF 令牌', response: { 200: SessionInfo } },
    },
    async (request) => {
      const policy = await deps.policy.get();
      const actor = request.actor;
      return {
        authenticated: !!actor,
        csrfToken: request.csrfToken ?? '',
        user: actor ? presentMe({ id: actor.userId, ...actor }) : null,
        abilities: actor && !actor.mustChangePassword ? [...actor.permissions] : [],
        idleMinutes: policy.idleMinutes,
        passwordPolicy: publicPolicy(policy),
      };
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: {
        access: access.public(),
        rateLimit: {
          max: deps.loginRateLimit,
          timeWindow: 60_000,
          hook: 'preHandler',
          keyGenerator: (req) => {
            const name = (req.body as { username?: unknown } | undefined)?.username;
            return `${req.ip}:${typeof name === 'string' ? name : ''}`;
          },
        },
      },
      schema: { tags: ['认证'], summary: '登录', body: LoginBody, response: { 200: SessionInfo } },
    },
    async (request, reply) => {
      const { session, user } = await login(deps, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
      });
      reply.setCookie(SESSION_COOKIE, session.token, cookie);
      const policy = await deps.policy.get();
      return {
        authenticated: true,
        csrfToken: session.csrfToken,
        user: presentMe(user),
        abilities: user.mustChangePassword ? [] : permissionsOf(user.roles),
        idleMinutes: policy.idleMinutes,
        passwordPolicy: publicPolicy(policy),
      };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: access.authenticated({ allowPendingPasswordChange: true }) },
      schema: { tags: ['认证'], summary: '退出登录', response: { 200: Ok } },
    },
    async (request, reply) => {
      await logout(deps, requireActor(request), requestAuditContext(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: access.authenticated({ allowPendingPasswordChange: true }) },
      schema: { tags: ['认证'], summary: '修改本人密码', body: ChangePasswordBody, response: { 200: Ok } },
    },
    async (request) => {
      await changePassword(deps, requireActor(request), request.body, requestAuditContext(request));
      return { ok: true as const };
    },
  );
};
