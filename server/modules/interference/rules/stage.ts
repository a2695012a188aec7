import type { RegisterActionKind, RegisterStage } from '../../../../common/contracts/interference.js';
import { addMonths, type LocalDate } from '../../../kernel/local-date.js';

/** Where a register stands, from its actions in order (the latest decisive one wins). */
export function registerStage(
  actions: readonly { kind: RegisterActionKind; decision: string | null }[],
): RegisterStage {
  let stage: RegisterStage = 'awaiting_instruction';
  for (const a of actions) {
    switch (a.kind) {
      case 'instruction':
        stage = a.decision === 'refer' ? 'referred' : 'filed';
        break;
      case 'verification':
        stage = a.decision === 'established' ? 'established' : 'not_established';
        break;
      case 'outcome':
        if (stage !== 'judicial') stage = 'concluded';
        break;
      case 'judicial_referral':
        stage = 'judicial';
        break;
      case 'escalated':
        break;
    }
  }
  return stage;
}

/**
 * 第六条 protection: an action on `actionOn` against a recorder whose latest register was submitted on
 * `recordedOn` falls within the window of `months` (the day the window ends included). An action before the
 * register is not retaliation for it.
 */
export function withinProtection(recordedOn: LocalDate, actionOn: LocalDate, months: number): boolean {
  return actionOn >= recordedOn && actionOn <= addMonths(recordedOn, months);
}
