import type { FastifyInstance } from 'fastify';

export interface PeriodicJob {
  /** For the logs. */
  name: string;
  /** 0 or less: the job is not scheduled. */
  intervalMinutes: number;
  firstDelaySeconds: number;
  /** One run. Errors are logged and the job runs again at the next tick. */
  run(): Promise<void>;
}

/**
 * Runs a background job inside the server: first shortly after start, then every `intervalMinutes`, never two
 * runs of it at once in this process; stopped (and the run in progress awaited) when the app closes. Jobs that
 * must run on one instance at a time take an advisory lock inside `run`.
 */
export function schedulePeriodic(app: FastifyInstance, job: PeriodicJob): void {
  if (job.intervalMinutes <= 0) return;
  let first: NodeJS.Timeout | null = null;
  let every: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let closed = false;
  const tick = () => {
    if (running || closed) return;
    running = job
      .run()
      .catch((err: unknown) => app.log.error({ err, job: job.name }, `后台任务失败：${job.name}`))
      .finally(() => {
        running = null;
      });
  };
  app.addHook('onReady', async () => {
    first = setTimeout(() => {
      tick();
      every = setInterval(tick, job.intervalMinutes * 60_000);
      every.unref();
    }, job.firstDelaySeconds * 1000);
    first.unref();
  });
  app.addHook('onClose', async () => {
    closed = true;
    if (first) clearTimeout(first);
    if (every) clearInterval(every);
    await running;
  });
}
