import { z } from 'zod';

/** 统一社会信用代码: 18 characters per GB 32100-2015 (check digit verified on the server). */
export const Uscc = z
  .string()
  .trim()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, '统一社会信用代码格式不正确');

export const LawEnforcementEntity = z.object({
  id: z.uuid(),
  name: z.string(),
  uscc: z.string(),
  address: z.string(),
  legalBasis: z.string(),
  phone: z.string().nullable(),
});
export const UpdateEntityBody = z.object({
  name: z.string().trim().min(2, '请输入执法主体名称').max(100),
  uscc: Uscc,
  address: z.string().trim().min(2, '请输入地址').max(200),
  legalBasis: z.string().trim().min(2, '请输入职权依据').max(2000),
  phone: z.string().trim().max(32).nullable().default(null),
});

export const UNIT_KINDS = ['section', 'institution'] as const;
export const UNIT_KIND_LABELS = { section: '科室', institution: '所属事业单位' } as const;

export const OrgUnit = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  code: z.string(),
  duties: z.string(),
  sortOrder: z.number().int(),
  memberCount: z.number().int(),
});
export const UnitBody = z.object({
  name: z.string().trim().min(2, '请输入名称').max(64),
  kind: z.enum(UNIT_KINDS, { error: '请选择类型' }),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{2,16}$/, '编码为 2-16 位大写字母或数字'),
  duties: z.string().trim().max(2000).default(''),
  sortOrder: z.number().int().min(0).max(9999).default(100),
});

export const Position = z.object({
  id: z.uuid(),
  name: z.string(),
  isLeadership: z.boolean(),
  sortOrder: z.number().int(),
});
export const PositionBody = z.object({
  name: z.string().trim().min(2, '请输入职务名称').max(32),
  isLeadership: z.boolean().default(false),
  sortOrder: z.number().int().min(0).max(9999).default(100),
});

export const OrgOverview = z.object({
  entity: LawEnforcementEntity,
  units: z.array(OrgUnit),
  positions: z.array(Position),
  canManage: z.boolean(),
});
export type OrgOverview = z.infer<typeof OrgOverview>;
