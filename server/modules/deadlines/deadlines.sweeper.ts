import type { FastifyInstance } from 'fastify';
import { systemContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
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
): void {
  if (settings.intervalMinutes <= 0) return;
  const out = channel ?? new LoggingChannel(app.log);
  let first: NodeJS.Timeout | null = null;
  let every: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let closed = false;

  const tick = () => {
    if (running || closed) return;
    running = sweepDeadlines(database, {
      now: new Date(),
      settings,
      channel: out,
      ctx: systemContext(),
      onChannelError: (err) => app.log.error({ err }, '期限提醒外部渠道发送失败'),
    })
      .then((r) => {
        if (r.dueSoon || r.overdue) app.log.info({ sweep: r }, '期限预警扫描完成');
        else app.log.debug({ sweep: r }, '期限预警扫描：无新增临期或逾期事项');
      })
      .catch((err: unknown) => app.log.error({ err }, '期限预警扫描失败'))
      .finally(() => {
        running = null;
      });
  };

  app.addHook('onReady', async () => {
    first = setTimeout(() => {
      tick();
      every = setInterval(tick, settings.intervalMinutes * 60_000);
      every.unref();
    }, settings.firstDelaySeconds * 1000);
    first.unref();
  });
  app.addHook('onClose', async () => {
    closed = true;
    if (first) clearTimeout(first);
    if (every) clearInterval(every);
    await running;
  });
}
