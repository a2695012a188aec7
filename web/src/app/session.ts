import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { SessionInfo } from '../../../common/contracts/auth';
import type { Permission } from '../../../common/roles';
import { http, isApiError, setCsrfToken } from './api';

export const SESSION_KEY = ['session'] as const;

// Why the user was sent to the login page (session expired, logged out...), shown there once.
export interface AuthNotice {
  text: string;
  /**
   * `logout`: the user left deliberately, and the next login (perhaps someone else's) starts at the home page.
   * `interrupted`: the session ended under the user (timeout, reset), and logging in again returns to the page.
   */
  kind: 'logout' | 'interrupted';
}
let authNotice: AuthNotice | null = null;
const noticeListeners = new Set<() => void>();
export function setAuthNotice(text: string | null, kind: AuthNotice['kind'] = 'interrupted'): void {
  authNotice = text === null ? null : { text, kind };
  for (const l of noticeListeners) l();
}
export function useAuthNotice(): AuthNotice | null {
  return useSyncExternalStore(
    (cb) => {
      noticeListeners.add(cb);
      return () => noticeListeners.delete(cb);
    },
    () => authNotice,
  );
}

async function fetchSession(): Promise<SessionInfo> {
  let info: SessionInfo;
  try {
    info = await http.get<SessionInfo>('/api/session');
  } catch (e) {
    // An idle session answers SESSION_EXPIRED once (and clears its cookie); the next probe is anonymous.
    if (isApiError(e) && e.status === 401) {
      setAuthNotice(e.message);
      info = await http.get<SessionInfo>('/api/session');
    } else throw e;
  }
  setCsrfToken(info.csrfToken);
  return info;
}

/** Stores a session answer (from login) as the current session. */
export function acceptSession(client: QueryClient, info: SessionInfo): void {
  setCsrfToken(info.csrfToken);
  client.setQueryData(SESSION_KEY, info);
}

/** Forgets every cached answer of the previous user and asks the server who is logged in now. */
export async function resetSession(client: QueryClient): Promise<void> {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
  await client.invalidateQueries({ queryKey: SESSION_KEY });
}

export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity, retry: 1 });
}

/** The current session; only inside the auth guard, where it is known to be loaded. */
export function useSession(): SessionInfo {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useSession outside the auth guard');
  return data;
}

/** Whether the server granted this coarse permission (from the session's abilities, never re-derived). */
export function useAbility(permission: Permission): boolean {
  return useSession().abilities.includes(permission);
}
