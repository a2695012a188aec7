/**
 * The close-of-case declaration: before a case is closed or archived each of its handlers declares 有 or 无
 * 内部人员过问 for it. It is checked against the registers (a "无" beside one's own register, or a "有" without
 * one, is refused), written once and audited. The case module asks through its closing gate (ADR 0008).
 */
import type { z } from 'zod';
import type { DeclarationBody, DeclarationStatus } from '../../../../common/contracts/interference.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { canSeeCase, caseRepository, loadFacts, type CaseActor, type CaseRow } from '../../cases/index.js';
import { INTERFERENCE_AUDIT } from '../interference.audit.js';
import { interferenceRepository as repo } from '../interference.repository.js';
import { BASIS } from '../rules/index.js';
import type { InterferenceDeps } from './shared.js';

/** The states from which a case may be closed (execution module, closingReadiness). */
const CLOSING_STAGES: readonly string[] = ['delivered', 'concluded', 'transfer_pending'];

const DECLARATION_BASIS = `${BASIS.rule}第五条、第十条`;

export async function declare(
  deps: InterferenceDeps,
  actor: CaseActor,
  caseId: string,
  input: z.infer<typeof DeclarationBody>,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const lawCase = await caseRepository.find(tx, caseId);
    if (!lawCase) throw new AppError('NOT_FOUND');
    const facts = await loadFacts(tx, lawCase);
    if (!canSeeCase(actor, facts)) throw new AppError('NOT_FOUND');
    if (!facts.officers.some((o) => o.userId === actor.userId))
      throw new AppError('FORBIDDEN', '只有本案承办人员需要声明有无内部人员过问');
    // At the close, when the whole handling is behind the officer (a declaration made early could not cover it).
    if (!CLOSING_STAGES.includes(lawCase.status))
      throw new AppError(
        'INTERFERENCE_STATE',
        '结案前（决定已送达、不予处罚或移送后）方可声明有无内部人员过问',
        {
          basis: DECLARATION_BASIS,
          rule: 'interference.declaration',
        },
      );
    if ((await repo.declarations(tx, caseId)).some((d) => d.userId === actor.userId))
      throw new AppError(
        'INTERFERENCE_STATE',
        '您已就本案作出声明，声明不得更改；如有遗漏请补充登记过问情况',
      );
    const mine = (await repo.registersOfCase(tx, caseId)).filter((r) => r.recorderId === actor.userId);
    if (input.answer === 'none' && mine.length)
      throw new AppError(
        'INTERFERENCE_DECLARATION',
        `您已就本案登记 ${mine.length} 份内部人员过问登记表，不能声明「无」`,
        { basis: DECLARATION_BASIS, rule: 'interference.declaration' },
      );
    if (input.answer === 'some' && !mine.length)
      throw new AppError(
        'INTERFERENCE_DECLARATION',
        '声明「有」内部人员过问的，请先填写《内部人员过问案件办理行为登记表》并呈报',
        { basis: DECLARATION_BASIS, rule: 'interference.declaration' },
      );
    const row = await repo.insertDeclaration(tx, {
      caseId,
      userId: actor.userId,
      userName: actor.name,
      unitId: actor.unitId,
      answer: input.answer,
      registerCount: mine.length,
    });
    await recordAudit(tx, ctx, {
      action: INTERFERENCE_AUDIT.declared,
      objectType: 'interference_declaration',
      objectId: row.id,
      payload: { caseId, caseNo: lawCase.caseNo, answer: input.answer, registers: mine.length },
    });
  });
}

/** The handlers who have not declared yet (the closing gate's refusal), or null when all have. */
export async function missingDeclarations(
  db: Db | Tx,
  lawCase: CaseRow,
): Promise<{ code: 'INTERFERENCE_DECLARATION'; message: string; basis: string; rule: string } | null> {
  const [officers, declared] = await Promise.all([
    caseRepository.activeOfficers(db, lawCase.id),
    repo.declarations(db, lawCase.id),
  ]);
  const missing = officers.filter((o) => !declared.some((d) => d.userId === o.userId));
  if (!missing.length) return null;
  const names = [
    ...(
      await caseRepository.userNames(
        db,
        missing.map((m) => m.userId),
      )
    ).values(),
  ];
  return {
    code: 'INTERFERENCE_DECLARATION',
    message: `以下承办人员尚未声明本案有无内部人员过问：${names.join('、')}`,
    basis: DECLARATION_BASIS,
    rule: 'interference.declaration',
  };
}

/** Who has declared on a case; the answers only for the declarant and those who may see registers. */
export async function declarationStatus(
  db: Db,
  actor: CaseActor,
  caseId: string,
): Promise<DeclarationStatus> {
  const lawCase = await caseRepository.find(db, caseId);
  if (!lawCase) throw new AppError('NOT_FOUND');
  const facts = await loadFacts(db, lawCase);
  if (!canSeeCase(actor, facts)) throw new AppError('NOT_FOUND');
  const officers = facts.officerRows;
  const [declared, registers, names] = await Promise.all([
    repo.declarations(db, caseId),
    repo.registersOfCase(db, caseId),
    caseRepository.userNames(
      db,
      officers.map((o) => o.userId),
    ),
  ]);
  // The answers are for 纪检 and the 主要领导 — unless the reader is sealed from a register of this case.
  const overseer =
    (actor.roles.includes('discipline') || actor.roles.includes('principal')) &&
    registers.every((r) => r.intervenerId !== actor.userId && !r.sealedFrom.includes(actor.userId));
  const handler = officers.some((o) => o.userId === actor.userId);
  const mineDeclared = declared.find((d) => d.userId === actor.userId);
  return {
    caseId,
    officers: officers.map((o) => {
      const d = declared.find((x) => x.userId === o.userId);
      return {
        userId: o.userId,
        name: names.get(o.userId) ?? '',
        declared: !!d,
        declaredAt: d?.declaredAt.toISOString() ?? null,
        answer: d && (overseer || d.userId === actor.userId) ? d.answer : null,
      };
    }),
    complete: officers.every((o) => declared.some((d) => d.userId === o.userId)),
    mine: handler
      ? {
          canDeclare: !mineDeclared && CLOSING_STAGES.includes(lawCase.status),
          declared: !!mineDeclared,
          registerCount: registers.filter((r) => r.recorderId === actor.userId).length,
        }
      : null,
    basis: DECLARATION_BASIS,
  };
}
