import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../roles.js';

export const RoleSchema = z.enum(ROLES, { error: '未知角色' });
export const PermissionSchema = z.enum(PERMISSIONS);

export const LoginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, '请输入原密码').max(256),
  newPassword: z.string().min(1, '请输入新密码').max(256),
});

export const Me = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  unitName: z.string().nullable(),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof Me>;

/** GET /api/session: who is logged in, what they may do, and the CSRF token for state-changing calls. */
export const SessionInfo = z.object({
  authenticated: z.boolean(),
  csrfToken: z.string(),
  user: Me.nullable(),
  abilities: z.array(PermissionSchema),
  idleMinutes: z.number().int(),
  /** The password rules in force, for the live checklist on the change-password form. */
  passwordPolicy: z.object({
    minLength: z.number().int(),
    minClasses: z.number().int(),
    lockThreshold: z.number().int(),
    lockMinutes: z.number().int(),
  }),
});
export type SessionInfo = z.infer<typeof SessionInfo>;
