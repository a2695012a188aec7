import type { OverlayBody } from '../../../../common/contracts/calendar.js';
import { CalendarError } from '../../../kernel/calendar/index.js';
import { isValidLocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Database, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { CALENDAR_AUDIT } from '../calendar.audit.js';
import type { CalendarChangeCause, CalendarChangeResult, OnCalendarChanged } from '../calendar.events.js';
import { calendarRepository, type OverlayRow } from '../calendar.repository.js';
import { loadCalendar, type CalendarSnapshot } from '../calendar.service.js';

export interface OverlayOutcome {
  day: OverlayRow | null;
  calendarVersion: string;
  deadlinesChanged: number;
}

function checkDate(snapshot: CalendarSnapshot, date: string): void {
  if (!isValidLocalDate(date)) throw new AppError('VALIDATION_FAILED', `日期「${date}」无效`);
  if (!snapshot.calendar.covers(date))
    throw new AppError(
      'VALIDATION_FAILED',
      `日期 ${date} 超出工作日历覆盖范围（${snapshot.calendar.firstDate}至${snapshot.calendar.lastDate}）`,
    );
}

/**
 * Runs one overlay change: exclusive calendar lock, the change, a rebuilt calendar (the kernel refuses an overlay
 * that turns a national rest day into a working day), the deadline recomputation, the audit event.
 */
async function change(
  database: Database,
  ctx: AuditContext,
  onChanged: OnCalendarChanged,
  run: (
    tx: Tx,
    before: CalendarSnapshot,
  ) => Promise<{
    row: OverlayRow | null;
    cause: CalendarChangeCause;
    audit: { action: string; objectId: string; payload: Record<string, unknown> };
  }>,
): Promise<OverlayOutcome> {
  return database.transaction(async (tx) => {
    await calendarRepository.lockExclusive(tx);
    const before = await loadCalendar(tx);
    const { row, cause, audit } = await run(tx, before);
    await calendarRepository.touch(tx);
    let after: CalendarSnapshot;
    try {
      after = await loadCalendar(tx);
    } catch (e) {
      if (e instanceof CalendarError)
        throw new AppError('CALENDAR_DATA_CONFLICT', `${e.message}。未作修改。`);
      throw e;
    }
    const result: CalendarChangeResult = await onChanged(tx, { before, after, cause, ctx });
    await recordAudit(tx, ctx, {
      action: audit.action,
      objectType: 'calendar_overlay_day',
      objectId: audit.objectId,
      payload: {
        ...audit.payload,
        calendarVersion: { from: before.calendar.version, to: after.calendar.version },
        deadlinesChanged: result.changed,
        deadlinesTouched: result.touched,
      },
    });
    return { day: row, calendarVersion: after.calendar.version, deadlinesChanged: result.changed };
  });
}

/** Adds a local rest or working day (《全国年节及纪念日放假办法》第四条; local orders), citing its source. */
export function addOverlayDay(
  database: Database,
  input: OverlayBody,
  ctx: AuditContext,
  onChanged: OnCalendarChanged,
): Promise<OverlayOutcome> {
  return change(database, ctx, onChanged, async (tx, before) => {
    checkDate(before, input.date);
    if (await calendarRepository.overlayDayOn(tx, input.date))
      throw new AppError('CONFLICT', `${input.date} 已有地方日历记录，请修改该记录`);
    const row = await calendarRepository.insertOverlay(tx, {
      ...input,
      createdBy: ctx.actor.id,
      createdByName: ctx.actor.name,
    });
    return {
      row,
      cause: { kind: 'overlay', action: 'added', dates: [input.date] },
      audit: { action: CALENDAR_AUDIT.overlayAdded, objectId: row.id, payload: { ...input } },
    };
  });
}

export function updateOverlayDay(
  database: Database,
  id: string,
  input: OverlayBody,
  ctx: AuditContext,
  onChanged: OnCalendarChanged,
): Promise<OverlayOutcome> {
  return change(database, ctx, onChanged, async (tx, before) => {
    const existing = await calendarRepository.overlayDay(tx, id);
    if (!existing) throw new AppError('NOT_FOUND');
    checkDate(before, input.date);
    const clash = await calendarRepository.overlayDayOn(tx, input.date);
    if (clash && clash.id !== id) throw new AppError('CONFLICT', `${input.date} 已有地方日历记录`);
    const row = await calendarRepository.updateOverlay(tx, id, input);
    const from = { date: existing.date, kind: existing.kind, name: existing.name, source: existing.source };
    return {
      row,
      cause: { kind: 'overlay', action: 'updated', dates: [...new Set([existing.date, input.date])] },
      audit: { action: CALENDAR_AUDIT.overlayUpdated, objectId: id, payload: { from, to: { ...input } } },
    };
  });
}

export function removeOverlayDay(
  database: Database,
  id: string,
  ctx: AuditContext,
  onChanged: OnCalendarChanged,
): Promise<OverlayOutcome> {
  return change(database, ctx, onChanged, async (tx) => {
    const existing = await calendarRepository.overlayDay(tx, id);
    if (!existing) throw new AppError('NOT_FOUND');
    await calendarRepository.deleteOverlay(tx, id);
    return {
      row: null,
      cause: { kind: 'overlay', action: 'removed', dates: [existing.date] },
      audit: {
        action: CALENDAR_AUDIT.overlayRemoved,
        objectId: id,
        payload: { date: existing.date, kind: existing.kind, name: existing.name, source: existing.source },
      },
    };
  });
}
