/**
 * The 文书 of fault liability (legal-spec §3.8), built from the matter as the API presents it (`MatterView`):
 * the 线索登记表, the 立项审批表, the 调查笔录, the 认定书 with the 第九条 shares and the 第六–八条 grounds, the
 * 处理决定书 for one person with his 复核 and 申诉 rights (第十一、十二、十三条), its 送达回证 and the 复核决定书.
 * Pure: the same matter gives the same spec (and so the same PDF bytes). A document the matter cannot yet have
 * (a decision before the decision, an unknown person or record) is NOT_FOUND.
 */
import {
  FAULT_RULE,
  FAULT_TYPES,
  FAULT_TYPE_LABELS,
  GROUND_ARTICLE,
  GROUND_CODE_LABELS,
  LEAD_SOURCES,
  LEAD_SOURCE_LABELS,
  LIABILITY_LEVEL_LABELS,
  LIABILITY_RULE_LABELS,
  MEASURE_LABELS,
  REVIEW_RESULT_LABELS,
  SOURCE_REF_KIND_LABELS,
  TRAIL_ROLE_LABELS,
  groundKindOf,
  type FaultType,
  type GroundCode,
  type LiabilityRuleCode,
  type MatterView,
  type PersonOutcome,
  type PersonRef,
} from '../../../../common/contracts/fault.js';
import {
  formatLocalDateZh,
  localDateOfInstant,
  parseLocalDate,
  wallTimeInShanghai,
} from '../../../kernel/local-date.js';
import type {
  Block,
  DocSpec,
  ParagraphBlock,
  RichText,
  TableCell,
  TableRow,
} from '../../../platform/docgen/index.js';
import { AppError } from '../../../platform/http/errors.js';
import { BASIS } from '../rules/basis.js';
import { measureText } from '../rules/measures.js';

type Finding = NonNullable<MatterView['finding']>;
type Ground = Finding['grounds'][number];
type Inquiry = MatterView['inquiries'][number];
type Review = MatterView['reviews'][number];

// ------------------------------------------------------------------------------------------- pieces

const GAP = '\u3000';
const BLANK = GAP.repeat(4);
const BLANK_DATE = '　　　年　　月　　日';
const tick = (on: boolean) => (on ? '■' : '□');
const label = (text: string): TableCell => ({ text, align: 'center' });
const para = (text: RichText, indent = 2): ParagraphBlock => ({ kind: 'paragraph', text, indent });
const heading = (text: string): Block => ({ kind: 'heading', text, indent: 2 });
const small = (text: string): ParagraphBlock => ({ kind: 'paragraph', size: 'small', indent: 0, text });
const seal = (agency: string, date: string): Block => ({ kind: 'seal', agency, date, mark: '（印章）' });

const ZH_DIGITS = '〇一二三四五六七八九';
/** 1..99 in Chinese numerals as articles and items are numbered: 一, 十, 十一, 二十三. */
function zh(n: number): string {
  if (n < 10) return ZH_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones === 0 ? '' : ZH_DIGITS[ones]}`;
}

/** '2026-05-08' -> '2026年5月8日'. */
const dateZh = (iso: string) => formatLocalDateZh(parseLocalDate(iso));

/** The civil date of a day ('YYYY-MM-DD') or of an instant (in Shanghai). */
function dayOf(text: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : localDateOfInstant(new Date(text));
}

/** An instant as '2026年3月12日9时30分' (Shanghai). */
function timeZh(instant: string): string {
  const w = wallTimeInShanghai(new Date(instant));
  return `${dateZh(w.slice(0, 10))}${Number(w.slice(11, 13))}时${w.slice(14, 16)}分`;
}

/** Free text without its closing full stop or semicolon, to be set inside a sentence. */
const clause = (text: string) => text.trim().replace(/[。；;.]+$/, '');
/** Free text ending with a full stop unless it already ends with a sentence mark. */
const sentence = (text: string) => (/[。！？；]$/.test(text.trim()) ? text.trim() : `${text.trim()}。`);

const personText = (p: PersonRef) => (p.unitName ? `${p.name}（${p.unitName}）` : p.name);
const peopleText = (ps: readonly PersonRef[]) => ps.map(personText).join('、') || '无';

/** 第五条第一项“主要事实不清，重要证据不足”. */
const faultTypeText = (t: FaultType) =>
  `第五条第${zh(FAULT_TYPES.indexOf(t) + 1)}项“${FAULT_TYPE_LABELS[t]}”`;

/** 第六条第二项“行政行为经过集体讨论、审议、会签同意”. */
const groundName = (c: GroundCode) =>
  `${GROUND_ARTICLE[groundKindOf(c)]}第${zh(Number(c.slice(1)))}项“${GROUND_CODE_LABELS[c]}”`;

function groundText(g: Ground): string {
  const origin = g.automatic ? (g.code === 'A2' ? '（系统依历史记录计算）' : '（系统依案件记录提出）') : '';
  const note = g.note.trim() ? `；说明：${clause(g.note)}` : '';
  return `${groundName(g.code)}，证据：${clause(g.evidence)}${note}${origin}`;
}

/** The article a share rests on, or the investigators' own allocation with their reason. */
function ruleText(rule: LiabilityRuleCode, overrideReason: string | null): string {
  if (rule !== 'manual') return `${FAULT_RULE}${LIABILITY_RULE_LABELS[rule]}`;
  return `调查人员依${BASIS.allocation}的原则认定${overrideReason ? `（理由：${clause(overrideReason)}）` : ''}`;
}

const TREATMENT_TEXT: Record<PersonOutcome['treatment'], string> = {
  exempt: `依${BASIS.exemption}不承担责任`,
  lighter: `依${BASIS.mitigation}可以从轻或者免予追究`,
  heavier: `依${BASIS.aggravation}应当从重追究`,
  normal: '无从轻、从重或者不予追究的情节',
  manual: '不予追究或者从轻情节与从重情节并存，由调查人员认定',
};

function personOf(m: MatterView, personId: string): { outcome: PersonOutcome; index: number } {
  const index = m.people.findIndex((p) => p.person.id === personId);
  if (index < 0) throw new AppError('NOT_FOUND');
  return { outcome: m.people[index]!, index: index + 1 };
}

/** The 处理决定书 of one person exists once the leadership decided on him. */
function decided(m: MatterView, personId: string) {
  const { outcome, index } = personOf(m, personId);
  if (!m.decision || !m.finding || outcome.decidedMeasures === null) throw new AppError('NOT_FOUND');
  return {
    outcome,
    measures: outcome.decidedMeasures,
    decision: m.decision,
    finding: m.finding,
    number: decisionNumber(m, index),
  };
}

/** The 文号 of a person's 处理决定书: the matter's number and his place among the liable persons. */
export const decisionNumber = (m: Pick<MatterView, 'no'>, index: number) => `${m.no}-${index}`;

function opinionCell(text: string, signer: string | null, date: string | null, span: number): TableCell {
  return {
    text,
    colSpan: span,
    valign: 'top',
    footer: `签名：${signer ?? BLANK}${GAP}${GAP}${date ? dateZh(date) : BLANK_DATE}`,
  };
}

// ------------------------------------------------------------------------------------------- 线索登记表

/** 行政执法过错线索登记表: where the lead came from, what it says, whom it concerns, and 纪检's 初核意见. */
export function leadForm(agency: string, m: MatterView): DocSpec {
  const sources = LEAD_SOURCES.map((s) => `${tick(s === m.source)}${LEAD_SOURCE_LABELS[s]}`).join(GAP);
  const reference = [
    m.reference ?? '',
    m.sourceRef ? `关联记录：${SOURCE_REF_KIND_LABELS[m.sourceRef.kind]}（${m.sourceRef.label}）` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const t = m.triage;
  const choice = `${tick(t?.decision === 'investigate')}立项调查${GAP}${tick(t?.decision === 'dismiss')}不予立项`;
  const triage = t ? `${choice}\n${t.reason}` : choice;
  const rows: TableRow[] = [
    { cells: [label('线索编号'), { text: m.no }, label('登记时间'), { text: timeZh(m.registeredAt) }] },
    { cells: [label('线索来源'), { text: sources, colSpan: 3 }] },
    {
      cells: [
        label('关联案件'),
        { text: m.caseNo ?? '无' },
        label('收到日期'),
        { text: dateZh(m.receivedOn) },
      ],
    },
    { cells: [label('来源说明'), { text: reference, colSpan: 3 }] },
    { minLines: 4, cells: [label('线索内容'), { text: m.summary, colSpan: 3, valign: 'top' }] },
    { cells: [label('涉及人员'), { text: peopleText(m.subjects), colSpan: 3 }] },
    {
      cells: [
        label('登记人'),
        { text: m.registeredByName },
        label('系统生成'),
        { text: m.autoCreated ? '是（复议、诉讼结果或期限等记录自动生成）' : '否' },
      ],
    },
    {
      minLines: 3,
      cells: [label('初核意见'), opinionCell(triage, t?.byName ?? null, t?.decidedOn ?? null, 3)],
    },
  ];
  return {
    issuedAt: dayOf(m.registeredAt),
    header: agency,
    title: '行政执法过错线索登记表',
    number: { text: m.no },
    subject: m.caseNo ?? m.no,
    blocks: [
      { kind: 'table', columns: [80, 150, 70, 150], rows },
      small(
        `依据：${BASIS.pursuit}（局党总支、各支部纪检委员配合派驻纪检监察组具体负责过错责任追究工作）。` +
          '初核意见由纪检委员填写：立项调查的，另填《过错责任追究立项审批表》；不予立项的，写明理由。',
      ),
    ],
  };
}

// ------------------------------------------------------------------------------------------- 立项审批表

/** 过错责任追究立项审批表: the lead, the persons to investigate, the investigators, 纪检's opinion, the approval. */
export function approvalForm(agency: string, m: MatterView): DocSpec {
  const t = m.triage;
  if (!t) throw new AppError('NOT_FOUND');
  const opinion =
    `${tick(t.decision === 'investigate')}立项调查${GAP}${tick(t.decision === 'dismiss')}不予立项\n` +
    `理由：${t.reason}`;
  const rows: TableRow[] = [
    { cells: [label('事项编号'), { text: m.no }, label('收到日期'), { text: dateZh(m.receivedOn) }] },
    {
      cells: [
        label('线索来源'),
        { text: LEAD_SOURCE_LABELS[m.source] },
        label('关联案件'),
        { text: m.caseNo ?? '无' },
      ],
    },
    { minLines: 4, cells: [label('线索内容'), { text: m.summary, colSpan: 3, valign: 'top' }] },
    { cells: [label('被调查人员'), { text: peopleText(m.subjects), colSpan: 3 }] },
    {
      cells: [
        label('调查人员'),
        {
          text:
            t.decision === 'investigate'
              ? `${peopleText(m.investigators)}（不少于二人，均无应当回避的情形）`
              : '',
          colSpan: 3,
        },
      ],
    },
    ...(m.investigationDueOn
      ? [{ cells: [label('调查期限'), { text: `${dateZh(m.investigationDueOn)}前`, colSpan: 3 }] }]
      : []),
    {
      minLines: 3,
      cells: [label('纪检委员初核意见'), opinionCell(opinion, t.byName, t.decidedOn, 3)],
    },
    { minLines: 3, cells: [label('派驻纪检监察组意见'), opinionCell('', null, null, 3)] },
    { minLines: 3, cells: [label('主要负责人审批意见'), opinionCell('', null, null, 3)] },
  ];
  return {
    issuedAt: t.decidedOn,
    header: agency,
    title: '过错责任追究立项审批表',
    number: { text: m.no },
    subject: m.caseNo ?? m.no,
    blocks: [
      { kind: 'table', columns: [80, 150, 70, 150], rows },
      small(
        `依据：${BASIS.pursuit}、${BASIS.principle}。调查人员不得少于二人；被调查人员及承办、审核、审批过原案件的人员应当回避。`,
      ),
    ],
  };
}

// ------------------------------------------------------------------------------------------- 调查笔录

/** 调查笔录: time, place, the investigators (two or more), the person, the right to state his case, the content. */
export function inquiryRecord(agency: string, m: MatterView, inquiryId: string): DocSpec {
  const q: Inquiry | undefined = m.inquiries.find((i) => i.id === inquiryId);
  if (!q) throw new AppError('NOT_FOUND');
  const names = q.investigators.map((p) => p.name).join('、');
  const opening =
    `我们是${agency}行政执法过错责任追究调查人员${names}，依据${BASIS.pursuit}的规定，` +
    `就${m.no}行政执法过错责任追究事项${m.caseNo ? `（涉及${m.caseNo}案件）` : ''}的有关情况向你调查了解。` +
    '你应当如实反映情况；你有陈述和申辩的权利。调查人员与本事项有利害关系或者有其他关系可能影响公正调查的，你可以申请回避。';
  const content = q.content
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => para(l, 0));
  return {
    issuedAt: dayOf(q.heldAt),
    header: agency,
    title: '调查笔录',
    subject: m.no,
    blocks: [
      {
        kind: 'fields',
        rows: [
          { label: '调查时间', value: timeZh(q.heldAt) },
          { label: '调查地点', value: q.place },
          { label: '调查人员', value: peopleText(q.investigators) },
          { label: '记录人', value: q.recordedByName },
          [
            { label: '被调查人', value: q.person.name },
            { label: '工作单位', value: q.person.unitName ?? '' },
          ],
          { label: '事项编号', value: m.no },
        ],
      },
      para([{ text: '调查人员：', bold: true }, { text: opening }], 0),
      ...content,
      para('以上笔录已向被调查人宣读（或者交其阅看）。', 0),
      {
        kind: 'signatures',
        note: '以上笔录我看过（或向我宣读过），与我说的相符。',
        lines: [
          { label: '被调查人签名' },
          ...q.investigators.map(() => ({ label: '调查人签名' })),
          { label: '记录人签名' },
        ],
      },
      small('注：笔录每页均须由被调查人签名或者捺指印；被调查人拒绝签名的，由调查人员在笔录上注明。'),
    ],
  };
}

// ------------------------------------------------------------------------------------------- 认定书

function personName(m: MatterView, personId: string): string {
  return (
    m.people.find((p) => p.person.id === personId)?.person.name ??
    m.subjects.find((p) => p.id === personId)?.name ??
    ''
  );
}

/**
 * 行政执法过错责任认定书: the facts, the 第五条 types, the liable persons with their 第九条 shares (and the proposal
 * and the reason where the investigators departed from it), the 第六–八条 grounds with their evidence, the
 * resolution of a conflict, the 拟处理意见, and the right to 陈述申辩 (公务员法 第六十三条).
 */
export function findingDoc(agency: string, m: MatterView): DocSpec {
  const f = m.finding;
  if (!f) throw new AppError('NOT_FOUND');
  const blocks: Block[] = [
    para(
      `根据${BASIS.pursuit}的规定，本局纪检委员配合派驻纪检监察组，` +
        `${m.triage ? `于${dateZh(m.triage.decidedOn)}` : ''}对${m.no}行政执法过错线索（${LEAD_SOURCE_LABELS[m.source]}）` +
        `立项调查，调查人员为${peopleText(m.investigators)}。经调查，现认定如下：`,
    ),
    heading('一、认定的事实'),
    para(sentence(f.facts)),
    para(`发生过错的行政执法行为：${clause(f.act)}${m.caseNo ? `（${m.caseNo}）` : ''}。`),
    heading('二、过错情形'),
    para(`上述行为属于${BASIS.types}规定的下列行政执法过错情形：`),
    ...f.faultTypes.map((t, i) =>
      para(
        `（${zh(i + 1)}）${faultTypeText(t)}${t === 'F11' && f.otherBasis ? `，违反${clause(f.otherBasis)}` : ''}` +
          `${i === f.faultTypes.length - 1 ? '。' : '；'}`,
      ),
    ),
    heading('三、责任人员及责任划分'),
    ...m.people.map((p, i) =>
      para(
        `（${zh(i + 1)}）${personText(p.person)}，${TRAIL_ROLE_LABELS[p.role]}，` +
          `承担${LIABILITY_LEVEL_LABELS[p.level]}。依据：${ruleText(p.rule, null)}。`,
      ),
    ),
  ];
  if (f.overrideReason) {
    const proposal = f.proposedShares.length
      ? f.proposedShares
          .map(
            (s) =>
              `${s.name}（${TRAIL_ROLE_LABELS[s.role]}）承担${LIABILITY_LEVEL_LABELS[s.level]}（${s.basis}）`,
          )
          .join('；')
      : '案件流转记录未能确定第九条规定的责任人员';
    blocks.push(
      para(`系统依${BASIS.allocation}根据案件流转记录提出的责任划分建议为：${proposal}。`),
      para(`调查人员改变上述建议的理由：${sentence(f.overrideReason)}`),
    );
  }
  blocks.push(heading('四、不予追究、从轻和从重情节'));
  m.people.forEach((p, i) => {
    const own = f.grounds.filter((g) => g.personId === p.person.id);
    const list = own.length
      ? own.map(groundText).join('；')
      : `未发现${BASIS.exemption}、第七条、第八条规定的情节`;
    blocks.push(
      para(`（${zh(i + 1)}）${p.person.name}：${list}。处理原则：${TREATMENT_TEXT[p.treatment]}。`),
    );
  });
  const others = f.grounds.filter((g) => !m.people.some((p) => p.person.id === g.personId));
  for (const g of others) blocks.push(para(`${personName(m, g.personId)}：${groundText(g)}。`));
  if (f.conflictResolution)
    blocks.push(para(`免责情节与从重情节并存的，调查人员的认定意见：${sentence(f.conflictResolution)}`));
  blocks.push(
    heading('五、拟处理意见'),
    ...m.people.map((p, i) =>
      para(
        `（${zh(i + 1)}）${p.person.name}：${measureText(p.proposedMeasures)}` +
          `${p.proposalNote.trim() ? `（${clause(p.proposalNote)}）` : ''}${i === m.people.length - 1 ? '。' : '；'}`,
      ),
    ),
    para(
      `以上拟处理意见依据${BASIS.measures}提出，报局领导班子研究决定。` +
        '责任人员对上述认定的事实、理由、依据和拟处理意见，有权进行陈述和申辩，' +
        '可以在告知时明确的期限内以书面或者口头方式向调查人员提出；逾期未提出的，视为放弃陈述和申辩的权利。' +
        `本局对陈述和申辩提出的事实、理由和证据应当进行复核，不因责任人员申辩而加重处理（${BASIS.defence}）。`,
    ),
    {
      kind: 'signatures',
      lines: [{ label: '认定人', name: f.foundByName, date: f.foundOn }],
    },
    seal(agency, f.foundOn),
  );
  return {
    issuedAt: f.foundOn,
    header: agency,
    title: '行政执法过错责任认定书',
    number: { text: m.no },
    subject: m.caseNo ?? m.no,
    blocks,
  };
}

// ------------------------------------------------------------------------------------------- 处理决定书

/**
 * 行政执法过错责任处理决定书 for one person: the facts, the types, his share and its rule, his grounds, the
 * measures decided (第十条) or 免予处理 with the reason, the referral for 党纪政务处分 (第十三条), and the rights:
 * 复核 within 30 days of receipt (第十二条), 申诉, and that neither suspends the decision.
 */
export function decisionDoc(agency: string, m: MatterView, personId: string): DocSpec {
  const { outcome: p, measures, decision, finding: f, number } = decided(m, personId);
  const grounds = f.grounds.filter((g) => g.personId === personId);
  const types = f.faultTypes.map(faultTypeText).join('、');
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        { label: '被处理人', value: p.person.name },
        { label: '工作单位', value: p.person.unitName ?? '' },
        { label: '在过错行为中的职责', value: TRAIL_ROLE_LABELS[p.role] },
      ],
    },
    para(
      `本局依据${BASIS.pursuit}的规定，对${m.no}行政执法过错线索（${LEAD_SOURCE_LABELS[m.source]}）立项调查，` +
        `于${dateZh(f.foundOn)}作出认定。`,
    ),
    para(`经查，${sentence(f.facts)}`),
    para(
      `上述${clause(f.act)}${m.caseNo ? `（${m.caseNo}）` : ''}属于${FAULT_RULE}${types}规定的行政执法过错` +
        `${f.faultTypes.includes('F11') && f.otherBasis ? `（违反${clause(f.otherBasis)}）` : ''}。`,
    ),
    para(
      `${p.rule === 'manual' ? ruleText(p.rule, f.overrideReason) : `依据${ruleText(p.rule, null)}的规定`}，` +
        `你作为${TRAIL_ROLE_LABELS[p.role]}，承担${LIABILITY_LEVEL_LABELS[p.level]}。`,
    ),
  ];
  if (grounds.length)
    blocks.push(
      para(
        `你具有下列情节：${grounds.map(groundText).join('；')}。处理原则：${TREATMENT_TEXT[p.treatment]}。`,
      ),
    );
  if (p.treatment === 'manual' && f.conflictResolution)
    blocks.push(para(`调查人员的认定意见：${sentence(f.conflictResolution)}`));
  if (p.statement?.kind === 'statement')
    blocks.push(
      para(
        `本局于${dateZh(p.informedOn ?? p.statement.receivedOn)}告知你认定的事实和拟处理意见，` +
          `你于${dateZh(p.statement.receivedOn)}提出了陈述和申辩，本局已进行复核。`,
      ),
    );
  else if (p.statement?.kind === 'waiver')
    blocks.push(
      para(
        `本局于${dateZh(p.informedOn ?? p.statement.receivedOn)}告知你认定的事实和拟处理意见，` +
          `你于${dateZh(p.statement.receivedOn)}表示放弃陈述和申辩。`,
      ),
    );
  else if (p.informedOn)
    blocks.push(
      para(`本局于${dateZh(p.informedOn)}告知你认定的事实和拟处理意见，你在规定期限内未提出陈述和申辩。`),
    );
  const reason = p.decisionReason.trim() ? `理由：${sentence(p.decisionReason)}` : '';
  if (measures.length) {
    blocks.push(
      para(
        `本局于${dateZh(decision.decidedOn)}研究决定（${clause(decision.meeting)}），依据${BASIS.measures}的规定，` +
          '决定对你作如下处理：',
      ),
      ...measures.map((ms, i) =>
        para(`（${zh(i + 1)}）${MEASURE_LABELS[ms]}${i === measures.length - 1 ? '。' : '；'}`),
      ),
    );
    if (reason) blocks.push(para(reason));
  } else {
    blocks.push(
      para(
        `本局于${dateZh(decision.decidedOn)}研究决定（${clause(decision.meeting)}），依据${BASIS.measures}的规定，` +
          `决定对你免予处理。${reason}`,
      ),
    );
  }
  if (p.disciplineBody || measures.includes('discipline_referral'))
    blocks.push(
      para(
        `依据${BASIS.discipline}的规定，根据你的错误性质，本局按照有关干部管理权限的规定，` +
          `将你的问题移送${p.disciplineBody ? clause(p.disciplineBody) : '有关机关'}依法依规给予党纪政务处分。`,
      ),
    );
  blocks.push(
    para(
      `你对认定的过错责任及本处理决定有异议的，可以在接到本决定书之日起30日内向本局提出复核申请（${BASIS.review}）；` +
        `对处理决定不服的，也可以依照${BASIS.reviewLaw}的规定向有关部门提出申诉。` +
        `复核、申诉期间，不停止本处理决定的执行（${BASIS.notSuspended.replace(/（.*）$/, '')}）。`,
    ),
    seal(agency, decision.decidedOn),
  );
  return {
    issuedAt: decision.decidedOn,
    header: agency,
    title: '行政执法过错责任处理决定书',
    number: { text: number },
    subject: m.caseNo ?? m.no,
    blocks,
  };
}

// ------------------------------------------------------------------------------------------- 送达回证

/** 送达回证 of a person's 处理决定书: the proof of the written notice within 10 days (第十一条); blanks until served. */
export function receiptForm(agency: string, m: MatterView, personId: string): DocSpec {
  const { outcome: p, decision, number } = decided(m, personId);
  const n = p.notice;
  const remarks = n?.late ? `超过${BASIS.notice}规定的10日期限送达。理由：${n.lateReason ?? ''}` : '';
  return {
    issuedAt: n?.deliveredOn ?? decision.decidedOn,
    header: agency,
    title: '送达回证',
    subject: m.no,
    blocks: [
      {
        kind: 'table',
        columns: [2.8, 3.2, 2.2, 4.2],
        rows: [
          { cells: [label('事项编号'), { text: m.no, colSpan: 3 }] },
          {
            cells: [
              label('送达文书名称及文号'),
              { text: `《行政执法过错责任处理决定书》（${number}）`, colSpan: 3 },
            ],
          },
          { cells: [label('受送达人'), { text: personText(p.person), colSpan: 3 }] },
          {
            cells: [
              label('送达方式'),
              { text: n?.method ?? '' },
              label('送达时间'),
              { text: n ? dateZh(n.deliveredOn) : BLANK_DATE },
            ],
          },
          {
            minLines: 2,
            cells: [
              label('受送达人签名'),
              {
                text: n?.receiverName ?? '',
                colSpan: 3,
                valign: 'top',
                footer: n ? dateZh(n.deliveredOn) : BLANK_DATE,
              },
            ],
          },
          {
            minLines: 2,
            cells: [
              label('送达人签名'),
              { text: '', colSpan: 3, valign: 'top', footer: `签名：${BLANK}${BLANK}` },
            ],
          },
          { minLines: 3, cells: [label('备注'), { text: remarks, colSpan: 3, valign: 'top' }] },
        ],
      },
      small(
        `注：处理决定应当在作出之日起10日内书面通知本人（${BASIS.notice}）；` +
          `本决定于${dateZh(decision.decidedOn)}作出` +
          `${p.noticeDueOn ? `，应于${dateZh(p.noticeDueOn)}前送达` : ''}。` +
          '复核申请期限自受送达人接到决定通知之日起计算。',
      ),
    ],
  };
}

// ------------------------------------------------------------------------------------------- 复核决定书

/**
 * 复核决定书: the application (received, grounds, late and its justification), the original measures against the
 * result, the reason, that 复核 never makes the measure heavier, and the 申诉 route (公务员法 第九十五条).
 */
export function reviewDecisionDoc(agency: string, m: MatterView, reviewId: string): DocSpec {
  const index = m.reviews.findIndex((r) => r.id === reviewId);
  const r: Review | undefined = m.reviews[index];
  if (!r?.decidedOn || !r.result) throw new AppError('NOT_FOUND');
  const { measures: original, decision, number } = decided(m, r.person.id);
  const after = r.result === 'revoked' ? [] : r.result === 'upheld' ? original : (r.measures ?? []);
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        { label: '申请人', value: r.person.name },
        { label: '工作单位', value: r.person.unitName ?? '' },
      ],
    },
    para(
      `申请人对本局于${dateZh(decision.decidedOn)}作出的《行政执法过错责任处理决定书》（${number}）不服，` +
        `于${dateZh(r.receivedOn)}向本局提出复核申请。`,
    ),
  ];
  if (r.late)
    blocks.push(
      para(
        `该申请超过${BASIS.review}规定的30日期限（应于${dateZh(r.dueOn)}前提出）。申请人说明的正当理由：` +
          `${sentence(r.lateJustification ?? '')}本局审查后予以受理。`,
      ),
    );
  blocks.push(
    para(`申请人的主要理由：${sentence(r.grounds)}`),
    para(`原处理决定：${measureText(original)}。`),
    para(`本局经复核认为：${sentence(r.reason ?? '')}`),
    para(
      `依据${BASIS.review}和${BASIS.reviewLaw}的规定，本局决定：${REVIEW_RESULT_LABELS[r.result]}。` +
        (r.result === 'revoked' ? '' : `复核后的处理：${measureText(after)}。`),
    ),
    para(`复核不加重对申请人的处理（${BASIS.noWorse.replace(/（.*）$/, '')}）。`),
    para(
      `申请人对本复核决定不服的，可以自接到本复核决定之日起15日内，依照${BASIS.reviewLaw}的规定向有关部门提出申诉。` +
        '申诉期间，不停止处理决定的执行。',
    ),
    seal(agency, r.decidedOn),
  );
  return {
    issuedAt: r.decidedOn,
    header: agency,
    title: '复核决定书',
    number: { text: `${number}-复${index + 1}` },
    subject: m.caseNo ?? m.no,
    blocks,
  };
}
