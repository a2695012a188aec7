import { describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles.js';
import {
  canReadFiles,
  canRecordOn,
  canSeeRegister,
  registerAbilities,
  type SealedFacts,
} from './interference.policy.js';

const reg: SealedFacts = {
  recorderId: 'rec',
  intervenerId: 'deputy',
  route: 'principal',
  sealedFrom: ['deputy', 'head'],
};
const a = (userId: string, ...roles: Role[]) => ({ userId, roles });

describe('who sees a register', () => {
  it.each([
    ['the recorder', a('rec', 'officer'), true],
    ['the principal (routed to him)', a('boss', 'principal'), true],
    ['纪检', a('jj', 'discipline'), true],
    ['the audit administrator', a('aud', 'auditadmin'), true],
    ['the intervener', a('deputy', 'leader'), false],
    ['the intervener even as 纪检', a('deputy', 'discipline'), false],
    ['a section head in the line', a('head', 'section_head'), false],
    ['another leader', a('other', 'leader'), false],
    ['a co-handler', a('co', 'officer'), false],
    ['the system administrator', a('sys', 'sysadmin'), false],
    ['the legal reviewer', a('lr', 'legal_reviewer'), false],
  ] as const)('%s: %s', (_n, actor, seen) => {
    expect(canSeeRegister(actor, reg)).toBe(seen);
  });
  it('keeps a register against the principal from the principal', () => {
    const r = { ...reg, intervenerId: 'boss', route: 'discipline' as const, sealedFrom: ['boss'] };
    expect(canSeeRegister(a('boss', 'principal'), r)).toBe(false);
    expect(canSeeRegister(a('boss2', 'principal'), r)).toBe(false);
    expect(canSeeRegister(a('jj', 'discipline'), r)).toBe(true);
  });
});

describe('what may be done with it', () => {
  const facts = (stage: Parameters<typeof registerAbilities>[1]['stage'], extra = {}) => ({
    ...reg,
    stage,
    escalated: false,
    corrected: false,
    ...extra,
  });
  it('the principal instructs once; 纪检 verify after a referral or an escalation and conclude after', () => {
    expect(registerAbilities(a('boss', 'principal'), facts('awaiting_instruction')).instruct).toBe(true);
    expect(registerAbilities(a('boss', 'principal'), facts('filed')).instruct).toBe(false);
    expect(registerAbilities(a('jj', 'discipline'), facts('awaiting_instruction')).instruct).toBe(false);
    expect(registerAbilities(a('jj', 'discipline'), facts('awaiting_instruction')).verify).toBe(false);
    expect(
      registerAbilities(a('jj', 'discipline'), facts('awaiting_instruction', { escalated: true })).verify,
    ).toBe(true);
    expect(registerAbilities(a('jj', 'discipline'), facts('referred')).verify).toBe(true);
    expect(registerAbilities(a('jj', 'discipline'), facts('established'))).toMatchObject({
      conclude: true,
      refer: true,
    });
    expect(registerAbilities(a('aud', 'auditadmin'), facts('referred'))).toMatchObject({
      verify: false,
      accessLog: true,
    });
    expect(registerAbilities(a('deputy', 'discipline'), facts('referred')).verify).toBe(false);
    // 第九条: the outcome may follow a referral to the judicial organs, once.
    expect(registerAbilities(a('jj', 'discipline'), facts('judicial')).conclude).toBe(true);
    expect(registerAbilities(a('jj', 'discipline'), facts('judicial', { concluded: true })).conclude).toBe(
      false,
    );
    expect(registerAbilities(a('jj', 'discipline'), facts('judicial')).refer).toBe(false);
  });
  it('only the recorder corrects, once', () => {
    expect(registerAbilities(a('rec', 'officer'), facts('filed')).correct).toBe(true);
    expect(registerAbilities(a('rec', 'officer'), facts('filed', { corrected: true })).correct).toBe(false);
    expect(registerAbilities(a('boss', 'principal'), facts('filed')).correct).toBe(false);
  });
  it('records on a case: its handlers and the head of its unit', () => {
    const c = { officers: [{ userId: 'o1' }], unitId: 'WHK' };
    expect(canRecordOn({ ...a('o1', 'officer'), unitId: 'ZFZD' }, c)).toBe(true);
    expect(canRecordOn({ ...a('h', 'section_head'), unitId: 'WHK' }, c)).toBe(true);
    expect(canRecordOn({ ...a('h2', 'section_head'), unitId: 'ZFZD' }, c)).toBe(false);
    expect(canRecordOn({ ...a('o1', 'finance'), unitId: 'ZFZD' }, c)).toBe(false);
  });
  it('files are read by 纪检 and the principal', () => {
    expect(canReadFiles(a('x', 'discipline'))).toBe(true);
    expect(canReadFiles(a('x', 'principal'))).toBe(true);
    expect(canReadFiles(a('x', 'leader'))).toBe(false);
  });
});
