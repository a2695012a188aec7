import type { CaseSettingsValues } from '../../../common/contracts/cases.js';
import type { Role } from '../../../common/roles.js';
import { todayInShanghai, type LocalDate } from '../../kernel/local-date.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database, Db, Tx } from '../../platform/db/database.js';
import type { BlobStore } from '../../platform/files/index.js';
import { AppError } from '../../platform/http/errors.js';
import type { FieldProtector } from '../personnel/index.js';
import { DEFAULT_CASE_SETTINGS } from './catalogue/settings-defaults.js';
import { catalogueRepository } from './catalogue.repository.js';

/** What the module's commands need besides the database. */
export interface CaseDeps {
  database: Database;
  /** Encrypts parties' ID numbers (SM4); null when no field key is configured (then parties are refused). */
  protector: FieldProtector | null;
  /** Evidence files, signed consents and rendered documents. */
  blobs: BlobStore;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

/** Who acts, as the case rules need it. */
export interface CaseActor {
  userId: string;
  name: string;
  roles: readonly Role[];
  unitId: string | null;
  unitName: string | null;
}

export function caseActor(actor: Actor): CaseActor {
  return {
    userId: actor.userId,
    name: actor.displayName,
    roles: actor.roles,
    unitId: actor.unitId,
    unitName: actor.unitName,
  };
}

export function nowOf(deps: Pick<CaseDeps, 'now'>): Date {
  return deps.now ? deps.now() : new Date();
}

export function todayOf(deps: Pick<CaseDeps, 'now'>): LocalDate {
  return todayInShanghai(nowOf(deps));
}

export function requireProtector(deps: Pick<CaseDeps, 'protector'>): FieldProtector {
  if (!deps.protector) throw new AppError('FIELD_KEY_MISSING');
  return deps.protector;
}

/** The settings in force on a date: the newest version effective by then, else the defaults in code. */
export async function settingsOn(db: Db | Tx, on: LocalDate): Promise<CaseSettingsValues> {
  const row = await catalogueRepository.settingsOn(db, on);
  return row ? { ...DEFAULT_CASE_SETTINGS, ...row.settings } : DEFAULT_CASE_SETTINGS;
}
