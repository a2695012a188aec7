/**
 * Audit actions of the hearings module; labels in common/audit-actions.ts. Hearing events are written on the case
 * (objectType 'case', the case id, with the hearing id in the payload) so that the case timeline shows them;
 * rooms are their own object.
 */
export const HEARING_AUDIT = {
  requested: 'hearing.requested',
  arranged: 'hearing.arranged',
  agentAdded: 'hearing.agent-added',
  agentFileRead: 'hearing.agent-file-read',
  recusalRequested: 'hearing.recusal-requested',
  recusalDecided: 'hearing.recusal-decided',
  notified: 'hearing.notified',
  postponed: 'hearing.postponed',
  terminated: 'hearing.terminated',
  recorded: 'hearing.recorded',
  reported: 'hearing.reported',
  roomSaved: 'hearing-room.saved',
} as const;
