import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, testEngine } from '../../test/db.js';
import { HttpClient, ROOT, ZHIFA_BIN, startServerProcess } from '../../test/server-process.js';

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

async function target(): Promise<Record<string, string>> {
  if (testEngine() === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-crash-'));
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    return { DATA_DIR: dir };
  }
  return { DATABASE_URL: await createTestDatabaseUrl() };
}

describe(`durability (${testEngine()})`, () => {
  it('keeps every acknowledged write and an intact audit chain across SIGKILL during writes', async () => {
    const env = await target();
    const first = await startServerProcess(env);
    const admin = new HttpClient(first.url);
    await admin.login('sysadmin', 'Zhifa@2026');
    const acknowledged: string[] = [];
    let stop = false;
    // Four writers in parallel; SIGKILL lands while requests are in flight.
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; !stop; i++) {
        const username = `crash${w}x${i}`;
        try {
          const res = await admin.call('POST', '/api/accounts', { username, displayName: '断电测试' });
          if (res.status === 201) acknowledged.push(username);
        } catch {
          return; // connection dropped by the kill
        }
      }
    });
    await new Promise((r) => setTimeout(r, 2500));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await first.exited;
    expect(acknowledged.length).toBeGreaterThan(5);

    // Restart on the same data: the stale DATA_DIR lock is taken over.
    const second = await startServerProcess(env);
    try {
      const again = new HttpClient(second.url);
      await again.login('sysadmin', 'Zhifa@2026');
      const missing: string[] = [];
      for (const u of acknowledged) {
        const res = await again.call('GET', `/api/accounts?q=${u}&pageSize=5`);
        const body = (await res.json()) as { items: { username: string }[] };
        if (!body.items.some((x) => x.username === u)) missing.push(u);
      }
      expect(missing).toEqual([]);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
    const verify = spawnSync(process.execPath, [ZHIFA_BIN, 'audit', 'verify'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(verify.stdout + verify.stderr).toMatch(/audit chain intact: \d+ events/);
    expect(verify.status).toBe(0);
  }, 120_000);

  it('finishes in-flight requests on SIGTERM, then exits 0', async () => {
    const server = await startServerProcess(await target());
    const clients = Array.from({ length: 8 }, () => new HttpClient(server.url));
    // Fetch the CSRF tokens first, then fire the logins (argon2id keeps each busy for tens of ms).
    await Promise.all(
      clients.map(async (c) => {
        const s = (await (await c.call('GET', '/api/session')).json()) as { csrfToken: string };
        c.csrf = s.csrfToken;
      }),
    );
    const inFlight = clients.map((c) =>
      c.call('POST', '/api/auth/login', { username: 'zhangwei', password: 'Zhifa@2026' }),
    );
    await new Promise((r) => setTimeout(r, 15));
    server.child.kill('SIGTERM');
    const statuses = await Promise.all(inFlight.map(async (p) => (await p).status));
    expect(statuses).toEqual(Array(8).fill(200));
    expect(await server.exited).toBe(0);
  }, 60_000);
});
