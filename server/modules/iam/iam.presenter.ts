import type { z } from 'zod';
import type { Account } from '../../../common/contracts/accounts.js';
import type { Me } from '../../../common/contracts/auth.js';
import type { Actor } from '../../platform/auth/actor.js';
import { accountAbilities } from './iam.policy.js';
import type { UserView } from './iam.repository.js';

export function presentAccount(view: UserView, actor: Actor, now = new Date()): z.infer<typeof Account> {
  const locked = !!view.lockedUntil && view.lockedUntil > now;
  return {
    id: view.id,
    username: view.username,
    displayName: view.displayName,
    unitId: view.unitId,
    unitName: view.unitName,
    positionId: view.positionId,
    positionName: view.positionName,
    phone: view.phone,
    roles: view.roles,
    status: view.disabled ? 'disabled' : locked ? 'locked' : 'active',
    mustChangePassword: view.mustChangePassword,
    lockedUntil: locked ? view.lockedUntil!.toISOString() : null,
    lastLoginAt: view.lastLoginAt?.toISOString() ?? null,
    createdAt: view.createdAt.toISOString(),
    abilities: accountAbilities(actor, { id: view.id, roles: view.roles, locked }),
  };
}

export function presentMe(
  view: Pick<UserView, 'id' | 'username' | 'displayName' | 'roles' | 'unitName' | 'mustChangePassword'>,
): Me {
  return {
    id: view.id,
    username: view.username,
    displayName: view.displayName,
    roles: view.roles,
    unitName: view.unitName,
    mustChangePassword: view.mustChangePassword,
  };
}
