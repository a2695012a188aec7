import { describe, expect, it } from 'vitest';
import { recusalRefusals, type RecusalFacts } from './recusal.js';

const NAMES: Record<string, string> = { lf: '刘某', cj: '陈某', zw: '张某', wq: '王某', zm: '赵某' };
const nameOf = (id: string) => NAMES[id] ?? id;
const facts: RecusalFacts = { subjects: ['zw'], trail: ['zw', 'wq', 'zm'] };
const refusals = (ids: string[], f: RecusalFacts = facts) => recusalRefusals(ids, f, nameOf);

describe('回避 of the investigators', () => {
  it('accepts two investigators unrelated to the matter', () => {
    expect(refusals(['lf', 'cj'])).toEqual([]);
  });

  it('refuses fewer than two investigators', () => {
    expect(refusals(['lf'])).toEqual(['调查人员不得少于二人']);
    expect(refusals([])).toEqual(['调查人员不得少于二人']);
  });

  it('counts the same investigator once', () => {
    expect(refusals(['lf', 'lf'])).toEqual(['调查人员不得少于二人']);
  });

  it('refuses a person under investigation', () => {
    expect(refusals(['lf', 'zw'])).toEqual(['张某是被调查人员，不得参加调查']);
  });

  it('refuses whoever handled, reviewed or approved the original case', () => {
    expect(refusals(['lf', 'cj', 'wq', 'zm'])).toEqual([
      '王某承办、审核或审批过原案件，应当回避',
      '赵某承办、审核或审批过原案件，应当回避',
    ]);
  });

  it('names a person once, as a subject, when he is both a subject and on the trail', () => {
    expect(refusals(['lf', 'cj', 'zw'])).toEqual(['张某是被调查人员，不得参加调查']);
  });

  it('reports every refusal at once', () => {
    expect(refusals(['zw', 'zw'])).toEqual(['调查人员不得少于二人', '张某是被调查人员，不得参加调查']);
  });

  it('needs no trail: a lead without a case checks the subjects only', () => {
    expect(refusals(['lf', 'wq'], { subjects: ['zw'], trail: [] })).toEqual([]);
  });
});
