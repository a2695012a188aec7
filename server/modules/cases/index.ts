/**
 * The penalty-case module's public face (行政处罚案件, legal-spec §2, §13.4–13.5): 案源 to 送达 under the ordinary
 * and the simple procedure, whole-process recording and legal review as gates, the official documents.
 * Other modules (hearings, fine collection, review, fault liability) read cases through here.
 * Rules, states and the API: docs/domain/cases.md.
 */
import path from 'node:path';
import fp from 'fastify-plugin';
import type { Database } from '../../platform/db/database.js';
import { DirectoryBlobStore, MemoryBlobStore, type BlobStore } from '../../platform/files/index.js';
import { fieldProtectorFor } from '../personnel/index.js';
import { caseAdminRoutes } from './admin.routes.js';
import { caseRoutes } from './cases.routes.js';
import type { CaseDeps } from './cases.context.js';
import { ensureCatalogue } from './commands/catalogue.js';
import { procedureRoutes } from './procedure.routes.js';

export { ensureCatalogue } from './commands/catalogue.js';
export { caseCommands } from './commands/index.js';
export { caseRepository } from './case.repository.js';
export type { CaseActor, CaseDeps } from './cases.context.js';
export { CASE_AUDIT } from './cases.audit.js';
export { caseActor, todayOf, nowOf } from './cases.context.js';
export type { CaseRow, OfficialDocumentRow } from './cases.schema.js';

// For the modules above the case (hearings now; collection and review later): they act on a case inside their
// own transaction with the case's lock, policy, trail and document registry.
export { canSeeCase } from './case.policy.js';
export {
  instantOfDay,
  loadForCommand,
  loadFacts,
  trail,
  PUNISHMENT_LAW,
  type Loaded,
} from './commands/shared.js';
export { applyHearingResponse, recordHearingOutcome } from './commands/report.js';
export { issueDocument, agency, mainParty, penaltyText } from './commands/documents.js';
export { procedureRepository } from './procedure.repository.js';
export { isHarsher } from './catalogue/penalty.js';
export { proposed } from './rules/requirements.js';
export { archivedError, requireAbility } from './commands/shared.js';
export { caseAbilities } from './case.policy.js';
export {
  registerExecutionPort,
  type ExecutionPort,
  type OnSpotCollection,
  type PaymentTerms,
} from './execution-port.js';
export type {
  ArchiveModel,
  ClosingApprovalModel,
  EnforcementApplicationModel,
  Payee,
  PaymentDeferralDecisionModel,
  PaymentDemandModel,
} from './documents/models.js';
export { storedSpec } from './documents/registry.js';
export {
  registerClosingGate,
  closingRefusal,
  type ClosingGate,
  type ClosingRefusal,
  type ClosingStep,
} from './closing-gates.js';
export {
  registerReversalObserver,
  notifyCaseReversed,
  type CaseReversal,
  type ReversalObserver,
} from './reversal-port.js';
export { archiveBundleInput } from './documents/templates/archive-cover.js';
export { settingsOn } from './cases.context.js';

export interface CasesPluginOptions {
  database: Database;
  fieldKey?: string | null;
  /** DATA_DIR: evidence files and documents go to DATA_DIR/blobs; absent (tests) keeps them in memory. */
  dataDir?: string | null;
  /** Tests may pass their own store or clock. */
  blobs?: BlobStore;
  now?: () => Date;
}

export function blobStoreFor(dataDir: string | null | undefined): BlobStore {
  return dataDir ? new DirectoryBlobStore(path.join(dataDir, 'blobs')) : new MemoryBlobStore();
}

// The store each database was opened with by the app in this process, so that the demo seed (run after the app
// is built) writes its documents where the app reads them.
const stores = new WeakMap<Database, BlobStore>();

// The case dependencies each database was opened with, for the modules registered after this one (hearings).
const depsOf = new WeakMap<Database, CaseDeps>();

/** The case module's dependencies (field protector, blob store, clock) as the app built them; after casesPlugin. */
export function caseDepsFor(database: Database): CaseDeps {
  const deps = depsOf.get(database);
  if (!deps) throw new Error('casesPlugin must be registered before the modules that use cases');
  return deps;
}

/** The blob store of a database: the app's, else one from the configuration (the CLI's seed-demo). */
export function blobStoreOf(database: Database, dataDir: string | null | undefined): BlobStore {
  return stores.get(database) ?? blobStoreFor(dataDir);
}

/** Registers the case routes after loading the starting catalogue of 违法行为 into an empty table. */
export const casesPlugin = fp<CasesPluginOptions>(
  async (app, opts) => {
    const deps: CaseDeps = {
      database: opts.database,
      protector: fieldProtectorFor(opts.database, { fieldKey: opts.fieldKey, dataDir: opts.dataDir }),
      blobs: opts.blobs ?? blobStoreFor(opts.dataDir),
      ...(opts.now ? { now: opts.now } : {}),
    };
    stores.set(opts.database, deps.blobs);
    depsOf.set(opts.database, deps);
    const seeded = await ensureCatalogue(opts.database);
    if (seeded) app.log.info({ seeded }, '已载入违法行为目录（初始版本）');
    await app.register(caseRoutes, deps);
    await app.register(procedureRoutes, deps);
    await app.register(caseAdminRoutes, deps);
  },
  { name: 'zhifa-cases', dependencies: ['zhifa-personnel'] },
);
