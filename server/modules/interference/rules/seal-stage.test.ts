import { describe, expect, it } from 'vitest';
import type { RegisterActionKind, RegisterStage } from '../../../../common/contracts/interference.js';
import type { Person } from './seal.js';
import { sealedFrom } from './seal.js';
import { registerStage, withinProtection } from './stage.js';
import { parseLocalDate as d } from '../../../kernel/local-date.js';

const units = [
  { id: 'WHK', supervisingLeaderId: 'deputy' },
  { id: 'ZFZD', supervisingLeaderId: 'deputy2' },
  { id: 'JJZ', supervisingLeaderId: 'deputy' },
];
const p = (id: string, unitId: string | null, ...roles: Person['roles'][number][]): Person => ({
  id,
  unitId,
  roles,
});
const people = [
  p('deputy', 'BGS', 'leader'),
  p('deputy2', 'BGS', 'leader'),
  p('head', 'WHK', 'section_head'),
  p('officer', 'WHK', 'officer'),
  p('recorder', 'WHK', 'officer'),
  p('other', 'ZFZD', 'officer'),
  p('boss', 'BGS', 'principal'),
  p('jj', 'JJZ', 'discipline'),
  p('audit', 'ZCFG', 'auditadmin'),
];

describe('who never sees a register (第六条)', () => {
  it('seals a deputy head’s led units, never the recorder, the principal, 纪检 or the audit administrator', () => {
    expect(sealedFrom(people[0]!, people, units, 'recorder')).toEqual(['deputy', 'head', 'officer']);
  });
  it('seals an officer’s section head and the leader over the unit', () => {
    expect(sealedFrom(p('officer', 'WHK', 'officer'), people, units, 'recorder')).toEqual([
      'deputy',
      'head',
      'officer',
    ]);
  });
  it('seals a section head’s unit and the leader above', () => {
    expect(sealedFrom(people[2]!, people, units, 'recorder')).toEqual(['deputy', 'head', 'officer']);
  });
  it('seals the principal only as the intervener', () => {
    expect(sealedFrom(people[6]!, people, units, 'recorder')).toEqual(['boss']);
  });
  it('seals a discipline member who intervenes', () => {
    expect(sealedFrom(people[7]!, people, units, 'recorder')).toContain('jj');
  });
});

describe('the register’s stage', () => {
  it.each([
    [[], 'awaiting_instruction'],
    [[{ kind: 'escalated', decision: null }], 'awaiting_instruction'],
    [[{ kind: 'instruction', decision: 'file' }], 'filed'],
    [[{ kind: 'instruction', decision: 'refer' }], 'referred'],
    [
      [
        { kind: 'instruction', decision: 'refer' },
        { kind: 'verification', decision: 'not_established' },
      ],
      'not_established',
    ],
    [
      [
        { kind: 'instruction', decision: 'refer' },
        { kind: 'verification', decision: 'established' },
        { kind: 'outcome', decision: 'none' },
      ],
      'concluded',
    ],
    [
      [
        { kind: 'verification', decision: 'established' },
        { kind: 'judicial_referral', decision: null },
        { kind: 'outcome', decision: 'none' },
      ],
      'judicial',
    ],
  ] as const satisfies readonly (readonly [
    readonly { kind: RegisterActionKind; decision: string | null }[],
    RegisterStage,
  ])[])('%j → %s', (actions, stage) => {
    expect(registerStage(actions)).toBe(stage);
  });
});

describe('the protection window', () => {
  it('covers actions from the register to the window’s last day', () => {
    expect(withinProtection(d('2026-11-25'), d('2026-11-25'), 24)).toBe(true);
    expect(withinProtection(d('2026-11-25'), d('2028-11-25'), 24)).toBe(true);
    expect(withinProtection(d('2026-11-25'), d('2028-11-26'), 24)).toBe(false);
    expect(withinProtection(d('2026-11-25'), d('2026-11-24'), 24)).toBe(false);
  });
});
