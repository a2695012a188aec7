import { isAdminRole, type Permission, type Role } from '../../../common/roles.js';

export interface AccountTarget {
  id: string;
  roles: readonly Role[];
  locked: boolean;
}

export interface ActorFacts {
  userId: string;
  permissions: ReadonlySet<Permission>;
}

/**
 * What the actor may do to an account. Two rules beyond the coarse permission:
 * - nobody manages their own account through these actions (no self-unlock, self-grant, self-reset);
 * - the system administrator may not reset, disable or edit an administrator's account, else he could
 *   log in as the audit administrator and read the trail 三员分立 keeps from him. Administrator accounts are
 *   recovered with the `zhifa user reset-password` command on the server, which is audited as well.
 */
export function accountAbilities(actor: ActorFacts, target: AccountTarget) {
  const manage = actor.permissions.has('account.manage');
  const self = actor.userId === target.id;
  const adminTarget = target.roles.some(isAdminRole);
  const canTouch = manage && !self && !adminTarget;
  return {
    edit: manage && !adminTarget,
    resetPassword: canTouch,
    unlock: canTouch && target.locked,
    disable: canTouch,
    grantRoles: actor.permissions.has('role.grant') && !self,
  };
}
export type AccountAbilities = ReturnType<typeof accountAbilities>;
