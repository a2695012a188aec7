/**
 * The interference register (内部人员干预执法办案记录和责任追究制度, System 10, legal-spec §12), an oversight module
 * above the case module: the 登记表 and its evidence, straight to the 主要领导 (or 纪检 when he or she intervened),
 * sealed from the intervener's line, immutable and chained; the close-of-case declarations (a closing gate of the
 * case module); the 第8条 supervision log; non-recording findings; the recorder's protection (an observer of the
 * personnel module); the monthly 零报告 with the chain digest; the personal files; the statistics.
 * Loading this index registers the closing gate and the personnel observer (ADR 0008).
 * Rules, states and the API: docs/domain/interference.md.
 */
import fp from 'fastify-plugin';
import type { Database } from '../../platform/db/database.js';
import { schedulePeriodic } from '../../platform/jobs.js';
import { caseDepsFor, nowOf, registerClosingGate, type CaseRow } from '../cases/index.js';
import { registerPersonnelActionObserver } from '../personnel/index.js';
import { missingDeclarations } from './commands/declarations.js';
import { onPersonnelAction } from './commands/protection.js';
import { escalateLateInstructions } from './commands/registers.js';
import { interferenceRepository } from './interference.repository.js';
import { interferenceRoutes } from './interference.routes.js';
import type { Db, Tx } from '../../platform/db/database.js';

async function declarationGate(db: Db | Tx, lawCase: CaseRow) {
  return missingDeclarations(db, lawCase);
}
registerClosingGate(declarationGate);
registerPersonnelActionObserver(onPersonnelAction);

export { INTERFERENCE_AUDIT } from './interference.audit.js';
export { postToFiles } from './commands/shared.js';
export { escalateLateInstructions } from './commands/registers.js';
/** The bureau's staff with unit, post, roles and whether disabled (the fault module names people from it). */
export const staffDirectory = (db: Db | Tx) => interferenceRepository.people(db);

export interface InterferencePluginOptions {
  database: Database;
  /** Minutes between sweeps for late 批示; 0 turns the sweep off (tests run it by hand). */
  sweepMinutes?: number;
}

export const interferencePlugin = fp<InterferencePluginOptions>(
  async (app, opts) => {
    const deps = caseDepsFor(opts.database);
    await app.register(interferenceRoutes, deps);
    schedulePeriodic(app, {
      name: '干预登记逾期未批示扫描',
      intervalMinutes: opts.sweepMinutes ?? 30,
      firstDelaySeconds: 20,
      run: async () => {
        const n = await escalateLateInstructions(opts.database, nowOf(deps));
        if (n) app.log.info({ escalated: n }, '干预登记表逾期未批示，已提示纪检监察');
      },
    });
  },
  { name: 'zhifa-interference', dependencies: ['zhifa-cases'] },
);
