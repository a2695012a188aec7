import { z } from 'zod';

export const Uuid = z.uuid({ error: '编号格式不正确' });
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
