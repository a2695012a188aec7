import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';
import { createTestDatabaseUrl, testEngine } from '../../test/db.js';
import { ROOT, ZHIFA_BIN } from '../../test/server-process.js';

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

function zhifa(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, [ZHIFA_BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe(`zhifa audit verify (${testEngine()})`, () => {
  it('exits 0 with the count and head hash, and non-zero naming the row a superuser changed', async () => {
    let env: Record<string, string>;
    if (testEngine() === 'pglite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-cli-'));
      cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      env = { DATA_DIR: dir };
    } else env = { DATABASE_URL: await createTestDatabaseUrl() };

    expect(zhifa(env, 'seed-demo').status).toBe(0);
    expect(
      zhifa(env, 'user', 'create', '-u', 'cliuser', '-n', '命令行用户', '-r', 'officer').stdout,
    ).toContain('初始密码');
    const ok = zhifa(env, 'audit', 'verify');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/audit chain intact: \d+ events, head [0-9a-f]{64}/);

    // As a superuser would: disable the guard trigger and rewrite history.
    const db = await openDatabase({ databaseUrl: env.DATABASE_URL ?? null, dataDir: env.DATA_DIR ?? null });
    await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
    await db.query(`UPDATE audit_events SET actor_name = '他人' WHERE id = 2`);
    await db.close();

    const bad = zhifa(env, 'audit', 'verify');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('BROKEN at event 2');
  }, 60_000);
});
