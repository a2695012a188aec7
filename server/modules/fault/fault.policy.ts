/**
 * Who sees a matter and what they may do on it. Holders of fault.view (leaders, the 主要负责人, 纪检) see every
 * matter; the person who registered a lead sees it; the persons under investigation or found liable see their
 * own matter (to be heard, to apply for 复核, to appeal). Everyone else gets 404.
 */
import type { MatterAbilities } from '../../../common/contracts/fault.js';
import { PERMISSION_ROLES, type Permission } from '../../../common/roles.js';
import type { CaseActor } from '../cases/index.js';
import type { MatterRow, PersonRow, ReviewRow } from './fault.schema.js';

/** Whether the actor holds the permission (common/roles.ts is the one table of who may do what). */
export const holds = (a: Pick<CaseActor, 'roles'>, p: Permission) =>
  a.roles.some((r) => PERMISSION_ROLES[p].includes(r));

export const canViewAll = (a: CaseActor) => holds(a, 'fault.view');

export function canSeeMatter(a: CaseActor, m: MatterRow, people: readonly PersonRow[]): boolean {
  return (
    canViewAll(a) ||
    m.registeredBy === a.userId ||
    m.subjectIds.includes(a.userId) ||
    people.some((p) => p.personId === a.userId)
  );
}

export function matterAbilities(
  a: CaseActor,
  m: MatterRow,
  people: readonly PersonRow[],
  reviews: readonly ReviewRow[],
): MatterAbilities {
  const discipline = holds(a, 'fault.handle');
  const principal = holds(a, 'fault.decide');
  const after = m.stage === 'decided' || m.stage === 'closed';
  const mine = people.find((p) => p.personId === a.userId && p.treatment !== 'exempt');
  return {
    triage: discipline && m.stage === 'lead',
    manage: discipline && ['investigating', 'found', 'decided', 'closed'].includes(m.stage),
    decide: principal && m.stage === 'found',
    notify: discipline && after,
    review: discipline && after,
    decideReview: principal && reviews.some((r) => !r.decidedOn),
    close: discipline && m.stage === 'decided',
    selfService: !!mine && (m.stage === 'found' || after),
  };
}
