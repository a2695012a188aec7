import type { PersonnelSettingsValues } from '../../../common/contracts/personnel.js';
import { todayInShanghai, type LocalDate } from '../../kernel/local-date.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database, Db, Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import type { FieldProtector } from './field-key.js';
import type { FileStore } from './file-store.js';
import { officerRepository, type OfficerView } from './officer.repository.js';
import type { PersonnelActor } from './personnel.policy.js';
import { certificateRepository } from './certificate.repository.js';
import type { CertificateEventRow, CertificateRow } from './personnel.schema.js';
import type { CertificateWithHistory, Entrustment, OfficerFacts } from './rules/eligibility.js';
import { settingsOn, type SettingsVersion } from './rules/settings.js';

/** What the module's commands need besides the database. */
export interface PersonnelDeps {
  database: Database;
  /** Null when no field key is configured (PostgreSQL without ZHIFA_FIELD_KEY): ID numbers are refused. */
  protector: FieldProtector | null;
  files: FileStore;
}

export function requireProtector(deps: Pick<PersonnelDeps, 'protector'>): FieldProtector {
  if (!deps.protector) throw new AppError('FIELD_KEY_MISSING');
  return deps.protector;
}

export function personnelActor(actor: Actor): PersonnelActor {
  return { userId: actor.userId, roles: actor.roles, unitId: actor.unitId, permissions: actor.permissions };
}

export function shanghaiToday(now = new Date()): LocalDate {
  return todayInShanghai(now);
}

export async function settingsVersions(db: Db | Tx): Promise<SettingsVersion[]> {
  return (await officerRepository.settingsVersions(db)).map((r) => ({
    effectiveFrom: r.effectiveFrom as LocalDate,
    values: r.settings,
  }));
}

/** The settings in force on a date. */
export async function settingsFor(db: Db | Tx, on: LocalDate): Promise<PersonnelSettingsValues> {
  return settingsOn(await settingsVersions(db), on);
}

/**
 * Refuses a decision date in the future, or before `notBefore` (the issue date, or the latest entry of the
 * history: a new entry may not be slipped in before one already recorded, so the replayed history stays true).
 */
export function checkDecisionDate(
  on: LocalDate,
  today: LocalDate,
  notBefore: string | null,
  what: string,
): void {
  if (on > today)
    throw new AppError(
      'PERSONNEL_DATE_INVALID',
      `${what}日期 ${on} 晚于今天（${today}），不能登记尚未发生的事项`,
    );
  if (notBefore && on < notBefore)
    throw new AppError(
      'PERSONNEL_DATE_INVALID',
      `${what}日期 ${on} 早于该证件已登记的最近一次变更或发证日期（${notBefore}），请核对日期`,
    );
}

export function officerFacts(v: OfficerView): OfficerFacts {
  return {
    id: v.id,
    name: v.name,
    unitName: v.unitName,
    staffingType: v.staffingType,
    status: v.status,
    departedOn: v.departedOn,
    legalQualification: v.legalQualification,
    legalReviewSince: v.legalReviewSince,
  };
}

export function entrustmentOf(
  row: { entrustedFrom: string; entrustedUntil: string | null } | null,
): Entrustment | null {
  return row ? { from: row.entrustedFrom, until: row.entrustedUntil } : null;
}

export function withHistory(
  certs: readonly CertificateRow[],
  events: readonly CertificateEventRow[],
): CertificateWithHistory[] {
  return certs.map((c) => ({
    cert: c,
    events: events.filter((e) => e.certificateId === c.id),
  }));
}

/** An officer with everything the eligibility rules read. */
export interface OfficerBundle {
  view: OfficerView;
  facts: OfficerFacts;
  certificates: CertificateWithHistory[];
  entrustment: Entrustment | null;
}

export async function loadBundles(
  db: Db | Tx,
  officerIds: readonly string[],
): Promise<Map<string, OfficerBundle>> {
  const views = await officerRepository.findMany(db, officerIds);
  const certs = await certificateRepository.ofOfficers(
    db,
    views.map((v) => v.id),
  );
  const events = await certificateRepository.eventsOf(
    db,
    certs.map((c) => c.id),
  );
  const entrustments = new Map<string, Entrustment | null>();
  for (const unitId of new Set(views.map((v) => v.unitId)))
    entrustments.set(unitId, entrustmentOf(await officerRepository.entrustment(db, unitId)));
  return new Map(
    views.map((v) => [
      v.id,
      {
        view: v,
        facts: officerFacts(v),
        certificates: withHistory(
          certs.filter((c) => c.officerId === v.id),
          events,
        ),
        entrustment: entrustments.get(v.unitId) ?? null,
      },
    ]),
  );
}

/**
 * Stores the key check value on first use and refuses a different key afterwards, so that an instance started
 * with the wrong ZHIFA_FIELD_KEY (or a regenerated key file) stops at start-up instead of writing ID numbers
 * the other instances cannot read.
 * @throws Error with a Chinese message on a mismatch
 */
export async function ensureFieldKey(db: Db | Tx, protector: FieldProtector): Promise<void> {
  const mine = protector.checkValue();
  let stored = await officerRepository.keyCheck(db);
  if (!stored) {
    await officerRepository.insertKeyCheck(db, mine);
    stored = await officerRepository.keyCheck(db);
  }
  if (stored !== mine)
    throw new Error(
      '字段加密密钥与数据库中已加密数据所用的密钥不一致：请使用原密钥（ZHIFA_FIELD_KEY 或数据目录中的 field-key 文件）启动。' +
        ' The field key does not match the key the stored data was encrypted with.',
    );
}
