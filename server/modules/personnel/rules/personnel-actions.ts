/**
 * Which personnel action (人事处理) a change of an officer amounts to. Pure: the commands read the facts and record
 * what these say; the interference register's 第6条 is told of every one of them.
 */
import type { DepartureReason, PersonnelActionKind } from '../../../../common/contracts/personnel.js';

/**
 * A position change: leaving a leadership position (`is_leadership`) for one that is not, or for none, is a
 * demotion (降级); any other change is a post change (岗位调整).
 */
export function positionChangeKind(fromLeadership: boolean, toLeadership: boolean): PersonnelActionKind {
  return fromLeadership && !toLeadership ? 'demotion' : 'post_change';
}

/**
 * A departure (调离/离岗). A note naming 辞退 or 开除 makes it a dismissal whatever the reason chosen; otherwise
 * 调离本单位 is a transfer and 调整至非执法岗位 a post change; retirement and a plain resignation (辞职) are `other`
 * (not adverse in themselves, still recorded and told); any other departure is a removal from the enforcement post
 * (免职).
 */
export function departureActionKind(reason: DepartureReason, note: string): PersonnelActionKind {
  if (/辞退|开除/.test(note)) return 'dismissal';
  switch (reason) {
    case 'transferred':
      return 'transfer';
    case 'post_changed':
      return 'post_change';
    case 'retired':
    case 'resigned':
      return 'other';
    case 'other':
      return 'removal';
  }
}
