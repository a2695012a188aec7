import { z } from 'zod';
import { PageQuery, pageOf } from './shared.js';

export const AuditQuery = PageQuery.extend({
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  objectType: z.string().trim().max(64).optional(),
  objectId: z.string().trim().max(64).optional(),
  from: z.iso.datetime({ offset: true, error: '开始时间格式不正确' }).optional(),
  to: z.iso.datetime({ offset: true, error: '结束时间格式不正确' }).optional(),
});

export const AuditEvent = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  actorRoles: z.array(z.string()),
  actorUnit: z.string().nullable(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  hash: z.string(),
});
export const AuditPage = pageOf(AuditEvent);

export const VerifyResult = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  headHash: z.string(),
  firstBadId: z.number().int().nullable(),
  reason: z.string().nullable(),
  millis: z.number(),
});
export type VerifyResult = z.infer<typeof VerifyResult>;
