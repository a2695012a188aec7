import type { MatterStage } from '../../../../common/contracts/fault.js';
import { MATTER_STAGE_LABELS } from '../../../../common/contracts/fault.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { caseRepository, type CaseActor, type CaseDeps } from '../../cases/index.js';
import { staffDirectory } from '../../interference/index.js';
import { notifyUsers } from '../../workbench/index.js';
import { holds } from '../fault.policy.js';
import { faultRepository as repo } from '../fault.repository.js';
import type { Permission } from '../../../../common/roles.js';
import type { MatterRow } from '../fault.schema.js';
import { DEFAULT_REPEAT, type RepeatSettings } from '../rules/repeat.js';

export type FaultDeps = CaseDeps;

export async function repeatSettings(db: Db | Tx): Promise<RepeatSettings> {
  const row = await repo.settings(db);
  return row
    ? { repeatWindowMonths: row.repeatWindowMonths, repeatThreshold: row.repeatThreshold }
    : DEFAULT_REPEAT;
}

/** The matter locked for the rest of the transaction, in one of the stages the step allows. */
export async function lockMatter(
  tx: Tx,
  id: string,
  stages: readonly MatterStage[],
  what: string,
): Promise<MatterRow> {
  const m = await repo.lock(tx, id);
  if (!m) throw new AppError('NOT_FOUND');
  if (!stages.includes(m.stage))
    throw new AppError('FAULT_STATE', `事项处于「${MATTER_STAGE_LABELS[m.stage]}」环节，不能${what}`);
  return m;
}

/** Refuses with the message unless the actor holds the permission (fault.handle: 纪检; fault.decide: 主要负责人). */
export function requirePermission(actor: CaseActor, permission: Permission, message: string): void {
  if (!holds(actor, permission)) throw new AppError('FORBIDDEN', message);
}

export async function matterAudit(
  tx: Tx,
  ctx: AuditContext,
  matterId: string,
  action: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await recordAudit(tx, ctx, { action, objectType: 'fault_matter', objectId: matterId, payload });
}

/** Puts a to-do on the 工作台 of these people (deduplicated per key). */
export const notify = notifyUsers;

export const disciplineStaff = (db: Db | Tx) => caseRepository.usersWithRole(db, 'discipline');
export const principals = (db: Db | Tx) => caseRepository.usersWithRole(db, 'principal');

/** Active bureau staff by id, refusing unknown or disabled ones. */
export async function activeStaff(db: Db | Tx, ids: readonly string[], what: string) {
  const all = await staffDirectory(db);
  const byId = new Map(all.map((p) => [p.id, p]));
  for (const id of ids) {
    const p = byId.get(id);
    if (!p || p.disabled) throw new AppError('VALIDATION_FAILED', `${what}须为本局在职人员`);
  }
  return byId;
}

export const link = (id: string) => `/fault/matters/${id}`;
