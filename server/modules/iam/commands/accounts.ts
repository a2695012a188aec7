import { ADMIN_ROLES, ROLE_LABELS, roleConflict, type Role } from '../../../../common/roles.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { generateTemporaryPassword, hashPassword } from '../../../platform/auth/password.js';
import { AppError } from '../../../platform/http/errors.js';
import { orgQueries } from '../../org/index.js';
import { accountAbilities } from '../iam.policy.js';
import { IAM_AUDIT } from '../iam.audit.js';
import { iamRepository, type UserView } from '../iam.repository.js';
import type { IamDeps } from './auth.js';

const SEPARATION_BASIS =
  '《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）8.1.4.2 访问控制：三员分立';

export interface AccountInput {
  displayName: string;
  unitId: string | null;
  positionId: string | null;
  phone: string | null;
}

async function checkOrgRefs(deps: IamDeps, input: Partial<AccountInput>): Promise<void> {
  if (input.unitId && !(await orgQueries.unitExists(deps.database.db, input.unitId)))
    throw new AppError('VALIDATION_FAILED', '所选科室或单位不存在');
  if (input.positionId && !(await orgQueries.positionExists(deps.database.db, input.positionId)))
    throw new AppError('VALIDATION_FAILED', '所选职务不存在');
}

function targetOf(view: UserView, now = new Date()) {
  return { id: view.id, roles: view.roles, locked: !!view.lockedUntil && view.lockedUntil > now };
}

/** Loads an account the actor may manage, or answers 404 for a missing one. */
async function loadForAction(
  deps: IamDeps,
  actor: Actor,
  id: string,
  ability: keyof ReturnType<typeof accountAbilities>,
) {
  const view = await iamRepository.findView(deps.database.db, id);
  if (!view) throw new AppError('NOT_FOUND');
  const can = accountAbilities(actor, targetOf(view));
  if (!can[ability]) {
    if (actor.userId === id) throw new AppError('SELF_LOCKOUT');
    throw new AppError('FORBIDDEN', '系统管理员不得重置、停用或修改管理员账号（三员分立）', {
      basis: SEPARATION_BASIS,
    });
  }
  return view;
}

/**
 * Creates an account with a one-time initial password; the holder must change it at first login.
 * Accounts are created without roles: roles are granted by the security administrator (三员分立).
 */
export async function createAccount(
  deps: IamDeps,
  input: AccountInput & { username: string },
  ctx: AuditContext,
) {
  await checkOrgRefs(deps, input);
  const initialPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(initialPassword);
  const created = await deps.database.transaction(async (tx) => {
    if (await iamRepository.findByUsername(tx, input.username)) throw new AppError('USERNAME_TAKEN');
    const row = await iamRepository.insert(tx, { ...input, passwordHash, mustChangePassword: true });
    await recordAudit(tx, ctx, {
      action: IAM_AUDIT.accountCreated,
      objectType: 'user',
      objectId: row.id,
      payload: {
        username: row.username,
        displayName: row.displayName,
        unitId: row.unitId,
        positionId: row.positionId,
      },
    });
    return row;
  });
  return { id: created.id, initialPassword };
}

export async function updateAccount(
  deps: IamDeps,
  actor: Actor,
  id: string,
  patch: Partial<AccountInput>,
  ctx: AuditContext,
) {
  await checkOrgRefs(deps, patch);
  const before = await loadForAction(deps, actor, id, 'edit');
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of ['displayName', 'unitId', 'positionId', 'phone'] as const) {
    const to = patch[key];
    if (to !== undefined && to !== before[key]) changes[key] = { from: before[key], to };
  }
  if (Object.keys(changes).length === 0) return;
  await deps.database.transaction(async (tx) => {
    await iamRepository.update(
      tx,
      id,
      Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.to])),
    );
    await recordAudit(tx, ctx, {
      action: IAM_AUDIT.accountUpdated,
      objectType: 'user',
      objectId: id,
      payload: { username: before.username, changes },
    });
  });
}

/** Issues a temporary password, ends the holder's sessions, clears a lock; a change is forced at next login. */
export async function resetPassword(deps: IamDeps, actor: Actor | null, id: string, ctx: AuditContext) {
  const view = actor
    ? await loadForAction(deps, actor, id, 'resetPassword')
    : await iamRepository.findView(deps.database.db, id);
  if (!view) throw new AppError('NOT_FOUND');
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await deps.database.transaction(async (tx) => {
    await iamRepository.update(tx, id, {
      passwordHash,
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
    });
    const ended = await deps.sessions.endAllForUser(tx, id, 'password_changed');
    await recordAudit(tx, ctx, {
      action: IAM_AUDIT.passwordReset,
      objectType: 'user',
      objectId: id,
      payload: { username: view.username, sessionsEnded: ended, via: actor ? 'web' : 'cli' },
    });
  });
  return { temporaryPassword };
}

export async function unlockAccount(deps: IamDeps, actor: Actor, id: string, ctx: AuditContext) {
  const view = await loadForAction(deps, actor, id, 'unlock');
  await deps.database.transaction(async (tx) => {
    await iamRepository.update(tx, id, { failedLogins: 0, lockedUntil: null });
    await recordAudit(tx, ctx, {
      action: IAM_AUDIT.accountUnlocked,
      objectType: 'user',
      objectId: id,
      payload: { username: view.username, lockedUntil: view.lockedUntil?.toISOString() ?? null },
    });
  });
}

export async function setAccountDisabled(
  deps: IamDeps,
  actor: Actor,
  id: string,
  disabled: boolean,
  ctx: AuditContext,
) {
  const view = await loadForAction(deps, actor, id, 'disable');
  if (view.disabled === disabled) return;
  await deps.database.transaction(async (tx) => {
    await iamRepository.update(tx, id, { disabled });
    if (disabled) await deps.sessions.endAllForUser(tx, id, 'disabled');
    await recordAudit(tx, ctx, {
      action: disabled ? IAM_AUDIT.accountDisabled : IAM_AUDIT.accountEnabled,
      objectType: 'user',
      objectId: id,
      payload: { username: view.username },
    });
  });
}

/**
 * Replaces an account's roles (security administrator only). Refuses a set that breaks 三员分立, and
 * refuses to leave the bureau without any holder of an administrator role.
 */
export async function setRoles(
  deps: IamDeps,
  actor: Actor | null,
  id: string,
  roles: Role[],
  ctx: AuditContext,
) {
  const unique = [...new Set(roles)].sort();
  const view = actor
    ? await loadForAction(deps, actor, id, 'grantRoles')
    : await iamRepository.findView(deps.database.db, id);
  if (!view) throw new AppError('NOT_FOUND');
  const conflict = roleConflict(unique);
  if (conflict)
    throw new AppError('ROLE_CONFLICT', conflict, {
      basis: SEPARATION_BASIS,
      rule: 'iam.separation-of-duties',
    });
  const before = [...view.roles].sort();
  if (before.join() === unique.join()) return;
  await deps.database.transaction(async (tx) => {
    for (const admin of ADMIN_ROLES) {
      if (
        before.includes(admin) &&
        !unique.includes(admin) &&
        (await iamRepository.countWithRole(tx, admin)) <= 1
      )
        throw new AppError('ROLE_CONFLICT', `至少须保留一名${ROLE_LABELS[admin]}`, {
          basis: SEPARATION_BASIS,
        });
    }
    await iamRepository.replaceRoles(tx, id, unique, actor?.userId ?? null);
    await recordAudit(tx, ctx, {
      action: IAM_AUDIT.rolesChanged,
      objectType: 'user',
      objectId: id,
      payload: { username: view.username, from: before, to: unique },
    });
  });
}
