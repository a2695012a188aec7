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
