import { passwordProblems } from '../../../../common/password-policy.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../../platform/auth/password.js';
import type { SecurityPolicyStore } from '../../../platform/auth/security-policy.js';
import type { SessionRepository } from '../../../platform/auth/session.repository.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { iamRepository } from '../iam.repository.js';
import { IAM_AUDIT } from '../iam.audit.js';

export interface IamDeps {
  database: Database;
  sessions: SessionRepository;
  policy: SecurityPolicyStore;
}

const LOCK_BASIS =
  '《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）8.1.4.1 身份鉴别：登录失败处理';

function lockedMessage(until: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return `账号因多次密码错误已被锁定，约 ${minutes} 分钟后自动解锁，或联系系统管理员解锁`;
}

/**
 * Checks a username and password and opens a session. Every outcome is audited, failures included: the
 * failure's audit event and counter commit even though the caller gets an error.
 */
export async function login(
  deps: IamDeps,
  input: { username: string; password: string },
  ctx: { ip: string | null; userAgent: string | null; requestId: string },
) {
  const policy = await deps.policy.get();
  const outcome = await deps.database.transaction(async (tx) => {
    const found = await iamRepository.findByUsername(tx, input.username);
    const audit = (action: string, payload: Record<string, unknown>, actor = found) =>
      recordAudit(
        tx,
        {
          actor: actor
            ? { id: actor.id, name: actor.displayName, roles: [], unit: null }
            : { id: null, name: input.username, roles: [], unit: null },
          requestId: ctx.requestId,
          ip: ctx.ip,
        },
        { action, objectType: 'user', objectId: actor?.id ?? null, payload },
      );
    if (!found) {
      await burnPasswordCheck(input.password);
      await audit(IAM_AUDIT.loginFailed, { username: input.username, reason: 'unknown_user' }, null);
      return { error: new AppError('LOGIN_FAILED') } as const;
    }
    const user = (await iamRepository.findByIdForUpdate(tx, found.id))!;
    const now = new Date();
    if (user.disabled) {
      await audit(IAM_AUDIT.loginFailed, { username: user.username, reason: 'disabled' });
      return { error: new AppError('ACCOUNT_DISABLED') } as const;
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      await audit(IAM_AUDIT.loginFailed, { username: user.username, reason: 'locked' });
      return {
        error: new AppError('ACCOUNT_LOCKED', lockedMessage(user.lockedUntil), { basis: LOCK_BASIS }),
      } as const;
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      const failures = user.failedLogins + 1;
      if (failures >= policy.lockThreshold) {
        const until = new Date(now.getTime() + policy.lockMinutes * 60_000);
        await iamRepository.update(tx, user.id, { failedLogins: 0, lockedUntil: until });
        await audit(IAM_AUDIT.loginFailed, { username: user.username, reason: 'wrong_password', failures });
        await audit(IAM_AUDIT.accountLocked, {
          username: user.username,
          failures,
          lockedUntil: until.toISOString(),
          lockMinutes: policy.lockMinutes,
        });
        return {
          error: new AppError('ACCOUNT_LOCKED', lockedMessage(until), { basis: LOCK_BASIS }),
        } as const;
      }
      await iamRepository.update(tx, user.id, { failedLogins: failures });
      await audit(IAM_AUDIT.loginFailed, { username: user.username, reason: 'wrong_password', failures });
      return { error: new AppError('LOGIN_FAILED') } as const;
    }
    await iamRepository.update(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
    const session = await deps.sessions.create(tx, user.id, ctx.ip, ctx.userAgent);
    const view = (await iamRepository.findView(tx, user.id))!;
    await recordAudit(
      tx,
      {
        actor: { id: user.id, name: user.displayName, roles: view.roles, unit: view.unitName },
        requestId: ctx.requestId,
        ip: ctx.ip,
      },
      {
        action: IAM_AUDIT.loggedIn,
        objectType: 'user',
        objectId: user.id,
        payload: { username: user.username },
      },
    );
    return { session, user: view } as const;
  });
  if ('error' in outcome) throw outcome.error as AppError;
  return outcome;
}

export async function logout(deps: IamDeps, actor: Actor, ctx: AuditContext): Promise<void> {
  await deps.database.transaction(async (tx) => {
    await deps.sessions.end(tx, actor.sessionId, 'logout');
    await recordAudit(tx, ctx, {
      action: IAM_AUDIT.loggedOut,
      objectType: 'user',
      objectId: actor.userId,
      payload: { username: actor.username },
    });
  });
}

/** Changes one's own password: the current one must be right and the new one meet the policy. */
export async function changePassword(
  deps: IamDeps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  ctx: AuditContext,
): Promise<void> {
  const policy = await deps.policy.get();
  const problems = passwordProblems(input.newPassword, actor.username, policy);
  if (problems.length)
    throw new AppError('PASSWORD_POLICY', `新密码不符合安全策略：${problems.join('；')}`, {
      details: problems.map((message) => ({ path: 'newPassword', message })),
    });
  if (input.newPassword === input.currentPassword)
    throw new AppError('PASSWORD_POLICY', '新密码不得与原密码相同');
  const newHash = await hashPassword(input.newPassword);
  await deps.database.transaction(async (tx) => {
    const user = await iamRepository.findByIdForUpdate(tx, actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
      throw new AppError('PASSWORD_WRONG');
    await iamRepository.update(tx, user.id, {
      passwordHash: newHash,
      mustChangePassword: false,
      passwordChangedAt: new Date(),
    });
    const ended = await deps.sessions.endAllForUser(tx, user.id, 'password_changed', actor.sessionId);
    await recordAudit(tx, ctx, {
      action: IAM_AUDIT.passwordChanged,
      objectType: 'user',
      objectId: user.id,
      payload: { username: user.username, wasForced: user.mustChangePassword, otherSessionsEnded: ended },
    });
  });
}
