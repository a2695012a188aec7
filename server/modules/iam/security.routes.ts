import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SecurityPolicy, SecurityPolicyBody } from '../../../common/contracts/security.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import type { IamDeps } from './commands/auth.js';
import { IAM_AUDIT } from './iam.audit.js';

const tags = ['安全策略'];

/** The security policy (security administrator): password rules, lockout, idle timeout. */
export const securityRoutes: FastifyPluginAsyncZod<IamDeps> = async (app, deps) => {
  const present = async () => {
    const d = await deps.policy.details();
    return { ...d.policy, updatedAt: d.updatedAt?.toISOString() ?? null, updatedBy: d.updatedBy };
  };

  app.get(
    '/api/security/policy',
    {
      config: { access: access.permission('security.configure') },
      schema: { tags, summary: '安全策略', response: { 200: SecurityPolicy } },
    },
    present,
  );

  app.put(
    '/api/security/policy',
    {
      config: { access: access.permission('security.configure') },
      schema: { tags, summary: '修改安全策略', body: SecurityPolicyBody, response: { 200: SecurityPolicy } },
    },
    async (request) => {
      const actor = requireActor(request);
      const before = await deps.policy.get();
      await deps.database.transaction(async (tx) => {
        await deps.policy.save(tx, request.body, actor.userId);
        await recordAudit(tx, requestAuditContext(request), {
          action: IAM_AUDIT.policyChanged,
          objectType: 'security_policy',
          objectId: '1',
          payload: { from: before, to: request.body },
        });
      });
      return present();
    },
  );
};
