import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NotificationPage, NotificationQuery } from '../../../common/contracts/workbench.js';
import { IdParams, Ok } from '../../../common/contracts/shared.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import type { Database } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import { workbenchRepository, type NotificationRow } from './workbench.repository.js';

const tags = ['工作台'];

function present(n: NotificationRow) {
  return {
    id: n.id,
    level: n.level,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

/** The user's own notifications and to-dos. Another user's notification is answered with 404. */
export const workbenchRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/api/workbench/notifications',
    {
      config: { access: access.permission('workbench.view') },
      schema: {
        tags,
        summary: '我的提醒',
        querystring: NotificationQuery,
        response: { 200: NotificationPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, unreadOnly } = request.query;
      const r = await workbenchRepository.page(database.db, actor.userId, !!unreadOnly, page, pageSize);
      return { items: r.items.map(present), total: r.total, unread: r.unread, page, pageSize };
    },
  );

  app.post(
    '/api/workbench/notifications/:id/read',
    {
      config: { access: access.permission('workbench.view') },
      schema: { tags, summary: '标记为已读', params: IdParams, response: { 200: Ok } },
    },
    async (request) => {
      const actor = requireActor(request);
      await database.transaction(async (tx) => {
        const n = await workbenchRepository.findOwn(tx, actor.userId, request.params.id);
        if (!n) throw new AppError('NOT_FOUND');
        if (n.readAt) return;
        await workbenchRepository.markRead(tx, n.id);
        await recordAudit(tx, requestAuditContext(request), {
          action: 'notification.read',
          objectType: 'notification',
          objectId: n.id,
          payload: { title: n.title },
        });
      });
      return { ok: true as const };
    },
  );
};
