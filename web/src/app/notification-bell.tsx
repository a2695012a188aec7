import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useNotifications } from '../features/workbench/api';
import { NotificationItem } from '../features/workbench/notification-item';

/** The header bell: unread count, and the latest unread items in a popover. Fetched on load, never polled. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const unread = useNotifications(true, 1, 5);
  const count = unread.data?.unread ?? 0;
  const content = (
    <div style={{ width: 320 }}>
      {unread.data && unread.data.items.length > 0 ? (
        unread.data.items.map((n) => <NotificationItem key={n.id} n={n} compact />)
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无未读提醒" />
      )}
      <div style={{ textAlign: 'right', paddingTop: 8 }}>
        <Button
          type="link"
          size="small"
          onClick={() => {
            setOpen(false);
            void navigate('/workbench');
          }}
        >
          进入工作台查看全部
        </Button>
      </div>
    </div>
  );
  return (
    <Popover
      content={content}
      title={<Typography.Text strong>待办与提醒</Typography.Text>}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) void unread.refetch();
      }}
    >
      <Button
        type="text"
        aria-label={count ? `提醒，${count} 条未读` : '提醒'}
        style={{ color: '#fff' }}
        icon={
          <Badge count={count} size="small" offset={[2, -2]}>
            <BellOutlined style={{ fontSize: 18, color: '#fff' }} />
          </Badge>
        }
      />
    </Popover>
  );
}
