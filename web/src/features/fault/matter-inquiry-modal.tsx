import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { InquiryBody, SubjectsBody, type MatterView } from '../../../../common/contracts/fault';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { toInstant } from '../cases/format';
import { useAddInquiry, useAddSubjects, type InquiryInput, type SubjectsInput } from './api';
import { FaultPeopleSelect, PersonChoice } from './matter-pickers';
import { ARTICLE } from './labels';
import { textRule } from './matter-shared';

interface Props {
  m: MatterView;
  onClose: () => void;
}

/** 添加被调查人员: others found to share the fault during the investigation. */
export function SubjectsModal({ m, onClose }: Props) {
  const mutation = useAddSubjects(m.id);
  return (
    <CaseFormModal<{ subjectIds?: string[] }, SubjectsInput>
      title={`添加被调查人员：${m.no}`}
      okText="添加"
      onClose={onClose}
      mutation={mutation}
      schema={SubjectsBody}
      testId="fault-subjects-modal"
      toBody={(v) => ({ subjectIds: v.subjectIds ?? [] })}
      submit={(body) => mutation.mutateAsync(body)}
      successText="被调查人员已添加"
    >
      <Form.Item
        name="subjectIds"
        label="被调查人员"
        rules={[{ required: true, message: '请选择被调查人员' }]}
        extra={m.subjects.length ? `已有：${m.subjects.map((s) => s.name).join('、')}` : undefined}
      >
        <FaultPeopleSelect multiple placeholder="选择被调查人员" testId="subjects-select" />
      </Form.Item>
    </CaseFormModal>
  );
}

interface InquiryValues {
  personId?: string;
  heldAt?: Dayjs;
  place?: string;
  investigatorIds?: string[];
  content?: string;
}

/** 调查笔录: who was asked, when and where, by at least two investigators, and what was said. */
export function InquiryModal({ m, onClose }: Props) {
  const mutation = useAddInquiry(m.id);
  return (
    <CaseFormModal<InquiryValues, InquiryInput>
      title={`添加调查笔录：${m.no}`}
      okText="保存笔录"
      width={760}
      onClose={onClose}
      mutation={mutation}
      schema={InquiryBody}
      testId="fault-inquiry-modal"
      initialValues={{ investigatorIds: m.investigators.map((p) => p.id) }}
      toBody={(v) => ({
        personId: v.personId ?? '',
        heldAt: toInstant(v.heldAt) ?? '',
        place: v.place?.trim() ?? '',
        investigatorIds: v.investigatorIds ?? [],
        content: v.content?.trim() ?? '',
      })}
      submit={(body) => mutation.mutateAsync(body)}
      successText="调查笔录已保存"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="调查询问时调查人员不得少于二人，笔录经被询问人核对无误后签名。"
          description={<Basis>{ARTICLE('二')}</Basis>}
        />
      }
    >
      <Form.Item name="personId" label="被询问人" rules={[{ required: true, message: '请选择被询问人' }]}>
        <FaultPeopleSelect placeholder="选择被询问人" testId="inquiry-person" />
      </Form.Item>
      <Form.Item name="heldAt" label="询问时间" rules={[{ required: true, message: '请选择询问时间' }]}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item name="place" label="询问地点" rules={textRule('请填写询问地点')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="investigatorIds"
        label="调查人员"
        rules={[{ required: true, message: '请选择调查人员' }]}
      >
        <PersonChoice
          multiple
          people={m.investigators}
          placeholder="选择参加询问的调查人员"
          testId="inquiry-investigators"
        />
      </Form.Item>
      <Form.Item name="content" label="笔录内容" rules={textRule('请填写笔录内容')}>
        <Input.TextArea rows={10} maxLength={20000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}
