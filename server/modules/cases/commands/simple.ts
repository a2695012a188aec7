import type { z } from 'zod';
import type {
  FileBackBody,
  FormBookBody,
  FormNumberStatusBody,
  SimpleCaseBody,
} from '../../../../common/contracts/cases.js';
import { localDateOfInstant, type LocalDate, wallTimeInShanghai } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/http/errors.js';
import { deadlineQueries, meetDeadline, openDeadline } from '../../deadlines/index.js';
import { caseRepository } from '../case.repository.js';
import { nowOf, requireProtector, todayOf, type CaseActor, type CaseDeps } from '../cases.context.js';
import { CASE_AUDIT } from '../cases.audit.js';
import { catalogueRepository } from '../catalogue.repository.js';
import { simpleProcedureAllowed, totalFen } from '../catalogue/penalty.js';
import { proposed } from '../rules/requirements.js';
import { checkPartyId, maskId } from './case-file.js';
import { issueDocument } from './documents.js';
import { limitationUntil } from './filing.js';
import { instantOfDay, loadForCommand, requireAbility, requireTeam, trail } from './shared.js';
import { orgRepository } from '../../org/index.js';
import { checkEnforcementTeam } from '../../personnel/index.js';
import type * as M from '../documents/models.js';
import { executionPort, type OnSpotCollection, type PaymentTerms } from '../execution-port.js';

const PUNISHMENT = '《中华人民共和国行政处罚法》';

/**
 * 当场处罚 (简易程序, 第五十一条、第五十二条): only a warning or a fine up to 200 yuan (citizen) / 3,000 yuan
 * (organisation), on a pre-numbered form allocated to one of the officers, by two qualified officers. The case is
 * decided and delivered on the spot; filing back with the bureau is tracked.
 */
export async function decideOnTheSpot(
  deps: CaseDeps,
  actor: CaseActor,
  input: z.infer<typeof SimpleCaseBody>,
  ctx: AuditContext,
): Promise<string> {
  const protector = requireProtector(deps);
  const allowed = simpleProcedureAllowed(proposed(input.penalty), input.party.kind);
  if (!allowed.ok)
    throw new AppError('CASE_SIMPLE_LIMIT', allowed.reason, { basis: allowed.basis, rule: allowed.rule });
  const decidedAt = new Date(input.decidedAt);
  if (decidedAt.getTime() > nowOf(deps).getTime() + 5 * 60_000)
    throw new AppError('CASE_DATE_INVALID', '处罚时间不能晚于当前时间');
  const on = localDateOfInstant(decidedAt);
  if (input.actDate > on) throw new AppError('CASE_DATE_INVALID', '违法行为日期不能晚于处罚日期');
  const until = limitationUntil(input.actDate as LocalDate, false);
  if (on > until)
    throw new AppError('CASE_LIMITATION_EXPIRED', `违法行为已超过二年追责时效（${until}）`, {
      basis: `${PUNISHMENT}第三十六条`,
      rule: 'penalty.limitation',
    });
  if (!input.officerIds.includes(actor.userId))
    throw new AppError('CASE_TEAM', '当场处罚的执法人员应包括本人');
  const idNumber = checkPartyId(input.party);
  return deps.database.transaction(async (tx) => {
    const form = await catalogueRepository.lockNumber(tx, input.formSerial);
    if (!form)
      throw new AppError('FORM_NUMBER_STATE', `编号 ${input.formSerial} 的当场处罚决定书未经领用登记`);
    if (!input.officerIds.includes(form.holderId))
      throw new AppError('FORM_NUMBER_STATE', '该编号的决定书不是本次执法人员领用的');
    if (form.number.status !== 'allocated')
      throw new AppError(
        'FORM_NUMBER_STATE',
        `编号 ${input.formSerial} 的决定书已${form.number.status === 'issued' ? '开具' : '作废或遗失'}，不能再使用`,
      );
    const type = await catalogueRepository.findViolationType(tx, input.violationTypeId);
    if (!type || !type.active) throw new AppError('NOT_FOUND', '违法行为目录中没有该项或已停用');
    await requireTeam(tx, { category: input.category }, input.officerIds, on);
    const fine = totalFen(proposed(input.penalty), 'fine');
    // 罚缴分离 (第六十七条): the party pays the bank named on the form, unless the law allows collecting on the spot.
    const port = executionPort();
    let onSpot: OnSpotCollection | undefined;
    let terms: PaymentTerms | null = null;
    if (fine > 0 && input.collectedOnSpot) {
      if (!input.onSpot)
        throw new AppError('VALIDATION_FAILED', '当场收缴罚款的，请选择法定情形并填写罚没款票据编号');
      onSpot = {
        ...input.onSpot,
        amountFen: fine,
        paidOn: on,
        payer: input.party.name,
      };
      await port.checkOnSpot(tx, actor, { ...onSpot, procedure: 'simple' });
    } else if (fine > 0) {
      terms = await port.paymentTerms(tx, on);
      if (!terms)
        throw new AppError(
          'FINE_AGREEMENT',
          '本局没有有效的代收罚款协议，当场处罚决定书无法载明代收机构，不得作出罚款决定（当场收缴的除外）',
          {
            basis: '《罚款决定与罚款收缴分离实施办法》（国务院令第235号）第七条',
            rule: 'fine.decision-payee',
          },
        );
    }
    const lawCase = await caseRepository.insertCase(tx, {
      procedure: 'simple',
      unitId: actor.unitId ?? (await caseRepository.officerUnit(tx, actor.userId)),
      title: input.title,
      category: input.category,
      status: 'delivered',
      actDate: input.actDate,
      discoveredOn: on,
      limitationUntil: until,
      filedOn: on,
      facts: input.facts,
      place: input.place,
      outcome: 'penalty',
      proposedPenalty: input.penalty,
      noticedPenalty: input.penalty,
      decidedPenalty: input.penalty,
      fineFen: fine,
      decidedOn: on,
      deliveredOn: on,
      caseNo: input.formSerial,
      decisionNo: input.formSerial,
      formSerial: input.formSerial,
      partyNames: input.party.name,
      officerIds: input.officerIds,
      createdBy: actor.userId,
    });
    await caseRepository.insertParty(tx, {
      caseId: lawCase.id,
      kind: input.party.kind,
      name: input.party.name,
      idKind: input.party.idKind,
      idNumberCipher: protector.encrypt(idNumber),
      // The same masking as a party recorded in the ordinary procedure (公民身份号码 by its own rule).
      idNumberMasked: maskId(input.party.idKind, idNumber),
      address: input.party.address ?? null,
      legalRep: input.party.legalRep ?? null,
      phone: input.party.phone ?? null,
      createdBy: actor.userId,
    });
    for (const [i, userId] of input.officerIds.entries())
      await caseRepository.insertOfficer(tx, {
        caseId: lawCase.id,
        userId,
        role: i === 0 ? 'lead' : 'assistant',
        assignedBy: actor.userId,
        recusal: 'none',
        recusalDeclaredAt: new Date(),
      });
    await caseRepository.insertViolation(tx, {
      caseId: lawCase.id,
      violationTypeId: type.id,
      code: type.code,
      name: type.name,
      violatedProvision: type.violatedProvision,
      penaltyProvision: type.penaltyProvision,
      createdBy: actor.userId,
    });
    await caseRepository.insertProposal(tx, {
      caseId: lawCase.id,
      stage: 'on_the_spot',
      outcome: 'penalty',
      penalty: input.penalty,
      reason: input.statement ? `当事人陈述申辩：${input.statement}` : '',
      proposedBy: actor.userId,
      proposedByName: actor.name,
    });
    await catalogueRepository.setNumber(tx, input.formSerial, {
      status: 'issued',
      caseId: lawCase.id,
      changedBy: actor.userId,
      changedAt: new Date(),
    });
    await openDeadline(
      tx,
      {
        ruleId: 'penalty.simple-filing-back',
        objectType: 'case',
        objectId: lawCase.id,
        trigger: on,
        responsibleUserId: actor.userId,
        unitId: lawCase.unitId,
        title: `当场处罚决定书备案：${input.formSerial}`,
        link: `/cases/${lawCase.id}`,
      },
      ctx,
    );
    const entity = await orgRepository.entity(tx);
    const team = await checkEnforcementTeam(tx, {
      members: input.officerIds.map((userId) => ({ userId })),
      on,
      category: input.category,
    });
    const model: M.OnTheSpotDecisionModel = {
      agency: { name: entity?.name ?? '', address: entity?.address ?? '', phone: entity?.phone ?? '' },
      serialNo: input.formSerial,
      party: {
        kind: input.party.kind,
        name: input.party.name,
        idLabel: input.party.idKind === 'id_card' ? '身份证号码' : '统一社会信用代码',
        idNumber,
        address: input.party.address ?? '',
        ...(input.party.legalRep ? { legalRep: input.party.legalRep } : {}),
      },
      decidedAt: wallTimeInShanghai(decidedAt),
      place: input.place,
      violation: input.facts,
      violated: type.violatedProvision,
      basis: type.penaltyProvision,
      penalty: {
        warning: input.penalty.items.some((i) => i.kind === 'warning'),
        ...(fine ? { fineFen: fine } : {}),
      },
      ...(onSpot
        ? {
            payment: { mode: 'on_the_spot' as const, ground: onSpot.ground, receiptNo: onSpot.receiptSerial },
          }
        : terms
          ? { payment: { mode: 'bank' as const, days: 15, payee: terms.payee } }
          : {}),
      remedies: { reconsiderationBody: '赤峰市人民政府', court: '赤峰市红山区人民法院' },
      officers: team.members.map((m) => ({
        name: m.officerName ?? '',
        certificateNumber: m.certificate?.number ?? '',
      })),
      partySignature: { refused: input.refusedToSign },
    };
    await issueDocument(deps, tx, lawCase, 'on_the_spot_decision', model, actor, ctx, {
      number: input.formSerial,
    });
    await trail(tx, lawCase.id, actor, ctx, {
      action: CASE_AUDIT.simpleDecided,
      payload: {
        formSerial: input.formSerial,
        penalty: input.penalty,
        party: input.party.name,
        rule: 'penalty.simple-procedure-limit',
      },
      step: {
        kind: 'simple_decided',
        decision: 'penalty',
        opinion: input.statement,
        data: { penalty: input.penalty },
      },
    });
    // Decided and delivered on the spot: the fine is owed from today (or was collected with a finance receipt).
    if (fine > 0) await port.fineDelivered(tx, deps, lawCase, on, actor, ctx, onSpot);
    return lawCase.id;
  });
}

/** 报所属行政机关备案 (第五十二条第三款): closes the filing-back period. */
export async function fileBack(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof FileBackBody>,
  ctx: AuditContext,
): Promise<void> {
  if (input.filedOn > todayOf(deps)) throw new AppError('CASE_DATE_INVALID', '备案日期不能晚于今天');
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    requireAbility(loaded, 'fileBack', actor);
    if (input.filedOn < (loaded.lawCase.decidedOn ?? input.filedOn))
      throw new AppError('CASE_DATE_INVALID', '备案日期不能早于处罚日期');
    const d = await deadlineQueries.activeFor(tx, 'penalty.simple-filing-back', 'case', caseId);
    if (d) await meetDeadline(tx, d.id, { at: instantOfDay(input.filedOn, nowOf(deps)) }, ctx);
    await caseRepository.update(tx, caseId, { filedBackOn: input.filedOn });
    await trail(tx, caseId, actor, ctx, {
      action: CASE_AUDIT.filedBack,
      payload: { filedOn: input.filedOn, basis: `${PUNISHMENT}第五十二条第三款` },
      step: { kind: 'filed_back' },
    });
  });
}

function serialOf(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(6, '0')}`;
}

/** Allocates a range of pre-numbered forms to an officer; a number may be allocated only once. */
export async function allocateFormBook(
  deps: CaseDeps,
  actor: CaseActor,
  input: z.infer<typeof FormBookBody>,
  ctx: AuditContext,
): Promise<string> {
  if (input.lastNo < input.firstNo) throw new AppError('VALIDATION_FAILED', '截止号不能小于起始号');
  if (input.lastNo - input.firstNo >= 1000) throw new AppError('VALIDATION_FAILED', '每次分配不超过1000份');
  return deps.database.transaction(async (tx) => {
    if (!(await caseRepository.officerUsers(tx)).some((u) => u.id === input.holderId))
      throw new AppError('VALIDATION_FAILED', '领用人应为执法人员账号');
    const serials = Array.from({ length: input.lastNo - input.firstNo + 1 }, (_, i) =>
      serialOf(input.prefix, input.firstNo + i),
    );
    const taken = await catalogueRepository.serialsTaken(tx, serials);
    if (taken.length)
      throw new AppError(
        'FORM_RANGE_TAKEN',
        `编号 ${taken.slice(0, 3).join('、')}${taken.length > 3 ? ` 等${taken.length}个` : ''} 已分配过`,
      );
    const book = await catalogueRepository.insertBook(tx, { ...input, allocatedBy: actor.userId });
    await catalogueRepository.insertNumbers(
      tx,
      serials.map((serial, i) => ({ serial, bookId: book.id, number: input.firstNo + i })),
    );
    await recordAudit(tx, ctx, {
      action: CASE_AUDIT.formBookAllocated,
      objectType: 'form-book',
      objectId: book.id,
      payload: {
        prefix: input.prefix,
        first: serials[0],
        last: serials.at(-1),
        holderId: input.holderId,
        count: serials.length,
      },
    });
    return book.id;
  });
}

/** 作废 or 遗失 of an unused number, with the reason: every number stays accounted for. */
export async function setFormNumberStatus(
  deps: CaseDeps,
  actor: CaseActor,
  serial: string,
  input: z.infer<typeof FormNumberStatusBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const row = await catalogueRepository.lockNumber(tx, serial);
    if (!row) throw new AppError('NOT_FOUND');
    if (row.holderId !== actor.userId && !actor.roles.includes('legal_reviewer'))
      throw new AppError('NOT_FOUND');
    if (row.number.status !== 'allocated')
      throw new AppError('FORM_NUMBER_STATE', '只有已领用未使用的编号可以登记作废或遗失');
    await catalogueRepository.setNumber(tx, serial, {
      status: input.status,
      reason: input.reason,
      changedBy: actor.userId,
      changedAt: new Date(),
    });
    await recordAudit(tx, ctx, {
      action: CASE_AUDIT.formNumberChanged,
      objectType: 'form-number',
      objectId: serial,
      payload: { status: input.status, reason: input.reason },
    });
  });
}
