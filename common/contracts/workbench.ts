import { z } from 'zod';
import { PageQuery, pageOf } from './shared.js';

export const NOTIFICATION_LEVELS = ['info', 'due_soon', 'overdue', 'escalated'] as const;

export const Notification = z.object({
  id: z.uuid(),
  level: z.enum(NOTIFICATION_LEVELS),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;
export const NotificationPage = pageOf(Notification).extend({ unread: z.number().int() });
export const NotificationQuery = PageQuery.extend({ unreadOnly: z.coerce.boolean().optional() });
