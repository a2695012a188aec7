import { CalendarError } from '../../../kernel/calendar/index.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { CALENDAR_AUDIT } from '../calendar.audit.js';
import type { OnCalendarChanged } from '../calendar.events.js';
import { calendarRepository } from '../calendar.repository.js';
import { loadCalendar } from '../calendar.service.js';
import { checkYearFile } from '../import-validation.js';

export interface ImportYearInput {
  /** The parsed JSON of the file. */
  content: unknown;
  fileName?: string | null | undefined;
}

export interface ImportYearOutcome {
  id: string;
  year: number;
  version: number;
  previousOrigin: 'bundled' | 'imported' | 'projected';
  calendarVersion: string;
  previousCalendarVersion: string;
  deadlinesChanged: number;
  deadlinesTouched: number;
  warnings: string[];
}

/**
 * Imports one year's 国务院办公厅 holiday notice (a new year, or a correction of a year already present: a new
 * version, which replaces the bundled file or the earlier import). Validates the file row by row, rebuilds the
 * calendar, lets `onChanged` recompute the open deadlines, and audits the import; all in one transaction.
 * @throws AppError CALENDAR_IMPORT_INVALID with per-row details; CALENDAR_DATA_CONFLICT when the year
 *   contradicts another year or the local overlay
 */
export async function importCalendarYear(
  database: Database,
  input: ImportYearInput,
  ctx: AuditContext,
  onChanged: OnCalendarChanged,
): Promise<ImportYearOutcome> {
  const check = checkYearFile(input.content);
  if (!check.ok) {
    const shown = check.issues.slice(0, 5).map((i) => i.message);
    const more = check.issues.length > 5 ? `等 ${check.issues.length} 处` : `共 ${check.issues.length} 处`;
    throw new AppError('CALENDAR_IMPORT_INVALID', `日历导入文件有误（${more}）：${shown.join('；')}`, {
      details: check.issues,
    });
  }
  const { year: data, warnings } = check;
  const notice = data.notices[0]!;
  return database.transaction(async (tx) => {
    await calendarRepository.lockExclusive(tx);
    const before = await loadCalendar(tx);
    const prior = before.years.get(data.year);
    const version = await calendarRepository.nextVersion(tx, data.year);
    const row = await calendarRepository.insertImport(tx, {
      year: data.year,
      version,
      data,
      title: notice.title,
      docNo: notice.docNo ?? '',
      fileName: input.fileName ?? null,
      dayCount: data.days.length,
      importedBy: ctx.actor.id,
      importedByName: ctx.actor.name,
    });
    await calendarRepository.touch(tx);
    let after;
    try {
      after = await loadCalendar(tx);
    } catch (e) {
      if (e instanceof CalendarError) throw new AppError('CALENDAR_DATA_CONFLICT', `${e.message}。未导入。`);
      throw e;
    }
    const result = await onChanged(tx, {
      before,
      after,
      cause: { kind: 'import', year: data.year, version, title: notice.title, docNo: notice.docNo ?? '' },
      ctx,
    });
    const previousOrigin = prior?.kind ?? 'projected';
    await recordAudit(tx, ctx, {
      action: CALENDAR_AUDIT.yearImported,
      objectType: 'calendar_year',
      objectId: String(data.year),
      payload: {
        year: data.year,
        version,
        importId: row.id,
        fileName: input.fileName ?? null,
        notices: data.notices.map((n) => ({
          title: n.title,
          docNo: n.docNo,
          issuedOn: n.issuedOn,
          verified: n.verified,
        })),
        dayCount: data.days.length,
        replaced:
          prior?.kind === 'imported'
            ? { origin: 'imported', version: prior.version }
            : { origin: previousOrigin },
        calendarVersion: { from: before.calendar.version, to: after.calendar.version },
        deadlinesChanged: result.changed,
        deadlinesTouched: result.touched,
        warnings,
      },
    });
    return {
      id: row.id,
      year: data.year,
      version,
      previousOrigin,
      calendarVersion: after.calendar.version,
      previousCalendarVersion: before.calendar.version,
      deadlinesChanged: result.changed,
      deadlinesTouched: result.touched,
      warnings,
    };
  });
}
