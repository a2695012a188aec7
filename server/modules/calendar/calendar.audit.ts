/** Audit actions of the calendar module (`<module>.<past-tense>`); labels are in common/audit-actions.ts. */
export const CALENDAR_AUDIT = {
  yearImported: 'calendar.year-imported',
  overlayAdded: 'calendar.overlay-day-added',
  overlayUpdated: 'calendar.overlay-day-updated',
  overlayRemoved: 'calendar.overlay-day-removed',
} as const;
