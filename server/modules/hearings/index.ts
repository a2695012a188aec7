/**
 * The hearings module's public face (行政处罚听证, legal-spec §8; 行政处罚法 第63–65条): the party's request and
 * waiver, the arrangement with independent members, recusal, the notice 7 working days ahead, one postponement, the
 * hearing and its transcript, termination as a waiver, the chair's report; the bureau's hearing calendar, rooms and
 * statistics. It sits above the case module and tells the case the hearing's outcome in the same transaction.
 * Rules, states and the API: docs/domain/hearings.md.
 */
import fp from 'fastify-plugin';
import type { Database } from '../../platform/db/database.js';
import { caseDepsFor } from '../cases/index.js';
import { hearingRoutes } from './hearings.routes.js';

export { respondToHearing } from './commands/request.js';
export { arrangeHearing, requestRecusal, decideRecusal } from './commands/arrange.js';
export {
  notifyHearing,
  postponeHearing,
  recordHearing,
  reportHearing,
  terminateHearing,
} from './commands/conduct.js';
export { addAgent, saveRoom } from './commands/agents-rooms.js';
export { hearingRepository } from './hearing.repository.js';
export { HEARING_AUDIT } from './hearings.audit.js';

export interface HearingsPluginOptions {
  database: Database;
}

/** Registers the hearing routes with the case module's dependencies (register after casesPlugin). */
export const hearingsPlugin = fp<HearingsPluginOptions>(
  async (app, opts) => {
    await app.register(hearingRoutes, caseDepsFor(opts.database));
  },
  { name: 'zhifa-hearings', dependencies: ['zhifa-cases'] },
);
