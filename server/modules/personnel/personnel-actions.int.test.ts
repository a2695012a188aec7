import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PersonnelActionList } from '../../../common/contracts/personnel.js';
import type { Database } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildUnit } from '../../test/factories.js';
import { buildTestApp, loggedIn, TestClient } from '../../test/http.js';
import { orgRepository } from '../org/index.js';
import { changeCertificateStatus } from './commands/certificate-changes.js';
import { departOfficer } from './commands/officer-record.js';
import { updateOfficer } from './commands/officers.js';
import { recordPersonnelAction } from './commands/personnel-actions.js';
import {
  registerPersonnelActionObserver,
  unregisterPersonnelActionObserver,
  type PersonnelActionEvent,
  type PersonnelActionObserver,
} from './index.js';
import { buildActor, buildOfficer, testDeps, today } from './test-factories.js';

let database: Database;
let app: FastifyInstance;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

// The observer list is the module's, shared by every test of this file: each test removes what it registered.
const registered: PersonnelActionObserver[] = [];
function observe(o: PersonnelActionObserver): void {
  registerPersonnelActionObserver(o);
  registered.push(o);
}
afterEach(() => {
  for (const o of registered.splice(0)) unregisterPersonnelActionObserver(o);
});

/** An observer that keeps what it was told. */
function recorder() {
  const events: PersonnelActionEvent[] = [];
  observe(async (_tx, event) => {
    events.push(event);
  });
  return events;
}

const actionsOf = (officerId: string) =>
  database.query<{
    id: string;
    kind: string;
    user_id: string | null;
    effective_on: string;
    summary: string;
    reason: string;
    basis: string | null;
    document_no: string | null;
    source: string;
    recorded_by_name: string;
  }>(
    `SELECT id, kind, user_id, effective_on::text, summary, reason, basis, document_no, source, recorded_by_name
       FROM personnel_actions WHERE officer_id = $1 ORDER BY recorded_at`,
    [officerId],
  );

const auditedActions = async (officerId: string) =>
  (
    await database.query<{ payload: { actionId: string; kind: string } }>(
      `SELECT payload FROM audit_events WHERE action = 'personnel.action-recorded' AND object_id = $1 ORDER BY id`,
      [officerId],
    )
  ).map((r) => r.payload);

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

async function buildPosition(isLeadership: boolean) {
  return database.transaction((tx) =>
    orgRepository.insertPosition(tx, {
      name: `${isLeadership ? '科长' : '科员'}${crypto.randomBytes(3).toString('hex')}`,
      isLeadership,
    }),
  );
}

describe(`personnel actions recorded by officer changes (${testEngine()})`, () => {
  it('records a unit change as a transfer and tells the observer inside the transaction', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const holder = await buildActor(database, ['officer']);
    const from = await buildUnit(database, { name: `政策法规科${crypto.randomBytes(2).toString('hex')}` });
    const to = await buildUnit(database, { name: `综合科${crypto.randomBytes(2).toString('hex')}` });
    const { officer } = await buildOfficer(database, {
      unitId: from.id,
      userId: holder.user.id,
      name: '李明',
    });
    const seen: { unitId: string; rows: number }[] = [];
    const events = recorder();
    observe(async (tx, event) => {
      // Inside the recording transaction: the officer already moved and the action row exists.
      const r = await tx.execute<{ unit_id: string; n: number }>(
        sql`SELECT unit_id, (SELECT count(*)::int FROM personnel_actions WHERE id = ${event.actionId}) AS n
              FROM officers WHERE id = ${event.officerId}`,
      );
      seen.push({ unitId: r.rows[0]!.unit_id, rows: Number(r.rows[0]!.n) });
    });

    await updateOfficer(
      testDeps(database),
      keeper.actor,
      officer.id,
      { unitId: to.id, reason: '局党组会议决定（赤应急党〔2026〕3号）' },
      keeper.ctx,
    );

    const rows = await actionsOf(officer.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'transfer',
      user_id: holder.user.id,
      effective_on: today(),
      summary: `${from.name} → ${to.name}`,
      reason: '局党组会议决定（赤应急党〔2026〕3号）',
      basis: null,
      source: 'officer_update',
      recorded_by_name: keeper.user.displayName,
    });
    expect(events).toEqual([
      {
        actionId: rows[0]!.id,
        kind: 'transfer',
        officerId: officer.id,
        userId: holder.user.id,
        officerName: '李明',
        effectiveOn: today(),
        summary: `${from.name} → ${to.name}`,
        reason: '局党组会议决定（赤应急党〔2026〕3号）',
        basis: null,
      },
    ]);
    expect(seen).toEqual([{ unitId: to.id, rows: 1 }]);
    expect(await auditedActions(officer.id)).toEqual([
      expect.objectContaining({ actionId: rows[0]!.id, kind: 'transfer', source: 'officer_update' }),
    ]);
  });

  it('rolls the officer change back when an observer refuses', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const from = await buildUnit(database);
    const to = await buildUnit(database);
    const { officer } = await buildOfficer(database, { unitId: from.id });
    const events = recorder();
    observe(async () => {
      throw new AppError('CONFLICT', '观察者拒绝');
    });
    const before = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');

    const e = await refusal(
      updateOfficer(testDeps(database), keeper.actor, officer.id, { unitId: to.id }, keeper.ctx),
    );

    expect(e.message).toBe('观察者拒绝');
    expect(events).toHaveLength(1);
    const [row] = await database.query<{ unit_id: string }>('SELECT unit_id FROM officers WHERE id = $1', [
      officer.id,
    ]);
    expect(row!.unit_id).toBe(from.id);
    expect(await actionsOf(officer.id)).toEqual([]);
    expect(await database.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events')).toEqual(
      before,
    );
  });

  it('records leaving a leadership position for a plain one as a demotion, other position changes as post changes', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const head = await buildPosition(true);
    const clerk = await buildPosition(false);
    const { officer } = await buildOfficer(database, {});
    const deps = testDeps(database);
    await updateOfficer(deps, keeper.actor, officer.id, { positionId: head.id }, keeper.ctx);
    await updateOfficer(deps, keeper.actor, officer.id, { positionId: clerk.id }, keeper.ctx);
    // A change without unit or position records nothing.
    await updateOfficer(deps, keeper.actor, officer.id, { education: 'bachelor' }, keeper.ctx);

    const rows = await actionsOf(officer.id);
    expect(rows.map((r) => [r.kind, r.summary, r.reason])).toEqual([
      ['post_change', `职务：无 → ${head.name}`, '人员信息变更'],
      ['demotion', `职务：${head.name} → ${clerk.name}`, '人员信息变更'],
    ]);
  });

  it('records a departure as one action, a dismissal when the note says 辞退', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const { officer, certificate } = await buildOfficer(database, { certificate: 'valid' });
    const events = recorder();
    await departOfficer(
      testDeps(database),
      keeper.actor,
      officer.id,
      { on: today(), reason: 'resigned', note: '依法予以辞退', approverName: '局党组' },
      keeper.ctx,
    );
    const rows = await actionsOf(officer.id);
    expect(rows.map((r) => [r.kind, r.reason, r.source])).toEqual([
      ['dismissal', '辞职、辞退：依法予以辞退', 'officer_update'],
    ]);
    expect(rows[0]!.summary).toContain(certificate!.number);
    expect(events.map((e) => e.kind)).toEqual(['dismissal']);
  });
});

describe(`personnel actions recorded by certificate decisions (${testEngine()})`, () => {
  it('records a suspension with its reason, basis and 文号; a restoration records nothing; a revocation does', async () => {
    const principal = await buildActor(database, ['principal']);
    const holder = await buildActor(database, ['officer']);
    const { officer, certificate } = await buildOfficer(database, {
      certificate: 'valid',
      userId: holder.user.id,
    });
    const deps = testDeps(database);
    const t = today();
    const events = recorder();
    const decide = (change: 'suspend' | 'restore' | 'revoke', reason: string, documentNo: string | null) =>
      changeCertificateStatus(
        deps,
        principal.actor,
        certificate!.id,
        change,
        { decidedOn: t, reason, documentNo },
        principal.ctx,
      );

    await decide('suspend', '涉嫌执法过错，暂扣待查', '赤应急暂扣〔2026〕9号');
    await decide('restore', '调查结论：无过错', null);
    await decide('revoke', '过错责任追究决定', '赤应急吊销〔2026〕2号');

    const rows = await actionsOf(officer.id);
    expect(rows.map((r) => [r.kind, r.reason, r.document_no, r.source])).toEqual([
      ['certificate_suspension', '涉嫌执法过错，暂扣待查', '赤应急暂扣〔2026〕9号', 'certificate'],
      ['certificate_revocation', '过错责任追究决定', '赤应急吊销〔2026〕2号', 'certificate'],
    ]);
    expect(rows[0]!.basis).toContain('过错责任追究');
    expect(rows[0]!.summary).toBe(`暂扣执法证件 ${certificate!.number}（有效 → 暂扣）`);
    expect(events.map((e) => [e.kind, e.userId, e.officerId])).toEqual([
      ['certificate_suspension', holder.user.id, officer.id],
      ['certificate_revocation', holder.user.id, officer.id],
    ]);
  });
});

describe(`recording a personnel action by hand (${testEngine()})`, () => {
  it('records a poor appraisal for the roster keeper, audited and told to the observers', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const { officer } = await buildOfficer(database, {});
    const events = recorder();
    const id = await recordPersonnelAction(
      testDeps(database),
      keeper.actor,
      officer.id,
      {
        kind: 'poor_appraisal',
        effectiveOn: '2026-01-15',
        reason: '2025年度考核确定为基本称职',
        basis: '《公务员考核规定》第十条',
        documentNo: null,
        summary: null,
      },
      keeper.ctx,
    );
    const rows = await actionsOf(officer.id);
    expect(rows).toEqual([
      expect.objectContaining({
        id,
        kind: 'poor_appraisal',
        effective_on: '2026-01-15',
        summary: '考核评为基本称职或不称职',
        basis: '《公务员考核规定》第十条',
        source: 'manual',
      }),
    ]);
    expect(events.map((e) => e.actionId)).toEqual([id]);
    expect((await auditedActions(officer.id)).map((p) => p.actionId)).toEqual([id]);
  });

  it('refuses without personnel.manage, on one’s own record, and outside the scope — writing nothing', async () => {
    const principal = await buildActor(database, ['principal']);
    const unit = await buildUnit(database);
    const head = await buildActor(database, ['section_head'], unit.id);
    const keeper = await buildActor(database, ['legal_reviewer']);
    const { officer } = await buildOfficer(database, {});
    const { officer: own } = await buildOfficer(database, { userId: keeper.user.id });
    const events = recorder();
    const input = {
      kind: 'demotion' as const,
      effectiveOn: today(),
      reason: '降级处分',
      basis: null,
      documentNo: null,
      summary: null,
    };
    const deps = testDeps(database);

    expect(
      (await refusal(recordPersonnelAction(deps, principal.actor, officer.id, input, principal.ctx))).code,
    ).toBe('FORBIDDEN');
    expect((await refusal(recordPersonnelAction(deps, keeper.actor, own.id, input, keeper.ctx))).code).toBe(
      'SELF_QUALIFICATION',
    );
    expect((await refusal(recordPersonnelAction(deps, head.actor, officer.id, input, head.ctx))).code).toBe(
      'NOT_FOUND',
    );
    expect(await actionsOf(officer.id)).toEqual([]);
    expect(await actionsOf(own.id)).toEqual([]);
    expect(events).toEqual([]);
  });

  it('keeps the record append-only in the database', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const { officer } = await buildOfficer(database, {});
    const id = await recordPersonnelAction(
      testDeps(database),
      keeper.actor,
      officer.id,
      {
        kind: 'removal',
        effectiveOn: today(),
        reason: '免去执法岗位',
        basis: null,
        documentNo: null,
        summary: null,
      },
      keeper.ctx,
    );
    await expect(
      database.query(`UPDATE personnel_actions SET reason = 'x' WHERE id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(database.query(`DELETE FROM personnel_actions WHERE id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    expect((await actionsOf(officer.id)).map((r) => r.reason)).toEqual(['免去执法岗位']);
  });
});

describe(`personnel action routes (${testEngine()})`, () => {
  const login = async (roles: Parameters<typeof buildActor>[1], unitId: string | null = null) => {
    const a = await buildActor(database, roles, unitId);
    return { ...a, client: await loggedIn(app, a.username, a.password) };
  };

  it('records (201) and lists for the keeper; refuses bad input in Chinese (400); 401, 403 and 404 otherwise', async () => {
    const keeper = await login(['legal_reviewer']);
    const me = await login(['officer']);
    const { officer: mine } = await buildOfficer(database, { userId: me.user.id });
    const { officer: other } = await buildOfficer(database, {});
    const url = `/api/personnel/officers/${mine.id}/actions`;

    expect((await new TestClient(app).get(url)).statusCode).toBe(401);
    const bad = await keeper.client.post(url, { kind: 'certificate_suspension', effectiveOn: '2026-13-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/处理类别|日期格式|处理事由/);
    const noReason = await keeper.client.post(url, { kind: 'demotion', effectiveOn: today(), reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(JSON.stringify(noReason.json())).toContain('请填写处理事由');

    const created = await keeper.client.post(url, {
      kind: 'demotion',
      effectiveOn: today(),
      reason: '受到降级处分',
      documentNo: '赤应急人〔2026〕5号',
      summary: '二级主任科员 → 四级主任科员',
    });
    expect(created.statusCode).toBe(201);

    const list = (await keeper.client.get(url)).json<PersonnelActionList>();
    expect(list.canRecord).toBe(true);
    expect(list.items.map((a) => [a.kind, a.summary, a.documentNo, a.basis])).toEqual([
      ['demotion', '二级主任科员 → 四级主任科员', '赤应急人〔2026〕5号', null],
    ]);
    // The officer reads his own, may not record, and sees nobody else's.
    const own = await me.client.get(url);
    expect(own.statusCode).toBe(200);
    expect(own.json<PersonnelActionList>()).toMatchObject({
      canRecord: false,
      items: [{ kind: 'demotion' }],
    });
    expect(
      (await me.client.post(url, { kind: 'other', effectiveOn: today(), reason: '自行登记' })).statusCode,
    ).toBe(403);
    expect((await me.client.get(`/api/personnel/officers/${other.id}/actions`)).statusCode).toBe(404);
  });
});
