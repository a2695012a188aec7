import type { ImportRecord, SpecialDay, YearSummary, YearView } from '../../../common/contracts/calendar.js';
import type { z } from 'zod';
import { PROJECTED_YEAR_MESSAGE, type CalendarDay } from '../../kernel/calendar/index.js';
import { localDateFromParts, todayInShanghai } from '../../kernel/local-date.js';
import type { Db } from '../../platform/db/database.js';
import { calendarRepository, type ImportRow, type OverlayRow } from './calendar.repository.js';
import { loadCalendar, type CalendarSnapshot } from './calendar.service.js';

function presentDay(d: CalendarDay): SpecialDay {
  return {
    date: d.date,
    dayOfWeek: d.dayOfWeek,
    working: d.working,
    category: d.category,
    restType: d.restType,
    festival: d.festival,
    reason: d.reason,
    source: { kind: d.source.kind, citation: d.source.citation },
    projected: d.projected,
  };
}

/** An ordinary working day or an ordinary weekend: the year view leaves these to the client. */
function isOrdinary(d: CalendarDay): boolean {
  return d.category === 'workday' || (d.category === 'weekend' && d.source.kind === 'rule');
}

/**
 * One year of the calendar: its holidays, 调休 rest days, make-up working days and local days, each with its
 * source (notice title and 文号, overlay document, or the projection), or the projection flagged.
 */
export function yearView(snapshot: CalendarSnapshot, year: number): YearView {
  const { calendar } = snapshot;
  const origin = snapshot.years.get(year);
  const days = calendar
    .listDays(localDateFromParts(year, 1, 1), localDateFromParts(year, 12, 31), snapshot.options)
    .filter((d) => !isOrdinary(d))
    .map(presentDay);
  const projected = !calendar.isPublishedYear(year);
  return {
    year,
    origin: origin?.kind ?? 'projected',
    importVersion: origin?.kind === 'imported' ? origin.version : null,
    projected,
    projectionMessage: projected ? `${year}年：${PROJECTED_YEAR_MESSAGE}` : null,
    notices: (origin?.notices ?? []).map((n) => ({
      title: n.title,
      docNo: n.docNo,
      issuedOn: n.issuedOn,
      verified: n.verified,
    })),
    days,
    locality: calendar.locality,
    calendarVersion: calendar.version,
    countMakeupWorkdays: snapshot.countMakeupWorkdays,
  };
}

/** Every year of the range with where its arrangement comes from. */
export function yearSummaries(snapshot: CalendarSnapshot): z.infer<typeof YearSummary>[] {
  const first = Number(snapshot.calendar.firstDate.slice(0, 4));
  const last = Number(snapshot.calendar.lastDate.slice(0, 4));
  const out: z.infer<typeof YearSummary>[] = [];
  for (let year = first; year <= last; year++) {
    const o = snapshot.years.get(year);
    const notice = o?.notices[0];
    out.push({
      year,
      origin: o?.kind ?? 'projected',
      importVersion: o?.kind === 'imported' ? o.version : null,
      title: notice?.title ?? null,
      docNo: notice?.docNo ?? null,
    });
  }
  return out;
}

export function presentImport(r: ImportRow): z.infer<typeof ImportRecord> {
  return {
    id: r.id,
    year: r.year,
    version: r.version,
    title: r.title,
    docNo: r.docNo,
    fileName: r.fileName,
    dayCount: r.dayCount,
    importedByName: r.importedByName,
    importedAt: r.importedAt.toISOString(),
  };
}

export function presentOverlay(r: OverlayRow) {
  return {
    id: r.id,
    date: r.date,
    kind: r.kind,
    name: r.name,
    source: r.source,
    createdByName: r.createdByName,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Read side for routes and other modules. */
export const calendarQueries = {
  load: (db: Db) => loadCalendar(db),
  imports: (db: Db) => calendarRepository.imports(db),
  overlay: (db: Db) => calendarRepository.overlayDays(db),
  today: (now: Date = new Date()) => todayInShanghai(now),
};
