import { describe, expect, it } from 'vitest';
import { HEARING_ROLES } from '../../../../common/contracts/hearings.js';
import { checkArrangement, memberExclusion, type CaseMembersFacts } from './members.js';

const LAW = '《中华人民共和国行政处罚法》';
const BASIS = `${LAW}第六十四条第四项`;
const APPROVER_BASIS = `${LAW}第六十四条第四项（本局规则：审批立案者视同参与调查）`;

const facts: CaseMembersFacts = {
  // `removed` was taken off the case but investigated it.
  investigatorIds: ['investigator', 'removed', 'recused-investigator'],
  filingApproverIds: ['approver'],
  recusedIds: ['recused', 'recused-investigator'],
};

const names = new Map([
  ['investigator', '王调查'],
  ['removed', '李已撤'],
  ['approver', '赵局长'],
  ['recused', '钱回避'],
  ['recused-investigator', '孙双重'],
  ['chair', '周主持'],
  ['officer1', '吴听证'],
  ['officer2', '郑听证'],
  ['clerk', '冯书记'],
]);

const investigatorBar = (role: 'chair' | 'officer') => ({
  rule: 'hearing.chair-not-investigator',
  reason: `本案调查人员不得担任听证${role === 'chair' ? '主持人' : '员'}`,
  basis: BASIS,
});
const approverBar = (role: 'chair' | 'officer') => ({
  rule: 'hearing.chair-not-filing-approver',
  reason: `批准本案立案的负责人不得担任听证${role === 'chair' ? '主持人' : '员'}`,
  basis: APPROVER_BASIS,
});
const recusalBar = {
  rule: 'hearing.recusal-granted',
  reason: '该人员已被决定回避，不得参加本案听证',
  basis: BASIS,
};

describe('memberExclusion', () => {
  it.each([
    ['investigator', 'chair', investigatorBar('chair')],
    ['investigator', 'officer', investigatorBar('officer')],
    ['investigator', 'clerk', null],
    ['removed', 'chair', investigatorBar('chair')],
    ['removed', 'officer', investigatorBar('officer')],
    ['removed', 'clerk', null],
    ['approver', 'chair', approverBar('chair')],
    ['approver', 'officer', approverBar('officer')],
    ['approver', 'clerk', null],
    ['recused', 'chair', recusalBar],
    ['recused', 'officer', recusalBar],
    ['recused', 'clerk', recusalBar],
    // The recusal comes first, also for someone who investigated.
    ['recused-investigator', 'chair', recusalBar],
    ['recused-investigator', 'clerk', recusalBar],
    ['chair', 'chair', null],
    ['chair', 'officer', null],
    ['chair', 'clerk', null],
  ] as const)('%s as %s', (userId, role, expected) => {
    expect(memberExclusion(userId, role, facts)).toEqual(expected);
  });

  it('cites 第六十四条第四项 in every refusal', () => {
    let refusals = 0;
    for (const id of ['investigator', 'removed', 'approver', 'recused'])
      for (const role of HEARING_ROLES) {
        const r = memberExclusion(id, role, facts);
        if (!r) continue;
        refusals++;
        expect(r.basis.startsWith(BASIS)).toBe(true);
      }
    // Three roles each for the recused member, chair and officer for the other three.
    expect(refusals).toBe(9);
  });

  it('admits anyone when the case has no investigators, approvers or recusals recorded', () => {
    const none: CaseMembersFacts = { investigatorIds: [], filingApproverIds: [], recusedIds: [] };
    for (const role of HEARING_ROLES) expect(memberExclusion('investigator', role, none)).toBeNull();
  });
});

describe('checkArrangement', () => {
  const lawful = { chairId: 'chair', officerIds: ['officer1', 'officer2'], clerkId: 'clerk' };

  it('accepts distinct, independent members', () => {
    expect(checkArrangement(lawful, facts, names)).toBeNull();
    expect(checkArrangement({ ...lawful, officerIds: [] }, facts, names)).toBeNull();
  });

  it('lets an investigator, even a removed one, keep the transcript as clerk', () => {
    expect(checkArrangement({ ...lawful, clerkId: 'investigator' }, facts, names)).toBeNull();
    expect(checkArrangement({ ...lawful, clerkId: 'removed' }, facts, names)).toBeNull();
  });

  it.each([
    ['chair and clerk the same', { ...lawful, clerkId: 'chair' }],
    ['chair also an officer', { ...lawful, officerIds: ['chair', 'officer2'] }],
    ['an officer twice', { ...lawful, officerIds: ['officer1', 'officer1'] }],
    ['an officer also the clerk', { ...lawful, clerkId: 'officer2' }],
  ])('refuses members who are not distinct: %s', (_, a) => {
    expect(checkArrangement(a, facts, names)).toEqual({
      rule: 'hearing.members-distinct',
      reason: '主持人、听证员、书记员不得由同一人兼任',
      basis: BASIS,
    });
  });

  it.each([
    [
      'an investigator as chair',
      { ...lawful, chairId: 'investigator' },
      { ...investigatorBar('chair'), reason: '王调查：本案调查人员不得担任听证主持人' },
    ],
    [
      'a removed investigator as chair',
      { ...lawful, chairId: 'removed' },
      { ...investigatorBar('chair'), reason: '李已撤：本案调查人员不得担任听证主持人' },
    ],
    [
      'a removed investigator as officer',
      { ...lawful, officerIds: ['officer1', 'removed'] },
      { ...investigatorBar('officer'), reason: '李已撤：本案调查人员不得担任听证员' },
    ],
    [
      'the filing approver as chair',
      { ...lawful, chairId: 'approver' },
      { ...approverBar('chair'), reason: '赵局长：批准本案立案的负责人不得担任听证主持人' },
    ],
    [
      'the filing approver as officer',
      { ...lawful, officerIds: ['approver'] },
      { ...approverBar('officer'), reason: '赵局长：批准本案立案的负责人不得担任听证员' },
    ],
    [
      'a recused member as clerk',
      { ...lawful, clerkId: 'recused' },
      { ...recusalBar, reason: '钱回避：该人员已被决定回避，不得参加本案听证' },
    ],
    [
      'a recused member as officer',
      { ...lawful, officerIds: ['recused'] },
      { ...recusalBar, reason: '钱回避：该人员已被决定回避，不得参加本案听证' },
    ],
    [
      'a recused member as chair',
      { ...lawful, chairId: 'recused' },
      { ...recusalBar, reason: '钱回避：该人员已被决定回避，不得参加本案听证' },
    ],
  ])('refuses %s, naming the person', (_, a, expected) => {
    expect(checkArrangement(a, facts, names)).toEqual(expected);
  });

  it('reports the chair first, then the officers in order, then the clerk', () => {
    const a = { chairId: 'approver', officerIds: ['investigator', 'removed'], clerkId: 'recused' };
    expect(checkArrangement(a, facts, names)?.reason).toBe('赵局长：批准本案立案的负责人不得担任听证主持人');
    expect(checkArrangement({ ...a, chairId: 'chair' }, facts, names)?.reason).toBe(
      '王调查：本案调查人员不得担任听证员',
    );
    expect(checkArrangement({ ...a, chairId: 'chair', officerIds: ['officer1'] }, facts, names)?.reason).toBe(
      '钱回避：该人员已被决定回避，不得参加本案听证',
    );
  });

  it('says 该人员 when the name is unknown', () => {
    expect(checkArrangement({ ...lawful, chairId: 'investigator' }, facts, new Map())?.reason).toBe(
      '该人员：本案调查人员不得担任听证主持人',
    );
  });
});
