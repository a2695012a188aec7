import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Avatar, Dropdown, Layout, Menu, Spin, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../../common/roles';
import { useLogout } from '../features/auth/api';
import { BRAND } from './theme';
import { IdleWarning } from './idle-warning';
import { menuFor } from './menu';
import { NotificationBell } from './notification-bell';
import { useSession } from './session';

export function Brand({ compact = false }: { compact?: boolean }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 10, color: '#fff', whiteSpace: 'nowrap' }}>
      <img src="/favicon.svg" alt="" width={30} height={30} />
      <span style={{ fontSize: 17, fontWeight: 600, letterSpacing: 1 }}>赤峰市应急管理局</span>
      {!compact && (
        <span
          style={{
            fontSize: 14,
            opacity: 0.8,
            borderLeft: '1px solid rgba(255,255,255,.4)',
            paddingLeft: 10,
          }}
        >
          行政执法平台
        </span>
      )}
    </div>
  );
}

function UserMenu({ forced }: { forced: boolean }) {
  const { user } = useSession();
  const navigate = useNavigate();
  const logout = useLogout();
  if (!user) return null;
  const roles = user.roles.map((r) => ROLE_LABELS[r]).join('、') || '未授予角色';
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          ...(forced ? [] : [{ key: 'password', icon: <KeyOutlined />, label: '修改密码' }]),
          { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'password') void navigate('/password');
          if (key === 'logout') logout.mutate();
        },
      }}
    >
      <button
        type="button"
        data-testid="user-menu"
        aria-label={`当前用户 ${user.displayName}`}
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 10,
          background: 'transparent',
          border: 0,
          color: '#fff',
          cursor: 'pointer',
          height: 56,
          padding: '0 8px',
        }}
      >
        <Avatar size={30} icon={<UserOutlined />} style={{ background: BRAND.accent }} />
        <span style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', lineHeight: 1.3 }}>
          <span style={{ fontWeight: 600 }} data-testid="user-name">
            {user.displayName}
          </span>
          <span style={{ fontSize: 12, opacity: 0.8 }} data-testid="user-roles">
            {roles}
            {user.unitName ? ` · ${user.unitName}` : ''}
          </span>
        </span>
        <DownOutlined style={{ fontSize: 10, opacity: 0.8 }} />
      </button>
    </Dropdown>
  );
}

/** The frame of every logged-in page: header with bureau, bell and user; the role's menu; the page. */
export function AppLayout() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const user = session.user!;
  const forced = user.mustChangePassword;
  const entries = menuFor(session.abilities);
  // The entry with the longest path that prefixes the address: /hearings/stats is 听证统计, not 听证日程.
  const selected = entries
    .filter((m) => location.pathname === m.path || location.pathname.startsWith(`${m.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 12, position: 'sticky', top: 0, zIndex: 10 }}
      >
        <Brand />
        <div style={{ flex: 1 }} />
        {!forced && session.abilities.includes('workbench.view') && <NotificationBell />}
        <UserMenu forced={forced} />
      </Layout.Header>
      <Layout>
        {!forced && (
          <Layout.Sider
            width={208}
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            theme="light"
            style={{
              borderRight: '1px solid #e8e8e8',
              position: 'sticky',
              top: 56,
              height: 'calc(100vh - 56px)',
              overflow: 'auto',
            }}
          >
            <nav aria-label="主菜单">
              <Menu
                mode="inline"
                selectedKeys={selected ? [selected.path] : []}
                items={entries.map((m) => ({ key: m.path, icon: m.icon, label: m.label }))}
                onClick={({ key }) => void navigate(key)}
                // The bottom padding keeps the last entry clear of the sider's collapse button when the menu scrolls.
                style={{ borderInlineEnd: 0, paddingTop: 8, paddingBottom: 56 }}
              />
            </nav>
          </Layout.Sider>
        )}
        <Layout style={{ minWidth: 0 }}>
          <Layout.Content style={{ padding: 20, minWidth: 0 }}>
            {!forced && user.roles.length === 0 && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                title="您的账号尚未被授予角色"
                description="请联系安全管理员授予角色后再办理业务。目前您只能查看组织机构和修改本人密码。"
              />
            )}
            <Suspense
              fallback={
                <div style={{ padding: 80, textAlign: 'center' }}>
                  <Spin />
                </div>
              }
            >
              <Outlet />
            </Suspense>
          </Layout.Content>
          <Layout.Footer
            style={{ textAlign: 'center', padding: '12px 20px', color: '#8c8c8c', fontSize: 12 }}
          >
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              赤峰市应急管理局 行政执法平台 · 本系统记录所有操作并留存审计日志
            </Typography.Text>
          </Layout.Footer>
        </Layout>
      </Layout>
      <IdleWarning idleMinutes={session.idleMinutes} />
    </Layout>
  );
}
