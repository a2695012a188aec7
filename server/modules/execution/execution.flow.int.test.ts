/**
 * Fines from decision to 结案 and 归档, through HTTP on a movable clock: the demo's simple-procedure fine payable at
 * the bank (due day rolled past rest days), finance alone recording payments (罚缴分离), a bank statement imported
 * and matched with the rest queued, on-the-spot collection with a finance receipt and the cash handed over and
 * banked, an ordinary-procedure fine through the surcharge (paused by a 行政复议), the 催告书 and the court
 * application, and the paid case closed, archived, sealed in the database and lent.
 *
 * The demo seed dates its records by the real date (its agreement, receipt books and the fine of 赵某某), so the clock
 * starts on the real day in Shanghai and only moves forward from there.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../common/contracts/cases.js';
import type {
  CashRow,
  ClosingView,
  FineRow,
  FineStats,
  FineView,
  StatementLineView,
} from '../../../common/contracts/execution.js';
import { idNumberCheckChar } from '../../../common/contracts/personnel.js';
import { addDays, todayInShanghai, type LocalDate } from '../../kernel/local-date.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildTestApp, loggedIn, type TestClient } from '../../test/http.js';
import { loadCalendar } from '../calendar/index.js';
import { decideAndDeliver, noticedCase, warningSignCase } from '../../test/case-driver.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/index.js';

let database: Database;
let app: FastifyInstance;
const as: Record<string, TestClient> = {};
const start = todayInShanghai(new Date());
let clock = new Date(`${start}T10:00:00+08:00`);
const setDay = (day: string, time = '10:00') => (clock = new Date(`${day}T${time}:00+08:00`));
const today = (): LocalDate => todayInShanghai(clock);

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database, { now: () => clock });
  await seedDemo(database);
  for (const u of ['zhangwei', 'liuyang', 'wangqiang', 'lina', 'zhaomin', 'sunjianguo', 'zhoujing', 'wuli'])
    as[u] = await loggedIn(app, u, DEMO_PASSWORD);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function userId(username: string): Promise<string> {
  return (await database.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]))[0]!
    .id;
}
async function ok(res: Promise<LightMyRequestResponse>, status = 200): Promise<LightMyRequestResponse> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r;
}
async function refused(res: Promise<LightMyRequestResponse>, code: string) {
  const r = await res;
  expect(r.json<{ code: string }>().code, r.body).toBe(code);
  expect(r.statusCode, r.body).toBeGreaterThanOrEqual(400);
  return r.json<{ code: string; message: string; basis?: string; rule?: string }>();
}
/** Both handlers declare that nobody inside the bureau intervened in the case (System 10's closing gate). */
async function declareNone(caseId: string) {
  for (const u of ['zhangwei', 'liuyang'])
    await ok(as[u]!.post(`/api/cases/${caseId}/interference-declarations`, { answer: 'none' }));
}
async function detail(id: string, c = as.zhangwei!) {
  return (await ok(c.get(`/api/cases/${id}`))).json<CaseDetail>();
}
async function fine(id: string, c = as.wuli!) {
  return (await ok(c.get(`/api/fines/${id}`))).json<FineView>();
}
async function calendar() {
  const s = await loadCalendar(database.db);
  return { calendar: s.calendar, options: s.options };
}
/** The 15-day period's last day, moved to the next working day when it is a rest day. */
async function rolledPastRestDays(day: LocalDate): Promise<LocalDate> {
  const c = await calendar();
  let d = day;
  while (!c.calendar.isWorkingDay(d, c.options)) d = addDays(d, 1);
  return d;
}
async function hazardousTypes() {
  return (await ok(as.zhangwei!.get('/api/violation-types?category=hazardous_chemicals'))).json<{
    items: { id: string; bands: { fineMinFen: number | null; fineMaxFen: number | null }[] }[];
  }>().items;
}

/** A 当场处罚决定书 for a natural person, optionally collected on the spot with a receipt of the officer's. */
async function simpleCase(formSerial: string, amountFen: number, receiptSerial: string | null, name: string) {
  const first17 = '15040219900101123';
  return {
    formSerial,
    title: '从业人员未按规定佩戴劳动防护用品案',
    category: 'hazardous_chemicals',
    party: {
      kind: 'natural',
      name,
      idKind: 'id_card',
      idNumber: first17 + idNumberCheckChar(first17),
      address: '赤峰市红山区演示小区5号楼',
      isMinor: false,
      limitedCapacity: false,
    },
    violationTypeId: (await hazardousTypes())[0]!.id,
    facts: `现场检查发现${name}在危险化学品装卸作业中未按规定佩戴劳动防护用品。`,
    actDate: today(),
    decidedAt: clock.toISOString(),
    place: '赤峰市红山区某危险化学品储存库',
    officerIds: [await userId('zhangwei'), await userId('liuyang')],
    penalty: { items: [{ kind: 'fine', amountFen }] },
    statement: '当事人未提出陈述、申辩',
    refusedToSign: false,
    collectedOnSpot: receiptSerial !== null,
    ...(receiptSerial ? { onSpot: { ground: 'small_amount', receiptSerial } } : {}),
  };
}

/**
 * An ordinary-procedure case against a company with a 5,000-yuan fine (below the hearing threshold), taken through
 * filing, investigation, the 告知书 (the party waives its statement), review and collective discussion where the
 * requirements ask for them, the decision (approved by 赵敏) and its delivery today.
 */
async function deliveredOrdinaryFine(title: string): Promise<string> {
  const id = await noticedCase({ database, as, now: () => clock, today }, warningSignCase(title, today()));
  await decideAndDeliver({ database, as, now: () => clock, today }, id, '孙某');
  return id;
}

describe(`fines, closing and archive (${testEngine()})`, () => {
  let demoFineId = '';
  let demoCaseId = '';
  let onSpotCaseId = '';
  let ordinaryCaseId = '';

  it('opens the demo fine payable at the bank, due fifteen days after delivery rolled past rest days', async () => {
    const page = (await ok(as.wuli!.get('/api/fines?q=CFDC000001'))).json<{ items: FineRow[] }>();
    const row = page.items.find((f) => f.decisionNo === 'CFDC000001')!;
    expect(row).toMatchObject({ procedure: 'simple', partyName: '赵某某', amountFen: 20_000 });
    demoFineId = row.id;
    demoCaseId = row.caseId;
    const f = (await ok(as.zhangwei!.get(`/api/cases/${demoCaseId}/fine`))).json<{ fine: FineView }>().fine;
    expect(f).toMatchObject({
      id: demoFineId,
      stage: 'due',
      outstandingFen: 20_000,
      overdue: false,
      onSpot: false,
      surchargeDeclared: true,
      separationBarred: true,
    });
    expect(f.dueOn).toBe(await rolledPastRestDays(addDays(f.deliveredOn as LocalDate, 15)));
    expect(f.dueOn).toBe(f.originalDueOn);
    expect(f.agreement?.bankName).toContain('农业银行');
    expect(f.surcharge).toMatchObject({ totalFen: 0, running: false });
    expect(f.deadlines.map((d) => d.ruleId)).toContain('penalty.payment');
    expect(f.abilities.recordPayment).toBe(false);
    const asFinance = await fine(demoFineId);
    expect(asFinance.separationBarred).toBe(false);
    expect(asFinance.abilities.recordPayment).toBe(true);
    expect(asFinance.abilities.collectOnSpot).toBe(false);
  });

  it('lets only finance record a payment, and never a finance user who handled the case (罚缴分离)', async () => {
    const payment = {
      source: 'bank',
      principalFen: 20_000,
      paidOn: today(),
      payer: '赵某某',
      reference: 'BK-MANUAL-1',
    };
    const officer = await as.zhangwei!.post(`/api/fines/${demoFineId}/payments`, payment);
    expect(officer.statusCode).toBe(403);
    expect(officer.json<{ code: string }>().code).toBe('FORBIDDEN');
    // The case officer also holding the finance role (a part-time cashier) is still refused.
    const zw = await userId('zhangwei');
    await database.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'finance')`, [zw]);
    try {
      const cashier = await loggedIn(app, 'zhangwei', DEMO_PASSWORD);
      const r = await cashier.post(`/api/fines/${demoFineId}/payments`, payment);
      expect(r.statusCode, r.body).toBe(403);
      const e = r.json<{ code: string; basis: string }>();
      expect(e.code).toBe('FINE_SEPARATION');
      expect(e.basis).toContain('第六十七条');
      const seen = await fine(demoFineId, cashier);
      expect(seen.separationBarred).toBe(true);
      expect(seen.abilities.recordPayment).toBe(false);
    } finally {
      await database.query(`DELETE FROM user_roles WHERE user_id = $1 AND role = 'finance'`, [zw]);
    }
    expect((await fine(demoFineId)).payments).toEqual([]);
  });

  it('imports a bank statement: the line with number, payer and amount pays the fine, the other is queued', async () => {
    setDay(addDays(start, 2));
    const day = today();
    const f0 = await fine(demoFineId);
    const csv =
      '缴款人,金额,日期,流水号,摘要\n' +
      `赵某某,200.00,${day},BK001,缴纳${f0.decisionNo}罚款\n` +
      `某某,99.00,${day},BK002,无文号\n`;
    const upload = () =>
      as.wuli!.request('POST', '/api/fine-statements?fileName=statement.csv', Buffer.from(csv, 'utf8'), {
        'content-type': 'application/octet-stream',
      });
    await refused(
      as.zhangwei!.request('POST', '/api/fine-statements?fileName=statement.csv', Buffer.from(csv, 'utf8'), {
        'content-type': 'application/octet-stream',
      }),
      'FORBIDDEN',
    );
    const r = (await ok(upload())).json<{
      statement: { matchedCount: number; unmatchedCount: number; lineCount: number; fileName: string };
      lines: StatementLineView[];
      errors: unknown[];
    }>();
    expect(r.errors).toEqual([]);
    expect(r.statement).toMatchObject({
      lineCount: 2,
      matchedCount: 1,
      unmatchedCount: 1,
      fileName: 'statement.csv',
    });
    const [first, second] = r.lines;
    expect(first).toMatchObject({ status: 'matched', obligationId: demoFineId, decisionNo: 'CFDC000001' });
    expect(second).toMatchObject({ status: 'unmatched', obligationId: null, amountFen: 9_900 });
    expect(second!.reasons.join()).toContain('未找到决定书文号');

    const paid = await fine(demoFineId);
    expect(paid).toMatchObject({ stage: 'paid', paidInFullOn: day, outstandingFen: 0, paidFen: 20_000 });
    expect(paid.payments).toHaveLength(1);
    expect(paid.payments[0]).toMatchObject({ source: 'bank', principalFen: 20_000, reference: 'BK001' });
    expect(paid.deadlines.find((d) => d.ruleId === 'penalty.payment')!.status).toBe('met');

    let desk = (await ok(as.wuli!.get('/api/fines/desk'))).json<{ unmatchedLines: StatementLineView[] }>();
    expect(desk.unmatchedLines.map((l) => l.id)).toContain(second!.id);
    await ok(
      as.wuli!.post(`/api/fine-statement-lines/${second!.id}/resolve`, { action: 'ignore', note: '非罚款' }),
    );
    desk = (await ok(as.wuli!.get('/api/fines/desk'))).json<{ unmatchedLines: StatementLineView[] }>();
    expect(desk.unmatchedLines.map((l) => l.id)).not.toContain(second!.id);
    await refused(
      as.wuli!.post(`/api/fine-statement-lines/${second!.id}/resolve`, { action: 'ignore', note: '再次' }),
      'FINE_STATE',
    );
    const again = await refused(upload(), 'FINE_STATEMENT');
    expect(again.message).toContain('已导入');
    expect((await fine(demoFineId)).payments).toHaveLength(1);
  });

  it('collects a fine of up to 100 yuan on the spot with a finance receipt; the cash reaches finance and the bank', async () => {
    const over = await refused(
      as.zhangwei!.post(
        '/api/simple-cases',
        await simpleCase('CFDC000002', 15_000, 'NMFM00000001', '钱某某'),
      ),
      'FINE_ON_SPOT',
    );
    expect(over.basis).toContain('第六十八条');
    expect(over.message).toContain('超过 100 元');
    const notMine = await refused(
      as.zhangwei!.post('/api/simple-cases', await simpleCase('CFDC000002', 5_000, 'NMFM00000051', '钱某某')),
      'FINE_RECEIPT',
    );
    expect(notMine.message).toContain('不是发放给您的');
    const created = await ok(
      as.zhangwei!.post('/api/simple-cases', await simpleCase('CFDC000002', 5_000, 'NMFM00000001', '钱某某')),
      201,
    );
    onSpotCaseId = created.json<{ id: string }>().id;
    const f = (await ok(as.zhangwei!.get(`/api/cases/${onSpotCaseId}/fine`))).json<{ fine: FineView }>().fine;
    expect(f).toMatchObject({ stage: 'paid', onSpot: true, outstandingFen: 0, paidInFullOn: today() });
    expect(f.payments[0]).toMatchObject({
      source: 'on_the_spot',
      principalFen: 5_000,
      receiptSerial: 'NMFM00000001',
      onSpotGround: 'small_amount',
    });
    expect(f.payments[0]!.cash).toMatchObject({
      handedOn: null,
      bankedOn: null,
      collectedOn: today(),
      late: false,
    });
    const reused = await refused(
      as.zhangwei!.post('/api/simple-cases', await simpleCase('CFDC000003', 5_000, 'NMFM00000001', '孙某某')),
      'FINE_RECEIPT',
    );
    expect(reused.message).toContain('NMFM00000001');

    const cashRow = async () =>
      (await ok(as.wuli!.get('/api/cash-handovers')))
        .json<{ items: CashRow[] }>()
        .items.find((x) => x.receiptSerial === 'NMFM00000001');
    const row = (await cashRow())!;
    expect(row).toMatchObject({
      caseId: onSpotCaseId,
      amountFen: 5_000,
      payer: '钱某某',
      handedOn: null,
      decisionNo: 'CFDC000002',
      late: false,
    });
    expect(row.handOverDueOn > today()).toBe(true);
    await refused(as.zhangwei!.get('/api/cash-handovers'), 'FORBIDDEN');
    await refused(
      as.wuli!.post(`/api/cash-handovers/${row.paymentId}/banked`, {
        bankedOn: today(),
        depositSlip: 'JK001',
      }),
      'FINE_STATE',
    );
    // Not handed over within two working days (第七十一条): late on the list and on the desk.
    setDay(addDays(row.handOverDueOn as LocalDate, 1));
    expect((await cashRow())!.late).toBe(true);
    const desk = (await ok(as.wuli!.get('/api/fines/desk'))).json<{ cash: CashRow[] }>();
    expect(desk.cash.find((x) => x.paymentId === row.paymentId)!.late).toBe(true);
    await ok(as.wuli!.post(`/api/cash-handovers/${row.paymentId}/received`, { handedOn: today() }));
    await refused(
      as.wuli!.post(`/api/cash-handovers/${row.paymentId}/received`, { handedOn: today() }),
      'FINE_STATE',
    );
    const handed = (await cashRow())!;
    expect(handed).toMatchObject({ handedOn: today(), late: true });
    expect(handed.bankDueOn! > today()).toBe(true);
    await ok(
      as.wuli!.post(`/api/cash-handovers/${row.paymentId}/banked`, {
        bankedOn: today(),
        depositSlip: 'JK001',
      }),
    );
    expect(await cashRow()).toBeUndefined();
    const banked = (await ok(as.zhangwei!.get(`/api/cases/${onSpotCaseId}/fine`))).json<{ fine: FineView }>()
      .fine;
    expect(banked.payments[0]!.cash).toMatchObject({
      handedOn: today(),
      bankedOn: today(),
      depositSlip: 'JK001',
      late: true,
    });
    const numbers = (await ok(as.zhangwei!.get('/api/receipt-numbers?mine=true'))).json<{
      items: { serial: string; status: string; decisionNo: string | null }[];
    }>().items;
    expect(numbers.find((n) => n.serial === 'NMFM00000001')).toMatchObject({
      status: 'used',
      decisionNo: 'CFDC000002',
    });
    expect(numbers.find((n) => n.serial === 'NMFM00000002')!.status).toBe('unused');
  });

  it('closes the paid case after filing back, archives it and seals the file; lends it with approval', async () => {
    setDay(addDays(today(), 1));
    let v = (await ok(as.zhangwei!.get(`/api/cases/${demoCaseId}/closing`))).json<ClosingView>();
    expect(v.ready).toBe(false);
    expect(v.readyReason).toContain('备案');
    await refused(
      as.zhangwei!.post(`/api/cases/${demoCaseId}/closing`, { reason: 'executed', note: '罚款已缴清' }),
      'CASE_CLOSING',
    );
    await ok(as.zhangwei!.post(`/api/cases/${demoCaseId}/file-back`, { filedOn: today() }));
    v = (await ok(as.zhangwei!.get(`/api/cases/${demoCaseId}/closing`))).json<ClosingView>();
    expect(v).toMatchObject({ ready: true, suggestedReason: 'executed' });
    expect(v.abilities.requestClosing).toBe(true);
    await refused(
      as.zhangwei!.post(`/api/cases/${demoCaseId}/closing`, { reason: 'terminated', note: '终结' }),
      'CASE_CLOSING',
    );
    // Each handler declares first whether anyone inside the bureau intervened (System 10, the closing gate).
    const gate = await refused(
      as.zhangwei!.post(`/api/cases/${demoCaseId}/closing`, { reason: 'executed', note: '罚款已缴清' }),
      'INTERFERENCE_DECLARATION',
    );
    expect(gate.message).toContain('张伟');
    await declareNone(demoCaseId);
    await ok(
      as.zhangwei!.post(`/api/cases/${demoCaseId}/closing`, {
        reason: 'executed',
        note: '罚款已通过代收银行缴清',
      }),
    );
    await refused(
      as.zhangwei!.post(`/api/cases/${demoCaseId}/closing`, { reason: 'executed', note: '重复申请' }),
      'CASE_STATE',
    );
    await refused(
      as.zhangwei!.post(`/api/cases/${demoCaseId}/closing/decision`, {
        decision: 'approve',
        opinion: '同意',
      }),
      'FORBIDDEN',
    );
    await ok(
      as.zhaomin!.post(`/api/cases/${demoCaseId}/closing/decision`, {
        decision: 'approve',
        opinion: '同意结案',
      }),
    );
    let c = await detail(demoCaseId);
    expect(c.status).toBe('closed');
    expect(c.documents.map((d) => d.kind)).toContain('closing_approval');
    v = (await ok(as.zhangwei!.get(`/api/cases/${demoCaseId}/closing`))).json<ClosingView>();
    expect(v.closures[0]).toMatchObject({ status: 'approved', reason: 'executed' });
    expect(v.closures[0]!.summary).toContain('缴清');

    await refused(as.zhangwei!.post(`/api/cases/${demoCaseId}/archive`, { retention: 'long' }), 'FORBIDDEN');
    await ok(as.lina!.post(`/api/cases/${demoCaseId}/archive`, { retention: 'long' }));
    c = await detail(demoCaseId);
    expect(c.status).toBe('archived');
    v = (await ok(as.lina!.get(`/api/cases/${demoCaseId}/closing`))).json<ClosingView>();
    expect(v.archive).toMatchObject({ retention: 'long', archivedOn: today() });
    expect(v.archive!.entries).toBeGreaterThanOrEqual(2);
    expect(v.archive!.manifestSm3).toMatch(/^[0-9a-f]{64}$/);

    // Nothing may be added to, changed in or taken from the sealed file, even in SQL.
    await expect(
      database.query(
        `INSERT INTO official_documents SELECT * FROM official_documents WHERE case_id = $1 LIMIT 1`,
        [demoCaseId],
      ),
    ).rejects.toThrow(/案卷已归档封存/);
    await expect(
      database.query(`UPDATE cases SET title = '篡改' WHERE id = $1`, [demoCaseId]),
    ).rejects.toThrow(/案卷已归档封存/);
    await expect(database.query(`DELETE FROM case_parties WHERE case_id = $1`, [demoCaseId])).rejects.toThrow(
      /案卷已归档封存/,
    );
    await expect(
      database.query(`UPDATE case_violations SET name = '篡改' WHERE case_id = $1`, [demoCaseId]),
    ).rejects.toThrow(/案卷已归档封存/);
    // official_documents and deliveries are append-only anyway: their own trigger refuses the deletion first.
    await expect(
      database.query(`DELETE FROM official_documents WHERE case_id = $1`, [demoCaseId]),
    ).rejects.toThrow(/案卷已归档封存|只增记录/);
    expect((await detail(demoCaseId)).title).toBe('从业人员未按规定佩戴劳动防护用品案');

    const pdf = await ok(as.lina!.get(`/api/cases/${demoCaseId}/archive.pdf`));
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    await refused(as.zhangwei!.get(`/api/cases/${demoCaseId}/archive.pdf`), 'FORBIDDEN');
    await refused(as.zhangwei!.get(`/api/cases/${demoCaseId}/archive-manifest.csv`), 'FORBIDDEN');
    await ok(
      as.zhangwei!.post(`/api/cases/${demoCaseId}/loans`, {
        purpose: '复查执法案卷',
        untilOn: addDays(today(), 14),
      }),
    );
    await refused(
      as.zhangwei!.post(`/api/cases/${demoCaseId}/loans`, {
        purpose: '再次借阅',
        untilOn: addDays(today(), 14),
      }),
      'CASE_STATE',
    );
    v = (await ok(as.sunjianguo!.get(`/api/cases/${demoCaseId}/closing`))).json<ClosingView>();
    const loan = v.loans[0]!;
    expect(loan).toMatchObject({ status: 'pending', canDecide: true });
    await refused(
      as.zhangwei!.post(`/api/case-loans/${loan.id}/decision`, { decision: 'approve', opinion: '同意' }),
      'FORBIDDEN',
    );
    await ok(
      as.sunjianguo!.post(`/api/case-loans/${loan.id}/decision`, {
        decision: 'approve',
        opinion: '同意借阅',
      }),
    );
    const lent = await ok(as.zhangwei!.get(`/api/cases/${demoCaseId}/archive.pdf`));
    expect(lent.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const csv = (await ok(as.zhangwei!.get(`/api/cases/${demoCaseId}/archive-manifest.csv`))).body;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toContain('SM3');
    expect(lines.length).toBe(v.archive!.entries + 2);
    expect(lines.at(-1)).toContain(v.archive!.manifestSm3);
  });

  it('refuses new evidence for the archived simple-procedure case with CASE_ARCHIVED, adding nothing', async () => {
    const before = await database.query('SELECT id FROM evidence_items WHERE case_id = $1', [demoCaseId]);
    const add = await as.zhangwei!.post(`/api/cases/${demoCaseId}/evidence`, {
      kind: 'documentary',
      title: '补充材料',
      collectedBy: [await userId('zhangwei'), await userId('liuyang')],
      collectedAt: clock.toISOString(),
      place: '局机关',
    });
    expect(add.statusCode, add.body).toBeGreaterThanOrEqual(400);
    expect(add.statusCode, add.body).toBeLessThan(500);
    expect(['CASE_ARCHIVED', 'CASE_STATE']).toContain(add.json<{ code: string }>().code);
    expect(
      await database.query('SELECT id FROM evidence_items WHERE case_id = $1', [demoCaseId]),
    ).toHaveLength(before.length);
  });

  it('approves instalments by a 负责人, moving the due day; the handler may not approve', async () => {
    const created = await ok(
      as.zhangwei!.post('/api/simple-cases', await simpleCase('CFDC000003', 15_000, null, '孙某某')),
      201,
    );
    const caseId = created.json<{ id: string }>().id;
    let f = (await ok(as.zhangwei!.get(`/api/cases/${caseId}/fine`))).json<{ fine: FineView }>().fine;
    expect(f).toMatchObject({ stage: 'due', onSpot: false, outstandingFen: 15_000, deferred: false });
    const originalDueOn = f.dueOn as LocalDate;
    const items = [
      { dueOn: addDays(originalDueOn, 10), amountFen: 7_500 },
      { dueOn: addDays(originalDueOn, 40), amountFen: 7_500 },
    ];
    const body = { kind: 'instalments', appliedOn: today(), reason: '当事人家庭经济确有困难', items };
    await refused(
      as.zhangwei!.post(`/api/fines/${f.id}/schedules`, {
        ...body,
        items: [items[0], { ...items[1], amountFen: 5_000 }],
      }),
      'VALIDATION_FAILED',
    );
    await ok(as.zhangwei!.post(`/api/fines/${f.id}/schedules`, body));
    f = await fine(f.id, as.zhaomin);
    expect(f.schedules[0]).toMatchObject({ status: 'pending', kind: 'instalments' });
    expect(f.abilities.decideSchedule).toBe(true);
    await refused(
      as.zhangwei!.post(`/api/fines/${f.id}/schedules/${f.schedules[0]!.id}/decision`, {
        decision: 'approve',
        opinion: '同意',
      }),
      'FORBIDDEN',
    );
    await ok(
      as.zhaomin!.post(`/api/fines/${f.id}/schedules/${f.schedules[0]!.id}/decision`, {
        decision: 'approve',
        opinion: '同意分两期缴纳',
      }),
    );
    f = await fine(f.id, as.zhaomin);
    expect(f).toMatchObject({ deferred: true, dueOn: items[0]!.dueOn, originalDueOn });
    expect(f.schedules[0]).toMatchObject({ status: 'approved' });
    expect(f.schedules[0]!.documentId).toBeTruthy();
    expect((await detail(caseId)).documents.map((d) => d.kind)).toContain('payment_deferral_decision');

    // The first instalment arrives at the bank: the amount of the next instalment matches automatically; another
    // partial amount is queued for finance.
    const csv =
      `缴款人,金额,日期,流水号,摘要\n孙某某,75.00,${today()},BK101,CFDC000003第一期\n` +
      `孙某某,10.00,${today()},BK102,CFDC000003\n`;
    const r = (
      await ok(
        as.wuli!.request('POST', '/api/fine-statements?fileName=statement-2.csv', Buffer.from(csv, 'utf8'), {
          'content-type': 'application/octet-stream',
        }),
      )
    ).json<{ lines: StatementLineView[] }>();
    expect(r.lines[0]).toMatchObject({ status: 'matched', amountFen: 7_500, obligationId: f.id });
    const line = r.lines[1]!;
    expect(line).toMatchObject({ status: 'unmatched', amountFen: 1_000 });
    expect(line.reasons.join()).toContain('不符');
    expect(line.suggestions.map((x) => x.obligationId)).toEqual([f.id]);
    await ok(
      as.wuli!.post(`/api/fine-statement-lines/${line.id}/resolve`, {
        action: 'ignore',
        note: '退回缴款人，另行缴纳',
      }),
    );
    f = await fine(f.id);
    expect(f).toMatchObject({ stage: 'due', paidFen: 7_500, outstandingFen: 7_500, dueOn: items[1]!.dueOn });
    expect(f.payments[0]).toMatchObject({ source: 'bank', principalFen: 7_500, reference: 'BK101' });
  });

  it('drives an ordinary fine: no on-the-spot collection, the surcharge paused by a challenge, 催告书 and court', async () => {
    setDay(addDays(today(), 1));
    ordinaryCaseId = await deliveredOrdinaryFine('涉嫌未设置危险化学品安全警示标志案');
    let f = (await ok(as.zhangwei!.get(`/api/cases/${ordinaryCaseId}/fine`))).json<{ fine: FineView }>().fine;
    const id = f.id;
    expect(f).toMatchObject({
      procedure: 'ordinary',
      stage: 'due',
      amountFen: 500_000,
      deliveredOn: today(),
    });
    expect(f.dueOn).toBe(await rolledPastRestDays(addDays(today(), 15)));
    expect(f.agreement).not.toBeNull();
    const onSpot = await refused(
      as.zhangwei!.post(`/api/fines/${id}/on-the-spot`, {
        ground: 'small_amount',
        receiptSerial: 'NMFM00000002',
        amountFen: 15_000,
        paidOn: today(),
        payer: '赤峰市某危化品经营有限公司',
      }),
      'FINE_ON_SPOT',
    );
    expect(onSpot.message).toContain('普通程序');
    await refused(as.zhangwei!.post(`/api/fines/${id}/demands`, {}), 'FINE_STATE');

    // Three days late: 3% a day of the fine.
    const due = f.dueOn as LocalDate;
    setDay(addDays(due, 3));
    f = await fine(id, as.zhangwei);
    expect(f).toMatchObject({ overdue: true, overdueDays: 3 });
    expect(f.surcharge).toMatchObject({ running: true, pausedNow: false, totalFen: 45_000 });
    expect(f.surcharge.firstStartOn).toBe(addDays(due, 1));

    // A 行政复议 from today: the surcharge is not counted while it is pending (第七十三条第三款).
    await ok(
      as.zhangwei!.post(`/api/fines/${id}/challenges`, { kind: 'reconsideration', startedOn: today() }),
    );
    f = await fine(id, as.zhangwei);
    expect(f.surcharge).toMatchObject({ running: false, pausedNow: true, totalFen: 30_000 });
    expect(f.abilities.issueDemand).toBe(false);
    await refused(as.zhangwei!.post(`/api/fines/${id}/demands`, {}), 'FINE_STATE');
    setDay(addDays(due, 20));
    await ok(
      as.zhangwei!.post(`/api/fines/${id}/challenges/${f.challenges[0]!.id}/end`, {
        endedOn: today(),
        result: 'upheld',
        outcome: '复议机关决定维持原行政处罚决定',
      }),
    );
    setDay(addDays(due, 25));
    f = await fine(id, as.zhangwei);
    // Late days due+1..due+25, of which due+3..due+20 paused: 7 days counted.
    expect(f.surcharge.lines[0]).toMatchObject({ days: 7, pausedDays: 18, surchargeFen: 105_000 });
    expect(f.surcharge).toMatchObject({ running: true, pausedNow: false, totalFen: 105_000 });
    expect(f.courtWindow).not.toBeNull();

    // The 催告书 is delivered on the last day of the challenge periods, so only the ten working days hold back.
    const w = f.courtWindow!;
    setDay(w.challengePeriodEndsOn);
    f = await fine(id, as.zhangwei);
    expect(f.surcharge).toMatchObject({ capped: true, totalFen: 500_000 });
    await refused(
      as.zhangwei!.post(`/api/fines/${id}/court-applications`, {
        court: '赤峰市红山区人民法院',
        appliedOn: today(),
      }),
      'FINE_COURT',
    );
    await ok(as.zhangwei!.post(`/api/fines/${id}/demands`, {}));
    f = await fine(id, as.zhangwei);
    expect(f.stage).toBe('demanded');
    expect(f.demands[0]).toMatchObject({ issuedOn: today(), surchargeFen: 500_000, deliveredOn: null });
    expect(f.demands[0]!.number).toBeTruthy();
    const deliveredOn = today();
    await ok(
      as.zhangwei!.post(`/api/fines/${id}/demands/${f.demands[0]!.id}/delivery`, {
        deliveredOn,
        method: '直接送达',
      }),
    );
    const c = await calendar();
    const ninth = c.calendar.addWorkingDays(deliveredOn, 9, c.options);
    const tenth = c.calendar.addWorkingDays(deliveredOn, 10, c.options);
    f = await fine(id, as.zhangwei);
    expect(f.demands[0]!.deliveredOn).toBe(deliveredOn);
    expect(f.courtWindow!.earliestAfterDemand).toBe(c.calendar.addWorkingDays(deliveredOn, 11, c.options));
    expect(f.demands[0]!.earliestCourtOn).toBe(f.courtWindow!.earliestAfterDemand);
    for (const [day, n] of [
      [ninth, 9],
      [tenth, 10],
    ] as const) {
      setDay(day);
      const early = await refused(
        as.zhangwei!.post(`/api/fines/${id}/court-applications`, {
          court: '赤峰市红山区人民法院',
          appliedOn: day,
        }),
        'FINE_COURT',
      );
      expect(early.message).toContain(`仅经过 ${n} 个工作日`);
      expect(early.basis).toContain('行政强制法');
    }
    f = await fine(id, as.zhangwei);
    const opensOn = f.courtWindow!.opensOn as LocalDate;
    expect(opensOn > tenth).toBe(true);
    expect(opensOn <= f.courtWindow!.closesOn).toBe(true);
    setDay(opensOn);
    await ok(
      as.zhangwei!.post(`/api/fines/${id}/court-applications`, {
        court: '赤峰市红山区人民法院',
        appliedOn: opensOn,
      }),
    );
    f = await fine(id, as.zhangwei);
    expect(f.stage).toBe('court_applied');
    const application = f.courtApplications[0]!;
    expect(application).toMatchObject({ principalFen: 500_000, surchargeFen: 500_000, ruling: null });
    expect((await detail(ordinaryCaseId)).documents.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['payment_demand', 'enforcement_application']),
    );
    setDay(addDays(opensOn, 7));
    await ok(
      as.zhangwei!.post(`/api/fines/${id}/court-applications/${application.id}/ruling`, {
        ruling: 'granted',
        rulingOn: today(),
        rulingNo: `（${today().slice(0, 4)}）内0402行审12号`,
      }),
    );
    expect((await fine(id, as.zhangwei)).stage).toBe('court_granted');
    setDay(addDays(opensOn, 30));
    await ok(
      as.zhangwei!.post(`/api/fines/${id}/court-applications/${application.id}/outcome`, {
        outcome: 'executed',
        outcomeOn: today(),
        note: '人民法院强制执行完毕',
      }),
    );
    f = await fine(id, as.zhangwei);
    expect(f.stage).toBe('executed');
    expect(f.courtApplications[0]).toMatchObject({ ruling: 'granted', outcome: 'executed' });
    const closing = (await ok(as.zhangwei!.get(`/api/cases/${ordinaryCaseId}/closing`))).json<ClosingView>();
    expect(closing).toMatchObject({ ready: true, suggestedReason: 'executed' });

    // Closed and archived: the API refuses new material, the database refuses any change to the file.
    await declareNone(ordinaryCaseId);
    await ok(
      as.zhangwei!.post(`/api/cases/${ordinaryCaseId}/closing`, {
        reason: 'executed',
        note: '经人民法院强制执行完毕',
      }),
    );
    await ok(
      as.zhaomin!.post(`/api/cases/${ordinaryCaseId}/closing/decision`, {
        decision: 'approve',
        opinion: '同意结案',
      }),
    );
    await ok(as.lina!.post(`/api/cases/${ordinaryCaseId}/archive`, { retention: 'permanent' }));
    const before = await database.query('SELECT id FROM evidence_items WHERE case_id = $1', [ordinaryCaseId]);
    const add = await refused(
      as.zhangwei!.post(`/api/cases/${ordinaryCaseId}/evidence`, {
        kind: 'documentary',
        title: '补充材料',
        collectedBy: [await userId('zhangwei'), await userId('liuyang')],
        collectedAt: clock.toISOString(),
        place: '局机关',
      }),
      'CASE_ARCHIVED',
    );
    expect(add.basis).toContain('第六十五条');
    expect(
      await database.query('SELECT id FROM evidence_items WHERE case_id = $1', [ordinaryCaseId]),
    ).toHaveLength(before.length);
    await expect(
      database.query(`INSERT INTO deliveries SELECT * FROM deliveries WHERE case_id = $1 LIMIT 1`, [
        ordinaryCaseId,
      ]),
    ).rejects.toThrow(/案卷已归档封存/);
    // Deliveries were append-only before the seal: that trigger (the first by name) refuses the deletion.
    await expect(
      database.query(`DELETE FROM deliveries WHERE case_id = $1`, [ordinaryCaseId]),
    ).rejects.toThrow(/案卷已归档封存|只增记录/);
    await expect(
      database.query(`UPDATE cases SET title = '篡改' WHERE id = $1`, [ordinaryCaseId]),
    ).rejects.toThrow(/案卷已归档封存/);
  });

  it('counts the year’s fines and keeps the audit chain intact', async () => {
    const year = Number(start.slice(0, 4));
    const s = (await ok(as.zhaomin!.get(`/api/fines/stats?year=${year}`))).json<FineStats>();
    expect(s.decidedCount).toBeGreaterThanOrEqual(2);
    expect(s.collectionRate).not.toBeNull();
    expect(s.collectionRate!).toBeGreaterThan(0);
    expect(s.collectionRate!).toBeLessThanOrEqual(1);
    expect(s.onSpotCount).toBeGreaterThanOrEqual(1);
    expect(s.receiptsUsed).toBeGreaterThanOrEqual(1);
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });
});
