/**
 * The personnel module's public face (System 3, 行政执法人员资格管理制度): the roster, certificates and their
 * lifecycle, training — and the gating every enforcement act goes through. Another module asks, inside its own
 * transaction if it likes:
 *
 *   const team = await checkEnforcementTeam(tx, { members: [{ userId: a }, { userId: b }], on: inspectionDate,
 *     category: 'hazardous_chemicals' });
 *   if (!team.ok) throw new AppError('OFFICER_NOT_ELIGIBLE', team.refusals[0].reason, { basis: team.refusals[0].basis,
 *     rule: team.refusals[0].rule });   // and show team.members[i].refusals with their certificates
 *
 * Rules: docs/domain/personnel.md.
 */
import fp from 'fastify-plugin';
import type { Database } from '../../platform/db/database.js';
import { certificateRoutes } from './certificate.routes.js';
import { resolveFieldKey, type FieldProtector } from './field-key.js';
import { fileStoreFor } from './file-store.js';
import { ensureFieldKey, type PersonnelDeps } from './personnel.context.js';
import { personnelActionRoutes } from './personnel-action.routes.js';
import { personnelRoutes } from './personnel.routes.js';
import { personnelSweepSettingsFromEnv, startPersonnelSweeper } from './personnel.sweep.js';
import { rosterIoRoutes } from './roster-io.routes.js';

export {
  checkEnforcementTeam,
  checkLegalReviewer,
  checkOfficerEligibility,
  type ActOn,
  type LegalReviewerEligibility,
  type OfficerEligibility,
  type OfficerKey,
  type TeamEligibility,
} from './queries/eligibility.js';
export { publicOfficers, verifyCertificate } from './queries/public.js';
export { sweepPersonnel, type PersonnelSweepReport } from './personnel.sweep.js';
export { resolveFieldKey, FieldProtector, type ResolvedFieldKey } from './field-key.js';
export { seedPersonnelDemo, type DemoRefs } from './personnel.demo.js';
export { BASIS as PERSONNEL_BASIS } from './rules/basis.js';
// 人事处理: higher modules (the interference register) observe personnel actions inside the recording transaction.
export {
  registerPersonnelActionObserver,
  unregisterPersonnelActionObserver,
  type PersonnelActionEvent,
  type PersonnelActionKind,
  type PersonnelActionObserver,
} from './personnel-actions-port.js';
export {
  MANUAL_PERSONNEL_ACTION_KINDS,
  PERSONNEL_ACTION_KINDS,
  PERSONNEL_ACTION_LABELS,
} from '../../../common/contracts/personnel.js';

// The key each database was opened with by the app in this process, so that the demo seed (run after the app is
// built) encrypts with the same key as the app reads with.
const protectors = new WeakMap<Database, FieldProtector | null>();

/**
 * The field protector of a database: the one the app resolved, else resolved from the configuration (the CLI's
 * seed-demo runs without an app).
 */
export function fieldProtectorFor(
  database: Database,
  config: { fieldKey?: string | null; dataDir?: string | null },
) {
  return protectors.has(database)
    ? protectors.get(database)!
    : resolveFieldKey({ ...config, engine: database.engine }).protector;
}

export interface PersonnelPluginOptions {
  database: Database;
  /** ZHIFA_FIELD_KEY, when configured. */
  fieldKey?: string | null;
  /** DATA_DIR: the key file (PGlite) and uploaded photos live here; absent in tests (memory). */
  dataDir?: string | null;
}

/**
 * Registers the personnel routes and the warnings sweeper. Resolves the field key first (ADR 0003) and checks
 * it against the database: a wrong key stops the start-up with a Chinese message.
 */
export const personnelPlugin = fp<PersonnelPluginOptions>(
  async (app, opts) => {
    const key = resolveFieldKey({
      fieldKey: opts.fieldKey,
      dataDir: opts.dataDir,
      engine: opts.database.engine,
    });
    if (key.warning) app.log.warn(key.warning);
    if (key.protector) await ensureFieldKey(opts.database.db, key.protector);
    protectors.set(opts.database, key.protector);
    const deps: PersonnelDeps = {
      database: opts.database,
      protector: key.protector,
      files: fileStoreFor(opts.dataDir),
    };
    await app.register(personnelRoutes, deps);
    await app.register(certificateRoutes, deps);
    await app.register(rosterIoRoutes, deps);
    await app.register(personnelActionRoutes, deps);
    startPersonnelSweeper(app, opts.database, personnelSweepSettingsFromEnv());
  },
  { name: 'zhifa-personnel' },
);
