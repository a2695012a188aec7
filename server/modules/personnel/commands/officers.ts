import type { z } from 'zod';
import {
  maskIdNumber,
  type OfficerBody,
  type UpdateOfficerBody,
} from '../../../../common/contracts/personnel.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { orgQueries, orgRepository } from '../../org/index.js';
import { certificateRepository } from '../certificate.repository.js';
import { officerRepository } from '../officer.repository.js';
import { PERSONNEL_AUDIT } from '../personnel.audit.js';
import { entrustmentOf, requireProtector, shanghaiToday, type PersonnelDeps } from '../personnel.context.js';
import { canSeeOfficer, type PersonnelActor } from '../personnel.policy.js';
import type { NewOfficerRow, OfficerRow } from '../personnel.schema.js';
import { effectiveStatus, staffingRefusal } from '../rules/eligibility.js';
import { positionChangeKind } from '../rules/personnel-actions.js';
import {
  DEFAULT_ACTION_REASON,
  recordPersonnelActions,
  type NewPersonnelAction,
} from './personnel-actions.js';

type CreateInput = z.output<typeof OfficerBody>;
type UpdateInput = z.output<typeof UpdateOfficerBody>;

/** The three ID-number columns for a plain ID number (or all null). */
export function idNumberColumns(deps: Pick<PersonnelDeps, 'protector'>, idNumber: string | null) {
  if (!idNumber) return { idNumberCipher: null, idNumberDigest: null, idNumberMasked: null };
  const p = requireProtector(deps);
  return {
    idNumberCipher: p.encrypt(idNumber),
    idNumberDigest: p.digest(idNumber),
    idNumberMasked: maskIdNumber(idNumber),
  };
}

async function checkReferences(
  db: Db | Tx,
  v: {
    unitId?: string | undefined;
    positionId?: string | null | undefined;
    userId?: string | null | undefined;
  },
  officerId: string | null,
): Promise<void> {
  if (v.unitId && !(await orgQueries.unitExists(db, v.unitId)))
    throw new AppError('VALIDATION_FAILED', '所选科室或单位不存在');
  if (v.positionId && !(await orgQueries.positionExists(db, v.positionId)))
    throw new AppError('VALIDATION_FAILED', '所选职务不存在');
  if (v.userId) {
    if (!(await officerRepository.userExists(db, v.userId)))
      throw new AppError('VALIDATION_FAILED', '所选账号不存在');
    const linked = await officerRepository.findByUserId(db, v.userId);
    if (linked && linked.id !== officerId) throw new AppError('OFFICER_ACCOUNT_TAKEN');
  }
}

async function checkIdNumberFree(
  db: Db | Tx,
  digest: string | null,
  officerId: string | null,
): Promise<void> {
  if (!digest) return;
  const other = await officerRepository.idByDigest(db, digest);
  if (other && other !== officerId) throw new AppError('ID_NUMBER_TAKEN');
}

/**
 * Adds an officer to the roster (政策法规科). The ID number is stored encrypted, with a keyed digest against
 * duplicates and its masked form; the audit payload holds only the masked form. Nobody registers himself.
 * @throws AppError VALIDATION_FAILED, ID_NUMBER_TAKEN, OFFICER_ACCOUNT_TAKEN, SELF_QUALIFICATION, FIELD_KEY_MISSING
 */
export async function createOfficer(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  input: CreateInput,
  ctx: AuditContext,
): Promise<string> {
  if (input.userId && input.userId === actor.userId) throw new AppError('SELF_QUALIFICATION');
  const idCols = idNumberColumns(deps, input.idNumber);
  return deps.database.transaction(async (tx) => {
    await checkReferences(tx, input, null);
    await checkIdNumberFree(tx, idCols.idNumberDigest, null);
    const row = await officerRepository.insert(tx, {
      name: input.name,
      ...idCols,
      unitId: input.unitId,
      positionId: input.positionId,
      staffingType: input.staffingType,
      education: input.education,
      legalQualification: input.legalQualification,
      legalQualificationNo: input.legalQualification ? input.legalQualificationNo : null,
      legalReviewSince: input.legalReviewSince,
      userId: input.userId,
    });
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.officerCreated,
      objectType: 'officer',
      objectId: row.id,
      payload: {
        name: row.name,
        idNumber: row.idNumberMasked,
        unitId: row.unitId,
        staffingType: row.staffingType,
        legalQualification: row.legalQualification,
        userId: row.userId,
      },
    });
    return row.id;
  });
}

const FIELDS = [
  'name',
  'unitId',
  'positionId',
  'staffingType',
  'education',
  'legalQualification',
  'legalQualificationNo',
  'legalReviewSince',
  'userId',
] as const;

/**
 * The personnel actions (人事处理) an officer change amounts to, effective today: a unit change is a transfer
 * (原科室 → 新科室); a position change is a demotion or a post change (`positionChangeKind`).
 */
async function actionsOfChange(
  tx: Tx,
  before: OfficerRow,
  next: Partial<NewOfficerRow>,
  reason: string,
  today: string,
): Promise<NewPersonnelAction[]> {
  const actions: NewPersonnelAction[] = [];
  const base = {
    effectiveOn: today,
    reason,
    basis: null,
    documentNo: null,
    source: 'officer_update' as const,
  };
  if (next.unitId !== undefined && next.unitId !== before.unitId) {
    const from = (await orgQueries.unitName(tx, before.unitId)) ?? '原科室';
    const to = (await orgQueries.unitName(tx, next.unitId)) ?? '新科室';
    actions.push({ ...base, kind: 'transfer', summary: `${from} → ${to}` });
  }
  if (next.positionId !== undefined && next.positionId !== before.positionId) {
    const from = before.positionId ? await orgRepository.position(tx, before.positionId) : null;
    const to = next.positionId ? await orgRepository.position(tx, next.positionId) : null;
    actions.push({
      ...base,
      kind: positionChangeKind(!!from?.isLeadership, !!to?.isLeadership),
      summary: `职务：${from?.name ?? '无'} → ${to?.name ?? '无'}`,
    });
  }
  return actions;
}

/**
 * Changes an officer's particulars. A staffing type that may not hold a certificate is refused while the
 * officer still holds an active one (cancel it first: the change must not leave an unlawful holder). A change of
 * unit or position is recorded as a personnel action (人事处理) with the input's reason and told to the observers
 * in the same transaction; an observer's refusal leaves the officer unchanged.
 * @throws AppError NOT_FOUND, SELF_QUALIFICATION, STAFFING_NOT_ELIGIBLE, ID_NUMBER_TAKEN, OFFICER_ACCOUNT_TAKEN
 */
export async function updateOfficer(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  id: string,
  input: UpdateInput,
  ctx: AuditContext,
  now = new Date(),
): Promise<void> {
  const idCols = input.idNumber === undefined ? null : idNumberColumns(deps, input.idNumber);
  const today = shanghaiToday(now);
  await deps.database.transaction(async (tx) => {
    const before = await officerRepository.lock(tx, id);
    if (!before || !canSeeOfficer(actor, before)) throw new AppError('NOT_FOUND');
    if (before.userId === actor.userId || (input.userId && input.userId === actor.userId))
      throw new AppError('SELF_QUALIFICATION');
    await checkReferences(tx, input, id);
    if (idCols) await checkIdNumberFree(tx, idCols.idNumberDigest, id);

    const next: Partial<NewOfficerRow> = {};
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const k of FIELDS) {
      const to = input[k];
      if (to !== undefined && to !== before[k]) {
        (next as Record<string, unknown>)[k] = to;
        changes[k] = { from: before[k], to };
      }
    }
    const qualified = next.legalQualification ?? before.legalQualification;
    if (!qualified) next.legalQualificationNo = null;
    else if (!(next.legalQualificationNo ?? before.legalQualificationNo))
      throw new AppError('VALIDATION_FAILED', '取得法律职业资格的，请填写法律职业资格证书编号');
    if (idCols && idCols.idNumberDigest !== before.idNumberDigest) {
      Object.assign(next, idCols);
      changes.idNumber = { from: before.idNumberMasked, to: idCols.idNumberMasked };
    }
    if (!Object.keys(changes).length) return;

    const staffingType = next.staffingType ?? before.staffingType;
    const unitId = next.unitId ?? before.unitId;
    if (next.staffingType || next.unitId) {
      const refusal = staffingRefusal(
        staffingType,
        entrustmentOf(await officerRepository.entrustment(tx, unitId)),
        today,
      );
      const active = (await certificateRepository.ofOfficers(tx, [id])).filter((c) =>
        ['valid', 'suspended'].includes(effectiveStatus(c, today)),
      );
      if (refusal && active.length)
        throw new AppError(
          'STAFFING_NOT_ELIGIBLE',
          `${refusal.reason}；该人员仍持有证件 ${active.map((c) => c.number).join('、')}，请先办理注销`,
          { basis: refusal.basis, rule: refusal.rule },
        );
    }
    await officerRepository.update(tx, id, next);
    const actions = await actionsOfChange(tx, before, next, input.reason || DEFAULT_ACTION_REASON, today);
    if (actions.length)
      await recordPersonnelActions(
        tx,
        {
          id,
          name: next.name ?? before.name,
          // The account after the change; when the same change unlinks it, the person is still the one before.
          userId: (next.userId !== undefined ? next.userId : before.userId) ?? before.userId,
        },
        actions,
        ctx,
      );
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.officerUpdated,
      objectType: 'officer',
      objectId: id,
      payload: { name: before.name, changes },
    });
  });
}
