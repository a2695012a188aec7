/**
 * The interference register through HTTP on the demo bureau: a phone call from the deputy head recorded with its
 * recording, sealed from the intervener and his line (404), straight to the 主要领导 and instructed, verified and
 * concluded by 纪检, immutable (HTTP and SQL), a register against the 主要领导 routed to 纪检, the late 批示
 * escalated, the close-of-case declarations as the closing gate, the recorder's transfer flagged, non-recording
 * findings (first 通报批评, then discipline; a superior's aggravated), the 第8条 log, the monthly reports with the
 * chain digest (a removed register detected), the personal files and the aggregate statistics.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DeclarationStatus,
  FileEntryView,
  FlagView,
  InterferenceStats,
  MonthlyReportView,
  RegisterSummary,
  RegisterView,
  SupervisionView,
} from '../../../common/contracts/interference.js';
import { todayInShanghai } from '../../kernel/local-date.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildTestApp, loggedIn, type TestClient } from '../../test/http.js';
import { caseRepository, closingRefusal } from '../cases/index.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/index.js';
import { escalateLateInstructions } from './index.js';

let database: Database;
let app: FastifyInstance;
const as: Record<string, TestClient> = {};
const ids: Record<string, string> = {};
let caseId = '';
let otherHandler = '';

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  await seedDemo(database);
  for (const u of [
    'zhangwei',
    'liuyang',
    'wangqiang',
    'lina',
    'zhaomin',
    'sunjianguo',
    'zhoujing',
    'sysadmin',
    'auditadmin',
  ]) {
    as[u] = await loggedIn(app, u, DEMO_PASSWORD);
    ids[u] = (await database.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [u]))[0]!.id;
  }
  const rows = await database.query<{ case_id: string; n: number }>(
    `SELECT o.case_id, (SELECT count(*)::int FROM case_officers x WHERE x.case_id = o.case_id AND x.removed_at IS NULL) AS n
     FROM case_officers o JOIN cases c ON c.id = o.case_id
     WHERE o.user_id = $1 AND o.removed_at IS NULL AND c.status = 'delivered' ORDER BY c.created_at LIMIT 1`,
    [ids.zhangwei],
  );
  caseId = rows[0]!.case_id;
  otherHandler = (
    await database.query<{ user_id: string }>(
      'SELECT user_id FROM case_officers WHERE case_id = $1 AND removed_at IS NULL AND user_id <> $2 LIMIT 1',
      [caseId, ids.zhangwei],
    )
  )[0]!.user_id;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function ok(res: Promise<LightMyRequestResponse>, status = 200): Promise<LightMyRequestResponse> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r;
}
async function refused(res: Promise<LightMyRequestResponse>, code: string, status?: number) {
  const r = await res;
  expect(r.json<{ code: string }>().code, r.body).toBe(code);
  if (status) expect(r.statusCode).toBe(status);
  return r.json<{ code: string; message: string; basis?: string; rule?: string }>();
}
async function upload(c: TestClient, name: string, bytes: string): Promise<string> {
  const r = await c.request('POST', '/api/interference/uploads', Buffer.from(bytes), {
    'content-type': 'application/octet-stream',
    'x-file-name': encodeURIComponent(name),
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<{ id: string }>().id;
}
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
function phoneCall(intervener: string, attachments: { uploadId: string; kind: string }[], extra = {}) {
  return {
    caseId,
    intervenerId: ids[intervener]!,
    intervenerPost: '副局长',
    intervenerUnit: '赤峰市应急管理局',
    occurredAt: minutesAgo(90),
    place: '办公室（电话）',
    content: '来电询问案件进展，要求对当事人从轻处理，不要罚款',
    method: 'phone',
    types: ['I6', 'I2'],
    response: 'refused',
    account:
      '某日上午十时，赵敏副局长来电称当事人是其朋友，要求对其从轻处理、不予罚款。本人当即拒绝，并告知其应依照程序办理。',
    attachments,
    ...extra,
  };
}

describe(`interference register (${testEngine()})`, () => {
  let registerId = '';

  it('refuses a phone register without the recording or a reason, and with a too-short account', async () => {
    const e = await refused(
      as.zhangwei!.post('/api/interference/registers', phoneCall('zhaomin', [])),
      'INTERFERENCE_EVIDENCE',
      422,
    );
    expect(e.message).toContain('电话录音');
    expect(e.basis).toContain('第五条');
    const short = await refused(
      as.zhangwei!.post(
        '/api/interference/registers',
        phoneCall('zhaomin', [], { account: '来电说情', noRecordingReason: '未带录音设备' }),
      ),
      'INTERFERENCE_EVIDENCE',
    );
    expect(short.message).toContain('如实记录');
    // The co-handler may not name himself; a finance clerk cannot record at all.
    await refused(
      as.zhangwei!.post('/api/interference/registers', {
        ...phoneCall('zhaomin', []),
        intervenerId: ids.zhangwei,
      }),
      'VALIDATION_FAILED',
    );
    expect(
      Number(
        (await database.query<{ n: number }>('SELECT count(*)::int AS n FROM interference_registers'))[0]!.n,
      ),
    ).toBe(0);
  });

  it('records a phone call from the deputy head with the recording, straight to the principal', async () => {
    const rec = await upload(as.zhangwei!, '通话录音.m4a', 'fake audio bytes');
    const r = await ok(
      as.zhangwei!.post(
        '/api/interference/registers',
        phoneCall('zhaomin', [{ uploadId: rec, kind: 'recording' }]),
      ),
      201,
    );
    registerId = r.json<{ id: string }>().id;
    expect(r.json<{ registerNo: string }>().registerNo).toMatch(/^赤应急干预登〔\d{4}〕1号$/);
    // The same upload cannot be attached twice.
    await refused(
      as.zhangwei!.post(
        '/api/interference/registers',
        phoneCall('zhaomin', [{ uploadId: rec, kind: 'recording' }]),
      ),
      'VALIDATION_FAILED',
    );

    const v = (
      await ok(as.sunjianguo!.get(`/api/interference/registers/${registerId}`))
    ).json<RegisterView>();
    expect(v).toMatchObject({
      route: 'principal',
      stage: 'awaiting_instruction',
      intervenerName: '赵敏',
      seq: 1,
    });
    expect(v.abilities).toMatchObject({ instruct: true, verify: false, accessLog: false });
    expect(v.attachments[0]!.sm3).toMatch(/^[0-9a-f]{64}$/);
    const todo = await database.query<{ user_id: string }>(
      `SELECT user_id FROM notifications WHERE dedupe_key = $1`,
      [`interference-instruct:${registerId}`],
    );
    expect(todo.map((t) => t.user_id)).toEqual([ids.sunjianguo]);
  });

  it('is invisible (404) to the intervener, his line, the co-handler and the system administrator', async () => {
    for (const u of ['zhaomin', 'wangqiang', 'sysadmin', 'liuyang', 'lina']) {
      await refused(as[u]!.get(`/api/interference/registers/${registerId}`), 'NOT_FOUND', 404);
      await refused(as[u]!.get(`/api/interference/registers/${registerId}/pdf`), 'NOT_FOUND', 404);
      const list = await as[u]!.get('/api/interference/registers');
      if (list.statusCode === 200) expect(list.json<{ total: number }>().total).toBe(0);
    }
    for (const u of ['zhangwei', 'zhoujing', 'auditadmin'])
      await ok(as[u]!.get(`/api/interference/registers/${registerId}`));
    // Every read is audited, and the log is shown to 纪检.
    const log = (await ok(as.zhoujing!.get(`/api/interference/registers/${registerId}/access-log`))).json<
      { action: string; actorName: string }[]
    >();
    expect(log.filter((l) => l.action === 'interference.register-read').map((l) => l.actorName)).toEqual(
      expect.arrayContaining(['孙建国', '张伟', '周静', '黄审计']),
    );
    await refused(as.zhangwei!.get(`/api/interference/registers/${registerId}/access-log`), 'NOT_FOUND');
  });

  it('refuses editing and deleting, over HTTP and in SQL', async () => {
    const e = await refused(
      as.zhangwei!.put(`/api/interference/registers/${registerId}`, { place: '别处' }),
      'INTERFERENCE_IMMUTABLE',
      409,
    );
    expect(e.basis).toContain('第六条');
    await refused(
      as.zhangwei!.request('DELETE', `/api/interference/registers/${registerId}`),
      'INTERFERENCE_IMMUTABLE',
    );
    await refused(
      as.zhaomin!.request('DELETE', `/api/interference/registers/${registerId}`),
      'NOT_FOUND',
      404,
    );
    for (const sql of [
      `UPDATE interference_registers SET content = 'x' WHERE id = '${registerId}'`,
      `DELETE FROM interference_registers WHERE id = '${registerId}'`,
      `UPDATE interference_attachments SET sm3 = 'x' WHERE register_id = '${registerId}'`,
    ])
      await expect(database.query(sql)).rejects.toThrow(/append-only/);
  });

  it('runs the 批示, verification and outcome, and posts to both persons’ files', async () => {
    await refused(
      as.zhoujing!.post(`/api/interference/registers/${registerId}/instruction`, {
        decision: 'refer',
        text: '移送核查',
      }),
      'INTERFERENCE_STATE',
    );
    await refused(
      as.zhoujing!.post(`/api/interference/registers/${registerId}/verification`, {
        established: true,
        consequence: false,
        text: '属实',
        decidedOn: todayInShanghai(new Date()),
      }),
      'INTERFERENCE_STATE',
    );
    await ok(
      as.sunjianguo!.post(`/api/interference/registers/${registerId}/instruction`, {
        decision: 'refer',
        text: '请纪检组核查',
      }),
    );
    await refused(
      as.sunjianguo!.post(`/api/interference/registers/${registerId}/instruction`, {
        decision: 'file',
        text: '再批',
      }),
      'INTERFERENCE_STATE',
    );
    const today = todayInShanghai(new Date());
    await ok(
      as.zhoujing!.post(`/api/interference/registers/${registerId}/verification`, {
        established: true,
        consequence: false,
        text: '经核查，赵敏为当事人说情属实',
        decidedOn: today,
      }),
    );
    await ok(
      as.zhoujing!.post(`/api/interference/registers/${registerId}/outcome`, {
        kind: 'organisational',
        text: '诫勉谈话',
        decidedOn: today,
      }),
    );
    const v = (await ok(as.zhangwei!.get(`/api/interference/registers/${registerId}`))).json<RegisterView>();
    expect(v.stage).toBe('concluded');
    expect(v.actions.map((a) => a.kind)).toEqual(['instruction', 'verification', 'outcome']);
    const files = (await ok(as.zhoujing!.get(`/api/dossiers/${ids.zhaomin}`))).json<FileEntryView[]>();
    expect(files.filter((f) => f.fileKind === 'integrity').map((f) => f.category)).toEqual(
      expect.arrayContaining(['intervened', 'interference_established', 'interference_outcome']),
    );
    const mine = (await ok(as.sunjianguo!.get(`/api/dossiers/${ids.zhangwei}?kind=enforcement`))).json<
      FileEntryView[]
    >();
    expect(mine.map((f) => f.category)).toContain('recorded');
    await refused(as.zhaomin!.get(`/api/dossiers/${ids.zhaomin}`), 'FORBIDDEN', 403);
    const xlsx = await ok(as.zhoujing!.get(`/api/dossiers/${ids.zhaomin}/export`));
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('routes a register against the principal to 纪检, never to the principal', async () => {
    const r = await ok(
      as.zhangwei!.post('/api/interference/registers', {
        ...phoneCall('sunjianguo', [], { noRecordingReason: '来电时正在现场检查，无法录音' }),
        method: 'oral',
        place: '局长办公室',
        types: ['I1'],
      }),
      201,
    );
    const id = r.json<{ id: string }>().id;
    await refused(as.sunjianguo!.get(`/api/interference/registers/${id}`), 'NOT_FOUND', 404);
    const list = (await ok(as.sunjianguo!.get('/api/interference/registers'))).json<{
      items: RegisterSummary[];
    }>();
    expect(list.items.map((i) => i.id)).not.toContain(id);
    const n = await database.query<{ user_id: string }>(
      'SELECT user_id FROM notifications WHERE dedupe_key = $1',
      [`interference-instruct:${id}`],
    );
    // Every 纪检 (周静 and the 纪检委员 马骏), and nobody else.
    const discipline = await database.query<{ user_id: string }>(
      "SELECT user_id FROM user_roles WHERE role = 'discipline' ORDER BY user_id",
    );
    expect(n.map((x) => x.user_id).sort()).toEqual(discipline.map((x) => x.user_id));
    expect(n.map((x) => x.user_id)).toContain(ids.zhoujing);
    const v = (await ok(as.zhoujing!.get(`/api/interference/registers/${id}`))).json<RegisterView>();
    expect(v).toMatchObject({ route: 'discipline', abilities: { instruct: true } });
    // The principal signs nothing about it and gets no access through the PDF either.
    await refused(as.sunjianguo!.get(`/api/interference/registers/${id}/pdf`), 'NOT_FOUND', 404);
    const pdf = await ok(as.zhangwei!.get(`/api/interference/registers/${id}/pdf`));
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('escalates a 批示 not given within the working days to 纪检, once', async () => {
    const later = new Date(Date.now() + 15 * 86_400_000);
    expect(await escalateLateInstructions(database, later)).toBe(1);
    expect(await escalateLateInstructions(database, later)).toBe(0);
    const e = await database.query<{ register_id: string }>(
      `SELECT register_id FROM interference_actions WHERE kind = 'escalated'`,
    );
    expect(e).toHaveLength(1);
  });

  it('blocks closing until every handler declares, checked against the registers', async () => {
    const lawCase = (await caseRepository.find(database.db, caseId))!;
    expect((await closingRefusal(database.db, lawCase, 'close'))?.code).toBe('INTERFERENCE_DECLARATION');
    const wrong = await refused(
      as.zhangwei!.post(`/api/cases/${caseId}/interference-declarations`, { answer: 'none' }),
      'INTERFERENCE_DECLARATION',
    );
    expect(wrong.message).toContain('不能声明「无」');
    await ok(as.zhangwei!.post(`/api/cases/${caseId}/interference-declarations`, { answer: 'some' }));
    await refused(
      as.zhangwei!.post(`/api/cases/${caseId}/interference-declarations`, { answer: 'some' }),
      'INTERFERENCE_STATE',
    );
    const other = Object.keys(ids).find((k) => ids[k] === otherHandler);
    expect(other, 'the co-handler is a demo user logged in here').toBeTruthy();
    const c = as[other!]!;
    {
      await refused(
        c.post(`/api/cases/${caseId}/interference-declarations`, { answer: 'some' }),
        'INTERFERENCE_DECLARATION',
      );
      await ok(c.post(`/api/cases/${caseId}/interference-declarations`, { answer: 'none' }));
    }
    const status = (
      await ok(as.lina!.get(`/api/cases/${caseId}/interference-declarations`))
    ).json<DeclarationStatus>();
    expect(status.officers.every((o) => o.answer === null)).toBe(true);
    {
      expect(status.complete).toBe(true);
      expect(await closingRefusal(database.db, lawCase, 'close')).toBeNull();
    }
  });

  it('flags a transfer of the recorder to 纪检, who records the statutory cause', async () => {
    const officer = (
      await database.query<{ id: string }>('SELECT id FROM officers WHERE user_id = $1', [ids.zhangwei])
    )[0]!;
    await ok(
      as.lina!.post(`/api/personnel/officers/${officer.id}/actions`, {
        kind: 'poor_appraisal',
        effectiveOn: todayInShanghai(new Date()),
        reason: '年度考核评为基本称职',
      }),
      201,
    );
    const flags = (await ok(as.zhoujing!.get('/api/interference/flags'))).json<FlagView[]>();
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ recorderName: '张伟', actionKind: 'poor_appraisal', status: 'open' });
    await refused(as.zhangwei!.get('/api/interference/flags'), 'FORBIDDEN', 403);
    await ok(
      as.zhoujing!.post(`/api/interference/flags/${flags[0]!.id}/resolve`, {
        conclusion: 'lawful',
        statutoryCause: '年度考核结果',
        procedureNote: '经考核委员会评定',
      }),
    );
    await refused(
      as.zhoujing!.post(`/api/interference/flags/${flags[0]!.id}/resolve`, {
        conclusion: 'lawful',
        statutoryCause: 'x',
        procedureNote: 'y',
      }),
      'INTERFERENCE_STATE',
    );
    // A recorder may report retaliation himself; someone who never recorded may not.
    await ok(
      as.zhangwei!.post('/api/interference/retaliation-reports', {
        occurredOn: todayInShanghai(new Date()),
        description: '被要求调离执法岗位',
      }),
      201,
    );
    await refused(
      as.liuyang!.post('/api/interference/retaliation-reports', {
        occurredOn: todayInShanghai(new Date()),
        description: '无',
      }),
      'FORBIDDEN',
    );
  });

  it('finds non-recording: first 通报批评, then discipline, a superior aggravated; a recorder is not found', async () => {
    const base = {
      kind: 'non_recording',
      caseId,
      occurredOn: todayInShanghai(new Date()),
      source: 'confession',
      sourceNote: '过问人本人承认曾打电话说情',
    };
    const notMine = await refused(
      as.zhoujing!.post('/api/interference/findings', {
        ...base,
        subjectId: ids.zhangwei,
        intervenerId: ids.zhaomin,
      }),
      'INTERFERENCE_FINDING',
    );
    expect(notMine.message).toContain('不构成不记录');
    const first = (
      await ok(as.zhoujing!.post('/api/interference/findings', { ...base, subjectId: otherHandler }), 201)
    ).json<{ measure: string }>();
    expect(first.measure).toBe('criticism');
    const second = (
      await ok(
        as.zhoujing!.post('/api/interference/findings', {
          ...base,
          subjectId: otherHandler,
          superiorId: ids.wangqiang,
        }),
        201,
      )
    ).json<{ measure: string; superiorFindingId: string }>();
    expect(second.measure).toBe('discipline');
    expect(second.superiorFindingId).toBeTruthy();
    const all = (await ok(as.zhoujing!.get('/api/interference/findings'))).json<
      { kind: string; measure: string }[]
    >();
    expect(all.map((f) => `${f.kind}:${f.measure}`).sort()).toEqual(
      ['non_recording:criticism', 'non_recording:discipline', 'superior_instructed:aggravated'].sort(),
    );
  });

  it('keeps the 第8条 log apart and flags an oral guidance for review', async () => {
    const r = (
      await ok(
        as.zhangwei!.post('/api/interference/supervision', {
          caseId,
          department: '政策法规科',
          personName: '李娜',
          kind: 'guidance',
          form: 'oral',
          occurredAt: minutesAgo(30),
          content: '口头提出对违法事实认定的指导意见',
        }),
        201,
      )
    ).json<{ id: string; flagged: boolean }>();
    expect(r.flagged).toBe(true);
    await refused(
      as.zhangwei!.post('/api/interference/supervision', {
        caseId,
        department: '政策法规科',
        personName: '李娜',
        kind: 'corrective',
        form: 'written',
        occurredAt: minutesAgo(10),
        content: '书面纠正意见',
      }),
      'INTERFERENCE_EVIDENCE',
    );
    const queue = (await ok(as.zhoujing!.get('/api/interference/supervision'))).json<SupervisionView[]>();
    expect(queue.map((q) => q.id)).toContain(r.id);
    await ok(
      as.zhoujing!.post(`/api/interference/supervision/${r.id}/review`, {
        outcome: 'proper',
        note: '属正常业务指导，已提醒今后书面提出',
      }),
    );
    const log = (await ok(as.lina!.get(`/api/cases/${caseId}/supervision`))).json<SupervisionView[]>();
    expect(log[0]).toMatchObject({ reviewOutcome: 'proper', flagged: true });
  });

  it('prints the chain digest into the monthly report, and detects a removed register', async () => {
    const month = todayInShanghai(new Date()).slice(0, 7);
    await ok(as.zhoujing!.post('/api/interference/reports', { month }));
    const reports = (await ok(as.sunjianguo!.get(`/api/interference/reports?month=${month}`))).json<
      MonthlyReportView[]
    >();
    expect(reports.length).toBeGreaterThan(1);
    const withRegisters = reports.find((r) => !r.zero)!;
    expect(withRegisters.figures.registers).toBe(2);
    expect(withRegisters.chainDigest.at(-1)).toMatchObject({ month, count: 2, total: 2 });
    expect(reports.some((r) => r.zero)).toBe(true);
    await refused(
      as.zhoujing!.post(`/api/interference/reports/${withRegisters.id}/sign`, {}),
      'FORBIDDEN',
      403,
    );
    await ok(as.sunjianguo!.post(`/api/interference/reports/${withRegisters.id}/sign`, {}));
    const pdf = await ok(as.sunjianguo!.get(`/api/interference/reports/${withRegisters.id}/pdf`));
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const good = (await ok(as.auditadmin!.get('/api/interference/chain'))).json<{
      ok: boolean;
      count: number;
    }>();
    expect(good).toMatchObject({ ok: true, count: 2 });
    expect(await verifyAuditChain(database)).toMatchObject({ ok: true });

    // Someone with database rights removes the newest register (and its rows): the signed digest no longer matches.
    await database.query(
      'ALTER TABLE interference_registers DISABLE TRIGGER interference_registers_append_only',
    );
    await database.query('ALTER TABLE interference_actions DISABLE TRIGGER interference_actions_append_only');
    await database.query(
      'ALTER TABLE interference_attachments DISABLE TRIGGER interference_attachments_append_only',
    );
    const newest = (
      await database.query<{ id: string }>('SELECT id FROM interference_registers ORDER BY seq DESC LIMIT 1')
    )[0]!.id;
    await database.query('DELETE FROM interference_actions WHERE register_id = $1', [newest]);
    await database.query('DELETE FROM interference_attachments WHERE register_id = $1', [newest]);
    await database.query('ALTER TABLE retaliation_flags DISABLE TRIGGER retaliation_flags_final');
    await database.query('UPDATE retaliation_flags SET register_id = NULL WHERE register_id = $1', [newest]);
    await database.query('ALTER TABLE retaliation_flags ENABLE TRIGGER retaliation_flags_final');
    await database.query('DELETE FROM interference_registers WHERE id = $1', [newest]);
    for (const t of ['interference_registers', 'interference_actions', 'interference_attachments'])
      await database.query(`ALTER TABLE ${t} ENABLE TRIGGER ${t}_append_only`);
    const bad = (await ok(as.zhoujing!.get('/api/interference/chain'))).json<{
      ok: boolean;
      count: number;
      reportMismatches: { detail: string }[];
    }>();
    expect(bad.ok).toBe(false);
    expect(bad.count).toBe(1);
    expect(bad.reportMismatches[0]!.detail).toMatch(/报告载明 2 条/);
  });

  it('gives aggregate statistics only, to the roles that may read them', async () => {
    const s = (await ok(as.zhaomin!.get('/api/interference/stats'))).json<InterferenceStats>();
    expect(s.registers).toBe(1);
    expect(s.byType.find((t) => t.key === 'I6')!.count).toBe(1);
    expect(JSON.stringify(s)).not.toContain('张伟');
    expect(JSON.stringify(s)).not.toContain('赵敏');
    await refused(as.zhangwei!.get('/api/interference/stats'), 'FORBIDDEN', 403);
    await refused(as.sysadmin!.get('/api/interference/stats'), 'FORBIDDEN', 403);
  });
});
