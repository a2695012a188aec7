import crypto from 'node:crypto';
import type { z } from 'zod';
import type { NoticeDeliveryBody } from '../../../../common/contracts/cases.js';
import { addDays, localDateOfInstant, type LocalDate } from '../../../kernel/local-date.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries, meetDeadline } from '../../deadlines/index.js';
import { caseRepository } from '../case.repository.js';
import { nowOf, type CaseActor, type CaseDeps } from '../cases.context.js';
import { CASE_AUDIT } from '../cases.audit.js';
import type { DeliveryRow, OfficialDocumentRow } from '../cases.schema.js';
import { procedureRepository } from '../procedure.repository.js';
import { issueDeliveryReceipt } from './documents.js';
import { executionPort } from '../execution-port.js';
import { loadForCommand, requireAbility, trail, type Loaded } from './shared.js';

const CIVIL = '《中华人民共和国民事诉讼法》';
const PUNISHMENT = '《中华人民共和国行政处罚法》';

/** Days after publication that a public notice counts as delivered (民事诉讼法 第九十五条第一款). */
export const PUBLIC_NOTICE_DAYS = 30;

/**
 * Checks the method's conditions (民事诉讼法 第八十七条至第九十五条; 行政处罚法 第六十一条) and computes the day the
 * delivery takes effect: the day itself, or 30 days after a public notice.
 */
export function checkDelivery(
  input: z.infer<typeof NoticeDeliveryBody>,
  consent: { eAddresses: readonly string[] },
  now: Date,
): LocalDate {
  const at = new Date(input.deliveredAt);
  if (at.getTime() > now.getTime() + 5 * 60_000)
    throw new AppError('CASE_DATE_INVALID', '送达时间不能晚于当前时间');
  const day = localDateOfInstant(at);
  const refuse = (reason: string, basis: string, rule: string) =>
    new AppError('CASE_DELIVERY', reason, { basis, rule });
  switch (input.method) {
    case 'left':
      if (input.witnesses.length < 1 || !input.reason)
        throw refuse(
          '留置送达应当记明拒收事由，并邀请有关基层组织或者所在单位的代表到场见证（以拍照、录像方式记录的，请将音像记录作为证据附卷，并登记见证情况）',
          `${CIVIL}第八十九条`,
          'delivery.left-witness',
        );
      return day;
    case 'post':
      if (!input.postNo)
        throw refuse(
          '邮寄送达应当登记邮件号码，以回执上注明的收件日期为送达日期',
          `${CIVIL}第九十一条`,
          'delivery.post',
        );
      return day;
    case 'electronic':
      if (!input.eAddress || !consent.eAddresses.includes(input.eAddress))
        throw refuse(
          consent.eAddresses.length
            ? '电子送达只能发送到当事人书面确认的电子送达地址'
            : '当事人未同意并签订确认书，不得采用电子送达',
          `${PUNISHMENT}第六十一条第二款`,
          'delivery.electronic-consent',
        );
      return day;
    case 'public_notice':
      if (!input.reason || !input.noticeMedium)
        throw refuse(
          '受送达人下落不明，或者用其他方式无法送达的，才可以公告送达；应当写明原因和公告载体',
          `${CIVIL}第九十五条`,
          'delivery.public-notice',
        );
      return addDays(day, PUBLIC_NOTICE_DAYS);
    case 'direct':
      return day;
  }
}

/** Records a delivery of an issued document and its 送达回证, in the caller's transaction. */
export async function recordDeliveryOf(
  deps: CaseDeps,
  tx: Tx,
  loaded: Loaded,
  document: OfficialDocumentRow,
  input: z.infer<typeof NoticeDeliveryBody>,
  actor: CaseActor,
  ctx: AuditContext,
): Promise<DeliveryRow> {
  const parties = await caseRepository.parties(tx, loaded.lawCase.id);
  const eAddresses = parties
    .filter((p) => p.eDeliveryConsent && p.eDeliveryAddress)
    .map((p) => p.eDeliveryAddress!);
  const effectiveOn = checkDelivery(input, { eAddresses }, nowOf(deps));
  if (localDateOfInstant(new Date(input.deliveredAt)) < localDateOfInstant(document.issuedAt))
    throw new AppError(
      'CASE_DATE_INVALID',
      `送达时间不能早于文书制发日期（${localDateOfInstant(document.issuedAt)}）`,
    );
  // The 送达回证 is issued first, so that the append-only delivery row is written once, with its receipt.
  const row = {
    id: crypto.randomUUID(),
    caseId: loaded.lawCase.id,
    documentId: document.id,
    method: input.method,
    recipient: input.recipient,
    deliveredAt: new Date(input.deliveredAt),
    effectiveOn,
    place: input.place ?? null,
    witnesses: input.witnesses,
    refusedToSign: input.refusedToSign,
    postNo: input.postNo ?? null,
    eAddress: input.eAddress ?? null,
    noticeMedium: input.noticeMedium ?? null,
    reason: input.reason ?? null,
    recordedBy: actor.userId,
    recordedAt: new Date(),
  };
  const receipt = await issueDeliveryReceipt(
    deps,
    tx,
    loaded.lawCase,
    document,
    { ...row, receiptDocumentId: null },
    actor,
    ctx,
  );
  const delivery = await procedureRepository.insertDelivery(tx, { ...row, receiptDocumentId: receipt.id });
  await trail(tx, loaded.lawCase.id, actor, ctx, {
    action: CASE_AUDIT.delivered,
    payload: {
      deliveryId: delivery.id,
      documentId: document.id,
      document: document.title,
      method: input.method,
      effectiveOn,
      receiptId: receipt.id,
    },
  });
  return delivery;
}

/**
 * 送达 of the 行政处罚决定书 (第六十一条): meets the 7-working-day delivery period; the case is then delivered (the
 * payment period and execution follow in the fine-collection module).
 */
export async function recordDecisionDelivery(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof NoticeDeliveryBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'recordDelivery', actor);
    const decision = await procedureRepository.latestDocument(tx, caseId, 'penalty_decision');
    if (!decision) throw new AppError('CASE_STATE', '尚未制发行政处罚决定书');
    const d = await deadlineQueries.activeFor(tx, 'penalty.service-absent', 'case', caseId);
    if (d && d.status !== 'suspended') await meetDeadline(tx, d.id, { at: new Date(input.deliveredAt) }, ctx);
    const delivery = await recordDeliveryOf(deps, tx, loaded, decision, input, actor, ctx);
    await caseRepository.update(tx, caseId, { status: 'delivered', deliveredOn: delivery.effectiveOn });
    // The fine is owed from now: the execution module opens the obligation in this transaction (第六十七条).
    if ((loaded.lawCase.fineFen ?? 0) > 0)
      await executionPort().fineDelivered(
        tx,
        deps,
        { ...loaded.lawCase, status: 'delivered', deliveredOn: delivery.effectiveOn },
        delivery.effectiveOn as LocalDate,
        actor,
        ctx,
      );
    // The delivery itself is audited (case.delivered); the trail records the step for the approval history.
    await caseRepository.insertStep(tx, {
      caseId,
      kind: 'decision_delivered',
      actorId: actor.userId,
      actorName: actor.name,
      actorRole: actor.roles.join(','),
      decision: input.method,
      data: { effectiveOn: delivery.effectiveOn },
    });
  });
}
