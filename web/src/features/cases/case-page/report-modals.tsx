import { Alert, Checkbox, Form, Input, Radio, Space, Typography } from 'antd';
import type { z } from 'zod';
import {
  CASE_FLAG_LABELS,
  CASE_FLAGS,
  OUTCOME_LABELS,
  OUTCOMES,
  ProposalChangeBody,
  ReportBody,
  type CaseFlag,
  type Outcome,
  type Penalty,
} from '../../../../../common/contracts/cases';
import { useChangeProposal, useSubmitReport, type CaseDetail } from '../api-case';
import { fenRange, fineOf, penaltyText } from '../format';
import { PenaltyEditor, penaltyRule } from '../penalty-editor';
import { CaseFormModal } from './case-form-modal';

/** The discretion band(s) chosen for the case's violations: the fine range the proposal should stay within. */
export function bandRange(lawCase: CaseDetail): { min: number | null; max: number | null } | null {
  const bands = lawCase.violations.map((v) => v.band).filter((b) => !!b);
  if (!bands.length) return null;
  const mins = bands.map((b) => b.fineMinFen).filter((x): x is number => x !== null);
  const maxs = bands.map((b) => b.fineMaxFen).filter((x): x is number => x !== null);
  return { min: mins.length ? Math.min(...mins) : null, max: maxs.length ? Math.max(...maxs) : null };
}

function outsideBand(lawCase: CaseDetail, penalty: Penalty | undefined): boolean {
  const band = bandRange(lawCase);
  const fine = fineOf(penalty);
  if (!band || fine === null) return false;
  return (band.min !== null && fine < band.min) || (band.max !== null && fine > band.max);
}

/** The bands as a hint under the penalty editor. */
export function BandHint({ lawCase }: { lawCase: CaseDetail }) {
  if (!lawCase.violations.length)
    return <Typography.Text type="warning">尚未认定违法行为，无法对照裁量基准。</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      {lawCase.violations.map((v) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} key={v.id}>
          {v.name}：
          {v.band
            ? `${v.band.circumstances}，罚款 ${fenRange(v.band.fineMinFen, v.band.fineMaxFen)}`
            : '未选择裁量情节'}
          （{v.penaltyProvision}）
        </Typography.Text>
      ))}
    </Space>
  );
}

type ReportValues = {
  outcome: Outcome;
  penalty: Penalty;
  facts: string;
  reasons: string;
  flags: CaseFlag[];
  departureReason?: string;
};

/** 案件调查报告: the outcome of 第五十七条, the proposed penalty, facts, reasons, the 第五十八条 circumstances. */
export function ReportModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useSubmitReport(lawCase.id);
  const [form] = Form.useForm<ReportValues>();
  const outcome = Form.useWatch('outcome', form);
  const penalty = Form.useWatch('penalty', form);
  const departing = outcome === 'penalty' && outsideBand(lawCase, penalty);
  return (
    <CaseFormModal<ReportValues, z.input<typeof ReportBody>>
      form={form}
      title="案件调查报告"
      okText="提交调查报告"
      width={860}
      onClose={onClose}
      mutation={m}
      schema={ReportBody}
      testId="report-modal"
      successText="调查报告已提交案件审核"
      initialValues={{
        outcome: lawCase.outcome ?? 'penalty',
        penalty: lawCase.proposedPenalty ?? { items: [] },
        facts: lawCase.facts,
        reasons: '',
        flags: CASE_FLAGS.filter((f) => lawCase.flags[f]),
      }}
      toBody={(v) => ({
        outcome: v.outcome,
        penalty: v.outcome === 'penalty' ? (v.penalty ?? { items: [] }) : { items: [] },
        facts: v.facts,
        reasons: v.reasons,
        flags: Object.fromEntries(CASE_FLAGS.map((f) => [f, (v.flags ?? []).includes(f)])),
        departureReason: v.departureReason?.trim() || null,
      })}
      submit={(body) => m.mutateAsync(body)}
    >
      <Form.Item
        name="outcome"
        label="处理意见（第五十七条）"
        rules={[{ required: true, message: '请选择处理意见' }]}
      >
        <Radio.Group>
          <Space orientation="vertical">
            {OUTCOMES.map((o) => (
              <Radio key={o} value={o} data-testid={`outcome-${o}`}>
                {OUTCOME_LABELS[o]}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      {outcome === 'penalty' && (
        <Form.Item
          name="penalty"
          label="拟处罚内容"
          extra={<BandHint lawCase={lawCase} />}
          rules={[penaltyRule(true)]}
        >
          <PenaltyEditor />
        </Form.Item>
      )}
      {departing && (
        <Form.Item
          name="departureReason"
          label="不按裁量基准的理由"
          extra="拟处罚款超出所选裁量基准的，应当说明理由（《中华人民共和国行政处罚法》第三十四条）"
          rules={[{ required: true, whitespace: true, message: '请说明不按裁量基准的理由' }]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
      <Form.Item
        name="facts"
        label="调查认定的违法事实"
        rules={[{ required: true, whitespace: true, message: '请填写违法事实' }]}
      >
        <Input.TextArea rows={5} maxLength={8000} showCount />
      </Form.Item>
      <Form.Item
        name="reasons"
        label="处理理由及依据"
        rules={[{ required: true, whitespace: true, message: '请填写处理理由及依据' }]}
      >
        <Input.TextArea rows={4} maxLength={8000} showCount />
      </Form.Item>
      <Form.Item name="flags" label="第五十八条情形（须经法制审核）">
        <Checkbox.Group options={CASE_FLAGS.map((f) => ({ label: CASE_FLAG_LABELS[f], value: f }))} />
      </Form.Item>
    </CaseFormModal>
  );
}

type ChangeValues = { outcome: Outcome; penalty: Penalty; reason: string };

/**
 * 变更处罚意见 after submission (案件审核, 法制审核 or 集体讨论): the new proposal and why. Every change is a new
 * version in the proposals history, with who and when.
 */
export function ProposalChangeModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useChangeProposal(lawCase.id);
  const [form] = Form.useForm<ChangeValues>();
  const outcome = Form.useWatch('outcome', form);
  return (
    <CaseFormModal<ChangeValues, z.input<typeof ProposalChangeBody>>
      form={form}
      title="变更处罚意见"
      okText="保存变更"
      width={820}
      onClose={onClose}
      mutation={m}
      schema={ProposalChangeBody}
      testId="proposal-change-modal"
      initialValues={{
        outcome: lawCase.outcome ?? 'penalty',
        penalty: lawCase.proposedPenalty ?? { items: [] },
      }}
      toBody={(v) => ({
        outcome: v.outcome,
        penalty: v.outcome === 'penalty' ? (v.penalty ?? { items: [] }) : { items: [] },
        reason: v.reason,
      })}
      submit={(body) => m.mutateAsync(body)}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`现处罚意见：${lawCase.outcome ? OUTCOME_LABELS[lawCase.outcome] : '—'}；${penaltyText(lawCase.proposedPenalty)}`}
        />
      }
    >
      <Form.Item name="outcome" label="处理意见">
        <Radio.Group options={OUTCOMES.map((o) => ({ label: OUTCOME_LABELS[o], value: o }))} />
      </Form.Item>
      {outcome === 'penalty' && (
        <Form.Item
          name="penalty"
          label="处罚内容"
          extra={<BandHint lawCase={lawCase} />}
          rules={[penaltyRule(true)]}
        >
          <PenaltyEditor />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label="变更理由"
        rules={[{ required: true, whitespace: true, message: '请填写变更理由' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </CaseFormModal>
  );
}
