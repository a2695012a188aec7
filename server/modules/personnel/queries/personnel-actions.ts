import type { PersonnelActionList } from '../../../../common/contracts/personnel.js';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { officerRepository } from '../officer.repository.js';
import { personnelActionRepository } from '../personnel-action.repository.js';
import { canRecordPersonnelAction, canSeeOfficer, type PersonnelActor } from '../personnel.policy.js';
import { presentPersonnelAction } from '../personnel.presenter.js';

/**
 * An officer's personnel actions (人事处理), latest first, for whoever may see the officer (404 otherwise), with
 * whether the caller may record one.
 */
export async function listPersonnelActions(
  db: Db,
  actor: PersonnelActor,
  officerId: string,
): Promise<PersonnelActionList> {
  const o = await officerRepository.find(db, officerId);
  if (!o || !canSeeOfficer(actor, o)) throw new AppError('NOT_FOUND');
  return {
    items: (await personnelActionRepository.ofOfficer(db, officerId)).map(presentPersonnelAction),
    canRecord: canRecordPersonnelAction(actor, o),
  };
}
