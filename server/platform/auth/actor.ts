import type { Permission, Role } from '../../../common/roles.js';
import type { AuditContext } from '../audit/audit.js';

/** The logged-in person making a request, with their roles and coarse permissions. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  unitId: string | null;
  unitName: string | null;
  mustChangePassword: boolean;
  sessionId: string;
}

/** What the identity module tells the guard about a user. */
export interface LoadedUser {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  unitId: string | null;
  unitName: string | null;
  mustChangePassword: boolean;
  disabled: boolean;
}

export function actorAuditContext(
  actor: Actor | null,
  requestId: string | null,
  ip: string | null,
): AuditContext {
  return {
    actor: actor
      ? { id: actor.userId, name: actor.displayName, roles: actor.roles, unit: actor.unitName }
      : { id: null, name: '匿名', roles: [], unit: null },
    requestId,
    ip,
  };
}
