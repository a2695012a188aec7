/** The audit trail's read side (search, export, verify) for the audit administrator. */
export { auditTrailRoutes } from './audit-trail.routes.js';
