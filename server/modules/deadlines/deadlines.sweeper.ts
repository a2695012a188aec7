import type { FastifyInstance } from 'fastify';
import { systemContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { schedulePeriodic } from '../../platform/jobs.js';
import { sweepDeadlines } from './commands/sweep-deadlines.js';
import type { DeadlineSettings } from './deadlines.settings.js';
import { LoggingChannel, type NotificationChannel } from './notification-channel.js';

/**
 * Runs the warnings sweep inside the server: first shortly after start, then every `intervalMinutes`; stopped
 * (and the run in progress awaited) when the app closes. Several instances may run it: the advisory lock lets
 * one sweep at a time do the work. A failing run is logged and retried at the next tick.
 */
export function startDeadlineSweeper(
  app: FastifyInstance,
  database: Database,
  settings: DeadlineSettings,
  channel?: NotificationChannel,
  /** The clock the periods are judged by (the training clock, ZHIFA_CLOCK, when set). */
  now: () => Date = () => new Date(),
): void {
  const out = channel ?? new LoggingChannel(app.log);
  schedulePeriodic(app, {
    name: '期限预警扫描',
    intervalMinutes: settings.intervalMinutes,
    firstDelaySeconds: settings.firstDelaySeconds,
    run: async () => {
      const r = await sweepDeadlines(database, {
        now: now(),
        settings,
        channel: out,
        ctx: systemContext(),
        onChannelError: (err) => app.log.error({ err }, '期限提醒外部渠道发送失败'),
      });
      if (r.dueSoon || r.overdue) app.log.info({ sweep: r }, '期限预警扫描完成');
      else app.log.debug({ sweep: r }, '期限预警扫描：无新增临期或逾期事项');
    },
  });
}
