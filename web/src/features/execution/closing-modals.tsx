import { Alert, App, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  ArchiveBody,
  CLOSING_REASON_LABELS,
  CLOSING_REASONS,
  ClosingBody,
  ClosingDecisionBody,
  LoanBody,
  LoanDecisionBody,
  RETENTION_LABELS,
  RETENTIONS,
  type ClosingReason,
  type Retention,
} from '../../../../common/contracts/execution';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { toDay } from '../cases/format';
import {
  useArchiveCase,
  useDecideClosing,
  useDecideLoan,
  useRequestClosing,
  useRequestLoan,
  type ClosingView,
  type LoanView,
} from './api';
import { confirmStep } from './confirm';

const ARCHIVE_RULES = '《安全生产违法行为行政处罚办法》第六十四条、第六十五条';

type ClosingValues = { reason?: ClosingReason; note: string };

/** 申请结案: the reason (执行完毕, 终结执行...) and a note; the server refuses while the execution is not done. */
export function ClosingRequestModal({ closing, onClose }: { closing: ClosingView; onClose: () => void }) {
  const m = useRequestClosing(closing.caseId);
  return (
    <CaseFormModal<ClosingValues, z.input<typeof ClosingBody>>
      title="申请结案"
      okText="提交结案申请"
      onClose={onClose}
      mutation={m}
      schema={ClosingBody}
      testId="closing-request-modal"
      initialValues={{ reason: closing.suggestedReason ?? undefined }}
      toBody={(v) => ({ reason: v.reason as ClosingReason, note: (v.note ?? '').trim() })}
      submit={(body) => m.mutateAsync(body)}
      successText="结案申请已提交，待负责人审批"
      intro={
        closing.ready ? (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            title={closing.readyReason || '行政处罚决定已执行完毕，可以申请结案'}
          />
        ) : (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="closing-not-ready"
            title={closing.readyReason || '执行尚未完毕'}
          />
        )
      }
    >
      <Form.Item name="reason" label="结案理由" rules={[{ required: true, message: '请选择结案理由' }]}>
        <Select
          aria-label="结案理由"
          data-testid="closing-reason"
          options={CLOSING_REASONS.map((r) => ({ value: r, label: CLOSING_REASON_LABELS[r] }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label="结案说明"
        rules={[{ required: true, whitespace: true, message: '请填写结案说明' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="closing-note" />
      </Form.Item>
    </CaseFormModal>
  );
}

type DecisionValues = { decision?: 'approve' | 'return'; opinion: string };

export function ClosingDecisionModal({ closing, onClose }: { closing: ClosingView; onClose: () => void }) {
  const m = useDecideClosing(closing.caseId);
  const pending = closing.closures.find((c) => c.status === 'pending');
  return (
    <CaseFormModal<DecisionValues, z.input<typeof ClosingDecisionBody>>
      title="结案审批"
      okText="提交审批意见"
      onClose={onClose}
      mutation={m}
      schema={ClosingDecisionBody}
      testId="closing-decision-modal"
      toBody={(v) => ({ decision: v.decision as 'approve' | 'return', opinion: (v.opinion ?? '').trim() })}
      submit={(body) => m.mutateAsync(body)}
      successText="审批意见已提交"
      intro={
        pending && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`${pending.requestedByName} 申请结案：${CLOSING_REASON_LABELS[pending.reason]}`}
            description={
              <span style={{ whiteSpace: 'pre-wrap' }}>
                {[pending.reasonNote, pending.summary].filter(Boolean).join('\n')}
              </span>
            }
          />
        )
      }
    >
      <Form.Item name="decision" label="审批结论" rules={[{ required: true, message: '请选择审批结论' }]}>
        <Radio.Group
          data-testid="closing-decision"
          options={[
            { value: 'approve', label: '同意结案' },
            { value: 'return', label: '退回' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="opinion"
        label="审批意见"
        rules={[{ required: true, whitespace: true, message: '请填写审批意见' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="closing-opinion" />
      </Form.Item>
    </CaseFormModal>
  );
}

/** 归档: the case file is sealed — its documents and evidence listed with SM3 digests and bound into one PDF. */
export function ArchiveModal({ closing, onClose }: { closing: ClosingView; onClose: () => void }) {
  const m = useArchiveCase(closing.caseId);
  const { modal } = App.useApp();
  return (
    <CaseFormModal<{ retention?: Retention }, z.input<typeof ArchiveBody>>
      title="案卷归档"
      okText="确认归档"
      onClose={onClose}
      mutation={m}
      schema={ArchiveBody}
      testId="archive-modal"
      initialValues={{ retention: 'long' }}
      toBody={(v) => ({ retention: v.retention as Retention })}
      submit={(body) =>
        confirmStep(modal, {
          title: '确认归档封存本案卷？',
          content: '归档后案卷材料不得增加、替换或抽取，案件不能再办理任何事项。',
          okText: '确认归档',
          danger: true,
        }).then(() => m.mutateAsync(body))
      }
      successText="案卷已归档"
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="行政处罚案件结案后应当按规定立卷归档；案卷归档后，任何人不得私自增加或者抽取案卷材料"
          description={<Basis>{ARCHIVE_RULES}</Basis>}
        />
      }
    >
      <Form.Item name="retention" label="保管期限" rules={[{ required: true, message: '请选择保管期限' }]}>
        <Radio.Group
          data-testid="archive-retention"
          options={RETENTIONS.map((r) => ({ value: r, label: RETENTION_LABELS[r] }))}
        />
      </Form.Item>
    </CaseFormModal>
  );
}

type LoanValues = { purpose: string; untilOn: Dayjs | null };

export function LoanRequestModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const m = useRequestLoan(caseId);
  return (
    <CaseFormModal<LoanValues, z.input<typeof LoanBody>>
      title="申请借阅案卷"
      okText="提交借阅申请"
      onClose={onClose}
      mutation={m}
      schema={LoanBody}
      testId="loan-request-modal"
      initialValues={{ untilOn: dayjs().add(7, 'day') }}
      toBody={(v) => ({ purpose: (v.purpose ?? '').trim(), untilOn: toDay(v.untilOn) ?? '' })}
      submit={(body) => m.mutateAsync(body)}
      successText="借阅申请已提交，待审批"
    >
      <Form.Item
        name="purpose"
        label="借阅事由"
        rules={[{ required: true, whitespace: true, message: '请填写借阅事由' }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="loan-purpose" />
      </Form.Item>
      <Form.Item name="untilOn" label="归还日期" rules={[{ required: true, message: '请选择归还日期' }]}>
        <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} aria-label="归还日期" />
      </Form.Item>
    </CaseFormModal>
  );
}

export function LoanDecisionModal({
  loan,
  decision,
  onClose,
}: {
  loan: LoanView;
  decision: 'approve' | 'reject';
  onClose: () => void;
}) {
  const m = useDecideLoan(loan.caseId);
  return (
    <CaseFormModal<{ decision: 'approve' | 'reject'; opinion: string }, z.input<typeof LoanDecisionBody>>
      title={decision === 'approve' ? '批准借阅' : '不予批准借阅'}
      okText={decision === 'approve' ? '批准' : '不予批准'}
      danger={decision === 'reject'}
      onClose={onClose}
      mutation={m}
      schema={LoanDecisionBody}
      testId="loan-decision-modal"
      initialValues={{ decision }}
      toBody={(v) => ({ decision: v.decision, opinion: (v.opinion ?? '').trim() })}
      submit={(body) => m.mutateAsync({ loanId: loan.id, body })}
      successText="审批意见已提交"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${loan.borrowerName} 申请借阅${loan.caseNo ? ` ${loan.caseNo}` : ''}，${loan.untilOn} 前归还`}
          description={`事由：${loan.purpose}`}
        />
      }
    >
      <Form.Item name="decision" label="审批结论">
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
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}
