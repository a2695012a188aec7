import { APPROVAL_DECISIONS, type ApprovalBody } from '../../../../common/contracts/cases.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/http/errors.js';
import { canDecideApproval } from '../case.policy.js';
import { caseRepository } from '../case.repository.js';
import type { CaseActor, CaseDeps } from '../cases.context.js';
import { decideExtension, decideDecision } from './decision.js';
import { decideFiling } from './filing.js';
import { decidePreservation } from './evidence.js';
import { decideReport } from './report.js';
import { loadForCommand } from './shared.js';

const ALLOWED: Record<string, readonly ApprovalBody['decision'][]> = APPROVAL_DECISIONS;
const DECISION_TEXT = { approve: '同意', reject: '不同意', return: '退回' } as const;

/**
 * Decides a pending approval of a case (立案, 案件审核, 先行登记保存, 办案期限延长, 决定). Checks that this actor may
 * decide it (the right approver, not a handler of the case, not the requester), then runs the kind's effect, all
 * in one transaction with the approval row locked, so two approvers cannot both decide it.
 */
export async function decideApproval(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  approvalId: string,
  input: ApprovalBody,
  ctx: AuditContext,
): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const loaded = await loadForCommand(tx, caseId, actor);
    const approval = await caseRepository.lockApproval(tx, caseId, approvalId);
    if (!approval) throw new AppError('NOT_FOUND');
    if (approval.status !== 'pending') throw new AppError('CASE_STATE', '该审批事项已经处理');
    if (!canDecideApproval(actor, loaded.facts, approval)) {
      if (
        loaded.facts.officers.some((o) => o.userId === actor.userId) ||
        approval.requestedBy === actor.userId
      )
        throw new AppError('CASE_SELF_APPROVAL', '承办人不得审批本人承办案件的事项', {
          basis: '《中华人民共和国行政处罚法》第五十七条、第五十八条（调查与审核、决定相分离）',
          rule: 'penalty.separation-of-review',
        });
      throw new AppError('FORBIDDEN', '您不是该事项的审批人');
    }
    if (!ALLOWED[approval.kind]!.includes(input.decision))
      throw new AppError(
        'VALIDATION_FAILED',
        `该审批事项只能选择：${ALLOWED[approval.kind]!.map((d) => DECISION_TEXT[d]).join('、')}`,
      );
    await caseRepository.decideApproval(tx, approval.id, {
      status:
        input.decision === 'approve' ? 'approved' : input.decision === 'reject' ? 'rejected' : 'returned',
      decidedBy: actor.userId,
      decidedAt: new Date(),
      opinion: input.opinion,
    });
    const { lawCase } = loaded;
    switch (approval.kind) {
      case 'filing':
        return decideFiling(
          deps,
          tx,
          lawCase,
          approval,
          actor,
          input.decision as 'approve' | 'reject',
          input.opinion,
          ctx,
        );
      case 'report':
        return decideReport(
          deps,
          tx,
          loaded,
          actor,
          input.decision as 'approve' | 'return',
          input.opinion,
          ctx,
        );
      case 'preservation':
        return decidePreservation(
          deps,
          tx,
          loaded,
          approval,
          actor,
          input.decision as 'approve' | 'reject',
          input.opinion,
          ctx,
        );
      case 'extension':
        return decideExtension(
          deps,
          tx,
          loaded,
          approval,
          actor,
          input.decision as 'approve' | 'reject',
          input.opinion,
          ctx,
        );
      case 'decision':
        return decideDecision(
          deps,
          tx,
          loaded,
          approval,
          actor,
          input.decision as 'approve' | 'return',
          input.opinion,
          ctx,
        );
    }
  });
}
