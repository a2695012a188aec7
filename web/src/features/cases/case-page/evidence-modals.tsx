import { DatePicker, Form, Input, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  AV_STEP_LABELS,
  AV_STEPS,
  CUSTODY_ACTION_LABELS,
  CUSTODY_ACTIONS,
  CustodyBody,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_KINDS,
  EvidenceBody,
  type AvStep,
  type CustodyAction,
  type EvidenceKind,
} from '../../../../../common/contracts/cases';
import { useAddCustody, useAddEvidence, type CaseDetail, type Evidence } from '../api-case';
import { toInstant } from '../format';
import { CaseFormModal } from './case-form-modal';
import { CaseOfficerSelect } from './shared';

type EvidenceValues = {
  kind: EvidenceKind;
  title: string;
  description?: string;
  providedBy?: string;
  collectedBy: string[];
  collectedAt: Dayjs;
  place: string;
  step?: AvStep | null;
  lawfullyObtained: boolean;
  unlawfulNote?: string;
};

/** 登记证据: one of the eight kinds of 第四十六条, who collected it, when and where, and how it was obtained. */
export function EvidenceModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useAddEvidence(lawCase.id);
  const [form] = Form.useForm<EvidenceValues>();
  const lawful = Form.useWatch('lawfullyObtained', form);
  return (
    <CaseFormModal<EvidenceValues, z.input<typeof EvidenceBody>>
      form={form}
      title="登记证据"
      okText="登记证据"
      width={720}
      onClose={onClose}
      mutation={m}
      schema={EvidenceBody}
      testId="evidence-modal"
      toBody={(v) => ({
        kind: v.kind,
        title: v.title,
        description: v.description ?? '',
        providedBy: v.providedBy?.trim() || null,
        collectedBy: v.collectedBy ?? [],
        collectedAt: toInstant(v.collectedAt),
        place: v.place,
        step: v.step ?? null,
        lawfullyObtained: v.lawfullyObtained,
        unlawfulNote: v.lawfullyObtained ? null : (v.unlawfulNote ?? null),
      })}
      submit={(body) => m.mutateAsync(body)}
      initialValues={{
        collectedAt: dayjs(),
        lawfullyObtained: true,
        collectedBy: [],
        place: lawCase.place ?? '',
      }}
    >
      <Form.Item name="kind" label="证据种类" rules={[{ required: true, message: '请选择证据种类' }]}>
        <Select options={EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label="证据名称"
        rules={[{ required: true, whitespace: true, message: '请填写证据名称' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label="证明对象及内容">
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item name="providedBy" label="提供人">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="collectedBy"
        label="收集人"
        rules={[{ required: true, type: 'array', min: 1, message: '请选择收集人' }]}
      >
        <CaseOfficerSelect lawCase={lawCase} multiple />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="collectedAt" label="收集时间" rules={[{ required: true }]} style={{ width: 220 }}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="place"
          label="收集地点"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: '请填写收集地点' }]}
        >
          <Input maxLength={300} />
        </Form.Item>
      </div>
      <Form.Item
        name="step"
        label="执法环节（音像记录）"
        extra="属于音像记录事项清单的环节的，请上传相应音像记录"
      >
        <Select allowClear options={AV_STEPS.map((s) => ({ value: s, label: AV_STEP_LABELS[s] }))} />
      </Form.Item>
      <Form.Item name="lawfullyObtained" label="取得方式合法" valuePropName="checked">
        <Switch checkedChildren="合法" unCheckedChildren="存疑" />
      </Form.Item>
      {lawful === false && (
        <Form.Item
          name="unlawfulNote"
          label="说明"
          extra="以非法手段取得的证据，不得作为认定案件事实的根据（第四十六条第三款）"
          rules={[{ required: true, whitespace: true, message: '请说明' }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      )}
    </CaseFormModal>
  );
}

type CustodyValues = {
  at: Dayjs;
  action: CustodyAction;
  fromPerson?: string;
  toPerson?: string;
  place?: string;
  note?: string;
};

/** 证据保管链: one more link (collected, handed over, stored, examined, returned, destroyed, sealed). */
export function CustodyModal({
  caseId,
  evidence,
  onClose,
}: {
  caseId: string;
  evidence: Evidence;
  onClose: () => void;
}) {
  const m = useAddCustody(caseId);
  const opt = (s: string | undefined) => s?.trim() || null;
  return (
    <CaseFormModal<CustodyValues, z.input<typeof CustodyBody>>
      title={`登记保管记录：${evidence.seq}. ${evidence.title}`}
      okText="登记保管记录"
      onClose={onClose}
      mutation={m}
      schema={CustodyBody}
      testId="custody-modal"
      initialValues={{ at: dayjs(), action: 'transferred' }}
      toBody={(v) => ({
        at: toInstant(v.at),
        action: v.action,
        fromPerson: opt(v.fromPerson),
        toPerson: opt(v.toPerson),
        place: opt(v.place),
        note: opt(v.note),
      })}
      submit={(body) => m.mutateAsync({ evidenceId: evidence.id, body })}
    >
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="at" label="时间" rules={[{ required: true }]} style={{ width: 220 }}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="action" label="事项" rules={[{ required: true }]} style={{ flex: 1 }}>
          <Select options={CUSTODY_ACTIONS.map((a) => ({ value: a, label: CUSTODY_ACTION_LABELS[a] }))} />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="fromPerson" label="移交人" style={{ flex: 1 }}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="toPerson" label="接收人" style={{ flex: 1 }}>
          <Input maxLength={100} />
        </Form.Item>
      </div>
      <Form.Item name="place" label="地点">
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="note" label="备注">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </CaseFormModal>
  );
}
