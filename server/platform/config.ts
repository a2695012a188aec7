import path from 'node:path';

/** Runtime configuration, read once from the environment (the only place that reads process.env). */
export interface Config {
  port: number;
  host: string;
  /** Folder for the embedded database, uploaded files and the process lock. */
  dataDir: string;
  /** PostgreSQL connection string; when absent zhifa runs on embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  logLevel: string;
  /** Set the Secure flag on cookies (when served over HTTPS behind a proxy). */
  cookieSecure: boolean;
  /** Trust X-Forwarded-For from a load balancer. */
  trustProxy: boolean;
  /** Login attempts allowed per client address and username per minute. */
  loginRateLimit: number;
  /** 32 hex chars: SM4 key for fields encrypted at rest. */
  fieldKey: string | null;
  /** Where the built SPA is. */
  webDist: string;
  /** Create the demo bureau on first start. */
  seedDemo: boolean;
  /**
   * Training and test clock (ZHIFA_CLOCK, an ISO instant): the case and hearing modules start their day at this
   * instant when the process starts and run forward from it, so that procedures spanning weeks can be rehearsed
   * (and tested) across restarts. Never set in production; the server logs a warning when it is.
   */
  clock: Date | null;
}

/** A non-negative integer setting from the environment, or the fallback when unset. */
export function envInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`配置项 ${name} 须为非负整数 / ${name} must be a non-negative integer`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  return {
    port: envInt('PORT', env.PORT, 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(cwd, env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : null,
    logLevel: env.LOG_LEVEL ?? 'info',
    cookieSecure: env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    loginRateLimit: envInt('LOGIN_RATE_LIMIT', env.LOGIN_RATE_LIMIT, 10),
    fieldKey: env.ZHIFA_FIELD_KEY ?? null,
    webDist: path.resolve(cwd, env.WEB_DIST ?? 'dist/web'),
    seedDemo: env.SEED_DEMO !== 'false',
    clock: clockOf(env.ZHIFA_CLOCK),
  };
}

function clockOf(value: string | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value);
  if (!Number.isFinite(d.getTime()))
    throw new Error(`配置项 ZHIFA_CLOCK 须为 ISO 时刻 / ZHIFA_CLOCK must be an ISO instant: ${value}`);
  return d;
}

/** A clock that starts at `start` now and runs forward in real time. */
export function offsetClock(start: Date, realNow = Date.now()): () => Date {
  const offset = start.getTime() - realNow;
  return () => new Date(Date.now() + offset);
}
