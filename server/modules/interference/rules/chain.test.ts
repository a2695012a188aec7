import { describe, expect, it } from 'vitest';
import {
  chainMonths,
  chainProblems,
  digestMismatches,
  digestUpTo,
  GENESIS,
  registerHash,
  type ChainedRegister,
  type ChainLink,
} from './chain.js';

const reg = (seq: number, extra: Partial<ChainedRegister> = {}): ChainedRegister => ({
  seq,
  registerNo: `赤应急干预登〔2026〕${seq}号`,
  caseId: 'c1',
  caseNo: '赤应急立〔2026〕1号',
  caseStage: 'investigating',
  recorderId: 'u1',
  intervenerId: 'u2',
  intervenerName: '赵敏',
  intervenerPost: '副局长',
  intervenerUnit: '局机关',
  occurredAt: new Date('2026-11-20T02:00:00Z'),
  place: '办公室',
  content: '说情',
  method: 'phone',
  methodNote: null,
  intermediaryName: null,
  intermediaryRelation: null,
  types: ['I6', 'I2'],
  typeNote: null,
  response: 'refused',
  responseNote: null,
  account: '来电说情，已拒绝',
  noRecordingReason: null,
  correctsId: null,
  correctionNote: null,
  route: 'principal',
  submittedAt: new Date('2026-11-20T03:00:00Z'),
  attachments: [{ kind: 'recording', sm3: 'a'.repeat(64), fileName: 'r.m4a', fileSize: 10 }],
  ...extra,
});

function chain(months: string[]): ChainLink[] {
  let prev = GENESIS;
  return months.map((month, i) => {
    const hash = registerHash(prev, reg(i + 1));
    const link = { seq: i + 1, registerNo: `No${i + 1}`, prevHash: prev, hash, month, recomputed: hash };
    prev = hash;
    return link;
  });
}

describe('the register chain', () => {
  it('hashes only the register’s own fields, in any key or type order', () => {
    const h = registerHash(GENESIS, reg(1));
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(registerHash(GENESIS, { ...reg(1), types: ['I2', 'I6'] })).toBe(h);
    expect(registerHash(GENESIS, { ...reg(1), ...{ sealedFrom: ['x'], recorderName: '张伟' } })).toBe(h);
    expect(registerHash(GENESIS, reg(1, { content: '说情！' }))).not.toBe(h);
    expect(registerHash('f'.repeat(64), reg(1))).not.toBe(h);
    expect(registerHash(GENESIS, reg(1, { attachments: [] }))).not.toBe(h);
  });

  it('finds a changed register, a broken link and a gap', () => {
    const links = chain(['2026-10', '2026-11', '2026-11']);
    expect(chainProblems(links)).toEqual([]);
    expect(chainProblems([{ ...links[0]!, recomputed: 'x' }, ...links.slice(1)])[0]).toContain('已被改动');
    expect(chainProblems([links[0]!, links[2]!]).join()).toMatch(/不连续.*链条断开/);
  });

  it('digests the chain per month with the running total and the head', () => {
    const links = chain(['2026-09', '2026-11', '2026-11']);
    const m = chainMonths(links);
    expect(m).toEqual([
      { month: '2026-09', count: 1, total: 1, head: links[0]!.hash },
      { month: '2026-11', count: 2, total: 3, head: links[2]!.hash },
    ]);
    expect(digestUpTo(m, '2026-10')).toEqual([m[0]]);
  });

  it('detects the newest registers removed after a report was signed', () => {
    const printed = chainMonths(chain(['2026-11', '2026-11']));
    expect(digestMismatches(printed, printed)).toEqual([]);
    const now = chainMonths(chain(['2026-11']));
    expect(digestMismatches(printed, now)[0]).toMatch(/报告载明 2 条（累计 2），现为 1 条/);
    expect(digestMismatches(printed, [])[0]).toMatch(/没有该月记录/);
    expect(digestMismatches(printed, [{ ...printed[0]!, head: 'x' }])[0]).toMatch(/链头摘要/);
  });
});
