import { Alert, App, AutoComplete, DatePicker, Form, Input, InputNumber, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  CourtApplicationBody,
  DemandBody,
  DemandDeliveryBody,
  OutcomeBody,
  RulingBody,
  TerminateFineBody,
} from '../../../../common/contracts/execution';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { longDayText, toDay, yuan } from '../cases/format';
import {
  useApplyCourt,
  useIssueDemand,
  useRecordDemandDelivery,
  useRecordOutcome,
  useRecordRuling,
  useTerminateFine,
  type CourtApplicationView,
  type DemandView,
} from './api';
import { confirmStep } from './confirm';
import type { FineModalProps } from './fine-modals';
import { FORCE_LAW, LAW } from './labels';

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');
const dayOf = (d: Dayjs | null | undefined) => toDay(d) ?? '';

export const DELIVERY_METHODS = [
  '直接送达',
  '留置送达',
  '邮寄送达',
  '电子送达',
  '委托送达',
  '公告送达',
] as const;

// ------------------------------------------------------------------------------------------- 催告书

type DemandValues = { statementDays: number };

/**
 * 催告书 (行政强制法 第三十五条、第五十四条): before applying to court the bureau demands payment in writing, naming
 * the amount, the surcharge so far and the party's right to state and defend. The document is generated as a
 * case document; its delivery is recorded next.
 */
export function DemandModal({ fine, onClose }: FineModalProps) {
  const m = useIssueDemand(fine);
  return (
    <CaseFormModal<DemandValues, z.input<typeof DemandBody>>
      title="出具催告书"
      okText="出具催告书"
      onClose={onClose}
      mutation={m}
      schema={DemandBody}
      testId="fine-demand-modal"
      initialValues={{ statementDays: 3 }}
      toBody={(v) => ({ statementDays: v.statementDays })}
      submit={(body) => m.mutateAsync(body)}
      successText="催告书已生成，请送达后登记送达日期"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`催告缴纳罚款 ${yuan(fine.outstandingFen)}，加处罚款累计 ${yuan(fine.surcharge.totalFen)}`}
          description={
            <Basis>{`${FORCE_LAW}第三十五条、第五十四条：行政机关申请人民法院强制执行前，应当催告当事人履行义务；催告书送达十日后当事人仍未履行义务的，可以申请强制执行`}</Basis>
          }
        />
      }
    >
      <Form.Item
        name="statementDays"
        label="陈述、申辩期限（收到催告书之日起，日）"
        rules={[{ required: true, message: '请填写期限' }]}
      >
        <InputNumber min={3} max={15} precision={0} />
      </Form.Item>
    </CaseFormModal>
  );
}

type DeliveryValues = { deliveredOn: Dayjs | null; method: string };

export function DemandDeliveryModal({ fine, demand, onClose }: FineModalProps & { demand: DemandView }) {
  const m = useRecordDemandDelivery(fine);
  return (
    <CaseFormModal<DeliveryValues, z.input<typeof DemandDeliveryBody>>
      title={`登记催告书送达${demand.number ? `（${demand.number}）` : ''}`}
      okText="登记送达"
      onClose={onClose}
      mutation={m}
      schema={DemandDeliveryBody}
      testId="fine-demand-delivery-modal"
      initialValues={{ deliveredOn: dayjs(), method: '直接送达' }}
      toBody={(v) => ({ deliveredOn: dayOf(v.deliveredOn), method: (v.method ?? '').trim() })}
      submit={(body) => m.mutateAsync({ demandId: demand.id, body })}
      successText="送达已登记"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="催告书送达十日后当事人仍未履行的，方可申请人民法院强制执行"
          description={<Basis>{`${FORCE_LAW}第五十四条`}</Basis>}
        />
      }
    >
      <Form.Item name="deliveredOn" label="送达日期" rules={[{ required: true, message: '请选择送达日期' }]}>
        <DatePicker disabledDate={(d) => notFuture(d) || d.isBefore(dayjs(demand.issuedOn), 'day')} />
      </Form.Item>
      <Form.Item
        name="method"
        label="送达方式"
        rules={[{ required: true, whitespace: true, message: '请填写送达方式' }]}
      >
        <AutoComplete options={DELIVERY_METHODS.map((v) => ({ value: v }))} />
      </Form.Item>
    </CaseFormModal>
  );
}

// ------------------------------------------------------------------------------------------- court

type CourtValues = { court: string; appliedOn: Dayjs | null; partyOpinion?: string };

/**
 * 申请人民法院强制执行 (行政强制法 第五十三条、第五十四条; 行政处罚法 第七十二条第一款第三项): within three months
 * after the challenge period ends, and at least ten days after the 催告书 was delivered.
 */
export function CourtApplicationModal({ fine, onClose }: FineModalProps) {
  const m = useApplyCourt(fine);
  const w = fine.courtWindow;
  return (
    <CaseFormModal<CourtValues, z.input<typeof CourtApplicationBody>>
      title="申请人民法院强制执行"
      okText="提交申请"
      onClose={onClose}
      mutation={m}
      schema={CourtApplicationBody}
      testId="fine-court-modal"
      initialValues={{ appliedOn: dayjs() }}
      toBody={(v) => ({
        court: (v.court ?? '').trim(),
        appliedOn: dayOf(v.appliedOn),
        partyOpinion: (v.partyOpinion ?? '').trim(),
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="强制执行申请已登记，申请书已生成"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="court-window-hint"
          title={
            w ? (
              <>
                可申请期间：{longDayText(w.earliestAfterDemand ?? w.opensOn)} 至{' '}
                <Typography.Text strong>{longDayText(w.closesOn)}</Typography.Text>
              </>
            ) : (
              '尚无可申请期间（须先催告并送达）'
            )
          }
          description={<Basis>{`${FORCE_LAW}第五十三条、第五十四条；${LAW}第七十二条第一款第三项`}</Basis>}
        />
      }
    >
      <Form.Item
        name="court"
        label="受理法院"
        rules={[{ required: true, whitespace: true, message: '请填写受理法院' }]}
      >
        <Input maxLength={100} placeholder="如：赤峰市红山区人民法院" />
      </Form.Item>
      <Form.Item name="appliedOn" label="申请日期" rules={[{ required: true, message: '请选择申请日期' }]}>
        <DatePicker disabledDate={notFuture} />
      </Form.Item>
      <Form.Item name="partyOpinion" label="当事人陈述、申辩意见及采纳情况">
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}

type RulingValues = { ruling?: 'granted' | 'refused'; rulingOn: Dayjs | null; rulingNo: string };

export function RulingModal({
  fine,
  application,
  onClose,
}: FineModalProps & { application: CourtApplicationView }) {
  const m = useRecordRuling(fine);
  return (
    <CaseFormModal<RulingValues, z.input<typeof RulingBody>>
      title="登记法院裁定"
      okText="登记裁定"
      onClose={onClose}
      mutation={m}
      schema={RulingBody}
      testId="fine-ruling-modal"
      initialValues={{ rulingOn: dayjs() }}
      toBody={(v) => ({
        ruling: v.ruling as 'granted' | 'refused',
        rulingOn: dayOf(v.rulingOn),
        rulingNo: (v.rulingNo ?? '').trim(),
      })}
      submit={(body) => m.mutateAsync({ applicationId: application.id, body })}
      successText="裁定已登记"
      intro={
        <Typography.Paragraph type="secondary">
          {application.court}，{application.appliedOn} 申请。
        </Typography.Paragraph>
      }
    >
      <Form.Item name="ruling" label="裁定结果" rules={[{ required: true, message: '请选择裁定结果' }]}>
        <Radio.Group
          options={[
            { value: 'granted', label: '准予执行' },
            { value: 'refused', label: '不予执行' },
          ]}
        />
      </Form.Item>
      <Form.Item name="rulingOn" label="裁定日期" rules={[{ required: true, message: '请选择裁定日期' }]}>
        <DatePicker disabledDate={(d) => notFuture(d) || d.isBefore(dayjs(application.appliedOn), 'day')} />
      </Form.Item>
      <Form.Item
        name="rulingNo"
        label="裁定书文号"
        rules={[{ required: true, whitespace: true, message: '请填写裁定书文号' }]}
      >
        <Input maxLength={100} className="zf-mono" />
      </Form.Item>
    </CaseFormModal>
  );
}

type OutcomeValues = { outcome?: 'executed' | 'terminated'; outcomeOn: Dayjs | null; note: string };

export function OutcomeModal({
  fine,
  application,
  onClose,
}: FineModalProps & { application: CourtApplicationView }) {
  const m = useRecordOutcome(fine);
  return (
    <CaseFormModal<OutcomeValues, z.input<typeof OutcomeBody>>
      title="登记强制执行结果"
      okText="登记结果"
      onClose={onClose}
      mutation={m}
      schema={OutcomeBody}
      testId="fine-outcome-modal"
      initialValues={{ outcomeOn: dayjs() }}
      toBody={(v) => ({
        outcome: v.outcome as 'executed' | 'terminated',
        outcomeOn: dayOf(v.outcomeOn),
        note: (v.note ?? '').trim(),
      })}
      submit={(body) => m.mutateAsync({ applicationId: application.id, body })}
      successText="执行结果已登记"
    >
      <Form.Item name="outcome" label="执行结果" rules={[{ required: true, message: '请选择执行结果' }]}>
        <Radio.Group
          options={[
            { value: 'executed', label: '执行完毕' },
            { value: 'terminated', label: '终结执行' },
          ]}
        />
      </Form.Item>
      <Form.Item name="outcomeOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker disabledDate={notFuture} />
      </Form.Item>
      <Form.Item
        name="note"
        label="执行情况"
        rules={[{ required: true, whitespace: true, message: '请填写执行情况' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}

// ------------------------------------------------------------------------------------------- terminate

type TerminateValues = { reason: string };

/** 终结执行 (行政强制法 第四十条): the party died without estate, the legal person ended without a successor... */
export function TerminateFineModal({ fine, onClose }: FineModalProps) {
  const m = useTerminateFine(fine);
  const { modal } = App.useApp();
  return (
    <CaseFormModal<TerminateValues, z.input<typeof TerminateFineBody>>
      title="终结执行"
      okText="终结执行"
      danger
      onClose={onClose}
      mutation={m}
      schema={TerminateFineBody}
      testId="fine-terminate-modal"
      toBody={(v) => ({ reason: (v.reason ?? '').trim() })}
      submit={(body) =>
        confirmStep(modal, {
          title: '确认终结执行？',
          content: `尚欠罚款 ${yuan(fine.outstandingFen)} 将不再执行，此操作不可撤销。`,
          okText: '确认终结',
          danger: true,
        }).then(() => m.mutateAsync(body))
      }
      successText="已终结执行"
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="公民死亡无遗产可供执行又无义务承受人、法人或者其他组织终止无财产可供执行又无义务承受人、执行标的灭失等情形，终结执行"
          description={<Basis>{`${FORCE_LAW}第四十条`}</Basis>}
        />
      }
    >
      <Form.Item
        name="reason"
        label="终结执行的理由"
        rules={[{ required: true, whitespace: true, message: '请填写终结执行的理由' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}
