import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CancelBody,
  DecisionBody,
  EligibilityCheckBody,
  EligibilityCheckResult,
  IssueBody,
  RejectBody,
  RenewBody,
  ReviewBody,
} from '../../../common/contracts/personnel.js';
import { IdParams, Ok } from '../../../common/contracts/shared.js';
import type { LocalDate } from '../../kernel/local-date.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import { issueCertificate, rejectApplication } from './commands/applications.js';
import {
  changeCertificateStatus,
  recordReview,
  renewCertificate,
  type StatusChange,
} from './commands/certificate-changes.js';
import { personnelActor, type PersonnelDeps } from './personnel.context.js';
import { checkEnforcementTeam, checkLegalReviewer, checkOfficerEligibility } from './queries/eligibility.js';

const tags = ['执法人员资格'];
const Created = z.object({ id: z.uuid() });

/**
 * Certificate procedures (制发, 年审/审核注册, 换发, 注销 by the roster keepers; 暂扣, 恢复, 吊销 by the 主要负责人)
 * and the eligibility checks other modules' screens show until the case module calls the index directly.
 */
export const certificateRoutes: FastifyPluginAsyncZod<PersonnelDeps> = async (app, deps) => {
  const db = deps.database.db;

  app.post(
    '/api/personnel/applications/:id/issue',
    {
      config: { access: access.permission('personnel.manage') },
      schema: {
        tags,
        summary: '制发证件（登记发证机关核发的证件）',
        params: IdParams,
        body: IssueBody,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const id = await issueCertificate(
        deps,
        personnelActor(requireActor(request)),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/personnel/applications/:id/reject',
    {
      config: { access: access.permission('personnel.manage') },
      schema: { tags, summary: '申领未通过', params: IdParams, body: RejectBody, response: { 200: Ok } },
    },
    async (request) => {
      await rejectApplication(
        deps,
        personnelActor(requireActor(request)),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/personnel/certificates/:id/reviews',
    {
      config: { access: access.permission('personnel.manage') },
      schema: {
        tags,
        summary: '登记年审/审核注册结果',
        params: IdParams,
        body: ReviewBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await recordReview(
        deps,
        personnelActor(requireActor(request)),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/personnel/certificates/:id/renewal',
    {
      config: { access: access.permission('personnel.manage') },
      schema: { tags, summary: '换发证件', params: IdParams, body: RenewBody, response: { 201: Created } },
    },
    async (request, reply) => {
      const id = await renewCertificate(
        deps,
        personnelActor(requireActor(request)),
        request.params.id,
        request.body,
        requestAuditContext(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/personnel/certificates/:id/cancellation',
    {
      config: { access: access.permission('personnel.manage') },
      schema: { tags, summary: '注销证件', params: IdParams, body: CancelBody, response: { 200: Ok } },
    },
    async (request) => {
      await changeCertificateStatus(
        deps,
        personnelActor(requireActor(request)),
        request.params.id,
        'cancel',
        request.body,
        requestAuditContext(request),
      );
      return { ok: true as const };
    },
  );

  const decisions: [string, StatusChange, string][] = [
    ['suspension', 'suspend', '暂扣证件（主要负责人决定）'],
    ['restoration', 'restore', '恢复证件（主要负责人决定）'],
    ['revocation', 'revoke', '吊销证件（主要负责人决定）'],
  ];
  for (const [path, change, summary] of decisions)
    app.post(
      `/api/personnel/certificates/:id/${path}`,
      {
        config: { access: access.permission('personnel.decide') },
        schema: { tags, summary, params: IdParams, body: DecisionBody, response: { 200: Ok } },
      },
      async (request) => {
        await changeCertificateStatus(
          deps,
          personnelActor(requireActor(request)),
          request.params.id,
          change,
          request.body,
          requestAuditContext(request),
        );
        return { ok: true as const };
      },
    );

  app.post(
    '/api/personnel/eligibility-checks',
    {
      config: { access: access.permission('personnel.check') },
      schema: {
        tags,
        summary: '执法资格核验：两名以上持证执法人员、单人执法资格、法制审核人员资格',
        body: EligibilityCheckBody,
        response: { 200: EligibilityCheckResult },
      },
    },
    async (request) => {
      const b = request.body;
      const on = b.on as LocalDate;
      switch (b.check) {
        case 'team': {
          const r = await checkEnforcementTeam(db, {
            members: b.officerIds.map((officerId) => ({ officerId })),
            on,
            category: b.category,
            region: b.region,
          });
          return { check: 'team' as const, on, category: b.category, ...r };
        }
        case 'officer':
          return {
            check: 'officer' as const,
            on,
            result: await checkOfficerEligibility(db, {
              officerId: b.officerId,
              on,
              category: b.category,
              region: b.region,
            }),
          };
        case 'legal_reviewer': {
          const r = await checkLegalReviewer(db, { officerId: b.officerId, on });
          return {
            check: 'legal_reviewer' as const,
            on,
            officerId: b.officerId,
            officerName: r.officerName,
            eligible: r.eligible,
            refusals: r.refusals,
          };
        }
      }
    },
  );
};
