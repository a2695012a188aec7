import { Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { CreateAccountBody, Username } from '../../../../common/contracts/accounts';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error';
import { zodRule } from '../../components/zod-rule';
import { isApiError } from '../../app/api';
import { UNIT_KIND_LABELS } from '../../../../common/contracts/org';
import { useOrg } from '../org/api';
import { useCreateAccount, useUpdateAccount, type Account, type CreatedAccount } from './api';

interface AccountForm {
  username: string;
  displayName: string;
  unitId?: string;
  positionId?: string;
  phone?: string;
}

const FIELDS = ['username', 'displayName', 'unitId', 'positionId', 'phone'] as const;

/** Create (account = null) or edit an account. Roles are not set here: the security administrator grants them. */
export function AccountFormDrawer({
  open,
  account,
  onClose,
  onCreated,
}: {
  open: boolean;
  account: Account | null;
  onClose: () => void;
  onCreated: (created: CreatedAccount) => void;
}) {
  const [form] = Form.useForm<AccountForm>();
  const org = useOrg();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const mutation = account ? update : create;

  useEffect(() => {
    if (!open) return;
    create.reset();
    update.reset();
    form.resetFields();
    if (account)
      form.setFieldsValue({
        username: account.username,
        displayName: account.displayName,
        unitId: account.unitId ?? undefined,
        positionId: account.positionId ?? undefined,
        phone: account.phone ?? undefined,
      });
    // Only when the drawer opens for another account.
  }, [open, account?.id]);

  const submit = (v: AccountForm) => {
    const body = {
      displayName: v.displayName.trim(),
      unitId: v.unitId ?? null,
      positionId: v.positionId ?? null,
      phone: v.phone?.trim() ? v.phone.trim() : null,
    };
    const onError = (e: Error) => {
      if (isApiError(e) && e.code === 'USERNAME_TAKEN')
        form.setFields([{ name: 'username', errors: [e.message] }]);
      else applyFieldErrors(form, e, FIELDS);
    };
    if (account) update.mutate({ id: account.id, body }, { onSuccess: onClose, onError });
    else
      create.mutate(
        { ...body, username: v.username.trim() },
        {
          onSuccess: (created) => {
            onClose();
            onCreated(created);
          },
          onError,
        },
      );
  };

  const units = org.data?.units ?? [];
  const unitOptions = (['section', 'institution'] as const).map((kind) => ({
    label: UNIT_KIND_LABELS[kind],
    title: UNIT_KIND_LABELS[kind],
    options: units.filter((u) => u.kind === kind).map((u) => ({ label: u.name, value: u.id })),
  }));

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={account ? `编辑账号：${account.displayName}` : '新建账号'}
      size={480}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()}>
            {account ? '保存' : '创建'}
          </Button>
        </Space>
      }
    >
      <ApiErrorAlert error={mutation.error} />
      <Form<AccountForm> name="account" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="username"
          label="用户名"
          extra={
            account
              ? '用户名创建后不可修改。'
              : '用于登录，以小写字母开头，可含小写字母、数字、点、下划线、连字符。'
          }
          rules={[{ required: true, message: '请输入用户名' }, zodRule(Username)]}
        >
          <Input disabled={!!account} autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label="姓名"
          rules={[
            { required: true, whitespace: true, message: '请输入姓名' },
            zodRule(CreateAccountBody.shape.displayName),
          ]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="unitId" label="所在科室或单位">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="请选择"
            options={unitOptions}
            loading={org.isPending}
          />
        </Form.Item>
        <Form.Item name="positionId" label="职务">
          <Select
            allowClear
            placeholder="请选择"
            loading={org.isPending}
            options={(org.data?.positions ?? []).map((p) => ({ label: p.name, value: p.id }))}
          />
        </Form.Item>
        <Form.Item name="phone" label="手机号" rules={[zodRule(CreateAccountBody.shape.phone)]}>
          <Input maxLength={11} autoComplete="off" />
        </Form.Item>
        {!account && (
          <div style={{ color: '#8c8c8c', fontSize: 13, lineHeight: 1.8 }}>
            创建后系统生成一次性初始密码，仅显示一次；本人首次登录须修改密码。新账号没有任何角色，须由安全管理员授予。
          </div>
        )}
      </Form>
    </Drawer>
  );
}
