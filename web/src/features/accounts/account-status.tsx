import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { Account } from './api';

export const STATUS_LABELS = { active: '正常', locked: '已锁定', disabled: '已停用' } as const;

export function AccountStatusTags({ account }: { account: Account }) {
  const status = (() => {
    switch (account.status) {
      case 'active':
        return <Tag color="success">{STATUS_LABELS.active}</Tag>;
      case 'locked':
        return (
          <Tooltip
            title={
              account.lockedUntil
                ? `${dayjs(account.lockedUntil).format('YYYY-MM-DD HH:mm')} 自动解锁`
                : undefined
            }
          >
            <Tag color="warning">{STATUS_LABELS.locked}</Tag>
          </Tooltip>
        );
      case 'disabled':
        return <Tag color="default">{STATUS_LABELS.disabled}</Tag>;
    }
  })();
  return (
    <>
      {status}
      {account.mustChangePassword && (
        <Tooltip title="使用初始密码或临时密码，登录后须先修改密码">
          <Tag color="processing">首次登录须改密</Tag>
        </Tooltip>
      )}
    </>
  );
}
