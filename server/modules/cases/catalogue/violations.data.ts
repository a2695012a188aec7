import type { LocalDate } from '../../../kernel/local-date.js';
import type { DiscretionBand, PenaltyKind, ViolationType } from './types.js';
import { BUSINESS_PARTY_KINDS } from './types.js';

/**
 * The starting catalogue of 违法行为 under the 安全生产法 (2021 amendment) with a proposed discretion baseline.
 *
 * - Provisions and `statutoryRange` are [法-V]: article numbers, items and amounts were checked against
 *   laws/安全生产法(2021-06-10).md, and `statutoryRange.text` quotes it verbatim (catalogue.test.ts re-checks).
 * - Bands are [推]: a proposed baseline for the bureau to adopt, amend and publish as its own 裁量基准
 *   (《中华人民共和国行政处罚法》第三十四条). Where 应急管理部 or 内蒙古 publish a binding baseline, it wins.
 * - The unit-level articles also fine 直接负责的主管人员和其他直接责任人员. Those persons are separate parties with
 *   separate decisions (and a lower hearing threshold); only the 第一百零二条 persons' fine has its own entry so
 *   far, the others are named in each entry's note.
 * - Not catalogued: fines as a share of last year's income (第九十五条、第九十六条 after an accident, 第一百一十条) and
 *   accident fines on the unit (第一百一十四条) need a different amount model; 第一百条 and 烟花爆竹/危险化学品 rules
 *   refer to regulations that are not in laws/.
 */
export const VIOLATION_CATALOGUE_META = {
  version: 1,
  /** The 2021 amendment of the 安全生产法 took effect on 2021-09-01 (修改决定; not part of the text in laws/). */
  effectiveFrom: '2021-09-01' as LocalDate,
  law: '《中华人民共和国安全生产法》（2021年修正）',
  provisionsSourceTag: '法-V',
  bandsSourceTag: '推',
  bandsNote:
    '裁量档次为本系统提出的基准建议，须经本局审定并向社会公布后方可适用（《中华人民共和国行政处罚法》第三十四条）',
} as const;

const AQSCF = '《中华人民共和国安全生产法》';

/** n 万元 in fen. */
const wan = (n: number) => Math.round(n * 1_000_000);

const SUSPEND: PenaltyKind[] = ['order_suspension'];

const FIRST_VIOLATION_NOTE =
  '初次违法且危害后果轻微并及时改正的，可以不予行政处罚；违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚（《中华人民共和国行政处罚法》第三十三条第一款）';

const OVERDUE = '责令限期改正期限届满后仍未改正的';

function persons(amount: string): string {
  return `对其直接负责的主管人员和其他直接责任人员${amount}，须另行立案或者另列当事人作出决定`;
}

/**
 * 第九十七条 and 第一百零一条: 责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上
 * 二十万元以下的罚款.
 */
function bandsUpTo200k(minor: string, general: string, serious: string): DiscretionBand[] {
  return [
    {
      level: 'minor',
      circumstances: minor,
      fineMinFen: 0,
      fineMaxFen: wan(2),
      otherPenalties: [],
      note: FIRST_VIOLATION_NOTE,
    },
    { level: 'general', circumstances: general, fineMinFen: wan(2), fineMaxFen: wan(5), otherPenalties: [] },
    { level: 'serious', circumstances: serious, fineMinFen: wan(5), fineMaxFen: wan(10), otherPenalties: [] },
    {
      level: 'especially_serious',
      circumstances: OVERDUE,
      fineMinFen: wan(10),
      fineMaxFen: wan(20),
      otherPenalties: SUSPEND,
      note: persons('处二万元以上五万元以下的罚款'),
    },
  ];
}

/**
 * 第九十九条: 责令限期改正，处五万元以下的罚款；逾期未改正的，处五万元以上二十万元以下的罚款 …；情节严重的，责令
 * 停产停业整顿.
 */
function bandsArticle99(minor: string, general: string, severe: string): DiscretionBand[] {
  return [
    {
      level: 'minor',
      circumstances: minor,
      fineMinFen: 0,
      fineMaxFen: wan(2),
      otherPenalties: [],
      note: FIRST_VIOLATION_NOTE,
    },
    { level: 'general', circumstances: general, fineMinFen: wan(2), fineMaxFen: wan(5), otherPenalties: [] },
    {
      level: 'serious',
      circumstances: OVERDUE,
      fineMinFen: wan(5),
      fineMaxFen: wan(10),
      otherPenalties: [],
      note: persons('处一万元以上二万元以下的罚款'),
    },
    {
      level: 'especially_serious',
      circumstances: `${OVERDUE.slice(0, -1)}，且情节严重的（${severe}）`,
      fineMinFen: wan(10),
      fineMaxFen: wan(20),
      otherPenalties: SUSPEND,
      note: persons('处一万元以上二万元以下的罚款'),
    },
  ];
}

/**
 * 第一百零四条、第一百零五条: 责令限期改正，处五万元以下的罚款，对…处一万元以下的罚款；逾期未改正的，责令停产停业
 * （整顿）. The overdue band adds no fine.
 */
function bandsUpTo50kThenSuspend(
  minor: string,
  general: string,
  serious: string,
  suspension: string,
): DiscretionBand[] {
  return [
    {
      level: 'minor',
      circumstances: minor,
      fineMinFen: 0,
      fineMaxFen: wan(1),
      otherPenalties: [],
      note: FIRST_VIOLATION_NOTE,
    },
    { level: 'general', circumstances: general, fineMinFen: wan(1), fineMaxFen: wan(3), otherPenalties: [] },
    {
      level: 'serious',
      circumstances: serious,
      fineMinFen: wan(3),
      fineMaxFen: wan(5),
      otherPenalties: [],
    },
    {
      level: 'especially_serious',
      circumstances: OVERDUE,
      fineMinFen: null,
      fineMaxFen: null,
      otherPenalties: SUSPEND,
      note: `${suspension}；本档不另处罚款`,
    },
  ];
}

const A97 =
  '生产经营单位有下列行为之一的，责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款';
const A98 =
  '生产经营单位有下列行为之一的，责令停止建设或者停产停业整顿，限期改正，并处十万元以上五十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款；逾期未改正的，处五十万元以上一百万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处五万元以上十万元以下的罚款';
const A99 =
  '生产经营单位有下列行为之一的，责令限期改正，处五万元以下的罚款；逾期未改正的，处五万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款；情节严重的，责令停产停业整顿';
const A101 =
  '生产经营单位有下列行为之一的，责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款';
const A102 =
  '生产经营单位未采取措施消除事故隐患的，责令立即消除或者限期消除，处五万元以下的罚款；生产经营单位拒不执行的，责令停产停业整顿，对其直接负责的主管人员和其他直接责任人员处五万元以上十万元以下的罚款';
const A105 =
  '生产经营单位有下列行为之一的，责令限期改正，处五万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以下的罚款；逾期未改正的，责令停产停业整顿';

const quote = (intro: string, item: string) => `${intro}……${item}`;

const RANGE_97 = { fineMinFen: 0, fineMaxFen: wan(20), kinds: ['fine', 'order_suspension'] as PenaltyKind[] };
const RANGE_99 = { fineMinFen: 0, fineMaxFen: wan(20), kinds: ['fine', 'order_suspension'] as PenaltyKind[] };
const RANGE_105 = { fineMinFen: 0, fineMaxFen: wan(5), kinds: ['fine', 'order_suspension'] as PenaltyKind[] };

const PERSONS_97 = persons('在逾期未改正时处二万元以上五万元以下的罚款');
const PERSONS_99 = persons('在逾期未改正时处一万元以上二万元以下的罚款');

/** Shared fields of the entries against the 生产经营单位 itself. */
const unit: Pick<ViolationType, 'appliesTo' | 'sourceTag' | 'correctionOrder'> = {
  appliesTo: [...BUSINESS_PARTY_KINDS],
  sourceTag: '法-V',
  correctionOrder: true,
};

export const VIOLATION_TYPES: readonly ViolationType[] = [
  // 主要负责人、其他负责人 (natural persons)
  {
    code: 'AQSCF-94',
    name: '生产经营单位的主要负责人未履行本法规定的安全生产管理职责',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第五条、第二十一条`,
    penaltyProvision: `${AQSCF}第九十四条第一款`,
    statutoryRange: {
      fineMinFen: wan(2),
      fineMaxFen: wan(10),
      kinds: ['fine'],
      text: '生产经营单位的主要负责人未履行本法规定的安全生产管理职责的，责令限期改正，处二万元以上五万元以下的罚款；逾期未改正的，处五万元以上十万元以下的罚款，责令生产经营单位停产停业整顿。',
    },
    correctionOrder: true,
    bands: [
      {
        level: 'minor',
        circumstances: '未履行第二十一条所列职责中的一项，未造成危害后果的',
        fineMinFen: wan(2),
        fineMaxFen: wan(3),
        otherPenalties: [],
      },
      {
        level: 'general',
        circumstances: '未履行第二十一条所列职责中的两项以上，或者因未履行职责致使本单位事故隐患未及时消除的',
        fineMinFen: wan(3),
        fineMaxFen: wan(5),
        otherPenalties: [],
      },
      {
        level: 'serious',
        circumstances: OVERDUE,
        fineMinFen: wan(5),
        fineMaxFen: wan(8),
        otherPenalties: [],
        note: '同时责令生产经营单位停产停业整顿（对单位另行作出决定）',
      },
      {
        level: 'especially_serious',
        circumstances: '责令限期改正期限届满后仍未改正，且本单位存在重大事故隐患的',
        fineMinFen: wan(8),
        fineMaxFen: wan(10),
        otherPenalties: [],
        note: '同时责令生产经营单位停产停业整顿（对单位另行作出决定）',
      },
    ],
    appliesTo: ['natural'],
    sourceTag: '法-V',
    note: '当事人为主要负责人本人；逾期未改正时的责令停产停业整顿针对生产经营单位。导致发生生产安全事故的，适用第九十四条第二款、第九十五条（按上一年年收入比例罚款，未纳入本目录）',
  },
  {
    code: 'AQSCF-96',
    name: '生产经营单位的其他负责人和安全生产管理人员未履行本法规定的安全生产管理职责',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第五条、第二十五条第一款`,
    penaltyProvision: `${AQSCF}第九十六条`,
    statutoryRange: {
      fineMinFen: wan(1),
      fineMaxFen: wan(3),
      kinds: ['fine'],
      text: '生产经营单位的其他负责人和安全生产管理人员未履行本法规定的安全生产管理职责的，责令限期改正，处一万元以上三万元以下的罚款',
    },
    correctionOrder: true,
    bands: [
      {
        level: 'minor',
        circumstances: '未履行一项安全生产管理职责，未造成危害后果的',
        fineMinFen: wan(1),
        fineMaxFen: wan(1.5),
        otherPenalties: [],
      },
      {
        level: 'general',
        circumstances: '未履行两项以上安全生产管理职责的',
        fineMinFen: wan(1.5),
        fineMaxFen: wan(2.5),
        otherPenalties: [],
      },
      {
        level: 'serious',
        circumstances: '因未履行职责致使重大事故隐患未被及时发现、报告或者消除的',
        fineMinFen: wan(2.5),
        fineMaxFen: wan(3),
        otherPenalties: [],
      },
    ],
    appliesTo: ['natural'],
    sourceTag: '法-V',
    note: '导致发生生产安全事故的，暂停或者吊销其与安全生产有关的资格，并处上一年年收入百分之二十以上百分之五十以下的罚款（按收入比例，未纳入本目录）',
  },

  // 第九十七条
  {
    ...unit,
    code: 'AQSCF-97-1',
    name: '未按照规定设置安全生产管理机构或者配备安全生产管理人员、注册安全工程师',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第二十四条、第二十七条第三款`,
    penaltyProvision: `${AQSCF}第九十七条第一项`,
    statutoryRange: {
      ...RANGE_97,
      text: quote(A97, '（一）未按照规定设置安全生产管理机构或者配备安全生产管理人员、注册安全工程师的'),
    },
    bands: bandsUpTo200k(
      '已配备兼职安全生产管理人员但依法应当配备专职人员，或者注册安全工程师配备不足，未造成危害后果的',
      '从业人员在一百人以下，未配备任何专职或者兼职安全生产管理人员的；或者依法应当有注册安全工程师而未聘用的',
      '矿山、金属冶炼、建筑施工、运输单位和危险物品的生产、经营、储存、装卸单位，或者从业人员超过一百人的单位，未设置安全生产管理机构且未配备专职安全生产管理人员的',
    ),
    note: PERSONS_97,
  },
  {
    ...unit,
    code: 'AQSCF-97-2',
    name: '主要负责人和安全生产管理人员未按照规定经考核合格',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第二十七条第二款`,
    penaltyProvision: `${AQSCF}第九十七条第二项`,
    statutoryRange: {
      ...RANGE_97,
      text: quote(
        A97,
        '（二）危险物品的生产、经营、储存、装卸单位以及矿山、金属冶炼、建筑施工、运输单位的主要负责人和安全生产管理人员未按照规定经考核合格的',
      ),
    },
    bands: bandsUpTo200k(
      '一名安全生产管理人员的考核合格证明有效期届满未按规定重新考核，仍在岗履职的',
      '一名安全生产管理人员未经考核合格即从事安全生产管理工作的',
      '主要负责人未经考核合格，或者两名以上安全生产管理人员未经考核合格的',
    ),
    note: `仅适用于危险物品的生产、经营、储存、装卸单位以及矿山、金属冶炼、建筑施工、运输单位。${PERSONS_97}`,
  },
  {
    ...unit,
    code: 'AQSCF-97-3',
    name: '未按照规定对从业人员、被派遣劳动者、实习学生进行安全生产教育和培训，或者未按照规定如实告知有关的安全生产事项',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第二十八条第一款至第三款、第四十四条第一款`,
    penaltyProvision: `${AQSCF}第九十七条第三项`,
    statutoryRange: {
      ...RANGE_97,
      text: quote(
        A97,
        '（三）未按照规定对从业人员、被派遣劳动者、实习学生进行安全生产教育和培训，或者未按照规定如实告知有关的安全生产事项的',
      ),
    },
    bands: bandsUpTo200k(
      '未经安全生产教育和培训合格上岗作业的人员在二人以下，或者未如实告知个别安全生产事项，未造成危害后果的',
      '未经安全生产教育和培训合格上岗作业的人员在三人以上九人以下的',
      '未经安全生产教育和培训合格上岗作业的人员在十人以上，或者在危险作业岗位上岗作业的',
    ),
    note: PERSONS_97,
  },
  {
    ...unit,
    code: 'AQSCF-97-4',
    name: '未如实记录安全生产教育和培训情况',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第二十八条第四款`,
    penaltyProvision: `${AQSCF}第九十七条第四项`,
    statutoryRange: { ...RANGE_97, text: quote(A97, '（四）未如实记录安全生产教育和培训情况的') },
    bands: bandsUpTo200k(
      '已开展安全生产教育和培训，但培训档案缺少时间、内容、参加人员或者考核结果等记录项的',
      '未建立安全生产教育和培训档案的',
      '安全生产教育和培训记录与实际不符，存在编造、事后补记培训记录情形的',
    ),
    note: PERSONS_97,
  },
  {
    ...unit,
    code: 'AQSCF-97-5',
    name: '未将事故隐患排查治理情况如实记录或者未向从业人员通报',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第四十一条第二款`,
    penaltyProvision: `${AQSCF}第九十七条第五项`,
    statutoryRange: {
      ...RANGE_97,
      text: quote(A97, '（五）未将事故隐患排查治理情况如实记录或者未向从业人员通报的'),
    },
    bands: bandsUpTo200k(
      '事故隐患排查治理记录不完整，或者未按规定方式向从业人员通报一般事故隐患排查治理情况的',
      '未记录事故隐患排查治理情况的',
      '事故隐患排查治理记录与实际不符，或者重大事故隐患排查治理情况未记录、未向从业人员通报的',
    ),
    note: PERSONS_97,
  },
  {
    ...unit,
    code: 'AQSCF-97-6',
    name: '未按照规定制定生产安全事故应急救援预案或者未定期组织演练',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第八十一条`,
    penaltyProvision: `${AQSCF}第九十七条第六项`,
    statutoryRange: {
      ...RANGE_97,
      text: quote(A97, '（六）未按照规定制定生产安全事故应急救援预案或者未定期组织演练的'),
    },
    bands: bandsUpTo200k(
      '已制定生产安全事故应急救援预案，但未按照规定周期组织演练的',
      '应急救援预案内容与本单位实际不符，或者未与所在地县级以上地方人民政府组织制定的应急救援预案相衔接的',
      '未制定生产安全事故应急救援预案的',
    ),
    note: PERSONS_97,
  },
  {
    ...unit,
    code: 'AQSCF-97-7',
    name: '特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第三十条第一款`,
    penaltyProvision: `${AQSCF}第九十七条第七项`,
    statutoryRange: {
      ...RANGE_97,
      text: quote(A97, '（七）特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业的'),
    },
    bands: bandsUpTo200k(
      '一名特种作业人员的操作证逾期未复审，仍上岗作业，未造成危害后果的',
      '一名特种作业人员未经专门的安全作业培训、未取得相应资格上岗作业的',
      '两名以上特种作业人员未取得相应资格上岗作业，或者无证人员在易燃易爆、有限空间等危险场所作业的',
    ),
    note: PERSONS_97,
  },

  // 第九十八条
  {
    ...unit,
    code: 'AQSCF-98-4',
    name: '矿山、金属冶炼建设项目或者用于生产、储存、装卸危险物品的建设项目竣工投入生产或者使用前，安全设施未经验收合格',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第三十四条第二款`,
    penaltyProvision: `${AQSCF}第九十八条第四项`,
    statutoryRange: {
      fineMinFen: wan(10),
      fineMaxFen: wan(100),
      kinds: ['fine', 'order_suspension'],
      text: quote(
        A98,
        '（四）矿山、金属冶炼建设项目或者用于生产、储存、装卸危险物品的建设项目竣工投入生产或者使用前，安全设施未经验收合格的',
      ),
    },
    bands: [
      {
        level: 'general',
        circumstances: '安全设施未经验收合格即投入生产或者使用不满三十日，未造成危害后果的',
        fineMinFen: wan(10),
        fineMaxFen: wan(30),
        otherPenalties: SUSPEND,
        note: '责令停止建设或者停产停业整顿为本条必处',
      },
      {
        level: 'serious',
        circumstances: '安全设施未经验收合格投入生产或者使用三十日以上，或者存在重大事故隐患的',
        fineMinFen: wan(30),
        fineMaxFen: wan(50),
        otherPenalties: SUSPEND,
        note: '责令停止建设或者停产停业整顿为本条必处',
      },
      {
        level: 'especially_serious',
        circumstances: OVERDUE,
        fineMinFen: wan(50),
        fineMaxFen: wan(100),
        otherPenalties: SUSPEND,
        note: persons('处五万元以上十万元以下的罚款'),
      },
    ],
    note: `适用于矿山、金属冶炼和危险物品建设项目；分类按综合监管登记。${persons('处二万元以上五万元以下的罚款（逾期未改正的，处五万元以上十万元以下）')}`,
  },

  // 第九十九条
  {
    ...unit,
    code: 'AQSCF-99-1',
    name: '未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第三十五条`,
    penaltyProvision: `${AQSCF}第九十九条第一项`,
    statutoryRange: {
      ...RANGE_99,
      text: quote(A99, '（一）未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志的'),
    },
    bands: bandsArticle99(
      '一至两处有较大危险因素的场所、设施、设备未设置明显的安全警示标志的',
      '三处以上未设置，或者重大危险源、有限空间作业场所未设置明显的安全警示标志的',
      '重大危险源或者有限空间作业场所仍无警示标志的',
    ),
    note: PERSONS_99,
  },
  {
    ...unit,
    code: 'AQSCF-99-2',
    name: '安全设备的安装、使用、检测、改造和报废不符合国家标准或者行业标准',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第三十六条第一款`,
    penaltyProvision: `${AQSCF}第九十九条第二项`,
    statutoryRange: {
      ...RANGE_99,
      text: quote(A99, '（二）安全设备的安装、使用、检测、改造和报废不符合国家标准或者行业标准的'),
    },
    bands: bandsArticle99(
      '一台（套）安全设备的安装、使用不符合国家标准或者行业标准，但不影响其正常运转的',
      '安全设备的安装、使用、检测、改造或者报废不符合标准，影响其正常运转，或者涉及两台（套）以上的',
      '不符合标准的安全设备用于重大危险源或者危险物品场所的',
    ),
    note: PERSONS_99,
  },
  {
    ...unit,
    code: 'AQSCF-99-3',
    name: '未对安全设备进行经常性维护、保养和定期检测',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第三十六条第二款`,
    penaltyProvision: `${AQSCF}第九十九条第三项`,
    statutoryRange: { ...RANGE_99, text: quote(A99, '（三）未对安全设备进行经常性维护、保养和定期检测的') },
    bands: bandsArticle99(
      '安全设备维护、保养、检测记录不全，或者定期检测逾期不满三十日的',
      '未对安全设备进行经常性维护、保养，或者定期检测逾期三十日以上、从未检测的',
      '安全设备因缺乏维护已无法正常运转的',
    ),
    note: PERSONS_99,
  },
  {
    ...unit,
    code: 'AQSCF-99-4',
    name: '关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，或者篡改、隐瞒、销毁其相关数据、信息',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第三十六条第三款`,
    penaltyProvision: `${AQSCF}第九十九条第四项`,
    statutoryRange: {
      ...RANGE_99,
      text: quote(
        A99,
        '（四）关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，或者篡改、隐瞒、销毁其相关数据、信息的',
      ),
    },
    bands: bandsArticle99(
      '因检修等原因临时关闭监控、报警设备、设施，未采取替代措施，未造成危害后果的',
      '擅自关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，或者篡改、隐瞒、销毁其相关数据、信息的',
      '关闭、破坏涉及重大危险源的监控、报警设备、设施，或者篡改、销毁数据以逃避监管的',
    ),
    note: `具有发生重大伤亡事故或者其他严重后果的现实危险的，涉嫌危险作业罪（《中华人民共和国刑法》第一百三十四条之一）[法-R]，应当审查是否移送。${PERSONS_99}`,
  },
  {
    ...unit,
    code: 'AQSCF-99-5',
    name: '未为从业人员提供符合国家标准或者行业标准的劳动防护用品',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第四十五条`,
    penaltyProvision: `${AQSCF}第九十九条第五项`,
    statutoryRange: {
      ...RANGE_99,
      text: quote(A99, '（五）未为从业人员提供符合国家标准或者行业标准的劳动防护用品的'),
    },
    bands: bandsArticle99(
      '为个别从业人员提供的劳动防护用品不符合国家标准或者行业标准的',
      '未为从业人员提供劳动防护用品，或者不符合标准的劳动防护用品涉及三人以上的',
      '接触有毒有害物质或者高处、有限空间作业的从业人员仍无合格劳动防护用品的',
    ),
    note: PERSONS_99,
  },
  {
    ...unit,
    code: 'AQSCF-99-6',
    name: '危险物品的容器、运输工具以及矿山井下特种设备等未经检测、检验合格，取得安全使用证或者安全标志，投入使用',
    category: 'hazardous_chemicals',
    violatedProvision: `${AQSCF}第三十七条`,
    penaltyProvision: `${AQSCF}第九十九条第六项`,
    statutoryRange: {
      ...RANGE_99,
      text: quote(
        A99,
        '（六）危险物品的容器、运输工具，以及涉及人身安全、危险性较大的海洋石油开采特种设备和矿山井下特种设备未经具有专业资质的机构检测、检验合格，取得安全使用证或者安全标志，投入使用的',
      ),
    },
    bands: bandsArticle99(
      '一台（件）危险物品的容器、运输工具检测检验有效期届满未及时检验，仍投入使用的',
      '危险物品的容器、运输工具或者矿山井下特种设备未经检测、检验合格，或者未取得安全使用证、安全标志即投入使用的',
      '未经检测检验的容器、运输工具用于剧毒化学品、易制爆危险化学品的',
    ),
    note: `矿山井下特种设备亦适用本项。${PERSONS_99}`,
  },
  {
    ...unit,
    code: 'AQSCF-99-7',
    name: '使用应当淘汰的危及生产安全的工艺、设备',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第三十八条第三款`,
    penaltyProvision: `${AQSCF}第九十九条第七项`,
    statutoryRange: { ...RANGE_99, text: quote(A99, '（七）使用应当淘汰的危及生产安全的工艺、设备的') },
    bands: bandsArticle99(
      '使用一台（套）应当淘汰的危及生产安全的设备，且已制定限期淘汰计划的',
      '使用应当淘汰的危及生产安全的工艺，或者使用两台（套）以上应当淘汰的设备的',
      '淘汰的工艺、设备用于危险物品生产、储存或者矿山井下的',
    ),
    note: PERSONS_99,
  },
  {
    ...unit,
    code: 'AQSCF-99-8',
    name: '餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置',
    category: 'industry_trade',
    violatedProvision: `${AQSCF}第三十六条第四款`,
    penaltyProvision: `${AQSCF}第九十九条第八项`,
    statutoryRange: {
      ...RANGE_99,
      text: quote(A99, '（八）餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置的'),
    },
    bands: bandsArticle99(
      '一处使用燃气的场所未安装可燃气体报警装置的',
      '两处以上使用燃气的场所未安装，或者在地下、半地下空间使用燃气未安装可燃气体报警装置的',
      '人员密集场所或者地下、半地下空间使用燃气仍未安装的',
    ),
    note: `第九十九条第八项只罚「未安装」；已安装但未保障正常使用，不属本项（第三十六条第四款）。餐饮场所的燃气安全亦由行业主管部门监管，注意职责分工（第一百一十五条）。${PERSONS_99}`,
  },

  // 第一百零一条
  {
    ...unit,
    code: 'AQSCF-101-1',
    name: '生产、经营、运输、储存、使用危险物品或者处置废弃危险物品，未建立专门安全管理制度、未采取可靠的安全措施',
    category: 'hazardous_chemicals',
    violatedProvision: `${AQSCF}第三十九条第二款`,
    penaltyProvision: `${AQSCF}第一百零一条第一项`,
    statutoryRange: {
      ...RANGE_97,
      text: quote(
        A101,
        '（一）生产、经营、运输、储存、使用危险物品或者处置废弃危险物品，未建立专门安全管理制度、未采取可靠的安全措施的',
      ),
    },
    bands: bandsUpTo200k(
      '已建立专门安全管理制度但内容不完善，或者个别安全措施落实不到位，未造成危害后果的',
      '未建立专门安全管理制度，或者危险物品的储存、使用未采取防火、防爆、防泄漏等可靠安全措施的',
      '未建立专门安全管理制度且未采取可靠安全措施，或者涉及剧毒化学品、易制爆危险化学品的',
    ),
    note: PERSONS_97,
  },
  {
    ...unit,
    code: 'AQSCF-101-2',
    name: '对重大危险源未登记建档，未进行定期检测、评估、监控，未制定应急预案，或者未告知应急措施',
    category: 'hazardous_chemicals',
    violatedProvision: `${AQSCF}第四十条第一款`,
    penaltyProvision: `${AQSCF}第一百零一条第二项`,
    statutoryRange: {
      ...RANGE_97,
      text: quote(
        A101,
        '（二）对重大危险源未登记建档，未进行定期检测、评估、监控，未制定应急预案，或者未告知应急措施的',
      ),
    },
    bands: bandsUpTo200k(
      '重大危险源已登记建档，但定期检测、评估、监控、应急预案、应急措施告知中有一项未落实的',
      '重大危险源的定期检测、评估、监控、应急预案、应急措施告知中有两项以上未落实的',
      '重大危险源未登记建档，或者未进行监控的',
    ),
    note: PERSONS_97,
  },
  {
    ...unit,
    code: 'AQSCF-101-3',
    name: '进行爆破、吊装、动火、临时用电等危险作业，未安排专门人员进行现场安全管理',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第四十三条`,
    penaltyProvision: `${AQSCF}第一百零一条第三项`,
    statutoryRange: {
      ...RANGE_97,
      text: quote(
        A101,
        '（三）进行爆破、吊装、动火、临时用电以及国务院应急管理部门会同国务院有关部门规定的其他危险作业，未安排专门人员进行现场安全管理的',
      ),
    },
    bands: bandsUpTo200k(
      '已安排专门人员但其未在作业现场履行安全管理职责，作业规模小、未造成危害后果的',
      '动火、临时用电、吊装等危险作业未安排专门人员进行现场安全管理的',
      '爆破作业，或者在易燃易爆场所、有限空间内进行危险作业，未安排专门人员进行现场安全管理的',
    ),
    note: PERSONS_97,
  },
  {
    ...unit,
    code: 'AQSCF-101-4',
    name: '未建立安全风险分级管控制度或者未按照安全风险分级采取相应管控措施',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第四十一条第一款`,
    penaltyProvision: `${AQSCF}第一百零一条第四项`,
    statutoryRange: {
      ...RANGE_97,
      text: quote(A101, '（四）未建立安全风险分级管控制度或者未按照安全风险分级采取相应管控措施的'),
    },
    bands: bandsUpTo200k(
      '已建立安全风险分级管控制度，但个别风险点未按照分级采取管控措施的',
      '未建立安全风险分级管控制度的',
      '未建立安全风险分级管控制度，且对重大安全风险未采取相应管控措施的',
    ),
    note: PERSONS_97,
  },
  {
    ...unit,
    code: 'AQSCF-101-5',
    name: '未建立事故隐患排查治理制度，或者重大事故隐患排查治理情况未按照规定报告',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第四十一条第二款`,
    penaltyProvision: `${AQSCF}第一百零一条第五项`,
    statutoryRange: {
      ...RANGE_97,
      text: quote(A101, '（五）未建立事故隐患排查治理制度，或者重大事故隐患排查治理情况未按照规定报告的'),
    },
    bands: bandsUpTo200k(
      '已建立事故隐患排查治理制度，但内容不完善、未落实到岗位的',
      '未建立事故隐患排查治理制度的',
      '重大事故隐患排查治理情况未按照规定向负有安全生产监督管理职责的部门和职工大会或者职工代表大会报告的',
    ),
    note: PERSONS_97,
  },

  // 第一百零二条
  {
    ...unit,
    code: 'AQSCF-102',
    name: '生产经营单位未采取措施消除事故隐患',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第四十一条第二款`,
    penaltyProvision: `${AQSCF}第一百零二条`,
    statutoryRange: {
      fineMinFen: 0,
      fineMaxFen: wan(5),
      kinds: ['fine', 'order_suspension'],
      text: A102,
    },
    bands: [
      {
        level: 'minor',
        circumstances: '存在一至两项一般事故隐患，未造成危害后果的',
        fineMinFen: 0,
        fineMaxFen: wan(1),
        otherPenalties: [],
        note: FIRST_VIOLATION_NOTE,
      },
      {
        level: 'general',
        circumstances: '存在三项以上一般事故隐患的',
        fineMinFen: wan(1),
        fineMaxFen: wan(3),
        otherPenalties: [],
      },
      {
        level: 'serious',
        circumstances: '存在重大事故隐患的',
        fineMinFen: wan(3),
        fineMaxFen: wan(5),
        otherPenalties: [],
      },
      {
        level: 'especially_serious',
        circumstances: '被责令立即消除或者限期消除事故隐患后拒不执行的',
        fineMinFen: null,
        fineMaxFen: null,
        otherPenalties: SUSPEND,
        note: '本档不另处罚款；对直接负责的主管人员和其他直接责任人员的罚款见 AQSCF-102-P',
      },
    ],
    note: '重大事故隐患的判定适用应急管理部门制定的判定标准（第一百一十八条第二款）',
  },
  {
    code: 'AQSCF-102-P',
    name: '生产经营单位拒不执行消除事故隐患决定（直接负责的主管人员和其他直接责任人员）',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第四十一条第二款`,
    penaltyProvision: `${AQSCF}第一百零二条`,
    statutoryRange: { fineMinFen: wan(5), fineMaxFen: wan(10), kinds: ['fine'], text: A102 },
    correctionOrder: true,
    bands: [
      {
        level: 'general',
        circumstances: '生产经营单位拒不执行消除事故隐患的决定，涉及一般事故隐患的',
        fineMinFen: wan(5),
        fineMaxFen: wan(7),
        otherPenalties: [],
      },
      {
        level: 'serious',
        circumstances: '整改期限届满后拒不改正，且存在一项以上重大事故隐患的',
        fineMinFen: wan(7),
        fineMaxFen: wan(10),
        otherPenalties: [],
      },
    ],
    appliesTo: ['natural'],
    sourceTag: '法-V',
    note: '以生产经营单位拒不执行为前提（对单位见 AQSCF-102）',
  },

  // 第一百零四条、第一百零五条
  {
    ...unit,
    code: 'AQSCF-104',
    name: '两个以上生产经营单位在同一作业区域内进行可能危及对方安全生产的生产经营活动，未签订安全生产管理协议或者未指定专职安全生产管理人员进行安全检查与协调',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第四十八条`,
    penaltyProvision: `${AQSCF}第一百零四条`,
    statutoryRange: {
      ...RANGE_105,
      text: '两个以上生产经营单位在同一作业区域内进行可能危及对方安全生产的生产经营活动，未签订安全生产管理协议或者未指定专职安全生产管理人员进行安全检查与协调的，责令限期改正，处五万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以下的罚款；逾期未改正的，责令停产停业。',
    },
    bands: bandsUpTo50kThenSuspend(
      '已签订安全生产管理协议但未明确各自的安全生产管理职责和安全措施，或者指定的人员不是专职人员，未造成危害后果的',
      '未签订安全生产管理协议，或者未指定专职安全生产管理人员进行安全检查与协调的',
      '既未签订安全生产管理协议也未指定专职安全生产管理人员，或者交叉作业涉及动火、吊装、有限空间等危险作业的',
      '逾期未改正的，责令停产停业（第一百零四条未写「整顿」）',
    ),
    note: persons('处一万元以下的罚款'),
  },
  {
    ...unit,
    code: 'AQSCF-105-1',
    name: '生产、经营、储存、使用危险物品的车间、商店、仓库与员工宿舍在同一座建筑内，或者与员工宿舍的距离不符合安全要求',
    category: 'hazardous_chemicals',
    violatedProvision: `${AQSCF}第四十二条第一款`,
    penaltyProvision: `${AQSCF}第一百零五条第一项`,
    statutoryRange: {
      ...RANGE_105,
      text: quote(
        A105,
        '（一）生产、经营、储存、使用危险物品的车间、商店、仓库与员工宿舍在同一座建筑内，或者与员工宿舍的距离不符合安全要求的',
      ),
    },
    bands: bandsUpTo50kThenSuspend(
      '危险物品的车间、商店、仓库与员工宿舍的距离不符合安全要求，危险物品存放量较少、未造成危害后果的',
      '危险物品的车间、商店、仓库与员工宿舍在同一座建筑内，住宿人数在三人以下的',
      '危险物品的车间、商店、仓库与员工宿舍在同一座建筑内，住宿人数在四人以上，或者存放易燃易爆危险物品的',
      '逾期未改正的，责令停产停业整顿',
    ),
    note: `烟花爆竹零售等「三合一」场所亦适用本项。${persons('处一万元以下的罚款')}`,
  },
  {
    ...unit,
    code: 'AQSCF-105-2',
    name: '生产经营场所和员工宿舍未设有符合紧急疏散需要的出口、疏散通道，或者占用、锁闭、封堵出口、疏散通道',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第四十二条第二款`,
    penaltyProvision: `${AQSCF}第一百零五条第二项`,
    statutoryRange: {
      ...RANGE_105,
      text: quote(
        A105,
        '（二）生产经营场所和员工宿舍未设有符合紧急疏散需要、标志明显、保持畅通的出口、疏散通道，或者占用、锁闭、封堵生产经营场所或者员工宿舍出口、疏散通道的',
      ),
    },
    bands: bandsUpTo50kThenSuspend(
      '出口、疏散通道标志不明显，或者被物品部分占用但仍可通行，能够当场改正的',
      '占用、锁闭或者封堵一处出口、疏散通道的',
      '锁闭、封堵两处以上出口、疏散通道，或者员工宿舍、人员密集场所的出口、疏散通道被锁闭、封堵的',
      '逾期未改正的，责令停产停业整顿',
    ),
    note: persons('处一万元以下的罚款'),
  },

  // 第一百零八条、第一百零九条
  {
    ...unit,
    code: 'AQSCF-108',
    name: '生产经营单位拒绝、阻碍负有安全生产监督管理职责的部门依法实施监督检查',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第六十六条`,
    penaltyProvision: `${AQSCF}第一百零八条`,
    statutoryRange: {
      fineMinFen: wan(2),
      fineMaxFen: wan(20),
      kinds: ['fine'],
      text: '违反本法规定，生产经营单位拒绝、阻碍负有安全生产监督管理职责的部门依法实施监督检查的，责令改正；拒不改正的，处二万元以上二十万元以下的罚款；对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款',
    },
    bands: [
      {
        level: 'general',
        circumstances: '被责令改正后拒不改正，以拖延、不提供有关资料等方式阻碍监督检查的',
        fineMinFen: wan(2),
        fineMaxFen: wan(5),
        otherPenalties: [],
      },
      {
        level: 'serious',
        circumstances:
          '被责令改正后拒不改正，拒绝监督检查人员进入生产经营场所，或者隐匿、转移、销毁有关资料的',
        fineMinFen: wan(5),
        fineMaxFen: wan(10),
        otherPenalties: [],
      },
      {
        level: 'especially_serious',
        circumstances: '被责令改正后拒不改正，以暴力、威胁等方法阻碍监督检查，致使监督检查无法进行的',
        fineMinFen: wan(10),
        fineMaxFen: wan(20),
        otherPenalties: [],
        note: '以暴力、威胁方法阻碍的，涉嫌妨害公务，应当审查是否移送公安机关',
      },
    ],
    note: `只有「拒不改正」的才处罚款；初次拒绝、阻碍的，先责令改正。${persons('处一万元以上二万元以下的罚款')}`,
  },
  {
    ...unit,
    code: 'AQSCF-109',
    name: '高危行业、领域的生产经营单位未按照国家规定投保安全生产责任保险',
    category: 'comprehensive',
    violatedProvision: `${AQSCF}第五十一条第二款`,
    penaltyProvision: `${AQSCF}第一百零九条`,
    statutoryRange: {
      fineMinFen: wan(5),
      fineMaxFen: wan(20),
      kinds: ['fine'],
      text: '高危行业、领域的生产经营单位未按照国家规定投保安全生产责任保险的，责令限期改正，处五万元以上十万元以下的罚款；逾期未改正的，处十万元以上二十万元以下的罚款。',
    },
    bands: [
      {
        level: 'general',
        circumstances: '未投保安全生产责任保险（含保险期满未续保），从业人员在三十人以下的',
        fineMinFen: wan(5),
        fineMaxFen: wan(7),
        otherPenalties: [],
      },
      {
        level: 'serious',
        circumstances: '未投保安全生产责任保险，从业人员在三十一人以上的',
        fineMinFen: wan(7),
        fineMaxFen: wan(10),
        otherPenalties: [],
      },
      {
        level: 'especially_serious',
        circumstances: OVERDUE,
        fineMinFen: wan(10),
        fineMaxFen: wan(20),
        otherPenalties: [],
      },
    ],
    note: '高危行业、领域的范围按国务院应急管理部门会同有关部门的规定（第五十一条第二款）',
  },
];
