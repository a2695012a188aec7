import type {
  InterferenceSettingsValues,
  PersonalFileKind,
} from '../../../../common/contracts/interference.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { caseRepository, type CaseActor, type CaseDeps } from '../../cases/index.js';
import { notifyUsers } from '../../workbench/index.js';
import { interferenceRepository as repo } from '../interference.repository.js';
import { DEFAULT_SETTINGS } from '../rules/index.js';

export type InterferenceDeps = CaseDeps;

/** The bureau's settings in force on a day (defaults in code until it stores its own). */
export async function settingsOn(db: Db | Tx, on: LocalDate): Promise<InterferenceSettingsValues> {
  const row = await repo.settingsOn(db, on);
  return { ...DEFAULT_SETTINGS, ...(row?.settings ?? {}) };
}

/** The active holders of a role, minus those sealed out of a register (who never hear of it). */
export async function recipients(
  db: Db | Tx,
  role: 'principal' | 'discipline',
  sealed: readonly string[] = [],
): Promise<string[]> {
  return (await caseRepository.usersWithRole(db, role)).filter((id) => !sealed.includes(id));
}

/** Puts a to-do on the 工作台 of these people (deduplicated per key). */
export const notify = notifyUsers;

/** One entry in each of the person's files (第十一条: 廉政档案 and 执法档案). */
export async function postToFiles(
  tx: Tx,
  entry: {
    subjectId: string;
    subjectName: string;
    category: string;
    title: string;
    detail: string;
    sourceType: string;
    sourceId: string | null;
    occurredOn: string;
    recordedByName: string;
    kinds?: readonly PersonalFileKind[];
  },
): Promise<void> {
  const { kinds = ['integrity', 'enforcement'], ...rest } = entry;
  await repo.insertFileEntries(
    tx,
    kinds.map((fileKind) => ({ ...rest, fileKind })),
  );
}

export function requireRole(actor: CaseActor, role: CaseActor['roles'][number], message: string): void {
  if (!actor.roles.includes(role)) throw new AppError('FORBIDDEN', message);
}
