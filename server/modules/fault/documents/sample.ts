/**
 * One realistic, fictitious fault matter carried from the lead to a decided 复核, as the API presents it
 * (`MatterView`): for the document tests, previews and anyone who needs a full matter. Names are made up (某).
 *
 * The story: a 复议 revoked a penalty because the handler 张某 reported the facts wrongly (第九条第一项); the
 * system proposed 张某 (主要责任) and his section head 王某 (一定责任); the investigators added the approving deputy
 * director 赵某 by hand (with a reason), who then claimed the 集体讨论 exemption against a 严重后果 aggravation.
 * 张某 had a decided fault 10 months before (A2, computed). The decision was served on 张某 but not yet on 王某;
 * 张某 applied for 复核 late, with a justification, and the measures were reduced.
 */
import type { MatterView, PersonRef } from '../../../../common/contracts/fault.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const SAMPLE_AGENCY_NAME = '赤峰市应急管理局';

export const SAMPLE_IDS = {
  matter: id(1),
  case: id(2),
  challenge: id(3),
  handler: id(11),
  sectionHead: id(12),
  approver: id(13),
  investigatorA: id(21),
  investigatorB: id(22),
  inquiry: id(31),
  inquiry2: id(32),
  review: id(41),
  appeal: id(51),
} as const;

const handler: PersonRef = { id: SAMPLE_IDS.handler, name: '张某', unitName: '执法一科' };
const sectionHead: PersonRef = { id: SAMPLE_IDS.sectionHead, name: '王某', unitName: '执法一科' };
const approver: PersonRef = { id: SAMPLE_IDS.approver, name: '赵某', unitName: '局领导' };
const investigatorA: PersonRef = { id: SAMPLE_IDS.investigatorA, name: '刘某', unitName: '机关党总支' };
const investigatorB: PersonRef = { id: SAMPLE_IDS.investigatorB, name: '陈某', unitName: '派驻纪检监察组' };

const RULE9 = '《赤峰市应急管理局行政执法过错责任追究制度》第九条';

/** A decided matter with every record a document can show; a fresh object on every call. */
export function sampleMatter(): MatterView {
  return {
    id: SAMPLE_IDS.matter,
    no: '赤应急过错线〔2026〕3号',
    source: 'reconsideration',
    stage: 'decided',
    caseId: SAMPLE_IDS.case,
    caseNo: '赤应急案〔2025〕41号',
    summary:
      '赤峰市人民政府行政复议决定书（赤政复决字〔2026〕7号）以主要事实不清、证据不足为由，撤销本局对赤峰某化工有限公司作出的行政处罚决定。',
    receivedOn: '2026-03-02',
    subjects: [handler, sectionHead, approver],
    faultTypes: ['F01', 'F11'],
    decidedOn: '2026-05-08',
    autoCreated: true,
    reference: '赤政复决字〔2026〕7号',
    sourceRef: { kind: 'challenge', id: SAMPLE_IDS.challenge, label: '行政复议：撤销（2026年2月27日）' },
    registeredByName: '孙某',
    registeredAt: '2026-03-02T02:15:00.000Z',
    triage: {
      decision: 'investigate',
      decidedOn: '2026-03-05',
      reason: '复议机关以主要事实不清撤销原处罚决定，可能存在承办人员汇报事实有误的情形，需立项调查。',
      byName: '刘某',
    },
    investigators: [investigatorA, investigatorB],
    investigationDueOn: '2026-09-05',
    inquiries: [
      {
        id: SAMPLE_IDS.inquiry,
        person: handler,
        heldAt: '2026-03-12T01:30:00.000Z',
        place: '赤峰市应急管理局三楼谈话室',
        investigators: [investigatorA, investigatorB],
        content:
          '问：你在赤应急案〔2025〕41号案件中担任什么职务？\n答：我是主办执法人员，负责现场检查和调查取证。\n' +
          '问：案件调查报告中认定的储存量是如何得出的？\n答：是根据企业负责人的口头陈述填写的，没有现场核实台账。',
        recordedByName: '陈某',
      },
      {
        id: SAMPLE_IDS.inquiry2,
        person: sectionHead,
        heldAt: '2026-03-13T06:00:00.000Z',
        place: '赤峰市应急管理局三楼谈话室',
        investigators: [investigatorA, investigatorB],
        content: '问：你审核调查报告时是否核对了证据？\n答：我看了笔录，没有逐项核对储存台账。',
        recordedByName: '陈某',
      },
    ],
    finding: {
      faultTypes: ['F01', 'F11'],
      otherBasis: '《危险化学品安全管理条例》第二十四条',
      facts:
        '张某在办理赤应急案〔2025〕41号案件时，未核实企业储存台账，在调查报告中将危险化学品储存量记载为12吨（实际为1.2吨），' +
        '王某审核时未发现，赵某据此批准了从重处罚，复议机关以主要事实不清撤销了该处罚决定。',
      act: '赤应急罚〔2025〕41号行政处罚决定',
      allocationFacts: {
        misreportedBy: [SAMPLE_IDS.handler],
        approvalRequired: true,
        sectionHeadConsented: false,
        faultInChangedPart: true,
      },
      proposedShares: [
        {
          personId: SAMPLE_IDS.handler,
          name: '张某',
          role: 'handler',
          level: 'main',
          rule: 'R1',
          basis: `${RULE9}第一项`,
        },
        {
          personId: SAMPLE_IDS.sectionHead,
          name: '王某',
          role: 'section_head',
          level: 'some',
          rule: 'R1',
          basis: `${RULE9}第一项`,
        },
      ],
      overrideReason: '赵某在审批时未审阅储存台账即批准从重处罚，对决策失误亦有过失，应承担一定责任。',
      grounds: [
        {
          personId: SAMPLE_IDS.handler,
          code: 'A2',
          evidence: '赤应急过错线〔2025〕9号处理决定（2025年7月10日）',
          note: '12个月内第2次发生行政执法过错',
          automatic: true,
        },
        {
          personId: SAMPLE_IDS.sectionHead,
          code: 'M1',
          evidence: '王某于2026年2月20日主动报告审核疏漏的书面说明',
          note: '',
          automatic: false,
        },
        {
          personId: SAMPLE_IDS.approver,
          code: 'E2',
          evidence: '2025年11月3日案件集体讨论记录',
          note: '',
          automatic: false,
        },
        {
          personId: SAMPLE_IDS.approver,
          code: 'A3',
          evidence: '当地媒体2026年3月的报道',
          note: '',
          automatic: false,
        },
      ],
      conflictResolution: '赵某的批准经集体讨论同意，讨论时调查报告所载事实已被隐瞒，认定其不承担责任。',
      foundOn: '2026-04-10',
      foundByName: '刘某',
    },
    people: [
      {
        person: handler,
        role: 'handler',
        level: 'main',
        rule: 'R1',
        treatment: 'heavier',
        proposedMeasures: ['admonition', 'honours_cancelled', 'discipline_referral'],
        proposalNote: '多次发生过错，从重处理。',
        informedOn: '2026-04-13',
        statementDueOn: '2026-04-20',
        statement: {
          kind: 'statement',
          receivedOn: '2026-04-16',
          content: '储存量系企业负责人提供，本人已认识到错误。',
        },
        decidedMeasures: ['admonition', 'honours_cancelled', 'discipline_referral'],
        decisionReason: '',
        disciplineBody: '中共赤峰市应急管理局党组',
        noticeDueOn: '2026-05-18',
        notice: {
          deliveredOn: '2026-05-12',
          method: '直接送达',
          receiverName: '张某',
          late: false,
          lateReason: null,
        },
        reviewDueOn: '2026-06-11',
        currentMeasures: ['admonition', 'honours_cancelled'],
      },
      {
        person: sectionHead,
        role: 'section_head',
        level: 'some',
        rule: 'R1',
        treatment: 'lighter',
        proposedMeasures: ['criticism'],
        proposalNote: '',
        informedOn: '2026-04-13',
        statementDueOn: '2026-04-20',
        statement: { kind: 'waiver', receivedOn: '2026-04-14', content: '放弃陈述和申辩。' },
        decidedMeasures: ['criticism'],
        decisionReason: '',
        disciplineBody: null,
        noticeDueOn: '2026-05-18',
        notice: null,
        reviewDueOn: null,
        currentMeasures: ['criticism'],
      },
      {
        person: approver,
        role: 'approver',
        level: 'some',
        rule: 'manual',
        treatment: 'manual',
        proposedMeasures: [],
        proposalNote: '不承担责任。',
        informedOn: '2026-04-13',
        statementDueOn: '2026-04-20',
        statement: null,
        decidedMeasures: [],
        decisionReason: '行政行为经过集体讨论同意，讨论时所依据的事实已被隐瞒，依第六条第二项不承担责任。',
        disciplineBody: null,
        noticeDueOn: '2026-05-18',
        notice: {
          deliveredOn: '2026-05-25',
          method: '直接送达',
          receiverName: '赵某',
          late: true,
          lateReason: '赵某在外地参加培训，返回后送达。',
        },
        reviewDueOn: '2026-06-24',
        currentMeasures: [],
      },
    ],
    decision: {
      decidedOn: '2026-05-08',
      meeting: '2026年5月8日局党组会议（第12次），参加人员：局党组全体成员',
      byName: '周某',
    },
    reviews: [
      {
        id: SAMPLE_IDS.review,
        person: handler,
        receivedOn: '2026-06-15',
        grounds: '储存量系企业负责人书面确认，本人并非故意，移送党纪政务处分过重。',
        late: true,
        lateJustification: '本人2026年5月13日至6月12日在外地参加安全生产督导，无法按期提出。',
        dueOn: '2026-06-11',
        decidedOn: '2026-07-10',
        result: 'reduced',
        measures: ['admonition', 'honours_cancelled'],
        reason: '张某的过错系过失，未造成人身伤害，移送党纪政务处分的处理偏重，予以减轻。',
      },
    ],
    appeals: [
      {
        id: SAMPLE_IDS.appeal,
        person: handler,
        filedOn: '2026-07-20',
        body: '赤峰市人力资源和社会保障局',
        content: '对复核决定不服，申请撤销处理决定。',
        decidedOn: null,
        outcome: null,
      },
    ],
    closedOn: null,
    closeNote: null,
    abilities: {
      triage: false,
      manage: true,
      decide: false,
      notify: true,
      review: true,
      decideReview: false,
      close: false,
      selfService: false,
    },
    history: [
      {
        at: '2026-03-02T02:15:00.000Z',
        actorName: '孙某',
        action: 'fault.lead-registered',
        label: '登记线索',
      },
      { at: '2026-03-05T03:00:00.000Z', actorName: '刘某', action: 'fault.triaged', label: '立项调查' },
      { at: '2026-05-08T08:00:00.000Z', actorName: '周某', action: 'fault.decided', label: '作出处理决定' },
    ],
  };
}
