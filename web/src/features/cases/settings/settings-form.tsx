import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  AV_STEP_LABELS,
  AV_STEPS,
  CaseSettingsValues as CaseSettingsSchema,
  PARTY_KIND_LABELS,
  PARTY_KINDS,
  PENALTY_KIND_LABELS,
  PENALTY_KINDS,
  type AvStep,
} from '../../../../../common/contracts/cases';
import { ApiErrorAlert } from '../../../components/api-error';
import { zodRule } from '../../../components/zod-rule';
import { useSaveCaseSettings, type CaseSettings, type CaseSettingsValues } from '../api-admin';
import { toDay } from '../format';
import { YuanInput } from '../catalogue/yuan-input';
import { LEGAL_REVIEW_FLAG_LABELS, patternExample } from './settings-view';

interface Values {
  effectiveFrom: Dayjs;
  note: string;
  settings: CaseSettingsValues;
  avSteps: AvStep[];
}
const KIND_OPTIONS = PENALTY_KINDS.map((k) => ({ label: PENALTY_KIND_LABELS[k], value: k }));
const AV_DEFAULT_BASIS = '本局音像记录事项清单 [地]';

/** One fine threshold per party kind, typed in 元 and stored in fen. */
function PartyFen({ path, label }: { path: string[]; label: string }) {
  return (
    <Form.Item label={label} style={{ marginBottom: 8 }}>
      <Space wrap>
        {PARTY_KINDS.map((k) => (
          <Form.Item key={k} name={[...path, k]} noStyle rules={[{ required: true, message: '请填写金额' }]}>
            <YuanInput prefix={PARTY_KIND_LABELS[k]} style={{ width: 230 }} />
          </Form.Item>
        ))}
      </Space>
    </Form.Item>
  );
}

function PatternItem({
  name,
  label,
}: {
  name: 'caseNumberPattern' | 'documentNumberPattern';
  label: string;
}) {
  const value = Form.useWatch(['settings', name]) as string | undefined;
  return (
    <Form.Item
      name={['settings', name]}
      label={label}
      rules={[zodRule(CaseSettingsSchema.shape[name])]}
      extra={value ? `例：${patternExample(value)}` : undefined}
    >
      <Input className="zf-mono" maxLength={60} />
    </Form.Item>
  );
}

/**
 * Saves a new dated version of the case settings. Every value starts from the version in force; amounts are in
 * 元. A version applies to steps taken from its effective date on, never to what happened before.
 */
export function SettingsForm({ state }: { state: CaseSettings }) {
  const { message } = App.useApp();
  const save = useSaveCaseSettings();
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const current = state.current;
  const basisOf = (step: AvStep) =>
    [...current.avRequiredSteps, ...state.defaults.avRequiredSteps].find((a) => a.step === step)?.basis ??
    AV_DEFAULT_BASIS;

  const submit = () => {
    // The whole store, not only the fields on screen: bases and fixed flags travel along unchanged.
    const v = form.getFieldsValue(true) as Values;
    const settings: CaseSettingsValues = {
      ...v.settings,
      avRequiredSteps: v.avSteps.map((step) => ({ step, label: AV_STEP_LABELS[step], basis: basisOf(step) })),
    };
    const parsed = CaseSettingsSchema.safeParse(settings);
    setProblem(parsed.success ? null : (parsed.error.issues[0]?.message ?? '设置内容不符合要求'));
    if (!parsed.success) return;
    save.mutateAsync({ effectiveFrom: toDay(v.effectiveFrom), settings, note: v.note }).then(
      () => void message.success(`已保存，自 ${toDay(v.effectiveFrom)} 起施行`),
      () => undefined,
    );
  };

  return (
    <Form<Values>
      form={form}
      name="caseSettings"
      layout="vertical"
      onFinish={submit}
      initialValues={{
        effectiveFrom: dayjs().add(1, 'day'),
        settings: current,
        avSteps: current.avRequiredSteps.map((a) => a.step),
      }}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <PatternItem name="caseNumberPattern" label="案件编号格式（{year} 年度，{seq} 序号）" />
        </Col>
        <Col xs={24} md={12}>
          <PatternItem name="documentNumberPattern" label="文书编号格式（{code} 文书代字）" />
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['settings', 'legalReviewDays', 'length']} label="法制审核期限（个工作日）">
            <InputNumber min={1} max={60} precision={0} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">听证</Divider>
      {current.hearingThresholds.map((t, i) => (
        <Form.Item key={t.partyKind} label={`${PARTY_KIND_LABELS[t.partyKind]}：较大数额（含本数）`}>
          <Space wrap>
            <Form.Item
              name={['settings', 'hearingThresholds', i, 'fineFen']}
              noStyle
              rules={[{ required: true }]}
            >
              <YuanInput prefix="罚款" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              name={['settings', 'hearingThresholds', i, 'confiscationFen']}
              noStyle
              rules={[{ required: true }]}
            >
              <YuanInput prefix="没收" style={{ width: 200 }} />
            </Form.Item>
          </Space>
        </Form.Item>
      ))}
      <Form.Item name={['settings', 'hearingPenaltyKinds']} label="告知听证权利的处罚种类">
        <Select mode="multiple" options={KIND_OPTIONS} />
      </Form.Item>
      <Divider titlePlacement="start">法制审核</Divider>
      <PartyFen path={['settings', 'legalReview', 'fineFen']} label="罚款数额（以上，含本数）" />
      <Form.Item name={['settings', 'legalReview', 'penaltyKinds']} label="处罚种类">
        <Select mode="multiple" options={KIND_OPTIONS} />
      </Form.Item>
      <Form.Item name={['settings', 'legalReview', 'flags']} label="其他情形">
        <Select
          mode="multiple"
          options={Object.entries(LEGAL_REVIEW_FLAG_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Divider titlePlacement="start">集体讨论</Divider>
      <PartyFen path={['settings', 'collectiveDiscussion', 'fineFen']} label="罚款数额（以上，含本数）" />
      <Form.Item name={['settings', 'collectiveDiscussion', 'penaltyKinds']} label="处罚种类">
        <Select mode="multiple" options={KIND_OPTIONS} />
      </Form.Item>
      <Divider titlePlacement="start">音像记录事项清单</Divider>
      <Form.Item name="avSteps">
        <Select mode="multiple" options={AV_STEPS.map((s) => ({ label: AV_STEP_LABELS[s], value: s }))} />
      </Form.Item>
      <Divider titlePlacement="start">新版本</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="effectiveFrom"
            label="生效日期"
            rules={[{ required: true, message: '请选择生效日期' }]}
          >
            <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="note"
            label="修改说明"
            rules={[{ required: true, message: '请填写修改说明及依据文件' }]}
          >
            <Input maxLength={500} placeholder="如：依据某某文件调整听证较大数额标准" />
          </Form.Item>
        </Col>
      </Row>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <ApiErrorAlert error={save.error} />
      <Typography.Paragraph type="secondary">
        保存后自生效日期起适用；此前已发生的办案环节仍按当时施行的版本判断。
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        保存新版本
      </Button>
    </Form>
  );
}
