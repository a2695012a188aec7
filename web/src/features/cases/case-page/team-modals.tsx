import { Alert, Form, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { AssignOfficerBody, RecusalBody, RemoveOfficerBody } from '../../../../../common/contracts/cases';
import { ApiErrorAlert } from '../../../components/api-error';
import { zodRule } from '../../../components/zod-rule';
import {
  useAssignOfficer,
  useDeclareRecusal,
  useOfficerCandidates,
  useRemoveOfficer,
  type CaseDetail,
  type CaseOfficer,
} from '../api-case';
import { CaseFormModal } from './case-form-modal';

type AssignValues = { userId: string; role: 'lead' | 'assistant' };

/** 指派执法人员 (section head): candidates with a valid certificate for the case's category today. */
export function AssignOfficerModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useAssignOfficer(lawCase.id);
  const candidates = useOfficerCandidates(lawCase.category, dayjs().format('YYYY-MM-DD'));
  const onCase = new Set(lawCase.officers.map((o) => o.userId));
  const items = (candidates.data?.items ?? []).filter((c) => !onCase.has(c.userId));
  return (
    <CaseFormModal<AssignValues, z.input<typeof AssignOfficerBody>>
      title="指派执法人员"
      okText="指派"
      onClose={onClose}
      mutation={m}
      schema={AssignOfficerBody}
      testId="assign-officer-modal"
      toBody={(v) => v}
      submit={(body) => m.mutateAsync(body)}
      initialValues={{ role: 'assistant' }}
      intro={<ApiErrorAlert error={candidates.error} />}
    >
      <Form.Item name="userId" label="执法人员" rules={[{ required: true, message: '请选择执法人员' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={candidates.isFetching}
          options={items.map((c) => ({ value: c.userId, label: c.name, disabled: !c.eligible }))}
          optionRender={(o) => {
            const c = items.find((x) => x.userId === o.value);
            if (!c) return o.label;
            return (
              <div>
                <Space size={6} wrap>
                  <Typography.Text strong={c.eligible}>{c.name}</Typography.Text>
                  <Typography.Text type="secondary">{c.unitName ?? ''}</Typography.Text>
                  <Typography.Text className="zf-mono" type="secondary">
                    {c.certificateNumber ?? '无执法证'}
                  </Typography.Text>
                  {c.eligible ? <Tag color="green">可执法</Tag> : <Tag color="red">不具备执法资格</Tag>}
                </Space>
                {c.refusals.map((r) => (
                  <div key={r.rule} style={{ fontSize: 12, whiteSpace: 'normal' }}>
                    <Typography.Text type="danger">{r.reason}</Typography.Text>{' '}
                    <Typography.Text type="secondary">（{r.basis}）</Typography.Text>
                  </div>
                ))}
              </div>
            );
          }}
          aria-label="执法人员"
        />
      </Form.Item>
      <Form.Item name="role" label="承办角色">
        <Radio.Group
          options={[
            { label: '主办', value: 'lead' },
            { label: '协办', value: 'assistant' },
          ]}
        />
      </Form.Item>
    </CaseFormModal>
  );
}

/** 调整执法人员: removes one from the case, with the reason (kept in the approval trail). */
export function RemoveOfficerModal({
  caseId,
  officer,
  onClose,
}: {
  caseId: string;
  officer: CaseOfficer;
  onClose: () => void;
}) {
  const m = useRemoveOfficer(caseId);
  return (
    <CaseFormModal<{ reason: string }, z.input<typeof RemoveOfficerBody>>
      title={`调出执法人员：${officer.name}`}
      okText="确认调出"
      danger
      onClose={onClose}
      mutation={m}
      schema={RemoveOfficerBody}
      toBody={(v) => v}
      submit={(body) => m.mutateAsync({ rowId: officer.id, body })}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="办案的执法人员不得少于两人（《中华人民共和国行政处罚法》第四十二条）。"
        />
      }
    >
      <Form.Item
        name="reason"
        label="调整原因"
        rules={[
          { required: true, whitespace: true, message: '请填写调整原因' },
          zodRule(RemoveOfficerBody.shape.reason),
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </CaseFormModal>
  );
}

/** 回避声明: the signed-in officer declares whether he has a conflict with the case (第四十三条). */
export function RecusalModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const m = useDeclareRecusal(caseId);
  const [form] = Form.useForm<{ conflict: boolean; note: string }>();
  const conflict = Form.useWatch('conflict', form);
  return (
    <CaseFormModal<{ conflict: boolean; note: string }, z.input<typeof RecusalBody>>
      form={form}
      title="回避声明"
      okText="提交回避声明"
      onClose={onClose}
      mutation={m}
      schema={RecusalBody}
      toBody={(v) => v}
      submit={(body) => m.mutateAsync(body)}
      initialValues={{ conflict: false, note: '' }}
      testId="recusal-modal"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="执法人员与案件有直接利害关系或者有其他关系可能影响公正执法的，应当回避（《中华人民共和国行政处罚法》第四十三条）。"
        />
      }
    >
      <Form.Item name="conflict" label="本人与本案">
        <Radio.Group
          options={[
            { label: '无应当回避的情形', value: false },
            { label: '有利害关系，申请回避', value: true },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label="说明"
        rules={[
          { max: 1000 },
          { required: conflict === true, whitespace: true, message: '申请回避的，请说明利害关系' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </CaseFormModal>
  );
}
