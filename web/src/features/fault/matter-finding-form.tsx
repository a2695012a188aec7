import { Alert, App, Button, Card, Checkbox, Form, Input, Space, type FormInstance } from 'antd';
import { useState } from 'react';
import {
  FAULT_TYPE_LABELS,
  FAULT_TYPES,
  FindingBody,
  type FaultType,
  type GroundCode,
  type LiabilityLevelCode,
  type LiabilityRuleCode,
  type Measure,
  type ShareView,
  type TrailRoleCode,
} from '../../../../common/contracts/fault';
import { ApiErrorAlert } from '../../components/api-error';
import { Basis } from '../cases/case-page/shared';
import { useSubmitFinding, type AllocationFactsInput, type FindingInput } from './api';
import {
  GroundsEditor,
  LiabilitiesEditor,
  ProposedMeasuresEditor,
  type Candidate,
} from './matter-finding-lists';
import { ARTICLE } from './labels';
import { textRule } from './matter-shared';

export interface LiabilityValue {
  personId?: string;
  role?: TrailRoleCode;
  level?: LiabilityLevelCode;
  rule?: LiabilityRuleCode;
}
export interface GroundValue {
  personId?: string;
  code?: GroundCode;
  evidence?: string;
  note?: string;
}
export interface FindingValues {
  faultTypes?: FaultType[];
  otherBasis?: string;
  act?: string;
  facts?: string;
  liabilities?: LiabilityValue[];
  overrideReason?: string;
  grounds?: GroundValue[];
  conflictResolution?: string;
  proposed?: Record<string, { measures?: Measure[]; note?: string } | undefined>;
}

const key = (l: LiabilityValue) => `${l.personId ?? ''}|${l.role ?? ''}|${l.level ?? ''}|${l.rule ?? ''}`;

/** Whether the allocation differs from the system's 第九条 proposal (then the reason is required). */
export function isOverride(shares: readonly ShareView[], liabilities: readonly LiabilityValue[]): boolean {
  const a = shares.map(key).sort().join(';');
  const b = liabilities.map(key).sort().join(';');
  return a !== b;
}

/** 第六条第二项 together with a 第八条 ground for one person: the investigators must resolve it in writing. */
export function hasConflict(grounds: readonly GroundValue[]): boolean {
  const codes = new Map<string, Set<string>>();
  for (const g of grounds) {
    if (!g.personId || !g.code) continue;
    codes.set(g.personId, (codes.get(g.personId) ?? new Set()).add(g.code));
  }
  return [...codes.values()].some((s) => s.has('E2') && [...s].some((c) => c.startsWith('A')));
}

function toBody(v: FindingValues, facts: AllocationFactsInput, shares: readonly ShareView[]): FindingInput {
  const liabilities = v.liabilities ?? [];
  const grounds = v.grounds ?? [];
  const types = v.faultTypes ?? [];
  return {
    faultTypes: types,
    otherBasis: types.includes('F11') ? v.otherBasis?.trim() : undefined,
    act: v.act?.trim() ?? '',
    facts: v.facts?.trim() ?? '',
    allocationFacts: facts,
    liabilities: liabilities.map((l) => ({
      personId: l.personId ?? '',
      role: l.role ?? 'other',
      level: l.level ?? 'some',
      rule: l.rule ?? 'manual',
    })),
    overrideReason: isOverride(shares, liabilities) ? v.overrideReason?.trim() : undefined,
    grounds: grounds.map((g) => ({
      personId: g.personId ?? '',
      code: g.code ?? 'E4',
      evidence: g.evidence?.trim() ?? '',
      note: g.note?.trim(),
    })),
    conflictResolution: hasConflict(grounds) ? v.conflictResolution?.trim() : undefined,
    proposedMeasures: liabilities
      .filter((l) => !!l.personId)
      .map((l) => ({
        personId: l.personId ?? '',
        measures: v.proposed?.[l.personId ?? '']?.measures ?? [],
        note: v.proposed?.[l.personId ?? '']?.note?.trim(),
      })),
  };
}

/**
 * 认定 (第三、五至九条): the kinds of fault, the act and the facts, the shares (prefilled from the proposal), the
 * grounds with evidence and the 拟处理意见. The contract is checked here first; the server checks it again.
 */
export function FindingForm({
  matterId,
  form,
  facts,
  shares,
  candidates,
  stale,
  initialLiabilities,
}: {
  matterId: string;
  initialLiabilities: LiabilityValue[];
  form: FormInstance<FindingValues>;
  facts: AllocationFactsInput;
  shares: readonly ShareView[];
  candidates: Candidate[];
  stale: boolean;
}) {
  const { message } = App.useApp();
  const mutation = useSubmitFinding(matterId);
  const [issues, setIssues] = useState<string[]>([]);
  const types = Form.useWatch('faultTypes', form) ?? [];
  const liabilities = Form.useWatch('liabilities', form) ?? [];
  const grounds = Form.useWatch('grounds', form) ?? [];
  const override = isOverride(shares, liabilities);
  const conflict = hasConflict(grounds);
  const liable = liabilities
    .map((l) => candidates.find((c) => c.id === l.personId))
    .filter((c): c is Candidate => !!c)
    .filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i);

  const finish = (v: FindingValues) => {
    const body = toBody(v, facts, shares);
    const r = FindingBody.safeParse(body);
    if (!r.success) {
      setIssues(r.error.issues.map((i) => i.message));
      return;
    }
    setIssues([]);
    mutation.mutateAsync(body).then(
      () => void message.success('认定已提交'),
      () => undefined,
    );
  };

  return (
    <Card size="small" title="认定" style={{ marginBottom: 16 }} data-testid="finding-form">
      <Form<FindingValues>
        form={form}
        layout="vertical"
        initialValues={{ liabilities: initialLiabilities, grounds: [] }}
        onFinish={finish}
        scrollToFirstError
      >
        <Form.Item
          name="faultTypes"
          label="过错情形（第五条）"
          rules={[{ required: true, message: '请至少选择一项过错情形（第五条）' }]}
        >
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {FAULT_TYPES.map((t) => (
              <Checkbox key={t} value={t}>
                {t} {FAULT_TYPE_LABELS[t]}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        {types.includes('F11') && (
          <Form.Item name="otherBasis" label="其他过错的法律依据" rules={textRule('请填写法律依据')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        )}
        <Form.Item name="act" label="发生过错的行政执法行为" rules={textRule('请填写发生过错的行为')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="facts" label="认定的事实" rules={textRule('请填写认定的事实')}>
          <Input.TextArea rows={6} maxLength={8000} showCount />
        </Form.Item>
        <Form.Item label="责任划分（第九条）" required>
          <LiabilitiesEditor candidates={candidates} />
        </Form.Item>
        {override && (
          <Form.Item
            name="overrideReason"
            label="改变理由"
            extra="责任划分与系统依第九条提出的建议不同，须书面说明理由"
            rules={textRule('改变系统建议的责任划分须写明理由')}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        )}
        <Form.Item label="情节（第六、七、八条）">
          <GroundsEditor candidates={candidates} />
        </Form.Item>
        {conflict && (
          <Form.Item
            name="conflictResolution"
            label="免责与从重情节并存时的认定意见"
            extra="同一人员既有第六条第二项（集体讨论）又有第八条情节，需调查人员人工认定"
            rules={textRule('请填写认定意见')}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        )}
        <Form.Item label="拟处理意见（第十条）">
          <ProposedMeasuresEditor people={liable} />
        </Form.Item>
        <ApiErrorAlert error={mutation.error} />
        {issues.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="请检查填写内容"
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {issues.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            }
          />
        )}
        {stale && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="调查认定的事实已修改，请重新计算建议后再提交"
          />
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={mutation.isPending} disabled={stale}>
            提交认定
          </Button>
          <Basis>{`${ARTICLE('三')}、第五条至第九条`}</Basis>
        </Space>
      </Form>
    </Card>
  );
}
