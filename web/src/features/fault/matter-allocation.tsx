import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Form, Radio } from 'antd';
import { useMemo, useState } from 'react';
import { TRAIL_ROLE_LABELS, type MatterView, type Suggestion } from '../../../../common/contracts/fault';
import { ApiErrorAlert } from '../../components/api-error';
import { Basis } from '../cases/case-page/shared';
import { useAllocation, type AllocationFactsInput, type AllocationView } from './api';
import { AllocationResult } from './matter-allocation-view';
import type { Candidate } from './matter-finding-lists';
import {
  FindingForm,
  type FindingValues,
  type GroundValue,
  type LiabilityValue,
} from './matter-finding-form';
import { PersonChoice } from './matter-pickers';
import { ARTICLE } from './labels';

interface FactsValues {
  misreportedBy?: string[];
  approvalRequired?: 'auto' | 'yes' | 'no';
  sectionHeadConsented?: boolean;
  faultInChangedPart?: boolean;
}

function toFacts(v: FactsValues): AllocationFactsInput {
  return {
    misreportedBy: v.misreportedBy ?? [],
    approvalRequired: v.approvalRequired === 'yes' ? true : v.approvalRequired === 'no' ? false : undefined,
    sectionHeadConsented: !!v.sectionHeadConsented,
    faultInChangedPart: v.faultInChangedPart ?? true,
  };
}

const sharesToLiabilities = (a: AllocationView): LiabilityValue[] =>
  a.shares.map((s) => ({ personId: s.personId, role: s.role, level: s.level, rule: s.rule }));

/** The subjects and everyone on the case's trail, each once, with their roles. */
function candidatesOf(m: MatterView, a: AllocationView | null): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const s of m.subjects) byId.set(s.id, { id: s.id, name: s.name, note: '被调查人员' });
  for (const t of a?.trail ?? []) {
    const c = byId.get(t.personId);
    const role = TRAIL_ROLE_LABELS[t.role];
    if (!c) byId.set(t.personId, { id: t.personId, name: t.name, note: role });
    else if (!c.note?.includes(role)) c.note = `${c.note}、${role}`;
  }
  return [...byId.values()];
}

/**
 * 认定工作台: the investigators state what they established (who misreported, whether approval was needed…), the
 * server proposes the 第九条 shares from the case's records (计算建议), and the finding is written from it.
 */
export function AllocationWorkbench({ m }: { m: MatterView }) {
  const { message } = App.useApp();
  const allocation = useAllocation(m.id);
  const [factsForm] = Form.useForm<FactsValues>();
  const [findingForm] = Form.useForm<FindingValues>();
  const [computed, setComputed] = useState<{ facts: AllocationFactsInput; view: AllocationView } | null>(
    null,
  );
  const [stale, setStale] = useState(false);
  const candidates = useMemo(() => candidatesOf(m, computed?.view ?? null), [m, computed]);

  const compute = () => {
    const facts = toFacts(factsForm.getFieldsValue());
    // The finding form mounts with the first answer (its initial values); later answers refill it.
    const mounted = computed !== null;
    allocation.mutateAsync(facts).then(
      (view) => {
        setComputed({ facts, view });
        setStale(false);
        if (mounted) findingForm.setFieldsValue({ liabilities: sharesToLiabilities(view) });
      },
      () => undefined,
    );
  };

  const adopt = (list: Suggestion[]) => {
    const grounds = (findingForm.getFieldValue('grounds') as GroundValue[] | undefined) ?? [];
    const fresh = list.filter((s) => !grounds.some((g) => g.personId === s.personId && g.code === s.code));
    findingForm.setFieldsValue({
      grounds: [
        ...grounds,
        ...fresh.map((s) => ({ personId: s.personId, code: s.code, evidence: s.evidence, note: s.note })),
      ],
    });
    void message.info(fresh.length ? `已采纳 ${fresh.length} 项情节` : '该情节已在认定中');
  };

  return (
    <>
      <Card size="small" title="调查认定的事实" style={{ marginBottom: 16 }} data-testid="allocation-facts">
        <Form<FactsValues>
          form={factsForm}
          layout="vertical"
          initialValues={{ approvalRequired: 'auto', sectionHeadConsented: false, faultInChangedPart: true }}
          onValuesChange={() => {
            if (computed) setStale(true);
          }}
        >
          <Form.Item
            name="misreportedBy"
            label="汇报事实有误、隐瞒事实或者提供虚假证据的人员"
            extra="第九条第一项：由其承担主要责任，承办科室（单位）负责人承担一定责任"
          >
            <PersonChoice multiple people={candidates} placeholder="无则不选" testId="facts-misreported" />
          </Form.Item>
          <Form.Item name="approvalRequired" label="过错行为是否应当经过审批">
            <Radio.Group
              options={[
                { value: 'auto', label: '按案件程序确定' },
                { value: 'yes', label: '应当审批' },
                { value: 'no', label: '无需审批' },
              ]}
            />
          </Form.Item>
          <Form.Item name="sectionHeadConsented" valuePropName="checked">
            <Checkbox>应审批未审批的，经承办科室（单位）负责人同意</Checkbox>
          </Form.Item>
          <Form.Item
            name="faultInChangedPart"
            valuePropName="checked"
            extra="第九条第四项：仅在处理意见被上级领导改变时适用"
          >
            <Checkbox>过错发生在上级领导改变的部分</Checkbox>
          </Form.Item>
          <ApiErrorAlert error={allocation.error} />
          <Button
            type="primary"
            icon={<CalculatorOutlined />}
            loading={allocation.isPending}
            onClick={compute}
          >
            计算建议
          </Button>
          <span style={{ marginInlineStart: 12 }}>
            <Basis>{ARTICLE('九')}</Basis>
          </span>
        </Form>
      </Card>
      {!computed ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="填写调查认定的事实后，点击“计算建议”，系统按第九条由案件审批记录自动提出责任划分"
        />
      ) : (
        <>
          <AllocationResult a={computed.view} onAdopt={adopt} />
          <FindingForm
            matterId={m.id}
            form={findingForm}
            facts={computed.facts}
            shares={computed.view.shares}
            initialLiabilities={sharesToLiabilities(computed.view)}
            candidates={candidates}
            stale={stale}
          />
        </>
      )}
    </>
  );
}
