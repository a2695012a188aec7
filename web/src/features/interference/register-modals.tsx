import { Alert, Checkbox, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  INSTRUCTION_DECISION_LABELS,
  INSTRUCTION_DECISIONS,
  InstructionBody,
  JudicialBody,
  OUTCOME_KIND_LABELS,
  OUTCOME_KINDS,
  OutcomeBody,
  VerificationBody,
  type InstructionDecision,
  type OutcomeKind,
} from '../../../../common/contracts/interference';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { toDay } from '../cases/format';
import { useConclude, useInstruct, useReferToJudiciary, useVerify, type RegisterView } from './api';
import { ARTICLE } from './labels';

export type RegisterModal = 'instruct' | 'verify' | 'conclude' | 'refer';

interface Props {
  r: RegisterView;
  onClose: () => void;
}

const textRule = (message: string) => [{ required: true, whitespace: true, message }];
const pastDay = (d: Dayjs) => d.isAfter(dayjs(), 'day');

function DayField({ label }: { label: string }) {
  return (
    <Form.Item name="decidedOn" label={label} rules={[{ required: true, message: `请选择${label}` }]}>
      <DatePicker disabledDate={pastDay} style={{ width: 200 }} />
    </Form.Item>
  );
}

/** 批示: filed, or sent to 纪检 for verification (第五条). */
function InstructModal({ r, onClose }: Props) {
  const m = useInstruct(r.id);
  return (
    <CaseFormModal<{ decision?: InstructionDecision; text?: string }, z.input<typeof InstructionBody>>
      title={`批示：${r.registerNo}`}
      okText="提交批示"
      onClose={onClose}
      mutation={m}
      schema={InstructionBody}
      testId="instruct-modal"
      toBody={(v) => ({ decision: v.decision!, text: v.text?.trim() ?? '' })}
      submit={(body) => m.mutateAsync(body)}
      successText="批示已登记"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={r.route === 'discipline' ? '过问人为主要领导，由派驻纪检监察组提出意见' : '主要领导批示'}
          description={<Basis>{ARTICLE('五')}</Basis>}
        />
      }
    >
      <Form.Item name="decision" label="批示意见" rules={[{ required: true, message: '请选择批示意见' }]}>
        <Radio.Group
          data-testid="instruct-decision"
          options={INSTRUCTION_DECISIONS.map((d) => ({ value: d, label: INSTRUCTION_DECISION_LABELS[d] }))}
        />
      </Form.Item>
      <Form.Item name="text" label="批示内容" rules={textRule('请填写批示内容')}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="instruct-text" />
      </Form.Item>
    </CaseFormModal>
  );
}

type VerifyValues = { established?: boolean; consequence?: boolean; text?: string; decidedOn?: Dayjs };

/** 核查结论: established or not, and whether it caused consequences or a bad influence (第九条). */
function VerifyModal({ r, onClose }: Props) {
  const m = useVerify(r.id);
  const [form] = Form.useForm<VerifyValues>();
  const established = Form.useWatch('established', form);
  return (
    <CaseFormModal<VerifyValues, z.input<typeof VerificationBody>>
      form={form}
      title={`核查结论：${r.registerNo}`}
      okText="登记核查结论"
      onClose={onClose}
      mutation={m}
      schema={VerificationBody}
      testId="verify-modal"
      initialValues={{ decidedOn: dayjs(), consequence: false }}
      toBody={(v) => ({
        established: !!v.established,
        consequence: !!v.established && !!v.consequence,
        text: v.text?.trim() ?? '',
        decidedOn: toDay(v.decidedOn) ?? '',
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="核查结论已登记"
      intro={<Basis>{ARTICLE('九')}</Basis>}
    >
      <Form.Item name="established" label="核查结论" rules={[{ required: true, message: '请选择核查结论' }]}>
        <Radio.Group
          data-testid="verify-established"
          options={[
            { value: true, label: '违反规定干预执法办案属实' },
            { value: false, label: '不属实' },
          ]}
        />
      </Form.Item>
      {established && (
        <Form.Item name="consequence" valuePropName="checked">
          <Checkbox data-testid="verify-consequence">造成后果或者恶劣影响</Checkbox>
        </Form.Item>
      )}
      <Form.Item name="text" label="核查情况" rules={textRule('请填写核查结论')}>
        <Input.TextArea rows={5} maxLength={4000} showCount data-testid="verify-text" />
      </Form.Item>
      <DayField label="核查日期" />
    </CaseFormModal>
  );
}

/** 处理结果 (第九条): party or government discipline, organisational handling, or none. */
function ConcludeModal({ r, onClose }: Props) {
  const m = useConclude(r.id);
  return (
    <CaseFormModal<{ kind?: OutcomeKind; text?: string; decidedOn?: Dayjs }, z.input<typeof OutcomeBody>>
      title={`处理结果：${r.registerNo}`}
      okText="登记处理结果"
      onClose={onClose}
      mutation={m}
      schema={OutcomeBody}
      testId="conclude-modal"
      initialValues={{ decidedOn: dayjs() }}
      toBody={(v) => ({ kind: v.kind!, text: v.text?.trim() ?? '', decidedOn: toDay(v.decidedOn) ?? '' })}
      submit={(body) => m.mutateAsync(body)}
      successText="处理结果已登记"
      intro={<Basis>{ARTICLE('九')}</Basis>}
    >
      <Form.Item name="kind" label="处理结果" rules={[{ required: true, message: '请选择处理结果' }]}>
        <Radio.Group data-testid="conclude-kind">
          {OUTCOME_KINDS.map((k) => (
            <Radio key={k} value={k} style={{ display: 'flex', marginBottom: 6 }}>
              {OUTCOME_KIND_LABELS[k]}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="text" label="处理决定内容" rules={textRule('请填写处理决定内容')}>
        <Input.TextArea rows={4} maxLength={4000} showCount data-testid="conclude-text" />
      </Form.Item>
      <DayField label="处理日期" />
    </CaseFormModal>
  );
}

/** 移送司法机关 when the interference may be a crime (第九条). */
function ReferModal({ r, onClose }: Props) {
  const m = useReferToJudiciary(r.id);
  return (
    <CaseFormModal<{ organ?: string; text?: string; decidedOn?: Dayjs }, z.input<typeof JudicialBody>>
      title={`移送司法机关：${r.registerNo}`}
      okText="登记移送"
      danger
      onClose={onClose}
      mutation={m}
      schema={JudicialBody}
      testId="refer-modal"
      initialValues={{ decidedOn: dayjs() }}
      toBody={(v) => ({
        organ: v.organ?.trim() ?? '',
        text: v.text?.trim() ?? '',
        decidedOn: toDay(v.decidedOn) ?? '',
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="移送情况已登记"
      intro={<Basis>{ARTICLE('九')}</Basis>}
    >
      <Form.Item name="organ" label="移送机关" rules={textRule('请填写移送机关')}>
        <Input maxLength={100} placeholder="如：赤峰市监察委员会、赤峰市公安局" />
      </Form.Item>
      <Form.Item name="text" label="移送理由" rules={textRule('请填写移送理由')}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      <DayField label="移送日期" />
    </CaseFormModal>
  );
}

export function RegisterModals({ which, r, onClose }: Props & { which: RegisterModal | null }) {
  switch (which) {
    case 'instruct':
      return <InstructModal r={r} onClose={onClose} />;
    case 'verify':
      return <VerifyModal r={r} onClose={onClose} />;
    case 'conclude':
      return <ConcludeModal r={r} onClose={onClose} />;
    case 'refer':
      return <ReferModal r={r} onClose={onClose} />;
    case null:
      return null;
  }
}
