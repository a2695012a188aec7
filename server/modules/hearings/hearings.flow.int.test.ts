/**
 * A hearing from request to decision over the National Day holiday of 2026, on a movable clock: a posted request
 * counted from its postmark on the window's last day, members refused (an investigator, the filing approver), a
 * notice six working days ahead refused with the earliest lawful day, agents, recusal, one postponement only, the
 * transcript and the chair's report, then the decision made from it. Also the hearing row frozen by the database.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../common/contracts/cases.js';
import type { HearingDetail, HearingStats, NoticeWindow } from '../../../common/contracts/hearings.js';
import { systemContext } from '../../platform/audit/audit.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import { sweepDeadlines } from '../deadlines/index.js';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildTestApp, loggedIn, type TestClient } from '../../test/http.js';
import { noticedCase } from '../../test/case-driver.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/index.js';

let database: Database;
let app: FastifyInstance;
const as: Record<string, TestClient> = {};
let clock = new Date('2026-09-25T10:00:00+08:00');
const setDay = (day: string, time = '10:00') => (clock = new Date(`${day}T${time}:00+08:00`));
const today = () => new Date(clock.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database, { now: () => clock });
  await seedDemo(database);
  for (const u of ['zhangwei', 'liuyang', 'wangqiang', 'zhaomin', 'lina', 'sunjianguo', 'chenjie'])
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
  return r.json<{ code: string; message: string; basis?: string; rule?: string }>();
}
async function detail(id: string, c = as.zhangwei!) {
  return (await ok(c.get(`/api/cases/${id}`))).json<CaseDetail>();
}
async function hearingOf(caseId: string, c = as.lina!) {
  return (await ok(c.get(`/api/cases/${caseId}/hearing`))).json<{ hearing: HearingDetail | null }>().hearing!;
}

/** A hazardous-chemicals case with a 60,000-yuan fine proposed (a hearing offered), its 告知书 issued today. */
function caseWithNotice(title: string): Promise<string> {
  return noticedCase(
    { database, as, now: () => clock, today },
    {
      title,
      subject: '赤峰市某化工有限公司',
      summary: '检查发现重大危险源未设置监测监控系统',
      facts: '经检查，该公司储罐区重大危险源未设置监测监控系统。',
      actDate: '2026-09-10',
      discoveredOn: '2026-09-24',
      uscc17: '91150402MA0QCFXG4',
      address: '赤峰市红山区某路1号',
      legalRep: '王某',
      evidencePlace: '储罐区',
      pickViolation: (types) =>
        types.find((t) => t.bands.some((b) => (b.fineMaxFen ?? 0) >= 6_000_000)) ?? types[0]!,
      fineFen: 6_000_000,
      reportFacts: '该公司储罐区构成重大危险源，未设置监测监控系统。',
      majorRights: true,
      departureReason: '情节较重，按较重档次处罚',
      hearingEligible: true,
    },
  );
}

describe(`hearings (${testEngine()})`, () => {
  let caseId = '';
  let hearingId = '';
  let dueOn = '';

  it('counts a posted request from its postmark: the window’s last day over National Day is accepted, the day after refused', async () => {
    setDay('2026-09-25');
    caseId = await caseWithNotice('涉嫌未对重大危险源进行监测监控案（听证）');
    setDay('2026-09-29');
    await ok(
      as.zhangwei!.post(`/api/cases/${caseId}/notice/delivery`, {
        method: 'direct',
        recipient: '王某',
        deliveredAt: clock.toISOString(),
        witnesses: [],
      }),
    );
    const c = await detail(caseId);
    const window = c.deadlines.find((d) => d.ruleId === 'penalty.hearing-request')!;
    dueOn = window.due;
    // 5 working days after 29 September 2026: 30 September, then the holiday (1–7 October), then the working days
    // after it; the postmark on the last day still counts.
    expect(dueOn > '2026-10-07').toBe(true);
    setDay(dueOn);
    const decision = await as.zhangwei!.post(`/api/cases/${caseId}/close-defence`);
    expect(decision.json<{ code: string }>().code).toBe('CASE_DEFENCE_PENDING');
    const received = new Date(new Date(`${dueOn}T00:00:00Z`).getTime() + 3 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    setDay(received);
    // The warning sweep has run meanwhile and marked the unused windows missed: they still decide.
    const swept = await sweepDeadlines(database, {
      now: clock,
      settings: { dueSoonWorkingDays: 3, dueSoonHours: 4 },
      channel: { name: 'test', send: async () => undefined },
      ctx: systemContext(),
    });
    expect(swept.overdue).toBeGreaterThanOrEqual(1);
    expect((await detail(caseId)).deadlines.find((d) => d.ruleId === 'penalty.hearing-request')!.status).toBe(
      'missed',
    );
    const dayAfter = new Date(new Date(`${dueOn}T00:00:00Z`).getTime() + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const late = await refused(
      as.zhangwei!.post(`/api/cases/${caseId}/hearing-response`, {
        response: 'requested',
        receivedOn: received,
        postmarkOn: dayAfter,
        channel: 'post',
        note: '要求举行听证',
      }),
      'CASE_STATE',
    );
    expect(late.basis).toContain('第六十四条');
    await ok(
      as.zhangwei!.post(`/api/cases/${caseId}/hearing-response`, {
        response: 'requested',
        receivedOn: received,
        postmarkOn: dueOn,
        channel: 'post',
        note: '我公司对拟罚款数额有异议，要求举行听证',
      }),
    );
    const after = await detail(caseId);
    expect(after.status).toBe('hearing');
    expect(after.hearingStatus).toBe('requested');
    expect(after.documents.map((d) => d.kind)).toContain('hearing_request_record');
    const blocked = await refused(
      as.zhangwei!.post(`/api/cases/${caseId}/close-defence`),
      'CASE_HEARING_PENDING',
    );
    expect(blocked.basis).toContain('第六十五条');
    const h = await hearingOf(caseId);
    hearingId = h.id;
    expect(h).toMatchObject({ stage: 'requested', requestPostmarkOn: dueOn, requestChannel: 'post' });
    expect(h.deadlines.map((d) => d.ruleId)).toContain('penalty.hearing-hold');
  });

  it('refuses an investigator or the filing approver as chair, and a date too early for the notice', async () => {
    const w = (
      await ok(as.lina!.get(`/api/hearings/notice-window?noticeOn=${today()}`))
    ).json<NoticeWindow>();
    await ok(
      as.lina!.post('/api/hearing-rooms', { name: '测试听证室', location: '局机关四楼401', capacity: 30 }),
      201,
    );
    const dup = await refused(
      as.lina!.post('/api/hearing-rooms', { name: '测试听证室', location: 'x' }),
      'CONFLICT',
    );
    expect(dup.message).toContain('测试听证室');
    await refused(as.zhangwei!.post('/api/hearing-rooms', { name: '无权新增', location: 'x' }), 'FORBIDDEN');
    const room = (await ok(as.lina!.get('/api/hearing-rooms')))
      .json<{ items: { id: string; name: string }[] }>()
      .items.find((r) => r.name === '测试听证室')!;
    const base = {
      officerIds: [],
      clerkId: await userId('chenjie'),
      roomId: room.id,
      place: '局机关三楼301听证室',
      scheduledAt: `${w.earliestHearingOn}T09:30`,
      public: true,
    };
    const inv = await refused(
      as.lina!.post(`/api/hearings/${hearingId}/arrange`, { ...base, chairId: await userId('zhangwei') }),
      'HEARING_MEMBER',
    );
    expect(inv.message).toContain('调查人员');
    expect(inv.basis).toContain('第六十四条第四项');
    const approver = await refused(
      as.lina!.post(`/api/hearings/${hearingId}/arrange`, { ...base, chairId: await userId('wangqiang') }),
      'HEARING_MEMBER',
    );
    expect(approver.message).toContain('立案');
    const cands = (await ok(as.lina!.get(`/api/hearings/${hearingId}/candidates`))).json<{
      items: { userId: string; excluded: string | null }[];
    }>().items;
    expect(cands.find((x) => x.userId === base.clerkId)!.excluded).toBeNull();
    const zw = await userId('zhangwei');
    expect(cands.find((x) => x.userId === zw)!.excluded).toContain('调查人员');
    const early = await refused(
      as.lina!.post(`/api/hearings/${hearingId}/arrange`, {
        ...base,
        chairId: await userId('lina'),
        scheduledAt: `${today()}T09:30`,
      }),
      'HEARING_DATE',
    );
    expect(early.message).toContain(w.earliestHearingOn);
    const closed = await as.lina!.post(`/api/hearings/${hearingId}/arrange`, {
      ...base,
      chairId: await userId('lina'),
      public: false,
    });
    expect(closed.statusCode).toBe(400);
    // Two working days later than the earliest, so that a notice given later still has to be checked.
    const later = new Date(new Date(`${w.earliestHearingOn}T00:00:00Z`).getTime() + 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await ok(
      as.lina!.post(`/api/hearings/${hearingId}/arrange`, {
        ...base,
        chairId: await userId('lina'),
        scheduledAt: `${later}T09:30`,
        overrunReason: '国庆假期后统一安排',
      }),
    );
    const h = await hearingOf(caseId);
    expect(h.stage).toBe('arranged');
    expect(h.members.map((m) => m.role)).toEqual(['chair', 'clerk']);
    expect(h.deadlines.map((d) => d.ruleId)).toContain('penalty.hearing-notice');
  });

  it('registers at most two agents with their 授权委托书, and a recusal decided by the head', async () => {
    for (const name of ['王某', '李律师']) {
      await ok(
        as.zhangwei!.request(
          'POST',
          `/api/hearings/${hearingId}/agents?name=${encodeURIComponent(name)}&relation=${encodeURIComponent('委托代理人')}`,
          Buffer.from('%PDF-1.4 authorization'),
          {
            'content-type': 'application/octet-stream',
            'x-file-name': encodeURIComponent(`${name}授权委托书.pdf`),
          },
        ),
        201,
      );
    }
    const third = await refused(
      as.zhangwei!.request(
        'POST',
        `/api/hearings/${hearingId}/agents?name=x&relation=y`,
        Buffer.from('%PDF-1.4'),
        { 'content-type': 'application/octet-stream' },
      ),
      'HEARING_LIMIT',
    );
    expect(third.basis).toContain('第六十四条第五项');
    const rid = (
      await ok(
        as.zhangwei!.post(`/api/hearings/${hearingId}/recusals`, {
          targetUserId: await userId('chenjie'),
          applicant: '王某',
          requestedOn: today(),
          reason: '书记员曾参与该公司的日常检查',
        }),
        201,
      )
    ).json<{ id: string }>().id;
    let h = await hearingOf(caseId);
    expect(h.abilities.notify).toBe(false);
    await refused(
      as.lina!.post(`/api/hearings/${hearingId}/recusals/${rid}/decide`, {
        decision: 'granted',
        reason: 'x',
      }),
      'FORBIDDEN',
    );
    await ok(
      as.sunjianguo!.post(`/api/hearings/${hearingId}/recusals/${rid}/decide`, {
        decision: 'rejected',
        reason: '日常检查不属于本案调查，不构成回避事由',
      }),
    );
    h = await hearingOf(caseId);
    expect(h.recusals[0]!.decision).toBe('rejected');
    expect(h.documents.map((d) => d.kind)).toContain('recusal_decision');
  });

  it('refuses a notice six working days ahead, offering the earliest lawful day; one postponement only', async () => {
    let h = await hearingOf(caseId);
    const hearingDay = h.scheduledAt!.slice(0, 10);
    // Walk the clock to the day that leaves only six working days before the hearing.
    let day = today();
    for (;;) {
      const w = (await ok(as.lina!.get(`/api/hearings/notice-window?noticeOn=${day}`))).json<NoticeWindow>();
      if (w.earliestHearingOn > hearingDay) break;
      day = new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
    }
    setDay(day);
    const late = await refused(
      as.zhangwei!.post(`/api/hearings/${hearingId}/notify`, {
        noticeOn: day,
        method: 'direct',
        contactPerson: '张伟',
        contactPhone: '0476-8888888',
      }),
      'HEARING_DATE',
    );
    expect(late.message).toMatch(/只有 6 个工作日/);
    expect(late.message).toContain('最早可于');
    expect(late.rule).toBe('penalty.hearing-notice');
    const earliest = (
      await ok(as.lina!.get(`/api/hearings/notice-window?noticeOn=${day}`))
    ).json<NoticeWindow>().earliestHearingOn;
    await ok(
      as.lina!.post(`/api/hearings/${hearingId}/arrange`, {
        chairId: await userId('lina'),
        officerIds: [],
        clerkId: await userId('chenjie'),
        place: '局机关三楼301听证室',
        scheduledAt: `${earliest}T09:30`,
        public: true,
        overrunReason: '国庆假期后统一安排',
      }),
    );
    await ok(
      as.zhangwei!.post(`/api/hearings/${hearingId}/notify`, {
        noticeOn: day,
        method: 'direct',
        contactPerson: '张伟',
        contactPhone: '0476-8888888',
      }),
    );
    h = await hearingOf(caseId);
    expect(h.stage).toBe('notified');
    expect(h.documents.find((d) => d.kind === 'hearing_notice')!.number).toMatch(/听/);
    await ok(
      as.lina!.post(`/api/hearings/${hearingId}/postpone`, {
        requestedOn: day,
        reason: '法定代表人住院治疗',
      }),
    );
    h = await hearingOf(caseId);
    expect(h.stage).toBe('postponed');
    const again = (await ok(as.lina!.get(`/api/hearings/notice-window?noticeOn=${day}`))).json<NoticeWindow>()
      .earliestHearingOn;
    await ok(
      as.lina!.post(`/api/hearings/${hearingId}/arrange`, {
        chairId: await userId('lina'),
        officerIds: [],
        clerkId: await userId('chenjie'),
        place: '局机关三楼301听证室',
        scheduledAt: `${again}T14:30`,
        public: true,
      }),
    );
    await ok(
      as.zhangwei!.post(`/api/hearings/${hearingId}/notify`, {
        noticeOn: day,
        method: 'direct',
        contactPerson: '张伟',
        contactPhone: '0476-8888888',
      }),
    );
    const twice = await refused(
      as.lina!.post(`/api/hearings/${hearingId}/postpone`, { requestedOn: day, reason: '再次申请' }),
      'HEARING_LIMIT',
    );
    expect(twice.rule).toBe('hearing.postpone-once');
    const early = await refused(
      as.lina!.post(`/api/hearings/${hearingId}/terminate`, { ground: 'absent', detail: '未到场' }),
      'HEARING_STATE',
    );
    expect(early.message).toContain('尚未到');
  });

  it('holds the hearing, takes the chair’s report, and lets the decision rest on it', async () => {
    let h = await hearingOf(caseId);
    const day = h.scheduledAt!.slice(0, 10);
    setDay(day, '17:00');
    const body = {
      startedAt: new Date(`${day}T14:30:00+08:00`).toISOString(),
      endedAt: new Date(`${day}T16:10:00+08:00`).toISOString(),
      partyAttendees: [{ name: '王某', capacity: '法定代表人' }],
      investigatorIds: [await userId('zhangwei'), await userId('liuyang')],
      others: [],
      recusalAsked: '当事人表示不申请回避',
      sections: [
        { title: '调查人员陈述', text: '调查人员陈述了违法事实、证据和拟罚款6万元的处罚建议。' },
        { title: '当事人陈述、申辩', text: '当事人称已着手安装监测系统，请求从轻。' },
      ],
      signed: false,
      refusal: '',
    };
    await refused(as.zhangwei!.post(`/api/hearings/${hearingId}/record`, body), 'FORBIDDEN');
    const unsigned = await refused(
      as.chenjie!.post(`/api/hearings/${hearingId}/record`, body),
      'HEARING_STATE',
    );
    expect(unsigned.basis).toContain('第六十四条第八项');
    await ok(
      as.chenjie!.post(`/api/hearings/${hearingId}/record`, {
        ...body,
        refusal: '当事人拒绝签字，主持人注明',
      }),
    );
    await refused(
      as.lina!.post(`/api/hearings/${hearingId}/report`, {
        findings: 'x',
        partyOpinion: 'x',
        analysis: 'x',
        recommendation: 'lower',
        recommendedPenalty: { items: [{ kind: 'fine', amountFen: 7_000_000 }] },
      }),
      'CASE_PENALTY_RAISED',
    );
    await ok(
      as.lina!.post(`/api/hearings/${hearingId}/report`, {
        findings: '违法事实清楚，证据确实充分。',
        partyOpinion: '当事人请求从轻处罚。',
        analysis: '当事人已着手整改，可在裁量幅度内从轻。',
        recommendation: 'lower',
        recommendedPenalty: { items: [{ kind: 'fine', amountFen: 5_000_000 }] },
      }),
    );
    h = await hearingOf(caseId);
    expect(h.stage).toBe('reported');
    expect(h.documents.map((d) => d.kind)).toEqual(
      expect.arrayContaining([
        'hearing_transcript',
        'hearing_report',
        'hearing_notice',
        'hearing_postponement',
      ]),
    );
    await expect(
      database.query(`UPDATE hearings SET place = 'x' WHERE id = $1`, [hearingId]),
    ).rejects.toThrow(/听证已完成/);
    let c = await detail(caseId);
    expect(c.hearingStatus).toBe('held');
    await ok(as.zhangwei!.post(`/api/cases/${caseId}/close-defence`));
    // The 负责人 lowers the proposal as recommended; raising it above the proposal heard is refused.
    await ok(
      as.zhaomin!.post(`/api/cases/${caseId}/proposal`, {
        penalty: { items: [{ kind: 'fine', amountFen: 5_000_000 }] },
        reason: '采纳听证会报告书的建议',
      }),
    );
    c = await detail(caseId, as.zhaomin);
    expect(c.requirements.legalReview.required).toBe(true);
    await ok(
      as.zhangwei!.post(`/api/cases/${caseId}/legal-review`, { materialsNote: '含听证笔录、听证会报告书' }),
    );
    const checklist = ['body', 'procedure', 'facts', 'law', 'authority', 'documents', 'crime'].map((key) => ({
      key,
      ok: true,
      note: '',
    }));
    await ok(
      as.lina!.post(`/api/cases/${caseId}/legal-review/opinion`, {
        opinion: 'agree',
        checklist,
        reasons: '同意',
      }),
    );
    c = await detail(caseId, as.zhaomin);
    const req = {
      opinion: '依听证笔录建议处罚',
      performance: '自收到本决定书之日起十五日内缴纳',
      reconsiderationBody: '赤峰市人民政府',
      court: '赤峰市红山区人民法院',
    };
    if (c.requirements.collective.required)
      await ok(
        as.zhaomin!.post(`/api/cases/${caseId}/collective`, {
          heldAt: clock.toISOString(),
          place: '局三楼会议室',
          chairId: await userId('sunjianguo'),
          recorderName: '刘洋',
          participants: [
            { name: '孙建国', title: '局长', opinion: '同意', dissent: false },
            { name: '赵敏', title: '副局长', opinion: '同意', dissent: false },
            { name: '李娜', title: '政策法规科', opinion: '同意', dissent: false },
          ],
          minutes: '依听证笔录，同意罚款5万元。',
          conclusion: 'agree',
        }),
      );
    await ok(as.zhangwei!.post(`/api/cases/${caseId}/decision-request`, req));
    c = await detail(caseId, as.zhaomin);
    const pending = c.pendingApprovals.find((p) => p.kind === 'decision')!;
    await ok(
      as.zhaomin!.post(`/api/cases/${caseId}/approvals/${pending.id}`, {
        decision: 'approve',
        opinion: '同意',
      }),
    );
    c = await detail(caseId);
    expect(c.status).toBe('decided');
    const stats = (await ok(as.lina!.get('/api/hearings/stats?year=2026'))).json<HearingStats>();
    expect(stats.requested).toBeGreaterThanOrEqual(1);
    expect(stats.held).toBeGreaterThanOrEqual(1);
    expect(stats.afterHearing, JSON.stringify(stats)).toMatchObject({ reduced: 1 });
    const list = (await ok(as.lina!.get('/api/hearings?from=2026-10-01&to=2026-11-30'))).json<{
      total: number;
    }>();
    expect(list.total).toBeGreaterThanOrEqual(1);
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });

  it('refuses a double booking of a room, and ends a hearing as a waiver when the party does not attend', async () => {
    const second = await caseWithNotice('涉嫌重大危险源未登记建档案（听证二）');
    await ok(
      as.zhangwei!.post(`/api/cases/${second}/notice/delivery`, {
        method: 'direct',
        recipient: '王某',
        deliveredAt: clock.toISOString(),
        witnesses: [],
      }),
    );
    await ok(
      as.zhangwei!.post(`/api/cases/${second}/hearing-response`, {
        response: 'requested',
        receivedOn: today(),
        channel: 'written',
        note: '要求听证',
      }),
    );
    const h = await hearingOf(second);
    // The demo's hearing holds 第一听证室 (and 李娜) at its time.
    const live = (await ok(as.lina!.get('/api/hearings?stage=notified'))).json<{
      items: { id: string; scheduledAt: string; roomId: string }[];
    }>().items;
    const demo = live.find((x) => x.id !== h.id)!;
    const busy = await refused(
      as.lina!.post(`/api/hearings/${h.id}/arrange`, {
        chairId: await userId('sunjianguo'),
        officerIds: [],
        clerkId: await userId('chenjie'),
        roomId: demo.roomId,
        place: '第一听证室',
        scheduledAt: demo.scheduledAt,
        public: true,
        overrunReason: '演示',
      }),
      'HEARING_ROOM_BUSY',
    );
    expect(busy.message).toContain('所选听证室');
    const w = (
      await ok(as.lina!.get(`/api/hearings/notice-window?noticeOn=${today()}`))
    ).json<NoticeWindow>();
    await ok(
      as.lina!.post(`/api/hearings/${h.id}/arrange`, {
        chairId: await userId('sunjianguo'),
        officerIds: [],
        clerkId: await userId('chenjie'),
        place: '局机关四楼401',
        scheduledAt: `${w.earliestHearingOn}T15:00`,
        public: false,
        closedReason: 'commercial_secret',
        closedNote: '涉及当事人工艺参数',
      }),
    );
    await ok(
      as.zhangwei!.post(`/api/hearings/${h.id}/notify`, {
        noticeOn: today(),
        method: 'direct',
        contactPerson: '张伟',
        contactPhone: '0476-8888888',
      }),
    );
    setDay(w.earliestHearingOn, '16:00');
    await ok(
      as.sunjianguo!.post(`/api/hearings/${h.id}/terminate`, {
        ground: 'absent',
        detail: '经依法通知，当事人无正当理由未到场',
      }),
    );
    const done = await hearingOf(second);
    expect(done).toMatchObject({
      stage: 'terminated',
      outcome: 'absent',
      public: false,
      closedReason: 'commercial_secret',
    });
    expect(done.documents.map((d) => d.kind)).toContain('hearing_termination');
    const c = await detail(second);
    expect(c.hearingStatus).toBe('waived');
    await ok(as.zhangwei!.post(`/api/cases/${second}/close-defence`));
    expect((await detail(second)).status).toBe('decision');
    await refused(
      as.sunjianguo!.post(`/api/hearings/${h.id}/arrange`, {
        chairId: await userId('sunjianguo'),
        officerIds: [],
        clerkId: await userId('chenjie'),
        place: 'x',
        scheduledAt: `${w.earliestHearingOn}T15:00`,
        public: true,
      }),
      'HEARING_STATE',
    );
  });
});
