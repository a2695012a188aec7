import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  CHALLENGE_KIND_LABELS,
  CHALLENGE_KINDS,
  ChallengeBody,
  ChallengeEndBody,
  OnSpotBody,
  PaymentBody,
  PAYMENT_SOURCE_LABELS,
  SCHEDULE_KIND_LABELS,
  ScheduleBody,
  ScheduleDecisionBody,
  type ChallengeKind,
  type OnSpotGroundKey,
  type ScheduleKind,
} from '../../../../common/contracts/execution';
import {
  CHALLENGE_RESULT_LABELS,
  CHALLENGE_RESULTS,
  FAULT_RULE,
  REVERSAL_RESULTS,
  type ChallengeResult,
} from '../../../../common/contracts/fault';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { YuanInput } from '../cases/catalogue/yuan-input';
import { toDay, yuan } from '../cases/format';
import {
  useApplySchedule,
  useCollectOnSpot,
  useDecideSchedule,
  useEndChallenge,
  useRecordChallenge,
  useRecordPayment,
  type ChallengeView,
  type FineView,
  type ScheduleView,
} from './api';
import { confirmStep } from './confirm';
import { FORCE_LAW, LAW, SEPARATION_BASIS } from './labels';
import { OnSpotGroundFields } from './on-spot-fields';
import { ReceiptSerialSelect } from './receipt-serial-select';

export interface FineModalProps {
  fine: FineView;
  onClose: () => void;
}

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');
const dayOf = (d: Dayjs | null | undefined) => toDay(d) ?? '';

// ------------------------------------------------------------------------------------------- payment (finance)

type PaymentValues = {
  source: 'bank' | 'e_payment';
  principalFen: number | null;
  surchargeFen: number | null;
  paidOn: Dayjs | null;
  payer: string;
  reference: string;
};

/**
 * 登记缴款: finance books a payment shown by the bank's or the e-payment channel's voucher (a payment that arrived
 * by a statement import is booked there). The surcharge due so far is offered as the default.
 */
export function PaymentModal({ fine, onClose }: FineModalProps) {
  const m = useRecordPayment(fine);
  const { modal } = App.useApp();
  return (
    <CaseFormModal<PaymentValues, z.input<typeof PaymentBody>>
      title="登记缴款"
      okText="登记缴款"
      onClose={onClose}
      mutation={m}
      schema={PaymentBody}
      testId="fine-payment-modal"
      initialValues={{
        source: 'bank',
        principalFen: fine.outstandingFen,
        surchargeFen: Math.max(fine.surcharge.totalFen - fine.surchargePaidFen, 0),
        paidOn: dayjs(),
        payer: fine.partyName,
      }}
      toBody={(v) => ({
        source: v.source,
        principalFen: v.principalFen ?? 0,
        surchargeFen: v.surchargeFen ?? 0,
        paidOn: dayOf(v.paidOn),
        payer: (v.payer ?? '').trim(),
        reference: (v.reference ?? '').trim(),
      })}
      submit={(body) =>
        confirmStep(modal, {
          title: `确认登记缴款 ${yuan(body.principalFen + (body.surchargeFen ?? 0))}？`,
          content: '缴款记录登记后不能删除，请与银行回单或电子缴款凭证核对无误。',
          okText: '确认登记',
        }).then(() => m.mutateAsync(body))
      }
      successText="缴款已登记"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`尚欠罚款 ${yuan(fine.outstandingFen)}；加处罚款累计 ${yuan(fine.surcharge.totalFen)}，已缴 ${yuan(fine.surchargePaidFen)}`}
          description={<Basis>{`${SEPARATION_BASIS}第十条；${LAW}第六十七条`}</Basis>}
        />
      }
    >
      <Form.Item name="source" label="缴款渠道" rules={[{ required: true, message: '请选择缴款渠道' }]}>
        <Radio.Group
          options={(['bank', 'e_payment'] as const).map((s) => ({
            value: s,
            label: PAYMENT_SOURCE_LABELS[s],
          }))}
        />
      </Form.Item>
      <Space size={16} wrap align="start">
        <Form.Item
          name="principalFen"
          label="罚款金额"
          rules={[{ required: true, message: '请填写罚款金额' }]}
        >
          <YuanInput aria-label="罚款金额" data-testid="payment-principal" />
        </Form.Item>
        <Form.Item name="surchargeFen" label="加处罚款">
          <YuanInput aria-label="加处罚款" data-testid="payment-surcharge" />
        </Form.Item>
        <Form.Item name="paidOn" label="缴款日期" rules={[{ required: true, message: '请选择缴款日期' }]}>
          <DatePicker disabledDate={notFuture} aria-label="缴款日期" />
        </Form.Item>
      </Space>
      <Form.Item
        name="payer"
        label="缴款人"
        rules={[{ required: true, whitespace: true, message: '请填写缴款人' }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="reference"
        label="银行流水号或电子缴款凭证号"
        rules={[{ required: true, whitespace: true, message: '请填写银行流水号或电子缴款凭证号' }]}
      >
        <Input maxLength={100} className="zf-mono" />
      </Form.Item>
    </CaseFormModal>
  );
}

// ------------------------------------------------------------------------------------------- on the spot (officers)

type OnSpotValues = {
  ground?: OnSpotGroundKey;
  reason?: string;
  partyRequested?: boolean;
  receiptSerial?: string;
  amountFen: number | null;
  paidOn: Dayjs | null;
  payer: string;
};

/**
 * 当场收缴: the officer takes the money only on a ground of 第六十八条 or 第六十九条, against a receipt of his own book
 * (第七十条), and hands the cash to finance within two working days (第七十一条).
 */
export function OnSpotModal({ fine, onClose }: FineModalProps) {
  const m = useCollectOnSpot(fine);
  const { modal } = App.useApp();
  return (
    <CaseFormModal<OnSpotValues, z.input<typeof OnSpotBody>>
      title="当场收缴罚款"
      okText="确认收缴"
      onClose={onClose}
      mutation={m}
      schema={OnSpotBody}
      width={720}
      testId="fine-onspot-modal"
      initialValues={{
        amountFen: fine.outstandingFen,
        paidOn: dayjs(),
        payer: fine.partyName,
        partyRequested: false,
      }}
      toBody={(v) => ({
        ground: v.ground as OnSpotGroundKey,
        reason: (v.reason ?? '').trim(),
        partyRequested: !!v.partyRequested,
        receiptSerial: v.receiptSerial ?? '',
        amountFen: v.amountFen ?? 0,
        paidOn: dayOf(v.paidOn),
        payer: (v.payer ?? '').trim(),
      })}
      submit={(body) =>
        confirmStep(modal, {
          title: `确认当场收缴 ${yuan(body.amountFen)}，出具票据 ${body.receiptSerial}？`,
          content: '收缴的现金应当自收缴之日起二日内交至行政机关（第七十一条）。',
          okText: '确认收缴',
        }).then(() => m.mutateAsync(body))
      }
      successText="当场收缴已登记"
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="除法定情形外，作出行政处罚决定的行政机关及其执法人员不得自行收缴罚款"
          description={
            <Basis>{`${LAW}第六十七条第二款、第六十八条、第六十九条、第七十条、第七十一条`}</Basis>
          }
        />
      }
    >
      <OnSpotGroundFields />
      <Form.Item
        name="receiptSerial"
        label="罚没款票据编号"
        rules={[{ required: true, message: '请选择出具的罚没款票据' }]}
      >
        <ReceiptSerialSelect />
      </Form.Item>
      <Space size={16} wrap align="start">
        <Form.Item name="amountFen" label="收缴金额" rules={[{ required: true, message: '请填写收缴金额' }]}>
          <YuanInput aria-label="收缴金额" data-testid="onspot-amount" />
        </Form.Item>
        <Form.Item name="paidOn" label="收缴日期" rules={[{ required: true, message: '请选择收缴日期' }]}>
          <DatePicker disabledDate={notFuture} aria-label="收缴日期" />
        </Form.Item>
        <Form.Item
          name="payer"
          label="缴款人"
          rules={[{ required: true, whitespace: true, message: '请填写缴款人' }]}
          style={{ minWidth: 240 }}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Space>
    </CaseFormModal>
  );
}

// ------------------------------------------------------------------------------------------- deferral, instalments

type ScheduleValues = {
  kind: ScheduleKind;
  appliedOn: Dayjs | null;
  reason: string;
  items: { dueOn: Dayjs | null; amountFen: number | null }[];
};

/**
 * 暂缓或者分期缴纳 (第六十六条第二款): the party's application with the reason of economic hardship and the proposed
 * due days; a 负责人 approves. The items should add up to what is outstanding.
 */
export function ScheduleModal({ fine, onClose }: FineModalProps) {
  const m = useApplySchedule(fine);
  const [form] = Form.useForm<ScheduleValues>();
  const kind = Form.useWatch('kind', form);
  const items: ScheduleValues['items'] = Form.useWatch('items', form) ?? [];
  const sum = items.reduce((s, i) => s + (i?.amountFen ?? 0), 0);
  return (
    <CaseFormModal<ScheduleValues, z.input<typeof ScheduleBody>>
      form={form}
      title="申请暂缓或分期缴纳罚款"
      okText="提交申请"
      width={720}
      onClose={onClose}
      mutation={m}
      schema={ScheduleBody}
      testId="fine-schedule-modal"
      initialValues={{
        kind: 'deferral',
        appliedOn: dayjs(),
        items: [{ dueOn: null, amountFen: fine.outstandingFen }],
      }}
      toBody={(v) => ({
        kind: v.kind,
        appliedOn: dayOf(v.appliedOn),
        reason: (v.reason ?? '').trim(),
        items: (v.items ?? []).map((i) => ({ dueOn: dayOf(i.dueOn), amountFen: i.amountFen ?? 0 })),
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="申请已提交，待负责人审批"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="当事人确有经济困难，需要延期或者分期缴纳罚款的，经当事人申请和行政机关批准，可以暂缓或者分期缴纳"
          description={<Basis>{`${LAW}第六十六条第二款`}</Basis>}
        />
      }
    >
      <Space size={16} wrap align="start">
        <Form.Item name="kind" label="申请事项" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={(['deferral', 'instalments'] as const).map((k) => ({
              value: k,
              label: SCHEDULE_KIND_LABELS[k],
            }))}
            onChange={(e) => {
              const next = e.target.value as ScheduleKind;
              if (next === 'deferral')
                form.setFieldValue('items', [{ dueOn: null, amountFen: fine.outstandingFen }]);
              else if (items.length < 2)
                form.setFieldValue('items', [
                  { dueOn: null, amountFen: null },
                  { dueOn: null, amountFen: null },
                ]);
            }}
          />
        </Form.Item>
        <Form.Item name="appliedOn" label="申请日期" rules={[{ required: true, message: '请选择申请日期' }]}>
          <DatePicker disabledDate={notFuture} />
        </Form.Item>
      </Space>
      <Form.Item
        name="reason"
        label="确有经济困难的理由"
        rules={[{ required: true, whitespace: true, message: '请填写确有经济困难的理由' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <div data-testid="schedule-items">
            <Typography.Text strong>{kind === 'instalments' ? '分期缴纳计划' : '暂缓至'}</Typography.Text>
            {fields.map((f, i) => (
              <Space key={f.key} align="start" style={{ display: 'flex', marginTop: 8 }}>
                {kind === 'instalments' && <span style={{ lineHeight: '32px', width: 48 }}>第{i + 1}期</span>}
                <Form.Item name={[f.name, 'dueOn']} rules={[{ required: true, message: '请选择缴纳期限' }]}>
                  <DatePicker
                    placeholder="缴纳期限"
                    disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                    aria-label={`第${i + 1}期缴纳期限`}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'amountFen']} rules={[{ required: true, message: '请填写金额' }]}>
                  <YuanInput aria-label={`第${i + 1}期金额`} />
                </Form.Item>
                {kind === 'instalments' && fields.length > 2 && (
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="删除本期" />
                )}
              </Space>
            ))}
            {kind === 'instalments' && fields.length < 12 && (
              <Button icon={<PlusOutlined />} onClick={() => add({ dueOn: null, amountFen: null })}>
                增加一期
              </Button>
            )}
            <div style={{ marginTop: 8 }}>
              <Typography.Text type={sum === fine.outstandingFen ? 'secondary' : 'warning'}>
                合计 {yuan(sum)}，尚欠罚款 {yuan(fine.outstandingFen)}
                {sum !== fine.outstandingFen && '（合计应与尚欠金额一致）'}
              </Typography.Text>
            </div>
          </div>
        )}
      </Form.List>
    </CaseFormModal>
  );
}

type DecisionValues = { decision?: 'approve' | 'reject'; opinion: string };

/** 审批: the 负责人 approves or refuses a deferral or instalments, with the opinion (a 批准书 is generated). */
export function ScheduleDecisionModal({
  fine,
  schedule,
  onClose,
}: FineModalProps & { schedule: ScheduleView }) {
  const m = useDecideSchedule(fine);
  return (
    <CaseFormModal<DecisionValues, z.input<typeof ScheduleDecisionBody>>
      title={`审批${SCHEDULE_KIND_LABELS[schedule.kind]}申请`}
      okText="提交审批意见"
      onClose={onClose}
      mutation={m}
      schema={ScheduleDecisionBody}
      testId="fine-schedule-decision-modal"
      toBody={(v) => ({ decision: v.decision as 'approve' | 'reject', opinion: (v.opinion ?? '').trim() })}
      submit={(body) => m.mutateAsync({ scheduleId: schedule.id, body })}
      successText="审批意见已提交"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`申请日期 ${schedule.appliedOn}；${schedule.items
            .map(
              (i, n) =>
                `${schedule.items.length > 1 ? `第${n + 1}期 ` : ''}${i.dueOn} 缴纳 ${yuan(i.amountFen)}`,
            )
            .join('；')}`}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>理由：{schedule.reason}</span>}
        />
      }
    >
      <Form.Item name="decision" label="审批结论" rules={[{ required: true, message: '请选择是否批准' }]}>
        <Radio.Group
          options={[
            { value: 'approve', label: '批准' },
            { value: 'reject', label: '不予批准' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="opinion"
        label="审批意见"
        rules={[{ required: true, whitespace: true, message: '请填写审批意见' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}

// ------------------------------------------------------------------------------------------- challenges

type ChallengeValues = { kind: ChallengeKind; startedOn: Dayjs | null };

/**
 * 复议或诉讼: the party applied for reconsideration or sued. The penalty is not suspended (第七十三条), but the court
 * application waits until the challenge ends, and the surcharge pauses while it runs.
 */
export function ChallengeModal({ fine, onClose }: FineModalProps) {
  const m = useRecordChallenge(fine);
  return (
    <CaseFormModal<ChallengeValues, z.input<typeof ChallengeBody>>
      title="登记行政复议或行政诉讼"
      okText="登记"
      onClose={onClose}
      mutation={m}
      schema={ChallengeBody}
      testId="fine-challenge-modal"
      initialValues={{ kind: 'reconsideration', startedOn: dayjs() }}
      toBody={(v) => ({ kind: v.kind, startedOn: dayOf(v.startedOn) })}
      submit={(body) => m.mutateAsync(body)}
      successText="已登记"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="当事人申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外"
          description={<Basis>{`${LAW}第七十三条；${FORCE_LAW}第五十三条`}</Basis>}
        />
      }
    >
      <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
        <Radio.Group options={CHALLENGE_KINDS.map((k) => ({ value: k, label: CHALLENGE_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item name="startedOn" label="申请或起诉日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker disabledDate={notFuture} />
      </Form.Item>
    </CaseFormModal>
  );
}

type ChallengeEndValues = { endedOn: Dayjs | null; result: ChallengeResult | null; outcome: string };

const REVERSAL_TEXT = REVERSAL_RESULTS.map((r) => CHALLENGE_RESULT_LABELS[r]).join('、');

/**
 * 登记复议或诉讼结果: the end date, the result (which decides whether the act was reversed) and its wording. A
 * reversal (撤销、变更、确认违法、确认无效) opens a 过错线索 for 纪检 in the same step (System 1, legal-spec §3.3).
 */
export function ChallengeEndModal({
  fine,
  challenge,
  onClose,
}: FineModalProps & { challenge: ChallengeView }) {
  const m = useEndChallenge(fine);
  const [form] = Form.useForm<ChallengeEndValues>();
  const result = Form.useWatch('result', form);
  const reversed = !!result && REVERSAL_RESULTS.includes(result);
  return (
    <CaseFormModal<ChallengeEndValues, z.input<typeof ChallengeEndBody>>
      form={form}
      title={`登记${CHALLENGE_KIND_LABELS[challenge.kind]}结果`}
      okText="登记结果"
      onClose={onClose}
      mutation={m}
      schema={ChallengeEndBody}
      testId="fine-challenge-end-modal"
      initialValues={{ endedOn: dayjs() }}
      toBody={(v) => ({
        endedOn: dayOf(v.endedOn),
        // An empty choice is refused by the contract with its own message, put on the field.
        result: (v.result ?? '') as ChallengeResult,
        outcome: (v.outcome ?? '').trim(),
      })}
      submit={(body) => m.mutateAsync({ challengeId: challenge.id, body })}
      successText={reversed ? '结果已登记，已生成过错线索转纪检监察初核' : '结果已登记'}
      intro={
        <Alert
          type={reversed ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={`结果为${REVERSAL_TEXT}的，系统将自动生成过错线索，转纪检监察初核`}
          description={
            <Basis>{`${FAULT_RULE}；行政复议法第六十三条至第六十六条；行政诉讼法第六十九条至第七十八条`}</Basis>
          }
          data-testid="challenge-reversal-note"
        />
      }
    >
      <Form.Item name="endedOn" label="结束日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker disabledDate={notFuture} />
      </Form.Item>
      <Form.Item name="result" label="结果" rules={[{ required: true, message: '请选择复议或诉讼的结果' }]}>
        <Select<ChallengeResult>
          placeholder="选择复议决定或裁判的结果"
          aria-label="结果"
          data-testid="challenge-result"
          options={CHALLENGE_RESULTS.map((r) => ({ value: r, label: CHALLENGE_RESULT_LABELS[r] }))}
        />
      </Form.Item>
      <Form.Item
        name="outcome"
        label="结果说明"
        rules={[{ required: true, whitespace: true, message: '请填写复议或诉讼结果' }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：复议维持原行政处罚决定" />
      </Form.Item>
    </CaseFormModal>
  );
}
