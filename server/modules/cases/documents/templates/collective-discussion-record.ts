import type { Block, DocSpec } from '../../../../platform/docgen/index.js';
import { dateOf, timeRangeZh } from '../format.js';
import type { CollectiveDiscussionRecordModel, Person } from '../models.js';
import { para } from '../parts.js';

const people = (ps: Person[]) => ps.map((p) => `${p.name}（${p.position}）`).join('、');

/**
 * 集体讨论记录: when and where, who chaired, took part, attended and recorded, the case as reported, each
 * participant's view, and the conclusion (行政处罚法 第57条第2款).
 */
export function collectiveDiscussionRecord(m: CollectiveDiscussionRecordModel): DocSpec {
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        { label: '案由', value: m.cause },
        ...(m.caseNo ? [{ label: '案件编号', value: m.caseNo }] : []),
        { label: '当事人', value: m.partyName },
        { label: '讨论时间', value: timeRangeZh(m.startedAt, m.endedAt) },
        { label: '讨论地点', value: m.place },
        { label: '主持人', value: people([m.chair]) },
        { label: '参加人员', value: people(m.participants) },
        ...(m.attendees?.length ? [{ label: '列席人员', value: people(m.attendees) }] : []),
        { label: '记录人', value: people([m.recorder]) },
      ],
    },
    { kind: 'heading', text: '一、案情汇报' },
    para([{ text: `${m.report.by.name}（${m.report.by.position}）：`, bold: true }, { text: m.report.text }]),
    { kind: 'heading', text: '二、讨论意见' },
    ...m.speeches.map((s) => para([{ text: `${s.speaker}：`, bold: true }, { text: s.text }])),
    { kind: 'heading', text: '三、讨论决定' },
    para(m.conclusion.text),
    {
      kind: 'signatures',
      lines: [
        { label: '主持人签名', date: null },
        ...m.participants.map(() => ({ label: '参加人员签名', date: null })),
        { label: '记录人签名', date: null },
      ],
    },
  ];
  return {
    issuedAt: dateOf(m.startedAt),
    header: m.agency.name,
    title: '集体讨论记录',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
