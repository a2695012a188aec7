import {
  ApartmentOutlined,
  AuditOutlined,
  DesktopOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../common/roles';

export interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
  /** The permission that opens the page; null: every logged-in user. */
  permission: Permission | null;
}

/**
 * The menu, in display order. An entry appears only when its module exists (it is listed here) and the
 * session grants its permission, so no item leads to a refusal or to nothing.
 */
export const MENU: readonly MenuEntry[] = [
  { path: '/workbench', label: '工作台', icon: <DesktopOutlined />, permission: 'workbench.view' },
  { path: '/accounts', label: '账号管理', icon: <TeamOutlined />, permission: 'account.read' },
  { path: '/org', label: '组织机构', icon: <ApartmentOutlined />, permission: null },
  {
    path: '/security',
    label: '安全策略',
    icon: <SafetyCertificateOutlined />,
    permission: 'security.configure',
  },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, permission: 'audit.read' },
];

export function menuFor(abilities: readonly Permission[]): MenuEntry[] {
  return MENU.filter((m) => m.permission === null || abilities.includes(m.permission));
}
