import { describe, expect, it } from 'vitest';
import {
  CASE_ACTIONS,
  CASE_STATUSES,
  type CaseAction,
  type CaseStatus,
} from '../../../common/contracts/cases.js';
import { ADMIN_ROLES, permissionsOf, type Role } from '../../../common/roles.js';
import {
  canDecideApproval,
  canSeeCase,
  caseAbilities,
  caseScope,
  type CaseFacts,
  type CasePolicyActor,
  type PendingApprovalFacts,
} from './case.policy.js';

/**
 * The case policy as a role x relationship x status matrix. One case of unit U1, handled by `handler` (lead) and
 * `assistant`, supervised by the leader `leader`; every other actor stands in one relationship to it.
 */
const U1 = 'unit-1';
const U2 = 'unit-2';

const actor = (userId: string, roles: Role[], unitId: string | null): CasePolicyActor => ({
  userId,
  roles,
  unitId,
});

const ACTORS = {
  handler: actor('handler', ['officer'], U1),
  assistant: actor('assistant', ['officer'], U1),
  'officer of the same unit': actor('colleague', ['officer'], U1),
  'officer of another unit': actor('stranger', ['officer'], U2),
  'section head of the unit': actor('head', ['section_head'], U1),
  'section head of another unit': actor('head2', ['section_head'], U2),
  'section head without a unit': actor('head0', ['section_head'], null),
  'supervising leader': actor('leader', ['leader'], null),
  'another leader': actor('leader2', ['leader'], null),
  principal: actor('principal', ['principal'], null),
  'legal reviewer': actor('legal', ['legal_reviewer'], 'unit-legal'),
  discipline: actor('discipline', ['discipline'], null),
  finance: actor('finance', ['finance'], 'unit-finance'),
  sysadmin: actor('sysadmin', ['sysadmin'], null),
  secadmin: actor('secadmin', ['secadmin'], null),
  auditadmin: actor('auditadmin', ['auditadmin'], null),
} satisfies Record<string, CasePolicyActor>;
type ActorName = keyof typeof ACTORS;
const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

function facts(over: Partial<CaseFacts> = {}): CaseFacts {
  return {
    status: 'investigating',
    procedure: 'ordinary',
    unitId: U1,
    supervisingLeaderId: 'leader',
    createdBy: 'handler',
    officers: [
      { userId: 'handler', recusal: 'none' },
      { userId: 'assistant', recusal: 'none' },
    ],
    pending: [],
    hearingStatus: 'not_applicable',
    statementStatus: 'none',
    unreviewedStatements: 0,
    noticeIssued: false,
    legalReviewPending: false,
    preservationsToDecide: 0,
    filedBackOn: null,
    ...over,
  };
}

const approval = (
  kind: PendingApprovalFacts['kind'],
  approverRole: string,
  requestedBy = 'handler',
  level = 1,
): PendingApprovalFacts => ({ kind, level, approverRole, requestedBy });

/** The actions `a` may take, in CASE_ACTIONS order. */
const allowed = (a: CasePolicyActor, f: CaseFacts): CaseAction[] =>
  CASE_ACTIONS.filter((k) => caseAbilities(a, f)[k]);

/** Who among ACTORS may decide the approval. */
const deciders = (f: CaseFacts, p: PendingApprovalFacts): ActorName[] =>
  ACTOR_NAMES.filter((n) => canDecideApproval(ACTORS[n], f, p));

const sorted = (xs: readonly string[]) => [...xs].sort();

// ------------------------------------------------------------------------------------------ visibility

describe('case visibility (canSeeCase, caseScope)', () => {
  const table: [ActorName, boolean, 'all' | 'unit-or-own' | 'own'][] = [
    ['handler', true, 'own'],
    ['assistant', true, 'own'],
    ['officer of the same unit', false, 'own'],
    ['officer of another unit', false, 'own'],
    ['section head of the unit', true, 'unit-or-own'],
    ['section head of another unit', false, 'unit-or-own'],
    ['section head without a unit', false, 'unit-or-own'],
    ['supervising leader', true, 'all'],
    ['another leader', true, 'all'],
    ['principal', true, 'all'],
    ['legal reviewer', true, 'all'],
    ['discipline', true, 'all'],
    ['finance', false, 'own'],
    ['sysadmin', false, 'own'],
    ['secadmin', false, 'own'],
    ['auditadmin', false, 'own'],
  ];

  it('covers every actor of the matrix', () => {
    expect(sorted(table.map(([n]) => n))).toEqual(sorted(ACTOR_NAMES));
  });

  it.each(table)('%s: sees the case = %s, list scope %s', (name, sees, scope) => {
    const a = ACTORS[name];
    expect(canSeeCase(a, facts())).toBe(sees);
    const s = caseScope(a);
    expect(s.kind).toBe(scope);
    if (s.kind === 'unit-or-own')
      expect(s).toEqual({ kind: 'unit-or-own', unitId: a.unitId, userId: a.userId });
    if (s.kind === 'own') expect(s).toEqual({ kind: 'own', userId: a.userId });
  });

  it('lets the officer who registered the case see it although he is not on the team', () => {
    expect(canSeeCase(ACTORS['officer of the same unit'], facts({ createdBy: 'colleague' }))).toBe(true);
  });

  it('hides the case from an officer taken off the team (no longer in the officer list)', () => {
    const f = facts({ officers: [{ userId: 'handler', recusal: 'none' }] });
    expect(canSeeCase(ACTORS.assistant, f)).toBe(false);
  });

  it('lets a section head see the cases of his own unit only', () => {
    const head = ACTORS['section head of the unit'];
    expect(canSeeCase(head, facts({ unitId: U2 }))).toBe(false);
    expect(canSeeCase(ACTORS['section head of another unit'], facts({ unitId: U2 }))).toBe(true);
  });

  it.each(['finance', ...ADMIN_ROLES] as const)(
    '%s sees no case, holds no case permission and may do nothing on any case',
    (role) => {
      const a = ACTORS[role];
      expect(permissionsOf([role]).filter((p) => p.startsWith('case.'))).toEqual([]);
      expect(caseScope(a).kind).toBe('own');
      const rich = {
        pending: [
          approval('filing', 'section_head'),
          approval('decision', 'leader'),
          approval('extension', 'principal'),
        ],
        supervisingLeaderId: null,
        legalReviewPending: true,
        noticeIssued: true,
        unreviewedStatements: 1,
        hearingStatus: 'window_open' as const,
        preservationsToDecide: 1,
      };
      for (const status of CASE_STATUSES)
        for (const procedure of ['ordinary', 'simple'] as const) {
          const f = facts({ status, procedure, ...rich });
          expect(canSeeCase(a, f)).toBe(false);
          expect(allowed(a, f)).toEqual([]);
          for (const p of f.pending) expect(canDecideApproval(a, f, p)).toBe(false);
        }
    },
  );
});

// ------------------------------------------------------------------------------------------ approvals

describe('who decides a pending approval (canDecideApproval)', () => {
  const HEAD_ONLY: ActorName[] = ['section head of the unit'];
  const SUPERVISOR_OR_PRINCIPAL: ActorName[] = ['supervising leader', 'principal'];
  const ANY_LEADER_OR_PRINCIPAL: ActorName[] = ['supervising leader', 'another leader', 'principal'];

  const table: [string, PendingApprovalFacts, string | null, ActorName[]][] = [
    ['立案审批 level 1 (section head)', approval('filing', 'section_head'), 'leader', HEAD_ONLY],
    ['案件审核 (section head)', approval('report', 'section_head'), 'leader', HEAD_ONLY],
    [
      '立案审批 level 1 without a recorded supervising leader',
      approval('filing', 'section_head'),
      null,
      HEAD_ONLY,
    ],
    [
      '立案审批 level 2 (leader)',
      approval('filing', 'leader', 'handler', 2),
      'leader',
      SUPERVISOR_OR_PRINCIPAL,
    ],
    [
      '案件审核 of a unit without a head (leader)',
      approval('report', 'leader'),
      'leader',
      SUPERVISOR_OR_PRINCIPAL,
    ],
    ['先行登记保存 (leader)', approval('preservation', 'leader'), 'leader', SUPERVISOR_OR_PRINCIPAL],
    ['办案期限延长 (leader)', approval('extension', 'leader'), 'leader', SUPERVISOR_OR_PRINCIPAL],
    ['决定审批 (leader)', approval('decision', 'leader'), 'leader', SUPERVISOR_OR_PRINCIPAL],
    [
      '立案审批 level 2 without a recorded supervising leader',
      approval('filing', 'leader', 'handler', 2),
      null,
      ANY_LEADER_OR_PRINCIPAL,
    ],
    [
      '决定审批 without a recorded supervising leader',
      approval('decision', 'leader'),
      null,
      ANY_LEADER_OR_PRINCIPAL,
    ],
    [
      '决定审批 when another person is the supervising leader',
      approval('decision', 'leader'),
      'someone-else',
      ['principal'],
    ],
    ['an approval reserved to the principal', approval('decision', 'principal'), 'leader', ['principal']],
    ['an approval for an unknown approver role', approval('decision', 'board'), null, []],
  ];

  it.each(table)('%s: decided only by the expected actors', (_label, p, supervisor, expected) => {
    expect(deciders(facts({ supervisingLeaderId: supervisor }), p)).toEqual(expected);
  });

  it('lets the section head decide only the first level of his own unit, not of another unit', () => {
    const p = approval('filing', 'section_head');
    expect(deciders(facts({ unitId: U2 }), p)).toEqual(['section head of another unit']);
  });

  it('never lets the section head decide a leader-level approval', () => {
    for (const kind of ['filing', 'preservation', 'extension', 'decision'] as const)
      expect(
        canDecideApproval(
          ACTORS['section head of the unit'],
          facts(),
          approval(kind, 'leader', 'handler', 2),
        ),
      ).toBe(false);
  });

  it('never lets the principal or a leader take the section head level', () => {
    for (const kind of ['filing', 'report'] as const) {
      const p = approval(kind, 'section_head');
      expect(canDecideApproval(ACTORS.principal, facts({ supervisingLeaderId: null }), p)).toBe(false);
      expect(canDecideApproval(ACTORS['supervising leader'], facts(), p)).toBe(false);
    }
  });

  describe('nobody approves their own request or a case they handle', () => {
    const own: [string, CasePolicyActor, CaseFacts, PendingApprovalFacts][] = [
      [
        'a section head who handles the case, at the section head level',
        ACTORS['section head of the unit'],
        facts({ officers: [{ userId: 'head', recusal: 'none' }] }),
        approval('filing', 'section_head', 'handler'),
      ],
      [
        'a section head who made the request himself',
        ACTORS['section head of the unit'],
        facts(),
        approval('report', 'section_head', 'head'),
      ],
      [
        'the supervising leader who made the request himself',
        ACTORS['supervising leader'],
        facts(),
        approval('extension', 'leader', 'leader'),
      ],
      [
        'a leader listed as an officer of the case',
        ACTORS['supervising leader'],
        facts({ officers: [{ userId: 'leader', recusal: 'none' }] }),
        approval('decision', 'leader'),
      ],
      [
        'the principal who made the request himself',
        ACTORS.principal,
        facts(),
        approval('decision', 'leader', 'principal'),
      ],
      [
        'the principal listed as an officer of the case',
        ACTORS.principal,
        facts({ officers: [{ userId: 'principal', recusal: 'pending' }] }),
        approval('decision', 'principal'),
      ],
      ['the handler', ACTORS.handler, facts(), approval('filing', 'section_head')],
      [
        'a handler who is also a section head of the unit',
        actor('handler', ['section_head'], U1),
        facts(),
        approval('report', 'section_head', 'assistant'),
      ],
    ];
    it.each(own)('refuses %s', (_label, a, f, p) => {
      expect(canDecideApproval(a, f, p)).toBe(false);
    });

    it('leaves the principal to decide when the supervising leader requested', () => {
      expect(deciders(facts(), approval('extension', 'leader', 'leader'))).toEqual(['principal']);
    });

    it('leaves the supervising leader to decide when the principal requested', () => {
      expect(deciders(facts(), approval('decision', 'leader', 'principal'))).toEqual(['supervising leader']);
    });
  });
});

// ------------------------------------------------------------------------------------------ abilities

describe('abilities on an ordinary case, by status (caseAbilities)', () => {
  const EVIDENCE: CaseAction[] = ['addEvidence', 'recordInquiry', 'recordInspection'];
  const HANDLER: Record<CaseStatus, CaseAction[]> = {
    filing_review: ['editParties'],
    not_filed: [],
    investigating: [
      'editParties',
      'editViolations',
      ...EVIDENCE,
      'requestPreservation',
      'submitReport',
      'requestExtension',
    ],
    report_review: [...EVIDENCE, 'requestExtension'],
    notice: [...EVIDENCE, 'issueNotice', 'requestExtension'],
    defence: [...EVIDENCE, 'recordStatement', 'closeDefence', 'requestExtension'],
    // A requested hearing opens 听证程序 within the defence stage (第六十四条): statements still come in.
    hearing: [...EVIDENCE, 'recordStatement', 'closeDefence', 'requestExtension'],
    legal_review: ['requestExtension'],
    collective: [],
    decision: [...EVIDENCE, 'submitLegalReview', 'requestDecision', 'requestExtension'],
    decided: ['recordDelivery'],
    delivered: [],
    concluded: [],
    transfer_pending: [],
    closed: [],
    archived: [],
  };
  const HEAD: Partial<Record<CaseStatus, CaseAction[]>> = {
    filing_review: ['assignOfficers'],
    investigating: ['assignOfficers'],
    report_review: ['assignOfficers', 'changeProposal'],
    notice: ['changeProposal'],
    defence: ['changeProposal'],
    decision: ['changeProposal'],
  };
  const LEADER: Partial<Record<CaseStatus, CaseAction[]>> = {
    ...HEAD,
    decision: ['changeProposal', 'recordCollective'],
  };
  /** Everyone not named here may do nothing on an ordinary case by default (the legal reviewer: see below). */
  const expected = (name: ActorName, s: CaseStatus): CaseAction[] => {
    if (name === 'handler' || name === 'assistant') return HANDLER[s];
    if (name === 'section head of the unit') return HEAD[s] ?? [];
    if (name === 'supervising leader' || name === 'another leader' || name === 'principal')
      return LEADER[s] ?? [];
    return [];
  };

  it('the status table names every status', () => {
    expect(sorted(Object.keys(HANDLER))).toEqual(sorted(CASE_STATUSES));
  });

  const rows = CASE_STATUSES.flatMap((s) => ACTOR_NAMES.map((n) => [s, n] as const));
  it.each(rows)('in %s, %s may do exactly what the stage and relationship allow', (s, name) => {
    const want = expected(name, s);
    expect(allowed(ACTORS[name], facts({ status: s }))).toEqual(CASE_ACTIONS.filter((k) => want.includes(k)));
  });

  it('gives a section head who handles the case the handler abilities and no approver ability', () => {
    const a = actor('head', ['section_head'], U1);
    const f = facts({
      status: 'report_review',
      officers: [{ userId: 'head', recusal: 'none' }],
      pending: [approval('report', 'section_head', 'assistant')],
    });
    const got = allowed(a, f);
    expect(got).toEqual(expect.arrayContaining([...EVIDENCE, 'requestExtension', 'assignOfficers']));
    expect(got).not.toContain('reviewReport');
    expect(got).not.toContain('changeProposal');
  });

  it('does not make a legal reviewer or a leader listed on the team a handler', () => {
    for (const a of [actor('legal', ['legal_reviewer'], U1), actor('leader', ['leader'], null)]) {
      const f = facts({ officers: [{ userId: a.userId, recusal: 'none' }] });
      for (const k of ['addEvidence', 'submitReport', 'editParties'] as const)
        expect(caseAbilities(a, f)[k]).toBe(false);
    }
  });
});

describe('abilities that depend on the state of the case', () => {
  const h = ACTORS.handler;
  const table: [string, CaseFacts, CaseAction, boolean][] = [
    ['issues the notice once', facts({ status: 'notice', noticeIssued: true }), 'issueNotice', false],
    [
      'records the notice delivery only after the notice was issued',
      facts({ status: 'notice', noticeIssued: false }),
      'recordNoticeDelivery',
      false,
    ],
    [
      'records the notice delivery after the notice was issued',
      facts({ status: 'notice', noticeIssued: true }),
      'recordNoticeDelivery',
      true,
    ],
    [
      'reviews statements when one is unreviewed',
      facts({ status: 'defence', unreviewedStatements: 1 }),
      'reviewStatement',
      true,
    ],
    ['has nothing to review without statements', facts({ status: 'defence' }), 'reviewStatement', false],
    [
      'records the hearing response while the window is open',
      facts({ status: 'defence', hearingStatus: 'window_open' }),
      'recordHearingResponse',
      true,
    ],
    [
      'records no hearing response after a waiver',
      facts({ status: 'defence', hearingStatus: 'waived' }),
      'recordHearingResponse',
      false,
    ],
    [
      'requests no second preservation while one is pending',
      facts({ pending: [approval('preservation', 'leader')] }),
      'requestPreservation',
      false,
    ],
    [
      'submits no second report while one is pending',
      facts({ pending: [approval('report', 'section_head')] }),
      'submitReport',
      false,
    ],
    [
      'requests no second extension while one is pending',
      facts({ pending: [approval('extension', 'leader')] }),
      'requestExtension',
      false,
    ],
    [
      'submits no legal review while one is pending',
      facts({ status: 'decision', legalReviewPending: true }),
      'submitLegalReview',
      false,
    ],
    [
      'submits no legal review while the decision awaits approval',
      facts({ status: 'decision', pending: [approval('decision', 'leader')] }),
      'submitLegalReview',
      false,
    ],
    [
      'requests no second decision while one is pending',
      facts({ status: 'decision', pending: [approval('decision', 'leader')] }),
      'requestDecision',
      false,
    ],
    [
      'decides on preserved evidence whenever some awaits a decision',
      facts({ status: 'notice', preservationsToDecide: 1 }),
      'decidePreservation',
      true,
    ],
    [
      'declares recusal while his own declaration is pending',
      facts({ officers: [{ userId: 'handler', recusal: 'pending' }] }),
      'declareRecusal',
      true,
    ],
    [
      'declares no recusal on a decided case',
      facts({ status: 'decided', officers: [{ userId: 'handler', recusal: 'pending' }] }),
      'declareRecusal',
      false,
    ],
    [
      'declares no recusal twice',
      facts({ officers: [{ userId: 'handler', recusal: 'none' }] }),
      'declareRecusal',
      false,
    ],
  ];
  it.each(table)('the handler %s', (_label, f, action, want) => {
    expect(caseAbilities(h, f)[action]).toBe(want);
  });

  it('declares recusal only for himself, not for a colleague', () => {
    const f = facts({ officers: [{ userId: 'assistant', recusal: 'pending' }] });
    expect(caseAbilities(h, f).declareRecusal).toBe(false);
    expect(caseAbilities(ACTORS.assistant, f).declareRecusal).toBe(true);
  });

  const approvals: [CaseAction, PendingApprovalFacts, ActorName[]][] = [
    ['approveFiling', approval('filing', 'section_head'), ['section head of the unit']],
    ['reviewReport', approval('report', 'section_head'), ['section head of the unit']],
    ['approveFiling', approval('filing', 'leader', 'handler', 2), ['supervising leader', 'principal']],
    ['approvePreservation', approval('preservation', 'leader'), ['supervising leader', 'principal']],
    ['approveExtension', approval('extension', 'leader'), ['supervising leader', 'principal']],
    ['approveDecision', approval('decision', 'leader'), ['supervising leader', 'principal']],
  ];
  it.each(approvals)('%s (%o) is offered only to %j', (action, p, who) => {
    for (const status of ['filing_review', 'investigating', 'decision'] as const) {
      const f = facts({ status, pending: [p] });
      expect(ACTOR_NAMES.filter((n) => caseAbilities(ACTORS[n], f)[action])).toEqual(who);
    }
  });

  it('offers no approval when nothing is pending', () => {
    for (const n of ACTOR_NAMES) {
      const a = caseAbilities(ACTORS[n], facts({ status: 'decision' }));
      for (const k of [
        'approveFiling',
        'reviewReport',
        'approvePreservation',
        'approveExtension',
        'approveDecision',
      ] as const)
        expect(a[k]).toBe(false);
    }
  });
});

describe('the legal reviewer (giveLegalOpinion)', () => {
  const rows = CASE_STATUSES.flatMap((s) => [true, false].map((pending) => [s, pending] as const));
  it.each(rows)('in %s with a review pending = %s', (status, pending) => {
    const f = facts({ status, legalReviewPending: pending });
    const want = status === 'legal_review' && pending;
    expect(caseAbilities(ACTORS['legal reviewer'], f).giveLegalOpinion).toBe(want);
    expect(allowed(ACTORS['legal reviewer'], f)).toEqual(want ? ['giveLegalOpinion'] : []);
  });

  it('is given to nobody but a legal reviewer', () => {
    const f = facts({ status: 'legal_review', legalReviewPending: true });
    expect(ACTOR_NAMES.filter((n) => caseAbilities(ACTORS[n], f).giveLegalOpinion)).toEqual([
      'legal reviewer',
    ]);
  });
});

describe('abilities on a simple-procedure case', () => {
  const simple = (over: Partial<CaseFacts> = {}) =>
    facts({
      procedure: 'simple',
      status: 'delivered',
      pending: [approval('decision', 'leader')],
      ...over,
    });

  it('lets the handler file the case back until it is filed back, and add evidence', () => {
    expect(allowed(ACTORS.handler, simple())).toEqual(['addEvidence', 'fileBack']);
    expect(allowed(ACTORS.handler, simple({ filedBackOn: '2026-03-02' }))).toEqual(['addEvidence']);
  });

  it.each(ACTOR_NAMES.filter((n) => n !== 'handler' && n !== 'assistant'))(
    'gives %s nothing on a simple case, pending approvals included',
    (name) => {
      for (const status of CASE_STATUSES)
        expect(allowed(ACTORS[name], simple({ status, legalReviewPending: true }))).toEqual([]);
    },
  );

  it('offers fileBack on no ordinary case', () => {
    for (const status of CASE_STATUSES)
      expect(caseAbilities(ACTORS.handler, facts({ status })).fileBack).toBe(false);
  });
});
