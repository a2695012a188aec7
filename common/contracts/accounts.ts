import { z } from 'zod';
import { PageQuery, pageOf } from './shared.js';
import { RoleSchema } from './auth.js';

export const Username = z
  .string()
  .trim()
  .min(2, '用户名至少 2 个字符')
  .max(32, '用户名至多 32 个字符')
  .regex(/^[a-z][a-z0-9_.-]*$/, '用户名须以小写字母开头，仅含小写字母、数字、点、下划线、连字符');

export const AccountListQuery = PageQuery.extend({
  q: z.string().trim().max(64).optional(),
  unitId: z.uuid().optional(),
  role: RoleSchema.optional(),
  status: z.enum(['active', 'locked', 'disabled']).optional(),
});

export const AccountAbilities = z.object({
  edit: z.boolean(),
  resetPassword: z.boolean(),
  unlock: z.boolean(),
  disable: z.boolean(),
  grantRoles: z.boolean(),
});

export const Account = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  positionId: z.uuid().nullable(),
  positionName: z.string().nullable(),
  phone: z.string().nullable(),
  roles: z.array(RoleSchema),
  status: z.enum(['active', 'locked', 'disabled']),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  abilities: AccountAbilities,
});
export type Account = z.infer<typeof Account>;
export const AccountPage = pageOf(Account);

export const CreateAccountBody = z.object({
  username: Username,
  displayName: z.string().trim().min(1, '请输入姓名').max(64),
  unitId: z.uuid({ error: '请选择所在科室或单位' }).nullable().default(null),
  positionId: z.uuid().nullable().default(null),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, '手机号须为 11 位数字')
    .nullable()
    .default(null),
});

export const UpdateAccountBody = CreateAccountBody.omit({ username: true }).partial();

/** The one-time initial password the system administrator hands over; the user must change it at first login. */
export const CreatedAccount = z.object({ account: Account, initialPassword: z.string() });
export const ResetPasswordResult = z.object({ temporaryPassword: z.string() });

export const SetRolesBody = z.object({ roles: z.array(RoleSchema).max(10) });
export const SetStatusBody = z.object({ disabled: z.boolean() });
