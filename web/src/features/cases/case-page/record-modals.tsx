import { Checkbox, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import { InquiryRecordBody, InspectionRecordBody } from '../../../../../common/contracts/cases';
import { useRecordInquiry, useRecordInspection, type CaseDetail } from '../api-case';
import { toInstant } from '../format';
import { CaseFormModal } from './case-form-modal';
import { QaEditor } from './qa-editor';
import { CaseOfficerSelect } from './shared';

const TIME = { showTime: { format: 'HH:mm' }, format: 'YYYY-MM-DD HH:mm' } as const;
const opt = (s: string | undefined) => s?.trim() || null;

type InquiryValues = {
  period: [Dayjs, Dayjs];
  place: string;
  personName: string;
  personIdNumber?: string;
  personRole: string;
  personPhone?: string;
  inquirerId: string;
  recorderId: string;
  qa: { q: string; a: string }[];
  refusedToSign: boolean;
};

/** 询问笔录: who was asked, by whom, and the questions and answers in order; the PDF is generated on save. */
export function InquiryModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useRecordInquiry(lawCase.id);
  const party = lawCase.parties[0];
  return (
    <CaseFormModal<InquiryValues, z.input<typeof InquiryRecordBody>>
      title="制作询问笔录"
      okText="保存询问笔录"
      width={820}
      onClose={onClose}
      mutation={m}
      schema={InquiryRecordBody}
      testId="inquiry-modal"
      initialValues={{
        period: [dayjs().subtract(1, 'hour'), dayjs()],
        qa: [{ q: '我们是赤峰市应急管理局的执法人员，这是我们的执法证件，请过目。你是否申请回避？', a: '' }],
        refusedToSign: false,
        personName: party?.kind === 'natural' ? party.name : '',
        inquirerId: lawCase.officers[0]?.userId,
        recorderId: lawCase.officers[1]?.userId,
      }}
      toBody={(v) => ({
        startedAt: toInstant(v.period?.[0]),
        endedAt: toInstant(v.period?.[1]),
        place: v.place,
        personName: v.personName,
        personIdNumber: opt(v.personIdNumber),
        personRole: v.personRole,
        personPhone: opt(v.personPhone),
        inquirerId: v.inquirerId,
        recorderId: v.recorderId,
        qa: v.qa ?? [],
        refusedToSign: v.refusedToSign,
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="询问笔录已保存，已生成文书"
    >
      <Form.Item name="period" label="询问起止时间" rules={[{ required: true, message: '请选择询问时间' }]}>
        <DatePicker.RangePicker {...TIME} />
      </Form.Item>
      <Form.Item
        name="place"
        label="询问地点"
        rules={[{ required: true, whitespace: true, message: '请填写询问地点' }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="personName"
          label="被询问人姓名"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="personRole"
          label="被询问人身份"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} placeholder="当事人、证人、单位主要负责人…" />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="personIdNumber" label="身份证件号码" style={{ flex: 1 }}>
          <Input maxLength={40} className="zf-mono" />
        </Form.Item>
        <Form.Item name="personPhone" label="联系电话" style={{ flex: 1 }}>
          <Input maxLength={40} />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="inquirerId" label="询问人" style={{ flex: 1 }} rules={[{ required: true }]}>
          <CaseOfficerSelect lawCase={lawCase} />
        </Form.Item>
        <Form.Item name="recorderId" label="记录人" style={{ flex: 1 }} rules={[{ required: true }]}>
          <CaseOfficerSelect lawCase={lawCase} />
        </Form.Item>
      </div>
      <QaEditor />
      <Form.Item name="refusedToSign" valuePropName="checked">
        <Checkbox>被询问人拒绝签字（由执法人员注明）</Checkbox>
      </Form.Item>
    </CaseFormModal>
  );
}

type InspectionValues = {
  period: [Dayjs, Dayjs];
  place: string;
  unitName: string;
  personInCharge: string;
  officerIds: string[];
  findings: string;
  refusedToSign: boolean;
  refusalNote?: string;
};

/** 现场检查记录: place, the inspected unit and its person in charge, at least two officers, the findings. */
export function InspectionModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useRecordInspection(lawCase.id);
  const [form] = Form.useForm<InspectionValues>();
  const refused = Form.useWatch('refusedToSign', form);
  const party = lawCase.parties.find((p) => p.kind !== 'natural');
  return (
    <CaseFormModal<InspectionValues, z.input<typeof InspectionRecordBody>>
      form={form}
      title="制作现场检查记录"
      okText="保存现场检查记录"
      width={760}
      onClose={onClose}
      mutation={m}
      schema={InspectionRecordBody}
      testId="inspection-modal"
      initialValues={{
        period: [dayjs().subtract(1, 'hour'), dayjs()],
        place: lawCase.place ?? party?.address ?? '',
        unitName: party?.name ?? '',
        personInCharge: party?.legalRep ?? '',
        officerIds: lawCase.officers.filter((o) => o.eligible).map((o) => o.userId),
        refusedToSign: false,
      }}
      toBody={(v) => ({
        startedAt: toInstant(v.period?.[0]),
        endedAt: toInstant(v.period?.[1]),
        place: v.place,
        unitName: v.unitName,
        personInCharge: v.personInCharge,
        officerIds: v.officerIds ?? [],
        findings: v.findings,
        refusedToSign: v.refusedToSign,
        refusalNote: v.refusedToSign ? opt(v.refusalNote) : null,
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="现场检查记录已保存，已生成文书"
    >
      <Form.Item name="period" label="检查起止时间" rules={[{ required: true, message: '请选择检查时间' }]}>
        <DatePicker.RangePicker {...TIME} />
      </Form.Item>
      <Form.Item name="place" label="检查场所" rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="unitName"
          label="被检查单位"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="personInCharge"
          label="现场负责人"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={64} />
        </Form.Item>
      </div>
      <Form.Item
        name="officerIds"
        label="检查人员"
        rules={[{ required: true, type: 'array', min: 2, message: '现场检查的执法人员不得少于两人' }]}
      >
        <CaseOfficerSelect lawCase={lawCase} multiple />
      </Form.Item>
      <Form.Item
        name="findings"
        label="检查情况"
        rules={[{ required: true, whitespace: true, message: '请填写检查情况' }]}
      >
        <Input.TextArea rows={6} maxLength={8000} showCount />
      </Form.Item>
      <Form.Item name="refusedToSign" valuePropName="checked">
        <Checkbox>被检查单位负责人拒绝签字</Checkbox>
      </Form.Item>
      {refused && (
        <Form.Item name="refusalNote" label="拒签情况说明">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </CaseFormModal>
  );
}
