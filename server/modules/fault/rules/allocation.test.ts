import { describe, expect, it } from 'vitest';
import { allocateLiability, type FaultFacts } from './allocation.js';

const base: FaultFacts = {
  handlers: ['zw', 'ly'],
  sectionHeadId: 'wq',
  misreportedBy: [],
  approvalRequired: true,
  approvals: [
    { personId: 'wq', role: 'reviewer' },
    { personId: 'zm', role: 'approver' },
  ],
  sectionHeadConsented: false,
  changedBy: null,
};
const shares = (f: Partial<FaultFacts>) =>
  allocateLiability({ ...base, ...f }).map((s) => `${s.personId}:${s.role}:${s.level}:${s.rule}`);

describe('第九条 allocation', () => {
  it('第三项: an approved act — the approver and the reviewing head mainly', () => {
    expect(shares({})).toEqual(['wq:reviewer:main:R3', 'zm:approver:main:R3']);
  });
  it('第一项: a handler who misreported bears the main liability, the section head some — over the approvers', () => {
    expect(shares({ misreportedBy: ['zw'] })).toEqual(['zw:handler:main:R1', 'wq:section_head:some:R1']);
  });
  it('第二项: no approval where one was needed — the handlers wholly', () => {
    expect(shares({ approvals: [] })).toEqual(['zw:handler:sole:R2a', 'ly:handler:sole:R2a']);
  });
  it('第二项: a consented skip of approval — the section head wholly, even if a handler also misreported', () => {
    expect(shares({ approvals: [], sectionHeadConsented: true, misreportedBy: ['zw'] })).toEqual([
      'wq:section_head:sole:R2b',
    ]);
  });
  it('第四项: a superior who changed the proposal answers alone for the changed act', () => {
    const changedBy = {
      personId: 'zm',
      fromProposal: '罚款5万元',
      toDecision: '罚款1万元',
      reason: '酌情减轻',
    };
    expect(shares({ changedBy, misreportedBy: ['zw'] })).toEqual(['zm:superior:sole:R4']);
  });
  it('an act needing no approval and not misreported names nobody: the investigators allocate by hand', () => {
    expect(shares({ approvalRequired: false, approvals: [] })).toEqual([]);
  });
  it('counts a person once when he both reviewed and approved', () => {
    expect(
      shares({
        approvals: [
          { personId: 'zm', role: 'reviewer' },
          { personId: 'zm', role: 'approver' },
        ],
      }),
    ).toEqual(['zm:reviewer:main:R3']);
  });
  it('cites the item of 第九条 on every share', () => {
    expect(allocateLiability({ ...base, misreportedBy: ['zw'] })[0]!.basis).toMatch(/第九条第一项$/);
  });
});

describe('第九条 allocation: combinations of items', () => {
  const changedBy = {
    personId: 'zj',
    fromProposal: '罚款5万元',
    toDecision: '罚款1万元',
    reason: '酌情减轻',
  };

  it('第四项 beats 第二项: a superior who changed an act done without approval', () => {
    expect(shares({ changedBy, approvals: [], sectionHeadConsented: true })).toEqual(['zj:superior:sole:R4']);
  });

  it('第四项 beats 第三项: the approvers answer nothing for the part a superior changed', () => {
    expect(shares({ changedBy })).toEqual(['zj:superior:sole:R4']);
  });

  it('第二项 beats 第一项: without approval, a misreport misled no decider — the handlers wholly', () => {
    expect(shares({ approvals: [], misreportedBy: ['zw'] })).toEqual([
      'zw:handler:sole:R2a',
      'ly:handler:sole:R2a',
    ]);
  });

  it('第二项 applies only where approval was required', () => {
    expect(shares({ approvalRequired: false, approvals: [], misreportedBy: ['zw'] })).toEqual([
      'zw:handler:main:R1',
      'wq:section_head:some:R1',
    ]);
  });

  it('第二项: a consent by a head the trail does not name proposes nobody, not the handlers', () => {
    expect(shares({ approvals: [], sectionHeadConsented: true, sectionHeadId: null })).toEqual([]);
  });

  it('第二项: without consent the handlers answer wholly even when the head is unknown', () => {
    expect(shares({ approvals: [], sectionHeadId: null })).toEqual([
      'zw:handler:sole:R2a',
      'ly:handler:sole:R2a',
    ]);
  });

  it('第一项: every handler who misreported bears the main liability, the head some once', () => {
    expect(shares({ misreportedBy: ['zw', 'ly'] })).toEqual([
      'zw:handler:main:R1',
      'ly:handler:main:R1',
      'wq:section_head:some:R1',
    ]);
  });

  it('第一项: a head who handled the case and misreported bears the main liability only', () => {
    expect(shares({ handlers: ['wq', 'ly'], misreportedBy: ['wq'] })).toEqual(['wq:handler:main:R1']);
  });

  it('第一项: a head who co-handled the case but did not misreport bears some, as head', () => {
    expect(shares({ handlers: ['wq', 'ly'], misreportedBy: ['ly'] })).toEqual([
      'ly:handler:main:R1',
      'wq:section_head:some:R1',
    ]);
  });

  it('第一项: with no known head, only the handler who misreported', () => {
    expect(shares({ misreportedBy: ['zw'], sectionHeadId: null })).toEqual(['zw:handler:main:R1']);
  });

  it('第三项 applies to a reviewed act that needed no approval', () => {
    expect(shares({ approvalRequired: false, approvals: [{ personId: 'wq', role: 'reviewer' }] })).toEqual([
      'wq:reviewer:main:R3',
    ]);
  });

  it('cites 第二项 for both of its branches and 第四项 for a change', () => {
    const basis = (f: Partial<FaultFacts>) => allocateLiability({ ...base, ...f }).map((s) => s.basis);
    expect(basis({ approvals: [] })[0]).toMatch(/第九条第二项$/);
    expect(basis({ approvals: [], sectionHeadConsented: true })).toEqual([
      '《赤峰市应急管理局行政执法过错责任追究制度》第九条第二项',
    ]);
    expect(basis({ changedBy })[0]).toMatch(/第九条第四项$/);
  });
});
