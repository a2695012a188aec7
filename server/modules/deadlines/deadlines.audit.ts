/** Audit actions of the deadlines module (`<module>.<past-tense>`); labels are in common/audit-actions.ts. */
export const DEADLINE_AUDIT = {
  opened: 'deadline.opened',
  met: 'deadline.met',
  completedLate: 'deadline.completed-late',
  suspended: 'deadline.suspended',
  resumed: 'deadline.resumed',
  extended: 'deadline.extended',
  waived: 'deadline.waived',
  recomputed: 'deadline.recomputed',
  swept: 'deadline.swept',
} as const;
