import { describe, expect, it } from 'vitest';
import type { GroundCode } from '../../../../common/contracts/fault.js';
import { groundRefusals, treatmentOf, type ClaimedGround, type GroundFacts } from './grounds.js';

const NAMES: Record<string, string> = { zw: '张某', wq: '王某', zm: '赵某', lf: '刘某' };
const nameOf = (id: string) => NAMES[id] ?? id;
const facts: GroundFacts = { hasCollectiveRecord: true, misreportedBy: ['zw'], liable: ['zw', 'wq', 'zm'] };
const refusals = (grounds: ClaimedGround[], f: Partial<GroundFacts> = {}) =>
  groundRefusals(grounds, { ...facts, ...f }, nameOf);

describe('treatment of a person (第六、七、八条)', () => {
  it.each(['E1', 'E2', 'E3', 'E4'] as const)('%s alone: no liability (第六条)', (code) => {
    expect(treatmentOf([code])).toEqual({ treatment: 'exempt', conflict: false });
  });

  it.each(['M1', 'M2', 'M3'] as const)('%s: lighter or none (第七条)', (code) => {
    expect(treatmentOf([code])).toEqual({ treatment: 'lighter', conflict: false });
  });

  it.each(['A1', 'A2', 'A3', 'A4'] as const)('%s: heavier (第八条)', (code) => {
    expect(treatmentOf([code])).toEqual({ treatment: 'heavier', conflict: false });
  });

  it('no ground: normal', () => {
    expect(treatmentOf([])).toEqual({ treatment: 'normal', conflict: false });
  });

  const table: Array<[GroundCode[], string, boolean]> = [
    [['E1', 'A1'], 'exempt', false],
    [['E3', 'A3'], 'exempt', false],
    [['A2', 'E3'], 'exempt', false],
    [['E2', 'A2'], 'manual', true],
    [['E4', 'A3'], 'manual', true],
    [['E2', 'E1', 'A1'], 'exempt', false],
    [['E2', 'M1'], 'exempt', false],
    [['M2', 'A2'], 'manual', true],
    [['M1', 'M2'], 'lighter', false],
    [['A1', 'A2'], 'heavier', false],
  ];
  it.each(table)('%j: %s (conflict %s)', (codes, treatment, conflict) => {
    expect(treatmentOf(codes)).toEqual({ treatment, conflict });
  });
});

describe('refusals of claimed grounds', () => {
  it('accepts grounds with the records they need', () => {
    expect(
      refusals([
        { personId: 'zm', code: 'E2' },
        { personId: 'zw', code: 'A2' },
        { personId: 'wq', code: 'M1' },
      ]),
    ).toEqual([]);
  });

  it('refuses E2 without a collective-discussion record (第六条第二项)', () => {
    expect(refusals([{ personId: 'zm', code: 'E2' }], { hasCollectiveRecord: false })).toEqual([
      '案件没有集体讨论、审议或会签记录，不能认定“经过集体讨论、审议、会签同意”（第六条第二项）',
    ]);
  });

  it('refuses E2 for a person who misreported to the meeting (第九条第一项 first)', () => {
    expect(refusals([{ personId: 'zw', code: 'E2' }])).toEqual([
      '张某汇报事实有误、隐瞒或提供虚假证据，不适用集体讨论免责（第九条第一项优先）',
    ]);
  });

  it('leaves the other exemptions to a person who misreported', () => {
    expect(refusals([{ personId: 'zw', code: 'E1' }], { hasCollectiveRecord: false })).toEqual([]);
  });

  it('refuses a ground claimed twice for the same person', () => {
    expect(
      refusals([
        { personId: 'wq', code: 'M1' },
        { personId: 'wq', code: 'M1' },
        { personId: 'zm', code: 'M1' },
      ]),
    ).toEqual(['王某的“主动发现其行政执法过错并及时纠正且未造成严重后果”重复']);
  });

  it('refuses a ground for a person not found liable', () => {
    expect(refusals([{ personId: 'lf', code: 'M2' }])).toEqual([
      '刘某不在认定的责任人员之中，不能为其认定情节',
    ]);
  });

  it('reports every refusal at once', () => {
    expect(
      refusals([{ personId: 'zw', code: 'E2' }], { hasCollectiveRecord: false, liable: [] }),
    ).toHaveLength(3);
  });
});
