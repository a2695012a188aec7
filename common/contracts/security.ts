import { z } from 'zod';

export const SecurityPolicyBody = z.object({
  minLength: z.number().int().min(8, '密码最小长度不得低于 8 位').max(64),
  minClasses: z.number().int().min(3, '至少须包含 3 类字符').max(4),
  lockThreshold: z.number().int().min(3).max(10, '连续失败次数上限不得超过 10 次'),
  lockMinutes: z.number().int().min(5).max(1440),
  idleMinutes: z.number().int().min(5).max(30, '会话空闲超时不得超过 30 分钟'),
});
export type SecurityPolicyBody = z.infer<typeof SecurityPolicyBody>;
export const SecurityPolicy = SecurityPolicyBody.extend({
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
