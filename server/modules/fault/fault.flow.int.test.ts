/**
 * Fault liability through HTTP on a movable clock, on the demo bureau: a 复议 that revokes a fine decision opens a
 * lead by itself; 纪检 open the investigation (two investigators, 回避 enforced), take a 调查笔录, get the 第九条
 * allocation proposed from the case's approval trail, find (override only with a reason, E2 only with a collective
 * record), inform and hear; the 主要负责人 decides (never heavier than told); the notice is served (late only with
 * a reason); 复核 on day 31 is refused; the 复核 never worsens; the files, documents, statistics and the repeated
 * fault (第八条第二项) of a second matter.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AllocationView,
  FaultStats,
  MatterSummary,
  MatterView,
} from '../../../common/contracts/fault.js';
import type { FineView } from '../../../common/contracts/execution.js';
import { addDays, todayInShanghai, type LocalDate } from '../../kernel/local-date.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import type { Database } from '../../platform/db/database.js';
import { decideAndDeliver, noticedCase, warningSignCase } from '../../test/case-driver.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildTestApp, loggedIn, type TestClient } from '../../test/http.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/index.js';

let database: Database;
let app: FastifyInstance;
const as: Record<string, TestClient> = {};
const start = todayInShanghai(new Date());
let clock = new Date(`${start}T10:00:00+08:00`);
const setDay = (day: string) => (clock = new Date(`${day}T10:00:00+08:00`));
const today = (): LocalDate => todayInShanghai(clock);
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database, { now: () => clock });
  await seedDemo(database);
  for (const u of [
    'zhangwei',
    'liuyang',
    'wangqiang',
    'lina',
    'zhaomin',
    'sunjianguo',
    'zhoujing',
    'majun',
    'wuli',
  ]) {
    as[u] = await loggedIn(app, u, DEMO_PASSWORD);
    ids[u] = (await database.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [u]))[0]!.id;
  }
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
async function refused(res: Promise<LightMyRequestResponse>, code: string) {
  const r = await res;
  expect(r.json<{ code: string }>().code, r.body).toBe(code);
  expect(r.statusCode, r.body).toBeGreaterThanOrEqual(400);
  return r.json<{ code: string; message: string; basis?: string }>();
}
const matter = async (id: string, who = 'zhoujing') =>
  (await ok(as[who]!.get(`/api/fault/matters/${id}`))).json<MatterView>();

async function revokedFineCase(): Promise<{ caseId: string; matterId: string }> {
  const caseId = await noticedCase(
    { database, as, now: () => clock, today },
    warningSignCase('涉嫌未设置危险化学品安全警示标志案', today()),
  );
  await decideAndDeliver({ database, as, now: () => clock, today }, caseId, '孙某');
  const f = (await ok(as.zhangwei!.get(`/api/cases/${caseId}/fine`))).json<{ fine: FineView }>().fine;
  await ok(
    as.zhangwei!.post(`/api/fines/${f.id}/challenges`, { kind: 'reconsideration', startedOn: today() }),
  );
  const ch = (await ok(as.zhangwei!.get(`/api/fines/${f.id}`))).json<FineView>().challenges[0]!;
  // The result is required now: without it the record is refused and nothing changes.
  await refused(
    as.zhangwei!.post(`/api/fines/${f.id}/challenges/${ch.id}/end`, { endedOn: today(), outcome: '撤销' }),
    'VALIDATION_FAILED',
  );
  await ok(
    as.zhangwei!.post(`/api/fines/${f.id}/challenges/${ch.id}/end`, {
      endedOn: today(),
      result: 'revoked',
      outcome: '复议机关以主要事实不清、证据不足为由撤销原行政处罚决定',
    }),
  );
  const list = (await ok(as.zhoujing!.get(`/api/fault/matters?caseId=${caseId}`))).json<{
    items: MatterSummary[];
  }>();
  expect(list.items).toHaveLength(1);
  return { caseId, matterId: list.items[0]!.id };
}

describe(`fault liability (${testEngine()})`, () => {
  let caseId = '';
  let matterId = '';

  it('opens a lead by itself when a 复议 revokes the decision, linked to the challenge, for 纪检 to triage', async () => {
    ({ caseId, matterId } = await revokedFineCase());
    const m = await matter(matterId);
    expect(m).toMatchObject({ source: 'reconsideration', stage: 'lead', autoCreated: true, caseId });
    expect(m.sourceRef?.kind).toBe('challenge');
    expect(m.no).toMatch(/^赤应急过错线〔\d{4}〕1号$/);
    expect(m.subjects.map((s) => s.name).sort()).toEqual(['刘洋', '张伟']);
    expect(m.abilities.triage).toBe(true);
    const todos = await database.query<{ title: string }>(
      'SELECT title FROM notifications WHERE user_id = $1',
      [ids.majun],
    );
    expect(todos.map((t) => t.title).join()).toContain(m.no);
    // A handler under investigation sees his own matter; finance and the legal section do not.
    expect((await matter(matterId, 'zhangwei')).abilities.selfService).toBe(false);
    expect((await as.wuli!.get(`/api/fault/matters/${matterId}`)).statusCode).toBe(404);
    expect((await as.lina!.get('/api/fault/matters')).statusCode).toBe(403);
  });

  it('triages with two investigators off the case trail (回避) and takes a 调查笔录 with two present', async () => {
    const base = { decision: 'investigate', decidedOn: today(), reason: '复议撤销，需查明过错责任' };
    const subjectIds = [ids.zhangwei, ids.liuyang];
    await refused(
      as.zhoujing!.post(`/api/fault/matters/${matterId}/triage`, {
        ...base,
        investigatorIds: [ids.zhoujing],
        subjectIds,
      }),
      'VALIDATION_FAILED',
    );
    const approver = await refused(
      as.zhoujing!.post(`/api/fault/matters/${matterId}/triage`, {
        ...base,
        investigatorIds: [ids.zhoujing, ids.zhaomin],
        subjectIds,
      }),
      'FAULT_RECUSAL',
    );
    expect(approver.message).toContain('赵敏');
    await refused(
      as.zhoujing!.post(`/api/fault/matters/${matterId}/triage`, {
        ...base,
        investigatorIds: [ids.zhoujing, ids.zhangwei],
        subjectIds,
      }),
      'FAULT_RECUSAL',
    );
    await refused(
      as.zhaomin!.post(`/api/fault/matters/${matterId}/triage`, {
        ...base,
        investigatorIds: [ids.zhoujing, ids.majun],
        subjectIds,
      }),
      'FORBIDDEN',
    );
    await ok(
      as.zhoujing!.post(`/api/fault/matters/${matterId}/triage`, {
        ...base,
        investigatorIds: [ids.zhoujing, ids.majun],
        subjectIds,
      }),
    );
    const m = await matter(matterId);
    expect(m.stage).toBe('investigating');
    expect(m.investigationDueOn! > addDays(today(), 170)).toBe(true);
    await ok(
      as.zhoujing!.post(`/api/fault/matters/${matterId}/inquiries`, {
        personId: ids.zhangwei,
        heldAt: clock.toISOString(),
        place: '纪检监察组谈话室',
        investigatorIds: [ids.zhoujing, ids.majun],
        content:
          '问：案件调查报告中认定的事实是否经过核实？答：仓库警示标志情况系根据企业口头介绍填写，未到现场逐一核实。',
      }),
      201,
    );
    expect((await matter(matterId)).inquiries).toHaveLength(1);
  });

  it('proposes the 第九条 allocation from the approval trail; misreporting defeats the approvers’ main share', async () => {
    const plain = (
      await ok(as.zhoujing!.post(`/api/fault/matters/${matterId}/allocation`, {}))
    ).json<AllocationView>();
    expect(plain.approvalRequired).toBe(true);
    expect(plain.shares.map((s) => `${s.name}:${s.level}:${s.rule}`)).toEqual([
      '王强:main:R3',
      '赵敏:main:R3',
    ]);
    expect(plain.trail.map((t) => t.role)).toEqual(
      expect.arrayContaining(['handler', 'reviewer', 'approver']),
    );
    expect(plain.proposals[0]!.bySuperior).toBe(false);
    const misreported = (
      await ok(
        as.zhoujing!.post(`/api/fault/matters/${matterId}/allocation`, { misreportedBy: [ids.zhangwei] }),
      )
    ).json<AllocationView>();
    expect(misreported.shares.map((s) => `${s.name}:${s.role}:${s.level}:${s.rule}`)).toEqual([
      '张伟:handler:main:R1',
      '王强:section_head:some:R1',
    ]);
  });

  it('refuses a finding that departs from the proposal without a reason, or claims 集体讨论 without its record', async () => {
    const finding = {
      faultTypes: ['F01'],
      facts: '承办人员张伟未到现场核实即按企业口头介绍认定违法事实，导致主要事实不清，处罚决定被复议撤销。',
      act: '行政处罚决定',
      allocationFacts: { misreportedBy: [ids.zhangwei] },
      liabilities: [
        { personId: ids.zhangwei, role: 'handler', level: 'main', rule: 'R1' },
        { personId: ids.wangqiang, role: 'section_head', level: 'some', rule: 'R1' },
      ],
      grounds: [
        { personId: ids.wangqiang, code: 'M2', evidence: '调查笔录；审核意见', note: '审核时已提示核实' },
      ],
      proposedMeasures: [
        { personId: ids.zhangwei, measures: ['circulated'] },
        { personId: ids.wangqiang, measures: ['criticism'] },
      ],
    };
    const changed = await refused(
      as.zhoujing!.post(`/api/fault/matters/${matterId}/finding`, {
        ...finding,
        liabilities: [{ personId: ids.zhangwei, role: 'handler', level: 'sole', rule: 'R1' }],
        proposedMeasures: [{ personId: ids.zhangwei, measures: ['circulated'] }],
        grounds: [],
      }),
      'FAULT_FINDING',
    );
    expect(changed.message).toContain('改变的理由');
    const e2 = await refused(
      as.zhoujing!.post(`/api/fault/matters/${matterId}/finding`, {
        ...finding,
        grounds: [{ personId: ids.zhangwei, code: 'E2', evidence: '局务会议纪要' }],
      }),
      'FAULT_FINDING',
    );
    expect(e2.message).toContain('第九条第一项');
    await ok(as.zhoujing!.post(`/api/fault/matters/${matterId}/finding`, finding));
    const m = await matter(matterId);
    expect(m.stage).toBe('found');
    expect(
      m.people.map((p) => `${p.person.name}:${p.treatment}:${p.proposedMeasures.join()}`).sort(),
    ).toEqual(['张伟:normal:circulated', '王强:lighter:criticism']);
    expect(m.finding!.proposedShares).toHaveLength(2);
  });

  it('decides only after each person is told and heard, and never heavier than told', async () => {
    const measures = [
      { personId: ids.zhangwei, measures: ['circulated'] },
      { personId: ids.wangqiang, measures: [], reason: '情节轻微，审核时已提示核实，免予处理' },
    ];
    const decision = { decidedOn: today(), meeting: '局党组会议（2026年第12次）', measures };
    await refused(as.sunjianguo!.post(`/api/fault/matters/${matterId}/decision`, decision), 'FAULT_FINDING');
    for (const p of [ids.zhangwei, ids.wangqiang])
      await ok(
        as.zhoujing!.post(`/api/fault/matters/${matterId}/inform`, {
          personId: p,
          informedOn: today(),
          method: '当面告知并送达认定书',
        }),
      );
    const running = await refused(
      as.sunjianguo!.post(`/api/fault/matters/${matterId}/decision`, decision),
      'FAULT_FINDING',
    );
    expect(running.message).toContain('陈述申辩期限');
    // 张伟 is heard in his own words; 王强 waives.
    expect((await matter(matterId, 'zhangwei')).abilities.selfService).toBe(true);
    await refused(
      as.zhangwei!.post(`/api/fault/matters/${matterId}/statements`, {
        personId: ids.wangqiang,
        kind: 'waiver',
        receivedOn: today(),
        content: '放弃',
      }),
      'FORBIDDEN',
    );
    await ok(
      as.zhangwei!.post(`/api/fault/matters/${matterId}/statements`, {
        personId: ids.zhangwei,
        kind: 'statement',
        receivedOn: today(),
        content: '当时企业负责人承诺已设置警示标志，本人疏于核实，愿意接受处理。',
      }),
    );
    await ok(
      as.zhoujing!.post(`/api/fault/matters/${matterId}/statements`, {
        personId: ids.wangqiang,
        kind: 'waiver',
        receivedOn: today(),
        content: '对认定无异议，放弃陈述申辩',
      }),
    );
    const heavier = await refused(
      as.sunjianguo!.post(`/api/fault/matters/${matterId}/decision`, {
        ...decision,
        measures: [{ personId: ids.zhangwei, measures: ['certificate_suspension'] }, measures[1]],
      }),
      'FAULT_MEASURE',
    );
    expect(heavier.basis).toContain('公务员法');
    await refused(as.zhoujing!.post(`/api/fault/matters/${matterId}/decision`, decision), 'FORBIDDEN');
    await ok(as.sunjianguo!.post(`/api/fault/matters/${matterId}/decision`, decision));
    const m = await matter(matterId);
    expect(m.stage).toBe('decided');
    const zw = m.people.find((p) => p.person.id === ids.zhangwei)!;
    expect(zw.decidedMeasures).toEqual(['circulated']);
    // Ten days from the decision, the last day rolled past rest days.
    expect(zw.noticeDueOn! >= addDays(today(), 10)).toBe(true);
    expect(zw.noticeDueOn! <= addDays(today(), 17)).toBe(true);
    const files = await database.query<{ file_kind: string }>(
      "SELECT file_kind FROM personal_file_entries WHERE subject_id = $1 AND source_type = 'fault_matter'",
      [ids.zhangwei],
    );
    expect(files.map((f) => f.file_kind)).toEqual(['enforcement']);
  });

  it('serves the notice (late only with a reason), refuses 复核 on day 31, and never worsens on review', async () => {
    await ok(
      as.zhoujing!.post(`/api/fault/matters/${matterId}/notices`, {
        personId: ids.wangqiang,
        deliveredOn: today(),
        method: '直接送达',
        receiverName: '王强',
      }),
    );
    await refused(
      as.zhoujing!.post(`/api/fault/matters/${matterId}/close`, { closedOn: today() }),
      'FAULT_STATE',
    );
    const noticeDueOn = (await matter(matterId)).people.find(
      (p) => p.person.id === ids.zhangwei,
    )!.noticeDueOn!;
    setDay(addDays(noticeDueOn as LocalDate, 1));
    const notice = { personId: ids.zhangwei, deliveredOn: today(), method: '直接送达', receiverName: '张伟' };
    const late = await refused(
      as.zhoujing!.post(`/api/fault/matters/${matterId}/notices`, notice),
      'FAULT_DEADLINE',
    );
    expect(late.basis).toContain('第十一条');
    await ok(
      as.zhoujing!.post(`/api/fault/matters/${matterId}/notices`, {
        ...notice,
        lateReason: '张伟外出参加培训，返岗后当即送达',
      }),
    );
    let m = await matter(matterId);
    const zw = m.people.find((p) => p.person.id === ids.zhangwei)!;
    expect(zw.notice).toMatchObject({ late: true });
    const warned = await database.query<{ level: string }>(
      "SELECT level FROM notifications WHERE user_id = $1 AND title LIKE '%超期送达%'",
      [ids.sunjianguo],
    );
    expect(warned.map((w) => w.level)).toEqual(['overdue']);
    await ok(as.zhoujing!.post(`/api/fault/matters/${matterId}/close`, { closedOn: today() }));

    // 复核: day 31 after receipt is refused unless justified; the last day is accepted.
    const dueOn = zw.reviewDueOn as LocalDate;
    setDay(addDays(dueOn, 1));
    const application = {
      personId: ids.zhangwei,
      receivedOn: today(),
      grounds: '本人已主动说明情况，通报批评过重，请求复核',
    };
    const day31 = await refused(
      as.zhangwei!.post(`/api/fault/matters/${matterId}/reviews`, application),
      'FAULT_DEADLINE',
    );
    expect(day31.message).toContain('30日');
    await ok(
      as.zhangwei!.post(`/api/fault/matters/${matterId}/reviews`, { ...application, receivedOn: dueOn }),
      201,
    );
    m = await matter(matterId);
    const review = m.reviews[0]!;
    expect(review).toMatchObject({ late: false, receivedOn: dueOn });
    expect(m.abilities.decideReview).toBe(false);
    expect((await matter(matterId, 'sunjianguo')).abilities.decideReview).toBe(true);
    await refused(
      as.sunjianguo!.post(`/api/fault/matters/${matterId}/reviews/${review.id}/decision`, {
        decidedOn: today(),
        result: 'reduced',
        measures: ['removal'],
        reason: '情节较重',
      }),
      'FAULT_MEASURE',
    );
    await ok(
      as.sunjianguo!.post(`/api/fault/matters/${matterId}/reviews/${review.id}/decision`, {
        decidedOn: today(),
        result: 'reduced',
        measures: ['criticism'],
        reason: '本人主动说明情况，认错态度较好，改为批评教育',
      }),
    );
    m = await matter(matterId);
    expect(m.people.find((p) => p.person.id === ids.zhangwei)!.currentMeasures).toEqual(['criticism']);
    const appeal = await ok(
      as.zhangwei!.post(`/api/fault/matters/${matterId}/appeals`, {
        personId: ids.zhangwei,
        filedOn: today(),
        body: '赤峰市应急管理局机关党委',
        content: '对复核决定仍有异议',
      }),
      201,
    );
    await ok(
      as.zhoujing!.post(
        `/api/fault/matters/${matterId}/appeals/${appeal.json<{ id: string }>().id}/outcome`,
        {
          decidedOn: today(),
          outcome: '维持复核决定',
        },
      ),
    );
  });

  it('prints every document, as PDF and DOCX', async () => {
    const m = await matter(matterId);
    const zw = ids.zhangwei;
    const docs = [
      'lead',
      'approval',
      `inquiry?recordId=${m.inquiries[0]!.id}`,
      'finding',
      `decision?personId=${zw}`,
      `receipt?personId=${zw}`,
      `review?recordId=${m.reviews[0]!.id}`,
    ];
    for (const d of docs) {
      const r = await ok(as.zhoujing!.get(`/api/fault/matters/${matterId}/documents/${d}`));
      expect(r.headers['content-type']).toBe('application/pdf');
      expect(r.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    }
    const docx = await ok(
      as.zhoujing!.get(`/api/fault/matters/${matterId}/documents/decision?personId=${zw}&format=docx`),
    );
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await as.wuli!.get(`/api/fault/matters/${matterId}/documents/lead`)).statusCode).toBe(404);
  });

  it('adds 多次 (第八条第二项) by itself for a second fault within the window, and counts it', async () => {
    const lead = await ok(
      as.lina!.post('/api/fault/leads', {
        source: 'file_review',
        caseId,
        receivedOn: today(),
        summary: '案卷评查发现该案询问笔录缺少被询问人签名',
        subjectIds: [ids.zhangwei],
      }),
      201,
    );
    const id = lead.json<{ id: string }>().id;
    expect((await as.lina!.get(`/api/fault/matters/${id}`)).statusCode).toBe(200);
    await ok(
      as.majun!.post(`/api/fault/matters/${id}/triage`, {
        decision: 'investigate',
        decidedOn: today(),
        reason: '评查发现程序问题',
        investigatorIds: [ids.zhoujing, ids.majun],
        subjectIds: [ids.zhangwei],
      }),
    );
    const proposal = (
      await ok(as.majun!.post(`/api/fault/matters/${id}/allocation`, { misreportedBy: [ids.zhangwei] }))
    ).json<AllocationView>();
    const a2 = proposal.suggestions.find((s) => s.code === 'A2')!;
    expect(a2.name).toBe('张伟');
    expect(a2.evidence).toContain('赤应急过错线');
    await ok(
      as.majun!.post(`/api/fault/matters/${id}/finding`, {
        faultTypes: ['F03'],
        facts: '询问笔录未经被询问人核对签名即归入案卷，违反法定程序要求，系承办人员汇报不实所致。',
        act: '调查取证',
        allocationFacts: { misreportedBy: [ids.zhangwei] },
        liabilities: proposal.shares.map(({ personId, role, level, rule }) => ({
          personId,
          role,
          level,
          rule,
        })),
        proposedMeasures: proposal.shares.map((s) => ({ personId: s.personId, measures: ['criticism'] })),
      }),
    );
    const m = await matter(id);
    expect(m.finding!.grounds.find((g) => g.code === 'A2')).toMatchObject({ automatic: true });
    expect(m.people.find((p) => p.person.id === ids.zhangwei)!.treatment).toBe('heavier');
    const stats = (await ok(as.zhoujing!.get('/api/fault/stats'))).json<FaultStats>();
    expect(stats).toMatchObject({ leads: 2, reversals: 1, reversalsFound: 1, lateNotices: 1, appeals: 1 });
    expect(stats.byType.map((t) => t.key)).toEqual(['F01', 'F03']);
    expect(stats.reviews).toEqual([{ key: 'reduced', label: '减轻处理', count: 1 }]);
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });

  it('honours a member’s recorded dissent in the 集体讨论: E2 for him by itself, and no measure may be proposed', async () => {
    // The case's 集体讨论 record, where 赵敏 recorded her dissent (set up directly: the case is long decided).
    await database.query(
      `INSERT INTO collective_discussions (case_id, held_at, place, chair_id, chair_name, recorder_name, participants,
         minutes, conclusion, recorded_by)
       VALUES ($1, now(), '局三楼会议室', $2, '孙建国', '刘洋', $3::jsonb, '多数同意拟处罚意见，赵敏不同意。', 'agree', $2)`,
      [
        caseId,
        ids.sunjianguo,
        JSON.stringify([
          { name: '孙建国', title: '局长', opinion: '同意', dissent: false },
          { name: '赵敏', title: '副局长', opinion: '事实尚需核实，不同意', dissent: true },
          { name: '李娜', title: '政策法规科', opinion: '同意', dissent: false },
        ]),
      ],
    );
    const lead = await ok(
      as.zhoujing!.post('/api/fault/leads', {
        source: 'supervision',
        caseId,
        receivedOn: today(),
        summary: '执法监督检查发现该案处罚决定认定事实依据不足',
      }),
      201,
    );
    const id = lead.json<{ id: string }>().id;
    await ok(
      as.zhoujing!.post(`/api/fault/matters/${id}/triage`, {
        decision: 'investigate',
        decidedOn: today(),
        reason: '监督检查发现',
        investigatorIds: [ids.zhoujing, ids.majun],
        subjectIds: [ids.wangqiang],
      }),
    );
    const proposal = (
      await ok(as.zhoujing!.post(`/api/fault/matters/${id}/allocation`, {}))
    ).json<AllocationView>();
    expect(proposal.collective?.participants.find((p) => p.dissent)?.name).toBe('赵敏');
    expect(proposal.suggestions.filter((x) => x.code === 'E2').map((x) => x.name)).toEqual(['赵敏']);
    const finding = {
      faultTypes: ['F01'],
      facts: '审核、审批时未发现调查报告认定事实的证据不足，作出的处罚决定被认定主要事实不清。',
      act: '行政处罚决定',
      allocationFacts: {},
      liabilities: proposal.shares.map(({ personId, role, level, rule }) => ({
        personId,
        role,
        level,
        rule,
      })),
      proposedMeasures: proposal.shares.map((x) => ({ personId: x.personId, measures: ['criticism'] })),
    };
    const dissenter = await refused(
      as.zhoujing!.post(`/api/fault/matters/${id}/finding`, finding),
      'FAULT_FINDING',
    );
    expect(dissenter.message).toContain('赵敏依第六条不承担责任');
    await ok(
      as.zhoujing!.post(`/api/fault/matters/${id}/finding`, {
        ...finding,
        proposedMeasures: [{ personId: ids.wangqiang, measures: ['criticism'] }],
      }),
    );
    const m = await matter(id);
    // 王强 was found at fault in the first matter too (免予处理 is still a fault): 多次, by itself.
    expect(m.people.map((p) => `${p.person.name}:${p.treatment}`).sort()).toEqual([
      '王强:heavier',
      '赵敏:exempt',
    ]);
    const who = (pid: string) => (pid === ids.zhaomin ? '赵敏' : '王强');
    expect(m.finding!.grounds.map((g) => `${who(g.personId)}:${g.code}:${g.automatic}`).sort()).toEqual([
      '王强:A2:true',
      '赵敏:E2:true',
    ]);
  });
});
