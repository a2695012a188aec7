import { envInt } from '../../platform/config.js';
/**
 * Settings of the warnings sweep, read from the environment like server/platform/config.ts does for the platform
 * (kept here so the platform config stays untouched by this module; move into Config when convenient):
 *
 * - ZHIFA_DEADLINE_SWEEP_MINUTES   interval of the in-server sweep; 0 turns it off (default 10; 0 under vitest)
 * - ZHIFA_DEADLINE_SWEEP_DELAY_SECONDS  first run after start-up (default 30)
 * - ZHIFA_DEADLINE_DUE_SOON_DAYS   due-soon warning, working days before the due day (default 3)
 * - ZHIFA_DEADLINE_DUE_SOON_HOURS  due-soon warning for hour periods (default 4)
 */
export interface DeadlineSettings {
  intervalMinutes: number;
  firstDelaySeconds: number;
  dueSoonWorkingDays: number;
  dueSoonHours: number;
}

export type NotificationLevel = 'info' | 'due_soon' | 'overdue' | 'escalated';

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  intervalMinutes: 10,
  firstDelaySeconds: 30,
  dueSoonWorkingDays: 3,
  dueSoonHours: 4,
};

export function deadlineSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DeadlineSettings {
  const d = DEFAULT_DEADLINE_SETTINGS;
  return {
    // Under the test runner the timer stays off unless asked for: a sweep firing mid-test would race the tests.
    intervalMinutes: envInt(
      'ZHIFA_DEADLINE_SWEEP_MINUTES',
      env.ZHIFA_DEADLINE_SWEEP_MINUTES,
      env.VITEST ? 0 : d.intervalMinutes,
    ),
    firstDelaySeconds: envInt(
      'ZHIFA_DEADLINE_SWEEP_DELAY_SECONDS',
      env.ZHIFA_DEADLINE_SWEEP_DELAY_SECONDS,
      d.firstDelaySeconds,
    ),
    dueSoonWorkingDays: envInt(
      'ZHIFA_DEADLINE_DUE_SOON_DAYS',
      env.ZHIFA_DEADLINE_DUE_SOON_DAYS,
      d.dueSoonWorkingDays,
    ),
    dueSoonHours: envInt('ZHIFA_DEADLINE_DUE_SOON_HOURS', env.ZHIFA_DEADLINE_DUE_SOON_HOURS, d.dueSoonHours),
  };
}
