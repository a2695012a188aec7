import { describe, expect, it } from 'vitest';
import { CERTIFICATE_STATUSES, type CertificateStatus } from '../../../common/contracts/personnel.js';
import { ADMIN_ROLES, BUSINESS_ROLES, permissionsOf, type Role } from '../../../common/roles.js';
import {
  canRecordPersonnelAction,
  canSeeOfficer,
  certificateAbilities,
  officerAbilities,
  officerScope,
  type OfficerTarget,
  type PersonnelActor,
} from './personnel.policy.js';

const actor = (role: Role, userId = 'me', unitId: string | null = 'u1'): PersonnelActor => ({
  userId,
  roles: [role],
  unitId,
  permissions: new Set(permissionsOf([role])),
});
const someone: OfficerTarget = { userId: 'other', unitId: 'u2', status: 'serving', hasIdNumber: true };
const mine: OfficerTarget = { ...someone, userId: 'me' };

describe('who sees which officer', () => {
  it.each<[Role, string]>([
    ['legal_reviewer', 'all'],
    ['leader', 'all'],
    ['principal', 'all'],
    ['discipline', 'all'],
    ['section_head', 'unit'],
    ['officer', 'own'],
    ['finance', 'own'],
  ])('%s: %s', (role, kind) => {
    expect(officerScope(actor(role)).kind).toBe(kind);
  });

  it('lets a section head see his unit and himself, an officer only himself', () => {
    expect(canSeeOfficer(actor('section_head'), { userId: null, unitId: 'u1' })).toBe(true);
    expect(canSeeOfficer(actor('section_head'), { userId: 'x', unitId: 'u2' })).toBe(false);
    expect(canSeeOfficer(actor('officer'), mine)).toBe(true);
    expect(canSeeOfficer(actor('officer'), someone)).toBe(false);
  });

  it('gives the three administrators no personnel permission at all (三员分立)', () => {
    for (const role of ADMIN_ROLES)
      expect(permissionsOf([role]).filter((p) => p.startsWith('personnel.'))).toEqual([]);
    for (const role of BUSINESS_ROLES) expect(permissionsOf([role])).toContain('personnel.self');
  });
});

describe('abilities on records', () => {
  it('lets the roster keeper maintain others but never his own record', () => {
    expect(officerAbilities(actor('legal_reviewer'), someone)).toEqual({
      edit: true,
      revealIdNumber: true,
      uploadPhoto: true,
      recordTraining: true,
      recordExam: true,
      apply: true,
      depart: true,
    });
    const own = officerAbilities(actor('legal_reviewer'), mine);
    expect(own.edit || own.recordTraining || own.apply).toBe(false);
    expect(officerAbilities(actor('principal'), someone).edit).toBe(false);
  });

  const matrix: [Role, CertificateStatus, string[]][] = [
    ['legal_reviewer', 'valid', ['review', 'renew', 'cancel']],
    ['legal_reviewer', 'suspended', ['review', 'cancel']],
    ['legal_reviewer', 'expired', ['renew', 'cancel']],
    ['legal_reviewer', 'revoked', []],
    ['legal_reviewer', 'cancelled', []],
    ['principal', 'valid', ['suspend', 'revoke']],
    ['principal', 'suspended', ['restore', 'revoke']],
    ['principal', 'expired', []],
    ['principal', 'revoked', []],
    ['leader', 'valid', []],
    ['section_head', 'valid', []],
    ['officer', 'valid', []],
  ];
  it.each(matrix)('%s on a %s certificate may %j', (role, status, allowed) => {
    const a = certificateAbilities(actor(role), someone, status);
    expect(
      Object.entries(a)
        .filter(([, v]) => v)
        .map(([k]) => k),
    ).toEqual(allowed);
  });

  it.each<[Role, boolean]>([
    ['legal_reviewer', true],
    ['principal', false],
    ['leader', false],
    ['discipline', false],
    ['section_head', false],
    ['officer', false],
    ['sysadmin', false],
  ])('%s may record a personnel action by hand: %s', (role, allowed) => {
    expect(canRecordPersonnelAction(actor(role), someone)).toBe(allowed);
    const departed: OfficerTarget = { ...someone, status: 'departed' };
    expect(canRecordPersonnelAction(actor(role), departed)).toBe(allowed);
    expect(canRecordPersonnelAction(actor(role), mine)).toBe(false);
  });

  it('lets nobody act on his own certificate', () => {
    for (const role of ['legal_reviewer', 'principal'] as const)
      for (const status of CERTIFICATE_STATUSES)
        expect(Object.values(certificateAbilities(actor(role), mine, status)).some(Boolean)).toBe(false);
  });
});
