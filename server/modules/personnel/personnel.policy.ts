import type {
  ApplicationStatus,
  CertificateAbilities,
  CertificateStatus,
  OfficerAbilities,
  OfficerStatus,
} from '../../../common/contracts/personnel.js';
import type { Permission, Role } from '../../../common/roles.js';

/** What the policy needs to know about the person asking. */
export interface PersonnelActor {
  userId: string;
  roles: readonly Role[];
  unitId: string | null;
  permissions: ReadonlySet<Permission>;
}

export interface OfficerTarget {
  userId: string | null;
  unitId: string;
  status: OfficerStatus;
  hasIdNumber: boolean;
}

/**
 * Which officers an actor may see. The roster keepers (政策法规科), the bureau's leaders and 纪检监察 see every
 * officer; a 科室负责人 sees the officers of their own unit; everyone sees their own record.
 */
export type OfficerScope =
  | { kind: 'all' }
  | { kind: 'unit'; unitId: string | null; userId: string }
  | { kind: 'own'; userId: string };

const WHOLE_BUREAU: readonly Role[] = ['legal_reviewer', 'leader', 'principal', 'discipline'];

export function officerScope(actor: PersonnelActor): OfficerScope {
  if (actor.permissions.has('personnel.view') && actor.roles.some((r) => WHOLE_BUREAU.includes(r)))
    return { kind: 'all' };
  if (actor.permissions.has('personnel.view'))
    return { kind: 'unit', unitId: actor.unitId, userId: actor.userId };
  return { kind: 'own', userId: actor.userId };
}

export function canSeeOfficer(
  actor: PersonnelActor,
  target: Pick<OfficerTarget, 'userId' | 'unitId'>,
): boolean {
  const scope = officerScope(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'unit':
      return target.unitId === scope.unitId || target.userId === scope.userId;
    case 'own':
      return target.userId === scope.userId;
  }
}

/**
 * Separation of duties: nobody maintains or decides on their own qualification record (training hours,
 * certificates, suspension) — the same rule as for accounts.
 */
function isSelf(actor: PersonnelActor, target: Pick<OfficerTarget, 'userId'>): boolean {
  return !!target.userId && target.userId === actor.userId;
}

/** What the actor may do to an officer record. Roster changes are 政策法规科's (personnel.manage). */
export function officerAbilities(actor: PersonnelActor, target: OfficerTarget): OfficerAbilities {
  const manage = actor.permissions.has('personnel.manage') && !isSelf(actor, target);
  const serving = target.status === 'serving';
  return {
    edit: manage,
    revealIdNumber: actor.permissions.has('personnel.manage') && target.hasIdNumber,
    uploadPhoto: manage,
    recordTraining: manage,
    recordExam: manage,
    apply: manage && serving,
    depart: manage && serving,
  };
}

/**
 * Who records a personnel action (人事处理) by hand: the roster keepers (personnel.manage), never on their own record.
 * Departed officers included: an appraisal or a dismissal may be recorded after the officer left.
 */
export function canRecordPersonnelAction(
  actor: PersonnelActor,
  target: Pick<OfficerTarget, 'userId'>,
): boolean {
  return actor.permissions.has('personnel.manage') && !isSelf(actor, target);
}

/**
 * What the actor may do to a certificate in its current (effective) status. Recording review results, renewal
 * and cancellation is the roster keepers' work; suspension, restoration and revocation are decisions of the
 * 主要负责人 (personnel.decide).
 */
export function certificateAbilities(
  actor: PersonnelActor,
  target: OfficerTarget,
  status: CertificateStatus,
): CertificateAbilities {
  const self = isSelf(actor, target);
  const manage = actor.permissions.has('personnel.manage') && !self;
  const decide = actor.permissions.has('personnel.decide') && !self;
  const active = status === 'valid' || status === 'suspended';
  return {
    review: manage && active,
    renew: manage && target.status === 'serving' && (status === 'valid' || status === 'expired'),
    cancel: manage && (active || status === 'expired'),
    suspend: decide && status === 'valid',
    restore: decide && status === 'suspended',
    revoke: decide && active,
  };
}

export function applicationAbilities(
  actor: PersonnelActor,
  target: OfficerTarget,
  status: ApplicationStatus,
) {
  const manage = actor.permissions.has('personnel.manage') && !isSelf(actor, target) && status === 'pending';
  return { issue: manage, reject: manage };
}

/** Certificate transitions a command may make, from the effective status (expired counts as its own). */
export const TRANSITIONS = {
  review: ['valid', 'suspended'],
  renew: ['valid', 'expired'],
  cancel: ['valid', 'suspended', 'expired'],
  suspend: ['valid'],
  restore: ['suspended'],
  revoke: ['valid', 'suspended'],
} as const satisfies Record<keyof CertificateAbilities, readonly CertificateStatus[]>;
