import { describe, expect, it } from 'vitest';
import { CaseSettingsValues, ViolationTypeBody } from '../../../../common/contracts/cases.js';
import {
  collectiveDiscussionRequired,
  hearingEligible,
  legalReviewRequired,
  type ProposedPenalty,
} from './penalty.js';
import { DEFAULT_CASE_SETTINGS } from './settings-defaults.js';
import { BAND_LEVEL_LABELS, BAND_LEVELS } from './types.js';
import { VIOLATION_TYPES } from './violations.data.js';

/**
 * The catalogue and the settings travel through the shared contracts in common/contracts/cases.ts (API, stored
 * versions). These tests keep the two sides in step.
 */
describe('the shared contracts', () => {
  it('accept every catalogue entry as a violation-type body', () => {
    for (const v of VIOLATION_TYPES) {
      const r = ViolationTypeBody.safeParse(v);
      expect(r.error?.issues ?? [], v.code).toEqual([]);
    }
  });

  it('accept the default settings', () => {
    expect(CaseSettingsValues.safeParse(DEFAULT_CASE_SETTINGS).error?.issues ?? []).toEqual([]);
  });

  it('order every band level the contracts label', () => {
    expect([...BAND_LEVELS].sort()).toEqual(Object.keys(BAND_LEVEL_LABELS).sort());
  });

  it('give the same answers with settings stored through the contract (which drops the newer fields)', () => {
    const stored = CaseSettingsValues.parse(DEFAULT_CASE_SETTINGS);
    const penalty: ProposedPenalty = {
      items: [
        { kind: 'fine', amountFen: 1_000_000 },
        { kind: 'confiscate_gains', amountFen: 5_000_000 },
      ],
    };
    for (const party of ['natural', 'legal_person'] as const) {
      expect(hearingEligible(penalty, party, stored)).toEqual(
        hearingEligible(penalty, party, DEFAULT_CASE_SETTINGS),
      );
      expect(legalReviewRequired(penalty, party, [], false, stored)).toEqual(
        legalReviewRequired(penalty, party, [], false, DEFAULT_CASE_SETTINGS),
      );
      expect(collectiveDiscussionRequired(penalty, party, [], stored, true)).toEqual(
        collectiveDiscussionRequired(penalty, party, [], DEFAULT_CASE_SETTINGS, true),
      );
    }
  });
});
