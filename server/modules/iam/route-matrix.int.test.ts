import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSION_ROLES, ROLES, type Role } from '../../../common/roles.js';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildUser } from '../../test/factories.js';
import { TestClient, buildTestApp as buildApp, loggedIn } from '../../test/http.js';

let database: Database;
let app: FastifyInstance;
const clients = new Map<Role, TestClient>();
const credentials = new Map<Role, { username: string; password: string }>();

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp(database);
  for (const role of ROLES) {
    const { username, password } = await buildUser(database, { roles: [role] });
    credentials.set(role, { username, password });
    clients.set(role, await loggedIn(app, username, password));
  }
});
afterAll(async () => {
  await app.close();
  await database.close();
});

function allowed(rule: Access, role: Role): boolean {
  switch (rule.kind) {
    case 'public':
    case 'authenticated':
      return true;
    case 'permission':
      return PERMISSION_ROLES[rule.permission].includes(role);
  }
}

const ZERO_UUID = '00000000-0000-4000-8000-000000000000';
const concrete = (url: string) => url.replace(/:[a-zA-Z]+/g, ZERO_UUID);
// Logging out ends the session the rest of the walk uses: it goes last.
const order = (url: string) => (url.includes('logout') ? 1 : 0);

describe(`route x role matrix (${testEngine()})`, () => {
  it('every /api route declares an access rule and there are routes to walk', () => {
    expect(app.declaredRoutes.length).toBeGreaterThan(15);
  });

  it('answers 401 to anonymous callers of every non-public route', async () => {
    const anon = new TestClient(app);
    for (const r of app.declaredRoutes) {
      if (r.access.kind === 'public') continue;
      const res = await anon.request(r.method as 'GET', concrete(r.url), r.method === 'GET' ? undefined : {});
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it.each(ROLES)('allows and refuses every route for role %s as declared', async (role) => {
    const client = clients.get(role)!;
    const routes = [...app.declaredRoutes].sort((a, b) => order(a.url) - order(b.url));
    for (const r of routes) {
      if (r.url === '/api/auth/login') continue; // public; exercised by its own tests
      const res = await client.request(
        r.method as 'GET',
        concrete(r.url),
        r.method === 'GET' ? undefined : {},
      );
      const label = `${role} ${r.method} ${r.url} -> ${res.statusCode} ${res.body.slice(0, 120)}`;
      if (allowed(r.access, role)) expect([401, 403], label).not.toContain(res.statusCode);
      else {
        expect(res.statusCode, label).toBe(403);
        expect(res.json<{ code: string }>().code, label).toBe('FORBIDDEN');
      }
    }
  });

  it('keeps the three administrators apart (三员分立)', async () => {
    // Fresh sessions: the matrix walk ended with each role logging out.
    const fresh = new Map<Role, TestClient>();
    for (const [role, c] of credentials) fresh.set(role, await loggedIn(app, c.username, c.password));
    const status = async (role: Role, method: 'GET' | 'POST', url: string) =>
      (await fresh.get(role)!.request(method, url, method === 'POST' ? {} : undefined)).statusCode;
    // The system administrator reads no audit trail; the auditor manages no accounts; the security admin neither.
    expect(await status('sysadmin', 'GET', '/api/audit/events')).toBe(403);
    expect(await status('sysadmin', 'POST', '/api/audit/verify')).toBe(403);
    expect(await status('auditadmin', 'GET', '/api/accounts')).toBe(403);
    expect(await status('auditadmin', 'GET', '/api/security/policy')).toBe(403);
    expect(await status('secadmin', 'GET', '/api/audit/events')).toBe(403);
    expect(await status('sysadmin', 'GET', '/api/security/policy')).toBe(403);
    for (const role of [
      'officer',
      'section_head',
      'legal_reviewer',
      'leader',
      'principal',
      'discipline',
      'finance',
    ] as const) {
      expect(await status(role, 'GET', '/api/accounts')).toBe(403);
      expect(await status(role, 'GET', '/api/audit/events')).toBe(403);
    }
  });
});
