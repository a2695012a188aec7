import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildUnit, buildUser } from '../../test/factories.js';
import { TestClient, buildTestApp, loggedIn } from '../../test/http.js';

let database: Database;
let app: FastifyInstance;
let sys: TestClient;
let sec: TestClient;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  const s = await buildUser(database, { roles: ['sysadmin'] });
  const k = await buildUser(database, { roles: ['secadmin'] });
  sys = await loggedIn(app, s.username, s.password);
  sec = await loggedIn(app, k.username, k.password);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function createAccount(username: string) {
  const unit = await buildUnit(database);
  const res = await sys.post('/api/accounts', {
    username,
    displayName: '新同事',
    unitId: unit.id,
    phone: '13904761234',
  });
  expect(res.statusCode).toBe(201);
  return res.json<{
    account: { id: string; roles: string[]; mustChangePassword: boolean };
    initialPassword: string;
  }>();
}

describe(`accounts and roles (${testEngine()})`, () => {
  it('creates an account whose one-time password must be changed at first login', async () => {
    const { account, initialPassword } = await createAccount('xintongshi');
    expect(account).toMatchObject({ roles: [], mustChangePassword: true });
    const c = await loggedIn(app, 'xintongshi', initialPassword);
    expect((await c.get('/api/session')).json()).toMatchObject({
      user: { mustChangePassword: true },
      abilities: [],
    });
  });

  it('refuses bad input with Chinese messages and creates nothing', async () => {
    const res = await sys.post('/api/accounts', { username: '1bad name', displayName: '' });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; message: string }>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toContain('用户名');
    expect(body.message).toContain('姓名');
    const dup = await sys.post('/api/accounts', { username: 'xintongshi', displayName: '重复' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'USERNAME_TAKEN' });
  });

  it('lets the security administrator grant roles and refuses 三员分立 violations', async () => {
    const { account } = await createAccount('shouquan');
    expect((await sec.put(`/api/accounts/${account.id}/roles`, { roles: ['officer'] })).statusCode).toBe(200);
    const conflict = await sec.put(`/api/accounts/${account.id}/roles`, { roles: ['officer', 'auditadmin'] });
    expect(conflict.statusCode).toBe(422);
    expect(conflict.json()).toMatchObject({ code: 'ROLE_CONFLICT' });
    expect(conflict.json<{ message: string }>().message).toContain('审计管理员不得兼任执法人员');
    const roles = await database.query<{ role: string }>('SELECT role FROM user_roles WHERE user_id = $1', [
      account.id,
    ]);
    expect(roles.map((r) => r.role)).toEqual(['officer']);
    // The system administrator cannot grant roles at all.
    expect((await sys.put(`/api/accounts/${account.id}/roles`, { roles: ['leader'] })).statusCode).toBe(403);
    const audit = await database.query<{ payload: { from: string[]; to: string[] } }>(
      `SELECT payload FROM audit_events WHERE action = 'account.roles-changed' AND object_id = $1`,
      [account.id],
    );
    expect(audit[0]?.payload).toMatchObject({ from: [], to: ['officer'] });
  });

  it('enforces 三员分立 in the database even when the application is bypassed', async () => {
    const { user } = await buildUser(database, { roles: ['officer'] });
    await expect(
      database.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'sysadmin')`, [user.id]),
    ).rejects.toThrow(/三员分立/);
  });

  it('keeps the system administrator from taking over an administrator account', async () => {
    const auditor = await buildUser(database, { roles: ['auditadmin'] });
    const res = await sys.post(`/api/accounts/${auditor.user.id}/reset-password`);
    expect(res.statusCode).toBe(403);
    expect(res.json<{ message: string }>().message).toContain('三员分立');
    expect((await sys.put(`/api/accounts/${auditor.user.id}/status`, { disabled: true })).statusCode).toBe(
      403,
    );
  });

  it('refuses to remove the last holder of an administrator role', async () => {
    const holders = await database.query<{ user_id: string }>(
      `SELECT user_id FROM user_roles WHERE role = 'sysadmin'`,
    );
    expect(holders).toHaveLength(1);
    const res = await sec.put(`/api/accounts/${holders[0]!.user_id}/roles`, { roles: [] });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ message: string }>().message).toContain('至少须保留一名系统管理员');
  });

  it('resets a password: old sessions end, the lock is cleared, a change is forced', async () => {
    const target = await buildUser(database, { roles: ['officer'] });
    const old = await loggedIn(app, target.username, target.password);
    await database.query(`UPDATE users SET locked_until = now() + interval '10 minutes' WHERE id = $1`, [
      target.user.id,
    ]);
    const res = await sys.post(`/api/accounts/${target.user.id}/reset-password`);
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json<{ temporaryPassword: string }>();
    expect((await old.get('/api/org')).statusCode).toBe(401);
    const c = await loggedIn(app, target.username, temporaryPassword);
    expect((await c.get('/api/org')).json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
  });

  it('disabling an account ends its sessions and refuses its logins', async () => {
    const target = await buildUser(database, { roles: ['finance'] });
    const c = await loggedIn(app, target.username, target.password);
    expect((await sys.put(`/api/accounts/${target.user.id}/status`, { disabled: true })).statusCode).toBe(
      200,
    );
    expect((await c.get('/api/org')).statusCode).toBe(401);
    const again = await new TestClient(app).login(target.username, target.password);
    expect(again.json()).toMatchObject({ code: 'ACCOUNT_DISABLED' });
  });

  it('answers 404 for an account that does not exist and lists with filters', async () => {
    expect((await sys.get('/api/accounts/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const page = await sec.get('/api/accounts?role=officer&pageSize=5');
    const body = page.json<{
      items: { roles: string[]; abilities: { grantRoles: boolean; edit: boolean } }[];
      total: number;
    }>();
    expect(body.items.every((a) => a.roles.includes('officer'))).toBe(true);
    expect(body.items[0]?.abilities).toMatchObject({ grantRoles: true, edit: false });
    const search = await sys.get(`/api/accounts?q=${encodeURIComponent('新同事')}`);
    expect(search.json<{ total: number }>().total).toBeGreaterThanOrEqual(2);
  });

  it('applies a changed security policy to the next password', async () => {
    const res = await sec.put('/api/security/policy', {
      minLength: 12,
      minClasses: 3,
      lockThreshold: 5,
      lockMinutes: 15,
      idleMinutes: 30,
    });
    expect(res.statusCode).toBe(200);
    const tooLoose = await sec.put('/api/security/policy', {
      minLength: 6,
      minClasses: 2,
      lockThreshold: 50,
      lockMinutes: 15,
      idleMinutes: 60,
    });
    expect(tooLoose.statusCode).toBe(400);
    const u = await buildUser(database, { roles: ['officer'] });
    const c = await loggedIn(app, u.username, u.password);
    const short = await c.post('/api/auth/password', {
      currentPassword: u.password,
      newPassword: 'Abcdef#123',
    });
    expect(short.json<{ message: string }>().message).toContain('长度至少 12 位');
    await sec.put('/api/security/policy', {
      minLength: 8,
      minClasses: 3,
      lockThreshold: 5,
      lockMinutes: 15,
      idleMinutes: 30,
    });
  });
});
