import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { recordAudit, systemContext } from './audit.js';
import { verifyAuditChain } from './verify.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const append = (n: number, tag = 'x') =>
  database.transaction(async (tx) => {
    for (let i = 0; i < n; i++)
      await recordAudit(tx, systemContext(`req-${tag}-${i}`), {
        action: 'test.appended',
        objectType: 'thing',
        objectId: String(i),
        payload: { i, tag, nested: { b: 2, a: [1, '二'] } },
      });
  });

describe(`audit trail (${testEngine()})`, () => {
  it('chains events in commit order and verifies them', async () => {
    await append(5);
    const r = await verifyAuditChain(database);
    expect(r.ok).toBe(true);
    expect(r.count).toBeGreaterThanOrEqual(5);
    const [head] = await database.query<{ hash: string }>(
      'SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1',
    );
    expect(r.headHash).toBe(head!.hash);
  });

  it('keeps the chain intact under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, k) => append(5, `c${k}`)));
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });

  it('rolls the event back with the transaction that wrote it', async () => {
    const before = await verifyAuditChain(database);
    await expect(
      database.transaction(async (tx) => {
        await recordAudit(tx, systemContext(), {
          action: 'test.rolled-back',
          objectType: 'thing',
          objectId: null,
          payload: {},
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const after = await verifyAuditChain(database);
    expect(after.count).toBe(before.count);
    expect(after.ok).toBe(true);
  });

  it.each([
    ['UPDATE audit_events SET actor_name = $1 WHERE id = 1', ['篡改者']],
    ['DELETE FROM audit_events WHERE id = 1', []],
    ['TRUNCATE audit_events', []],
  ])('the database refuses %s', async (statement, params) => {
    await expect(database.query(statement, params)).rejects.toThrow(/append-only|只能追加/);
  });

  it('names the first changed, removed or reordered event when the trigger is bypassed', async () => {
    await append(3, 'tamper');
    const rows = await database.query<{ id: number }>('SELECT id FROM audit_events ORDER BY id');
    const victim = rows[4]!.id;
    // A superuser disables the trigger and edits a row: verify must find it.
    await database.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
    await database.query(`UPDATE audit_events SET payload = '{"i": 999}'::jsonb WHERE id = $1`, [victim]);
    let r = await verifyAuditChain(database);
    expect(r).toMatchObject({ ok: false, firstBadId: victim });
    expect(r.reason).toContain('字段与其已签名内容不一致');

    // Editing the hashed body as well: the hash no longer fits.
    await database.query(`UPDATE audit_events SET body = replace(body, '"i":', '"i":1') WHERE id = $1`, [
      victim,
    ]);
    r = await verifyAuditChain(database);
    expect(r).toMatchObject({ ok: false, firstBadId: victim });
    expect(r.reason).toContain('内容与其哈希不符');

    // Removing a row instead: the event after the gap is named.
    await database.query('DELETE FROM audit_events WHERE id = $1', [victim]);
    r = await verifyAuditChain(database);
    expect(r).toMatchObject({ ok: false, firstBadId: rows[5]!.id });
    expect(r.reason).toContain('缺少事件');

    // Renumbering to close the gap: the chain of hashes no longer fits.
    await database.query('UPDATE audit_events SET id = -id WHERE id > $1', [victim]);
    await database.query('UPDATE audit_events SET id = -id - 1 WHERE id < 0');
    r = await verifyAuditChain(database);
    expect(r).toMatchObject({ ok: false, firstBadId: victim });
    expect(r.reason).toContain('前一哈希');
    await database.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
  });
});
