import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { UNIT_KIND_LABELS } from '../../../../common/contracts/org';
import { ROLE_LABELS, ROLES } from '../../../../common/roles';
import { ApiErrorAlert } from '../../components/api-error';
import { DataTable, usePaging } from '../../components/data-table';
import { OneTimeSecretModal } from '../../components/one-time-secret';
import { PageHeader } from '../../components/page';
import { RoleTags } from '../../components/role-tags';
import { useAbility } from '../../app/session';
import { useOrg } from '../org/api';
import { AccountFormDrawer } from './account-form-drawer';
import { AccountStatusTags, STATUS_LABELS } from './account-status';
import {
  useAccounts,
  useResetPassword,
  useSetDisabled,
  useUnlock,
  type Account,
  type AccountFilter,
} from './api';
import { RoleGrantDrawer } from './role-grant-drawer';

interface Secret {
  title: string;
  who: string;
  secret: string;
}

/**
 * 账号管理. The system administrator creates and maintains accounts; the security administrator grants roles.
 * Every row action is offered only when the row's `abilities` (from the server) allow it.
 */
export function AccountsPage() {
  const canCreate = useAbility('account.manage');
  const canGrant = useAbility('role.grant');
  const { message } = App.useApp();
  const org = useOrg();
  const { filter, setFilter, paging, setPaging } = usePaging<AccountFilter>({});
  const accounts = useAccounts(filter, paging.page, paging.pageSize);
  const [editing, setEditing] = useState<Account | null | 'new'>(null);
  const [granting, setGranting] = useState<Account | null>(null);
  const [secret, setSecret] = useState<Secret | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const reset = useResetPassword();
  const unlock = useUnlock();
  const setDisabled = useSetDisabled();
  const [filterForm] = Form.useForm<AccountFilter>();
  const [q, setQ] = useState('');

  const act = <V,>(m: { mutateAsync: (v: V) => Promise<unknown> }, v: V, done: string) =>
    m.mutateAsync(v).then(
      () => {
        setActionError(null);
        void message.success(done);
      },
      (e: unknown) => setActionError(e),
    );

  const columns: TableColumnsType<Account> = [
    {
      title: '姓名',
      key: 'name',
      render: (_, a) => (
        <>
          <div style={{ fontWeight: 500 }}>{a.displayName}</div>
          <Typography.Text type="secondary" className="zf-mono" style={{ fontSize: 12 }}>
            {a.username}
          </Typography.Text>
        </>
      ),
    },
    {
      title: '科室/单位',
      key: 'unit',
      render: (_, a) => (
        <>
          <div>{a.unitName ?? '—'}</div>
          {a.positionName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.positionName}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: '角色', key: 'roles', render: (_, a) => <RoleTags roles={a.roles} /> },
    { title: '状态', key: 'status', render: (_, a) => <AccountStatusTags account={a} /> },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      render: (v: string | null) =>
        v ? (
          dayjs(v).format('YYYY-MM-DD HH:mm')
        ) : (
          <Typography.Text type="secondary">从未登录</Typography.Text>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 280,
      render: (_, a) => {
        const can = a.abilities;
        const none = !can.edit && !can.resetPassword && !can.unlock && !can.disable && !can.grantRoles;
        if (none) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Space size={0} wrap>
            {can.edit && (
              <Button type="link" size="small" onClick={() => setEditing(a)}>
                编辑
              </Button>
            )}
            {can.grantRoles && (
              <Button type="link" size="small" onClick={() => setGranting(a)}>
                授予角色
              </Button>
            )}
            {can.resetPassword && (
              <Popconfirm
                title="重置密码"
                description={`将为 ${a.displayName} 生成临时密码，并使其所有登录失效。确定吗？`}
                onConfirm={() =>
                  void reset.mutateAsync(a.id).then(
                    (r) => {
                      setActionError(null);
                      setSecret({
                        title: '临时密码',
                        who: `${a.displayName}（${a.username}）`,
                        secret: r.temporaryPassword,
                      });
                    },
                    (e: unknown) => setActionError(e),
                  )
                }
              >
                <Button type="link" size="small">
                  重置密码
                </Button>
              </Popconfirm>
            )}
            {can.unlock && (
              <Popconfirm
                title="解除锁定"
                description={`确定解除 ${a.displayName} 的登录锁定吗？`}
                onConfirm={() => void act(unlock, a.id, '已解除锁定')}
              >
                <Button type="link" size="small">
                  解锁
                </Button>
              </Popconfirm>
            )}
            {can.disable && (
              <Popconfirm
                title={a.status === 'disabled' ? '启用账号' : '停用账号'}
                description={
                  a.status === 'disabled'
                    ? `确定启用 ${a.displayName} 的账号吗？`
                    : `停用后 ${a.displayName} 将无法登录，其当前登录立即失效。确定吗？`
                }
                onConfirm={() =>
                  void act(
                    setDisabled,
                    { id: a.id, disabled: a.status !== 'disabled' },
                    a.status === 'disabled' ? '已启用' : '已停用',
                  )
                }
              >
                <Button type="link" size="small" danger={a.status !== 'disabled'}>
                  {a.status === 'disabled' ? '启用' : '停用'}
                </Button>
              </Popconfirm>
            )}
          </Space>
        );
      },
    },
  ];

  const units = org.data?.units ?? [];
  return (
    <>
      <PageHeader
        title="账号管理"
        description={
          canGrant
            ? '为账号授予或变更角色。管理员角色须单独授予（三员分立）。'
            : '创建和维护工作人员账号、重置密码、解除锁定、停用账号。角色由安全管理员授予（三员分立）。'
        }
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              新建账号
            </Button>
          )
        }
      />
      <Card>
        <Form<AccountFilter>
          name="accountFilter"
          form={filterForm}
          layout="inline"
          style={{ marginBottom: 16, rowGap: 12 }}
          onValuesChange={(_, all) => setFilter({ ...all, q: filter.q })}
        >
          <Form.Item>
            <Input.Search
              placeholder="姓名或用户名"
              allowClear
              enterButton="查询"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              onSearch={(v) => setFilter({ ...filter, q: v.trim() || undefined })}
              style={{ width: 260 }}
              aria-label="搜索姓名或用户名"
            />
          </Form.Item>
          <Form.Item name="unitId">
            <Select
              placeholder="全部科室/单位"
              allowClear
              style={{ width: 220 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={(['section', 'institution'] as const).map((kind) => ({
                label: UNIT_KIND_LABELS[kind],
                title: UNIT_KIND_LABELS[kind],
                options: units.filter((u) => u.kind === kind).map((u) => ({ label: u.name, value: u.id })),
              }))}
            />
          </Form.Item>
          <Form.Item name="role">
            <Select
              placeholder="全部角色"
              allowClear
              style={{ width: 150 }}
              options={ROLES.map((r) => ({ label: ROLE_LABELS[r], value: r }))}
            />
          </Form.Item>
          <Form.Item name="status">
            <Select
              placeholder="全部状态"
              allowClear
              style={{ width: 120 }}
              options={(['active', 'locked', 'disabled'] as const).map((s) => ({
                label: STATUS_LABELS[s],
                value: s,
              }))}
            />
          </Form.Item>
          <Form.Item>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                filterForm.resetFields();
                setQ('');
                setFilter({});
              }}
            >
              重置
            </Button>
          </Form.Item>
        </Form>
        <ApiErrorAlert error={actionError} />
        <DataTable<Account>
          rowKey="id"
          columns={columns}
          query={accounts}
          paging={paging}
          onPaging={setPaging}
        />
      </Card>
      <AccountFormDrawer
        open={editing !== null}
        account={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onCreated={(c) =>
          setSecret({
            title: '账号已创建：初始密码',
            who: `${c.account.displayName}（${c.account.username}）`,
            secret: c.initialPassword,
          })
        }
      />
      <RoleGrantDrawer
        account={granting}
        onClose={() => setGranting(null)}
        onSaved={() => void message.success('角色已更新')}
      />
      <OneTimeSecretModal
        open={!!secret}
        title={secret?.title ?? ''}
        who={secret?.who ?? ''}
        secret={secret?.secret ?? ''}
        onClose={() => setSecret(null)}
      />
    </>
  );
}
