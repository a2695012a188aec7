import { z } from 'zod';
import type { SourceTag } from '../../../../common/contracts/deadlines.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import { compareLocalDates, isValidLocalDate } from '../../../kernel/local-date.js';
import type { AvStep, LegalReviewFlag, PartyKind, PenaltyKind } from './types.js';
import {
  AV_STEP_LABELS,
  AV_STEPS,
  LEGAL_REVIEW_FLAGS,
  PARTY_KIND_LABELS,
  PARTY_KINDS,
  PENALTY_KINDS,
} from './types.js';

export {
  AV_STEP_LABELS,
  BAND_LEVEL_LABELS,
  PARTY_KIND_LABELS,
  PENALTY_KIND_LABELS,
  LEGAL_REVIEW_FLAG_LABELS,
} from './types.js';
export type { AvStep } from './types.js';

/**
 * Case settings the bureau may change (STYLE §4: thresholds that local rules or a new ministry order may change
 * are configuration with an effective date). The defaults below are what zhifa proposes; every item carries its
 * basis in `CASE_SETTINGS_BASIS` and, where the shape allows, in its own `basis` field.
 *
 * Amounts are integer fen. Thresholds are inclusive ("以上" includes the number itself).
 */
export interface CaseSettings {
  /** 立案编号, e.g. '赤应急罚〔{year}〕{seq}号'. Placeholders: {year}, {seq}. */
  caseNumberPattern: string;
  /** 文书编号, e.g. '赤应急{code}〔{year}〕{seq}号'; {code} is the document kind's character (罚、告、听…). */
  documentNumberPattern: string;
  /** 「较大数额」 for 第六十三条第一款第一项、第二项, one row per party kind. */
  hearingThresholds: HearingThreshold[];
  /** Penalty kinds that give a right to a hearing whatever the amount (第六十三条第一款第三项至第六项). */
  hearingPenaltyKinds: PenaltyKind[];
  /** 法制审核: 第五十八条 plus the bureau's 重大执法决定法制审核目录清单 (legal-spec §13.5). */
  legalReview: {
    fineFen: Record<PartyKind, number>;
    confiscationFen: Record<PartyKind, number>;
    penaltyKinds: PenaltyKind[];
    flags: LegalReviewFlag[];
    /** Every case that went through a hearing is reviewed (the 目录清单 is wider than 第五十八条第一款第二项). */
    afterHearing: true;
    basis: string;
  };
  /** 集体讨论: 第五十七条第二款, with the bureau's measure of a 重大违法行为. */
  collectiveDiscussion: {
    fineFen: Record<PartyKind, number>;
    confiscationFen: Record<PartyKind, number>;
    penaltyKinds: PenaltyKind[];
    /** 情节复杂或者重大违法行为: statutory, cannot be switched off. */
    whenComplexOrMajor: true;
    /** A penalty outside the published discretion band is decided collectively. */
    whenOutsideBand: boolean;
    basis: string;
  };
  /** The 音像记录事项清单: steps that must be recorded on audio-video (legal-spec §13.4). */
  avRequiredSteps: { step: AvStep; label: string; basis: string }[];
  /** Time the legal section has for a 法制审核, from receipt of complete materials. */
  legalReviewDays: { length: number; unit: 'working_day'; basis: string };
}

export interface HearingThreshold {
  partyKind: PartyKind;
  fineFen: number;
  confiscationFen: number;
  inclusive: true;
  basis: string;
}

/** One version of the settings, in force for steps taken from `effectiveFrom` (inclusive) to `effectiveTo` (exclusive). */
export interface CaseSettingsVersion {
  version: number;
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
  settings: CaseSettings;
  note?: string;
}

export interface SettingBasis {
  basis: string;
  sourceTag: SourceTag;
  note?: string;
}

const PUNISHMENT = '《中华人民共和国行政处罚法》';
const ORDER_2015 = '《安全生产违法行为行政处罚办法》（国家安全监管总局令第15号，2015年修正）';

/** 20,000 yuan and 50,000 yuan in fen. */
const PERSON_LARGE_FEN = 2_000_000;
const UNIT_LARGE_FEN = 5_000_000;

const THRESHOLD_BASIS = `${PUNISHMENT}第六十三条第一款第一项、第二项；数额按${ORDER_2015}及地方应急管理部门标准「对个人罚款2万元以上，对生产经营单位罚款5万元以上（含本数）」[地/法-R]`;

/**
 * Per party kind, the lower (individual) threshold also for 个体工商户: the 2015 办法 第六十七条 counts it as a
 * 生产经营单位 (→ 5万), but civil law counts it among natural persons (《中华人民共和国民法典》第五十四条 [法-R]) and
 * a hearing or review given where none was required never makes a decision unlawful, while one withheld does.
 */
const LARGE_AMOUNT_FEN: Record<PartyKind, number> = {
  natural: PERSON_LARGE_FEN,
  individual_business: PERSON_LARGE_FEN,
  legal_person: UNIT_LARGE_FEN,
  unincorporated: UNIT_LARGE_FEN,
};

const INDIVIDUAL_BUSINESS_NOTE =
  '个体工商户按个人标准（2万元）：《安全生产违法行为行政处罚办法》（2015年）第六十七条将其列为生产经营单位（5万元），本系统取对当事人程序保障更充分的较低标准，本局可改为5万元';

const AV_BASIS_118 =
  '国办发〔2018〕118号（直接涉及人身自由、生命健康、重大财产权益的现场执法活动和执法办案场所，要进行全程音像记录）[文]；本局音像记录事项清单 [地]';

export const DEFAULT_CASE_SETTINGS: CaseSettings = {
  caseNumberPattern: '赤应急罚〔{year}〕{seq}号',
  documentNumberPattern: '赤应急{code}〔{year}〕{seq}号',
  hearingThresholds: PARTY_KINDS.map((partyKind) => ({
    partyKind,
    fineFen: LARGE_AMOUNT_FEN[partyKind],
    // No separate 应急 standard for 「没收较大数额违法所得、没收较大价值非法财物」 was found: the fine figure is used.
    confiscationFen: LARGE_AMOUNT_FEN[partyKind],
    inclusive: true,
    basis:
      partyKind === 'individual_business'
        ? `${THRESHOLD_BASIS}；${INDIVIDUAL_BUSINESS_NOTE}`
        : THRESHOLD_BASIS,
  })),
  hearingPenaltyKinds: [
    'lower_qualification',
    'revoke_license',
    'order_suspension',
    'order_closure',
    'restrict_employment',
    'suspend_license',
    'restrict_activities',
  ],
  legalReview: {
    fineFen: { ...LARGE_AMOUNT_FEN },
    confiscationFen: { ...LARGE_AMOUNT_FEN },
    penaltyKinds: [
      'order_suspension',
      'order_closure',
      'suspend_license',
      'lower_qualification',
      'revoke_license',
      'restrict_employment',
    ],
    flags: [...LEGAL_REVIEW_FLAGS],
    afterHearing: true,
    basis: `${PUNISHMENT}第五十八条第一款；本局重大执法决定法制审核目录清单（罚没数额与听证标准一致；责令停产停业、暂扣或者吊销证照、经过听证的案件）[地]`,
  },
  collectiveDiscussion: {
    fineFen: { ...LARGE_AMOUNT_FEN },
    confiscationFen: { ...LARGE_AMOUNT_FEN },
    penaltyKinds: [
      'order_suspension',
      'order_closure',
      'suspend_license',
      'lower_qualification',
      'revoke_license',
      'restrict_employment',
    ],
    whenComplexOrMajor: true,
    whenOutsideBand: true,
    basis: `${PUNISHMENT}第五十七条第二款（对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定）；「重大」按听证、法制审核的同一数额标准 [地]`,
  },
  avRequiredSteps: [
    {
      step: 'seizure',
      label: AV_STEP_LABELS.seizure,
      basis: `《中华人民共和国安全生产法》第六十五条第一款第四项；${AV_BASIS_118}`,
    },
    {
      step: 'order_suspension_on_site',
      label: AV_STEP_LABELS.order_suspension_on_site,
      basis: `《中华人民共和国安全生产法》第六十五条第一款第三项；${AV_BASIS_118}`,
    },
    {
      step: 'power_cut',
      label: AV_STEP_LABELS.power_cut,
      basis: `《中华人民共和国安全生产法》第七十条；${AV_BASIS_118}`,
    },
    {
      step: 'on_the_spot_cash',
      label: AV_STEP_LABELS.on_the_spot_cash,
      basis: `${PUNISHMENT}第六十八条、第六十九条；${AV_BASIS_118}`,
    },
    {
      step: 'delivery_left',
      label: AV_STEP_LABELS.delivery_left,
      basis:
        '《中华人民共和国民事诉讼法》第八十九条（留置送达，可以采用拍照、录像等方式记录送达过程）；本局音像记录事项清单 [地]',
    },
  ],
  legalReviewDays: {
    length: 10,
    unit: 'working_day',
    basis:
      '地方三项制度实施办法通行做法（5至10个工作日；内蒙古自治区人民政府令第244号未取得）[地]；与期限规则 legal-review.review 一致',
  },
};

/**
 * Where each default comes from. The UI shows it beside the setting; a [地]/[推] item is a default the bureau is
 * expected to confirm.
 */
export const CASE_SETTINGS_BASIS: Record<keyof CaseSettings, SettingBasis> = {
  caseNumberPattern: {
    basis: '地方执法文书编号通行格式（机关代字＋文种代字＋〔年份〕＋序号）；legal-spec §2.1',
    sourceTag: '地',
  },
  documentNumberPattern: {
    basis: '地方执法文书编号通行格式；{code} 为文书种类代字（如「罚」「告」「听」「改」）',
    sourceTag: '推',
  },
  hearingThresholds: {
    basis: THRESHOLD_BASIS,
    sourceTag: '地',
    note: '另有报道称默认标准为个人1万元、单位3万元 [法-R]；未找到内蒙古自治区的标准；应急管理部令第18号（2026年2月1日施行）可能重新规定，须核实',
  },
  hearingPenaltyKinds: {
    basis: `${PUNISHMENT}第六十三条第一款第三项、第四项（降低资质等级、吊销许可证件；责令停产停业、责令关闭、限制从业）；第五项「其他较重的行政处罚」含暂扣许可证件（${ORDER_2015}曾列入）[法-R]、限制开展生产经营活动 [推]`,
    sourceTag: '法-V',
    note: '第三项、第四项为法定，不得删除；第五项的范围由本局确定',
  },
  legalReview: {
    basis: DEFAULT_CASE_SETTINGS.legalReview.basis,
    sourceTag: '法-V',
    note: '第五十八条第一款四种情形为法定，不得删除；数额和处罚种类来自地方目录清单 [地]',
  },
  collectiveDiscussion: {
    basis: DEFAULT_CASE_SETTINGS.collectiveDiscussion.basis,
    sourceTag: '法-V',
    note: '「重大违法行为」的数额标准和偏离裁量基准须集体讨论为地方做法 [地/推]',
  },
  avRequiredSteps: {
    basis: AV_BASIS_118,
    sourceTag: '地',
    note: '现场检查、询问、证据保全、听证等为「根据情况」进行音像记录的环节，默认不强制；本局可加入清单',
  },
  legalReviewDays: {
    basis: DEFAULT_CASE_SETTINGS.legalReviewDays.basis,
    sourceTag: '地',
    note: '取地方区间的上限十个工作日：与期限规则 legal-review.review 保持同一数值，补充材料期间中止计算；办案期限较紧时本局可改为5至7个工作日',
  },
};

/** The default settings, in force from the 2021 行政处罚法 (第五十八条 法制审核 exists only from 2021-07-15). */
export const DEFAULT_CASE_SETTINGS_VERSIONS: readonly CaseSettingsVersion[] = [
  {
    version: 1,
    effectiveFrom: '2021-07-15' as LocalDate,
    effectiveTo: null,
    settings: DEFAULT_CASE_SETTINGS,
    note: '应急管理部令第18号（2026年2月1日施行）原文尚未取得；取得后如数额或期限变化，应自该日起新增一个版本',
  },
];

/** Thrown when no settings version covers a date: old cases must not be judged by today's rule. */
export class CaseSettingsNotInForceError extends Error {
  readonly code = 'CASE_SETTINGS_NOT_IN_FORCE';
  constructor(readonly on: LocalDate) {
    super(`${on} 无适用的案件设置版本（该日期早于最早版本的生效日期）`);
    this.name = 'CaseSettingsNotInForceError';
  }
}

/** The settings version in force on `on` (the day the step happened), STYLE §4. */
export function caseSettingsInForce(
  versions: readonly CaseSettingsVersion[],
  on: LocalDate,
): CaseSettingsVersion {
  const hit = versions.find(
    (v) =>
      compareLocalDates(v.effectiveFrom, on) <= 0 &&
      (v.effectiveTo === null || compareLocalDates(on, v.effectiveTo) < 0),
  );
  if (!hit) throw new CaseSettingsNotInForceError(on);
  return hit;
}

// ---- validation ---------------------------------------------------------------------------------------------

const PLACEHOLDERS = ['{year}', '{seq}', '{code}'];

const fen = (what: string) =>
  z
    .number({ error: `${what}须为数字（以分为单位）` })
    .int({ error: `${what}须为整数（以分为单位）` })
    .nonnegative({ error: `${what}不得为负数` });

const basisText = z.string({ error: '须填写依据' }).trim().min(1, { error: '须填写依据' });

const partyKind = z.enum(PARTY_KINDS, { error: '当事人类型应为自然人、法人、非法人组织或个体工商户' });
const penaltyKind = z.enum(PENALTY_KINDS, { error: '未知的处罚种类' });

const fenByPartyKind = (what: string) => z.record(partyKind, fen(what));

function numberPattern(what: string, required: readonly string[]) {
  return z
    .string({ error: `${what}须为文本` })
    .trim()
    .min(1, { error: `须填写${what}` })
    .refine((s) => required.every((p) => s.includes(p)), {
      error: `${what}须包含 ${required.join('、')}`,
    })
    .refine((s) => (s.match(/\{[^}]*\}/g) ?? []).every((p) => PLACEHOLDERS.includes(p)), {
      error: `${what}只能使用 {year}、{seq}、{code} 占位符`,
    });
}

const uniqueKinds = (what: string) =>
  z.array(penaltyKind).refine((a) => new Set(a).size === a.length, { error: `${what}中的处罚种类重复` });

/** 第六十三条第一款第三项、第四项: a setting may add kinds but not take these away. */
const STATUTORY_HEARING_KINDS: readonly PenaltyKind[] = [
  'lower_qualification',
  'revoke_license',
  'order_suspension',
  'order_closure',
  'restrict_employment',
];

const period = (max: number) =>
  z
    .number({ error: '期限须为数字' })
    .int({ error: '期限须为整数' })
    .min(1, { error: '期限至少为1日' })
    .max(max, { error: `期限不得超过${max}日` });

/** Validates a settings object (an edit by the bureau, or the defaults) before it is stored as a new version. */
export const caseSettingsSchema = z.object({
  caseNumberPattern: numberPattern('案件编号格式', ['{year}', '{seq}']),
  documentNumberPattern: numberPattern('文书编号格式', ['{code}', '{year}', '{seq}']),
  hearingThresholds: z
    .array(
      z.object({
        partyKind,
        fineFen: fen('听证罚款数额标准'),
        confiscationFen: fen('听证没收数额标准'),
        inclusive: z.literal(true, { error: '数额标准须含本数（「以上」包括本数）' }),
        basis: basisText,
      }),
    )
    .superRefine((rows, ctx) => {
      for (const kind of PARTY_KINDS) {
        const n = rows.filter((r) => r.partyKind === kind).length;
        if (n !== 1)
          ctx.addIssue({
            code: 'custom',
            message:
              n === 0
                ? `缺少「${PARTY_KIND_LABELS[kind]}」的听证数额标准`
                : `「${PARTY_KIND_LABELS[kind]}」的听证数额标准重复`,
          });
      }
    }),
  hearingPenaltyKinds: uniqueKinds('听证处罚种类').refine(
    (a) => STATUTORY_HEARING_KINDS.every((k) => a.includes(k)),
    { error: '不得删除《中华人民共和国行政处罚法》第六十三条第一款第三项、第四项规定的处罚种类' },
  ),
  legalReview: z.object({
    fineFen: fenByPartyKind('法制审核罚款数额标准'),
    confiscationFen: fenByPartyKind('法制审核没收数额标准'),
    penaltyKinds: uniqueKinds('法制审核处罚种类'),
    flags: z
      .array(z.enum(LEGAL_REVIEW_FLAGS, { error: '未知的法制审核情形' }))
      .refine((a) => LEGAL_REVIEW_FLAGS.every((f) => a.includes(f)), {
        error: '不得删除《中华人民共和国行政处罚法》第五十八条第一款规定的法制审核情形',
      }),
    afterHearing: z.literal(true, { error: '经过听证程序的案件须进行法制审核' }),
    basis: basisText,
  }),
  collectiveDiscussion: z.object({
    fineFen: fenByPartyKind('集体讨论罚款数额标准'),
    confiscationFen: fenByPartyKind('集体讨论没收数额标准'),
    penaltyKinds: uniqueKinds('集体讨论处罚种类'),
    whenComplexOrMajor: z.literal(true, {
      error: '情节复杂或者重大违法行为须集体讨论（《中华人民共和国行政处罚法》第五十七条第二款）',
    }),
    whenOutsideBand: z.boolean({ error: '须选择偏离裁量基准时是否集体讨论' }),
    basis: basisText,
  }),
  avRequiredSteps: z
    .array(
      z.object({
        step: z.enum(AV_STEPS, { error: '未知的音像记录环节' }),
        label: z.string().trim().min(1, { error: '须填写环节名称' }),
        basis: basisText,
      }),
    )
    .refine((a) => new Set(a.map((s) => s.step)).size === a.length, { error: '音像记录环节重复' }),
  legalReviewDays: z.object({
    length: period(30),
    unit: z.literal('working_day', { error: '法制审核期限按工作日计算' }),
    basis: basisText,
  }),
}) satisfies z.ZodType<CaseSettings>;

/** Validates a version: a real date range and valid settings. */
export const caseSettingsVersionSchema = z
  .object({
    version: z.number().int().positive({ error: '版本号须为正整数' }),
    effectiveFrom: z.string().refine(isValidLocalDate, { error: '生效日期格式应为 YYYY-MM-DD' }),
    effectiveTo: z.string().refine(isValidLocalDate, { error: '失效日期格式应为 YYYY-MM-DD' }).nullable(),
    settings: caseSettingsSchema,
    note: z.string().optional(),
  })
  .refine((v) => v.effectiveTo === null || v.effectiveFrom < v.effectiveTo, {
    error: '失效日期须晚于生效日期',
    path: ['effectiveTo'],
  });
