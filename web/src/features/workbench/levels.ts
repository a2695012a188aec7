import type { NOTIFICATION_LEVELS } from '../../../../common/contracts/workbench';

type Level = (typeof NOTIFICATION_LEVELS)[number];

export const LEVEL_TAGS: Record<Level, { label: string; color: string }> = {
  info: { label: '提醒', color: 'blue' },
  due_soon: { label: '临期', color: 'orange' },
  overdue: { label: '逾期', color: 'red' },
  escalated: { label: '督办', color: 'magenta' },
};
