import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.js';
import { chainHash, GENESIS_HASH, type ChainedEvent } from './audit.js';

describe('canonical encoding of audit events', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('encodes dates as ISO instants and keeps Chinese as is', () => {
    expect(canonicalJson({ t: new Date('2026-01-02T03:04:05.678Z'), s: '赤峰' })).toBe(
      '{"s":"赤峰","t":"2026-01-02T03:04:05.678Z"}',
    );
  });

  it('refuses values that cannot be stored faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });

  it('changes the hash when any field or the previous hash changes', () => {
    const e: ChainedEvent = {
      id: 1,
      occurredAt: new Date('2026-11-24T00:00:00.000Z'),
      actorId: null,
      actorName: '系统',
      actorRoles: [],
      actorUnit: null,
      action: 'x.done',
      objectType: 'x',
      objectId: '1',
      payload: { a: 1 },
      requestId: null,
      ip: null,
    };
    const h = chainHash(GENESIS_HASH, e);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, { ...e, payload: { a: 2 } })).not.toBe(h);
    expect(chainHash(GENESIS_HASH, { ...e, id: 2 })).not.toBe(h);
    expect(chainHash('f'.repeat(64), e)).not.toBe(h);
    expect(chainHash(GENESIS_HASH, { ...e, payload: { a: 1 } })).toBe(h);
  });
});
