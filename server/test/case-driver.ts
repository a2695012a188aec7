/**
 * Drives a penalty case through the HTTP API as the demo users would, for the integration tests of the modules
 * above the case (hearings, execution, …): zhangwei and liuyang handle, wangqiang and zhaomin approve the filing,
 * wangqiang approves the report. Stops when the 行政处罚告知书 has been issued (not yet delivered).
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { CaseDetail } from '../../common/contracts/cases.js';
import { usccCheckChar } from '../../common/uscc.js';
import { addDays, type LocalDate } from '../kernel/local-date.js';
import type { Database } from '../platform/db/database.js';
import type { TestClient } from './http.js';

/** What the driver needs from the test: its database, logged-in demo clients and its clock. */
export interface CaseDriver {
  database: Database;
  as: Record<string, TestClient>;
  /** The test's clock (the app is built on it). */
  now: () => Date;
  /** The clock's Shanghai day. */
  today: () => string;
}

/** The company, the violation and the proposal of the case. */
export interface NoticedCaseSpec {
  title: string;
  subject: string;
  summary: string;
  facts: string;
  actDate: string;
  discoveredOn: string;
  /** First 17 characters of the company's 统一社会信用代码 (the check character is added). */
  uscc17: string;
  address: string;
  legalRep: string;
  evidencePlace: string;
  /** Picks the violation type from the hazardous-chemicals catalogue. */
  pickViolation: (types: ViolationTypeLite[]) => ViolationTypeLite;
  fineFen: number;
  reportFacts: string;
  majorRights: boolean;
  departureReason: string;
  /** Whether the fine must reach the hearing threshold (checked on the report). */
  hearingEligible: boolean;
}

export interface ViolationTypeLite {
  id: string;
  bands: { fineMinFen: number | null; fineMaxFen: number | null }[];
}

async function ok(res: Promise<LightMyRequestResponse>, status = 200): Promise<LightMyRequestResponse> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r;
}

async function userId(d: CaseDriver, username: string): Promise<string> {
  return (await d.database.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]))[0]!
    .id;
}

async function approvePending(d: CaseDriver, id: string, approver: string): Promise<CaseDetail> {
  const c = (await ok(d.as[approver]!.get(`/api/cases/${id}`))).json<CaseDetail>();
  await ok(
    d.as[approver]!.post(`/api/cases/${id}/approvals/${c.pendingApprovals[0]!.id}`, {
      decision: 'approve',
      opinion: '同意',
    }),
  );
  return c;
}

/**
 * A hazardous-chemicals case against a company in 危险化学品安全监督管理科 (WHK): the 案源 received today, filed
 * (two approval levels), the party, the violation, both handlers' recusal statements, one piece of evidence, the
 * investigation report with the proposed fine approved by the section head, and the 告知书 issued. Returns its id.
 */
export async function noticedCase(d: CaseDriver, spec: NoticedCaseSpec): Promise<string> {
  const zw = d.as.zhangwei!;
  const units = new Map(
    (await d.database.query<{ id: string; code: string }>('SELECT id, code FROM org_units')).map((r) => [
      r.code,
      r.id,
    ]),
  );
  const officers = [await userId(d, 'zhangwei'), await userId(d, 'liuyang')];
  const src = await ok(
    zw.post('/api/case-sources', {
      kind: 'inspection',
      receivedOn: d.today(),
      subjectName: spec.subject,
      summary: spec.summary,
      unitId: units.get('WHK'),
    }),
    201,
  );
  const created = await ok(
    zw.post('/api/cases', {
      sourceId: src.json<{ id: string }>().id,
      title: spec.title,
      category: 'hazardous_chemicals',
      actDate: spec.actDate,
      discoveredOn: spec.discoveredOn,
      facts: spec.facts,
      opinion: '建议立案调查',
      officerIds: officers,
    }),
    201,
  );
  const id = created.json<{ id: string }>().id;
  for (const approver of ['wangqiang', 'zhaomin']) await approvePending(d, id, approver);
  await ok(
    zw.post(`/api/cases/${id}/parties`, {
      kind: 'legal_person',
      name: spec.subject,
      idKind: 'uscc',
      idNumber: spec.uscc17 + usccCheckChar(spec.uscc17),
      address: spec.address,
      legalRep: spec.legalRep,
    }),
    201,
  );
  const types = (await ok(zw.get('/api/violation-types?category=hazardous_chemicals'))).json<{
    items: ViolationTypeLite[];
  }>().items;
  await ok(
    zw.post(`/api/cases/${id}/violations`, {
      violationTypeId: spec.pickViolation(types).id,
      circumstances: '',
    }),
    201,
  );
  await ok(zw.post(`/api/cases/${id}/recusal`, { conflict: false, note: '' }));
  await ok(d.as.liuyang!.post(`/api/cases/${id}/recusal`, { conflict: false, note: '' }));
  await ok(
    zw.post(`/api/cases/${id}/evidence`, {
      kind: 'documentary',
      title: '现场检查记录',
      collectedBy: officers,
      collectedAt: d.now().toISOString(),
      place: spec.evidencePlace,
    }),
    201,
  );
  await ok(
    zw.post(`/api/cases/${id}/report`, {
      outcome: 'penalty',
      penalty: { items: [{ kind: 'fine', amountFen: spec.fineFen }] },
      facts: spec.reportFacts,
      reasons: '违反安全生产法规定，依法应予处罚。',
      flags: { majorPublicInterest: false, majorRights: spec.majorRights, complex: false, otherLaw: false },
      departureReason: spec.departureReason,
    }),
  );
  const c = await approvePending(d, id, 'wangqiang');
  expect(c.requirements.hearing.eligible).toBe(spec.hearingEligible);
  await ok(zw.post(`/api/cases/${id}/notice`), 201);
  return id;
}

async function detail(d: CaseDriver, id: string, user: string): Promise<CaseDetail> {
  return (await ok(d.as[user]!.get(`/api/cases/${id}`))).json<CaseDetail>();
}

/**
 * From the issued 告知书 to the delivered 行政处罚决定书: the notice delivered to `recipient`, the party's waiver,
 * the defence closed, the 法制审核 by lina and the 集体讨论 where required, the decision requested by zhangwei,
 * approved by zhaomin and delivered. The clock is not moved.
 */
export async function decideAndDeliver(d: CaseDriver, id: string, recipient: string): Promise<void> {
  await ok(
    d.as.zhangwei!.post(`/api/cases/${id}/notice/delivery`, {
      method: 'direct',
      recipient,
      deliveredAt: d.now().toISOString(),
      witnesses: [],
    }),
  );
  await ok(
    d.as.zhangwei!.post(`/api/cases/${id}/statements`, {
      kind: 'waiver',
      receivedOn: d.today(),
      channel: 'written',
      content: '我公司对拟处罚无异议，放弃陈述、申辩',
    }),
    201,
  );
  await ok(d.as.zhangwei!.post(`/api/cases/${id}/close-defence`));
  let c = await detail(d, id, 'zhaomin');
  if (c.requirements.legalReview.required) {
    await ok(d.as.zhangwei!.post(`/api/cases/${id}/legal-review`, { materialsNote: '材料齐全' }));
    const checklist = ['body', 'procedure', 'facts', 'law', 'authority', 'documents', 'crime'].map((key) => ({
      key,
      ok: true,
      note: '',
    }));
    await ok(
      d.as.lina!.post(`/api/cases/${id}/legal-review/opinion`, {
        opinion: 'agree',
        checklist,
        reasons: '同意',
      }),
    );
  }
  c = await detail(d, id, 'zhaomin');
  if (c.requirements.collective.required)
    await ok(
      d.as.zhaomin!.post(`/api/cases/${id}/collective`, {
        heldAt: d.now().toISOString(),
        place: '局三楼会议室',
        chairId: await userId(d, 'sunjianguo'),
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
  await ok(
    d.as.zhangwei!.post(`/api/cases/${id}/decision-request`, {
      opinion: '建议处罚',
      performance: '自收到本决定书之日起十五日内缴纳',
      reconsiderationBody: '赤峰市人民政府',
      court: '赤峰市红山区人民法院',
    }),
  );
  c = await detail(d, id, 'zhaomin');
  const pending = c.pendingApprovals.find((p) => p.kind === 'decision')!;
  await ok(
    d.as.zhaomin!.post(`/api/cases/${id}/approvals/${pending.id}`, { decision: 'approve', opinion: '同意' }),
  );
  expect((await detail(d, id, 'zhangwei')).status).toBe('decided');
  await ok(
    d.as.zhangwei!.post(`/api/cases/${id}/deliveries`, {
      method: 'direct',
      recipient,
      deliveredAt: d.now().toISOString(),
      witnesses: [],
    }),
  );
  expect((await detail(d, id, 'zhangwei')).status).toBe('delivered');
}

/**
 * A company's hazardous-chemicals warehouse without warning signs, fined 5 000 元 (ordinary procedure, below the
 * hearing threshold): the case the execution and fault flow tests take to a delivered decision.
 */
export function warningSignCase(title: string, today: string): NoticedCaseSpec {
  const day = (n: number) => addDays(today as LocalDate, n);
  return {
    title,
    subject: '赤峰市某危化品经营有限公司',
    summary: '检查发现危险化学品未按规定设置安全警示标志',
    facts: '经检查，该公司危险化学品仓库未按规定设置明显的安全警示标志。',
    actDate: day(-20),
    discoveredOn: day(-1),
    uscc17: '91150402MA0QCFXH2',
    address: '赤峰市红山区某路8号',
    legalRep: '孙某',
    evidencePlace: '危险化学品仓库',
    pickViolation: (types) =>
      types.find((t) =>
        t.bands.some((b) => (b.fineMinFen ?? 0) <= 500_000 && (b.fineMaxFen ?? Infinity) >= 500_000),
      ) ?? types[0]!,
    fineFen: 500_000,
    reportFacts: '该公司危险化学品仓库未设置明显的安全警示标志。',
    majorRights: false,
    departureReason: '情节较轻，按较轻档次处罚',
    hearingEligible: false,
  };
}
