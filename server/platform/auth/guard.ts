import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import crypto from 'node:crypto';
import { permissionsOf } from '../../../common/roles.js';
import { AppError } from '../http/errors.js';
import type { Database } from '../db/database.js';
import { recordAudit } from '../audit/audit.js';
import { actorAuditContext, type Actor, type LoadedUser } from './actor.js';
import type { Access } from './access.js';
import type { SecurityPolicyStore } from './security-policy.js';
import type { SessionRepository } from './session.repository.js';
import { randomToken } from '../crypto/sm.js';

export const SESSION_COOKIE = 'zhifa_session';
export const PRE_SESSION_CSRF_COOKIE = 'zhifa_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route with its access rule, for the route x role matrix test and the docs. */
    declaredRoutes: DeclaredRoute[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The CSRF token the client must echo; bound to the session, or to a pre-session cookie before login. */
    csrfToken: string | null;
  }
}

export interface GuardOptions {
  database: Database;
  policy: SecurityPolicyStore;
  sessions: SessionRepository;
  loadUser(userId: string): Promise<LoadedUser | null>;
  cookieSecure: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOUCH_AFTER_MS = 30_000;

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/**
 * Authentication, idle timeout, CSRF and the role guard for every /api route. A route without an `access`
 * declaration cannot be registered: forgetting the guard is a start-up error, not a hole.
 */
export const guardPlugin = fp<GuardOptions>(async (app: FastifyInstance, opts) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);

  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const rule = route.config?.access;
    if (!rule) throw new Error(`route ${String(route.method)} ${route.url} declares no access rule`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') declared.push({ method, url: route.url, access: rule });
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const accessRule: Access | undefined = request.routeOptions.config?.access;
    if (!accessRule) return; // static files, docs, health checks

    await loadSession(request, reply);

    if (accessRule.kind !== 'public' && !request.actor) throw new AppError('UNAUTHENTICATED');

    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !request.csrfToken || !safeEqual(sent, request.csrfToken))
        throw new AppError('CSRF_FAILED');
    }

    const actor = request.actor;
    if (!actor) return;
    switch (accessRule.kind) {
      case 'public':
        return;
      case 'authenticated':
        if (actor.mustChangePassword && !accessRule.allowPendingPasswordChange)
          throw new AppError('PASSWORD_CHANGE_REQUIRED');
        return;
      case 'permission':
        if (actor.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED');
        if (!actor.permissions.has(accessRule.permission)) throw new AppError('FORBIDDEN');
        return;
    }
  });

  async function loadSession(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await opts.sessions.findByToken(token);
      if (session && !session.ended_at) {
        const policy = await opts.policy.get();
        const idleMs = Date.now() - session.last_seen_at.getTime();
        const user = await opts.loadUser(session.user_id);
        if (user && idleMs > policy.idleMinutes * 60_000) {
          await opts.database.transaction(async (tx) => {
            await opts.sessions.end(tx, session.id, 'idle');
            await recordAudit(tx, actorAuditContext(null, request.id, request.ip), {
              action: 'auth.session-expired',
              objectType: 'user',
              objectId: user.userId,
              payload: { username: user.username, idleMinutes: policy.idleMinutes },
            });
          });
          reply.clearCookie(SESSION_COOKIE, { path: '/' });
          throw new AppError('SESSION_EXPIRED');
        }
        if (user && !user.disabled) {
          request.actor = {
            ...user,
            permissions: new Set(permissionsOf(user.roles)),
            sessionId: session.id,
          };
          request.csrfToken = session.csrf_token;
          if (idleMs > TOUCH_AFTER_MS) await opts.sessions.touch(session.id);
          return;
        }
      }
    }
    // No (valid) session: the pre-login CSRF token is a random cookie echoed in a header (double submit).
    let pre = request.cookies[PRE_SESSION_CSRF_COOKIE];
    if (!pre) {
      pre = randomToken(24);
      reply.setCookie(PRE_SESSION_CSRF_COOKIE, pre, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: opts.cookieSecure,
      });
    }
    request.csrfToken = pre;
  }
});

/** The audit context (actor copied in, request id, client address) for commands run by a request. */
export function requestAuditContext(request: FastifyRequest) {
  return actorAuditContext(request.actor, request.id, request.ip);
}

/** The actor of a route whose access rule guarantees one. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
