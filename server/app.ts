import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { offsetClock, type Config } from './platform/config.js';
import type { Database } from './platform/db/database.js';
import { guardPlugin } from './platform/auth/guard.js';
import { SecurityPolicyStore } from './platform/auth/security-policy.js';
import { SessionRepository } from './platform/auth/session.repository.js';
import { registerErrorHandler } from './platform/http/errors.js';
import { registerHealth } from './platform/http/health.js';
import { accountRoutes, authRoutes, loadUserForSession, securityRoutes } from './modules/iam/index.js';
import { orgRoutes } from './modules/org/index.js';
import { workbenchRoutes } from './modules/workbench/index.js';
import { auditTrailRoutes } from './modules/audit-trail/index.js';
// --- issue 3: calendar and deadlines (begin) ---
import { calendarRoutes } from './modules/calendar/index.js';
import {
  deadlineRoutes,
  deadlineSettingsFromEnv,
  recomputeDeadlines,
  startDeadlineSweeper,
} from './modules/deadlines/index.js';
// --- issue 3 (end) ---
// --- issue 4: personnel and the public portal (begin) ---
import { personnelPlugin } from './modules/personnel/index.js';
// --- issue 5: penalty cases ---
import { casesPlugin } from './modules/cases/index.js';
import { hearingsPlugin } from './modules/hearings/index.js';
import { executionPlugin } from './modules/execution/index.js';
import { interferencePlugin } from './modules/interference/index.js';
import { faultPlugin } from './modules/fault/index.js';
import { portalPlugin } from './portal/index.js';
// --- issue 4 (end) ---

z.config(z.locales.zhCN());

export interface AppDeps {
  config: Pick<Config, 'cookieSecure' | 'trustProxy' | 'loginRateLimit' | 'webDist' | 'logLevel'> &
    // issue 4: the field key and DATA_DIR (key file, uploaded photos); absent in tests (in-memory).
    Partial<Pick<Config, 'fieldKey' | 'dataDir' | 'clock'>>;
  database: Database;
  /** The case modules' clock (tests); else ZHIFA_CLOCK's offset clock; else the system clock. */
  now?: () => Date;
  /** pino options or false (tests). */
  logger?: boolean | object;
}

/** Builds the HTTP application: platform plugins, then modules, then the SPA. No listening here. */
export async function buildApp({ config, database, logger, now }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'],
    },
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : crypto.randomUUID();
    },
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Graceful shutdown: once closing, answer in-flight requests with `Connection: close` so keep-alive
  // sockets end with their last response instead of holding app.close() open for the keep-alive timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
    app.server.closeIdleConnections();
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });

  registerErrorHandler(app);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd's CSS-in-JS writes style tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'zhifa 行政执法平台 API',
        version: '0.1.0',
        description: '请求与响应结构由同一套 zod 契约生成。',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const policy = new SecurityPolicyStore(database);
  const sessions = new SessionRepository(database);
  await app.register(guardPlugin, {
    database,
    policy,
    sessions,
    loadUser: (id) => loadUserForSession(database.db, id),
    cookieSecure: config.cookieSecure,
  });
  registerHealth(app, database);

  const iam = { database, sessions, policy };
  await app.register(authRoutes, {
    ...iam,
    cookieSecure: config.cookieSecure,
    loginRateLimit: config.loginRateLimit,
  });
  await app.register(accountRoutes, iam);
  await app.register(securityRoutes, iam);
  await app.register(orgRoutes, { database });
  await app.register(workbenchRoutes, { database });
  await app.register(auditTrailRoutes, { database });
  // --- issue 3: calendar and deadlines (begin) ---
  await app.register(calendarRoutes, { database, onCalendarChanged: recomputeDeadlines });
  await app.register(deadlineRoutes, { database });
  // The clock the case modules and the deadline sweep judge periods by: the tests', else ZHIFA_CLOCK's offset
  // clock (training), else the system clock (ADR 0006).
  const clock = now ?? (config.clock ? offsetClock(config.clock) : undefined);
  if (config.clock)
    app.log.warn(
      { clock: config.clock.toISOString() },
      'ZHIFA_CLOCK 已设置：办案日期使用培训/测试时钟，不得用于生产',
    );
  startDeadlineSweeper(app, database, deadlineSettingsFromEnv(), undefined, clock);

  // --- issue 3 (end) ---
  // --- issue 4: personnel and the public portal (begin) ---
  await app.register(personnelPlugin, { database, fieldKey: config.fieldKey, dataDir: config.dataDir });
  await app.register(portalPlugin, { database });
  // --- issue 5: penalty cases ---
  await app.register(casesPlugin, {
    database,
    fieldKey: config.fieldKey,
    dataDir: config.dataDir,
    ...(clock ? { now: clock } : {}),
  });
  // --- issue 6: hearings, above the case module ---
  await app.register(hearingsPlugin, { database });
  await app.register(executionPlugin, { database });
  // --- issue 8: the interference register, an oversight module above cases ---
  await app.register(interferencePlugin, { database });
  // --- issue 9: fault liability, above cases, execution and interference ---
  await app.register(faultPlugin, { database });
  // --- issue 4 (end) ---

  registerSpa(app, config.webDist);
  return app;
}

/** Serves the built SPA, with index.html for client-side routes (history fallback). */
function registerSpa(app: FastifyInstance, webDist: string): void {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) return;
  void app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    const file = path.join(webDist, decodeURIComponent(request.url.split('?')[0]!));
    if (file.startsWith(webDist) && fs.existsSync(file) && fs.statSync(file).isFile())
      return reply.sendFile(path.relative(webDist, file));
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
