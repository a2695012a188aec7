import { Space, Tag, Tooltip, Typography } from 'antd';
import {
  INTERFERENCE_BASIS,
  INTERFERENCE_TYPE_LABELS,
  INTERFERENCE_TYPE_SHORT,
  REGISTER_STAGE_LABELS,
  type InterferenceMethod,
  type InterferenceType,
  type RegisterStage,
} from '../../../../common/contracts/interference';
import type { Person } from './api';

/** Citations of the rule (赤峰市应急管理局内部人员干预执法办案记录和责任追究制度) by article. */
export const ARTICLE = (n: string) => `${INTERFERENCE_BASIS}第${n}条`;

export const SEALED_NOTE = '本登记表提交后不得修改或删除（第六条）；每次查阅、打印均留痕。';
export const SUBMIT_CONFIRM = '提交后不得修改或删除，将直接呈报主要领导批示。确认提交？';
export const PRINCIPAL_ROUTE_NOTE = '过问人为主要领导，本登记表将改报派驻纪检监察组，不呈报主要领导本人';
export const DECLARATION_NOTE = '结案前，每名承办人员须声明本案有无内部人员过问（第五条、第十条）';

/** What evidence the register needs for each way of interference (第五条第二款), shown beside the method. */
export const EVIDENCE_REQUIRED: Record<InterferenceMethod, string> = {
  oral: '口头过问：须附录音，或说明未能录音的原因',
  phone: '电话过问：须附电话录音，或说明未能录音的原因',
  via_other: '通过他人转达：须附录音，或说明未能录音的原因；并填写转达人',
  electronic: '电子信息：须附电子信息原件或截图',
  written: '书面过问：须附纸质材料扫描件（原件另行归档）',
  other: '其他方式：须说明具体方式',
};

export const STAGE_COLORS: Record<RegisterStage, string> = {
  awaiting_instruction: 'orange',
  filed: 'default',
  referred: 'blue',
  established: 'volcano',
  not_established: 'green',
  concluded: 'purple',
  judicial: 'red',
};

/** The stage, with the red 逾期未批示 beside it when the 批示 is late. */
export function StageTag({ stage, overdue }: { stage: RegisterStage; overdue?: boolean }) {
  return (
    <Space size={4} wrap>
      <Tag color={STAGE_COLORS[stage]} data-testid="register-stage">
        {REGISTER_STAGE_LABELS[stage]}
      </Tag>
      {overdue && (
        <Tag color="red" data-testid="register-overdue">
          逾期未批示
        </Tag>
      )}
    </Space>
  );
}

/** The kinds of 第七条 as short tags, the full wording on hover. */
export function TypeTags({ types }: { types: readonly InterferenceType[] }) {
  return (
    <Space size={[4, 4]} wrap>
      {types.map((t) => (
        <Tooltip key={t} title={INTERFERENCE_TYPE_LABELS[t]}>
          <Tag style={{ marginInlineEnd: 0 }}>{INTERFERENCE_TYPE_SHORT[t]}</Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

/** A person of the bureau as the pickers show it: name, then unit and position in small print. */
export function personText(p: Person): string {
  return [p.name, [p.unitName, p.positionName].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
}

export function PersonOptionLabel({ person }: { person: Person }) {
  return (
    <Space size={6}>
      <span>{person.name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[person.unitName, person.positionName].filter(Boolean).join(' ')}
      </Typography.Text>
      {person.principal && <Tag color="gold">主要领导</Tag>}
    </Space>
  );
}

/** A long digest in small monospace, copyable (chain hashes, SM3). */
export function Mono({ text }: { text: string | null | undefined }) {
  if (!text) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text className="zf-mono" style={{ fontSize: 12, wordBreak: 'break-all' }} copyable>
      {text}
    </Typography.Text>
  );
}
