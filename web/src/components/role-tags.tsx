import { Tag, Typography } from 'antd';
import { isAdminRole, ROLE_LABELS, ROLES, type Role } from '../../../common/roles';

function isRole(r: string): r is Role {
  return (ROLES as readonly string[]).includes(r);
}

export function roleLabel(r: string): string {
  return isRole(r) ? ROLE_LABELS[r] : r;
}

/** Roles as Chinese tags; the three administrator roles in a distinct colour. */
export function RoleTags({ roles, empty = '未授予角色' }: { roles: readonly string[]; empty?: string }) {
  if (roles.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <>
      {roles.map((r) => (
        <Tag key={r} color={isRole(r) && isAdminRole(r) ? 'purple' : 'blue'} style={{ marginInlineEnd: 4 }}>
          {roleLabel(r)}
        </Tag>
      ))}
    </>
  );
}
