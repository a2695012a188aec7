import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { pendingMigrations } from '../db/migrate.js';

/** Liveness and readiness for load balancers: /readyz is 200 only when the database answers and is migrated. */
export function registerHealth(app: FastifyInstance, database: Database): void {
  app.get('/healthz', { logLevel: 'warn', schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { logLevel: 'warn', schema: { hide: true } }, async (_request, reply) => {
    try {
      await database.query('SELECT 1');
      const pending = await pendingMigrations(database);
      if (pending.length) return reply.status(503).send({ status: 'not_ready', pendingMigrations: pending });
      return { status: 'ready', engine: database.engine };
    } catch (err) {
      return reply.status(503).send({ status: 'not_ready', error: (err as Error).message });
    }
  });
}
