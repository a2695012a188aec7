import { describe, expect, it } from 'vitest';
import type { DepartureReason, PersonnelActionKind } from '../../../../common/contracts/personnel.js';
import { departureActionKind, positionChangeKind } from './personnel-actions.js';

describe('which personnel action a change amounts to', () => {
  it.each<[boolean, boolean, PersonnelActionKind]>([
    [true, false, 'demotion'],
    [true, true, 'post_change'],
    [false, true, 'post_change'],
    [false, false, 'post_change'],
  ])('position change from leadership %s to leadership %s: %s', (from, to, kind) => {
    expect(positionChangeKind(from, to)).toBe(kind);
  });

  it.each<[DepartureReason, string, PersonnelActionKind]>([
    ['transferred', '调任市林草局', 'transfer'],
    ['post_changed', '', 'post_change'],
    ['retired', '', 'other'],
    ['resigned', '本人申请辞职', 'other'],
    ['resigned', '依法予以辞退', 'dismissal'],
    ['other', '', 'removal'],
    ['other', '给予开除处分', 'dismissal'],
    ['transferred', '辞退后调出', 'dismissal'],
  ])('departure %s (%s): %s', (reason, note, kind) => {
    expect(departureActionKind(reason, note)).toBe(kind);
  });
});
