import { Alert, Button, Checkbox, Drawer, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ADMIN_ROLES, BUSINESS_ROLES, ROLE_LABELS, type Role } from '../../../../common/roles';
import { ApiErrorAlert } from '../../components/api-error';
import { useSetRoles, type Account } from './api';

/**
 * The security administrator grants or withdraws roles. 三员分立 is the server's to enforce: a refused
 * combination comes back as ROLE_CONFLICT with its basis and is shown here.
 */
export function RoleGrantDrawer({
  account,
  onClose,
  onSaved,
}: {
  account: Account | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [roles, setRoles] = useState<Role[]>([]);
  const save = useSetRoles();

  useEffect(() => {
    if (!account) return;
    setRoles(account.roles);
    save.reset();
    // Reset only when another account is opened.
  }, [account?.id]);

  const group = (title: string, list: readonly Role[]) => (
    <div style={{ marginBottom: 20 }}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {title}
      </Typography.Text>
      <Checkbox.Group
        value={roles.filter((r) => list.includes(r))}
        onChange={(checked) => setRoles([...roles.filter((r) => !list.includes(r)), ...checked])}
        style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: 8 }}
        options={list.map((r) => ({ label: ROLE_LABELS[r], value: r }))}
      />
    </div>
  );

  return (
    <Drawer
      open={!!account}
      onClose={onClose}
      title={account ? `授予角色：${account.displayName}（${account.username}）` : ''}
      size={480}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() =>
              account &&
              save.mutate(
                { id: account.id, roles },
                {
                  onSuccess: () => {
                    onSaved();
                    onClose();
                  },
                },
              )
            }
          >
            保存
          </Button>
        </Space>
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 20 }}
        title="三员分立"
        description="系统管理员、安全管理员、审计管理员三类管理员角色只能单独授予，不得相互兼任，也不得兼任任何业务角色。"
      />
      <ApiErrorAlert error={save.error} />
      {group('业务角色', BUSINESS_ROLES)}
      {group('管理员角色', ADMIN_ROLES)}
    </Drawer>
  );
}
