import { describe, expect, it } from 'vitest';
import { evidenceRefusals, type RegisterEvidenceInput } from './evidence.js';

const now = new Date('2026-11-25T10:00:00+08:00');
const base: RegisterEvidenceInput = {
  method: 'phone',
  types: ['I6'],
  response: 'refused',
  account: '某副局长来电为当事人说情，要求从轻处理，本人当即拒绝。',
  attachments: ['recording'],
  occurredAt: new Date('2026-11-25T09:00:00+08:00'),
};
const rules = (i: Partial<RegisterEvidenceInput>) =>
  evidenceRefusals({ ...base, ...i }, now).map((r) => r.rule);

describe('the evidence a register needs for its method (第五条)', () => {
  it.each([
    ['phone with its recording', { method: 'phone', attachments: ['recording'] }, []],
    [
      'phone with the reason no recording was possible',
      { method: 'phone', attachments: [], noRecordingReason: '来电时在现场，无法录音' },
      [],
    ],
    ['phone with neither', { method: 'phone', attachments: [] }, ['interference.recording']],
    ['oral with neither', { method: 'oral', attachments: [] }, ['interference.recording']],
    ['oral with a reason', { method: 'oral', attachments: [], noRecordingReason: '当面交谈' }, []],
    ['electronic with the message', { method: 'electronic', attachments: ['message'] }, []],
    [
      'electronic with only a recording',
      { method: 'electronic', attachments: ['recording'] },
      ['interference.message'],
    ],
    ['written with the scan', { method: 'written', attachments: ['paper_scan'] }, []],
    [
      'written without it',
      { method: 'written', attachments: [], noRecordingReason: 'x' },
      ['interference.paper'],
    ],
    [
      'via another person without the intermediary',
      { method: 'via_other', attachments: ['recording'] },
      ['interference.intermediary'],
    ],
    [
      'via another person with name and relation',
      {
        method: 'via_other',
        attachments: ['recording'],
        intermediaryName: '王某',
        intermediaryRelation: '秘书',
      },
      [],
    ],
    ['other without saying how', { method: 'other', attachments: [] }, ['interference.method']],
    ['other explained', { method: 'other', attachments: [], methodNote: '在会议间隙递条子' }, []],
  ] as const)('%s', (_name, input, expected) => {
    expect(rules(input as Partial<RegisterEvidenceInput>)).toEqual(expected);
  });

  it('wants a faithful account, not a placeholder', () => {
    expect(rules({ account: '来电说情' })).toEqual(['interference.account']);
    expect(rules({ account: '   有　人　打　电　话   ' })).toEqual(['interference.account']);
  });

  it('wants an explanation for 其他情形 and for an "other" response', () => {
    expect(rules({ types: ['I8'] })).toEqual(['interference.type-other']);
    expect(rules({ types: ['I8'], typeNote: '要求提前告知检查时间' })).toEqual([]);
    expect(rules({ response: 'other' })).toEqual(['interference.response']);
  });

  it('refuses a time in the future and reports every problem at once', () => {
    const r = evidenceRefusals(
      { ...base, attachments: [], occurredAt: new Date('2026-11-25T11:00:00+08:00'), account: 'x' },
      now,
    );
    expect(r.map((x) => x.rule)).toEqual([
      'interference.account',
      'interference.time',
      'interference.recording',
    ]);
    expect(r[0]!.basis).toContain('第五条');
  });
});
