/**
 * Audit actions of the personnel module (`<object>.<past-tense>`); labels are in common/audit-actions.ts.
 * Payloads (version 1): officer events carry the changed fields (ID numbers only masked); certificate events
 * carry number, status before/after, effective date, reason, approver and the rule id where a rule decided.
 * `personnel.action-recorded` (人事处理) carries the action id, officer name and account, kind, effective date,
 * summary, reason, basis, 文号 and source (manual, officer_update, certificate).
 */
export const PERSONNEL_AUDIT = {
  officerCreated: 'officer.created',
  officerUpdated: 'officer.updated',
  idNumberRevealed: 'officer.id-number-revealed',
  photoUploaded: 'officer.photo-uploaded',
  officerDeparted: 'officer.departed',
  applied: 'certificate.applied',
  applicationRejected: 'certificate.application-rejected',
  issued: 'certificate.issued',
  reviewed: 'certificate.reviewed',
  renewed: 'certificate.renewed',
  suspended: 'certificate.suspended',
  restored: 'certificate.restored',
  revoked: 'certificate.revoked',
  cancelled: 'certificate.cancelled',
  trainingRecorded: 'training.recorded',
  examRecorded: 'exam.recorded',
  imported: 'personnel.imported',
  exported: 'personnel.exported',
  settingsChanged: 'personnel.settings-changed',
  entrustedUnitSet: 'personnel.entrusted-unit-set',
  swept: 'personnel.swept',
  actionRecorded: 'personnel.action-recorded',
} as const;
