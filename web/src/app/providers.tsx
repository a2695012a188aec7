import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { isApiError, onAuthFailure } from './api';
import { resetSession, SESSION_KEY, setAuthNotice } from './session';
import { theme } from './theme';

dayjs.locale('zh-cn');

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // No background refetching: every request restarts the server's idle clock, and an idle session
        // must be allowed to time out (等保 会话超时).
        refetchOnWindowFocus: true,
        refetchOnReconnect: false,
        // Others change cases too: data older than 5 s is refetched when a page mounts or regains focus.
        staleTime: 5_000,
        retry: (count, error) => (isApiError(error) ? error.status >= 500 && count < 1 : count < 1),
      },
      mutations: { retry: false },
    },
  });
}

/** Turns a 401 or a pending forced password change, from any request, into a fresh session probe. */
function AuthFailureBridge(): null {
  const client = useQueryClient();
  useEffect(
    () =>
      onAuthFailure((err, path) => {
        if (path.startsWith('/api/session')) return;
        if (err.status === 401) setAuthNotice(err.message);
        if (err.status === 401) void resetSession(client);
        else void client.invalidateQueries({ queryKey: SESSION_KEY });
      }),
    [client],
  );
  return null;
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={client}>
      <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
        <AntdApp>
          <AuthFailureBridge />
          {children}
        </AntdApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
