import { describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_POLICY, passwordProblems } from './password-policy.js';
import { permissionsOf, roleConflict, PERMISSION_ROLES, ADMIN_ROLES, BUSINESS_ROLES } from './roles.js';
import { isValidUscc, usccCheckChar } from './uscc.js';

describe('password policy', () => {
  it.each([
    ['Abcdef1!', []],
    ['abcdefg1', ['须包含小写字母、大写字母、数字、符号中的至少 3 类']],
    ['Ab1!', ['长度至少 8 位']],
    ['Zhangwei#2026', ['不得包含用户名']],
  ])('%s -> %j', (pw, problems) => {
    expect(passwordProblems(pw, 'zhangwei', DEFAULT_SECURITY_POLICY)).toEqual(problems);
  });
});

describe('三员分立', () => {
  it('allows any set of business roles', () => {
    expect(roleConflict(['officer', 'section_head', 'legal_reviewer'])).toBeNull();
  });
  it.each(ADMIN_ROLES)('lets %s stand only alone', (admin) => {
    expect(roleConflict([admin])).toBeNull();
    for (const other of [...BUSINESS_ROLES, ...ADMIN_ROLES.filter((a) => a !== admin)])
      expect(roleConflict([admin, other])).toMatch(/^三员分立/);
  });
  it('gives the three administrators disjoint permissions', () => {
    // Both the system and the security administrator read the account list (one to manage, one to grant roles).
    const shared = new Set(['workbench.view', 'account.read']);
    const [sys, sec, aud] = ADMIN_ROLES.map((r) => new Set(permissionsOf([r]).filter((p) => !shared.has(p))));
    for (const p of sys!) expect(sec!.has(p) || aud!.has(p)).toBe(false);
    for (const p of sec!) expect(aud!.has(p)).toBe(false);
    // The audit administrator reads the audit trail, and inspects the interference register's chain (System 10).
    expect([...aud!]).toEqual(['audit.read', 'interference.inspect']);
    expect(PERMISSION_ROLES['audit.read']).toEqual(['auditadmin']);
  });
});

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts a code with the right check character and rejects any other', () => {
    const base = '11150400MB0C12347';
    const full = base + usccCheckChar(base)!;
    expect(isValidUscc(full)).toBe(true);
    expect(isValidUscc(`${base}${full.endsWith('0') ? '1' : '0'}`)).toBe(false);
    expect(usccCheckChar('I1150400MB0C12347')).toBeNull();
  });
});
