import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '../../../common/roles';
import { Forbidden } from '../components/result-pages';
import { menuFor } from './menu';
import { useAuthNotice, useSession, useSessionQuery } from './session';

export function FullPageSpin() {
  return (
    <div style={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

/**
 * Lets only a logged-in user through. A user who must change the password first reaches only 修改密码; every
 * other API would refuse them anyway (PASSWORD_CHANGE_REQUIRED).
 */
export function RequireAuth() {
  const session = useSessionQuery();
  const notice = useAuthNotice();
  const location = useLocation();
  if (session.isPending) return <FullPageSpin />;
  if (session.isError)
    return (
      <Result
        status="error"
        title="无法连接服务器"
        subTitle={session.error.message}
        extra={
          <Button type="primary" onClick={() => void session.refetch()}>
            重试
          </Button>
        }
      />
    );
  const info = session.data;
  if (!info.authenticated || !info.user) {
    const from = notice?.kind === 'logout' ? undefined : location.pathname + location.search;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  if (info.user.mustChangePassword && location.pathname !== '/password')
    return <Navigate to="/password" replace />;
  return <Outlet />;
}

/** Renders the page only when the session grants its permission; otherwise 无权访问 and nothing is loaded. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { abilities } = useSession();
  return abilities.includes(permission) ? children : <Forbidden />;
}

/** The start page: the first menu entry the user has. */
export function HomeRedirect() {
  const { abilities } = useSession();
  const first = menuFor(abilities)[0];
  return <Navigate to={first?.path ?? '/org'} replace />;
}
