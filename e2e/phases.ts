/**
 * Browser tests that walk a procedure over days or weeks (hearings, the court application, fault liability): their
 * own servers, one at a time, on one fresh DATA_DIR, each started on the training clock (ZHIFA_CLOCK, ADR 0006),
 * with the users' browsers on the same clock (Playwright's). The shared server runs on the real clock and is not
 * used by them.
 *
 *   await withPhases('fault', async (restart) => {
 *     let p = await restart(clockAt(day));          // a server whose clock starts at that instant
 *     await inBrowsers(ctx, 'fault', p, async (b) => { … });
 *     p = await restart(clockAt(addDays(day, 31))); // the same data, a later clock
 *   });
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestContext, type TestServer } from './harness.js';
import { dayOf, Users } from './ui.js';

/** The instant of a Shanghai day at a wall time, for a phase's clock. */
export const clockAt = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;

/** One server of the test: its address and the instant its clock started at (the clock then runs on). */
export class Phase {
  private readonly startedAt = Date.now();
  constructor(
    readonly server: TestServer,
    readonly clock: Date,
  ) {}

  get baseURL(): string {
    return this.server.baseURL;
  }

  /** The server's "now" (its clock started at `clock` and runs in real time). */
  now(): Date {
    return new Date(this.clock.getTime() + Date.now() - this.startedAt);
  }

  today(): string {
    return dayOf(this.now());
  }

  static async start(dataDir: string, clock: string): Promise<Phase> {
    // The deadline sweep runs on the same clock (ADR 0006).
    const server = await startServer({ env: { ZHIFA_CLOCK: clock }, dataDir });
    return new Phase(server, new Date(clock));
  }
}

/**
 * Runs `fn` with a `restart(clock)` that stops the running server (if any) and starts the next one on the same
 * fresh DATA_DIR; at most one server runs at a time. The last server is stopped and the data removed in any case.
 */
export async function withPhases<T>(
  spec: string,
  fn: (restart: (clock: string) => Promise<Phase>) => Promise<T>,
): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `zhifa-e2e-${spec}-`));
  let running: Phase | null = null;
  try {
    return await fn(async (clock) => {
      await running?.server.stop();
      running = null;
      running = await Phase.start(dataDir, clock);
      return running;
    });
  } finally {
    await (running as Phase | null)?.server.stop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs one phase's browser work in the users' browsers on its server and clock; screenshots of every page when it
 * fails; browsers closed in any case. */
export async function inBrowsers(
  ctx: TestContext,
  spec: string,
  phase: Phase,
  fn: (b: Users) => Promise<void>,
): Promise<void> {
  const b = new Users(ctx, { spec, baseURL: phase.baseURL, now: () => phase.now() });
  try {
    await fn(b);
  } catch (e) {
    await b.failed();
    throw e;
  } finally {
    await b.close();
  }
}
