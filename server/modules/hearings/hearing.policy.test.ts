import { describe, expect, it } from 'vitest';
import {
  HEARING_ACTIONS,
  HEARING_STAGES,
  type HearingAbilities,
  type HearingAction,
  type HearingStage,
} from '../../../common/contracts/hearings.js';
import {
  canSeeHearing,
  hearingAbilities,
  isArranger,
  isMember,
  MAX_AGENTS,
  MAX_POSTPONEMENTS,
  type HearingFacts,
  type HearingPolicyActor,
} from './hearing.policy.js';

const ACTORS = {
  legalReviewer: { userId: 'u-legal', roles: ['legal_reviewer'] },
  leader: { userId: 'u-leader', roles: ['leader'] },
  principal: { userId: 'u-principal', roles: ['principal'] },
  /** A current officer of the case. */
  handler: { userId: 'u-handler', roles: ['officer'] },
  /** A section head who is one of the case's officers. */
  sectionHandler: { userId: 'u-section', roles: ['section_head'] },
  chair: { userId: 'u-chair', roles: ['officer'] },
  clerk: { userId: 'u-clerk', roles: ['officer'] },
  hearingOfficer: { userId: 'u-hofficer', roles: ['officer'] },
  /** An officer who has nothing to do with the case. */
  otherOfficer: { userId: 'u-other', roles: ['officer'] },
  otherSectionHead: { userId: 'u-other-section', roles: ['section_head'] },
  discipline: { userId: 'u-discipline', roles: ['discipline'] },
  finance: { userId: 'u-finance', roles: ['finance'] },
  /** Listed among the case's officers but without an officer's role: not a handler. */
  listedDiscipline: { userId: 'u-listed', roles: ['discipline'] },
  sysadmin: { userId: 'u-sysadmin', roles: ['sysadmin'] },
} satisfies Record<string, HearingPolicyActor>;
type ActorName = keyof typeof ACTORS;

function facts(stage: HearingStage, over: Partial<HearingFacts> = {}): HearingFacts {
  return {
    stage,
    chairId: ACTORS.chair.userId,
    clerkId: ACTORS.clerk.userId,
    officerIds: [ACTORS.hearingOfficer.userId],
    caseOfficerIds: [ACTORS.handler.userId, ACTORS.sectionHandler.userId, ACTORS.listedDiscipline.userId],
    caseVisible: false,
    agents: 0,
    postponements: 0,
    pendingRecusalTargets: [],
    ...over,
  };
}

function allowed(actor: HearingPolicyActor, f: HearingFacts): HearingAction[] {
  const a = hearingAbilities(actor, f);
  return HEARING_ACTIONS.filter((k) => a[k]);
}

const NONE: Record<HearingStage, HearingAction[]> = {
  requested: [],
  arranged: [],
  notified: [],
  postponed: [],
  held: [],
  reported: [],
  terminated: [],
};
const ARRANGER: Record<HearingStage, HearingAction[]> = {
  requested: ['arrange', 'addAgent', 'terminate'],
  arranged: ['arrange', 'addAgent', 'requestRecusal', 'notify', 'postpone', 'terminate'],
  notified: ['addAgent', 'requestRecusal', 'postpone', 'terminate'],
  postponed: ['arrange', 'addAgent', 'terminate'],
  held: [],
  reported: [],
  terminated: [],
};
const HANDLER: Record<HearingStage, HearingAction[]> = {
  requested: ['addAgent'],
  arranged: ['addAgent', 'requestRecusal', 'notify'],
  notified: ['addAgent', 'requestRecusal'],
  postponed: ['addAgent'],
  held: [],
  reported: [],
  terminated: [],
};

/** Who may do what in each stage, with no agents, no postponement and no pending recusal. */
const MATRIX: Record<ActorName, Record<HearingStage, HearingAction[]>> = {
  legalReviewer: ARRANGER,
  leader: ARRANGER,
  principal: ARRANGER,
  handler: HANDLER,
  sectionHandler: HANDLER,
  chair: {
    requested: ['terminate'],
    arranged: ['requestRecusal', 'terminate'],
    notified: ['requestRecusal', 'record', 'terminate'],
    postponed: ['terminate'],
    held: ['report'],
    reported: [],
    terminated: [],
  },
  clerk: { ...NONE, notified: ['record'] },
  hearingOfficer: NONE,
  otherOfficer: NONE,
  otherSectionHead: NONE,
  discipline: NONE,
  finance: NONE,
  listedDiscipline: NONE,
  sysadmin: NONE,
};

const CASES = (Object.keys(MATRIX) as ActorName[]).flatMap((actor) =>
  HEARING_STAGES.map((stage) => [actor, stage, MATRIX[actor][stage]] as const),
);

describe('hearingAbilities: who may do what in each stage', () => {
  it('covers every stage and action of the contract', () => {
    expect(HEARING_STAGES).toEqual([
      'requested',
      'arranged',
      'notified',
      'postponed',
      'held',
      'reported',
      'terminated',
    ]);
    expect(HEARING_ACTIONS).toEqual([
      'arrange',
      'addAgent',
      'requestRecusal',
      'decideRecusal',
      'notify',
      'postpone',
      'record',
      'terminate',
      'report',
    ]);
    expect(CASES).toHaveLength(14 * 7);
  });

  it.each(CASES)('%s in stage %s may: %j', (actor, stage, expected) => {
    expect(allowed(ACTORS[actor], facts(stage))).toEqual(expected);
  });

  it('answers every action, true or false', () => {
    const a: HearingAbilities = hearingAbilities(ACTORS.leader, facts('arranged'));
    expect(Object.keys(a).sort()).toEqual([...HEARING_ACTIONS].sort());
    expect(Object.values(a).every((v) => typeof v === 'boolean')).toBe(true);
  });

  it('unites the abilities of someone who both arranges and chairs', () => {
    const actor = { userId: ACTORS.chair.userId, roles: ['officer', 'legal_reviewer'] } as const;
    expect(allowed(actor, facts('notified'))).toEqual([
      'addAgent',
      'requestRecusal',
      'postpone',
      'record',
      'terminate',
    ]);
    expect(allowed(actor, facts('held'))).toEqual(['report']);
  });

  it('does not make a case officer a handler without an officer or section-head role', () => {
    expect(allowed(ACTORS.listedDiscipline, facts('arranged'))).toEqual([]);
    // ... nor an officer who is not one of the case's officers (a removed one, say).
    expect(
      allowed(ACTORS.handler, facts('arranged', { caseOfficerIds: [ACTORS.sectionHandler.userId] })),
    ).toEqual([]);
  });
});

describe('limits', () => {
  it('allows two agents and one postponement', () => {
    expect(MAX_AGENTS).toBe(2);
    expect(MAX_POSTPONEMENTS).toBe(1);
  });

  it.each([
    [0, true],
    [1, true],
    [2, false],
    [3, false],
  ])('with %i agents, another may be added: %s', (agents, expected) => {
    for (const actor of [ACTORS.legalReviewer, ACTORS.handler, ACTORS.sectionHandler])
      for (const stage of ['requested', 'arranged', 'notified', 'postponed'] as const)
        expect(hearingAbilities(actor, facts(stage, { agents })).addAgent).toBe(expected);
  });

  it('allows no second postponement, and nothing else changes with it', () => {
    for (const stage of ['arranged', 'notified'] as const) {
      expect(hearingAbilities(ACTORS.leader, facts(stage, { postponements: 1 })).postpone).toBe(false);
      expect(hearingAbilities(ACTORS.leader, facts(stage, { postponements: 2 })).postpone).toBe(false);
    }
    expect(allowed(ACTORS.leader, facts('arranged', { postponements: 1 }))).toEqual([
      'arrange',
      'addAgent',
      'requestRecusal',
      'notify',
      'terminate',
    ]);
    // After the one postponement the hearing can be arranged again.
    expect(allowed(ACTORS.leader, facts('postponed', { postponements: 1 }))).toEqual([
      'arrange',
      'addAgent',
      'terminate',
    ]);
  });
});

describe('pending recusal requests', () => {
  const pending = { pendingRecusalTargets: [ACTORS.chair.userId] };

  it('block a new arrangement until decided', () => {
    for (const actor of [ACTORS.legalReviewer, ACTORS.leader, ACTORS.principal]) {
      expect(hearingAbilities(actor, facts('arranged')).arrange).toBe(true);
      expect(hearingAbilities(actor, facts('arranged', pending)).arrange).toBe(false);
    }
  });

  it('block the notice until decided', () => {
    for (const actor of [ACTORS.legalReviewer, ACTORS.leader, ACTORS.handler, ACTORS.sectionHandler]) {
      expect(hearingAbilities(actor, facts('arranged')).notify).toBe(true);
      expect(hearingAbilities(actor, facts('arranged', pending)).notify).toBe(false);
    }
  });

  it('block the hearing itself (the transcript) until decided', () => {
    for (const actor of [ACTORS.chair, ACTORS.clerk]) {
      expect(hearingAbilities(actor, facts('notified')).record).toBe(true);
      expect(hearingAbilities(actor, facts('notified', pending)).record).toBe(false);
    }
  });

  it('are decided by a 负责人 (leader or principal) only, while the hearing is open', () => {
    for (const stage of ['requested', 'arranged', 'notified', 'postponed'] as const) {
      expect(hearingAbilities(ACTORS.leader, facts(stage, pending)).decideRecusal).toBe(true);
      expect(hearingAbilities(ACTORS.principal, facts(stage, pending)).decideRecusal).toBe(true);
      for (const name of ['legalReviewer', 'handler', 'chair', 'clerk', 'discipline'] as const)
        expect(hearingAbilities(ACTORS[name], facts(stage, pending)).decideRecusal, name).toBe(false);
    }
    // Nothing to decide without a pending request.
    expect(hearingAbilities(ACTORS.leader, facts('arranged')).decideRecusal).toBe(false);
    // A terminated or reported hearing is frozen, its recusal requests with it.
    for (const stage of ['held', 'reported', 'terminated'] as const)
      expect(hearingAbilities(ACTORS.leader, facts(stage, pending)).decideRecusal, stage).toBe(false);
  });

  it('are not decided by their own target', () => {
    const leaderChair = { userId: 'u-leader-chair', roles: ['leader'] } as const;
    const f = facts('notified', {
      chairId: leaderChair.userId,
      pendingRecusalTargets: [leaderChair.userId],
    });
    expect(hearingAbilities(leaderChair, f).decideRecusal).toBe(false);
    expect(hearingAbilities(ACTORS.principal, f).decideRecusal).toBe(true);
    // Once a request against someone else is pending too, the target still may not decide any of them here.
    expect(
      hearingAbilities(leaderChair, { ...f, pendingRecusalTargets: [leaderChair.userId, 'u-clerk'] })
        .decideRecusal,
    ).toBe(false);
    // The same person decides a request against another member.
    expect(
      hearingAbilities(leaderChair, { ...f, pendingRecusalTargets: [ACTORS.clerk.userId] }).decideRecusal,
    ).toBe(true);
  });

  it('leave the other abilities as they were', () => {
    expect(allowed(ACTORS.leader, facts('arranged', pending))).toEqual([
      'addAgent',
      'requestRecusal',
      'decideRecusal',
      'postpone',
      'terminate',
    ]);
    expect(allowed(ACTORS.chair, facts('notified', pending))).toEqual(['requestRecusal', 'terminate']);
  });
});

describe('canSeeHearing', () => {
  it.each([
    // Members see their hearing without seeing the case.
    ['chair', false, true],
    ['clerk', false, true],
    ['hearingOfficer', false, true],
    // Arrangers see every hearing.
    ['legalReviewer', false, true],
    ['leader', false, true],
    ['principal', false, true],
    // The others only through the case.
    ['handler', false, false],
    ['handler', true, true],
    ['otherOfficer', false, false],
    ['otherSectionHead', false, false],
    ['discipline', false, false],
    ['discipline', true, true],
    ['finance', false, false],
    ['sysadmin', false, false],
  ] as const)('%s, case visible %s: %s', (name, caseVisible, expected) => {
    expect(canSeeHearing(ACTORS[name], facts('notified', { caseVisible }))).toBe(expected);
  });

  it('does not count a recused member who was removed from the hearing', () => {
    const f = facts('requested', { chairId: null, clerkId: null, officerIds: [] });
    expect(canSeeHearing(ACTORS.chair, f)).toBe(false);
    expect(canSeeHearing(ACTORS.clerk, f)).toBe(false);
  });
});

describe('isArranger and isMember', () => {
  it.each([
    ['legalReviewer', true],
    ['leader', true],
    ['principal', true],
    ['handler', false],
    ['sectionHandler', false],
    ['discipline', false],
    ['sysadmin', false],
  ] as const)('%s arranges hearings: %s', (name, expected) => {
    expect(isArranger(ACTORS[name])).toBe(expected);
  });

  it.each([
    ['chair', true],
    ['clerk', true],
    ['hearingOfficer', true],
    ['handler', false],
    ['leader', false],
  ] as const)('%s is a member: %s', (name, expected) => {
    expect(isMember(ACTORS[name], facts('arranged'))).toBe(expected);
  });
});
