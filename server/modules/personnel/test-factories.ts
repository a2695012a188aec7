/** Test factories of the personnel module (integration tests only). */
import crypto from 'node:crypto';
import {
  idNumberCheckChar,
  type EnforcementCategory,
  type StaffingType,
} from '../../../common/contracts/personnel.js';
import { permissionsOf, type Role } from '../../../common/roles.js';
import { addDays, addYears, todayInShanghai, type LocalDate } from '../../kernel/local-date.js';
import type { AuditContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { buildUnit, buildUser } from '../../test/factories.js';
import { certificateRepository } from './certificate.repository.js';
import { createCertificate } from './commands/certificate-shared.js';
import { idNumberColumns } from './commands/officers.js';
import { resolveFieldKey } from './field-key.js';
import { MemoryFileStore } from './file-store.js';
import { officerRepository } from './officer.repository.js';
import type { PersonnelDeps } from './personnel.context.js';
import type { PersonnelActor } from './personnel.policy.js';
import type { CertificateRow, OfficerRow } from './personnel.schema.js';
import { trainingRepository } from './training.repository.js';

export function testDeps(database: Database): PersonnelDeps {
  return {
    database,
    protector: resolveFieldKey({ engine: database.engine }).protector,
    files: new MemoryFileStore(),
  };
}

/** A valid ID number, different on every call. */
export function uniqueIdNumber(): string {
  const seq = String(crypto.randomInt(0, 1000)).padStart(3, '0');
  const day = String(crypto.randomInt(1, 28)).padStart(2, '0');
  const first17 = `150404${crypto.randomInt(1960, 2000)}${String(crypto.randomInt(1, 12)).padStart(2, '0')}${day}${seq}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

/** An account with roles, as a personnel actor and an audit context. */
export async function buildActor(database: Database, roles: Role[], unitId: string | null = null) {
  const { user, username, password } = await buildUser(database, { roles, unitId });
  const actor: PersonnelActor = {
    userId: user.id,
    roles,
    unitId,
    permissions: new Set(permissionsOf(roles)),
  };
  const ctx: AuditContext = {
    actor: { id: user.id, name: user.displayName, roles, unit: null },
    requestId: null,
    ip: null,
  };
  return { user, username, password, actor, ctx };
}

export const today = (): LocalDate => todayInShanghai(new Date());

export interface OfficerOptions {
  name?: string;
  unitId?: string;
  userId?: string | null;
  staffingType?: StaffingType;
  idNumber?: string | null;
  legalQualification?: boolean;
  /** The certificate's state today; null: none. */
  certificate?: 'valid' | 'suspended' | 'expired' | 'revoked' | null;
  categories?: EnforcementCategory[];
  number?: string;
  /** Hours of training completed this year. */
  trainingHours?: number;
  /** Passed general and special exams this year. */
  exams?: boolean;
}

/**
 * An officer with exactly what the test needs. A certificate is issued two years ago (seven for `expired`) and,
 * for `suspended`/`revoked`, changed ten days ago.
 */
export async function buildOfficer(
  database: Database,
  opts: OfficerOptions = {},
): Promise<{ officer: OfficerRow; certificate: CertificateRow | null }> {
  const unitId = opts.unitId ?? (await buildUnit(database)).id;
  const deps = testDeps(database);
  const ctx: AuditContext = {
    actor: { id: null, name: '测试', roles: [], unit: null },
    requestId: null,
    ip: null,
  };
  const t = today();
  return database.transaction(async (tx) => {
    const officer = await officerRepository.insert(tx, {
      name: opts.name ?? `测试${crypto.randomBytes(2).toString('hex')}`,
      ...idNumberColumns(deps, opts.idNumber === undefined ? uniqueIdNumber() : opts.idNumber),
      unitId,
      staffingType: opts.staffingType ?? 'civil_servant',
      legalQualification: !!opts.legalQualification,
      legalQualificationNo: opts.legalQualification ? 'A20191504000001' : null,
      userId: opts.userId ?? null,
    });
    if (opts.trainingHours)
      await trainingRepository.insertTraining(tx, {
        officerId: officer.id,
        course: '测试培训',
        category: 'public_law',
        hours: opts.trainingHours,
        completedOn: `${t.slice(0, 4)}-01-01`,
        recordedByName: '测试',
      });
    if (opts.exams)
      for (const kind of ['general', 'special'] as const)
        await trainingRepository.insertExam(tx, {
          officerId: officer.id,
          kind,
          takenOn: `${t.slice(0, 4)}-01-01`,
          score: 80,
          passMark: 60,
          passed: true,
          recordedByName: '测试',
        });
    if (!opts.certificate) return { officer, certificate: null };
    const issuedOn = opts.certificate === 'expired' ? addYears(t, -7) : addYears(t, -2);
    let certificate = await createCertificate(
      tx,
      {
        officer,
        number: opts.number ?? `T${crypto.randomBytes(5).toString('hex').toUpperCase()}`,
        kind: 'enforcement',
        issuingAuthority: '内蒙古自治区人民政府',
        region: '赤峰市',
        categories: opts.categories ?? ['hazardous_chemicals', 'industry_trade'],
        issuedOn,
        validUntil: addDays(addYears(issuedOn, 6), -1),
        nextReviewDue: addYears(issuedOn, 3),
        event: { kind: 'imported', reason: '测试', basis: null, approverName: '内蒙古自治区人民政府' },
      },
      ctx,
      t,
    );
    if (opts.certificate === 'suspended' || opts.certificate === 'revoked') {
      const status = opts.certificate;
      const on = addDays(t, -10);
      await certificateRepository.update(tx, certificate.id, { status, statusChangedOn: on });
      await certificateRepository.insertEvent(tx, {
        certificateId: certificate.id,
        kind: status,
        effectiveOn: on,
        statusBefore: 'valid',
        statusAfter: status,
        reason: '测试',
        approverName: '测试',
        recordedByName: '测试',
      });
      certificate = { ...certificate, status };
    }
    return { officer, certificate };
  });
}
