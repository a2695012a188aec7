/** The audit trail's read side (search, export, verify) for the audit administrator. */
export { auditTrailRoutes } from './audit-trail.routes.js';
export { auditTrailRepository as auditHistory, type AuditRow } from './audit-trail.repository.js';
