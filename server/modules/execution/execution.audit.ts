/**
 * Audit actions of the execution module; labels in common/audit-actions.ts. Events about a fine, its closing and
 * its archive are written on the case (objectType 'case') so the case timeline shows them; agreements, statements
 * and receipt books are their own objects.
 */
export const EXECUTION_AUDIT = {
  agreementSaved: 'fine-agreement.saved',
  agreementFiled: 'fine-agreement.filed',
  agreementTerminated: 'fine-agreement.terminated',
  obligationOpened: 'fine.obligation-opened',
  scheduleApplied: 'fine.schedule-applied',
  scheduleDecided: 'fine.schedule-decided',
  statementImported: 'fine-statement.imported',
  lineResolved: 'fine-statement.line-resolved',
  paymentRecorded: 'fine.payment-recorded',
  onSpotCollected: 'fine.on-spot-collected',
  receiptBookIssued: 'receipt-book.issued',
  receiptChanged: 'receipt-number.changed',
  cashReceived: 'fine.cash-received',
  cashBanked: 'fine.cash-banked',
  challengeRecorded: 'fine.challenge-recorded',
  challengeEnded: 'fine.challenge-ended',
  demandIssued: 'fine.demand-issued',
  demandDelivered: 'fine.demand-delivered',
  courtApplied: 'fine.court-applied',
  courtRuled: 'fine.court-ruled',
  courtOutcome: 'fine.court-outcome',
  terminated: 'fine.terminated',
  closingRequested: 'case.closing-requested',
  closingDecided: 'case.closing-decided',
  archived: 'case.archived',
  archiveExported: 'case.archive-exported',
  loanRequested: 'case-file.loan-requested',
  loanDecided: 'case-file.loan-decided',
  loanReturned: 'case-file.loan-returned',
} as const;
