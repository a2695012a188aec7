import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { caseRepository } from './case.repository.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

class Rollback extends Error {}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Takes one number in its own transaction; `fail` throws after taking it, so the transaction rolls back. */
function take(scope: string, year: number, fail = false, hold = 0): Promise<number> {
  return database.transaction(async (tx) => {
    const n = await caseRepository.nextNumber(tx, scope, year);
    if (hold) await pause(hold);
    if (fail) throw new Rollback(`rolled back after taking ${n}`);
    return n;
  });
}

async function lastValue(scope: string, year: number): Promise<number | null> {
  const rows = await database.query<{ last_value: number }>(
    'SELECT last_value FROM number_sequences WHERE scope = $1 AND year = $2',
    [scope, year],
  );
  return rows[0]?.last_value ?? null;
}

/**
 * `count` concurrent takers for one scope and year, every 4th rolling back after taking its number and every
 * taker holding its transaction open a moment, so that on PostgreSQL the others queue on the row lock.
 * Returns the committed numbers and how many transactions were inside at the same time at most.
 */
async function contend(scope: string, year: number, count: number) {
  let inside = 0;
  let maxInside = 0;
  const results = await Promise.allSettled(
    range(count).map((i) =>
      database.transaction(async (tx) => {
        inside++;
        maxInside = Math.max(maxInside, inside);
        try {
          const n = await caseRepository.nextNumber(tx, scope, year);
          await pause(5);
          if (i % 4 === 0) throw new Rollback(`taker ${i} rolled back after taking ${n}`);
          return n;
        } finally {
          inside--;
        }
      }),
    ),
  );
  const committed: number[] = [];
  for (const r of results) {
    if (r.status === 'fulfilled') committed.push(r.value);
    else expect(r.reason).toBeInstanceOf(Rollback);
  }
  return { committed: committed.sort((a, b) => a - b), maxInside };
}

describe(`gap-free numbers (caseRepository.nextNumber, ${testEngine()})`, () => {
  it('numbers a scope and year from 1 upwards, one by one', async () => {
    expect(await take('seq-basic', 2026)).toBe(1);
    expect(await take('seq-basic', 2026)).toBe(2);
    expect(await take('seq-basic', 2026)).toBe(3);
    expect(await lastValue('seq-basic', 2026)).toBe(3);
  });

  it('gives a rolled-back number to the next taker', async () => {
    expect(await take('seq-rollback', 2026)).toBe(1);
    await expect(take('seq-rollback', 2026, true)).rejects.toBeInstanceOf(Rollback);
    expect(await lastValue('seq-rollback', 2026)).toBe(1);
    expect(await take('seq-rollback', 2026)).toBe(2);
  });

  it('does not even create the sequence when the very first taker rolls back', async () => {
    await expect(take('seq-first-rollback', 2026, true)).rejects.toBeInstanceOf(Rollback);
    expect(await lastValue('seq-first-rollback', 2026)).toBeNull();
    expect(await take('seq-first-rollback', 2026)).toBe(1);
  });

  it('gives consecutive numbers to several takes in one transaction', async () => {
    const got = await database.transaction(async (tx) => [
      await caseRepository.nextNumber(tx, 'seq-batch', 2026),
      await caseRepository.nextNumber(tx, 'seq-batch', 2026),
      await caseRepository.nextNumber(tx, 'seq-batch', 2026),
    ]);
    expect(got).toEqual([1, 2, 3]);
  });

  it('counts each year and each scope on its own', async () => {
    expect(await take('case-x', 2026)).toBe(1);
    expect(await take('case-x', 2026)).toBe(2);
    expect(await take('case-x', 2027)).toBe(1);
    expect(await take('source-x', 2026)).toBe(1);
    expect(await take('case-x', 2025)).toBe(1);
    expect(await take('case-x', 2026)).toBe(3);
    expect(await take('source-x', 2026)).toBe(2);
    expect(await take('case-x', 2027)).toBe(2);
    const rows = await database.query<{ scope: string; year: number; last_value: number }>(
      `SELECT scope, year, last_value FROM number_sequences WHERE scope IN ('case-x', 'source-x') ORDER BY scope, year`,
    );
    expect(rows).toEqual([
      { scope: 'case-x', year: 2025, last_value: 1 },
      { scope: 'case-x', year: 2026, last_value: 3 },
      { scope: 'case-x', year: 2027, last_value: 2 },
      { scope: 'source-x', year: 2026, last_value: 2 },
    ]);
  });

  it('refuses a year outside 2000–2100 and takes no number for it', async () => {
    await expect(take('seq-year', 1999)).rejects.toThrow();
    await expect(take('seq-year', 2101)).rejects.toThrow();
    expect(await take('seq-year', 2100)).toBe(1);
  });

  it('hands out 1..15 without gaps or duplicates to 20 concurrent takers of a new sequence, 5 rolling back', async () => {
    const { committed, maxInside } = await contend('seq-concurrent-new', 2026, 20);
    expect(committed).toEqual(range(15));
    expect(await lastValue('seq-concurrent-new', 2026)).toBe(15);
    // PGlite runs one transaction at a time; on PostgreSQL the takers truly overlap and queue on the row lock.
    if (testEngine() === 'postgres') expect(maxInside).toBeGreaterThan(1);
    else expect(maxInside).toBe(1);
  });

  it('continues an existing sequence without gaps under contention, and the next year is untouched', async () => {
    for (const n of range(3)) expect(await take('seq-concurrent-old', 2026)).toBe(n);
    expect(await take('seq-concurrent-old', 2027)).toBe(1);
    const { committed } = await contend('seq-concurrent-old', 2026, 20);
    expect(committed).toEqual(range(15).map((n) => n + 3));
    expect(await lastValue('seq-concurrent-old', 2026)).toBe(18);
    expect(await lastValue('seq-concurrent-old', 2027)).toBe(1);
  });

  it('keeps two scopes contended at the same time apart', async () => {
    const [a, b] = await Promise.all([contend('seq-pair-a', 2026, 12), contend('seq-pair-b', 2026, 8)]);
    expect(a.committed).toEqual(range(9));
    expect(b.committed).toEqual(range(6));
  });
});
