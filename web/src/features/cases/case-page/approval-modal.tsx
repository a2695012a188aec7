import { Alert, Descriptions, Form, Input } from 'antd';
import {
  ApprovalBody,
  OUTCOME_LABELS,
  type Outcome,
  type Penalty,
} from '../../../../../common/contracts/cases';
import { zodRule } from '../../../components/zod-rule';
import { useDecideApproval, type ApprovalKind, type PendingApproval } from '../api-case';
import { dateTimeText, penaltyText } from '../format';
import { CaseFormModal } from './case-form-modal';
import type { ApprovalDecision } from './context';

export const APPROVAL_KIND_LABELS: Record<ApprovalKind, string> = {
  filing: '立案审批',
  report: '案件审核',
  preservation: '先行登记保存审批',
  extension: '延长办案期限审批',
  decision: '处罚决定审批',
};

/** The button text of a decision: a refused filing is 不予立案 (第五十四条), other refusals 不同意. */
export function decisionLabel(kind: ApprovalKind, decision: ApprovalDecision): string {
  if (decision === 'approve') return '通过';
  if (decision === 'return') return '退回';
  return kind === 'filing' ? '不予立案' : '不同意';
}

const DEFAULT_OPINION: Record<ApprovalDecision, string> = {
  approve: '同意。',
  return: '退回补充：',
  reject: '',
};

const DATA_LABELS: Record<string, string> = {
  opinion: '承办人意见',
  reason: '理由',
  newLength: '延长后的办案期限（日）',
  outcome: '处理意见',
  penalty: '处罚内容',
  performance: '履行方式和期限',
  place: '保存地点',
  facts: '违法事实',
};

function dataText(key: string, v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (key === 'outcome' && typeof v === 'string' && v in OUTCOME_LABELS) return OUTCOME_LABELS[v as Outcome];
  if (key === 'penalty' && typeof v === 'object' && Array.isArray((v as Penalty).items))
    return penaltyText(v as Penalty);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/** What the approver is asked to approve: the request's known fields, in Chinese. */
export function ApprovalSummary({ approval }: { approval: PendingApproval }) {
  const items = Object.entries(approval.data)
    .filter(([k]) => k in DATA_LABELS)
    .map(([k, v]) => ({ key: k, label: DATA_LABELS[k], children: dataText(k, v) }))
    .filter((i) => i.children !== null);
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      style={{ marginBottom: 16 }}
      styles={{ label: { whiteSpace: 'nowrap', width: 120 } }}
      items={[
        { key: 'by', label: '提请人', children: approval.requestedByName },
        { key: 'at', label: '提请时间', children: dateTimeText(approval.requestedAt) },
        ...items,
      ]}
    />
  );
}

/** 通过 / 退回 / 不予立案 on a pending approval, with the approver's opinion (审批意见, required). */
export function ApprovalModal({
  caseId,
  approval,
  decision,
  onClose,
}: {
  caseId: string;
  approval: PendingApproval;
  decision: ApprovalDecision;
  onClose: () => void;
}) {
  const m = useDecideApproval(caseId);
  const label = decisionLabel(approval.kind, decision);
  return (
    <CaseFormModal<{ opinion: string }, { decision: ApprovalDecision; opinion: string }>
      title={`${APPROVAL_KIND_LABELS[approval.kind]}：${label}`}
      okText={`确认${label}`}
      danger={decision === 'reject'}
      onClose={onClose}
      mutation={m}
      schema={ApprovalBody}
      toBody={(v) => ({ decision, opinion: v.opinion })}
      submit={(body) => m.mutateAsync({ approvalId: approval.id, body })}
      initialValues={{ opinion: DEFAULT_OPINION[decision] }}
      successText={`已${label}`}
      testId="approval-modal"
      intro={
        <>
          {decision === 'reject' && approval.kind === 'filing' && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="不予立案的，应当说明理由；案源记为不予立案。"
            />
          )}
          <ApprovalSummary approval={approval} />
        </>
      }
    >
      <Form.Item
        name="opinion"
        label="审批意见"
        rules={[
          { required: true, whitespace: true, message: '请填写审批意见' },
          zodRule(ApprovalBody.shape.opinion),
        ]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}
