import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CalendarSummary,
  ImportBody,
  ImportList,
  ImportResult,
  OverlayBody,
  OverlayChangeResult,
  OverlayList,
  YearParams,
  YearView,
} from '../../../common/contracts/calendar.js';
import { IdParams } from '../../../common/contracts/shared.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import type { Database } from '../../platform/db/database.js';
import type { OnCalendarChanged } from './calendar.events.js';
import {
  calendarQueries,
  presentImport,
  presentOverlay,
  yearSummaries,
  yearView,
} from './calendar.queries.js';
import { LOCALITY } from './calendar.service.js';
import { importCalendarYear } from './commands/import-year.js';
import { addOverlayDay, removeOverlayDay, updateOverlayDay } from './commands/overlay.js';

const tags = ['工作日历'];

export interface CalendarRouteOptions {
  database: Database;
  /** Recomputes open deadlines when the calendar changes (the deadlines module's `recomputeDeadlines`). */
  onCalendarChanged: OnCalendarChanged;
}

/**
 * The working-day calendar: read by every business role (calendar.view); year notices imported and the local
 * overlay edited by calendar maintainers (calendar.maintain: 政策法规科 / 法制审核). Every change is audited
 * and recomputes the open deadlines in the same transaction.
 */
export const calendarRoutes: FastifyPluginAsyncZod<CalendarRouteOptions> = async (
  app,
  { database, onCalendarChanged },
) => {
  app.get(
    '/api/calendar',
    {
      config: { access: access.permission('calendar.view') },
      schema: { tags, summary: '日历概况：各年度数据来源与版本', response: { 200: CalendarSummary } },
    },
    async (request) => {
      const actor = requireActor(request);
      const snapshot = await calendarQueries.load(database.db);
      return {
        calendarVersion: snapshot.calendar.version,
        firstDate: snapshot.calendar.firstDate,
        lastDate: snapshot.calendar.lastDate,
        years: yearSummaries(snapshot),
        locality: snapshot.calendar.locality,
        countMakeupWorkdays: snapshot.countMakeupWorkdays,
        today: calendarQueries.today(),
        canMaintain: actor.permissions.has('calendar.maintain'),
      };
    },
  );

  app.get(
    '/api/calendar/years/:year',
    {
      config: { access: access.permission('calendar.view') },
      schema: {
        tags,
        summary: '某年度的节假日、调休日及其依据（未发布年度为推算）',
        params: YearParams,
        response: { 200: YearView },
      },
    },
    async (request) => yearView(await calendarQueries.load(database.db), request.params.year),
  );

  app.get(
    '/api/calendar/imports',
    {
      config: { access: access.permission('calendar.view') },
      schema: { tags, summary: '年度放假安排导入记录', response: { 200: ImportList } },
    },
    async () => ({ items: (await calendarQueries.imports(database.db)).map(presentImport) }),
  );

  app.post(
    '/api/calendar/imports',
    {
      config: { access: access.permission('calendar.maintain') },
      // A year file is a few kilobytes; the limit only keeps a wrong upload from reaching the parser.
      bodyLimit: 512 * 1024,
      schema: {
        tags,
        summary: '导入（或更正）某年度的国务院办公厅放假安排通知',
        body: ImportBody,
        response: { 201: ImportResult },
      },
    },
    async (request, reply) => {
      const r = await importCalendarYear(
        database,
        { content: request.body.content, fileName: request.body.fileName ?? null },
        requestAuditContext(request),
        onCalendarChanged,
      );
      return reply.status(201).send(r);
    },
  );

  app.get(
    '/api/calendar/overlay',
    {
      config: { access: access.permission('calendar.view') },
      schema: { tags, summary: '地方日历（地方休息日、工作日）', response: { 200: OverlayList } },
    },
    async () => ({
      locality: LOCALITY,
      items: (await calendarQueries.overlay(database.db)).map(presentOverlay),
    }),
  );

  app.post(
    '/api/calendar/overlay',
    {
      config: { access: access.permission('calendar.maintain') },
      schema: {
        tags,
        summary: '新增地方日历日期',
        body: OverlayBody,
        response: { 201: OverlayChangeResult },
      },
    },
    async (request, reply) => {
      const r = await addOverlayDay(database, request.body, requestAuditContext(request), onCalendarChanged);
      return reply.status(201).send({
        day: r.day && presentOverlay(r.day),
        calendarVersion: r.calendarVersion,
        deadlinesChanged: r.deadlinesChanged,
      });
    },
  );

  app.put(
    '/api/calendar/overlay/:id',
    {
      config: { access: access.permission('calendar.maintain') },
      schema: {
        tags,
        summary: '修改地方日历日期',
        params: IdParams,
        body: OverlayBody,
        response: { 200: OverlayChangeResult },
      },
    },
    async (request) => {
      const r = await updateOverlayDay(
        database,
        request.params.id,
        request.body,
        requestAuditContext(request),
        onCalendarChanged,
      );
      return {
        day: r.day && presentOverlay(r.day),
        calendarVersion: r.calendarVersion,
        deadlinesChanged: r.deadlinesChanged,
      };
    },
  );

  app.delete(
    '/api/calendar/overlay/:id',
    {
      config: { access: access.permission('calendar.maintain') },
      schema: { tags, summary: '删除地方日历日期', params: IdParams, response: { 200: OverlayChangeResult } },
    },
    async (request) => {
      const r = await removeOverlayDay(
        database,
        request.params.id,
        requestAuditContext(request),
        onCalendarChanged,
      );
      return { day: null, calendarVersion: r.calendarVersion, deadlinesChanged: r.deadlinesChanged };
    },
  );
};
