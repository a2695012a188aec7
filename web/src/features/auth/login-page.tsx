import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error';
import { usePageTitle } from '../../components/page';
import { BRAND } from '../../app/theme';
import { useAuthNotice, useSessionQuery } from '../../app/session';
import { useLogin } from './api';

interface LoginForm {
  username: string;
  password: string;
}

function fromOf(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only a path inside this application: never `//host` (another site) or the login page itself.
  return typeof from === 'string' && /^\/(?![/\\])/.test(from) && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  usePageTitle('登录');
  const session = useSessionQuery();
  const notice = useAuthNotice();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<LoginForm>();

  if (session.data?.authenticated) return <Navigate to={fromOf(location.state)} replace />;

  const submit = (values: LoginForm) =>
    login.mutate(values, {
      onSuccess: (info) =>
        void navigate(info.user?.mustChangePassword ? '/password' : fromOf(location.state), {
          replace: true,
        }),
      onError: () => form.setFieldValue('password', ''),
    });

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: `linear-gradient(160deg, ${BRAND.navy} 0%, ${BRAND.primary} 55%, #2f6fc4 100%)`,
      }}
    >
      <main style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 24 }}>
        <div
          style={{
            display: 'flex',
            width: 880,
            maxWidth: '100%',
            boxShadow: '0 12px 40px rgba(0,0,0,.25)',
            borderRadius: 8,
            overflow: 'hidden',
          }}
        >
          <section
            style={{
              flex: '1 1 420px',
              padding: '48px 40px',
              color: '#fff',
              background: 'rgba(8, 28, 58, 0.55)',
              display: 'flex',
              flexDirection: 'column',
              justifyContent: 'center',
              gap: 18,
            }}
          >
            <img src="/favicon.svg" alt="" width={64} height={64} />
            <div>
              <div style={{ fontSize: 30, fontWeight: 700, letterSpacing: 4 }}>赤峰市应急管理局</div>
              <div style={{ fontSize: 20, marginTop: 8, letterSpacing: 6, opacity: 0.9 }}>行政执法平台</div>
            </div>
            <div style={{ width: 48, height: 3, background: BRAND.accent }} />
            <div style={{ fontSize: 14, lineHeight: 2, opacity: 0.85 }}>
              严格规范公正文明执法
              <br />
              执法全过程记录 · 重大执法决定法制审核 · 执法公示
            </div>
          </section>
          <Card
            style={{ flex: '1 1 380px', borderRadius: 0 }}
            styles={{ body: { padding: '48px 40px' } }}
            variant="borderless"
          >
            <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
              用户登录
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
              请使用本人账号登录，不得转借他人使用
            </Typography.Paragraph>
            {notice && !login.error && (
              <Alert
                type={notice.kind === 'logout' ? 'info' : 'warning'}
                showIcon
                title={notice.text}
                style={{ marginBottom: 16 }}
                data-testid="auth-notice"
              />
            )}
            <ApiErrorAlert error={login.error} />
            <Form<LoginForm>
              name="login"
              form={form}
              layout="vertical"
              size="large"
              onFinish={submit}
              requiredMark={false}
            >
              <Form.Item
                name="username"
                label="用户名"
                rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
              >
                <Input
                  prefix={<UserOutlined />}
                  placeholder="请输入用户名"
                  autoComplete="username"
                  autoFocus
                />
              </Form.Item>
              <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
                <Input.Password
                  prefix={<LockOutlined />}
                  placeholder="请输入密码"
                  autoComplete="current-password"
                />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                block
                loading={login.isPending}
                disabled={session.isPending}
              >
                登录
              </Button>
            </Form>
          </Card>
        </div>
      </main>
      <footer
        style={{
          textAlign: 'center',
          color: 'rgba(255,255,255,.7)',
          fontSize: 12,
          padding: '16px 0 24px',
          lineHeight: 1.8,
        }}
      >
        赤峰市应急管理局 主办 · 连续 {session.data?.passwordPolicy.lockThreshold ?? 5} 次密码错误将锁定账号{' '}
        {session.data?.passwordPolicy.lockMinutes ?? 15} 分钟 · {session.data?.idleMinutes ?? 30}{' '}
        分钟无操作自动退出
      </footer>
    </div>
  );
}
