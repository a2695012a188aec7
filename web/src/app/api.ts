import { ERRORS, type ErrorBody, type ErrorCode } from '../../../common/errors';

/** Error codes the client itself produces, next to the server's catalogue. */
export type ClientErrorCode = 'NETWORK_ERROR';

/** A refusal or failure from the API, carrying the server's Chinese message and, for domain refusals, the basis. */
export class ApiError extends Error {
  readonly code: ErrorCode | ClientErrorCode;
  readonly status: number;
  readonly basis: string | undefined;
  readonly details: { path: string; message: string }[];
  readonly requestId: string | undefined;

  constructor(
    status: number,
    body: Omit<Partial<ErrorBody>, 'code' | 'message'> & {
      code: ErrorCode | ClientErrorCode;
      message: string;
    },
  ) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.basis = body.basis;
    this.details = body.details ?? [];
    this.requestId = body.requestId;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

// The CSRF token lives in memory only (never in storage): it comes with every session answer and is echoed
// in a header on each state-changing request.
let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

type Listener = (e: ApiError, path: string) => void;
const authFailureListeners = new Set<Listener>();
/** Called on a 401 (session expired or missing) and on 403 PASSWORD_CHANGE_REQUIRED from any request. */
export function onAuthFailure(listener: Listener): () => void {
  authFailureListeners.add(listener);
  return () => authFailureListeners.delete(listener);
}

let lastActivity = Date.now();
const activityListeners = new Set<(at: number) => void>();
/** Time of the last request that reached the server with a session: the server's idle clock restarts then. */
export function lastServerActivity(): number {
  return lastActivity;
}
export function onServerActivity(listener: (at: number) => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}
function markActivity(): void {
  lastActivity = Date.now();
  for (const l of activityListeners) l(lastActivity);
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `path?query`, leaving out empty values. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

async function toApiError(res: Response): Promise<ApiError> {
  const fallback = Object.entries(ERRORS).find(([, v]) => v.status === res.status);
  try {
    const body = (await res.json()) as Partial<ErrorBody>;
    if (body && typeof body.code === 'string' && typeof body.message === 'string')
      return new ApiError(res.status, body as ErrorBody);
  } catch {
    // not JSON (a proxy's error page): fall through
  }
  return new ApiError(res.status, {
    code: (fallback?.[0] as ErrorCode | undefined) ?? 'INTERNAL',
    message: fallback?.[1].message ?? `服务器返回错误（HTTP ${res.status}）`,
  });
}

/**
 * The one way the SPA talks to the server: same-origin cookies, the CSRF header on state changes, JSON in and
 * out, and error bodies turned into thrown {@link ApiError}s.
 */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method)) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '无法连接服务器，请检查网络后重试' });
  }
  if (!res.ok) {
    const err = await toApiError(res);
    const authFailure =
      (err.status === 401 && err.code !== 'LOGIN_FAILED') || err.code === 'PASSWORD_CHANGE_REQUIRED';
    if (authFailure) for (const l of authFailureListeners) l(err, path);
    else markActivity();
    throw err;
  }
  markActivity();
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const http = {
  get: <T>(path: string, query?: Query) => api<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => api<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => api<T>('PATCH', path, body),
  del: <T>(path: string) => api<T>('DELETE', path),
};
