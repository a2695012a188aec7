import type { OfficerDetail, OfficerPage } from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { certificateRepository } from '../certificate.repository.js';
import { officerRepository, type OfficerFilter } from '../officer.repository.js';
import { entrustmentOf, settingsVersions } from '../personnel.context.js';
import { canSeeOfficer, officerScope, type PersonnelActor } from '../personnel.policy.js';
import { presentDetail, presentSummary } from '../personnel.presenter.js';
import { trainingRepository } from '../training.repository.js';
import { settingsOn } from '../rules/settings.js';
import { effectiveStatus } from '../rules/eligibility.js';

/** The roster page: officers in the actor's scope, filtered, with their certificates and this year's hours. */
export async function listOfficers(
  db: Db,
  actor: PersonnelActor,
  filter: OfficerFilter,
  paging: { page: number; pageSize: number },
  today: LocalDate,
): Promise<OfficerPage> {
  const year = Number(today.slice(0, 4));
  const settings = settingsOn(await settingsVersions(db), today);
  const minimum = settings.annualTrainingHours;
  const { items, total } = await officerRepository.page(db, officerScope(actor), filter, {
    ...paging,
    today,
    year,
    minimumHours: minimum,
  });
  const certs = await certificateRepository.ofOfficers(
    db,
    items.map((o) => o.id),
  );
  return {
    items: items.map((o) =>
      presentSummary(
        o,
        certs.filter((c) => c.officerId === o.id),
        today,
        minimum,
      ),
    ),
    total,
    page: paging.page,
    pageSize: paging.pageSize,
    canManage: actor.permissions.has('personnel.manage'),
    year,
  };
}

/** One officer's full record, or 404 when absent or outside the actor's scope. */
export async function getOfficer(
  db: Db,
  actor: PersonnelActor,
  id: string,
  today: LocalDate,
): Promise<OfficerDetail> {
  const view = await officerRepository.find(db, id);
  if (!view || !canSeeOfficer(actor, view)) throw new AppError('NOT_FOUND');
  const certificates = await certificateRepository.ofOfficers(db, [id]);
  const events = await certificateRepository.eventsOf(
    db,
    certificates.map((c) => c.id),
  );
  const applications = await certificateRepository.applicationsOf(db, id);
  const numbers = await certificateRepository.numbersById(db, [
    ...certificates.map((c) => c.replacesId).filter((x): x is string => !!x),
    ...applications.map((a) => a.certificateId).filter((x): x is string => !!x),
  ]);
  const versions = await settingsVersions(db);
  return presentDetail(
    {
      view,
      certificates,
      events,
      history: await certificateRepository.historyOfOfficer(db, id),
      applications,
      training: await trainingRepository.trainingOf(db, id),
      exams: await trainingRepository.examsOf(db, id),
      entrustment: entrustmentOf(await officerRepository.entrustment(db, view.unitId)),
      numbers,
      minimumOf: (year) => settingsOn(versions, `${year}-12-31` as LocalDate).annualTrainingHours,
    },
    actor,
    today,
  );
}

/**
 * Officers to choose from on the check page: every serving officer with the numbers of his certificates valid
 * today — what the public list shows anyway, so it is not scoped (a case handler picks his colleagues).
 */
export async function officerOptions(db: Db, today: LocalDate) {
  const all = await officerRepository.all(db, { kind: 'all' }, Number(today.slice(0, 4)));
  const serving = all.filter((o) => o.status === 'serving');
  const certs = await certificateRepository.ofOfficers(
    db,
    serving.map((o) => o.id),
  );
  return {
    items: serving.map((o) => ({
      id: o.id,
      name: o.name,
      unitName: o.unitName,
      certificateNumbers: certs
        .filter((c) => c.officerId === o.id && effectiveStatus(c, today) === 'valid')
        .map((c) => c.number),
    })),
  };
}
