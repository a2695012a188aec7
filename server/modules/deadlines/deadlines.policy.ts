import type { DeadlineStatus } from '../../../common/contracts/deadlines.js';
import type { Role } from '../../../common/roles.js';
import type { DeadlineRule } from './rules/index.js';

/** Who is asking: enough of the actor for record-level decisions. */
export interface DeadlineActor {
  userId: string;
  roles: readonly Role[];
  unitId: string | null;
}

/** Whose deadlines an actor may see (STYLE §5: list queries go through a visibility scope). */
export type VisibilityScope =
  | { kind: 'all' }
  | { kind: 'unit'; unitId: string | null; userId: string }
  | { kind: 'own'; userId: string };

/** Roles that oversee every deadline of the bureau: 分管局领导, 主要负责人, 法制审核 (legal-spec §3.2, §13). */
const OVERSEERS: readonly Role[] = ['leader', 'principal', 'legal_reviewer'];
/** 负责人: may waive a deadline whose object no longer needs it. */
const WAIVERS: readonly Role[] = ['leader', 'principal'];

/**
 * A user sees the deadlines they are responsible for; a section head also those of their unit; leaders, the
 * principal and legal reviewers see all.
 */
export function visibilityScope(actor: DeadlineActor): VisibilityScope {
  if (actor.roles.some((r) => OVERSEERS.includes(r))) return { kind: 'all' };
  if (actor.roles.includes('section_head'))
    return { kind: 'unit', unitId: actor.unitId, userId: actor.userId };
  return { kind: 'own', userId: actor.userId };
}

/** The record-level form of the scope: a deadline outside it is answered with 404. */
export function canSee(
  actor: DeadlineActor,
  d: { responsibleUserId: string | null; unitId: string | null },
): boolean {
  const scope = visibilityScope(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'unit':
      return d.responsibleUserId === actor.userId || (scope.unitId !== null && d.unitId === scope.unitId);
    case 'own':
      return d.responsibleUserId === actor.userId;
  }
}

const EXTENDABLE: readonly DeadlineStatus[] = ['open', 'extended'];
const WAIVABLE: readonly DeadlineStatus[] = ['open', 'extended', 'suspended'];

/** An approved 延期: the rule allows one and the actor holds one of the roles the rule names. */
export function canExtend(
  actor: DeadlineActor,
  rule: DeadlineRule | null,
  d: { status: DeadlineStatus; responsibleUserId: string | null; unitId: string | null },
): boolean {
  return (
    !!rule?.extension &&
    EXTENDABLE.includes(d.status) &&
    canSee(actor, d) &&
    actor.roles.some((r) => rule.extension!.by.includes(r))
  );
}

/** Waiving (the object no longer needs the period: case withdrawn, party waived a hearing...) is for 负责人. */
export function canWaive(
  actor: DeadlineActor,
  d: { status: DeadlineStatus; responsibleUserId: string | null; unitId: string | null },
): boolean {
  return WAIVABLE.includes(d.status) && canSee(actor, d) && actor.roles.some((r) => WAIVERS.includes(r));
}
