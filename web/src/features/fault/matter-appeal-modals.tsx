import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { AppealBody, AppealOutcomeBody, type MatterView } from '../../../../common/contracts/fault';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { toDay } from '../cases/format';
import { useAppeal, useAppealOutcome, type AppealInput, type AppealOutcomeInput } from './api';
import type { Appeal } from './matter-context';
import { ApplicantField, type ApplicantProps } from './matter-review-modals';
import { futureDay, textRule } from './matter-shared';

type AppealValues = { personId?: string; filedOn?: Dayjs; body?: string; content?: string };

/** 申诉 to the body that receives it, recorded with the matter. */
export function AppealModal({ m, selfId, onClose }: ApplicantProps) {
  const mutation = useAppeal(m.id);
  return (
    <CaseFormModal<AppealValues, AppealInput>
      title={`申诉：${m.no}`}
      okText="登记申诉"
      width={640}
      onClose={onClose}
      mutation={mutation}
      schema={AppealBody}
      testId="fault-appeal-modal"
      initialValues={{
        personId: selfId ?? (m.people.length === 1 ? m.people[0]?.person.id : undefined),
        filedOn: dayjs(),
      }}
      toBody={(v) => ({
        personId: v.personId ?? '',
        filedOn: toDay(v.filedOn) ?? '',
        body: v.body?.trim() ?? '',
        content: v.content?.trim() ?? '',
      })}
      submit={(body) => mutation.mutateAsync(body)}
      successText="申诉已登记"
    >
      <ApplicantField m={m} selfId={selfId} />
      <Form.Item name="filedOn" label="提出日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker disabledDate={futureDay} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="body" label="受理申诉的部门" rules={textRule('请填写受理申诉的部门')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="content" label="申诉内容" rules={textRule('请填写申诉内容')}>
        <Input.TextArea rows={5} maxLength={4000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}

/** The outcome of an appeal, as the receiving body answered. */
export function AppealOutcomeModal({
  m,
  appeal,
  onClose,
}: {
  m: MatterView;
  appeal: Appeal;
  onClose: () => void;
}) {
  const mutation = useAppealOutcome(m.id);
  return (
    <CaseFormModal<{ decidedOn?: Dayjs; outcome?: string }, AppealOutcomeInput>
      title={`申诉处理结果：${appeal.person.name}`}
      okText="登记结果"
      onClose={onClose}
      mutation={mutation}
      schema={AppealOutcomeBody}
      testId="fault-appeal-outcome-modal"
      initialValues={{ decidedOn: dayjs() }}
      toBody={(v) => ({ decidedOn: toDay(v.decidedOn) ?? '', outcome: v.outcome?.trim() ?? '' })}
      submit={(body) => mutation.mutateAsync({ appealId: appeal.id, body })}
      successText="申诉处理结果已登记"
    >
      <Form.Item name="decidedOn" label="处理日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker disabledDate={futureDay} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="outcome" label="申诉处理结果" rules={textRule('请填写申诉处理结果')}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}
