import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles.js';
import { systemContext, type AuditContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildUnit, buildUser } from '../../test/factories.js';
import { importCalendarYear, addOverlayDay } from '../calendar/index.js';
import { FIXTURE_2027 } from '../calendar/test-fixtures.js';
import { orgRepository } from '../org/index.js';
import {
  extendDeadline,
  meetDeadline,
  openDeadline,
  recomputeDeadlines,
  resumeDeadline,
  suspendDeadline,
  sweepDeadlines,
  SWEEP_LOCK,
  waiveDeadline,
  type DeadlineRow,
  type NotificationChannel,
  type OutboundMessage,
} from './index.js';

let database: Database;
let unitId: string;
let otherUnitId: string;
let officer: { id: string; roles: Role[] };
let head: { id: string };
let leader: { id: string; roles: Role[] };

const ctxOf = (id: string | null, roles: string[] = []): AuditContext => ({
  actor: { id, name: '测试', roles, unit: null },
  requestId: null,
  ip: null,
});
const ctx = systemContext();
let seq = 0;
const objectId = () => `obj-${++seq}`;

async function open(
  ruleId: string,
  trigger: string | Date,
  extra: Partial<{ responsibleUserId: string | null; unitId: string | null }> = {},
): Promise<DeadlineRow> {
  return database.transaction((tx) =>
    openDeadline(
      tx,
      {
        ruleId,
        objectType: 'case',
        objectId: objectId(),
        trigger,
        responsibleUserId: extra.responsibleUserId ?? officer.id,
        unitId: extra.unitId ?? unitId,
        title: `测试期限 ${ruleId}`,
        link: null,
      },
      ctx,
    ),
  );
}

const audits = (action: string) =>
  database.query<{ object_id: string | null; payload: Record<string, unknown> }>(
    'SELECT object_id, payload FROM audit_events WHERE action = $1 ORDER BY id',
    [action],
  );
const row = async (id: string) =>
  (
    await database.query<{
      status: string;
      due_date: string | null;
      projected: boolean;
      calendar_version: string;
      length: number;
    }>('SELECT * FROM deadlines WHERE id = $1', [id])
  )[0]!;

beforeAll(async () => {
  database = await createTestDatabase();
  unitId = (await buildUnit(database)).id;
  otherUnitId = (await buildUnit(database)).id;
  officer = { id: (await buildUser(database, { roles: ['officer'], unitId })).user.id, roles: ['officer'] };
  head = { id: (await buildUser(database, { roles: ['section_head'], unitId })).user.id };
  leader = { id: (await buildUser(database, { roles: ['leader'] })).user.id, roles: ['leader'] };
  await database.transaction((tx) =>
    orgRepository.updateUnit(tx, unitId, { supervisingLeaderId: leader.id }),
  );
});
afterAll(async () => {
  await database.close();
});

describe(`deadline instances (${testEngine()})`, () => {
  it('stores the due date with the rule version and calendar version, and audits the opening', async () => {
    const d = await open('penalty.hearing-request', '2025-09-26');
    expect(d).toMatchObject({
      status: 'open',
      ruleVersion: 2,
      dueDate: '2025-10-10',
      periodUnit: 'working_day',
      projected: false,
      basis: '《中华人民共和国行政处罚法》第六十四条第（一）项、第八十五条',
    });
    expect(d.calendarVersion).toMatch(/^cal-/);
    expect(d.dueAt.toISOString()).toBe('2025-10-10T16:00:00.000Z');
    const [event] = (await audits('deadline.opened')).filter((e) => e.object_id === d.id);
    expect(event?.payload).toMatchObject({
      ruleId: 'penalty.hearing-request',
      ruleVersion: 2,
      due: '2025-10-10',
      trigger: '2025-09-26',
    });
  });

  it('uses the old rule for a trigger before the 2021 law and refuses an unknown rule or a duplicate', async () => {
    expect(await open('penalty.hearing-request', '2021-07-14')).toMatchObject({
      ruleVersion: 1,
      periodUnit: 'calendar_day',
      dueDate: '2021-07-19',
    });
    await expect(open('no.such-rule', '2025-01-01')).rejects.toMatchObject({ code: 'DEADLINE_RULE_UNKNOWN' });
    const d = await open('coercion.seizure', '2025-03-03');
    await expect(
      database.transaction((tx) =>
        openDeadline(
          tx,
          {
            ruleId: 'coercion.seizure',
            objectType: 'case',
            objectId: d.objectId,
            trigger: '2025-03-04',
            responsibleUserId: null,
            unitId: null,
            title: 'x',
          },
          ctx,
        ),
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('suspends (中止) and resumes, the remaining period continuing after resumption', async () => {
    // 90 days from 3 March 2025 end on Sunday 1 June (端午 block) -> Tuesday 3 June.
    const d = await open('penalty.decision', '2025-03-03');
    expect(d.dueDate).toBe('2025-06-03');
    const s = await database.transaction((tx) =>
      suspendDeadline(tx, d.id, { from: '2025-03-10', reason: '委托鉴定' }, ctx),
    );
    expect(s.status).toBe('suspended');
    await expect(database.transaction((tx) => meetDeadline(tx, d.id, {}, ctx))).rejects.toMatchObject({
      code: 'DEADLINE_STATE',
    });
    const r = await database.transaction((tx) => resumeDeadline(tx, d.id, { at: '2025-03-20' }, ctx));
    // Nominal end 1 June + 10 days = 11 June (Wednesday).
    expect(r).toMatchObject({
      status: 'open',
      dueDate: '2025-06-11',
      suspensions: [{ from: '2025-03-10', to: '2025-03-20', reason: '委托鉴定' }],
    });
    expect((await audits('deadline.resumed')).at(-1)?.payload).toMatchObject({
      due: { from: '2025-06-03', to: '2025-06-11' },
    });
  });

  it('refuses to suspend a period the law does not let stop', async () => {
    const d = await open('penalty.hearing-request', '2025-03-03');
    await expect(
      database.transaction((tx) => suspendDeadline(tx, d.id, { from: '2025-03-04', reason: 'x' }, ctx)),
    ).rejects.toMatchObject({ code: 'DEADLINE_NOT_SUSPENDABLE' });
  });

  it('extends a seizure by a 负责人 up to the statutory cap, and refuses others', async () => {
    const d = await open('coercion.seizure', '2025-03-03');
    expect(d.dueDate).toBe('2025-04-02');
    await expect(
      database.transaction((tx) =>
        extendDeadline(tx, d.id, { newLength: 60, reason: '情况复杂' }, ctxOf(officer.id), {
          userId: officer.id,
          roles: ['officer'],
          unitId,
        }),
      ),
    ).rejects.toMatchObject({ code: 'DEADLINE_EXTENSION_FORBIDDEN' });
    await expect(
      database.transaction((tx) =>
        extendDeadline(tx, d.id, { newLength: 61, reason: '情况复杂' }, ctxOf(leader.id), {
          userId: leader.id,
          roles: ['leader'],
          unitId: null,
        }),
      ),
    ).rejects.toMatchObject({ code: 'DEADLINE_NOT_EXTENDABLE' });
    const e = await database.transaction((tx) =>
      extendDeadline(tx, d.id, { newLength: 60, reason: '情况复杂，需进一步检测' }, ctxOf(leader.id), {
        userId: leader.id,
        roles: ['leader'],
        unitId: null,
      }),
    );
    // 60 days end on 2 May 2025, inside the Labour Day block -> Tuesday 6 May.
    expect(e).toMatchObject({ status: 'extended', length: 60, dueDate: '2025-05-06' });
    expect(e.extensions[0]).toMatchObject({
      newLength: 60,
      previousLength: 30,
      reason: '情况复杂，需进一步检测',
    });
    expect((await audits('deadline.extended')).at(-1)?.payload).toMatchObject({
      length: { from: 30, to: 60 },
      due: { from: '2025-04-02', to: '2025-05-06' },
    });
    const n = await open('penalty.hearing-request', '2025-03-03');
    await expect(
      database.transaction((tx) =>
        extendDeadline(tx, n.id, { newLength: 10, reason: 'x' }, ctxOf(leader.id), {
          userId: leader.id,
          roles: ['leader'],
          unitId: null,
        }),
      ),
    ).rejects.toMatchObject({ code: 'DEADLINE_NOT_EXTENDABLE' });
  });

  it('meets a deadline on time, records a late completion as missed, and waives', async () => {
    const a = await open('litigation.answer', '2025-03-07');
    const met = await database.transaction((tx) =>
      meetDeadline(tx, a.id, { at: new Date('2025-03-24T15:00:00+08:00') }, ctx),
    );
    expect(met.status).toBe('met');
    const b = await open('litigation.answer', '2025-03-07');
    const late = await database.transaction((tx) =>
      meetDeadline(tx, b.id, { at: new Date('2025-03-25T09:00:00+08:00') }, ctx),
    );
    expect(late.status).toBe('missed');
    expect((await audits('deadline.completed-late')).map((e) => e.object_id)).toContain(b.id);
    const c = await open('litigation.answer', '2025-03-07');
    await expect(
      database.transaction((tx) =>
        waiveDeadline(tx, c.id, { reason: '原告撤诉' }, ctxOf(officer.id), {
          userId: officer.id,
          roles: ['officer'],
          unitId,
        }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await database.transaction((tx) =>
        waiveDeadline(tx, c.id, { reason: '原告撤诉' }, ctxOf(leader.id), {
          userId: leader.id,
          roles: ['leader'],
          unitId: null,
        }),
      ),
    ).toMatchObject({ status: 'waived', closedReason: '原告撤诉' });
  });

  it('runs an hour period from an instant', async () => {
    const d = await open('transfer.send', new Date('2025-09-30T18:30:00+08:00'));
    expect(d).toMatchObject({ periodUnit: 'hour', dueDate: null, triggerDate: null });
    expect(d.dueAt.toISOString()).toBe('2025-10-01T10:30:00.000Z');
    await expect(open('transfer.send', '2025-09-30')).rejects.toMatchObject({ code: 'PERIOD_INVALID' });
  });
});

describe(`recomputation after a calendar change (${testEngine()})`, () => {
  it('recomputes the touched open and suspended deadlines, makes projected ones official, and audits it once', async () => {
    const projected = await open('reconsideration.reply', '2027-02-01');
    expect(projected).toMatchObject({ dueDate: '2027-02-17', projected: true });
    const untouched = await open('penalty.hearing-request', '2025-06-03');
    const hourly = await open('transfer.send', new Date('2027-02-04T10:00:00+08:00'));
    const suspended = await open('penalty.decision', '2026-12-01');
    await database.transaction((tx) =>
      suspendDeadline(tx, suspended.id, { from: '2026-12-10', reason: '检测' }, ctx),
    );
    const closed = await open('reconsideration.reply', '2027-02-02');
    await database.transaction((tx) =>
      meetDeadline(tx, closed.id, { at: new Date('2027-02-03T10:00:00+08:00') }, ctx),
    );
    const before = await audits('deadline.recomputed');

    const r = await importCalendarYear(
      database,
      { content: FIXTURE_2027, fileName: '2027.json' },
      ctxOf(null, ['legal_reviewer']),
      recomputeDeadlines,
    );
    expect(r.deadlinesChanged).toBeGreaterThanOrEqual(1);

    expect(await row(projected.id)).toMatchObject({
      due_date: '2027-02-20',
      projected: false,
      calendar_version: r.calendarVersion,
      status: 'open',
    });
    expect(await row(untouched.id)).toMatchObject({
      due_date: untouched.dueDate,
      calendar_version: untouched.calendarVersion,
    });
    expect((await row(hourly.id)).calendar_version).toBe(hourly.calendarVersion);
    const s = await row(suspended.id);
    expect(s).toMatchObject({ status: 'suspended', projected: false, calendar_version: r.calendarVersion });
    expect((await row(closed.id)).calendar_version).toBe(closed.calendarVersion);

    const after = await audits('deadline.recomputed');
    expect(after.length).toBe(before.length + 1);
    const payload = after.at(-1)!.payload as {
      changes: { id: string; from: string; to: string; projected?: unknown }[];
      cause: { kind: string; year: number };
    };
    expect(payload.cause).toMatchObject({ kind: 'import', year: 2027 });
    expect(payload.changes).toContainEqual({
      id: projected.id,
      ruleId: 'reconsideration.reply',
      object: `case:${projected.objectId}`,
      from: '2027-02-17',
      to: '2027-02-20',
      projected: { from: true, to: false },
    });
    expect(payload.changes.map((c) => c.id)).not.toContain(untouched.id);
    const notes = await database.query<{ title: string; body: string }>(
      "SELECT title, body FROM notifications WHERE user_id = $1 AND level = 'info' AND dedupe_key LIKE $2",
      [officer.id, `deadline:${projected.id}:recomputed:%`],
    );
    expect(notes[0]?.body).toContain('由 2027-02-17 改为 2027-02-20');
  });

  it('recomputes after a local overlay change too', async () => {
    const d = await open('penalty.hearing-request', '2025-07-07');
    expect(d.dueDate).toBe('2025-07-14');
    await addOverlayDay(
      database,
      { date: '2025-07-10', kind: 'rest', name: '那达慕大会', source: '测试通知' },
      ctxOf(null),
      recomputeDeadlines,
    );
    expect((await row(d.id)).due_date).toBe('2025-07-15');
  });
});

class Recording implements NotificationChannel {
  readonly name = 'test';
  sent: OutboundMessage[] = [];
  send(messages: readonly OutboundMessage[]) {
    this.sent.push(...messages);
    return Promise.resolve();
  }
}

describe(`the warnings sweep (${testEngine()})`, () => {
  const settings = { dueSoonWorkingDays: 3, dueSoonHours: 4 };

  it('flags due-soon and overdue items, notifies the responsible person and section head, escalates to the leader, and is idempotent', async () => {
    // Fresh objects so that earlier tests' deadlines (all due long before) do not blur the counts: close them.
    await database.query("UPDATE deadlines SET status = 'waived' WHERE status IN ('open', 'extended')");
    const soon = await open('penalty.hearing-request', '2025-09-30'); // due 14 October 2025
    const over = await open('penalty.hearing-request', '2025-09-26'); // due 10 October 2025
    const later = await open('reconsideration.reply', '2025-10-09'); // due 22 October 2025 (due soon at 5 working days for this rule)
    const hour = await open('transfer.send', new Date('2025-10-10T09:00:00+08:00')); // due 11 October 09:00
    const now = new Date('2025-10-11T06:00:00+08:00'); // Saturday 11 October, a make-up working day
    const channel = new Recording();

    const first = await sweepDeadlines(database, { now, settings, channel, ctx });
    expect(first).toMatchObject({ ran: true, overdue: 1, dueSoon: 2, escalated: 1 });
    expect(await row(over.id)).toMatchObject({ status: 'missed' });
    expect(await row(later.id)).toMatchObject({ status: 'open' });
    const notes = await database.query<{ user_id: string; level: string; dedupe_key: string }>(
      "SELECT user_id, level, dedupe_key FROM notifications WHERE dedupe_key LIKE 'deadline:%' AND dedupe_key NOT LIKE '%:recomputed:%' ORDER BY level, user_id",
    );
    const of = (id: string) =>
      notes
        .filter((n) => n.dedupe_key.startsWith(`deadline:${id}:`))
        .map((n) => `${n.level}:${n.user_id}`)
        .sort();
    expect(of(soon.id)).toEqual([`due_soon:${head.id}`, `due_soon:${officer.id}`].sort());
    expect(of(hour.id)).toEqual([`due_soon:${head.id}`, `due_soon:${officer.id}`].sort());
    expect(of(over.id)).toEqual(
      [`escalated:${leader.id}`, `overdue:${head.id}`, `overdue:${officer.id}`].sort(),
    );
    expect(of(later.id)).toEqual([]);
    expect(channel.sent.length).toBe(first.notifications);

    const second = await sweepDeadlines(database, { now, settings, channel, ctx });
    expect(second).toMatchObject({ ran: true, overdue: 0, dueSoon: 0, notifications: 0, auditEventId: null });
    const sweeps = await audits('deadline.swept');
    expect(sweeps).toHaveLength(1);
    expect(sweeps[0]?.payload).toMatchObject({
      dueSoon: { count: 2 },
      overdue: { count: 1 },
      escalated: 1,
      notifications: first.notifications,
    });

    // A due-soon item that becomes overdue is flagged again, as overdue.
    const third = await sweepDeadlines(database, {
      now: new Date('2025-10-15T00:00:01+08:00'),
      settings,
      channel,
      ctx,
    });
    // soon (14 Oct) and hour (11 Oct 09:00) are now overdue; later (22 Oct) is 5 working days away, due soon.
    expect(third).toMatchObject({ overdue: 2, dueSoon: 1 });
    expect((await audits('deadline.swept')).length).toBe(2);
  });

  it('lets one sweep run at a time: a second caller while the lock is held does nothing', async () => {
    await open('penalty.hearing-request', '2025-09-30');
    const channel = new Recording();
    const held = await database.withAdvisoryLock(SWEEP_LOCK, () =>
      sweepDeadlines(database, { now: new Date('2025-10-20T09:00:00+08:00'), settings, channel, ctx }),
    );
    expect(held?.value).toEqual({
      ran: false,
      dueSoon: 0,
      overdue: 0,
      notifications: 0,
      escalated: 0,
      auditEventId: null,
    });
    const after = await sweepDeadlines(database, {
      now: new Date('2025-10-20T09:00:00+08:00'),
      settings,
      channel,
      ctx,
    });
    expect(after.ran).toBe(true);
  });

  it('skips a deadline of another unit for this unit’s section head', async () => {
    await database.query("UPDATE deadlines SET status = 'waived' WHERE status IN ('open', 'extended')");
    const d = await open('penalty.hearing-request', '2025-09-30', { unitId: otherUnitId });
    await sweepDeadlines(database, {
      now: new Date('2025-10-13T09:00:00+08:00'),
      settings,
      channel: new Recording(),
      ctx,
    });
    const users = await database.query<{ user_id: string }>(
      'SELECT user_id FROM notifications WHERE dedupe_key LIKE $1',
      [`deadline:${d.id}:%`],
    );
    expect(users.map((u) => u.user_id)).toEqual([officer.id]);
  });
});
