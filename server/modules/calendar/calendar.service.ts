import {
  buildCalendar,
  parseOfficialYear,
  type Calendar,
  type CountingOptions,
  type HolidayNotice,
  type LocalOverlay,
  type OfficialYear,
} from '../../kernel/calendar/index.js';
import type { LocalDate } from '../../kernel/local-date.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { calendarRepository, type ImportRow, type OverlayRow } from './calendar.repository.js';
import { OFFICIAL_HOLIDAY_YEARS } from './data/index.js';

/**
 * The locality of the overlay. Overlay days are declared by the 赤峰市 government (or a 旗县区 for its own
 * staff); the name is shown in each local day's citation.
 */
export const LOCALITY = '赤峰市';

/** Where a year's arrangement comes from. */
export type YearOrigin =
  | { kind: 'bundled'; notices: readonly HolidayNotice[] }
  | {
      kind: 'imported';
      notices: readonly HolidayNotice[];
      importId: string;
      version: number;
      importedAt: Date;
    };

/** The calendar in force, with what it was built from. Immutable; shared by every request until it changes. */
export interface CalendarSnapshot {
  calendar: Calendar;
  /** The change token it was built for (calendar_state.token). */
  token: string;
  /** The 调休上班日 setting (legal-spec §1.3), stored with every deadline. */
  countMakeupWorkdays: boolean;
  options: CountingOptions;
  /** Published years by origin; a year missing here is projected. */
  years: ReadonlyMap<number, YearOrigin>;
  overlay: readonly OverlayRow[];
}

export interface CalendarSources {
  imports: readonly ImportRow[];
  overlay: readonly OverlayRow[];
  countMakeupWorkdays: boolean;
}

/**
 * Builds a snapshot from the bundled years, the imported years (each replacing the bundled file of its year)
 * and the overlay. Pure apart from the kernel's validation.
 * @throws CalendarError CALENDAR_INVALID_DATA when the sources contradict each other
 */
export function buildSnapshot(sources: CalendarSources, token: string): CalendarSnapshot {
  const years = new Map<number, YearOrigin>();
  const official = new Map<number, OfficialYear>();
  for (const y of OFFICIAL_HOLIDAY_YEARS) {
    official.set(y.year, y);
    years.set(y.year, { kind: 'bundled', notices: y.notices });
  }
  for (const row of sources.imports) {
    const parsed = parseOfficialYear(row.data);
    official.set(parsed.year, parsed);
    years.set(parsed.year, {
      kind: 'imported',
      notices: parsed.notices,
      importId: row.id,
      version: row.version,
      importedAt: row.importedAt,
    });
  }
  const overlay: LocalOverlay | undefined = sources.overlay.length
    ? {
        name: LOCALITY,
        days: sources.overlay.map((d) => ({
          date: d.date as LocalDate,
          kind: d.kind,
          name: d.name,
          source: d.source,
        })),
      }
    : undefined;
  const calendar = buildCalendar({ official: [...official.values()], ...(overlay ? { overlay } : {}) });
  return {
    calendar,
    token,
    countMakeupWorkdays: sources.countMakeupWorkdays,
    options: { countMakeupWorkdays: sources.countMakeupWorkdays },
    years,
    overlay: sources.overlay,
  };
}

let cached: CalendarSnapshot | null = null;

/**
 * The calendar in force as seen by `db` (inside a transaction: including its uncommitted calendar change).
 * One small query per call compares the change token; the calendar (about 10 ms to build) is rebuilt only
 * when another request or instance changed it. The token is random, so a snapshot built inside a transaction
 * that rolled back is never mistaken for a later committed change.
 */
export async function loadCalendar(db: Db | Tx): Promise<CalendarSnapshot> {
  const state = await calendarRepository.state(db);
  if (cached?.token === state.token) return cached;
  const snapshot = buildSnapshot(
    {
      imports: await calendarRepository.latestImports(db),
      overlay: await calendarRepository.overlayDays(db),
      countMakeupWorkdays: state.countMakeupWorkdays,
    },
    state.token,
  );
  cached = snapshot;
  return snapshot;
}

/** Forgets the cached calendar (tests). */
export function resetCalendarCache(): void {
  cached = null;
}

/**
 * Holds the calendar steady for the rest of the transaction: deadline commands call this before computing,
 * so a concurrent import waits for them and then recomputes what they stored.
 */
export async function holdCalendar(tx: Tx): Promise<CalendarSnapshot> {
  await calendarRepository.lockShared(tx);
  return loadCalendar(tx);
}
