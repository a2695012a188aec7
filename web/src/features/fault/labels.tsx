import { Space, Tag, Tooltip, Typography } from 'antd';
import {
  CHALLENGE_RESULT_LABELS,
  FAULT_RULE,
  FAULT_TYPE_LABELS,
  GROUND_CODE_LABELS,
  GROUND_KIND_LABELS,
  groundKindOf,
  LEAD_SOURCE_LABELS,
  LIABILITY_LEVEL_LABELS,
  MATTER_STAGE_LABELS,
  MEASURE_LABELS,
  MEASURE_RANK,
  REVERSAL_RESULTS,
  REVIEW_RESULT_LABELS,
  type ChallengeResult,
  type FaultType,
  type GroundCode,
  type GroundKind,
  type LeadSource,
  type LiabilityLevelCode,
  type MatterStage,
  type Measure,
  type ReviewResult,
} from '../../../../common/contracts/fault';
import type { FaultPersonOption } from './api';

/** Citations of the rule (赤峰市应急管理局行政执法过错责任追究制度) by article: ARTICLE('十二') → …第十二条. */
export const ARTICLE = (n: string) => `${FAULT_RULE}第${n}条`;

export const STAGE_COLORS: Record<MatterStage, string> = {
  lead: 'orange',
  dismissed: 'default',
  investigating: 'blue',
  found: 'purple',
  decided: 'volcano',
  closed: 'green',
};

export function StageTag({ stage }: { stage: MatterStage }) {
  return (
    <Tag color={STAGE_COLORS[stage]} data-testid="matter-stage">
      {MATTER_STAGE_LABELS[stage]}
    </Tag>
  );
}

/** Reversals and 败诉 in red; what the bureau found itself in blue; the rest plain. */
const SOURCE_COLORS: Record<LeadSource, string> = {
  reconsideration: 'red',
  litigation: 'red',
  file_review: 'blue',
  complaint: 'gold',
  supervision: 'blue',
  interference_finding: 'volcano',
  missed_deadline: 'orange',
  crime_not_transferred: 'magenta',
  other: 'default',
};

/** The lead's source; `auto` marks a lead the system opened itself (a reversal recorded on the fine). */
export function SourceTag({ source, auto }: { source: LeadSource; auto?: boolean }) {
  return (
    <Space size={4} wrap>
      <Tag color={SOURCE_COLORS[source]} style={{ marginInlineEnd: 0 }} data-testid="matter-source">
        {LEAD_SOURCE_LABELS[source]}
      </Tag>
      {auto && (
        <Tooltip title="复议、诉讼结果为撤销、变更、确认违法或确认无效时由系统自动生成">
          <Tag style={{ marginInlineEnd: 0 }}>自动生成</Tag>
        </Tooltip>
      )}
    </Space>
  );
}

/** The 第五条 kinds as their codes' ordinal (第五条第N项), the full wording on hover. */
export function FaultTypeTags({ types, full }: { types: readonly FaultType[]; full?: boolean }) {
  if (!types.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {types.map((t) =>
        full ? (
          <Tag key={t} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
            {FAULT_TYPE_LABELS[t]}
          </Tag>
        ) : (
          <Tooltip key={t} title={FAULT_TYPE_LABELS[t]}>
            <Tag style={{ marginInlineEnd: 0 }}>{shortFaultType(t)}</Tag>
          </Tooltip>
        ),
      )}
    </Space>
  );
}

/** The 第五条 kinds in a few words, for narrow cells and chart axes (the full wording on hover). */
export const FAULT_TYPE_SHORT: Record<FaultType, string> = {
  F01: '事实不清证据不足',
  F02: '适用法律错误',
  F03: '违反法定程序',
  F04: '擅改处罚种类幅度',
  F05: '超越权限',
  F06: '违法要求履行义务',
  F07: '提供伪证',
  F08: '显失公正',
  F09: '行政不作为',
  F10: '玩忽职守徇私舞弊',
  F11: '其他过错',
};

export function shortFaultType(t: FaultType): string {
  return FAULT_TYPE_SHORT[t];
}

/** 第十条 measures, heavier ones in stronger colours; none: 免予追究 (or a dash when `emptyText` is given). */
export function MeasureTags({
  measures,
  emptyText = '免予追究',
}: {
  measures: readonly Measure[] | null | undefined;
  emptyText?: string;
}) {
  if (!measures?.length) return <Typography.Text type="secondary">{emptyText}</Typography.Text>;
  const color = (m: Measure) => {
    const r = MEASURE_RANK[m];
    return r >= 6 ? 'red' : r >= 4 ? 'volcano' : r >= 3 ? 'orange' : 'default';
  };
  return (
    <Space size={[4, 4]} wrap>
      {measures.map((m) => (
        <Tag key={m} color={color(m)} style={{ marginInlineEnd: 0 }} data-testid="fault-measure">
          {MEASURE_LABELS[m]}
        </Tag>
      ))}
    </Space>
  );
}

const LEVEL_COLORS: Record<LiabilityLevelCode, string> = { sole: 'red', main: 'volcano', some: 'gold' };

export function LevelTag({ level }: { level: LiabilityLevelCode }) {
  return (
    <Tag color={LEVEL_COLORS[level]} data-testid="liability-level">
      {LIABILITY_LEVEL_LABELS[level]}
    </Tag>
  );
}

const GROUND_KIND_COLORS: Record<GroundKind, string> = {
  exemption: 'green',
  mitigation: 'cyan',
  aggravation: 'red',
};

/** A 第六–八条 ground: its article and wording. */
export function GroundTag({ code }: { code: GroundCode }) {
  const kind = groundKindOf(code);
  return (
    <Tooltip title={GROUND_KIND_LABELS[kind]}>
      <Tag color={GROUND_KIND_COLORS[kind]} style={{ whiteSpace: 'normal' }}>
        {GROUND_CODE_LABELS[code]}
      </Tag>
    </Tooltip>
  );
}

export function ReviewResultTag({ result }: { result: ReviewResult | null }) {
  if (!result) return <Tag color="orange">待复核决定</Tag>;
  const color = result === 'upheld' ? 'default' : result === 'reduced' ? 'blue' : 'green';
  return <Tag color={color}>{REVIEW_RESULT_LABELS[result]}</Tag>;
}

export function ChallengeResultTag({ result }: { result: ChallengeResult }) {
  const reversed = REVERSAL_RESULTS.includes(result);
  return <Tag color={reversed ? 'red' : 'default'}>{CHALLENGE_RESULT_LABELS[result]}</Tag>;
}

/** A person of the bureau as the pickers show it: name, then unit and position. */
export function personText(p: Pick<FaultPersonOption, 'name' | 'unitName' | 'positionName'>): string {
  return [p.name, [p.unitName, p.positionName].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
}

export function PersonOptionLabel({ person }: { person: FaultPersonOption }) {
  return (
    <Space size={6}>
      <span>{person.name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[person.unitName, person.positionName].filter(Boolean).join(' ')}
      </Typography.Text>
      {person.discipline && <Tag color="purple">纪检监察</Tag>}
    </Space>
  );
}

/** Names of persons (with their unit on hover), or a dash. */
export function PeopleText({
  people,
}: {
  people: readonly { id: string; name: string; unitName: string | null }[];
}) {
  if (!people.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[4, 0]} wrap>
      {people.map((p, i) => (
        <Tooltip key={p.id} title={p.unitName ?? undefined}>
          <span>
            {p.name}
            {i < people.length - 1 ? '、' : ''}
          </span>
        </Tooltip>
      ))}
    </Space>
  );
}
