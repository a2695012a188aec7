import type { Calendar } from '../../../kernel/calendar/index.js';
import { fromEpochDay, toEpochDay, yearOf, type LocalDate } from '../../../kernel/local-date.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import type { CalendarChange, CalendarChangeResult } from '../../calendar/index.js';
import { notificationsWriter, type NewNotification } from '../../workbench/index.js';
import { DEADLINE_AUDIT } from '../deadlines.audit.js';
import { deadlinesRepository, type RecomputeCandidate, type RecomputedDue } from '../deadlines.repository.js';
import { findRule } from '../rules/index.js';
import { dueLabel, dueOfRow } from './shared.js';

/**
 * The days whose status differs between two calendars: working or not (under either counting of 调休上班日),
 * or published versus projected. Sorted epoch days. About 6,000 O(1) look-ups.
 */
export function changedDays(before: Calendar, after: Calendar): Int32Array {
  const first = toEpochDay(before.firstDate > after.firstDate ? before.firstDate : after.firstDate);
  const last = toEpochDay(before.lastDate < after.lastDate ? before.lastDate : after.lastDate);
  const out: number[] = [];
  const strict = { countMakeupWorkdays: false };
  for (let e = first; e <= last; e++) {
    const date = fromEpochDay(e);
    const year = yearOf(date);
    if (
      before.isWorkingDay(date) !== after.isWorkingDay(date) ||
      before.isWorkingDay(date, strict) !== after.isWorkingDay(date, strict) ||
      before.isPublishedYear(year) !== after.isPublishedYear(year)
    )
      out.push(e);
  }
  return Int32Array.from(out);
}

/** Whether any changed day lies in [from, to] (binary search). */
function touches(changed: Int32Array, from: number, to: number): boolean {
  let lo = 0;
  let hi = changed.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (changed[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < changed.length && changed[lo]! <= to;
}

/** The days a stored period's computation looked at: from its trigger to its due date (and any resumption). */
function span(row: RecomputeCandidate): [number, number] | null {
  if (row.periodUnit === 'hour' || !row.triggerDate || !row.dueDate) return null;
  const ends = [toEpochDay(row.triggerDate as LocalDate), toEpochDay(row.dueDate as LocalDate)];
  for (const s of row.suspensions) if (s.to) ends.push(toEpochDay(s.to as LocalDate));
  // A 'before' period also looked at the days up to the trigger, and roll-over at the day after the due date.
  return [Math.min(...ends), Math.max(...ends) + 1];
}

export interface RecomputeChange {
  id: string;
  ruleId: string;
  object: string;
  from: string;
  to: string;
  projected?: { from: boolean; to: boolean };
}

/**
 * The deadlines module's answer to a calendar change (import, correction, overlay edit), run inside the change's
 * transaction while it holds the calendar exclusively: every open, suspended or extended deadline whose period
 * touches a changed day is recomputed with the new calendar (hour periods do not depend on it), written back in
 * batches, and the whole change is audited in ONE event listing each moved due date (old -> new) and each
 * projected deadline that became official. The responsible person gets an information notice per moved date.
 */
export async function recomputeDeadlines(tx: Tx, change: CalendarChange): Promise<CalendarChangeResult> {
  const changed = changedDays(change.before.calendar, change.after.calendar);
  if (!changed.length) return { changed: 0, touched: 0 };
  const rows = await deadlinesRepository.activeForRecompute(
    tx,
    fromEpochDay(changed[0]!),
    fromEpochDay(changed[changed.length - 1]!),
  );
  const writes: RecomputedDue[] = [];
  const moved: RecomputeChange[] = [];
  /** Deadlines whose due date stayed but which no longer depend on a projected year (or now do). */
  const reflagged: { id: string; projected: boolean }[] = [];
  let touched = 0;
  const failures: { id: string; ruleId: string; error: string }[] = [];
  const notices: NewNotification[] = [];
  for (const row of rows) {
    const range = span(row);
    if (!range || !touches(changed, range[0], range[1])) continue;
    let due;
    try {
      due = dueOfRow(row, change.after.calendar);
    } catch (e) {
      failures.push({ id: row.id, ruleId: row.ruleId, error: e instanceof Error ? e.message : String(e) });
      continue;
    }
    touched++;
    const from = dueLabel(row);
    const to = due.due ?? due.dueAt.toISOString();
    // An unchanged result keeps its stored calendar version: that version still reproduces it exactly (the days
    // that changed inside its span did not move its end), so there is nothing to write.
    if (from === to && row.projected === due.projected) continue;
    writes.push({
      id: row.id,
      dueDate: due.due,
      dueAt: due.dueAt,
      projected: due.projected,
      calendarVersion: due.calendarVersion,
    });
    if (from === to) reflagged.push({ id: row.id, projected: due.projected });
    else
      moved.push({
        id: row.id,
        ruleId: row.ruleId,
        object: `${row.objectType}:${row.objectId}`,
        from,
        to,
        ...(row.projected !== due.projected ? { projected: { from: row.projected, to: due.projected } } : {}),
      });
    if (from !== to && row.responsibleUserId) {
      notices.push({
        userId: row.responsibleUserId,
        level: 'info',
        title: `期限已重新计算：${row.title}`,
        body: `因工作日历调整，「${findRule(row.ruleId)?.name ?? row.ruleId}」的届满日由 ${from} 改为 ${to}。依据：${row.basis}`,
        link: row.link ?? `/deadlines?id=${row.id}`,
        dedupeKey: `deadline:${row.id}:recomputed:${change.after.calendar.version}`,
      });
    }
  }
  await deadlinesRepository.writeRecomputed(tx, writes);
  for (let i = 0; i < notices.length; i += 1000)
    await notificationsWriter.insertMany(tx, notices.slice(i, i + 1000));
  if (writes.length || failures.length) {
    // Compact on purpose: the event can list tens of thousands of deadlines (a year import touches every period
    // reaching into that year). Ids are enough to find each deadline; moved dates carry old and new.
    const nowOfficial = reflagged.filter((r) => !r.projected).map((r) => r.id);
    const nowProjected = reflagged.filter((r) => r.projected).map((r) => r.id);
    await recordAudit(tx, change.ctx, {
      action: DEADLINE_AUDIT.recomputed,
      objectType: 'calendar',
      objectId: change.after.calendar.version,
      payload: {
        cause: change.cause,
        calendarVersion: { from: change.before.calendar.version, to: change.after.calendar.version },
        changedDays: {
          count: changed.length,
          first: changed.length ? fromEpochDay(changed[0]!) : null,
          last: changed.length ? fromEpochDay(changed[changed.length - 1]!) : null,
        },
        touched,
        unchanged: touched - writes.length,
        changes: moved,
        projectedToOfficial: nowOfficial,
        officialToProjected: nowProjected,
        failures,
      },
    });
  }
  return { changed: moved.length, touched };
}
