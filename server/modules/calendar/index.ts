/**
 * The calendar module's public face: the calendar in force (bundled years + imported notices + the local
 * overlay, cached per change token), its imports and overlay, and the routes.
 */
import { PERIOD_UNITS as CONTRACT_UNITS, type PeriodUnitName } from '../../../common/contracts/calendar.js';
import { PERIOD_UNITS as KERNEL_UNITS, type PeriodUnit } from '../../kernel/calendar/index.js';

export { calendarRoutes, type CalendarRouteOptions } from './calendar.routes.js';
export {
  loadCalendar,
  holdCalendar,
  resetCalendarCache,
  buildSnapshot,
  LOCALITY,
  type CalendarSnapshot,
  type YearOrigin,
} from './calendar.service.js';
export { importCalendarYear, type ImportYearOutcome } from './commands/import-year.js';
export { addOverlayDay, updateOverlayDay, removeOverlayDay } from './commands/overlay.js';
export { checkYearFile, type ImportIssue } from './import-validation.js';
export type {
  CalendarChange,
  CalendarChangeCause,
  CalendarChangeResult,
  OnCalendarChanged,
} from './calendar.events.js';
export { OFFICIAL_HOLIDAY_YEARS } from './data/index.js';

/** The contract's unit list (common/) and the kernel's must stay the same. */
export const PERIOD_UNITS_AGREE = [
  CONTRACT_UNITS satisfies readonly PeriodUnit[],
  KERNEL_UNITS satisfies readonly PeriodUnitName[],
] as const;
