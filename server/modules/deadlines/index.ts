/**
 * The deadlines module's public face. Other modules open a statutory period when its triggering step happens and
 * close it when the duty is done, inside their own transaction:
 *
 *   const d = await openDeadline(tx, { ruleId: 'penalty.hearing-request', objectType: 'case', objectId: lawCase.id,
 *     trigger: noticeDate, responsibleUserId, unitId, title: `听证申请期限：${lawCase.caseNo}`, link: `/cases/${lawCase.id}` }, ctx);
 *   await meetDeadline(tx, d.id, { at: requestReceivedAt }, ctx);
 *
 * Rules, states and the sweep: docs/domain/deadlines.md.
 */
export { openDeadline, type OpenDeadlineInput } from './commands/open-deadline.js';
export { meetDeadline } from './commands/meet-deadline.js';
export { suspendDeadline } from './commands/suspend-deadline.js';
export { resumeDeadline } from './commands/resume-deadline.js';
export { extendDeadline } from './commands/extend-deadline.js';
export { waiveDeadline } from './commands/waive-deadline.js';
export { recomputeDeadlines, changedDays } from './commands/recompute-deadlines.js';
export {
  sweepDeadlines,
  SWEEP_LOCK,
  type SweepOptions,
  type SweepReport,
} from './commands/sweep-deadlines.js';
export { deadlineRoutes } from './deadlines.routes.js';
export { startDeadlineSweeper } from './deadlines.sweeper.js';
export {
  deadlineSettingsFromEnv,
  DEFAULT_DEADLINE_SETTINGS,
  type DeadlineSettings,
} from './deadlines.settings.js';
export { LoggingChannel, type NotificationChannel, type OutboundMessage } from './notification-channel.js';
export {
  DEADLINE_RULES,
  findRule,
  ruleVersionFor,
  computeDue,
  type DeadlineRule,
  type DeadlineRuleVersion,
} from './rules/index.js';
export type { DeadlineRow } from './deadlines.schema.js';
export type { DeadlineActor } from './deadlines.policy.js';

import type { Db, Tx } from '../../platform/db/database.js';
import { loadCalendar } from '../calendar/index.js';
import type { DeadlineActor } from './deadlines.policy.js';
import { presentDeadline } from './deadlines.presenter.js';
import { deadlinesRepository } from './deadlines.repository.js';

/** Read side for other modules: the deadlines of one object (e.g. to close them when the case closes). */
export const deadlineQueries = {
  forObject: (db: Db | Tx, objectType: string, objectId: string) =>
    deadlinesRepository.forObject(db, objectType, objectId),
  activeFor: (db: Db | Tx, ruleId: string, objectType: string, objectId: string) =>
    deadlinesRepository.activeFor(db, ruleId, objectType, objectId),
  activeForMany: (db: Db | Tx, ruleId: string, objectType: string, objectIds: readonly string[]) =>
    deadlinesRepository.activeForMany(db, ruleId, objectType, objectIds),
  /** The deadlines of one object as the API shows them (for the object's page, which checked visibility). */
  async viewsForObject(db: Db, objectType: string, objectId: string, actor: DeadlineActor, now = new Date()) {
    const snapshot = await loadCalendar(db);
    return (await deadlinesRepository.forObjectWithNames(db, objectType, objectId)).map((d) =>
      presentDeadline(d, snapshot.calendar, now, actor),
    );
  },
};
