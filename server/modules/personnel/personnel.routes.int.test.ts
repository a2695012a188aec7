import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficerDetail, OfficerPage } from '../../../common/contracts/personnel.js';
import type { PublicOfficerPage, VerificationResult } from '../../../common/contracts/portal.js';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildUnit } from '../../test/factories.js';
import { TestClient, buildTestApp, loggedIn } from '../../test/http.js';
import { buildActor, buildOfficer, today, uniqueIdNumber } from './test-factories.js';

let database: Database;
let app: FastifyInstance;
const ZERO = '00000000-0000-4000-8000-000000000000';
const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const login = async (roles: Parameters<typeof buildActor>[1], unitId: string | null = null) => {
  const a = await buildActor(database, roles, unitId);
  return { ...a, client: await loggedIn(app, a.username, a.password) };
};

describe(`personnel routes (${testEngine()})`, () => {
  it('answers 401 without a session and 403 to the administrators (三员分立)', async () => {
    const anon = new TestClient(app);
    expect((await anon.get('/api/personnel/officers')).statusCode).toBe(401);
    expect((await anon.post('/api/personnel/eligibility-checks', {})).statusCode).toBe(401);
    for (const role of ['sysadmin', 'secadmin', 'auditadmin'] as const) {
      const { client } = await login([role]);
      for (const url of [
        '/api/personnel/officers',
        '/api/personnel/me',
        `/api/personnel/officers/${ZERO}`,
        '/api/personnel/statistics',
      ])
        expect((await client.get(url)).statusCode, `${role} ${url}`).toBe(403);
    }
  });

  it('creates an officer (201), validates with Chinese messages (400), and lists it with the masked ID number', async () => {
    const keeper = await login(['legal_reviewer']);
    const unit = await buildUnit(database);
    const idNumber = uniqueIdNumber();
    const bad = await keeper.client.post('/api/personnel/officers', {
      name: '王',
      idNumber: '123',
      unitId: unit.id,
      staffingType: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toContain('身份证号不正确');
    const res = await keeper.client.post('/api/personnel/officers', {
      name: '王小五',
      idNumber,
      unitId: unit.id,
      staffingType: 'civil_servant',
    });
    expect(res.statusCode).toBe(201);
    const { id } = res.json<{ id: string }>();
    const list = (
      await keeper.client.get(`/api/personnel/officers?q=${encodeURIComponent('王小五')}`)
    ).json<OfficerPage>();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]!.idNumberMasked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(JSON.stringify(list)).not.toContain(idNumber);
    const reveal = await keeper.client.post(`/api/personnel/officers/${id}/id-number`);
    expect(reveal.json<{ idNumber: string }>().idNumber).toBe(idNumber);
    expect(reveal.headers['cache-control']).toBe('no-store');
  });

  it('shows an officer his own record and nobody else’s (404, not 403)', async () => {
    const me = await login(['officer']);
    const { officer: mine } = await buildOfficer(database, { userId: me.user.id, certificate: 'valid' });
    const { officer: other } = await buildOfficer(database, { certificate: 'valid' });
    expect((await me.client.get('/api/personnel/me')).json()).toEqual({ officerId: mine.id });
    const detail = await me.client.get(`/api/personnel/officers/${mine.id}`);
    expect(detail.statusCode).toBe(200);
    expect(Object.values(detail.json<OfficerDetail>().abilities).some(Boolean)).toBe(false);
    expect((await me.client.get(`/api/personnel/officers/${other.id}`)).statusCode).toBe(404);
    expect((await me.client.get('/api/personnel/officers')).statusCode).toBe(403);
  });

  it('scopes a section head to his unit', async () => {
    const unit = await buildUnit(database);
    const head = await login(['section_head'], unit.id);
    const { officer: inside } = await buildOfficer(database, { unitId: unit.id });
    const { officer: outside } = await buildOfficer(database, {});
    const list = (await head.client.get('/api/personnel/officers?pageSize=200')).json<OfficerPage>();
    expect(list.items.map((o) => o.id)).toEqual([inside.id]);
    expect((await head.client.get(`/api/personnel/officers/${outside.id}`)).statusCode).toBe(404);
  });

  it('lets only the principal suspend, and returns the refusal basis when the state does not allow it', async () => {
    const keeper = await login(['legal_reviewer']);
    const principal = await login(['principal']);
    const { certificate } = await buildOfficer(database, { certificate: 'valid' });
    const body = { decidedOn: today(), reason: '涉嫌执法过错' };
    expect(
      (await keeper.client.post(`/api/personnel/certificates/${certificate!.id}/suspension`, body))
        .statusCode,
    ).toBe(403);
    expect(
      (await principal.client.post(`/api/personnel/certificates/${ZERO}/suspension`, body)).statusCode,
    ).toBe(404);
    expect(
      (await principal.client.post(`/api/personnel/certificates/${certificate!.id}/suspension`, {}))
        .statusCode,
    ).toBe(400);
    expect(
      (await principal.client.post(`/api/personnel/certificates/${certificate!.id}/suspension`, body))
        .statusCode,
    ).toBe(200);
    const again = await principal.client.post(
      `/api/personnel/certificates/${certificate!.id}/suspension`,
      body,
    );
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string; message: string }>()).toMatchObject({
      code: 'CERTIFICATE_STATE',
      message: '证件当前状态为「暂扣」，不能办理此事项',
    });
  });

  it('checks two officers over HTTP with each member’s reason', async () => {
    const officer = await login(['officer']);
    const a = await buildOfficer(database, { certificate: 'valid', name: '甲执法' });
    const s = await buildOfficer(database, { certificate: 'suspended', name: '乙执法' });
    const res = await officer.client.post('/api/personnel/eligibility-checks', {
      check: 'team',
      on: today(),
      category: 'hazardous_chemicals',
      officerIds: [a.officer.id, s.officer.id],
    });
    expect(res.statusCode).toBe(200);
    const r = res.json<{
      ok: boolean;
      members: { officerName: string; refusals: { reason: string; basis: string }[] }[];
      refusals: { basis: string }[];
    }>();
    expect(r.ok).toBe(false);
    expect(r.refusals[0]!.basis).toContain('第四十二条');
    expect(r.members[1]!.officerName).toBe('乙执法');
    expect(r.members[1]!.refusals[0]!.reason).toContain('被暂扣');
    expect(
      (
        await officer.client.post('/api/personnel/eligibility-checks', {
          check: 'team',
          on: '2026-02-30',
          category: 'x',
          officerIds: [],
        })
      ).statusCode,
    ).toBe(400);
    const options = (await officer.client.get('/api/personnel/officers/options')).json<{
      items: { name: string; certificateNumbers: string[] }[];
    }>();
    expect(options.items.find((o) => o.name === '乙执法')!.certificateNumbers).toEqual([]);
  });

  it('uploads a photo checked by content and serves it only within scope', async () => {
    const keeper = await login(['legal_reviewer']);
    const { officer } = await buildOfficer(database, {});
    const svg = await keeper.client.request('PUT', `/api/personnel/officers/${officer.id}/photo`, {
      mimeType: 'image/png',
      contentBase64: Buffer.from('<svg>not an image</svg>').toString('base64'),
    });
    expect(svg.statusCode).toBe(400);
    expect(svg.json<{ code: string }>().code).toBe('FILE_INVALID');
    const ok = await keeper.client.request('PUT', `/api/personnel/officers/${officer.id}/photo`, {
      mimeType: 'image/png',
      contentBase64: PNG_1PX.toString('base64'),
    });
    expect(ok.statusCode).toBe(200);
    const photo = await keeper.client.get(`/api/personnel/officers/${officer.id}/photo`);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(PNG_1PX)).toBe(true);
    const stranger = await login(['officer']);
    expect((await stranger.client.get(`/api/personnel/officers/${officer.id}/photo`)).statusCode).toBe(404);
  });

  it('serves statistics and settings, and refuses a retroactive settings version', async () => {
    const keeper = await login(['legal_reviewer']);
    await buildOfficer(database, { certificate: 'valid', trainingHours: 12 });
    const stats = await keeper.client.get('/api/personnel/statistics');
    expect(stats.statusCode).toBe(200);
    expect(stats.json<{ training: { minimum: number } }>().training.minimum).toBe(60);
    const settings = await keeper.client.get('/api/personnel/settings');
    expect(settings.json<{ current: { annualTrainingHours: number } }>().current.annualTrainingHours).toBe(
      60,
    );
    const values = settings.json<{ current: Record<string, unknown> }>().current;
    const back = await keeper.client.post('/api/personnel/settings', {
      effectiveFrom: '2020-01-01',
      values,
      note: '测试',
    });
    expect(back.statusCode).toBe(422);
    expect(
      (
        await keeper.client.post('/api/personnel/settings', {
          effectiveFrom: '2099-01-01',
          values: { ...values, annualTrainingHours: 80 },
          note: '新文件',
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe(`public portal (${testEngine()})`, () => {
  it('lists officers with valid certificates without login and without ID numbers', async () => {
    const idNumber = uniqueIdNumber();
    await buildOfficer(database, { certificate: 'valid', name: '公示甲', idNumber, number: 'PUB-VALID-1' });
    await buildOfficer(database, { certificate: 'suspended', name: '公示乙', number: 'PUB-SUSP-1' });
    const anon = new TestClient(app);
    const res = await anon.get('/api/portal/officers?q=%E5%85%AC%E7%A4%BA');
    expect(res.statusCode).toBe(200);
    const page = res.json<PublicOfficerPage>();
    expect(page.items.map((o) => o.certificateNumber)).toEqual(['PUB-VALID-1']);
    expect(res.body).not.toContain(idNumber);
    expect(Object.keys(page.items[0]!).sort()).toEqual([
      'categories',
      'certificateNumber',
      'kind',
      'name',
      'region',
      'unitName',
      'validUntil',
    ]);
  });

  it.each([
    ['PUB-V-2', 'valid', '该证件有效'],
    ['PUB-S-2', 'suspended', '已被暂扣'],
    ['PUB-E-2', 'expired', '已超过有效期'],
    ['NO-SUCH-1', 'unknown', '未查询到该证件编号'],
  ])('verifies %s as %s', async (number, status, text) => {
    if (status !== 'unknown')
      await buildOfficer(database, { certificate: status as 'valid', number, name: '核验人员' });
    const r = (
      await new TestClient(app).get(`/api/portal/certificates/${number}`)
    ).json<VerificationResult>();
    expect(r.status).toBe(status);
    expect(r.message).toContain(text);
    expect(r.certificate === null).toBe(status === 'unknown');
  });

  it('draws a QR code to the verification page for a registered number only', async () => {
    await buildOfficer(database, { certificate: 'valid', number: 'PUB-QR-1' });
    const anon = new TestClient(app);
    const svg = await anon.get('/api/portal/certificates/PUB-QR-1/qr.svg');
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('<svg');
    const png = await anon.get('/api/portal/certificates/PUB-QR-1/qr.png');
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect((await anon.get('/api/portal/certificates/NOPE-1/qr.png')).statusCode).toBe(404);
    expect((await anon.get('/api/portal/certificates/bad%20number')).statusCode).toBe(400);
  });

  it('rate-limits each client address', async () => {
    const limited = await buildTestApp(database);
    try {
      const anon = new TestClient(limited);
      let last = 0;
      for (let i = 0; i < 125 && last !== 429; i++)
        last = (await anon.get('/api/portal/certificates/RATE-1')).statusCode;
      expect(last).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
