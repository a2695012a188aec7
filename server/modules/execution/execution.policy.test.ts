import { describe, expect, it } from 'vitest';
import { fineAbilities, separationBarred, type FineFacts } from './execution.policy.js';
import { closingReadiness } from './commands/closing.js';

const facts = (over: Partial<FineFacts> = {}): FineFacts => ({
  stage: 'due',
  outstandingFen: 500_000,
  procedure: 'ordinary',
  handlerIds: ['officer-1', 'officer-2'],
  involvedIds: ['officer-1', 'officer-2', 'leader-1', 'finance-handler'],
  pendingSchedule: false,
  openChallenge: false,
  undeliveredDemand: false,
  demandDelivered: false,
  courtAwaitingRuling: false,
  courtAwaitingOutcome: false,
  overdue: false,
  ...over,
});

describe('罚缴分离 (fineAbilities)', () => {
  it('lets only finance record payments, never a handler, and not a finance user who handled the case', () => {
    expect(fineAbilities({ userId: 'finance-1', roles: ['finance'] }, facts()).recordPayment).toBe(true);
    expect(fineAbilities({ userId: 'officer-1', roles: ['officer'] }, facts()).recordPayment).toBe(false);
    expect(fineAbilities({ userId: 'leader-1', roles: ['leader'] }, facts()).recordPayment).toBe(false);
    expect(fineAbilities({ userId: 'finance-handler', roles: ['finance'] }, facts()).recordPayment).toBe(
      false,
    );
    expect(separationBarred({ userId: 'finance-handler', roles: ['finance'] }, facts())).toBe(true);
  });
  it('closes payments once paid, and lets handlers demand only when overdue and not challenged', () => {
    const officer = { userId: 'officer-1', roles: ['officer'] as const };
    expect(
      fineAbilities({ userId: 'finance-1', roles: ['finance'] }, facts({ stage: 'paid', outstandingFen: 0 }))
        .recordPayment,
    ).toBe(false);
    expect(fineAbilities(officer, facts()).issueDemand).toBe(false);
    expect(fineAbilities(officer, facts({ overdue: true })).issueDemand).toBe(true);
    expect(fineAbilities(officer, facts({ overdue: true, openChallenge: true })).issueDemand).toBe(false);
    // A challenge in progress can be ended (its result recorded) by a handler, not recorded a second time.
    expect(fineAbilities(officer, facts({ openChallenge: true }))).toMatchObject({
      endChallenge: true,
      recordChallenge: false,
    });
    expect(fineAbilities(officer, facts()).endChallenge).toBe(false);
    expect(fineAbilities(officer, facts({ stage: 'demanded', demandDelivered: true })).applyCourt).toBe(true);
    expect(
      fineAbilities(
        { userId: 'officer-9', roles: ['officer'] },
        facts({ stage: 'demanded', demandDelivered: true }),
      ).applyCourt,
    ).toBe(false);
  });
  it('has deferrals decided by a 负责人 who is not a handler', () => {
    const f = facts({ pendingSchedule: true });
    expect(fineAbilities({ userId: 'leader-2', roles: ['leader'] }, f).decideSchedule).toBe(true);
    expect(fineAbilities({ userId: 'officer-1', roles: ['leader'] }, f).decideSchedule).toBe(false);
    expect(fineAbilities({ userId: 'officer-1', roles: ['officer'] }, f).decideSchedule).toBe(false);
  });
});

describe('结案 readiness (closingReadiness)', () => {
  const base = {
    status: 'delivered' as const,
    procedure: 'ordinary' as const,
    filedBackOn: null,
    fineFen: 500_000,
  };
  it('waits for the fine to be paid, executed or terminated', () => {
    expect(
      closingReadiness(base, { stage: 'due', paidInFullOn: null, amountFen: 500_000, paidFen: 0 }).ready,
    ).toBe(false);
    expect(
      closingReadiness(base, {
        stage: 'paid',
        paidInFullOn: '2026-12-01',
        amountFen: 500_000,
        paidFen: 500_000,
      }),
    ).toMatchObject({ ready: true, suggested: 'executed' });
    expect(
      closingReadiness(base, { stage: 'terminated', paidInFullOn: null, amountFen: 500_000, paidFen: 0 }),
    ).toMatchObject({ ready: true, suggested: 'terminated' });
  });
  it('needs a simple-procedure form filed back, and closes no-penalty and warning-only cases', () => {
    expect(closingReadiness({ ...base, procedure: 'simple', fineFen: 0 }, null).ready).toBe(false);
    expect(
      closingReadiness({ ...base, procedure: 'simple', fineFen: 0, filedBackOn: '2026-11-02' }, null).ready,
    ).toBe(true);
    expect(closingReadiness({ ...base, status: 'concluded', fineFen: null }, null).suggested).toBe(
      'no_penalty',
    );
    expect(closingReadiness({ ...base, status: 'decided' }, null).ready).toBe(false);
    expect(closingReadiness({ ...base, status: 'archived' }, null).ready).toBe(false);
  });
});
