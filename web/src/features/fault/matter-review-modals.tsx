import { Alert, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  REVIEW_RESULT_LABELS,
  REVIEW_RESULTS,
  ReviewApplicationBody,
  ReviewDecisionBody,
  type MatterView,
  type Measure,
  type ReviewResult,
} from '../../../../common/contracts/fault';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { dayText, toDay } from '../cases/format';
import {
  useReviewApplication,
  useReviewDecision,
  type ReviewApplicationInput,
  type ReviewDecisionInput,
} from './api';
import type { Review } from './matter-context';
import { MeasureSelect, PersonChoice } from './matter-pickers';
import { ARTICLE, MeasureTags } from './labels';
import { CIVIL_SERVANT_LAW_63, futureDay, heaviest, textRule } from './matter-shared';

export interface ApplicantProps {
  m: MatterView;
  /** The caller himself when he files for himself only (selfService without 纪检's review ability). */
  selfId: string | null;
  onClose: () => void;
}

/** The applicant: chosen among the liable persons by 纪检, or the caller himself. */
export function ApplicantField({ m, selfId }: { m: MatterView; selfId: string | null }) {
  const people = m.people.filter((p) => !selfId || p.person.id === selfId).map((p) => p.person);
  return (
    <Form.Item name="personId" label="申请人" rules={[{ required: true, message: '请选择申请人' }]}>
      <PersonChoice people={people} placeholder="选择申请人" testId="applicant" />
    </Form.Item>
  );
}

type ApplicationValues = {
  personId?: string;
  receivedOn?: Dayjs;
  grounds?: string;
  lateJustification?: string;
};

/** 申请复核 within 30 days of receiving the decision; a later application needs a justification. */
export function ReviewApplicationModal({ m, selfId, onClose }: ApplicantProps) {
  const mutation = useReviewApplication(m.id);
  const [form] = Form.useForm<ApplicationValues>();
  const personId = Form.useWatch('personId', form);
  const receivedOn = Form.useWatch('receivedOn', form);
  const due = m.people.find((p) => p.person.id === personId)?.reviewDueOn;
  const late = !!due && !!receivedOn && receivedOn.isAfter(dayjs(due), 'day');
  return (
    <CaseFormModal<ApplicationValues, ReviewApplicationInput>
      form={form}
      title={`申请复核：${m.no}`}
      okText="提交复核申请"
      width={680}
      onClose={onClose}
      mutation={mutation}
      schema={ReviewApplicationBody}
      testId="fault-review-application-modal"
      initialValues={{
        personId: selfId ?? (m.people.length === 1 ? m.people[0]?.person.id : undefined),
        receivedOn: dayjs(),
      }}
      toBody={(v) => ({
        personId: v.personId ?? '',
        receivedOn: toDay(v.receivedOn) ?? '',
        grounds: v.grounds?.trim() ?? '',
        lateJustification: late ? v.lateJustification?.trim() : undefined,
      })}
      submit={(body) => mutation.mutateAsync(body)}
      successText="复核申请已登记"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={due ? `复核申请期限至 ${dayText(due)}` : '收到处理决定之日起三十日内申请复核'}
          description={<Basis>{ARTICLE('十二')}</Basis>}
        />
      }
    >
      <ApplicantField m={m} selfId={selfId} />
      <Form.Item name="receivedOn" label="收到申请日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker disabledDate={futureDay} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="grounds" label="复核申请理由" rules={textRule('请填写复核申请理由')}>
        <Input.TextArea rows={5} maxLength={8000} showCount />
      </Form.Item>
      {late && (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="已超过三十日的复核申请期限：没有正当理由的，不予受理"
          />
          <Form.Item
            name="lateJustification"
            label="逾期申请的正当理由"
            rules={textRule('逾期申请须写明正当理由')}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
    </CaseFormModal>
  );
}

type DecisionValues = { result?: ReviewResult; measures?: Measure[]; reason?: string; decidedOn?: Dayjs };

/** 复核决定: upheld, reduced or revoked; never heavier, and the measure runs meanwhile. */
export function ReviewDecisionModal({
  m,
  review,
  onClose,
}: {
  m: MatterView;
  review: Review;
  onClose: () => void;
}) {
  const mutation = useReviewDecision(m.id);
  const [form] = Form.useForm<DecisionValues>();
  const result = Form.useWatch('result', form);
  const person = m.people.find((p) => p.person.id === review.person.id);
  const current = person?.currentMeasures ?? person?.decidedMeasures ?? [];
  const chosen = Form.useWatch('measures', form);
  const heavier = heaviest(chosen) > heaviest(current);
  return (
    <CaseFormModal<DecisionValues, ReviewDecisionInput>
      form={form}
      title={`复核决定：${review.person.name}`}
      okText="作出复核决定"
      width={680}
      onClose={onClose}
      mutation={mutation}
      schema={ReviewDecisionBody}
      testId="fault-review-decision-modal"
      initialValues={{ result: 'upheld', measures: current, decidedOn: dayjs() }}
      toBody={(v) => ({
        decidedOn: toDay(v.decidedOn) ?? '',
        result: v.result ?? 'upheld',
        measures: v.result === 'revoked' ? [] : (v.measures ?? []),
        reason: v.reason?.trim() ?? '',
      })}
      submit={(body) => mutation.mutateAsync({ reviewId: review.id, body })}
      successText="复核决定已作出"
      intro={
        <>
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="复核期间不停止处理决定的执行" />
          <div style={{ marginBottom: 16 }}>
            现处理措施：
            <MeasureTags measures={current} emptyText="无" />
          </div>
        </>
      }
    >
      <Form.Item name="result" label="复核结果" rules={[{ required: true, message: '请选择复核结果' }]}>
        <Radio.Group options={REVIEW_RESULTS.map((r) => ({ value: r, label: REVIEW_RESULT_LABELS[r] }))} />
      </Form.Item>
      {result !== 'revoked' && (
        <Form.Item name="measures" label="复核后的处理措施">
          <MeasureSelect limit={heaviest(current)} proposed={current} testId="review-measures" />
        </Form.Item>
      )}
      {heavier && result !== 'revoked' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="复核不得加重处理"
          description={<Basis>{CIVIL_SERVANT_LAW_63}</Basis>}
        />
      )}
      <Form.Item name="reason" label="复核理由" rules={textRule('请填写复核理由')}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item name="decidedOn" label="复核决定日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker disabledDate={futureDay} style={{ width: 200 }} />
      </Form.Item>
    </CaseFormModal>
  );
}
