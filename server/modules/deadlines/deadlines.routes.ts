import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ComputeQuery, ComputeResult } from '../../../common/contracts/calendar.js';
import {
  DeadlineDetail,
  DeadlinePage,
  DeadlineQuery,
  DeadlineRuleList,
  ExtendBody,
  WaiveBody,
} from '../../../common/contracts/deadlines.js';
import { IdParams } from '../../../common/contracts/shared.js';
import { todayInShanghai } from '../../kernel/local-date.js';
import { access } from '../../platform/auth/access.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import type { Database } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import { loadCalendar } from '../calendar/index.js';
import { dueOfRow } from './commands/shared.js';
import { extendDeadline } from './commands/extend-deadline.js';
import { waiveDeadline } from './commands/waive-deadline.js';
import { canSee, visibilityScope, type DeadlineActor } from './deadlines.policy.js';
import { presentDeadline, presentRule } from './deadlines.presenter.js';
import { deadlinesRepository } from './deadlines.repository.js';
import { computeForCalculator } from './queries/compute-period.js';
import { DEADLINE_RULES } from './rules/index.js';

const tags = ['法定期限'];

function asDeadlineActor(actor: Actor): DeadlineActor {
  return { userId: actor.userId, roles: actor.roles, unitId: actor.unitId };
}

/**
 * The deadline calculator, the rule table, and the deadlines a user may see (own; the unit's for a section head;
 * all for leaders, the principal and legal reviewers). Another person's deadline is a 404. Extensions and waivers
 * are human decisions taken here; meeting, suspending and resuming are done by the owning modules' commands.
 */
export const deadlineRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/api/calendar/compute',
    {
      config: { access: access.permission('calendar.view') },
      schema: {
        tags: ['工作日历'],
        summary: '期限计算器：按规则或按长度、单位计算届满日并说明跳过的日期',
        querystring: ComputeQuery,
        response: { 200: ComputeResult },
      },
    },
    async (request) => computeForCalculator(request.query, await loadCalendar(database.db), new Date()),
  );

  app.get(
    '/api/deadline-rules',
    {
      config: { access: access.permission('calendar.view') },
      schema: {
        tags,
        summary: '法定期限规则表（含依据、版本与施行日期）',
        response: { 200: DeadlineRuleList },
      },
    },
    async () => {
      const today = todayInShanghai(new Date());
      return { items: DEADLINE_RULES.map((r) => presentRule(r, today)) };
    },
  );

  app.get(
    '/api/deadlines',
    {
      config: { access: access.permission('calendar.view') },
      schema: {
        tags,
        summary: '期限列表（mine=true：我负责的）',
        querystring: DeadlineQuery,
        response: { 200: DeadlinePage },
      },
    },
    async (request) => {
      const actor = asDeadlineActor(requireActor(request));
      const q = request.query;
      const snapshot = await loadCalendar(database.db);
      const now = new Date();
      const r = await deadlinesRepository.page(
        database.db,
        visibilityScope(actor),
        {
          mine: q.mine,
          userId: actor.userId,
          status: q.status,
          objectType: q.objectType,
          objectId: q.objectId,
        },
        q.page,
        q.pageSize,
      );
      return {
        items: r.items.map((d) => presentDeadline(d, snapshot.calendar, now, actor)),
        total: r.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.get(
    '/api/deadlines/:id',
    {
      config: { access: access.permission('calendar.view') },
      schema: {
        tags,
        summary: '期限详情（含跳过日期说明）',
        params: IdParams,
        response: { 200: DeadlineDetail },
      },
    },
    async (request) => {
      const actor = asDeadlineActor(requireActor(request));
      const found = await deadlinesRepository.findWithNames(database.db, request.params.id);
      if (!found || !canSee(actor, found.row)) throw new AppError('NOT_FOUND');
      const snapshot = await loadCalendar(database.db);
      let skipped: { date: string; reason: string }[] = [];
      try {
        skipped = dueOfRow(found.row, snapshot.calendar).skipped;
      } catch {
        // The explanation is a courtesy; a period that no longer computes still shows its stored due date.
      }
      return { ...presentDeadline(found, snapshot.calendar, new Date(), actor), skipped };
    },
  );

  app.post(
    '/api/deadlines/:id/extend',
    {
      config: { access: access.permission('calendar.view') },
      schema: {
        tags,
        summary: '批准延期（按规则所列角色与上限）',
        params: IdParams,
        body: ExtendBody,
        response: { 200: DeadlineDetail },
      },
    },
    async (request) => {
      const actor = asDeadlineActor(requireActor(request));
      await database.transaction((tx) =>
        extendDeadline(tx, request.params.id, request.body, requestAuditContext(request), actor),
      );
      const found = await deadlinesRepository.findWithNames(database.db, request.params.id);
      const snapshot = await loadCalendar(database.db);
      return {
        ...presentDeadline(found!, snapshot.calendar, new Date(), actor),
        skipped: dueOfRow(found!.row, snapshot.calendar).skipped,
      };
    },
  );

  app.post(
    '/api/deadlines/:id/waive',
    {
      config: { access: access.permission('calendar.view') },
      schema: {
        tags,
        summary: '免除期限（分管局领导、主要负责人）',
        params: IdParams,
        body: WaiveBody,
        response: { 200: DeadlineDetail },
      },
    },
    async (request) => {
      const actor = asDeadlineActor(requireActor(request));
      await database.transaction((tx) =>
        waiveDeadline(tx, request.params.id, request.body, requestAuditContext(request), actor),
      );
      const found = await deadlinesRepository.findWithNames(database.db, request.params.id);
      const snapshot = await loadCalendar(database.db);
      return { ...presentDeadline(found!, snapshot.calendar, new Date(), actor), skipped: [] };
    },
  );
};
