import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { Notification } from './api';
import { LEVEL_TAGS } from './levels';

/** One to-do or reminder: level tag, title, body, time, and the actions on the right. */
export function NotificationItem({
  n,
  compact = false,
  actions,
}: {
  n: Notification;
  compact?: boolean;
  actions?: ReactNode;
}) {
  return (
    <div
      style={{
        display: 'flex',
        gap: 12,
        alignItems: 'flex-start',
        padding: compact ? '8px 0' : '12px 0',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      <div style={{ flex: 1, minWidth: 0 }}>
        <div style={{ fontWeight: n.readAt ? 400 : 600 }}>
          <Tag color={LEVEL_TAGS[n.level].color}>{LEVEL_TAGS[n.level].label}</Tag>
          {n.title}
        </div>
        {!compact && n.body && (
          <Typography.Paragraph style={{ margin: '4px 0 0' }}>{n.body}</Typography.Paragraph>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {dayjs(n.createdAt).format('YYYY-MM-DD HH:mm')}
        </Typography.Text>
      </div>
      {actions && <div style={{ flexShrink: 0 }}>{actions}</div>}
    </div>
  );
}
