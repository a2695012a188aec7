import { describe, expect, it } from 'vitest';
import type { LiabilityShare } from './allocation.js';
import { findingRefusals, matchesProposal, type FindingDraft } from './finding.js';

const proposal: LiabilityShare[] = [
  { personId: 'zw', role: 'handler', level: 'main', rule: 'R1', basis: '第九条第一项' },
  { personId: 'wq', role: 'section_head', level: 'some', rule: 'R1', basis: '第九条第一项' },
];
const draft: FindingDraft = {
  faultTypes: ['F01'],
  liabilities: [
    { personId: 'wq', role: 'section_head', level: 'some', rule: 'R1' },
    { personId: 'zw', role: 'handler', level: 'main', rule: 'R1' },
  ],
};
const refusals = (d: Partial<FindingDraft>, p: readonly LiabilityShare[] = proposal) =>
  findingRefusals({ ...draft, ...d }, p);

const REASON = '赵某审批时未审阅储存台账，对决策失误亦有过失。';
const OVERRIDE = '责任划分与系统依第九条提出的建议不同，须书面说明改变的理由';

describe('a finding (认定)', () => {
  it('accepts the proposal as it is, in any order', () => {
    expect(refusals({})).toEqual([]);
    expect(matchesProposal(draft.liabilities, proposal)).toBe(true);
  });

  it('needs at least one 第五条 type', () => {
    expect(refusals({ faultTypes: [] })).toEqual(['请至少选择一项过错情形（第五条）']);
  });

  it('needs the legal basis of an 其他 (F11) fault', () => {
    expect(refusals({ faultTypes: ['F01', 'F11'] })).toEqual([
      '认定“其他行政执法过错”的，须写明所违反的法律、法规或规章条款',
    ]);
    expect(refusals({ faultTypes: ['F11'], otherBasis: '《危险化学品安全管理条例》第二十四条' })).toEqual([]);
  });

  it('needs at least one liable person', () => {
    expect(refusals({ liabilities: [] }, [])).toEqual(['请至少认定一名责任人员']);
  });

  it('gives a person one share only', () => {
    expect(
      refusals({
        liabilities: [...draft.liabilities, { personId: 'zw', role: 'approver', level: 'main', rule: 'R3' }],
        overrideReason: REASON,
      }),
    ).toEqual(['同一人员只能认定一种责任']);
  });

  it('needs a reason when the shares differ from the proposal', () => {
    const added = [
      ...draft.liabilities,
      { personId: 'zm', role: 'approver', level: 'some', rule: 'R3' as const },
    ];
    const changedLevel = [
      { personId: 'zw', role: 'handler', level: 'sole', rule: 'R1' as const },
      draft.liabilities[0]!,
    ];
    const dropped = [draft.liabilities[1]!];
    for (const liabilities of [added, changedLevel, dropped]) {
      expect(matchesProposal(liabilities, proposal)).toBe(false);
      expect(refusals({ liabilities })).toEqual([OVERRIDE]);
      expect(refusals({ liabilities, overrideReason: REASON })).toEqual([]);
    }
  });

  it('needs a reason when the trail proposed nobody', () => {
    expect(refusals({}, [])).toEqual([OVERRIDE]);
  });

  it('needs a reason for a share not under a 第九条 rule', () => {
    const liabilities = [{ personId: 'zm', role: 'other', level: 'some', rule: 'manual' as const }];
    expect(refusals({ liabilities }, [])).toEqual(['未按第九条规则认定的责任，须书面说明理由', OVERRIDE]);
    expect(refusals({ liabilities, overrideReason: REASON }, [])).toEqual([]);
  });

  it('needs a reason of at least ten characters', () => {
    expect(refusals({ liabilities: [draft.liabilities[0]!], overrideReason: '领导决定' })).toEqual([
      '改变建议的理由不少于10字',
    ]);
  });
});
