import { Alert, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  HearingResponseBody,
  STATEMENT_REVIEW_LABELS,
  STATEMENT_REVIEW_RESULTS,
  StatementBody,
  StatementReviewBody,
  type Penalty,
  type StatementReviewResult,
} from '../../../../../common/contracts/cases';
import {
  useRecordHearingResponse,
  useRecordStatement,
  useReviewStatement,
  type CaseDetail,
  type Statement,
} from '../api-case';
import { penaltyText, toDay } from '../format';
// --- issue 6: hearings (begin) ---
import {
  HEARING_REQUEST_CHANNEL_LABELS,
  HEARING_REQUEST_CHANNELS,
  type HearingRequestChannel,
} from '../../../../../common/contracts/hearings';
// --- issue 6: hearings (end) ---
import { PenaltyEditor, penaltyRule } from '../penalty-editor';
import { CaseFormModal } from './case-form-modal';

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

type StatementValues = {
  kind: 'statement' | 'waiver';
  receivedOn: Dayjs;
  channel: 'written' | 'oral' | 'post' | 'electronic';
  content: string;
};

const CHANNEL_LABELS = {
  written: '书面',
  oral: '口头（已记录）',
  post: '邮寄',
  electronic: '电子方式',
} as const;

/** 陈述申辩: what the party said (or its written waiver), when and how it was received (第四十五条). */
export function StatementModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const m = useRecordStatement(caseId);
  return (
    <CaseFormModal<StatementValues, z.input<typeof StatementBody>>
      title="记录陈述申辩"
      okText="记录陈述申辩"
      onClose={onClose}
      mutation={m}
      schema={StatementBody}
      testId="statement-modal"
      initialValues={{ kind: 'statement', receivedOn: dayjs(), channel: 'written' }}
      toBody={(v) => ({
        kind: v.kind,
        receivedOn: toDay(v.receivedOn),
        channel: v.channel,
        content: v.content,
      })}
      submit={(body) => m.mutateAsync(body)}
    >
      <Form.Item name="kind" label="类型">
        <Radio.Group
          options={[
            { label: '提出陈述申辩', value: 'statement' },
            { label: '书面放弃陈述申辩', value: 'waiver' },
          ]}
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="receivedOn" label="收到日期" rules={[{ required: true }]}>
          <DatePicker disabledDate={notFuture} />
        </Form.Item>
        <Form.Item name="channel" label="方式" style={{ flex: 1 }}>
          <Select options={Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </div>
      <Form.Item
        name="content"
        label="内容"
        rules={[{ required: true, whitespace: true, message: '请填写陈述申辩内容或放弃的意思表示' }]}
      >
        <Input.TextArea rows={5} maxLength={8000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}

type ReviewValues = { statementId: string; result: StatementReviewResult; reason: string; penalty?: Penalty };

/** 复核: adopt or not, with reasons; adopting may lower the penalty, never raise it (第四十五条第二款). */
export function StatementReviewModal({
  lawCase,
  statement,
  onClose,
}: {
  lawCase: CaseDetail;
  statement: Statement | null;
  onClose: () => void;
}) {
  const m = useReviewStatement(lawCase.id);
  const [form] = Form.useForm<ReviewValues>();
  const result = Form.useWatch('result', form);
  const open = lawCase.statements.filter((s) => s.kind === 'statement' && !s.reviewResult);
  const current = lawCase.noticedPenalty ?? lawCase.proposedPenalty;
  return (
    <CaseFormModal<ReviewValues, z.input<typeof StatementReviewBody>>
      form={form}
      title="复核陈述申辩"
      okText="保存复核意见"
      width={820}
      onClose={onClose}
      mutation={m}
      schema={StatementReviewBody}
      testId="statement-review-modal"
      initialValues={{
        statementId: (statement ?? open[0])?.id,
        result: 'not_adopted',
        penalty: current ?? { items: [] },
      }}
      toBody={(v) => ({
        statementId: v.statementId,
        result: v.result,
        reason: v.reason,
        penalty: v.result === 'not_adopted' ? null : (v.penalty ?? null),
      })}
      submit={(body) => m.mutateAsync(body)}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`告知的处罚：${penaltyText(current)}。行政机关不得因当事人陈述、申辩而给予更重的处罚。`}
        />
      }
    >
      <Form.Item name="statementId" label="陈述申辩" rules={[{ required: true, message: '请选择' }]}>
        <Select
          options={open.map((s) => ({ value: s.id, label: `${s.receivedOn}：${s.content.slice(0, 40)}` }))}
        />
      </Form.Item>
      <Form.Item name="result" label="复核结果">
        <Radio.Group
          options={STATEMENT_REVIEW_RESULTS.map((r) => ({ label: STATEMENT_REVIEW_LABELS[r], value: r }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label="复核理由"
        rules={[{ required: true, whitespace: true, message: '请填写复核理由' }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      {result && result !== 'not_adopted' && (
        <Form.Item name="penalty" label="采纳后的处罚内容（只能减轻）" rules={[penaltyRule()]}>
          <PenaltyEditor />
        </Form.Item>
      )}
    </CaseFormModal>
  );
}

type HearingValues = {
  response: 'waived' | 'requested';
  receivedOn: Dayjs;
  postmarkOn?: Dayjs | null;
  note?: string;
  // --- issue 6: hearings (begin) ---
  channel: HearingRequestChannel;
  // --- issue 6: hearings (end) ---
};

/** 听证申请: the party requested a hearing (a postmark date counts for posted requests) or waived it. */
export function HearingResponseModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const m = useRecordHearingResponse(caseId);
  // --- issue 6: hearings (begin) ---
  const [form] = Form.useForm<HearingValues>();
  const channel = Form.useWatch('channel', form);
  // --- issue 6: hearings (end) ---
  return (
    <CaseFormModal<HearingValues, z.input<typeof HearingResponseBody>>
      form={form}
      title="记录听证申请情况"
      okText="记录听证申请情况"
      onClose={onClose}
      mutation={m}
      schema={HearingResponseBody}
      testId="hearing-response-modal"
      initialValues={{ response: 'waived', receivedOn: dayjs(), channel: 'written' }}
      toBody={(v) => ({
        response: v.response,
        receivedOn: toDay(v.receivedOn),
        // --- issue 6: hearings (begin) ---
        channel: v.channel,
        postmarkOn: v.channel === 'post' ? toDay(v.postmarkOn) : null,
        // --- issue 6: hearings (end) ---
        note: v.note ?? '',
      })}
      submit={(body) => m.mutateAsync(body)}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="当事人要求听证的，应当在行政机关告知后五日内提出（《中华人民共和国行政处罚法》第六十四条第一项）。邮寄提出的，以邮戳日期为准。"
        />
      }
    >
      <Form.Item name="response" label="当事人意思表示">
        <Radio.Group
          options={[
            { label: '放弃听证', value: 'waived' },
            { label: '申请听证', value: 'requested' },
          ]}
        />
      </Form.Item>
      {/* --- issue 6: hearings (begin) --- */}
      <Form.Item name="channel" label="提出方式">
        <Select
          aria-label="提出方式"
          data-testid="hearing-response-channel"
          options={HEARING_REQUEST_CHANNELS.map((c) => ({
            value: c,
            label: HEARING_REQUEST_CHANNEL_LABELS[c],
          }))}
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="receivedOn" label="收到日期" rules={[{ required: true }]}>
          <DatePicker disabledDate={notFuture} />
        </Form.Item>
        {channel === 'post' && (
          <Form.Item
            name="postmarkOn"
            label="邮戳日期"
            rules={[{ required: true, message: '邮寄提出的，请填写邮戳日期（期间以邮戳日期为准）' }]}
          >
            <DatePicker disabledDate={notFuture} />
          </Form.Item>
        )}
      </div>
      {/* --- issue 6: hearings (end) --- */}
      <Form.Item name="note" label="说明">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </CaseFormModal>
  );
}
