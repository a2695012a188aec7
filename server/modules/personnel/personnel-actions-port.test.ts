import { afterEach, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import {
  notifyPersonnelAction,
  registerPersonnelActionObserver,
  unregisterPersonnelActionObserver,
  type PersonnelActionEvent,
  type PersonnelActionObserver,
} from './personnel-actions-port.js';

const tx = {} as Tx;
const event: PersonnelActionEvent = {
  actionId: '00000000-0000-4000-8000-000000000001',
  kind: 'transfer',
  officerId: '00000000-0000-4000-8000-000000000002',
  userId: null,
  officerName: '李明',
  effectiveOn: '2026-11-25',
  summary: '政策法规科 → 综合科',
  reason: '人员信息变更',
  basis: null,
};

const used: PersonnelActionObserver[] = [];
afterEach(() => {
  for (const o of used.splice(0)) unregisterPersonnelActionObserver(o);
});
function register(o: PersonnelActionObserver) {
  used.push(o);
  registerPersonnelActionObserver(o);
}

describe('the personnel-action observer port', () => {
  it('calls every observer once, in registration order, with the transaction, the event and the context', async () => {
    const calls: string[] = [];
    const ctx = systemContext();
    const a: PersonnelActionObserver = async (t, e, c) => {
      expect([t, e, c]).toEqual([tx, event, ctx]);
      calls.push('a');
    };
    const b: PersonnelActionObserver = async () => {
      calls.push('b');
    };
    register(a);
    register(b);
    register(a);
    await notifyPersonnelAction(tx, event, ctx);
    expect(calls).toEqual(['a', 'b']);
  });

  it('stops at an observer that throws and passes the error on (the caller rolls back)', async () => {
    const calls: string[] = [];
    register(async () => {
      throw new Error('refused');
    });
    register(async () => {
      calls.push('later');
    });
    await expect(notifyPersonnelAction(tx, event, systemContext())).rejects.toThrow('refused');
    expect(calls).toEqual([]);
  });

  it('forgets an unregistered observer', async () => {
    const calls: string[] = [];
    const o: PersonnelActionObserver = async () => {
      calls.push('o');
    };
    register(o);
    unregisterPersonnelActionObserver(o);
    await notifyPersonnelAction(tx, event, systemContext());
    expect(calls).toEqual([]);
  });
});
