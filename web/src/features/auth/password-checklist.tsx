import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import type { PasswordPolicy } from '../../../../common/password-policy';

const CLASSES = [
  { label: '小写字母', re: /[a-z]/ },
  { label: '大写字母', re: /[A-Z]/ },
  { label: '数字', re: /[0-9]/ },
  { label: '符号', re: /[^A-Za-z0-9]/ },
] as const;

function Item({ ok, children }: { ok: boolean; children: React.ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }} data-ok={ok}>
      {ok ? (
        <CheckCircleFilled style={{ color: '#52c41a' }} />
      ) : (
        <CloseCircleOutlined style={{ color: '#bfbfbf' }} />
      )}
      <Typography.Text type={ok ? undefined : 'secondary'}>{children}</Typography.Text>
    </div>
  );
}

/**
 * A live preview of the password rules (the same rules as `passwordProblems`, which the form and, finally,
 * the server apply).
 */
export function PasswordChecklist({
  password,
  current,
  username,
  policy,
}: {
  password: string;
  current: string;
  username: string;
  policy: Pick<PasswordPolicy, 'minLength' | 'minClasses'>;
}) {
  const present = CLASSES.filter((c) => c.re.test(password));
  return (
    <div
      aria-label="密码要求"
      style={{
        background: '#f7f9fc',
        border: '1px solid #e6ebf2',
        borderRadius: 4,
        padding: '10px 14px',
        marginBottom: 20,
      }}
    >
      <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
        密码要求
      </Typography.Text>
      <Space orientation="vertical" size={4}>
        <Item ok={password.length >= policy.minLength}>
          长度至少 {policy.minLength} 位（当前 {password.length} 位）
        </Item>
        <Item ok={present.length >= policy.minClasses}>
          包含小写字母、大写字母、数字、符号中的至少 {policy.minClasses} 类
          {password && `（已含：${present.map((c) => c.label).join('、') || '无'}）`}
        </Item>
        <Item ok={!!password && !password.toLowerCase().includes(username.toLowerCase())}>
          不得包含用户名
        </Item>
        <Item ok={!!password && password !== current}>不得与原密码相同</Item>
      </Space>
    </div>
  );
}
