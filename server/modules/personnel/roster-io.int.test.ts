import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../common/contracts/personnel.js';
import { addDays, addYears } from '../../kernel/local-date.js';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildUnit } from '../../test/factories.js';
import { buildTestApp, loggedIn, type TestClient } from '../../test/http.js';
import { deadlineQueries } from '../deadlines/index.js';
import { rosterFile } from './excel/roster-fixture.js';
import { sweepPersonnel } from './personnel.sweep.js';
import { buildActor, buildOfficer, today, uniqueIdNumber } from './test-factories.js';

let database: Database;
let app: FastifyInstance;
let keeper: TestClient;
let unitName: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  const a = await buildActor(database, ['legal_reviewer']);
  keeper = await loggedIn(app, a.username, a.password);
  unitName = (await buildUnit(database, { name: `导入测试支队${Date.now() % 100000}` })).name;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const count = async (table: string) =>
  Number((await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n);

const row = (over: Record<string, string | number> = {}) => ({
  name: '导入甲',
  idNumber: uniqueIdNumber(),
  unit: unitName,
  staffing: '在编公务员',
  number: `IMP-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
  issuingAuthority: '内蒙古自治区人民政府',
  region: '赤峰市',
  categories: '危险化学品、烟花爆竹',
  issuedOn: addYears(today(), -1),
  ...over,
});

const upload = async (data: Buffer, dryRun: boolean) =>
  keeper.post(`/api/personnel/imports?dryRun=${dryRun}`, {
    fileName: '名册.xlsx',
    contentBase64: data.toString('base64'),
  });

describe(`Excel import (${testEngine()})`, () => {
  it('imports nothing at all when one row is bad, and names each bad row', async () => {
    const before = {
      officers: await count('officers'),
      certificates: await count('certificates'),
      audit: await count('audit_events'),
    };
    const file = await rosterFile([
      row({ name: '好人甲' }),
      row({ name: '坏人乙', staffing: '劳务派遣' }),
      row({ name: '坏人丙', unit: '不存在的科室' }),
    ]);

    const dry = await upload(file, true);
    expect(dry.statusCode).toBe(200);
    const report = dry.json<ImportReport>();
    expect(report).toMatchObject({ ok: false, dryRun: true, rows: 3 });
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [3, '编制类型'],
      [4, '科室/单位'],
    ]);
    expect(report.errors[0]!.message).toContain('劳务派遣不得持有行政执法证件');

    const commit = await upload(file, false);
    expect(commit.statusCode).toBe(400);
    const body = commit.json<{ code: string; details: { path: string; message: string }[] }>();
    expect(body.code).toBe('IMPORT_INVALID');
    expect(body.details.map((d) => d.path)).toEqual(['第3行·编制类型', '第4行·科室/单位']);
    expect({
      officers: await count('officers'),
      certificates: await count('certificates'),
      audit: await count('audit_events'),
    }).toEqual(before);
  });

  it('refuses duplicates within the file and against the roster', async () => {
    const taken = await buildOfficer(database, { certificate: 'valid', number: 'IMP-TAKEN-1' });
    const idNumber = uniqueIdNumber();
    const file = await rosterFile([
      row({ name: '重复甲', number: 'IMP-DUP-1' }),
      row({ name: '重复乙', number: 'IMP-DUP-1' }),
      row({ name: '重复丙', number: 'IMP-TAKEN-1' }),
      row({ name: '同人', idNumber, number: 'IMP-SAME-1' }),
      row({ name: '同人', idNumber, number: 'IMP-SAME-2', staffing: '参公' }),
    ]);
    const report = (await upload(file, true)).json<ImportReport>();
    expect(report.errors.map((e) => `${e.row}:${e.message.slice(0, 12)}`)).toEqual([
      '3:证件编号 IMP-DUP',
      '4:证件编号 IMP-TAK',
      '6:与第 5 行是同一人员（',
    ]);
    expect(taken.certificate!.number).toBe('IMP-TAKEN-1');
  });

  it('imports officers and certificates in one go: history, renewal deadlines and audit events', async () => {
    const idNumber = uniqueIdNumber();
    const file = await rosterFile([
      row({ name: '导入张', idNumber, number: 'IMP-OK-1', education: '本科' }),
      row({
        name: '导入张',
        idNumber,
        number: 'IMP-OK-2',
        education: '本科',
        kind: '行政执法监督证',
        categories: '',
      }),
      row({ name: '导入李', number: '', issuingAuthority: '', region: '', categories: '', issuedOn: '' }),
    ]);
    const res = await upload(file, false);
    expect(res.statusCode).toBe(201);
    expect(res.json<ImportReport>()).toMatchObject({ ok: true, officers: 2, certificates: 2, errors: [] });
    const [c] = await database.query<{ id: string; valid_until: string; kind: string }>(
      `SELECT id, valid_until::text, kind FROM certificates WHERE number = 'IMP-OK-1'`,
    );
    expect(c!.valid_until).toBe(addDays(addYears(addYears(today(), -1), 6), -1));
    expect((await deadlineQueries.forObject(database.db, 'certificate', c!.id)).map((d) => d.ruleId)).toEqual(
      ['certificate.renewal'],
    );
    const [e] = await database.query<{ kind: string; reason: string }>(
      'SELECT kind, reason FROM certificate_events WHERE certificate_id = $1',
      [c!.id],
    );
    expect(e).toEqual({ kind: 'imported', reason: '从名册导入（名册.xlsx 第 2 行）' });
    const actions = await database.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE action IN ('officer.created', 'certificate.issued', 'personnel.imported') AND payload->>'source' IS DISTINCT FROM 'x' ORDER BY id DESC LIMIT 5`,
    );
    expect(actions.map((a) => a.action).sort()).toEqual([
      'certificate.issued',
      'certificate.issued',
      'officer.created',
      'officer.created',
      'personnel.imported',
    ]);
    // Importing the same file again is refused: the numbers and the ID number are taken now.
    const again = (await upload(file, true)).json<ImportReport>();
    expect(again.ok).toBe(false);
  });

  it('offers the template and exports the roster with masked ID numbers, audited', async () => {
    const template = await keeper.get('/api/personnel/import-template.xlsx');
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-disposition']).toContain('filename*=UTF-8');
    const idNumber = uniqueIdNumber();
    await buildOfficer(database, { name: '导出甲', idNumber, certificate: 'valid' });
    const res = await keeper.get(`/api/personnel/export.xlsx?q=${encodeURIComponent('导出甲')}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const values = wb.worksheets[0]!.getRow(2).values as unknown[];
    expect(values).toContain('导出甲');
    expect(values).toContain(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(JSON.stringify(values)).not.toContain(idNumber);
    expect(await count(`audit_events WHERE action = 'personnel.exported'`)).toBeGreaterThan(0);
  });

  it('refuses a file that is not a workbook', async () => {
    const res = await upload(Buffer.from('not excel at all'), true);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ code: string }>().code).toBe('FILE_INVALID');
  });
});

describe(`warnings sweep (${testEngine()})`, () => {
  it('warns the holder and the roster keepers once, opens missing renewal deadlines, and flags short training in Q4', async () => {
    const holder = await buildActor(database, ['officer']);
    const keeperUser = await buildActor(database, ['legal_reviewer']);
    const { officer, certificate } = await buildOfficer(database, {
      userId: holder.user.id,
      certificate: 'valid',
      trainingHours: 10,
    });
    // Make it expire in 20 days, without a renewal deadline (as the demo seed leaves them).
    const validUntil = addDays(today(), 20);
    await database.query(
      'UPDATE certificates SET valid_until = $1, renewal_deadline_id = NULL WHERE id = $2',
      [validUntil, certificate!.id],
    );
    await database.query(`DELETE FROM deadlines WHERE object_id = $1`, [certificate!.id]);

    const now = new Date(`${today().slice(0, 4)}-11-20T02:00:00Z`);
    const first = await sweepPersonnel(database, { now: now > new Date() ? new Date() : now });
    expect(first.ran).toBe(true);
    expect(first.notifications).toBeGreaterThan(0);
    const mine = await database.query<{ title: string; dedupe_key: string }>(
      'SELECT title, dedupe_key FROM notifications WHERE user_id = $1',
      [holder.user.id],
    );
    expect(mine.map((n) => n.dedupe_key)).toContain(`personnel:expiry:${certificate!.id}:30`);
    expect(mine.find((n) => n.dedupe_key.startsWith('personnel:expiry'))!.title).toBe(
      `执法证件将于 ${validUntil} 到期：${officer.name}`,
    );
    const keeperNotes = await database.query<{ dedupe_key: string }>(
      'SELECT dedupe_key FROM notifications WHERE user_id = $1',
      [keeperUser.user.id],
    );
    expect(keeperNotes.map((n) => n.dedupe_key)).toContain(`personnel:expiry:${certificate!.id}:30`);
    expect(
      (await deadlineQueries.forObject(database.db, 'certificate', certificate!.id)).map((d) => d.status),
    ).toEqual(['open']);

    const second = await sweepPersonnel(database, { now: now > new Date() ? new Date() : now });
    expect(second.notifications).toBe(0);

    const inQ4 = await sweepPersonnel(database, { now: new Date(`${today().slice(0, 4)}-12-01T02:00:00Z`) });
    expect(inQ4.trainingShort).toBeGreaterThan(0);
    const training = await database.query<{ title: string }>(
      `SELECT title FROM notifications WHERE user_id = $1 AND dedupe_key LIKE 'personnel:training:%'`,
      [holder.user.id],
    );
    expect(training[0]!.title).toContain('年度培训学时不足：已完成 10 学时');
  });
});
