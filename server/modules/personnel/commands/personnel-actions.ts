import type { z } from 'zod';
import {
  PERSONNEL_ACTION_LABELS,
  type PersonnelActionBody,
  type PersonnelActionKind,
  type PersonnelActionSource,
} from '../../../../common/contracts/personnel.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { officerRepository } from '../officer.repository.js';
import { PERSONNEL_AUDIT } from '../personnel.audit.js';
import type { PersonnelDeps } from '../personnel.context.js';
import { notifyPersonnelAction } from '../personnel-actions-port.js';
import { personnelActionRepository } from '../personnel-action.repository.js';
import { canRecordPersonnelAction, canSeeOfficer, type PersonnelActor } from '../personnel.policy.js';
import type { PersonnelActionRow } from '../personnel.schema.js';

/** One action to record against an officer. */
export interface NewPersonnelAction {
  kind: PersonnelActionKind;
  effectiveOn: string;
  summary: string;
  reason: string;
  basis: string | null;
  documentNo: string | null;
  source: PersonnelActionSource;
}

/** The reason of an action written by an officer change that gave none. */
export const DEFAULT_ACTION_REASON = '人员信息变更';

const SUMMARY_MAX = 300;

/**
 * Records personnel actions against one officer inside the caller's transaction: each row is written and the
 * registered observers told (personnel-actions-port.ts), then one `personnel.action-recorded` audit event per
 * action. Call it once per transaction, before the caller's own audit events (the observers may open deadlines,
 * which take the calendar lock before the audit-chain lock). An observer's refusal propagates: the caller's whole
 * transaction rolls back.
 */
export async function recordPersonnelActions(
  tx: Tx,
  officer: { id: string; name: string; userId: string | null },
  actions: readonly NewPersonnelAction[],
  ctx: AuditContext,
): Promise<PersonnelActionRow[]> {
  const rows: PersonnelActionRow[] = [];
  for (const a of actions) {
    const summary = a.summary.length > SUMMARY_MAX ? `${a.summary.slice(0, SUMMARY_MAX - 1)}…` : a.summary;
    const row = await personnelActionRepository.insert(tx, {
      officerId: officer.id,
      userId: officer.userId,
      kind: a.kind,
      effectiveOn: a.effectiveOn,
      summary,
      reason: a.reason,
      basis: a.basis,
      documentNo: a.documentNo,
      source: a.source,
      recordedBy: ctx.actor.id,
      recordedByName: ctx.actor.name,
    });
    await notifyPersonnelAction(
      tx,
      {
        actionId: row.id,
        kind: row.kind,
        officerId: officer.id,
        userId: officer.userId,
        officerName: officer.name,
        effectiveOn: row.effectiveOn,
        summary: row.summary,
        reason: row.reason,
        basis: row.basis,
      },
      ctx,
    );
    rows.push(row);
  }
  for (const row of rows)
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.actionRecorded,
      objectType: 'officer',
      objectId: officer.id,
      payload: {
        actionId: row.id,
        name: officer.name,
        userId: row.userId,
        kind: row.kind,
        effectiveOn: row.effectiveOn,
        summary: row.summary,
        reason: row.reason,
        basis: row.basis,
        documentNo: row.documentNo,
        source: row.source,
      },
    });
  return rows;
}

/**
 * 登记人事处理 (政策法规科, `personnel.manage`): an action decided elsewhere — an appraisal of 基本称职 or 不称职, a
 * demotion, a removal, a dismissal, a transfer out of the bureau — recorded against an officer, audited and told
 * to the observers. Any valid effective date is accepted (a decision may take effect later, or be recorded late).
 * Certificate actions are not recorded here: the certificate procedures record them themselves.
 * @throws AppError NOT_FOUND, SELF_QUALIFICATION, FORBIDDEN
 */
export async function recordPersonnelAction(
  deps: PersonnelDeps,
  actor: PersonnelActor,
  officerId: string,
  input: z.output<typeof PersonnelActionBody>,
  ctx: AuditContext,
): Promise<string> {
  return deps.database.transaction(async (tx) => {
    await officerRepository.lock(tx, officerId);
    const o = await officerRepository.find(tx, officerId);
    if (!o || !canSeeOfficer(actor, o)) throw new AppError('NOT_FOUND');
    // Nobody records an action against himself (separation of duties, as for every qualification record).
    if (o.userId && o.userId === actor.userId) throw new AppError('SELF_QUALIFICATION');
    if (!canRecordPersonnelAction(actor, o)) throw new AppError('FORBIDDEN');
    const [row] = await recordPersonnelActions(
      tx,
      o,
      [
        {
          kind: input.kind,
          effectiveOn: input.effectiveOn,
          summary: input.summary ?? PERSONNEL_ACTION_LABELS[input.kind],
          reason: input.reason,
          basis: input.basis,
          documentNo: input.documentNo,
          source: 'manual',
        },
      ],
      ctx,
    );
    return row!.id;
  });
}
