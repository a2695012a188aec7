/**
 * The execution module (罚缴分离 and enforcement, legal-spec §4; closing and archiving, §2.2 rows 10-11), above the
 * case module: collection agreements, fine obligations, bank statements, payments (finance only), on-the-spot
 * collection with receipts and cash hand-over, deferral, the surcharge, 催告书, court applications, 结案, 归档 with the
 * database seal, lending. Loading this index registers the case's execution port (ADR 0007).
 * Rules, states and the API: docs/domain/execution.md.
 */
import fp from 'fastify-plugin';
import type { Database } from '../../platform/db/database.js';
import { caseDepsFor, registerExecutionPort } from '../cases/index.js';
import { executionPortImpl } from './commands/port.js';
import { executionRoutes } from './execution.routes.js';

registerExecutionPort(executionPortImpl);

export { EXECUTION_AUDIT } from './execution.audit.js';

export const executionPlugin = fp<{ database: Database }>(
  async (app, opts) => {
    await app.register(executionRoutes, caseDepsFor(opts.database));
  },
  { name: 'zhifa-execution', dependencies: ['zhifa-cases'] },
);
