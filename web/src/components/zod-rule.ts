import type { RuleObject } from 'antd/es/form';
import { z } from 'zod';
import { zhCN } from 'zod/locales';

z.config(zhCN());

/** A form rule from a check that returns the Chinese problem, or null when the value is fine. */
export function checkRule<V>(problem: (value: V) => string | null): RuleObject {
  return {
    validator: (_rule, value: V) => {
      const p = problem(value);
      return p ? Promise.reject(new Error(p)) : Promise.resolve();
    },
  };
}

/**
 * An antd form rule from a shared zod contract, so the form refuses exactly what the server refuses and with
 * the same Chinese message. Empty values are left to `required`.
 */
export function zodRule(schema: z.ZodType): RuleObject {
  return checkRule((value: unknown) => {
    if (value === undefined || value === null || value === '') return null;
    const r = schema.safeParse(value);
    return r.success ? null : (r.error.issues[0]?.message ?? '格式不正确');
  });
}
