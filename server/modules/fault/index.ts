/**
 * Fault liability (行政执法过错责任追究制度, System 1, legal-spec §3), a module above the case, execution,
 * personnel and interference modules: leads (a reversal in 复议 or 诉讼 opens one through the case module's
 * reversal port), triage and investigation by 纪检 with 回避, the finding with the 第九条 allocation proposed from
 * the case's trail, 告知 and 陈述申辩, the leadership's decision, the 10-day notice, 复核 and 申诉, the personal
 * files, the documents and the statistics. Loading this index registers the reversal observer.
 * Rules, states and the API: docs/domain/fault.md.
 */
import fp from 'fastify-plugin';
import type { Database } from '../../platform/db/database.js';
import { caseDepsFor, registerReversalObserver } from '../cases/index.js';
import { onCaseReversed } from './commands/leads.js';
import { faultRoutes } from './fault.routes.js';

registerReversalObserver(onCaseReversed);

export { FAULT_AUDIT } from './fault.audit.js';

export interface FaultPluginOptions {
  database: Database;
}

export const faultPlugin = fp<FaultPluginOptions>(
  async (app, opts) => {
    await app.register(faultRoutes, caseDepsFor(opts.database));
  },
  { name: 'zhifa-fault', dependencies: ['zhifa-cases'] },
);
