import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CloseBody, type MatterView } from '../../../../common/contracts/fault';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { toDay } from '../cases/format';
import { useCloseMatter, type CloseInput } from './api';
import { DecisionModal } from './matter-decision-modal';
import { InformModal, NoticeModal, StatementModal } from './matter-inform-modals';
import { InquiryModal, SubjectsModal } from './matter-inquiry-modal';
import type { MatterModal } from './matter-context';
import { AppealModal, AppealOutcomeModal } from './matter-appeal-modals';
import { ReviewApplicationModal, ReviewDecisionModal } from './matter-review-modals';
import { futureDay } from './matter-shared';
import { TriageModal } from './matter-triage';

/** 办结: once every liable person has been served. */
function CloseModal({ m, onClose }: { m: MatterView; onClose: () => void }) {
  const mutation = useCloseMatter(m.id);
  return (
    <CaseFormModal<{ closedOn?: Dayjs; note?: string }, CloseInput>
      title={`办结：${m.no}`}
      okText="确认办结"
      onClose={onClose}
      mutation={mutation}
      schema={CloseBody}
      testId="fault-close-modal"
      initialValues={{ closedOn: dayjs() }}
      toBody={(v) => ({ closedOn: toDay(v.closedOn) ?? '', note: v.note?.trim() || undefined })}
      submit={(body) => mutation.mutateAsync(body)}
      successText="过错责任追究事项已办结"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="办结后，复核和申诉仍可继续登记；处理结果记入本人执法档案。"
        />
      }
    >
      <Form.Item name="closedOn" label="办结日期" rules={[{ required: true, message: '请选择办结日期' }]}>
        <DatePicker disabledDate={futureDay} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="note" label="办结说明">
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}

/** The open modal of the matter page; `meId` is the caller, for the accused's own filings. */
export function MatterModals({
  m,
  modal,
  meId,
  onClose,
}: {
  m: MatterView;
  modal: MatterModal | null;
  meId: string | null;
  onClose: () => void;
}) {
  if (!modal) return null;
  // The accused files only for himself; 纪检 (review ability) for any liable person.
  const selfId = m.abilities.review ? null : meId;
  switch (modal.kind) {
    case 'triage':
      return <TriageModal m={m} onClose={onClose} />;
    case 'subjects':
      return <SubjectsModal m={m} onClose={onClose} />;
    case 'inquiry':
      return <InquiryModal m={m} onClose={onClose} />;
    case 'inform':
      return <InformModal m={m} person={modal.person} onClose={onClose} />;
    case 'statement':
      return <StatementModal m={m} person={modal.person} onClose={onClose} />;
    case 'decision':
      return <DecisionModal m={m} onClose={onClose} />;
    case 'notice':
      return <NoticeModal m={m} person={modal.person} onClose={onClose} />;
    case 'reviewApplication':
      return <ReviewApplicationModal m={m} selfId={selfId} onClose={onClose} />;
    case 'reviewDecision':
      return <ReviewDecisionModal m={m} review={modal.review} onClose={onClose} />;
    case 'appeal':
      return <AppealModal m={m} selfId={selfId} onClose={onClose} />;
    case 'appealOutcome':
      return <AppealOutcomeModal m={m} appeal={modal.appeal} onClose={onClose} />;
    case 'close':
      return <CloseModal m={m} onClose={onClose} />;
  }
}
