import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space, Typography } from 'antd';

/**
 * Shows a password the server generated and will never show again (initial or temporary password), with a copy
 * button and the warning that it cannot be retrieved later.
 */
export function OneTimeSecretModal({
  open,
  title,
  who,
  secret,
  onClose,
}: {
  open: boolean;
  title: string;
  who: string;
  secret: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      void message.success('已复制到剪贴板');
    } catch {
      void message.warning('浏览器不允许自动复制，请手动选中复制');
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下，关闭
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title="此密码仅显示这一次"
        description="关闭本窗口后无法再次查看。请通过安全途径当面或电话告知本人；对方首次登录时须立即修改密码。"
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph>
        账号：<Typography.Text strong>{who}</Typography.Text>
      </Typography.Paragraph>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          readOnly
          value={secret}
          data-testid="one-time-secret"
          style={{ fontFamily: 'monospace', fontSize: 16 }}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          复制
        </Button>
      </Space.Compact>
    </Modal>
  );
}
