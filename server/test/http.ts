import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import type { Database } from '../platform/db/database.js';

/** The HTTP app over a test database, without logging and without the SPA. */
export function buildTestApp(
  database: Database,
  overrides: { loginRateLimit?: number; now?: () => Date } = {},
): Promise<FastifyInstance> {
  return buildApp({
    ...(overrides.now ? { now: overrides.now } : {}),
    config: {
      cookieSecure: false,
      trustProxy: false,
      loginRateLimit: overrides.loginRateLimit ?? 1000,
      webDist: '/nonexistent',
      logLevel: 'silent',
    },
    database,
    logger: false,
  });
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A cookie-carrying client for `inject`, which sends the CSRF token the way the SPA does. */
export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken = '';

  constructor(readonly app: FastifyInstance) {}

  async request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const opts: InjectOptions = {
      method,
      url,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}),
    };
    const res = await this.app.inject(opts);
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body);
  put = (url: string, body?: unknown) => this.request('PUT', url, body);
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body);

  /** Fetches the pre-login CSRF token, then logs in; returns the login response. */
  async login(username: string, password: string): Promise<LightMyRequestResponse> {
    const s = await this.get('/api/session');
    this.csrfToken = s.json<{ csrfToken: string }>().csrfToken;
    const res = await this.post('/api/auth/login', { username, password });
    if (res.statusCode === 200) this.csrfToken = res.json<{ csrfToken: string }>().csrfToken;
    return res;
  }
}

export async function loggedIn(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<TestClient> {
  const c = new TestClient(app);
  const res = await c.login(username, password);
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
  return c;
}
