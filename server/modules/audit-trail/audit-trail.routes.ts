import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Readable } from 'node:stream';
import { AUDIT_ACTION_LABELS } from '../../../common/audit-actions.js';
import { AuditPage, AuditQuery, VerifyResult } from '../../../common/contracts/audit.js';
import { ROLE_LABELS, type Role } from '../../../common/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext } from '../../platform/auth/guard.js';
import type { Database } from '../../platform/db/database.js';
import { auditTrailRepository, type AuditRow } from './audit-trail.repository.js';

const tags = ['审计'];

function present(r: AuditRow) {
  return {
    id: Number(r.id),
    occurredAt: r.occurred_at.toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    actorRoles: r.actor_roles,
    actorUnit: r.actor_unit,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    payload: r.payload,
    requestId: r.request_id,
    ip: r.ip,
    hash: r.hash,
  };
}

function csvCell(v: string): string {
  // Also defuses spreadsheet formula injection (a cell starting with = + - @).
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function shanghaiTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
}

/** The audit administrator's view of the trail: search, CSV export, chain verification. Nobody else reads it. */
export const auditTrailRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/api/audit/events',
    {
      config: { access: access.permission('audit.read') },
      schema: { tags, summary: '审计记录查询', querystring: AuditQuery, response: { 200: AuditPage } },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const { rows, total } = await auditTrailRepository.page(database, filter, page, pageSize);
      return { items: rows.map(present), total, page, pageSize };
    },
  );

  app.get(
    '/api/audit/events.csv',
    {
      config: { access: access.permission('audit.read') },
      schema: {
        tags,
        summary: '导出审计记录（CSV）',
        querystring: AuditQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      await database.transaction(async (tx) => {
        await recordAudit(tx, requestAuditContext(request), {
          action: 'audit.exported',
          objectType: 'audit_trail',
          objectId: null,
          payload: { filter: request.query },
        });
      });
      const header = [
        '编号',
        '时间',
        '操作人',
        '角色',
        '单位',
        '操作',
        '对象类型',
        '对象编号',
        '内容',
        '请求编号',
        'IP',
        '哈希',
      ];
      const stream = Readable.from(
        (async function* () {
          yield `\uFEFF${header.join(',')}\r\n`;
          for await (const batch of auditTrailRepository.stream(database, request.query)) {
            yield batch
              .map((r) =>
                [
                  String(r.id),
                  shanghaiTime(r.occurred_at),
                  r.actor_name,
                  r.actor_roles.map((x) => ROLE_LABELS[x as Role] ?? x).join('、'),
                  r.actor_unit ?? '',
                  AUDIT_ACTION_LABELS[r.action] ?? r.action,
                  r.object_type,
                  r.object_id ?? '',
                  JSON.stringify(r.payload),
                  r.request_id ?? '',
                  r.ip ?? '',
                  r.hash,
                ]
                  .map(csvCell)
                  .join(','),
              )
              .join('\r\n')
              .concat('\r\n');
          }
        })(),
      );
      const name = encodeURIComponent(`审计记录-${shanghaiTime(new Date()).slice(0, 10)}.csv`);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit.csv"; filename*=UTF-8''${name}`)
        .send(stream);
    },
  );

  app.post(
    '/api/audit/verify',
    {
      config: { access: access.permission('audit.read') },
      schema: { tags, summary: '校验审计哈希链', response: { 200: VerifyResult } },
    },
    async (request) => {
      const result = await verifyAuditChain(database);
      await database.transaction(async (tx) => {
        await recordAudit(tx, requestAuditContext(request), {
          action: 'audit.verified',
          objectType: 'audit_trail',
          objectId: null,
          payload: {
            ok: result.ok,
            count: result.count,
            headHash: result.headHash,
            firstBadId: result.firstBadId,
          },
        });
      });
      return result;
    },
  );
};
