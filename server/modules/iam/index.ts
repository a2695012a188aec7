/** The identity and access module's public face: accounts, roles, login, the security policy. */
import type { LoadedUser } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/database.js';
import { iamRepository } from './iam.repository.js';

export { authRoutes } from './auth.routes.js';
export { accountRoutes } from './accounts.routes.js';
export { securityRoutes } from './security.routes.js';
export { createAccount, resetPassword, setRoles } from './commands/accounts.js';
export type { IamDeps } from './commands/auth.js';

/** Loads what the guard needs to know about a session's user. */
export async function loadUserForSession(db: Db, userId: string): Promise<LoadedUser | null> {
  const v = await iamRepository.findSessionUser(db, userId);
  if (!v) return null;
  return {
    userId: v.id,
    username: v.username,
    displayName: v.display_name,
    roles: v.roles,
    unitId: v.unit_id,
    unitName: v.unit_name,
    mustChangePassword: v.must_change_password,
    disabled: v.disabled,
  };
}

export const iamQueries = {
  findByUsername: (db: Db, username: string) => iamRepository.findByUsername(db, username),
  usersWithRole: async (db: Db, role: Parameters<typeof iamRepository.countWithRole>[1]) =>
    (await iamRepository.list(db, { role }, 1, 500, new Date())).items,
};
