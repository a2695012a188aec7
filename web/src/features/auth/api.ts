import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../../common/contracts/auth';
import { http } from '../../app/api';
import { acceptSession, resetSession, setAuthNotice, SESSION_KEY } from '../../app/session';

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      http.post<SessionInfo>('/api/auth/login', body),
    onSuccess: (info) => {
      setAuthNotice(null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      acceptSession(client, info);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => http.post<{ ok: true }>('/api/auth/logout'),
    onSettled: async () => {
      setAuthNotice('您已安全退出。', 'logout');
      await resetSession(client);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      http.post<{ ok: true }>('/api/auth/password', body),
    // The session stays; its mustChangePassword flag and abilities change.
    onSuccess: () => client.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}
