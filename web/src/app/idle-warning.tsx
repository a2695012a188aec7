import { useQueryClient } from '@tanstack/react-query';
import { Button, Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useLogout } from '../features/auth/api';
import { lastServerActivity, onServerActivity } from './api';
import { resetSession, SESSION_KEY } from './session';

// The server refreshes a session's last-seen time at most every 30 s, so it may expire up to 30 s before
// `last request + idle`. Warn early enough that the user has at least a full minute.
const TOUCH_GRANULARITY_MS = 30_000;
const WARN_BEFORE_MS = 60_000;

/**
 * Warns a minute before the server-side idle timeout (等保 会话超时) and offers to continue. The timeout itself
 * is the server's; when it has surely passed, the session is probed and the guard goes to the login page.
 */
export function IdleWarning({ idleMinutes }: { idleMinutes: number }) {
  const client = useQueryClient();
  const logout = useLogout();
  const [last, setLast] = useState(lastServerActivity);
  const [now, setNow] = useState(Date.now);
  const probed = useRef(false);
  useEffect(() => onServerActivity((at) => setLast(at)), []);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);

  const latestExpiry = last + idleMinutes * 60_000;
  const earliestExpiry = latestExpiry - TOUCH_GRANULARITY_MS;
  const open = now >= earliestExpiry - WARN_BEFORE_MS;
  const seconds = Math.max(0, Math.ceil((earliestExpiry - now) / 1000));

  useEffect(() => {
    if (now < latestExpiry + 1000) {
      probed.current = false;
      return;
    }
    if (probed.current) return;
    probed.current = true;
    void resetSession(client);
  }, [now, latestExpiry, client]);

  return (
    <Modal
      open={open}
      title="会话即将超时"
      closable={false}
      mask={{ closable: false }}
      footer={[
        <Button key="logout" onClick={() => logout.mutate()} loading={logout.isPending}>
          退出登录
        </Button>,
        <Button
          key="stay"
          type="primary"
          onClick={() => void client.refetchQueries({ queryKey: SESSION_KEY })}
        >
          继续使用
        </Button>,
      ]}
    >
      {seconds > 0 ? (
        <Typography.Paragraph>
          您已较长时间未操作。为保护数据安全，系统将在
          <Typography.Text strong type="danger">
            {' '}
            {seconds}{' '}
          </Typography.Text>
          秒后自动退出登录（空闲超时 {idleMinutes} 分钟）。如需继续，请点击“继续使用”。
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph>会话已超时，正在返回登录页……</Typography.Paragraph>
      )}
    </Modal>
  );
}
