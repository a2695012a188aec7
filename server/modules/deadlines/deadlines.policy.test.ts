import { describe, expect, it } from 'vitest';
import { BUSINESS_ROLES, type Role } from '../../../common/roles.js';
import { canExtend, canSee, canWaive, visibilityScope } from './deadlines.policy.js';
import { findRule } from './rules/index.js';

const seizure = findRule('coercion.seizure')!;
const hearing = findRule('penalty.hearing-request')!;
const mine = { status: 'open' as const, responsibleUserId: 'me', unitId: 'u1' };
const colleague = { status: 'open' as const, responsibleUserId: 'colleague', unitId: 'u1' };
const elsewhere = { status: 'open' as const, responsibleUserId: 'stranger', unitId: 'u2' };
const actor = (role: Role) => ({ userId: 'me', roles: [role], unitId: 'u1' });

describe('deadline policy (role x relationship)', () => {
  it.each(BUSINESS_ROLES.map((r) => [r] as const))(
    '%s: sees own, unit and other deadlines as the scope says',
    (role) => {
      const all = ['leader', 'principal', 'legal_reviewer'].includes(role);
      const unit = all || role === 'section_head';
      expect(canSee(actor(role), mine)).toBe(true);
      expect(canSee(actor(role), colleague)).toBe(unit);
      expect(canSee(actor(role), elsewhere)).toBe(all);
      expect(visibilityScope(actor(role)).kind).toBe(all ? 'all' : unit ? 'unit' : 'own');
    },
  );

  it.each(BUSINESS_ROLES.map((r) => [r] as const))(
    '%s: extends a seizure only as a 负责人, never a hearing request',
    (role) => {
      expect(canExtend(actor(role), seizure, mine)).toBe(role === 'leader' || role === 'principal');
      expect(canExtend(actor(role), hearing, mine)).toBe(false);
      expect(canWaive(actor(role), mine)).toBe(role === 'leader' || role === 'principal');
    },
  );

  it('refuses extension and waiver of a closed deadline', () => {
    for (const status of ['met', 'missed', 'waived'] as const) {
      expect(canExtend(actor('leader'), seizure, { ...mine, status })).toBe(false);
      expect(canWaive(actor('leader'), { ...mine, status })).toBe(false);
    }
    expect(canExtend(actor('leader'), seizure, { ...mine, status: 'suspended' })).toBe(false);
    expect(canWaive(actor('leader'), { ...mine, status: 'suspended' })).toBe(true);
  });

  it('keeps a section head without a unit to their own deadlines', () => {
    expect(canSee({ userId: 'me', roles: ['section_head'], unitId: null }, colleague)).toBe(false);
  });
});
