import { z } from 'zod';

export const Uuid = z.uuid({ error: '编号格式不正确' });

/** A calendar day, 'YYYY-MM-DD'. */
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
/** An instant in any form `Date` reads (ISO 8601 with an offset, from the SPA). */
export const Instant = z.string().refine((s) => Number.isFinite(new Date(s).getTime()), '时间格式不正确');
/** Required text, trimmed, with the field's name in the messages. */
export const Text = (label: string, max = 4000) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不得超过${max}字`);
/** Optional text, trimmed; empty becomes undefined. */
export const Optional = (label: string, max = 1000) =>
  z
    .string()
    .trim()
    .max(max, `${label}不得超过${max}字`)
    .optional()
    .transform((s) => (s ? s : undefined));
export const IdParams = z.object({ id: Uuid });

/** Pagination query shared by every list endpoint. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const Ok = z.object({ ok: z.literal(true) });
