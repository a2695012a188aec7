import { addDays, startOfDayInShanghai, todayInShanghai } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/database.js';
import { holdCalendar, loadCalendar } from '../../calendar/index.js';
import { iamQueries } from '../../iam/index.js';
import { orgRepository } from '../../org/index.js';
import { notificationsWriter, type NewNotification } from '../../workbench/index.js';
import { DEADLINE_AUDIT } from '../deadlines.audit.js';
import { deadlinesRepository } from '../deadlines.repository.js';
import type { DeadlineRow } from '../deadlines.schema.js';
import type { DeadlineSettings } from '../deadlines.settings.js';
import type { NotificationChannel, OutboundMessage } from '../notification-channel.js';
import { DEADLINE_RULES, findRule } from '../rules/index.js';
import { assessWarning } from '../rules/warning-level.js';
import { dueForPeople } from './shared.js';

/** Advisory lock key of the sweep: one sweep at a time across every instance sharing the database. */
export const SWEEP_LOCK = 7_301_200;

export interface SweepOptions {
  now: Date;
  settings: Pick<DeadlineSettings, 'dueSoonWorkingDays' | 'dueSoonHours'>;
  channel: NotificationChannel;
  ctx: AuditContext;
  /** Log of channel failures (the sweep itself has committed by then). */
  onChannelError?: (err: unknown) => void;
}

export interface SweepReport {
  /** False when another instance held the sweep lock: nothing was done. */
  ran: boolean;
  dueSoon: number;
  overdue: number;
  notifications: number;
  escalated: number;
  auditEventId: number | null;
}

interface Recipients {
  headsByUnit: Map<string, string[]>;
  leaderByUnit: Map<string, string>;
}

async function loadRecipients(database: Database): Promise<Recipients> {
  const heads = await iamQueries.usersWithRole(database.db, 'section_head');
  const headsByUnit = new Map<string, string[]>();
  for (const h of heads)
    if (h.unitId && !h.disabled) headsByUnit.set(h.unitId, [...(headsByUnit.get(h.unitId) ?? []), h.id]);
  const leaderByUnit = new Map<string, string>();
  for (const { unit } of await orgRepository.units(database.db))
    if (unit.supervisingLeaderId) leaderByUnit.set(unit.id, unit.supervisingLeaderId);
  return { headsByUnit, leaderByUnit };
}

function notice(
  row: DeadlineRow,
  level: 'due_soon' | 'overdue' | 'escalated',
  userId: string,
  leftText: string,
): NewNotification {
  const ruleName = findRule(row.ruleId)?.name ?? row.ruleId;
  const due = dueForPeople(row);
  const [title, body] =
    level === 'due_soon'
      ? [`期限将至：${row.title}`, `「${ruleName}」将于 ${due} 届满${leftText}。依据：${row.basis}`]
      : level === 'overdue'
        ? [`已逾期：${row.title}`, `「${ruleName}」已于 ${due} 届满，尚未登记完成。依据：${row.basis}`]
        : [
            `逾期督办：${row.title}`,
            `「${ruleName}」已于 ${due} 届满，尚未登记完成，请督促办理。依据：${row.basis}`,
          ];
  return {
    userId,
    level,
    title,
    body,
    link: row.link ?? `/deadlines?id=${row.id}`,
    dedupeKey: `deadline:${row.id}:${level}:${row.dueAt.toISOString()}`,
  };
}

/**
 * The warnings sweep (legal-spec §1.4, §2.4): marks running deadlines due soon (default 3 working days before the
 * due day; 4 hours for hour periods; a rule may set its own) and overdue (status `missed`), puts notifications on
 * the 工作台 of the responsible person and of their unit's section heads, and escalates overdue items to the
 * unit's 分管局领导. One sweep at a time across instances (advisory lock; a second caller returns `ran: false`).
 * Idempotent: a deadline is flagged once per level and due instant, and notifications carry dedupe keys. Writes
 * one audit event per run that changed something. Outbound channels are called after the commit.
 */
export async function sweepDeadlines(database: Database, opts: SweepOptions): Promise<SweepReport> {
  const locked = await database.withAdvisoryLock(SWEEP_LOCK, () => runSweep(database, opts));
  return locked
    ? locked.value
    : { ran: false, dueSoon: 0, overdue: 0, notifications: 0, escalated: 0, auditEventId: null };
}

async function runSweep(database: Database, opts: SweepOptions): Promise<SweepReport> {
  const { now, settings } = opts;
  const snapshot = await loadCalendar(database.db);
  const widest = Math.max(settings.dueSoonWorkingDays, ...DEADLINE_RULES.map((r) => r.warnWorkingDays ?? 0));
  // Generous calendar-day horizon for N working days (a 9-day Spring Festival block plus weekends); exact below.
  const dayHorizon = startOfDayInShanghai(addDays(todayInShanghai(now), widest * 2 + 21));
  const hourHorizon = new Date(now.getTime() + settings.dueSoonHours * 3_600_000);
  const horizon = dayHorizon > hourHorizon ? dayHorizon : hourHorizon;
  const candidates = await deadlinesRepository.sweepCandidates(database.db, now, horizon);

  const overdue: DeadlineRow[] = [];
  const dueSoon: { row: DeadlineRow; leftText: string }[] = [];
  for (const row of candidates) {
    const rule = findRule(row.ruleId);
    const a = assessWarning(
      { unit: row.periodUnit, dueDate: row.dueDate, dueAt: row.dueAt },
      now,
      snapshot.calendar,
      { countMakeupWorkdays: row.countMakeupWorkdays },
      {
        // A rule may warn earlier than the default (the 复议 reply at T-5), never later.
        workingDays: Math.max(rule?.warnWorkingDays ?? 0, settings.dueSoonWorkingDays),
        hours: settings.dueSoonHours,
      },
    );
    if (a.level === 'overdue') overdue.push(row);
    else if (
      a.level === 'due_soon' &&
      !(row.warnLevel === 'due_soon' && row.warnedDueAt?.getTime() === row.dueAt.getTime())
    ) {
      const leftText =
        a.hoursLeft !== null
          ? `（剩余约 ${Math.max(0, Math.floor(a.hoursLeft))} 小时）`
          : a.workingDaysLeft === 0
            ? '（今日届满）'
            : `（剩余 ${a.workingDaysLeft} 个工作日）`;
      dueSoon.push({ row, leftText });
    }
  }
  if (!overdue.length && !dueSoon.length)
    return { ran: true, dueSoon: 0, overdue: 0, notifications: 0, escalated: 0, auditEventId: null };

  const recipients = await loadRecipients(database);
  const outbound: OutboundMessage[] = [];
  const report = await database.transaction(async (tx) => {
    await holdCalendar(tx);
    const missed = new Set(await deadlinesRepository.flag(tx, 'overdue', overdue));
    const soon = new Set(
      await deadlinesRepository.flag(
        tx,
        'due_soon',
        dueSoon.map((d) => d.row),
      ),
    );
    // Everything changed under us (met, extended, recomputed) since the candidates were read: nothing to record.
    if (!missed.size && !soon.size)
      return { ran: true, dueSoon: 0, overdue: 0, notifications: 0, escalated: 0, auditEventId: null };
    const rows: NewNotification[] = [];
    const seen = new Set<string>();
    const push = (n: NewNotification) => {
      const key = `${n.userId}|${n.dedupeKey}`;
      if (seen.has(key)) return;
      seen.add(key);
      rows.push(n);
    };
    let escalated = 0;
    const people = (row: DeadlineRow) => [
      ...new Set(
        [row.responsibleUserId, ...(row.unitId ? (recipients.headsByUnit.get(row.unitId) ?? []) : [])].filter(
          (u): u is string => !!u,
        ),
      ),
    ];
    for (const { row, leftText } of dueSoon)
      if (soon.has(row.id)) for (const u of people(row)) push(notice(row, 'due_soon', u, leftText));
    for (const row of overdue) {
      if (!missed.has(row.id)) continue;
      for (const u of people(row)) push(notice(row, 'overdue', u, ''));
      const leader = row.unitId ? recipients.leaderByUnit.get(row.unitId) : undefined;
      if (leader) {
        push(notice(row, 'escalated', leader, ''));
        escalated++;
      }
    }
    let inserted = 0;
    for (let i = 0; i < rows.length; i += 1000)
      inserted += await notificationsWriter.insertMany(tx, rows.slice(i, i + 1000));
    outbound.push(
      ...rows.map((n) => ({
        userId: n.userId,
        level: n.level,
        title: n.title,
        body: n.body ?? '',
        link: n.link ?? null,
      })),
    );
    const sample = (ids: Iterable<string>) => [...ids].slice(0, 200);
    const audit = await recordAudit(tx, opts.ctx, {
      action: DEADLINE_AUDIT.swept,
      objectType: 'deadline_sweep',
      objectId: null,
      payload: {
        at: now.toISOString(),
        thresholds: { workingDays: settings.dueSoonWorkingDays, hours: settings.dueSoonHours },
        dueSoon: { count: soon.size, ids: sample(soon) },
        overdue: { count: missed.size, ids: sample(missed) },
        escalated,
        notifications: inserted,
        calendarVersion: snapshot.calendar.version,
      },
    });
    return {
      ran: true,
      dueSoon: soon.size,
      overdue: missed.size,
      notifications: inserted,
      escalated,
      auditEventId: audit.id,
    };
  });
  if (outbound.length) await opts.channel.send(outbound).catch((err: unknown) => opts.onChannelError?.(err));
  return report;
}
