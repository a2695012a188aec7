import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeadlineRuleView, DeadlineView } from '../../../common/contracts/deadlines.js';
import { systemContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildUnit, buildUser } from '../../test/factories.js';
import { TestClient, buildTestApp, loggedIn } from '../../test/http.js';
import { openDeadline, type DeadlineRow } from './index.js';

let database: Database;
let app: FastifyInstance;
const clients: Record<'a' | 'b' | 'c' | 'head' | 'leader' | 'reviewer' | 'sysadmin', TestClient> =
  {} as never;
let dA: DeadlineRow;
let dB: DeadlineRow;
let dC: DeadlineRow;

type Page = { items: DeadlineView[]; total: number };

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  const u1 = (await buildUnit(database)).id;
  const u2 = (await buildUnit(database)).id;
  const a = await buildUser(database, { roles: ['officer'], unitId: u1 });
  const b = await buildUser(database, { roles: ['officer'], unitId: u1 });
  const c = await buildUser(database, { roles: ['officer'], unitId: u2 });
  const head = await buildUser(database, { roles: ['section_head'], unitId: u1 });
  const leader = await buildUser(database, { roles: ['leader'] });
  const reviewer = await buildUser(database, { roles: ['legal_reviewer'] });
  const sysadmin = await buildUser(database, { roles: ['sysadmin'] });
  const open = (ruleId: string, user: string, unitId: string, trigger: string) =>
    database.transaction((tx) =>
      openDeadline(
        tx,
        {
          ruleId,
          objectType: 'case',
          objectId: `${ruleId}-${user}`,
          trigger,
          responsibleUserId: user,
          unitId,
          title: `案件期限（${ruleId}）`,
          link: '/cases/1',
        },
        systemContext(),
      ),
    );
  dA = await open('coercion.seizure', a.user.id, u1, '2025-03-03');
  dB = await open('penalty.hearing-request', b.user.id, u1, '2025-09-26');
  dC = await open('penalty.hearing-request', c.user.id, u2, '2025-09-26');
  for (const [k, u] of Object.entries({ a, b, c, head, leader, reviewer, sysadmin }))
    clients[k as keyof typeof clients] = await loggedIn(app, u.username, u.password);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const ids = (p: Page) => p.items.map((i) => i.id).sort();

describe(`deadline visibility (${testEngine()})`, () => {
  it('shows an officer only the deadlines they are responsible for', async () => {
    const p = (await clients.a.get('/api/deadlines')).json<Page>();
    expect(ids(p)).toEqual([dA.id]);
    expect(p.items[0]).toMatchObject({
      ruleName: '查封、扣押期限',
      due: '2025-04-02',
      status: 'open',
      verified: true,
      abilities: { extend: false, waive: false },
    });
  });

  it('answers 404 for another person’s deadline, as for one that does not exist', async () => {
    const res = await clients.a.get(`/api/deadlines/${dB.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json<{ code: string }>().code).toBe('NOT_FOUND');
    expect((await clients.c.get(`/api/deadlines/${dA.id}`)).statusCode).toBe(404);
    expect((await clients.a.post(`/api/deadlines/${dB.id}/waive`, { reason: '测试免除' })).statusCode).toBe(
      404,
    );
  });

  it('shows a section head the deadlines of their unit', async () => {
    expect(ids((await clients.head.get('/api/deadlines')).json<Page>())).toEqual([dA.id, dB.id].sort());
    expect((await clients.head.get(`/api/deadlines/${dC.id}`)).statusCode).toBe(404);
    expect((await clients.head.get('/api/deadlines?mine=true')).json<Page>().total).toBe(0);
  });

  it('shows leaders and legal reviewers everything, filtered by status', async () => {
    expect(ids((await clients.leader.get('/api/deadlines')).json<Page>())).toEqual(
      [dA.id, dB.id, dC.id].sort(),
    );
    expect((await clients.reviewer.get('/api/deadlines?status=open')).json<Page>().total).toBe(3);
    expect((await clients.reviewer.get('/api/deadlines?status=met')).json<Page>().total).toBe(0);
  });

  it('refuses administrators (no calendar.view)', async () => {
    expect((await clients.sysadmin.get('/api/deadlines')).statusCode).toBe(403);
  });

  it('shows the detail with the skipped days explained', async () => {
    const res = await clients.b.get(`/api/deadlines/${dB.id}`);
    expect(res.statusCode).toBe(200);
    const d = res.json<DeadlineView & { skipped: { date: string; reason: string }[] }>();
    expect(d).toMatchObject({ due: '2025-10-10', trigger: '2025-09-26', unit: 'working_day' });
    expect(d.basis).toContain('第六十四条');
    expect(d.skipped).toContainEqual({ date: '2025-10-01', reason: '法定节假日（国庆节）' });
  });
});

describe(`extensions and waivers over HTTP (${testEngine()})`, () => {
  it('lets a leader extend a seizure (the abilities say so) and refuses the officer', async () => {
    const seen = (await clients.leader.get(`/api/deadlines/${dA.id}`)).json<DeadlineView>();
    expect(seen.abilities).toEqual({ extend: true, waive: true });
    const refused = await clients.a.post(`/api/deadlines/${dA.id}/extend`, {
      newLength: 60,
      reason: '情况复杂',
    });
    expect(refused.statusCode).toBe(403);
    const body = refused.json<{ code: string; basis: string }>();
    expect(body.code).toBe('DEADLINE_EXTENSION_FORBIDDEN');
    expect(body.basis).toContain('第二十五条');
    const bad = await clients.leader.post(`/api/deadlines/${dA.id}/extend`, { newLength: 60, reason: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toContain('请填写延期理由');
    const ok = await clients.leader.post(`/api/deadlines/${dA.id}/extend`, {
      newLength: 60,
      reason: '情况复杂，需检测',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<DeadlineView>()).toMatchObject({ status: 'extended', length: 60, due: '2025-05-06' });
  });

  it('refuses to extend a period the law does not let extend', async () => {
    const res = await clients.leader.post(`/api/deadlines/${dB.id}/extend`, {
      newLength: 10,
      reason: '理由',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('DEADLINE_NOT_EXTENDABLE');
  });

  it('lets a leader waive, not the responsible officer', async () => {
    expect(
      (await clients.b.post(`/api/deadlines/${dB.id}/waive`, { reason: '当事人书面放弃听证' })).statusCode,
    ).toBe(403);
    const ok = await clients.leader.post(`/api/deadlines/${dB.id}/waive`, { reason: '当事人书面放弃听证' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<DeadlineView>()).toMatchObject({ status: 'waived', closedReason: '当事人书面放弃听证' });
  });
});

describe(`GET /api/deadline-rules (${testEngine()})`, () => {
  it('lists every rule with its basis, versions and the version in force', async () => {
    const res = await clients.a.get('/api/deadline-rules');
    expect(res.statusCode).toBe(200);
    const rules = res.json<{ items: DeadlineRuleView[] }>().items;
    const hearing = rules.find((r) => r.id === 'penalty.hearing-request')!;
    expect(hearing.versions.map((v) => [v.effectiveTo, v.length, v.unit])).toEqual([
      ['2021-07-15', 3, 'calendar_day'],
      [null, 5, 'working_day'],
    ]);
    expect(hearing.current).toMatchObject({ version: 2, sourceTag: '法-V' });
    expect(rules.every((r) => r.versions.every((v) => v.basis.length > 0))).toBe(true);
    expect((await new TestClient(app).get('/api/deadline-rules')).statusCode).toBe(401);
  });
});
