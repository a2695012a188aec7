import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ComputeResult,
  ImportResult,
  OverlayList,
  YearView,
} from '../../../common/contracts/calendar.js';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildUnit, buildUser } from '../../test/factories.js';
import { TestClient, buildTestApp, loggedIn } from '../../test/http.js';
import { FIXTURE_2027 } from './test-fixtures.js';

let database: Database;
let app: FastifyInstance;
let officer: TestClient;
let maintainer: TestClient;
let sysadmin: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  const unit = await buildUnit(database);
  const o = await buildUser(database, { roles: ['officer'], unitId: unit.id });
  const m = await buildUser(database, { roles: ['legal_reviewer'], unitId: unit.id });
  const s = await buildUser(database, { roles: ['sysadmin'] });
  officer = await loggedIn(app, o.username, o.password);
  maintainer = await loggedIn(app, m.username, m.password);
  sysadmin = await loggedIn(app, s.username, s.password);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const audits = (action: string) =>
  database.query<{ actor_name: string; object_id: string; payload: Record<string, unknown> }>(
    'SELECT actor_name, object_id, payload FROM audit_events WHERE action = $1 ORDER BY id',
    [action],
  );

describe(`GET /api/calendar/compute (${testEngine()})`, () => {
  it('answers 401 without a session and 403 to a role without calendar.view', async () => {
    expect(
      (await new TestClient(app).get('/api/calendar/compute?start=2025-09-26&length=5&unit=working_day'))
        .statusCode,
    ).toBe(401);
    const res = await sysadmin.get('/api/calendar/compute?start=2025-09-26&length=5&unit=working_day');
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('FORBIDDEN');
  });

  it('computes 5 working days across National Day 2025 and explains every skipped day', async () => {
    const res = await officer.get('/api/calendar/compute?start=2025-09-26&length=5&unit=working_day');
    expect(res.statusCode).toBe(200);
    const r = res.json<ComputeResult>();
    expect(r).toMatchObject({
      due: '2025-10-10',
      unit: 'working_day',
      warnings: [],
      projected: false,
      workingDaysInPeriod: 5,
      rule: null,
    });
    expect(r.calendarVersion).toMatch(/^cal-[0-9a-f]{16}$/);
    expect(r.skipped).toContainEqual({ date: '2025-10-06', reason: '法定节假日（中秋节）' });
    expect(r.skipped.map((s) => s.date)).not.toContain('2025-09-28');
    expect(r.basis.join('')).toContain('工作日不含周休息日和法定节假日');
  });

  it('computes by rule with the version in force and its legal basis first', async () => {
    const r = (
      await officer.get('/api/calendar/compute?rule=penalty.hearing-request&start=2025-09-30')
    ).json<ComputeResult>();
    expect(r.due).toBe('2025-10-14');
    expect(r.basis[0]).toBe('《中华人民共和国行政处罚法》第六十四条第（一）项、第八十五条');
    expect(r.rule).toMatchObject({ id: 'penalty.hearing-request', version: 2, verified: true });
    const old = (
      await officer.get('/api/calendar/compute?rule=penalty.hearing-request&start=2021-07-14')
    ).json<ComputeResult>();
    expect(old).toMatchObject({
      due: '2021-07-19',
      unit: 'calendar_day',
      rule: { version: 1, verified: false },
    });
  });

  it('takes an instant for hour periods and does not roll them over', async () => {
    const res = await officer.get(
      `/api/calendar/compute?rule=transfer.send&startAt=${encodeURIComponent('2025-09-30T18:30:00+08:00')}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json<ComputeResult>()).toMatchObject({
      due: '2025-10-01T10:30:00.000Z',
      unit: 'hour',
      skipped: [],
    });
  });

  it('flags a period reaching a year without a published notice', async () => {
    const r = (
      await officer.get('/api/calendar/compute?start=2027-02-01&length=10&unit=working_day')
    ).json<ComputeResult>();
    expect(r.projected).toBe(true);
    expect(r.warnings[0]?.message).toBe('2027年：该年度放假安排尚未发布，按《全国年节及纪念日放假办法》推算');
  });

  it.each([
    ['/api/calendar/compute?length=5&unit=working_day', 'VALIDATION_FAILED', '起算日'],
    [
      '/api/calendar/compute?start=2025-09-26&length=0&unit=working_day',
      'VALIDATION_FAILED',
      '期间长度须为正整数',
    ],
    ['/api/calendar/compute?start=2025-09-26&length=5&unit=fortnight', 'VALIDATION_FAILED', '期间单位应为'],
    ['/api/calendar/compute?start=2025-02-30&length=5&unit=working_day', 'PERIOD_INVALID', '2025-02-30'],
    [
      '/api/calendar/compute?start=2040-01-01&length=5&unit=working_day',
      'PERIOD_INVALID',
      '超出工作日历覆盖范围',
    ],
    ['/api/calendar/compute?start=2025-09-26&length=24&unit=hour', 'VALIDATION_FAILED', '起算时刻'],
    ['/api/calendar/compute?rule=no.such-rule&start=2025-09-26', 'DEADLINE_RULE_UNKNOWN', '未知的期限规则'],
    [
      '/api/calendar/compute?rule=reconsideration.reply-simple&start=2023-06-01',
      'DEADLINE_RULE_NOT_IN_FORCE',
      '没有施行中',
    ],
  ])('refuses %s with %s and a Chinese message', async (url, code, text) => {
    const res = await officer.get(url);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    const body = res.json<{ code: string; message: string }>();
    expect(body.code).toBe(code);
    expect(body.message).toContain(text);
  });
});

describe(`GET /api/calendar/years/:year (${testEngine()})`, () => {
  it('lists the holidays and make-up days of 2025 with their source notice', async () => {
    const res = await officer.get('/api/calendar/years/2025');
    expect(res.statusCode).toBe(200);
    const y = res.json<YearView>();
    expect(y).toMatchObject({ year: 2025, origin: 'bundled', projected: false, projectionMessage: null });
    expect(y.notices[0]).toMatchObject({
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      docNo: '国办发明电〔2024〕12号',
    });
    const sept28 = y.days.find((d) => d.date === '2025-09-28');
    expect(sept28).toMatchObject({
      category: 'makeup_workday',
      working: true,
      reason: '调休上班日（国庆节）',
    });
    expect(sept28?.source.citation).toContain('国办发明电〔2024〕12号');
    expect(y.days.find((d) => d.date === '2025-10-07')).toMatchObject({
      category: 'swapped_rest',
      restType: 'swapped',
    });
    // Ordinary weekends are left to the client.
    expect(y.days.find((d) => d.date === '2025-03-08')).toBeUndefined();
  });

  it('flags a year without a notice as projected', async () => {
    const y = (await officer.get('/api/calendar/years/2028')).json<YearView>();
    expect(y).toMatchObject({ origin: 'projected', projected: true, notices: [] });
    expect(y.projectionMessage).toContain('该年度放假安排尚未发布');
    expect(y.days.every((d) => d.source.kind === 'projection' || d.category === 'weekend')).toBe(true);
  });

  it('refuses a year outside the calendar', async () => {
    const res = await officer.get('/api/calendar/years/2040');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toContain('超出日历范围');
  });
});

describe(`POST /api/calendar/imports (${testEngine()})`, () => {
  it('answers 401 without a session and 403 to a user without calendar.maintain', async () => {
    const anon = new TestClient(app);
    expect((await anon.post('/api/calendar/imports', { content: FIXTURE_2027 })).statusCode).toBe(401);
    const res = await officer.post('/api/calendar/imports', { content: FIXTURE_2027 });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('FORBIDDEN');
  });

  it('refuses a faulty file, listing every faulty row in Chinese, and changes nothing', async () => {
    const bad = {
      year: 2027,
      notices: [
        {
          title: '国务院办公厅关于2027年部分节假日安排的通知',
          docNo: '',
          issuedOn: '2026-11-20',
          verified: true,
        },
      ],
      days: [
        { date: '2027-02-05', kind: 'holiday', name: '春节', restType: 'statutory' },
        { date: '2027-02-30', kind: 'holiday', name: '春节', restType: 'statutory' },
        { date: '2027-02-09', kind: 'holiday', name: '除夕', restType: 'swapped' },
        { date: '2027-02-10', kind: 'makeup_workday', name: '春节' },
        { date: '2027-02-05', kind: 'holiday', name: '春节', restType: 'statutory' },
      ],
    };
    const res = await maintainer.post('/api/calendar/imports', { fileName: '2027.json', content: bad });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; message: string; details: { path: string; message: string }[] }>();
    expect(body.code).toBe('CALENDAR_IMPORT_INVALID');
    expect(body.message).toContain('日历导入文件有误');
    expect(body.details.find((d) => d.path === 'days[2].name')?.message).toMatch(
      /^第3条（2027-02-09）：节日名称（name）应为/,
    );
    expect(body.details.filter((d) => d.path !== 'days[2].name')).toEqual([
      { path: 'notices[0].docNo', message: '第1份通知：文号（docNo）不能为空，如 国办发明电〔2024〕12号' },
      { path: 'days[1].date', message: '第2条（2027-02-30）：日期（date）须为 YYYY-MM-DD 格式的真实日期' },
      {
        path: 'days[3].kind',
        message: '第4条（2027-02-10）：调休上班日（makeup_workday）应为周六或周日，该日是周三',
      },
      { path: 'days[4].date', message: '第5条（2027-02-05）：与第1条日期重复' },
    ]);
    expect(await audits('calendar.year-imported')).toHaveLength(0);
    expect((await officer.get('/api/calendar/years/2027')).json<YearView>().origin).toBe('projected');
  });

  it('imports a new year, replaces the projection, audits the import and reports what to check', async () => {
    const res = await maintainer.post('/api/calendar/imports', {
      fileName: '2027.json',
      content: FIXTURE_2027,
    });
    expect(res.statusCode).toBe(201);
    const r = res.json<ImportResult>();
    expect(r).toMatchObject({ year: 2027, version: 1, previousOrigin: 'projected' });
    expect(r.calendarVersion).not.toBe(r.previousCalendarVersion);
    expect(r.warnings.join('\n')).toContain('清明节');
    const y = (await officer.get('/api/calendar/years/2027')).json<YearView>();
    expect(y).toMatchObject({
      origin: 'imported',
      importVersion: 1,
      projected: false,
      calendarVersion: r.calendarVersion,
    });
    expect(y.notices[0]?.docNo).toBe('国办发明电〔2026〕99号');
    expect(y.days.find((d) => d.date === '2027-02-20')).toMatchObject({
      category: 'makeup_workday',
      working: true,
    });
    const [event] = await audits('calendar.year-imported');
    expect(event?.object_id).toBe('2027');
    expect(event?.payload).toMatchObject({
      year: 2027,
      version: 1,
      fileName: '2027.json',
      replaced: { origin: 'projected' },
    });
    const c = (
      await officer.get('/api/calendar/compute?start=2027-02-01&length=10&unit=working_day')
    ).json<ComputeResult>();
    expect(c).toMatchObject({ due: '2027-02-20', projected: false, warnings: [] });
  });

  it('corrects a year with a new version', async () => {
    const corrected = { ...FIXTURE_2027, days: FIXTURE_2027.days.filter((d) => d.date !== '2027-02-20') };
    const r = (await maintainer.post('/api/calendar/imports', { content: corrected })).json<ImportResult>();
    expect(r).toMatchObject({ year: 2027, version: 2, previousOrigin: 'imported' });
    expect(
      (
        await officer.get('/api/calendar/compute?start=2027-02-01&length=10&unit=working_day')
      ).json<ComputeResult>().due,
    ).toBe('2027-02-22');
    const list = (await officer.get('/api/calendar/imports')).json<{
      items: { year: number; version: number }[];
    }>();
    expect(list.items.map((i) => i.version)).toEqual([2, 1]);
  });
});

describe(`the local overlay (${testEngine()})`, () => {
  it('adds, edits and removes a local rest day, each audited, and the calculator follows', async () => {
    const body = {
      date: '2025-07-10',
      kind: 'rest',
      name: '那达慕大会',
      source: '赤峰市人民政府关于那达慕大会期间放假的通知（测试）',
    };
    expect((await officer.post('/api/calendar/overlay', body)).statusCode).toBe(403);
    const added = await maintainer.post('/api/calendar/overlay', body);
    expect(added.statusCode).toBe(201);
    const id = added.json<{ day: { id: string } }>().day.id;
    const c = (
      await officer.get('/api/calendar/compute?start=2025-07-07&length=5&unit=working_day')
    ).json<ComputeResult>();
    expect(c.due).toBe('2025-07-15');
    expect(c.skipped).toContainEqual({ date: '2025-07-10', reason: '地方休息日（那达慕大会）' });
    const list = (await officer.get('/api/calendar/overlay')).json<OverlayList>();
    expect(list.items.map((i) => i.date)).toEqual(['2025-07-10']);

    expect(
      (await maintainer.put(`/api/calendar/overlay/${id}`, { ...body, date: '2025-07-11' })).statusCode,
    ).toBe(200);
    expect(
      (
        await officer.get('/api/calendar/compute?start=2025-07-07&length=5&unit=working_day')
      ).json<ComputeResult>().due,
    ).toBe('2025-07-15');
    expect((await maintainer.request('DELETE', `/api/calendar/overlay/${id}`)).statusCode).toBe(200);
    expect(
      (
        await officer.get('/api/calendar/compute?start=2025-07-07&length=5&unit=working_day')
      ).json<ComputeResult>().due,
    ).toBe('2025-07-14');
    expect((await audits('calendar.overlay-day-added')).length).toBe(1);
    expect((await audits('calendar.overlay-day-updated'))[0]?.payload).toMatchObject({
      from: { date: '2025-07-10' },
      to: { date: '2025-07-11' },
    });
    expect((await audits('calendar.overlay-day-removed')).length).toBe(1);
  });

  it('refuses to make a national holiday a local working day', async () => {
    const res = await maintainer.post('/api/calendar/overlay', {
      date: '2025-10-02',
      kind: 'work',
      name: '补班',
      source: '某通知（测试）',
    });
    expect(res.statusCode).toBe(422);
    const body = res.json<{ code: string; message: string }>();
    expect(body.code).toBe('CALENDAR_DATA_CONFLICT');
    expect(body.message).toContain('不得将全国放假日改为工作日');
    expect((await officer.get('/api/calendar/overlay')).json<OverlayList>().items).toEqual([]);
  });
});
