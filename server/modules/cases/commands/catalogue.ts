import type { z } from 'zod';
import type { CaseSettingsBody, ViolationTypeBody } from '../../../../common/contracts/cases.js';
import { recordAudit, systemContext, type AuditContext } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { todayOf, type CaseActor, type CaseDeps } from '../cases.context.js';
import { CASE_AUDIT } from '../cases.audit.js';
import { catalogueRepository } from '../catalogue.repository.js';
import { caseSettingsSchema } from '../catalogue/settings-defaults.js';
import { VIOLATION_TYPES } from '../catalogue/violations.data.js';

type ViolationInput = z.infer<typeof ViolationTypeBody>;

/** A catalogue entry must be coherent: bands inside the statutory range, min ≤ max, amounts in whole fen. */
function checkViolation(input: ViolationInput): void {
  const r = input.statutoryRange;
  for (const b of input.bands) {
    if (b.fineMinFen !== null && b.fineMaxFen !== null && b.fineMinFen > b.fineMaxFen)
      throw new AppError('VALIDATION_FAILED', `裁量等级「${b.level}」的罚款下限不能高于上限`);
    if (r.fineMaxFen !== null && b.fineMaxFen !== null && b.fineMaxFen > r.fineMaxFen)
      throw new AppError('VALIDATION_FAILED', `裁量等级「${b.level}」的罚款上限超出法定幅度`, {
        basis: '《中华人民共和国行政处罚法》第三十四条（裁量基准应当在法定范围内）',
      });
    if (r.fineMinFen !== null && b.fineMinFen !== null && b.fineMinFen < r.fineMinFen)
      throw new AppError('VALIDATION_FAILED', `裁量等级「${b.level}」的罚款下限低于法定幅度`, {
        basis: '《中华人民共和国行政处罚法》第三十四条',
      });
  }
}

export async function createViolationType(
  deps: CaseDeps,
  actor: CaseActor,
  input: ViolationInput,
  ctx: AuditContext,
) {
  checkViolation(input);
  void actor;
  return deps.database.transaction(async (tx) => {
    if (await catalogueRepository.violationTypeByCode(tx, input.code))
      throw new AppError('CONFLICT', '编码已存在');
    const row = await catalogueRepository.insertViolationType(tx, { ...input, sourceTag: '地' });
    await recordAudit(tx, ctx, {
      action: CASE_AUDIT.violationTypeCreated,
      objectType: 'violation-type',
      objectId: row.id,
      payload: { code: row.code, name: row.name },
    });
    return row.id;
  });
}

export async function updateViolationType(
  deps: CaseDeps,
  actor: CaseActor,
  id: string,
  input: ViolationInput,
  ctx: AuditContext,
) {
  checkViolation(input);
  void actor;
  await deps.database.transaction(async (tx) => {
    const before = await catalogueRepository.findViolationType(tx, id);
    if (!before) throw new AppError('NOT_FOUND');
    const clash = await catalogueRepository.violationTypeByCode(tx, input.code);
    if (clash && clash.id !== id) throw new AppError('CONFLICT', '编码已存在');
    await catalogueRepository.updateViolationType(tx, id, { ...input, sourceTag: '地' });
    await recordAudit(tx, ctx, {
      action: CASE_AUDIT.violationTypeUpdated,
      objectType: 'violation-type',
      objectId: id,
      payload: {
        before: { code: before.code, name: before.name, bands: before.bands },
        after: { code: input.code, name: input.name, bands: input.bands },
      },
    });
  });
}

export async function setViolationTypeActive(deps: CaseDeps, id: string, active: boolean, ctx: AuditContext) {
  await deps.database.transaction(async (tx) => {
    const before = await catalogueRepository.findViolationType(tx, id);
    if (!before) throw new AppError('NOT_FOUND');
    await catalogueRepository.updateViolationType(tx, id, { active });
    await recordAudit(tx, ctx, {
      action: CASE_AUDIT.violationTypeUpdated,
      objectType: 'violation-type',
      objectId: id,
      payload: { active },
    });
  });
}

/**
 * A new dated version of the case settings. Effective today or later (a past step keeps the rule it was taken
 * under, STYLE §4); validated with the catalogue's schema, which keeps the statutory grounds from being removed.
 */
export async function saveSettings(
  deps: CaseDeps,
  actor: CaseActor,
  input: z.infer<typeof CaseSettingsBody>,
  ctx: AuditContext,
) {
  if (input.effectiveFrom < todayOf(deps))
    throw new AppError('SETTINGS_INVALID', '新的设置只能从今天或以后生效，已办理的步骤仍按当时的设置');
  const parsed = caseSettingsSchema.safeParse(input.settings);
  if (!parsed.success)
    throw new AppError('SETTINGS_INVALID', parsed.error.issues.map((i) => i.message).join('；'));
  await deps.database.transaction(async (tx) => {
    await catalogueRepository.upsertSettings(tx, {
      effectiveFrom: input.effectiveFrom,
      settings: parsed.data,
      note: input.note,
      createdBy: actor.userId,
      createdByName: actor.name,
    });
    await recordAudit(tx, ctx, {
      action: CASE_AUDIT.settingsChanged,
      objectType: 'case-settings',
      objectId: input.effectiveFrom,
      payload: { effectiveFrom: input.effectiveFrom, note: input.note, settings: parsed.data },
    });
  });
}

/** Loads the starting catalogue into an empty table (first start of a bureau), audited as the system. */
export async function ensureCatalogue(database: Database): Promise<number> {
  const existing = await catalogueRepository.violationTypes(database.db, { includeInactive: true });
  if (existing.length) return 0;
  await database.transaction(async (tx) => {
    await catalogueRepository.insertViolationTypes(
      tx,
      VIOLATION_TYPES.map((v) => ({
        code: v.code,
        name: v.name,
        category: v.category,
        violatedProvision: v.violatedProvision,
        penaltyProvision: v.penaltyProvision,
        statutoryRange: v.statutoryRange,
        correctionOrder: v.correctionOrder,
        bands: v.bands,
        appliesTo: v.appliesTo,
        sourceTag: v.sourceTag,
      })),
    );
    await recordAudit(tx, systemContext(), {
      action: CASE_AUDIT.violationTypeCreated,
      objectType: 'violation-type',
      objectId: null,
      payload: {
        seeded: VIOLATION_TYPES.length,
        source: 'server/modules/cases/catalogue/violations.data.ts',
      },
    });
  });
  return VIOLATION_TYPES.length;
}
