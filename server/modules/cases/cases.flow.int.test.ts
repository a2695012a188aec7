import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { CaseDetail } from '../../../common/contracts/cases.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sm3Hex } from '../../platform/crypto/sm.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildTestApp, loggedIn, type TestClient } from '../../test/http.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/index.js';
import { usccCheckChar } from '../../../common/uscc.js';

let database: Database;
let app: FastifyInstance;
const as: Record<string, TestClient> = {};
let units: Map<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  // The app first: it resolves the field key the demo seed then encrypts with (as server/main.ts does).
  app = await buildTestApp(database);
  await seedDemo(database);
  for (const u of ['zhangwei', 'liuyang', 'wangqiang', 'zhaomin', 'lina', 'zhoujing', 'wuli'])
    as[u] = await loggedIn(app, u, DEMO_PASSWORD);
  const rows = await database.query<{ id: string; code: string }>('SELECT id, code FROM org_units');
  units = new Map(rows.map((r) => [r.code, r.id]));
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const now = () => new Date().toISOString();
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const daysAgo = (n: number) =>
  new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

async function userId(username: string): Promise<string> {
  return (await database.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]))[0]!
    .id;
}

async function hazardousViolation(c: TestClient) {
  const list = c.get('/api/violation-types?category=hazardous_chemicals');
  const items = (await list).json<{
    items: { id: string; bands: { level: string; fineMinFen: number | null; fineMaxFen: number | null }[] }[];
  }>().items;
  const withBands =
    items.find((v) => v.bands.some((b) => b.fineMaxFen !== null && b.fineMaxFen >= 6_000_000)) ?? items[0]!;
  return withBands;
}

async function detail(c: TestClient, id: string) {
  const r = await c.get(`/api/cases/${id}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<CaseDetail>();
}

async function ok(res: Promise<LightMyRequestResponse>, status = 200): Promise<LightMyRequestResponse> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r;
}

describe(`penalty case, ordinary procedure (${testEngine()})`, () => {
  let caseId = '';

  it('files a case from a source through two approval levels with a gap-free number', async () => {
    const src = await ok(
      as.zhangwei!.post('/api/case-sources', {
        kind: 'inspection',
        receivedOn: today(),
        subjectName: '赤峰市某化工有限公司',
        summary: '检查发现未按规定对重大危险源进行监测监控',
        unitId: units.get('WHK'),
      }),
      201,
    );
    const sourceId = src.json<{ id: string }>().id;
    const base = {
      sourceId,
      title: '涉嫌未对重大危险源采取安全措施案',
      category: 'hazardous_chemicals',
      actDate: daysAgo(20),
      discoveredOn: daysAgo(2),
      facts: '经检查，该公司储罐区重大危险源未设置监测监控系统。',
      opinion: '建议立案调查',
    };
    const one = await as.zhangwei!.post('/api/cases', { ...base, officerIds: [await userId('zhangwei')] });
    expect(one.statusCode).toBe(400);
    expect(one.body).toContain('第四十二条');
    const expired = await as.zhangwei!.post('/api/cases', {
      ...base,
      actDate: '2020-01-01',
      officerIds: [await userId('zhangwei'), await userId('liuyang')],
    });
    expect(expired.statusCode).toBe(422);
    expect(expired.json<{ code: string }>().code).toBe('CASE_LIMITATION_EXPIRED');
    expect(expired.json<{ basis: string }>().basis).toContain('第三十六条');

    const created = await ok(
      as.zhangwei!.post('/api/cases', {
        ...base,
        officerIds: [await userId('zhangwei'), await userId('liuyang')],
      }),
      201,
    );
    caseId = created.json<{ id: string }>().id;
    let c = await detail(as.wangqiang!, caseId);
    expect(c.status).toBe('filing_review');
    const self = await as.zhangwei!.post(`/api/cases/${caseId}/approvals/${c.pendingApprovals[0]!.id}`, {
      decision: 'approve',
      opinion: '同意',
    });
    expect(self.statusCode).toBe(403);
    await ok(
      as.wangqiang!.post(`/api/cases/${caseId}/approvals/${c.pendingApprovals[0]!.id}`, {
        decision: 'approve',
        opinion: '同意立案',
      }),
    );
    c = await detail(as.zhaomin!, caseId);
    expect(c.abilities.approveFiling).toBe(true);
    await ok(
      as.zhaomin!.post(`/api/cases/${caseId}/approvals/${c.pendingApprovals[0]!.id}`, {
        decision: 'approve',
        opinion: '同意',
      }),
    );
    c = await detail(as.zhangwei!, caseId);
    expect(c.status).toBe('investigating');
    expect(c.caseNo).toMatch(/^赤应急罚〔\d{4}〕\d+号$/);
    expect(c.deadlines.map((d: { ruleId: string }) => d.ruleId)).toContain('penalty.decision');
    expect(c.documents.map((d: { kind: string }) => d.kind)).toEqual(['filing_approval']);
  });

  it('records parties, violations, recusal, evidence with a streamed file, and an inquiry record', async () => {
    const bad = await as.zhangwei!.post(`/api/cases/${caseId}/parties`, {
      kind: 'legal_person',
      name: '赤峰市某化工有限公司',
      idKind: 'uscc',
      idNumber: '911504001234567890',
    });
    expect(bad.json<{ code: string }>().code).toBe('CASE_ID_NUMBER_INVALID');
    const first17 = '91150402MA0QCFXG4';
    await ok(
      as.zhangwei!.post(`/api/cases/${caseId}/parties`, {
        kind: 'legal_person',
        name: '赤峰市某化工有限公司',
        idKind: 'uscc',
        idNumber: first17 + usccCheckChar(first17),
        address: '赤峰市红山区某路1号',
        legalRep: '王某',
      }),
      201,
    );
    const stored = await database.query<{ id_number_cipher: string; id_number_masked: string }>(
      'SELECT id_number_cipher, id_number_masked FROM case_parties',
    );
    expect(stored[0]!.id_number_cipher).not.toContain(first17);
    expect(stored[0]!.id_number_masked).toMatch(/^9115\*+/);
    const v = await hazardousViolation(as.zhangwei!);
    await ok(
      as.zhangwei!.post(`/api/cases/${caseId}/violations`, { violationTypeId: v.id, circumstances: '' }),
      201,
    );
    const noRecusal = await as.zhangwei!.post(`/api/cases/${caseId}/evidence`, {
      kind: 'documentary',
      title: '营业执照复印件',
      collectedBy: [await userId('zhangwei')],
      collectedAt: now(),
      place: '该公司办公室',
    });
    expect(noRecusal.statusCode).toBe(422);
    expect(noRecusal.json<{ code: string }>().code).toBe('CASE_RECUSAL_PENDING');
    await ok(as.zhangwei!.post(`/api/cases/${caseId}/recusal`, { conflict: false, note: '' }));
    await ok(as.liuyang!.post(`/api/cases/${caseId}/recusal`, { conflict: false, note: '' }));
    const ev = await ok(
      as.zhangwei!.post(`/api/cases/${caseId}/evidence`, {
        kind: 'audiovisual',
        title: '现场检查执法记录仪视频',
        collectedBy: [await userId('zhangwei'), await userId('liuyang')],
        collectedAt: now(),
        place: '储罐区',
        step: 'inspection',
      }),
      201,
    );
    const evidenceId = ev.json<{ id: string }>().id;
    const bytes = Buffer.alloc(300_000, 7);
    const up = await ok(
      as.zhangwei!.request(
        'PUT',
        `/api/cases/${caseId}/evidence/${evidenceId}/files?isAv=true&deviceNo=DSJ-01`,
        bytes,
        {
          'content-type': 'application/octet-stream',
          'x-file-name': encodeURIComponent('现场.mp4'),
        },
      ),
      201,
    );
    const fileId = up.json<{ id: string }>().id;
    const c = await detail(as.zhangwei!, caseId);
    const file = c.evidence.find((e: { id: string }) => e.id === evidenceId)!.files[0];
    expect(file).toMatchObject({ size: bytes.length, sm3: sm3Hex(bytes), isAv: true, fileName: '现场.mp4' });
    const part = await as.zhangwei!.request('GET', `/api/cases/${caseId}/files/${fileId}`, undefined, {
      range: 'bytes=0-9',
    });
    expect(part.statusCode).toBe(206);
    expect(part.rawPayload.length).toBe(10);
    await ok(
      as.zhangwei!.post(`/api/cases/${caseId}/inquiries`, {
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        endedAt: now(),
        place: '该公司会议室',
        personName: '王某',
        personRole: '当事人法定代表人',
        inquirerId: await userId('zhangwei'),
        recorderId: await userId('liuyang'),
        qa: [{ q: '储罐区是否设置了监测监控系统？', a: '没有设置。' }],
      }),
      201,
    );
  });

  it('refuses a penalty raised after the defence, a decision without the required legal review, and a reviewer who handled the case', async () => {
    await ok(
      as.zhangwei!.post(`/api/cases/${caseId}/report`, {
        outcome: 'penalty',
        penalty: { items: [{ kind: 'fine', amountFen: 6_000_000 }] },
        facts: '该公司储罐区构成重大危险源，未设置监测监控系统。',
        reasons: '违反安全生产法规定，依法应予处罚。',
        flags: { majorPublicInterest: false, majorRights: false, complex: false, otherLaw: false },
        departureReason: '情节较重，按较重档次处罚',
      }),
    );
    let c = await detail(as.wangqiang!, caseId);
    expect(c.status).toBe('report_review');
    expect(c.requirements.hearing.eligible).toBe(true);
    expect(c.requirements.legalReview.required).toBe(true);
    await ok(
      as.wangqiang!.post(`/api/cases/${caseId}/approvals/${c.pendingApprovals[0]!.id}`, {
        decision: 'approve',
        opinion: '同意',
      }),
    );
    await ok(as.zhangwei!.post(`/api/cases/${caseId}/notice`), 201);
    c = await detail(as.zhangwei!, caseId);
    const notice = c.documents.find((d: { kind: string }) => d.kind === 'penalty_notice');
    expect(notice!.number).toBe(c.caseNo!.replace('罚', '告'));
    await ok(
      as.zhangwei!.post(`/api/cases/${caseId}/notice/delivery`, {
        method: 'direct',
        recipient: '王某',
        deliveredAt: now(),
        witnesses: [],
      }),
    );
    const early = await as.zhangwei!.post(`/api/cases/${caseId}/close-defence`);
    expect(early.statusCode).toBe(422);
    expect(early.json<{ code: string }>().code).toBe('CASE_DEFENCE_PENDING');
    const stId = (
      await ok(
        as.zhangwei!.post(`/api/cases/${caseId}/statements`, {
          kind: 'statement',
          receivedOn: today(),
          channel: 'written',
          content: '我公司已开始整改，请求从轻处罚。',
        }),
        201,
      )
    ).json<{ id: string }>().id;
    const raised = await as.zhangwei!.post(`/api/cases/${caseId}/statements/review`, {
      statementId: stId,
      result: 'not_adopted',
      reason: '理由不成立',
      penalty: { items: [{ kind: 'fine', amountFen: 7_000_000 }] },
    });
    expect(raised.statusCode).toBe(422);
    expect(raised.json<{ code: string }>().code).toBe('CASE_PENALTY_RAISED');
    expect(raised.json<{ basis: string }>().basis).toContain('第四十五条');
    const raisedByHead = await as.wangqiang!.post(`/api/cases/${caseId}/proposal`, {
      penalty: { items: [{ kind: 'fine', amountFen: 6_000_001 }] },
      reason: '加重',
    });
    expect(raisedByHead.json<{ code: string }>().code).toBe('CASE_PENALTY_RAISED');
    await ok(
      as.zhangwei!.post(`/api/cases/${caseId}/statements/review`, {
        statementId: stId,
        result: 'not_adopted',
        reason: '整改不影响违法事实的认定',
      }),
    );
    await ok(
      as.zhangwei!.post(`/api/cases/${caseId}/hearing-response`, {
        response: 'waived',
        receivedOn: today(),
        note: '书面放弃',
      }),
    );
    await ok(as.zhangwei!.post(`/api/cases/${caseId}/close-defence`));
    const noReview = await as.zhangwei!.post(`/api/cases/${caseId}/decision-request`, {
      opinion: '建议处罚',
      performance: '自收到本决定书之日起十五日内缴纳',
      reconsiderationBody: '赤峰市人民政府',
      court: '赤峰市红山区人民法院',
    });
    expect(noReview.statusCode).toBe(422);
    expect(noReview.json<{ code: string }>().code).toBe('CASE_LEGAL_REVIEW_REQUIRED');
    expect(noReview.json<{ basis: string }>().basis).toContain('第五十八条');
    await ok(as.zhangwei!.post(`/api/cases/${caseId}/legal-review`, { materialsNote: '材料齐全' }));
    const checklist = ['body', 'procedure', 'facts', 'law', 'authority', 'documents', 'crime'].map((key) => ({
      key,
      ok: true,
      note: '',
    }));
    // The creator of the case (an officer holding the reviewer role too) may not review it.
    await database.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'legal_reviewer')`, [
      await userId('zhangwei'),
    ]);
    const handler = await loggedIn(app, 'zhangwei', DEMO_PASSWORD);
    const own = await handler.post(`/api/cases/${caseId}/legal-review/opinion`, {
      opinion: 'agree',
      checklist,
      reasons: '同意',
    });
    expect(own.statusCode).toBe(422);
    expect(own.json<{ code: string }>().code).toBe('CASE_REVIEWER_HANDLED');
    await database.query(`DELETE FROM user_roles WHERE user_id = $1 AND role = 'legal_reviewer'`, [
      await userId('zhangwei'),
    ]);
    await ok(
      as.lina!.post(`/api/cases/${caseId}/legal-review/opinion`, {
        opinion: 'agree',
        checklist,
        reasons: '事实清楚，证据充分，同意',
      }),
    );
  });

  it('decides after the collective discussion and delivers the decision; the audit chain verifies', async () => {
    const req = {
      opinion: '建议处罚',
      performance: '自收到本决定书之日起十五日内缴纳',
      reconsiderationBody: '赤峰市人民政府',
      court: '赤峰市红山区人民法院',
    };
    let c = await detail(as.zhaomin!, caseId);
    if (c.requirements.collective.required) {
      const r = await as.zhangwei!.post(`/api/cases/${caseId}/decision-request`, req);
      expect(r.json<{ code: string }>().code).toBe('CASE_COLLECTIVE_REQUIRED');
      await ok(
        as.zhaomin!.post(`/api/cases/${caseId}/collective`, {
          heldAt: now(),
          place: '局三楼会议室',
          chairId: await userId('sunjianguo'),
          recorderName: '刘洋',
          participants: [
            { name: '孙建国', title: '局长', opinion: '同意', dissent: false },
            { name: '赵敏', title: '副局长', opinion: '同意', dissent: false },
            { name: '李娜', title: '政策法规科', opinion: '同意', dissent: false },
          ],
          minutes: '与会人员一致同意拟处罚意见。',
          conclusion: 'agree',
        }),
      );
    }
    await ok(as.zhangwei!.post(`/api/cases/${caseId}/decision-request`, req));
    c = await detail(as.zhaomin!, caseId);
    const pending = c.pendingApprovals.find((p: { kind: string }) => p.kind === 'decision');
    await ok(
      as.zhaomin!.post(`/api/cases/${caseId}/approvals/${pending!.id}`, {
        decision: 'approve',
        opinion: '同意',
      }),
    );
    c = await detail(as.zhangwei!, caseId);
    expect(c.status).toBe('decided');
    expect(c.decisionNo).toBe(c.caseNo);
    const rules = c.deadlines.map((d: { ruleId: string }) => d.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['penalty.service-absent', 'publication.penalty-decision']));
    const noConsent = await as.zhangwei!.post(`/api/cases/${caseId}/deliveries`, {
      method: 'electronic',
      recipient: '王某',
      deliveredAt: now(),
      eAddress: 'a@b.cn',
      witnesses: [],
    });
    expect(noConsent.json<{ code: string }>().code).toBe('CASE_DELIVERY');
    expect(noConsent.json<{ basis: string }>().basis).toContain('第六十一条');
    await ok(
      as.zhangwei!.post(`/api/cases/${caseId}/deliveries`, {
        method: 'direct',
        recipient: '王某',
        deliveredAt: now(),
        witnesses: [],
      }),
    );
    c = await detail(as.zhangwei!, caseId);
    expect(c.status).toBe('delivered');
    const decision = c.documents.find((d: { kind: string }) => d.kind === 'penalty_decision');
    const pdf = await as.zhangwei!.get(`/api/cases/${caseId}/documents/${decision!.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expect(sm3Hex(pdf.rawPayload)).toBe(decision!.pdfSm3);
    const timeline = (await ok(as.zhangwei!.get(`/api/cases/${caseId}/timeline`))).json<{
      items: { action: string }[];
    }>().items;
    expect(timeline.map((t) => t.action)).toEqual(
      expect.arrayContaining(['case.filed', 'case.notice-issued', 'case.decided', 'case.delivered']),
    );
    const verify = await verifyAuditChain(database);
    expect(verify.ok).toBe(true);
  });

  it('hides the case from roles outside its scope', async () => {
    expect((await as.wuli!.get(`/api/cases/${caseId}`)).statusCode).toBe(403);
    expect((await as.zhoujing!.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    const list = (await ok(as.zhangwei!.get('/api/cases?mine=true'))).json<{ total: number }>();
    expect(list.total).toBeGreaterThan(0);
  });
});

describe(`penalty case, simple procedure (${testEngine()})`, () => {
  it('decides on the spot on an allocated form and refuses a fine above the limit', async () => {
    await ok(
      as.lina!.post('/api/form-books', {
        prefix: 'DC',
        firstNo: 1,
        lastNo: 5,
        holderId: await userId('zhangwei'),
        note: '',
      }),
      201,
    );
    const taken = await as.lina!.post('/api/form-books', {
      prefix: 'DC',
      firstNo: 5,
      lastNo: 6,
      holderId: await userId('zhangwei'),
      note: '',
    });
    expect(taken.json<{ code: string }>().code).toBe('FORM_RANGE_TAKEN');
    const v = await hazardousViolation(as.zhangwei!);
    const body = {
      formSerial: 'DC000001',
      title: '未按规定佩戴劳动防护用品案',
      category: 'hazardous_chemicals',
      party: {
        kind: 'natural',
        name: '李某',
        idKind: 'id_card',
        idNumber: '150402199001011234',
        isMinor: false,
        limitedCapacity: false,
      },
      violationTypeId: v.id,
      facts: '现场检查发现李某未按规定佩戴劳动防护用品。',
      actDate: today(),
      decidedAt: now(),
      place: '某厂区',
      officerIds: [await userId('zhangwei'), await userId('liuyang')],
      penalty: { items: [{ kind: 'fine', amountFen: 20_001 }] },
      statement: '',
      refusedToSign: false,
      collectedOnSpot: false,
    };
    const { idNumberCheckChar } = await import('../../../common/contracts/personnel.js');
    body.party.idNumber = '15040219900101123' + idNumberCheckChar('15040219900101123');
    const over = await as.zhangwei!.post('/api/simple-cases', body);
    expect(over.statusCode).toBe(422);
    expect(over.json<{ code: string }>().code).toBe('CASE_SIMPLE_LIMIT');
    expect(over.json<{ basis: string }>().basis).toContain('第五十一条');
    const created = await ok(
      as.zhangwei!.post('/api/simple-cases', {
        ...body,
        penalty: { items: [{ kind: 'fine', amountFen: 20_000 }] },
      }),
      201,
    );
    const id = created.json<{ id: string }>().id;
    const c = await detail(as.zhangwei!, id);
    expect(c).toMatchObject({ procedure: 'simple', status: 'delivered', formSerial: 'DC000001' });
    expect(c.documents[0]!.kind).toBe('on_the_spot_decision');
    const again = await as.zhangwei!.post('/api/simple-cases', {
      ...body,
      penalty: { items: [{ kind: 'warning' }] },
    });
    expect(again.json<{ code: string }>().code).toBe('FORM_NUMBER_STATE');
    await ok(as.zhangwei!.post(`/api/cases/${id}/file-back`, { filedOn: today() }));
    await ok(
      as.zhangwei!.post('/api/form-numbers/DC000002/status', { status: 'void', reason: '填写错误作废' }),
    );
    const books = (await ok(as.zhangwei!.get('/api/form-books'))).json<{
      items: { counts: Record<string, number> }[];
    }>().items;
    expect(books[0]!.counts).toEqual({ allocated: 3, issued: 1, void: 1, lost: 0 });
  });
});
