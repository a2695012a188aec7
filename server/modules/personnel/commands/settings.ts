import type { z } from 'zod';
import type {
  EntrustedUnitBody,
  SettingsBody,
  SettingsOverview,
} from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { orgQueries } from '../../org/index.js';
import { officerRepository } from '../officer.repository.js';
import { PERSONNEL_AUDIT } from '../personnel.audit.js';
import { shanghaiToday, type PersonnelDeps } from '../personnel.context.js';
import { DEFAULT_SETTINGS, SETTINGS_META, settingsOn } from '../rules/settings.js';

export async function settingsOverview(
  db: Db,
  canManage: boolean,
  today: LocalDate,
): Promise<SettingsOverview> {
  const rows = await officerRepository.settingsVersions(db);
  const versions = rows.map((r) => ({ effectiveFrom: r.effectiveFrom as LocalDate, values: r.settings }));
  return {
    current: settingsOn(versions, today),
    versions: [
      { effectiveFrom: null, values: DEFAULT_SETTINGS, note: '系统默认值', createdByName: null },
      ...rows.map((r) => ({
        effectiveFrom: r.effectiveFrom,
        values: r.settings,
        note: r.note,
        createdByName: r.createdByName,
      })),
    ],
    meta: SETTINGS_META.map((m) => ({ ...m })),
    canManage,
  };
}

/**
 * Stores a version of the thresholds from a date. Versions never reach back: a new one starts today or later,
 * and one already in force cannot be replaced — checks made under it stay explainable.
 * @throws AppError PERSONNEL_DATE_INVALID
 */
export async function saveSettings(
  deps: PersonnelDeps,
  input: z.output<typeof SettingsBody>,
  ctx: AuditContext,
  now = new Date(),
): Promise<void> {
  const today = shanghaiToday(now);
  if (input.effectiveFrom < today)
    throw new AppError('PERSONNEL_DATE_INVALID', `生效日期不得早于今天（${today}），参数调整不溯及既往`);
  await deps.database.transaction(async (tx) => {
    const versions = await officerRepository.settingsVersions(tx);
    const same = versions.find((v) => v.effectiveFrom === input.effectiveFrom);
    if (same && input.effectiveFrom <= today)
      throw new AppError('PERSONNEL_DATE_INVALID', '该版本已经生效，不能修改；请设定新的生效日期');
    const before = settingsOn(
      versions.map((v) => ({ effectiveFrom: v.effectiveFrom as LocalDate, values: v.settings })),
      input.effectiveFrom as LocalDate,
    );
    await officerRepository.insertSettings(tx, {
      effectiveFrom: input.effectiveFrom,
      settings: input.values,
      note: input.note,
      createdBy: ctx.actor.id,
      createdByName: ctx.actor.name,
    });
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.settingsChanged,
      objectType: 'personnel_settings',
      objectId: input.effectiveFrom,
      payload: { effectiveFrom: input.effectiveFrom, from: before, to: input.values, note: input.note },
    });
  });
}

/**
 * Registers (or changes) a unit as lawfully entrusted with enforcement (行政处罚法 第20、21条), so that its
 * 事业编制 staff may hold certificates between the given dates.
 */
export async function setEntrustedUnit(
  deps: PersonnelDeps,
  unitId: string,
  input: z.output<typeof EntrustedUnitBody>,
  ctx: AuditContext,
): Promise<void> {
  if (input.entrustedUntil && input.entrustedUntil < input.entrustedFrom)
    throw new AppError('PERSONNEL_DATE_INVALID', '委托截止日期不得早于起始日期');
  await deps.database.transaction(async (tx) => {
    if (!(await orgQueries.unitExists(tx, unitId))) throw new AppError('NOT_FOUND');
    const before = await officerRepository.entrustment(tx, unitId);
    await officerRepository.upsertEntrustment(tx, {
      unitId,
      basis: input.basis,
      entrustedFrom: input.entrustedFrom,
      entrustedUntil: input.entrustedUntil,
      updatedBy: ctx.actor.id,
    });
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.entrustedUnitSet,
      objectType: 'org_unit',
      objectId: unitId,
      payload: {
        unitName: await orgQueries.unitName(tx, unitId),
        from: before
          ? {
              basis: before.basis,
              entrustedFrom: before.entrustedFrom,
              entrustedUntil: before.entrustedUntil,
            }
          : null,
        to: input,
      },
    });
  });
}
