import crypto from 'node:crypto';
import type { z } from 'zod';
import { DEPARTURE_REASON_LABELS, type DepartBody } from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/http/errors.js';
import { waiveDeadline } from '../../deadlines/index.js';
import { certificateRepository } from '../certificate.repository.js';
import { sniffImage } from '../file-store.js';
import { officerRepository } from '../officer.repository.js';
import { PERSONNEL_AUDIT } from '../personnel.audit.js';
import {
  checkDecisionDate,
  requireProtector,
  shanghaiToday,
  type PersonnelDeps,
} from '../personnel.context.js';
import { canSeeOfficer, type PersonnelActor } from '../personnel.policy.js';
import { BASIS } from '../rules/basis.js';
import { departureActionKind } from '../rules/personnel-actions.js';
import { recordPersonnelActions } from './personnel-actions.js';

/**
 * Shows the full ID number to a roster keeper, once per request, and records who looked (the list and the
 * detail only ever show the masked form).
 * @throws AppError NOT_FOUND, FIELD_KEY_MISSING
 */
export async function revealIdNumber(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  id: string,
  ctx: AuditContext,
): Promise<string> {
  const protector = requireProtector(deps);
  return deps.database.transaction(async (tx) => {
    const o = await officerRepository.find(tx, id);
    if (!o || !canSeeOfficer(actor, o) || !o.idNumberCipher) throw new AppError('NOT_FOUND');
    const plain = protector.decrypt(o.idNumberCipher);
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.idNumberRevealed,
      objectType: 'officer',
      objectId: id,
      payload: { name: o.name, idNumber: o.idNumberMasked },
    });
    return plain;
  });
}

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/**
 * Stores an officer's photo (JPEG or PNG, checked by content, at most 2 MB) in the file store and points the
 * record at it. The file is written first under a fresh key; if the transaction fails the file is an orphan,
 * never a record pointing at nothing.
 * @throws AppError NOT_FOUND, SELF_QUALIFICATION, FILE_INVALID
 */
export async function uploadPhoto(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  id: string,
  contentBase64: string,
  ctx: AuditContext,
): Promise<void> {
  const data = Buffer.from(contentBase64, 'base64');
  const type = sniffImage(data);
  if (!type) throw new AppError('FILE_INVALID', '照片须为 JPEG 或 PNG 图片');
  if (data.length > MAX_PHOTO_BYTES) throw new AppError('FILE_INVALID', '照片不得超过 2 MB');
  const before = await officerRepository.find(deps.database.db, id);
  if (!before || !canSeeOfficer(actor, before)) throw new AppError('NOT_FOUND');
  if (before.userId === actor.userId) throw new AppError('SELF_QUALIFICATION');
  const key = `officer-photos/${id}-${crypto.randomBytes(6).toString('hex')}.${type === 'image/png' ? 'png' : 'jpg'}`;
  await deps.files.put(key, data);
  await deps.database.transaction(async (tx) => {
    await officerRepository.update(tx, id, { photoKey: key });
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.photoUploaded,
      objectType: 'officer',
      objectId: id,
      payload: {
        name: before.name,
        key,
        bytes: data.length,
        sha256: crypto.createHash('sha256').update(data).digest('hex'),
      },
    });
  });
}

export async function readPhoto(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  id: string,
): Promise<{ data: Buffer; type: string }> {
  const o = await officerRepository.find(deps.database.db, id);
  if (!o || !canSeeOfficer(actor, o) || !o.photoKey) throw new AppError('NOT_FOUND');
  const data = await deps.files.get(o.photoKey);
  if (!data) throw new AppError('NOT_FOUND');
  return { data, type: o.photoKey.endsWith('.png') ? 'image/png' : 'image/jpeg' };
}

/**
 * 调离/退休/转岗: the officer leaves enforcement work; every active certificate is cancelled (注销, collected)
 * on that date, its renewal deadline waived, pending applications withdrawn — one transaction, each audited. The
 * departure is recorded as one personnel action (人事处理, see `departureActionKind`; the cancellations it entails
 * are part of it, not actions of their own) and told to the observers.
 * @throws AppError NOT_FOUND, SELF_QUALIFICATION, OFFICER_DEPARTED, PERSONNEL_DATE_INVALID
 */
export async function departOfficer(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  id: string,
  input: z.output<typeof DepartBody>,
  ctx: AuditContext,
  now = new Date(),
): Promise<void> {
  const today = shanghaiToday(now);
  const on = input.on as LocalDate;
  await deps.database.transaction(async (tx) => {
    const o = await officerRepository.lock(tx, id);
    if (!o || !canSeeOfficer(actor, o)) throw new AppError('NOT_FOUND');
    if (o.userId === actor.userId) throw new AppError('SELF_QUALIFICATION');
    if (o.status === 'departed') throw new AppError('OFFICER_DEPARTED');
    checkDecisionDate(on, today, null, '调离');
    const reason = `${DEPARTURE_REASON_LABELS[input.reason]}${input.note ? `：${input.note}` : ''}`;
    const active = (await certificateRepository.ofOfficers(tx, [id])).filter(
      (c) => c.status === 'valid' || c.status === 'suspended',
    );
    const cancelled: { id: string; number: string; from: string }[] = [];
    for (const c of active) {
      checkDecisionDate(on, today, await certificateRepository.lastEffectiveOn(tx, c.id), '注销');
      await certificateRepository.update(tx, c.id, { status: 'cancelled', statusChangedOn: on });
      await certificateRepository.insertEvent(tx, {
        certificateId: c.id,
        kind: 'cancelled',
        effectiveOn: on,
        statusBefore: c.status,
        statusAfter: 'cancelled',
        reason,
        basis: BASIS.departed,
        approverName: input.approverName,
        recordedBy: ctx.actor.id,
        recordedByName: ctx.actor.name,
      });
      if (c.renewalDeadlineId)
        await waiveDeadline(tx, c.renewalDeadlineId, { reason: `证件已注销（${reason}）` }, ctx, null).catch(
          ignoreClosedDeadline,
        );
      cancelled.push({ id: c.id, number: c.number, from: c.status });
    }
    for (const a of await certificateRepository.pendingApplicationsOf(tx, id))
      await certificateRepository.updateApplication(tx, a.id, {
        status: 'withdrawn',
        decidedOn: on,
        decisionNote: `人员${reason}，申领撤回`,
      });
    await officerRepository.update(tx, id, {
      status: 'departed',
      departedOn: on,
      departureReason: input.reason,
    });
    await recordPersonnelActions(
      tx,
      o,
      [
        {
          kind: departureActionKind(input.reason, input.note),
          effectiveOn: on,
          summary: `${DEPARTURE_REASON_LABELS[input.reason]}（批准：${input.approverName}）${
            cancelled.length ? `，注销证件 ${cancelled.map((c) => c.number).join('、')}` : ''
          }`,
          reason,
          basis: null,
          documentNo: null,
          source: 'officer_update',
        },
      ],
      ctx,
    );
    for (const c of cancelled)
      await recordAudit(tx, ctx, {
        action: PERSONNEL_AUDIT.cancelled,
        objectType: 'certificate',
        objectId: c.id,
        payload: {
          number: c.number,
          from: c.from,
          to: 'cancelled',
          effectiveOn: on,
          reason,
          approver: input.approverName,
          rule: 'personnel.departed',
        },
      });
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.officerDeparted,
      objectType: 'officer',
      objectId: id,
      payload: {
        name: o.name,
        on,
        reason: input.reason,
        note: input.note,
        cancelled: cancelled.map((c) => c.number),
      },
    });
  });
}

/** A deadline already closed (met, waived) needs no waiver; anything else is a real error. */
export function ignoreClosedDeadline(err: unknown): void {
  if (err instanceof AppError && (err.code === 'DEADLINE_STATE' || err.code === 'NOT_FOUND')) return;
  throw err;
}
