/**
 * The working-day calendar and legal period arithmetic (legal-spec §1).
 *
 * Build one `Calendar` from the published arrangements (`server/modules/calendar/data`), an
 * optional local overlay and a range of years; then `computePeriod` for deadlines,
 * `calendar.workingDaysBetween` for "N working days left", `calendar.describe` for the UI.
 */
export { buildCalendar, WEEKLY_REST_CITATION, type Calendar, type CalendarInput } from './calendar.js';
export { CALENDAR_ERROR_CODES, CalendarError, type CalendarErrorCode } from './errors.js';
export { parseLocalOverlay, parseOfficialYear } from './official-data.js';
export {
  computePeriod,
  isWorkingDay,
  PERIOD_BASIS,
  PERIOD_UNITS,
  PROJECTED_YEAR_MESSAGE,
  workingDaysBetween,
  type DatePeriodInput,
  type DatePeriodResult,
  type DatePeriodUnit,
  type HourPeriodInput,
  type HourPeriodResult,
  type PeriodInput,
  type PeriodResult,
  type PeriodUnit,
  type PeriodWarning,
  type SkippedDay,
} from './period.js';
export {
  HOLIDAY_MEASURES,
  holidayMeasuresFor,
  projectStatutoryHolidays,
  type HolidayMeasures,
  type ProjectedHoliday,
} from './projection.js';
export {
  FESTIVAL_NAMES,
  REST_TYPES,
  type CalendarDay,
  type CountingOptions,
  type DayCategory,
  type DaySource,
  type FestivalName,
  type HolidayNotice,
  type LocalOverlay,
  type OfficialDay,
  type OfficialYear,
  type OverlayDay,
  type RestType,
} from './types.js';
