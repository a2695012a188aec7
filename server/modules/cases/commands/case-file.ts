import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type {
  AssignOfficerBody,
  PartyBody,
  RecusalBody,
  RemoveOfficerBody,
  ViolationBody,
} from '../../../../common/contracts/cases.js';
import { isValidIdNumber, maskIdNumber } from '../../../../common/contracts/personnel.js';
import { isValidUscc } from '../../../../common/uscc.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { caseRepository } from '../case.repository.js';
import { requireProtector, todayOf, type CaseActor, type CaseDeps } from '../cases.context.js';
import { CASE_AUDIT } from '../cases.audit.js';
import { catalogueRepository } from '../catalogue.repository.js';
import { loadForCommand, PUNISHMENT_LAW, requireAbility, requireTeam, trail } from './shared.js';

/** Checks the ID number of a party: 统一社会信用代码 (GB 32100) or 公民身份号码 (GB 11643). */
export function checkPartyId(input: Pick<z.infer<typeof PartyBody>, 'kind' | 'idKind' | 'idNumber'>): string {
  const id = input.idNumber.trim().toUpperCase();
  if (input.idKind === 'uscc' && !isValidUscc(id))
    throw new AppError('CASE_ID_NUMBER_INVALID', '统一社会信用代码不正确（应为18位，校验位须正确）', {
      basis: 'GB 32100-2015《法人和其他组织统一社会信用代码编码规则》',
    });
  if (input.idKind === 'id_card' && !isValidIdNumber(id))
    throw new AppError('CASE_ID_NUMBER_INVALID', '公民身份号码不正确（应为18位，出生日期与校验位须正确）', {
      basis: 'GB 11643-1999《公民身份号码》',
    });
  if ((input.kind === 'legal_person' || input.kind === 'unincorporated') && input.idKind === 'id_card')
    throw new AppError('CASE_ID_NUMBER_INVALID', '法人或者非法人组织应登记统一社会信用代码');
  if (input.kind === 'natural' && input.idKind === 'uscc')
    throw new AppError('CASE_ID_NUMBER_INVALID', '自然人应登记公民身份号码');
  return id;
}

/** The masked form every reader sees: 公民身份号码 by its own rule, a 统一社会信用代码 keeping 4 + 4 characters. */
export function maskId(idKind: string, id: string): string {
  if (idKind === 'id_card') return maskIdNumber(id);
  return id.length > 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : '****';
}

async function refreshPartyNames(tx: Tx, caseId: string): Promise<void> {
  const names = (await caseRepository.parties(tx, caseId)).map((p) => p.name).join('、');
  await caseRepository.update(tx, caseId, { partyNames: names });
}

/** 当事人: the ID number is stored SM4-encrypted; readers see it masked. */
export async function addParty(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof PartyBody>,
  ctx: AuditContext,
): Promise<string> {
  const protector = requireProtector(deps);
  const id = checkPartyId(input);
  return deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'editParties', actor);
    const row = await caseRepository.insertParty(tx, {
      caseId,
      kind: input.kind,
      name: input.name,
      idKind: input.idKind,
      idNumberCipher: protector.encrypt(id),
      idNumberMasked: maskId(input.idKind, id),
      address: input.address ?? null,
      legalRep: input.legalRep ?? null,
      phone: input.phone ?? null,
      isMinor: input.isMinor,
      limitedCapacity: input.limitedCapacity,
      createdBy: actor.userId,
    });
    await refreshPartyNames(tx, caseId);
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.partyAdded,
      payload: { partyId: row.id, kind: row.kind, name: row.name, idNumber: row.idNumberMasked },
    });
    return row.id;
  });
}

export async function updateParty(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  partyId: string,
  input: z.infer<typeof PartyBody>,
  ctx: AuditContext,
): Promise<void> {
  const protector = requireProtector(deps);
  const id = checkPartyId(input);
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'editParties', actor);
    const before = (await caseRepository.parties(tx, caseId)).find((p) => p.id === partyId);
    if (!before) throw new AppError('NOT_FOUND');
    const masked = maskId(input.idKind, id);
    await caseRepository.updateParty(tx, partyId, {
      kind: input.kind,
      name: input.name,
      idKind: input.idKind,
      idNumberCipher: protector.encrypt(id),
      idNumberMasked: masked,
      address: input.address ?? null,
      legalRep: input.legalRep ?? null,
      phone: input.phone ?? null,
      isMinor: input.isMinor,
      limitedCapacity: input.limitedCapacity,
    });
    await refreshPartyNames(tx, caseId);
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.partyUpdated,
      payload: {
        partyId,
        before: {
          name: before.name,
          kind: before.kind,
          idNumber: before.idNumberMasked,
          address: before.address,
        },
        after: { name: input.name, kind: input.kind, idNumber: masked, address: input.address ?? null },
      },
    });
  });
}

/**
 * 第六十一条第二款: the party's consent to electronic delivery, kept with its signed confirmation (a scan or
 * photo streamed into the file store with its SM3 digest).
 */
export async function recordEDeliveryConsent(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  partyId: string,
  address: string,
  file: { source: Readable; maxBytes: number; fileName: string | null },
  ctx: AuditContext,
): Promise<void> {
  const trimmed = address.trim();
  if (trimmed.length < 3 || trimmed.length > 200)
    throw new AppError(
      'VALIDATION_FAILED',
      '请填写当事人确认的电子送达地址（电子邮箱、传真号码或即时通讯账号）',
    );
  // Check before reading the body: a refused request stores nothing.
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'editParties', actor);
    if (!(await caseRepository.parties(tx, caseId)).some((p) => p.id === partyId))
      throw new AppError('NOT_FOUND');
  });
  const blob = await deps.blobs.put(file.source, { maxBytes: file.maxBytes });
  if (blob.size === 0) throw new AppError('FILE_INVALID', '上传的确认书为空文件');
  await deps.database.transaction(async (tx) => {
    await loadForCommand(tx, caseId, actor);
    await caseRepository.updateParty(tx, partyId, {
      eDeliveryConsent: true,
      eDeliveryAddress: trimmed,
      consentBlobKey: blob.key,
      consentSm3: blob.sm3,
      consentFileName: file.fileName ?? '电子送达确认书',
    });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.eDeliveryConsented,
      payload: {
        partyId,
        address: trimmed,
        sm3: blob.sm3,
        size: blob.size,
        basis: `${PUNISHMENT_LAW}第六十一条第二款`,
      },
    });
  });
}

/** 违法行为 from the catalogue, with the 裁量基准 band chosen; the provisions are copied into the case. */
export async function addViolation(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof ViolationBody>,
  ctx: AuditContext,
): Promise<string> {
  return deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'editViolations', actor);
    const type = await catalogueRepository.findViolationType(tx, input.violationTypeId);
    if (!type || !type.active) throw new AppError('NOT_FOUND', '违法行为目录中没有该项或已停用');
    const band = input.bandLevel ? (type.bands.find((b) => b.level === input.bandLevel) ?? null) : null;
    if (input.bandLevel && !band) throw new AppError('VALIDATION_FAILED', '该违法行为没有所选的裁量等级');
    if ((await caseRepository.violations(tx, caseId)).some((v) => v.violationTypeId === type.id))
      throw new AppError('CONFLICT', '该违法行为已认定');
    const row = await caseRepository.insertViolation(tx, {
      caseId,
      violationTypeId: type.id,
      code: type.code,
      name: type.name,
      violatedProvision: type.violatedProvision,
      penaltyProvision: type.penaltyProvision,
      band,
      circumstances: input.circumstances,
      createdBy: actor.userId,
    });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.violationAdded,
      payload: { code: type.code, name: type.name, band: band?.level ?? null },
    });
    return row.id;
  });
}

export async function removeViolation(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  violationId: string,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'editViolations', actor);
    const before = (await caseRepository.violations(tx, caseId)).find((v) => v.id === violationId);
    if (!before || !(await caseRepository.deleteViolation(tx, caseId, violationId)))
      throw new AppError('NOT_FOUND');
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.violationRemoved,
      payload: { code: before.code, name: before.name },
    });
  });
}

async function refreshOfficerIds(tx: Tx, caseId: string): Promise<void> {
  const ids = (await caseRepository.activeOfficers(tx, caseId)).map((o) => o.userId);
  await caseRepository.update(tx, caseId, { officerIds: ids });
}

/** The section head (or a leader) adds an officer; the new officer must hold a valid certificate. */
export async function assignOfficer(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof AssignOfficerBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'assignOfficers', actor);
    if (loaded.facts.officers.some((o) => o.userId === input.userId))
      throw new AppError('CONFLICT', '该人员已是本案执法人员');
    const others = loaded.facts.officerRows.filter((o) => o.recusal !== 'conflict').map((o) => o.userId);
    await requireTeam(tx, loaded.lawCase, [...others, input.userId], todayOf(deps));
    if (input.role === 'lead')
      for (const o of loaded.facts.officerRows.filter((r) => r.role === 'lead'))
        await caseRepository.updateOfficer(tx, o.id, { role: 'assistant' });
    await caseRepository.insertOfficer(tx, {
      caseId,
      userId: input.userId,
      role: input.role,
      assignedBy: actor.userId,
    });
    await refreshOfficerIds(tx, caseId);
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.officerAssigned,
      payload: { userId: input.userId, role: input.role },
      step: { kind: 'officer_assigned', data: { userId: input.userId, role: input.role } },
    });
  });
}

export async function removeOfficer(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  rowId: string,
  input: z.infer<typeof RemoveOfficerBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'assignOfficers', actor);
    const row = loaded.facts.officerRows.find((o) => o.id === rowId);
    if (!row) throw new AppError('NOT_FOUND');
    if (loaded.facts.officerRows.filter((o) => o.id !== rowId && o.recusal !== 'conflict').length < 2)
      throw new AppError('CASE_TEAM', '调整后执法人员将少于两人，请先指派其他执法人员', {
        basis: `${PUNISHMENT_LAW}第四十二条`,
        rule: 'penalty.two-officers',
      });
    await caseRepository.updateOfficer(tx, rowId, { removedAt: new Date(), removedReason: input.reason });
    await refreshOfficerIds(tx, caseId);
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.officerRemoved,
      payload: { userId: row.userId, reason: input.reason },
      step: { kind: 'officer_removed', opinion: input.reason, data: { userId: row.userId } },
    });
  });
}

/**
 * 回避 (第四十三条): each officer declares. A declared conflict takes the officer off the case at once; the
 * section head assigns another, since at least two must remain (第四十二条).
 */
export async function declareRecusal(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof RecusalBody>,
  ctx: AuditContext,
): Promise<void> {
  if (input.conflict && input.note.trim().length < 2)
    throw new AppError('VALIDATION_FAILED', '申请回避须说明与本案的利害关系');
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'declareRecusal', actor);
    const row = loaded.facts.officerRows.find((o) => o.userId === actor.userId)!;
    await caseRepository.updateOfficer(tx, row.id, {
      recusal: input.conflict ? 'conflict' : 'none',
      recusalNote: input.note || null,
      recusalDeclaredAt: new Date(),
      ...(input.conflict ? { removedAt: new Date(), removedReason: '申请回避' } : {}),
    });
    if (input.conflict) await refreshOfficerIds(tx, caseId);
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.recusalDeclared,
      payload: { conflict: input.conflict, note: input.note, basis: `${PUNISHMENT_LAW}第四十三条` },
      step: { kind: 'recusal_declared', decision: input.conflict ? 'conflict' : 'none', opinion: input.note },
    });
  });
}
