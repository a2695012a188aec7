import { HEARING_OUTCOME_LABELS } from '../../../../../common/contracts/hearings.js';
import type { Block, DocSpec, Field } from '../../../../platform/docgen/index.js';
import { dateTimeZh } from '../format.js';
import type { HearingTerminationModel } from '../models.js';
import { para, tick } from '../parts.js';

const GROUNDS = ['withdrawn', 'absent', 'left'] as const;

const CONCLUSION: Record<HearingTerminationModel['ground'], string> = {
  withdrawn: '当事人撤回听证申请，本次听证终止。',
  absent:
    '根据《中华人民共和国行政处罚法》第六十四条第六项的规定，当事人及其代理人无正当理由拒不出席听证的，' +
    '视为放弃听证权利，本局终止听证。',
  left:
    '根据《中华人民共和国行政处罚法》第六十四条第六项的规定，当事人及其代理人未经许可中途退出听证的，' +
    '视为放弃听证权利，本局终止听证。',
};

/**
 * 终止听证记录: the hearing ended without being held to the end — the party withdrew the request, or the party and
 * the agents stayed away without good reason or left without permission, which waives the hearing (行政处罚法
 * 第64条第6项) — with the facts of it, signed by the chair (when the hearing was opened) and the recorder.
 */
export function hearingTermination(m: HearingTerminationModel): DocSpec {
  const rows: Array<Field | Field[]> = [
    { label: '案由', value: m.cause },
    ...(m.caseNo ? [{ label: '案件编号', value: m.caseNo }] : []),
    { label: '当事人', value: m.party.name },
  ];
  if (m.scheduledAt) rows.push({ label: '听证时间', value: dateTimeZh(m.scheduledAt) });
  if (m.chair) rows.push({ label: '听证主持人', value: `${m.chair.name}（${m.chair.position}）` });
  rows.push({ label: '记录人', value: m.recordedBy });
  const blocks: Block[] = [
    { kind: 'fields', rows },
    { kind: 'heading', text: '终止事由：' },
    ...GROUNDS.map((g) => para(`${tick(g === m.ground)}${HEARING_OUTCOME_LABELS[g]}`)),
    { kind: 'heading', text: '终止听证的事实：' },
    para(m.detail),
    para(CONCLUSION[m.ground]),
    {
      kind: 'signatures',
      lines: [
        ...(m.chair ? [{ label: '听证主持人签名', date: m.recordedOn }] : []),
        { label: '记录人签名', date: m.recordedOn },
      ],
    },
  ];
  return {
    issuedAt: m.recordedOn,
    header: m.agency.name,
    title: '终止听证记录',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
