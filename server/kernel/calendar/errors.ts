/**
 * Typed refusals of the calendar kernel. The code says what went wrong and the message says it in
 * Chinese for the user; the platform maps the codes onto the HTTP error catalogue.
 */
export const CALENDAR_ERROR_CODES = [
  /** Period length is not a positive integer. */
  'CALENDAR_INVALID_LENGTH',
  /** A date is not a valid 'YYYY-MM-DD'. */
  'CALENDAR_INVALID_DATE',
  /** The start does not fit the unit (an hour period needs an instant, a day period a date). */
  'CALENDAR_INVALID_START',
  /** The unit is not one of hour, calendar_day, working_day, month, year. */
  'CALENDAR_INVALID_UNIT',
  /** A date or the end of a period lies outside the range the calendar was built for. */
  'CALENDAR_OUT_OF_RANGE',
  /** Calendar data (official year file or local overlay) is malformed or contradictory. */
  'CALENDAR_INVALID_DATA',
  /** No holiday measures are encoded for the year asked to be projected. */
  'CALENDAR_PROJECTION_UNSUPPORTED',
] as const;

export type CalendarErrorCode = (typeof CALENDAR_ERROR_CODES)[number];

/** Thrown by the calendar kernel for invalid input or data. Nothing is half-computed. */
export class CalendarError extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CalendarError';
  }
}
