/**
 * Audit actions of the interference module; labels in common/audit-actions.ts. Registers are their own objects
 * ('interference_register'): nothing about them is written on the case, whose timeline others read.
 */
export const INTERFERENCE_AUDIT = {
  uploaded: 'interference.file-uploaded',
  submitted: 'interference.register-submitted',
  read: 'interference.register-read',
  exported: 'interference.register-exported',
  fileRead: 'interference.attachment-read',
  instructed: 'interference.instructed',
  escalated: 'interference.escalated',
  verified: 'interference.verified',
  concluded: 'interference.concluded',
  judicial: 'interference.judicial-referred',
  declared: 'interference.declared',
  supervisionRecorded: 'supervision.recorded',
  supervisionReviewed: 'supervision.reviewed',
  supervisionFileRead: 'supervision.file-read',
  findingRecorded: 'interference.finding-recorded',
  flagRaised: 'interference.retaliation-flagged',
  flagResolved: 'interference.retaliation-resolved',
  reportGenerated: 'interference.report-generated',
  reportSigned: 'interference.report-signed',
  reportExported: 'interference.report-exported',
  filesRead: 'dossier.read',
  filesExported: 'dossier.exported',
  settingsChanged: 'interference.settings-changed',
  chainVerified: 'interference.chain-verified',
} as const;
