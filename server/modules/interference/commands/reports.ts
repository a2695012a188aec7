/**
 * The monthly report per section (零报告 when nothing was registered), generated from the close-of-case
 * declarations and the registers, for the 主要领导's signature. It prints the register chain's digest up to the
 * month (count, running total and head hash per month): a signed report whose digest no longer matches the chain
 * shows that registers were removed or changed.
 */
import {
  INTERFERENCE_TYPES,
  type InterferenceSettingsBody,
} from '../../../../common/contracts/interference.js';
import type { z } from 'zod';
import {
  localDateOfInstant,
  startOfDayInShanghai,
  addDays,
  parseLocalDate,
  addMonths,
} from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { todayOf, type CaseActor } from '../../cases/index.js';
import { INTERFERENCE_AUDIT } from '../interference.audit.js';
import { interferenceRepository as repo } from '../interference.repository.js';
import { chainMonths, digestUpTo, registerHash, type ChainLink } from '../rules/index.js';
import type { InterferenceDeps } from './shared.js';

/** Shanghai month 'YYYY-MM' of an instant. */
export const monthOf = (d: Date): string => localDateOfInstant(d).slice(0, 7);

/** Every register recomputed in seq order: the chain as it stands. */
export async function chainLinks(db: Db | Tx): Promise<ChainLink[]> {
  const registers = await repo.allRegisters(db);
  const attachments = await repo.attachments(
    db,
    registers.map((r) => r.id),
  );
  return registers.map((r) => {
    const own = attachments.filter((a) => a.registerId === r.id);
    const recomputed = registerHash(r.prevHash, {
      ...r,
      attachments: own.map((a) => ({ kind: a.kind, sm3: a.sm3, fileName: a.fileName, fileSize: a.fileSize })),
    });
    return {
      seq: r.seq,
      registerNo: r.registerNo,
      prevHash: r.prevHash,
      hash: r.hash,
      month: monthOf(r.submittedAt),
      recomputed,
    };
  });
}

function monthBounds(month: string): { from: string; to: string; fromAt: Date; toAt: Date } {
  const from = parseLocalDate(`${month}-01`);
  const to = addDays(addMonths(from, 1), -1);
  return { from, to, fromAt: startOfDayInShanghai(from), toAt: startOfDayInShanghai(addDays(to, 1)) };
}

export async function generateMonthly(
  deps: InterferenceDeps,
  actor: CaseActor,
  month: string,
  ctx: AuditContext,
): Promise<{ generated: number; keptSigned: number }> {
  if (!actor.roles.includes('discipline') && !actor.roles.includes('principal'))
    throw new AppError('FORBIDDEN', '月度报告由纪检监察或主要领导生成');
  const today = todayOf(deps);
  if (month > today.slice(0, 7)) throw new AppError('VALIDATION_FAILED', '不能生成未来月份的报告');
  const { from, to, fromAt, toAt } = monthBounds(month);
  return deps.database.transaction(async (tx) => {
    const [units, closed, declarations, registers, supervision, links] = await Promise.all([
      repo.units(tx),
      repo.casesClosedBetween(tx, from, to),
      repo.declarationsBetween(tx, fromAt, new Date(toAt.getTime() - 1)),
      repo.allRegisters(tx),
      repo.allSupervision(tx),
      chainLinks(tx),
    ]);
    const digest = digestUpTo(chainMonths(links), month);
    const inMonth = registers.filter((r) => monthOf(r.submittedAt) === month);
    const supInMonth = supervision.filter((s) => monthOf(s.recordedAt) === month);
    const caseUnit = await repo.caseUnits(
      tx,
      supInMonth.map((s) => s.caseId),
    );
    let generated = 0;
    let keptSigned = 0;
    for (const u of units) {
      const regs = inMonth.filter((r) => r.caseUnitId === u.id);
      const decl = declarations.filter((d) => d.unitId === u.id);
      const byType: Record<string, number> = {};
      for (const t of INTERFERENCE_TYPES) byType[t] = regs.filter((r) => r.types.includes(t)).length;
      const sup = supInMonth.filter((s) => caseUnit.get(s.caseId) === u.id);
      const row = await repo.upsertReport(tx, {
        month,
        unitId: u.id,
        unitName: u.name,
        figures: {
          casesClosed: closed.filter((c) => c.unitId === u.id).length,
          declarations: decl.length,
          declaredSome: decl.filter((d) => d.answer === 'some').length,
          registers: regs.length,
          byType,
          supervisionRecords: sup.length,
          flaggedSupervision: sup.filter((s) => s.flagged).length,
        },
        zero: regs.length === 0,
        chainDigest: digest,
        generatedBy: actor.userId,
        generatedByName: actor.name,
      });
      if (row) generated++;
      else keptSigned++;
    }
    await recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.reportGenerated,
      objectType: 'interference_report',
      objectId: null,
      payload: {
        month,
        generated,
        keptSigned,
        head: digest.at(-1)?.head ?? null,
        total: digest.at(-1)?.total ?? 0,
      },
    });
    return { generated, keptSigned };
  });
}

export async function signReport(
  deps: InterferenceDeps,
  actor: CaseActor,
  id: string,
  ctx: AuditContext,
): Promise<void> {
  if (!actor.roles.includes('principal')) throw new AppError('FORBIDDEN', '月度报告由主要领导签批');
  await deps.database.transaction(async (tx) => {
    const r = await repo.report(tx, id);
    if (!r) throw new AppError('NOT_FOUND');
    if (r.signedAt) throw new AppError('INTERFERENCE_STATE', '该报告已签批');
    await repo.signReport(tx, id, actor.userId, actor.name);
    await recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.reportSigned,
      objectType: 'interference_report',
      objectId: id,
      payload: { month: r.month, unit: r.unitName, zero: r.zero, digest: r.chainDigest.at(-1) ?? null },
    });
  });
}

export async function saveSettings(
  deps: InterferenceDeps,
  actor: CaseActor,
  input: z.infer<typeof InterferenceSettingsBody>,
  ctx: AuditContext,
): Promise<void> {
  if (!actor.roles.includes('discipline')) throw new AppError('FORBIDDEN', '干预登记设置由纪检监察维护');
  if (input.effectiveFrom < todayOf(deps))
    throw new AppError('SETTINGS_INVALID', '新设置的生效日期不得早于今天（已发生的事项按当时的设置判断）');
  await deps.database.transaction(async (tx) => {
    await repo.saveSettings(tx, {
      effectiveFrom: input.effectiveFrom,
      settings: input.values,
      note: input.note,
      createdBy: actor.userId,
      createdByName: actor.name,
    });
    await recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.settingsChanged,
      objectType: 'interference_settings',
      objectId: null,
      payload: { effectiveFrom: input.effectiveFrom, values: input.values, note: input.note },
    });
  });
}
