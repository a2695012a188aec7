/**
 * The printed forms of the register: the 《内部人员过问案件办理行为登记表》 (第五条) and the monthly report per
 * section with the register chain's digest. Both are rendered on demand from the immutable rows (same rows, same
 * bytes), so the print is always the record.
 */
import {
  ACTION_KIND_LABELS,
  ATTACHMENT_KIND_LABELS,
  INSTRUCTION_DECISION_LABELS,
  INTERFERENCE_METHODS,
  INTERFERENCE_METHOD_LABELS,
  INTERFERENCE_RESPONSES,
  INTERFERENCE_RESPONSE_LABELS,
  INTERFERENCE_TYPES,
  INTERFERENCE_TYPE_LABELS,
  INTERFERENCE_TYPE_SHORT,
  OUTCOME_KIND_LABELS,
  type MonthlyReportView,
} from '../../../../common/contracts/interference.js';
import { localDateOfInstant, wallTimeInShanghai } from '../../../kernel/local-date.js';
import type { DocSpec, TableCell, TableRow } from '../../../platform/docgen/index.js';
import type { ActionRow, AttachmentRow, RegisterRow } from '../interference.schema.js';
import { BASIS } from '../rules/index.js';

const GAP = '\u3000';
const tick = (on: boolean) => (on ? '■' : '□');
const label = (text: string): TableCell => ({ text, align: 'center' });
const time = (d: Date) => wallTimeInShanghai(d).replace('T', ' ');

function actionText(a: ActionRow): string {
  const head = `${ACTION_KIND_LABELS[a.kind]}（${a.actorName}，${a.decidedOn}）`;
  const decision =
    a.kind === 'instruction' && a.decision
      ? `：${INSTRUCTION_DECISION_LABELS[a.decision as 'file' | 'refer']}`
      : a.kind === 'verification'
        ? `：${a.decision === 'established' ? '属实' : '不属实'}${a.consequence ? '，造成后果或者恶劣影响' : ''}`
        : a.kind === 'outcome' && a.decision
          ? `：${OUTCOME_KIND_LABELS[a.decision as keyof typeof OUTCOME_KIND_LABELS]}`
          : a.kind === 'judicial_referral'
            ? `：移送${a.organ ?? ''}`
            : '';
  return `${head}${decision}\n${a.body}`;
}

/** 《内部人员过问案件办理行为登记表》. */
export function registerForm(
  agencyName: string,
  r: RegisterRow,
  attachments: readonly AttachmentRow[],
  actions: readonly ActionRow[],
): DocSpec {
  const methods = INTERFERENCE_METHODS.map(
    (m) => `${tick(m === r.method)}${INTERFERENCE_METHOD_LABELS[m]}`,
  ).join(GAP);
  const types = INTERFERENCE_TYPES.map(
    (t) => `${tick(r.types.includes(t))}${INTERFERENCE_TYPE_LABELS[t]}`,
  ).join('\n');
  const responses = INTERFERENCE_RESPONSES.map(
    (x) => `${tick(x === r.response)}${INTERFERENCE_RESPONSE_LABELS[x]}`,
  ).join(GAP);
  const evidence = [
    ...attachments.map(
      (a) => `${ATTACHMENT_KIND_LABELS[a.kind]}：${a.fileName}（SM3 ${a.sm3.slice(0, 16)}…）`,
    ),
    ...(r.noRecordingReason ? [`未能录音的原因：${r.noRecordingReason}`] : []),
  ];
  const instruction = actions.filter((a) => a.kind !== 'escalated');
  const rows: TableRow[] = [
    { cells: [label('登记编号'), { text: r.registerNo }, label('登记时间'), { text: time(r.submittedAt) }] },
    { cells: [label('案件编号'), { text: r.caseNo }, label('所处环节'), { text: r.caseStageLabel }] },
    { cells: [label('记录人'), { text: r.recorderName }, label('所在科室'), { text: r.recorderUnitName }] },
    { cells: [label('过问人姓名'), { text: r.intervenerName }, label('职务'), { text: r.intervenerPost }] },
    { cells: [label('过问人单位'), { text: r.intervenerUnit, colSpan: 3 }] },
    { cells: [label('过问时间'), { text: time(r.occurredAt) }, label('地点'), { text: r.place }] },
    {
      cells: [
        label('过问方式'),
        {
          text: [
            methods,
            r.methodNote ? `说明：${r.methodNote}` : '',
            r.intermediaryName ? `转达人：${r.intermediaryName}（${r.intermediaryRelation ?? ''}）` : '',
          ]
            .filter(Boolean)
            .join('\n'),
          colSpan: 3,
        },
      ],
    },
    { minLines: 3, cells: [label('过问内容'), { text: r.content, colSpan: 3, valign: 'top' }] },
    {
      cells: [
        label('干预情形（第七条）'),
        { text: r.typeNote ? `${types}\n说明：${r.typeNote}` : types, colSpan: 3 },
      ],
    },
    {
      cells: [
        label('办案人员处理情况（第四条）'),
        { text: r.responseNote ? `${responses}\n${r.responseNote}` : responses, colSpan: 3 },
      ],
    },
    { minLines: 4, cells: [label('如实记录的文字材料'), { text: r.account, colSpan: 3, valign: 'top' }] },
    { cells: [label('留存材料'), { text: evidence.join('\n') || '无', colSpan: 3 }] },
    ...(r.correctsId
      ? [{ cells: [label('更正说明'), { text: r.correctionNote ?? '', colSpan: 3 }] } as TableRow]
      : []),
    {
      minLines: 3,
      cells: [
        label(r.route === 'principal' ? '主要领导批示' : '纪检监察意见（过问人为主要领导）'),
        {
          text: instruction.map(actionText).join('\n\n'),
          colSpan: 3,
          valign: 'top',
          footer: instruction.length ? undefined : '签名：　　　　　　年　　月　　日',
        },
      ],
    },
  ];
  return {
    issuedAt: localDateOfInstant(r.submittedAt),
    header: agencyName,
    title: '内部人员过问案件办理行为登记表',
    number: { text: r.registerNo },
    subject: r.caseNo,
    blocks: [
      { kind: 'table', columns: [80, 150, 70, 150], rows },
      {
        kind: 'paragraph',
        size: 'small',
        indent: 0,
        text: `依据：${BASIS.record}。本表提交后不得修改或删除，更正须另行登记；登记簿第 ${r.seq} 条，SM3 摘要 ${r.hash}，前序摘要 ${r.prevHash}。`,
      },
      {
        kind: 'signatures',
        note: '本人保证以上记录全面、如实。',
        lines: [{ label: '记录人签名', name: r.recorderName, date: localDateOfInstant(r.submittedAt) }],
      },
    ],
  };
}

/** 内部人员干预执法办案情况月度报告 (零报告), for one section and month. */
export function monthlyReportForm(agencyName: string, v: MonthlyReportView): DocSpec {
  const f = v.figures;
  const [year, month] = v.month.split('-');
  const typeLine = INTERFERENCE_TYPES.filter((t) => (f.byType[t] ?? 0) > 0)
    .map((t) => `${INTERFERENCE_TYPE_SHORT[t]} ${f.byType[t]} 件`)
    .join('；');
  const digestRows: TableRow[] = [
    {
      cells: [label('月份'), label('本月登记（条）'), label('累计（条）'), label('月末链头 SM3 摘要')],
    },
    ...v.chainDigest.map((m) => ({
      cells: [label(m.month), label(String(m.count)), label(String(m.total)), { text: m.head }],
    })),
  ];
  return {
    issuedAt: v.signedAt
      ? localDateOfInstant(new Date(v.signedAt))
      : localDateOfInstant(new Date(v.generatedAt)),
    header: agencyName,
    title: v.zero ? '内部人员干预执法办案情况月度零报告' : '内部人员干预执法办案情况月度报告',
    number: { text: `${year}年${Number(month)}月 · ${v.unitName}`, align: 'center' },
    subject: `${v.unitName} ${v.month}`,
    blocks: [
      {
        kind: 'paragraph',
        text: v.zero
          ? `${year}年${Number(month)}月，${v.unitName}办结案件 ${f.casesClosed} 件，承办人员作出结案声明 ${f.declarations} 人次，均未登记内部人员过问案件办理行为，特此零报告。`
          : `${year}年${Number(month)}月，${v.unitName}办结案件 ${f.casesClosed} 件，承办人员作出结案声明 ${f.declarations} 人次（声明有过问 ${f.declaredSome} 人次），登记《内部人员过问案件办理行为登记表》${f.registers} 份（${typeLine}），均已按规定呈报批示（过问人为主要领导的，改报派驻纪检监察组）。`,
      },
      {
        kind: 'paragraph',
        text: `本月登记监督指导工作记录 ${f.supervisionRecords} 条，其中口头提出指导或纠正意见待复核 ${f.flaggedSupervision} 条。`,
      },
      { kind: 'heading', text: '登记簿摘要链（截至本月末，全局）' },
      { kind: 'table', columns: [60, 70, 60, 260], rows: digestRows, headerRows: 1 },
      {
        kind: 'paragraph',
        size: 'small',
        indent: 0,
        text: `依据：${BASIS.record}、${BASIS.files}。摘要链逐条以 SM3 连接；如最新登记被删除或改动，本表所载条数或链头摘要将与登记簿不符，可由纪检监察或审计管理员校验发现。本报告仅载数量，不载登记内容。`,
      },
      {
        kind: 'signatures',
        lines: [
          { label: '生成人', name: v.generatedByName, date: localDateOfInstant(new Date(v.generatedAt)) },
          {
            label: '主要领导签批',
            name: v.signedByName ?? undefined,
            date: v.signedAt ? localDateOfInstant(new Date(v.signedAt)) : undefined,
          },
        ],
      },
    ],
  };
}
