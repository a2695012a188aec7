import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/database.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildUser } from '../../test/factories.js';
import { TestClient, buildTestApp, loggedIn } from '../../test/http.js';

let database: Database;
let app: FastifyInstance;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const auditOf = (objectId: string) =>
  database.query<{ action: string; payload: Record<string, unknown> }>(
    'SELECT action, payload FROM audit_events WHERE object_id = $1 ORDER BY id',
    [objectId],
  );

describe(`login and sessions (${testEngine()})`, () => {
  it('logs in with an httpOnly SameSite=Strict cookie and returns abilities and a CSRF token', async () => {
    const { user, username, password } = await buildUser(database, { roles: ['officer'] });
    const c = new TestClient(app);
    const res = await c.login(username, password);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((k) => k.name === 'zhifa_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const body = res.json<{ abilities: string[]; csrfToken: string; user: { roles: string[] } }>();
    expect(body.user.roles).toEqual(['officer']);
    expect(body.abilities).toContain('workbench.view');
    expect(body.abilities).not.toContain('audit.read');
    expect((await auditOf(user.id)).map((e) => e.action)).toEqual(['auth.logged-in']);
  });

  it('refuses an unknown user with the same message as a wrong password, and audits it', async () => {
    const c = new TestClient(app);
    const res = await c.login('nobody-here', 'Whatever#1');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'LOGIN_FAILED', message: '用户名或密码错误' });
    const [row] = await database.query<{ actor_name: string; payload: { reason: string } }>(
      `SELECT actor_name, payload FROM audit_events WHERE action = 'auth.login-failed' AND payload->>'username' = 'nobody-here'`,
    );
    expect(row?.payload.reason).toBe('unknown_user');
  });

  it('locks the account for 15 minutes after five wrong passwords, even against the right one', async () => {
    const { user, username, password } = await buildUser(database, { roles: ['officer'] });
    const c = new TestClient(app);
    for (let i = 1; i <= 4; i++) expect((await c.login(username, 'Wrong#pass1')).statusCode).toBe(401);
    const fifth = await c.login(username, 'Wrong#pass1');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json<{ message: string }>().message).toMatch(/锁定.*15 分钟/);
    expect((await c.login(username, password)).statusCode).toBe(423);
    const actions = (await auditOf(user.id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'auth.login-failed')).toHaveLength(6);
    expect(actions).toContain('auth.account-locked');
    // Once the lock has run out, the right password works again.
    await database.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [
      user.id,
    ]);
    expect((await c.login(username, password)).statusCode).toBe(200);
  });

  it('rejects state-changing requests without the CSRF token, changing nothing', async () => {
    const { username, password } = await buildUser(database, { roles: ['sysadmin'] });
    const c = await loggedIn(app, username, password);
    const good = c.csrfToken;
    c.csrfToken = '';
    const res = await c.post('/api/accounts', { username: 'csrfvictim', displayName: '受害者' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'CSRF_FAILED' });
    c.csrfToken = 'forged-token';
    expect(
      (await c.post('/api/accounts', { username: 'csrfvictim', displayName: '受害者' })).statusCode,
    ).toBe(403);
    expect(await database.query(`SELECT 1 FROM users WHERE username = 'csrfvictim'`)).toHaveLength(0);
    c.csrfToken = good;
    expect(
      (await c.post('/api/accounts', { username: 'csrfvictim', displayName: '受害者' })).statusCode,
    ).toBe(201);
  });

  it('refuses a login without the pre-session CSRF token', async () => {
    const { username, password } = await buildUser(database, { roles: ['officer'] });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    expect(res.statusCode).toBe(403);
  });

  it('forces a password change on first login and enforces the policy', async () => {
    const { username, password } = await buildUser(database, {
      roles: ['officer'],
      mustChangePassword: true,
    });
    const c = await loggedIn(app, username, password);
    const blocked = await c.get('/api/workbench/notifications');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    const weak = await c.post('/api/auth/password', { currentPassword: password, newPassword: 'short' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json<{ message: string }>().message).toMatch(/长度至少 8 位.*至少 3 类/);
    const withName = await c.post('/api/auth/password', {
      currentPassword: password,
      newPassword: `X1#${username}`,
    });
    expect(withName.json<{ message: string }>().message).toContain('不得包含用户名');
    const wrong = await c.post('/api/auth/password', {
      currentPassword: 'Nope#1234',
      newPassword: 'Good#Pass99',
    });
    expect(wrong.json()).toMatchObject({ code: 'PASSWORD_WRONG' });
    expect(
      (await c.post('/api/auth/password', { currentPassword: password, newPassword: 'Good#Pass99' }))
        .statusCode,
    ).toBe(200);
    expect((await c.get('/api/workbench/notifications')).statusCode).toBe(200);
  });

  it('ends the other sessions when a password changes', async () => {
    const { username, password } = await buildUser(database, { roles: ['officer'] });
    const a = await loggedIn(app, username, password);
    const b = await loggedIn(app, username, password);
    expect(
      (await a.post('/api/auth/password', { currentPassword: password, newPassword: 'Other#Pass77' }))
        .statusCode,
    ).toBe(200);
    expect((await a.get('/api/workbench/notifications')).statusCode).toBe(200);
    expect((await b.get('/api/workbench/notifications')).statusCode).toBe(401);
  });

  it('expires a session idle longer than the policy allows and audits it', async () => {
    const { user, username, password } = await buildUser(database, { roles: ['officer'] });
    const c = await loggedIn(app, username, password);
    await database.query(
      `UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`,
      [user.id],
    );
    const res = await c.get('/api/workbench/notifications');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'SESSION_EXPIRED' });
    expect((await auditOf(user.id)).map((e) => e.action)).toContain('auth.session-expired');
  });

  it('logs out: the cookie no longer works', async () => {
    const { username, password } = await buildUser(database, { roles: ['finance'] });
    const c = await loggedIn(app, username, password);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    const after = await c.get('/api/session');
    expect(after.json()).toMatchObject({ authenticated: false });
  });

  it('answers 404, not 403, for another user’s notification', async () => {
    const owner = await buildUser(database, { roles: ['officer'] });
    const other = await buildUser(database, { roles: ['officer'] });
    const [n] = await database.query<{ id: string }>(
      `INSERT INTO notifications (user_id, level, title) VALUES ($1, 'info', '测试提醒') RETURNING id`,
      [owner.user.id],
    );
    const c = await loggedIn(app, other.username, other.password);
    expect((await c.post(`/api/workbench/notifications/${n!.id}/read`)).statusCode).toBe(404);
    const list = await c.get('/api/workbench/notifications');
    expect(list.json<{ total: number }>().total).toBe(0);
    const mine = await loggedIn(app, owner.username, owner.password);
    expect((await mine.post(`/api/workbench/notifications/${n!.id}/read`)).statusCode).toBe(200);
    expect((await mine.get('/api/workbench/notifications')).json()).toMatchObject({ total: 1, unread: 0 });
  });

  it('leaves an intact audit chain after all of the above', async () => {
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });
});
