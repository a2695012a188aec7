import { App, Alert, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { DEFAULT_SECURITY_POLICY, passwordProblems } from '../../../../common/password-policy';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { checkRule } from '../../components/zod-rule';
import { isApiError } from '../../app/api';
import { useSession } from '../../app/session';
import { useChangePassword } from './api';
import { PasswordChecklist } from './password-checklist';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * 修改密码. In forced mode (first login, or after a reset) it is the only page the user can reach.
 * The checklist previews the policy in force (from the session); the server has the final word.
 */
export function ChangePasswordPage() {
  const { user, passwordPolicy } = useSession();
  const forced = !!user?.mustChangePassword;
  const username = user?.username ?? '';
  const change = useChangePassword();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const currentPassword = Form.useWatch('currentPassword', form) ?? '';
  const policy = { ...DEFAULT_SECURITY_POLICY, ...passwordPolicy };

  const submit = (values: PasswordForm) =>
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          void message.success('密码已修改。');
          form.resetFields();
          if (forced) void navigate('/', { replace: true });
        },
        onError: (e) => {
          if (isApiError(e) && e.code === 'PASSWORD_WRONG')
            form.setFields([{ name: 'currentPassword', errors: [e.message] }]);
          else applyFieldErrors(form, e, ['currentPassword', 'newPassword']);
        },
      },
    );

  return (
    <div style={{ maxWidth: 560, margin: forced ? '24px auto' : undefined }}>
      <PageHeader
        title="修改密码"
        description="密码须符合本单位安全策略。修改后本人在其他设备上的登录将被注销。"
      />
      {forced && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="请先修改密码"
          description="您正在使用系统管理员发放的初始密码或临时密码。为保障账号安全，须修改密码后才能使用系统。"
          data-testid="forced-password-change"
        />
      )}
      <Card>
        <ApiErrorAlert error={change.error} />
        <Form<PasswordForm>
          name="changePassword"
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark
        >
          <Form.Item
            name="currentPassword"
            label={forced ? '初始密码或临时密码' : '原密码'}
            rules={[{ required: true, message: '请输入原密码' }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label="新密码"
            rules={[
              { required: true, message: '请输入新密码' },
              checkRule((value: string | undefined) => {
                if (!value) return null;
                const problems = passwordProblems(value, username, policy);
                if (problems.length) return `新密码${problems.join('；')}`;
                if (value === form.getFieldValue('currentPassword')) return '新密码不得与原密码相同';
                return null;
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <PasswordChecklist
            password={newPassword}
            current={currentPassword}
            username={username}
            policy={policy}
          />
          <Form.Item
            name="confirm"
            label="确认新密码"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) =>
                checkRule((value: string | undefined) =>
                  value && value !== getFieldValue('newPassword') ? '两次输入的新密码不一致' : null,
                ),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            确认修改
          </Button>
        </Form>
      </Card>
    </div>
  );
}
