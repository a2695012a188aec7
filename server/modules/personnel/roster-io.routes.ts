import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EntrustedUnitBody,
  EntrustedUnitList,
  ImportBody,
  ImportQuery,
  ImportReport,
  OfficerListQuery,
  PersonnelStatistics,
  SettingsBody,
  SettingsOverview,
  StatisticsQuery,
  UnitParams,
} from '../../../common/contracts/personnel.js';
import { Ok } from '../../../common/contracts/shared.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import { orgRepository } from '../org/index.js';
import { certificateRepository } from './certificate.repository.js';
import { importRoster } from './commands/import-roster.js';
import { saveSettings, setEntrustedUnit, settingsOverview } from './commands/settings.js';
import { buildRosterExport, buildTemplate, type ExportRow } from './excel/roster-workbook.js';
import { officerRepository } from './officer.repository.js';
import { PERSONNEL_AUDIT } from './personnel.audit.js';
import { personnelActor, settingsFor, shanghaiToday, type PersonnelDeps } from './personnel.context.js';
import { officerScope } from './personnel.policy.js';
import { presentBrief } from './personnel.presenter.js';
import { personnelStatistics } from './queries/statistics.js';
import { sweepPersonnel } from './personnel.sweep.js';
import { OFFICER_STATUS_LABELS } from '../../../common/contracts/personnel.js';

const tags = ['执法人员资格'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(name: string): string {
  return `attachment; filename="roster.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Excel import and export, statistics, dated settings, the entrusted-units register, the warnings sweep. */
export const rosterIoRoutes: FastifyPluginAsyncZod<PersonnelDeps> = async (app, deps) => {
  const db = deps.database.db;

  app.get(
    '/api/personnel/import-template.xlsx',
    {
      config: { access: access.permission('personnel.manage') },
      schema: { tags, summary: '下载名册导入模板' },
    },
    async (_request, reply) => {
      const units = (await orgRepository.units(db)).map((u) => u.unit.name);
      const positions = (await orgRepository.positions(db)).map((p) => p.name);
      const data = await buildTemplate(units, positions);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment('执法人员名册导入模板.xlsx'))
        .send(data);
    },
  );

  app.post(
    '/api/personnel/imports',
    {
      config: { access: access.permission('personnel.manage') },
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary: '导入执法人员及证件（dryRun=true 只校验；有任何错误则不导入任何数据）',
        querystring: ImportQuery,
        body: ImportBody,
        response: { 200: ImportReport, 201: ImportReport },
      },
    },
    async (request, reply) => {
      const report = await importRoster(
        deps,
        {
          data: Buffer.from(request.body.contentBase64, 'base64'),
          fileName: request.body.fileName,
          dryRun: request.query.dryRun,
        },
        requestAuditContext(request),
      );
      return reply.status(report.dryRun ? 200 : 201).send(report);
    },
  );

  app.get(
    '/api/personnel/export.xlsx',
    {
      config: { access: access.permission('personnel.view') },
      schema: {
        tags,
        summary: '导出执法人员名册（身份证号脱敏；导出记入审计）',
        querystring: OfficerListQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const actor = personnelActor(requireActor(request));
      const today = shanghaiToday();
      const year = Number(today.slice(0, 4));
      const minimum = (await settingsFor(db, today)).annualTrainingHours;
      const { items } = await officerRepository.page(db, officerScope(actor), request.query, {
        page: 1,
        pageSize: 100_000,
        today,
        year,
        minimumHours: minimum,
      });
      const certs = await certificateRepository.ofOfficers(
        db,
        items.map((o) => o.id),
      );
      const rows: ExportRow[] = items.flatMap((o): ExportRow[] => {
        const own = certs.filter((c) => c.officerId === o.id);
        const base = {
          name: o.name,
          idNumberMasked: o.idNumberMasked,
          unitName: o.unitName,
          positionName: o.positionName,
          staffingType: o.staffingType,
          education: o.education,
          legalQualification: o.legalQualification,
          status: OFFICER_STATUS_LABELS[o.status],
          hours: o.hours,
          minimum,
        };
        if (!own.length) return [{ ...base, certificate: null }];
        return own.map((c) => ({
          ...base,
          certificate: { ...presentBrief(c, today), issuingAuthority: c.issuingAuthority },
        }));
      });
      const data = await buildRosterExport(rows, `执法人员名册（导出日期 ${today}）`);
      await deps.database.transaction((tx) =>
        recordAudit(tx, requestAuditContext(request), {
          action: PERSONNEL_AUDIT.exported,
          objectType: 'personnel_roster',
          objectId: null,
          payload: { filter: request.query, officers: items.length, rows: rows.length },
        }),
      );
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`执法人员名册-${today}.xlsx`))
        .header('cache-control', 'no-store')
        .send(data);
    },
  );

  app.get(
    '/api/personnel/statistics',
    {
      config: { access: access.permission('personnel.view') },
      schema: {
        tags,
        summary: '执法人员统计',
        querystring: StatisticsQuery,
        response: { 200: PersonnelStatistics },
      },
    },
    async (request) => {
      const today = shanghaiToday();
      return personnelStatistics(
        db,
        personnelActor(requireActor(request)),
        request.query.year ?? Number(today.slice(0, 4)),
        today,
      );
    },
  );

  app.get(
    '/api/personnel/settings',
    {
      config: { access: access.permission('personnel.view') },
      schema: { tags, summary: '资格管理参数（含生效日期与依据）', response: { 200: SettingsOverview } },
    },
    async (request) =>
      settingsOverview(db, requireActor(request).permissions.has('personnel.manage'), shanghaiToday()),
  );

  app.post(
    '/api/personnel/settings',
    {
      config: { access: access.permission('personnel.manage') },
      schema: {
        tags,
        summary: '调整资格管理参数（自生效日期起适用）',
        body: SettingsBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await saveSettings(deps, request.body, requestAuditContext(request));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/personnel/entrusted-units',
    {
      config: { access: access.permission('personnel.view') },
      schema: {
        tags,
        summary: '受委托组织登记（其事业编制人员可以持证）',
        response: { 200: EntrustedUnitList },
      },
    },
    async (request) => ({
      items: (await officerRepository.entrustments(db)).map((e) => ({
        unitId: e.unitId,
        unitName: e.unitName,
        basis: e.basis,
        entrustedFrom: e.entrustedFrom,
        entrustedUntil: e.entrustedUntil,
      })),
      canManage: requireActor(request).permissions.has('personnel.manage'),
    }),
  );

  app.put(
    '/api/personnel/entrusted-units/:unitId',
    {
      config: { access: access.permission('personnel.manage') },
      schema: {
        tags,
        summary: '登记或修改受委托组织',
        params: UnitParams,
        body: EntrustedUnitBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await setEntrustedUnit(deps, request.params.unitId, request.body, requestAuditContext(request));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/personnel/sweep',
    {
      config: { access: access.permission('personnel.manage') },
      schema: {
        tags,
        summary: '立即执行执法资格预警扫描（到期、审核注册、学时不足）',
        response: {
          200: z.object({
            ran: z.boolean(),
            expiring: z.number().int(),
            expired: z.number().int(),
            reviewsDue: z.number().int(),
            trainingShort: z.number().int(),
            notifications: z.number().int(),
          }),
        },
      },
    },
    async (request) => sweepPersonnel(deps.database, { now: new Date(), ctx: requestAuditContext(request) }),
  );
};
