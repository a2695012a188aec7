import type { z } from 'zod';
import type { PositionBody, UnitBody, UpdateEntityBody } from '../../../common/contracts/org.js';
import { isValidUscc } from '../../../common/uscc.js';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.js';
import type { Database, Db, Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import { orgRepository } from './org.repository.js';

type EntityInput = z.output<typeof UpdateEntityBody>;
type UnitInput = z.output<typeof UnitBody>;
type PositionInput = z.output<typeof PositionBody>;

function diff<T extends object>(before: T, after: Partial<T>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, to] of Object.entries(after)) {
    const from = (before as Record<string, unknown>)[k];
    if (to !== undefined && to !== from) changes[k] = { from, to };
  }
  return changes;
}

/** Read side used by other modules (through index.ts) and by the routes. */
export const orgQueries = {
  async overview(db: Db) {
    const entity = await orgRepository.entity(db);
    if (!entity)
      throw new AppError('NOT_READY', '尚未设置执法主体，请运行 zhifa seed-demo 或由系统管理员初始化');
    const units = await orgRepository.units(db);
    return {
      entity,
      units: units.map((u) => ({ ...u.unit, memberCount: Number(u.memberCount) })),
      positions: await orgRepository.positions(db),
    };
  },
  unitExists: async (db: Db | Tx, id: string) => !!(await orgRepository.unit(db, id)),
  positionExists: async (db: Db | Tx, id: string) => !!(await orgRepository.position(db, id)),
  unitName: async (db: Db | Tx, id: string) => (await orgRepository.unit(db, id))?.name ?? null,
};

export async function updateEntity(database: Database, input: EntityInput, ctx: AuditContext): Promise<void> {
  if (!isValidUscc(input.uscc))
    throw new AppError('VALIDATION_FAILED', '统一社会信用代码校验位不正确', {
      basis: 'GB 32100-2015《法人和其他组织统一社会信用代码编码规则》',
    });
  await database.transaction(async (tx) => {
    const entity = await orgRepository.entity(tx);
    if (!entity) throw new AppError('NOT_FOUND');
    const changes = diff(entity, input);
    if (!Object.keys(changes).length) return;
    await orgRepository.updateEntity(tx, entity.id, input);
    await recordAudit(tx, ctx, {
      action: 'org.entity-updated',
      objectType: 'law_enforcement_entity',
      objectId: entity.id,
      payload: { changes },
    });
  });
}

export async function createUnit(database: Database, input: UnitInput, ctx: AuditContext) {
  return database.transaction(async (tx) => {
    const entity = await orgRepository.entity(tx);
    if (!entity) throw new AppError('NOT_READY', '尚未设置执法主体');
    if (await orgRepository.unitByCodeOrName(tx, input.code, input.name))
      throw new AppError('CONFLICT', '已有同名或同编码的科室/单位');
    const unit = await orgRepository.insertUnit(tx, { ...input, entityId: entity.id });
    await recordAudit(tx, ctx, {
      action: 'org.unit-created',
      objectType: 'org_unit',
      objectId: unit.id,
      payload: { ...input },
    });
    return unit;
  });
}

export async function updateUnit(
  database: Database,
  id: string,
  input: UnitInput,
  ctx: AuditContext,
): Promise<void> {
  await database.transaction(async (tx) => {
    const unit = await orgRepository.unit(tx, id);
    if (!unit) throw new AppError('NOT_FOUND');
    const clash = await orgRepository.unitByCodeOrName(tx, input.code, input.name);
    if (clash && clash.id !== id) throw new AppError('CONFLICT', '已有同名或同编码的科室/单位');
    const changes = diff(unit, input);
    if (!Object.keys(changes).length) return;
    await orgRepository.updateUnit(tx, id, input);
    await recordAudit(tx, ctx, {
      action: 'org.unit-updated',
      objectType: 'org_unit',
      objectId: id,
      payload: { changes },
    });
  });
}

export async function createPosition(database: Database, input: PositionInput, ctx: AuditContext) {
  return database.transaction(async (tx) => {
    if (await orgRepository.positionByName(tx, input.name)) throw new AppError('CONFLICT', '已有同名职务');
    const p = await orgRepository.insertPosition(tx, input);
    await recordAudit(tx, ctx, {
      action: 'org.position-created',
      objectType: 'position',
      objectId: p.id,
      payload: { ...input },
    });
    return p;
  });
}

export async function updatePosition(
  database: Database,
  id: string,
  input: PositionInput,
  ctx: AuditContext,
): Promise<void> {
  await database.transaction(async (tx) => {
    const p = await orgRepository.position(tx, id);
    if (!p) throw new AppError('NOT_FOUND');
    const clash = await orgRepository.positionByName(tx, input.name);
    if (clash && clash.id !== id) throw new AppError('CONFLICT', '已有同名职务');
    const changes = diff(p, input);
    if (!Object.keys(changes).length) return;
    await orgRepository.updatePosition(tx, id, input);
    await recordAudit(tx, ctx, {
      action: 'org.position-updated',
      objectType: 'position',
      objectId: id,
      payload: { changes },
    });
  });
}
