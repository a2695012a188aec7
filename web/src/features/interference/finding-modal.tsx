import { Alert, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  FINDING_KIND_LABELS,
  FINDING_SOURCE_LABELS,
  FINDING_SOURCES,
  FindingBody,
  type FindingSource,
} from '../../../../common/contracts/interference';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { useCase } from '../cases/api-case';
import { toDay } from '../cases/format';
import { usePeople, useRecordFinding, useRegisters } from './api';
import { ARTICLE } from './labels';
import { CaseSelect, PersonSelect } from './pickers';

type Kind = 'non_recording' | 'false_recording';
interface Values {
  kind?: Kind;
  caseId?: string;
  subjectId?: string;
  intervenerId?: string;
  registerId?: string;
  occurredOn?: Dayjs;
  source?: FindingSource;
  sourceNote?: string;
  superiorId?: string;
}

/** The registers the subject might have falsified: those of the chosen case (searched by its number). */
function RegisterOptions({ caseId, caseNo }: { caseId: string; caseNo: string }) {
  const q = useRegisters({ q: caseNo }, 1, 50, !!caseNo);
  const rows = (q.data?.items ?? []).filter((r) => r.caseId === caseId);
  return (
    <Form.Item
      name="registerId"
      label="所涉登记表"
      rules={[{ required: true, message: '不如实记录的认定须指明所涉登记表' }]}
    >
      <Select
        loading={q.isFetching}
        placeholder="选择本案的登记表"
        data-testid="finding-register"
        notFoundContent="本案没有登记表"
        options={rows.map((r) => ({
          value: r.id,
          label: `${r.registerNo}（记录人 ${r.recorderName}，过问人 ${r.intervenerName}）`,
        }))}
      />
    </Form.Item>
  );
}

/** Optional people (过问人, 授意的主管领导) from the staff list, when the caller's roles may read it. */
function OptionalPerson({ name, label }: { name: 'intervenerId' | 'superiorId'; label: string }) {
  const people = usePeople();
  if (people.error)
    return (
      <Form.Item label={label}>
        <Typography.Text type="secondary">
          无法加载本局人员名单（{people.error.message}），本项可不填。
        </Typography.Text>
      </Form.Item>
    );
  return (
    <Form.Item name={name} label={label}>
      <PersonSelect allowClear placeholder={`${label}（可不填）`} testId={`finding-${name}`} />
    </Form.Item>
  );
}

/**
 * 认定不记录/不如实记录 (第十条): the handler who did not record (or recorded falsely) an interference on a case. The
 * server counts earlier findings and sets the measure (通报批评; 两次以上 纪律处分; 主管领导授意的从重追究).
 */
export function FindingModal({ onClose }: { onClose: () => void }) {
  const m = useRecordFinding();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const caseId = Form.useWatch('caseId', form);
  const lawCase = useCase(caseId);
  return (
    <CaseFormModal<Values, z.input<typeof FindingBody>>
      form={form}
      title="认定不记录/不如实记录"
      okText="登记认定"
      width={720}
      onClose={onClose}
      mutation={m}
      schema={FindingBody}
      testId="finding-modal"
      initialValues={{ kind: 'non_recording' }}
      toBody={(v) => ({
        kind: v.kind!,
        caseId: v.caseId ?? '',
        subjectId: v.subjectId ?? '',
        intervenerId: v.intervenerId || undefined,
        registerId: v.kind === 'false_recording' ? v.registerId || undefined : undefined,
        occurredOn: toDay(v.occurredOn) ?? '',
        source: v.source!,
        sourceNote: v.sourceNote?.trim() ?? '',
        superiorId: v.superiorId || undefined,
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="认定已登记，处理措施由系统按第十条确定"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="办案人员不记录或者不如实记录的，予以通报批评；两次以上的，依纪依规给予处分；主管领导授意的，从重追究。"
          description={<Basis>{ARTICLE('十')}</Basis>}
        />
      }
    >
      <Form.Item name="kind" label="认定类别" rules={[{ required: true, message: '请选择认定类别' }]}>
        <Radio.Group
          data-testid="finding-kind"
          options={(['non_recording', 'false_recording'] as const).map((k) => ({
            value: k,
            label: FINDING_KIND_LABELS[k],
          }))}
        />
      </Form.Item>
      <Form.Item name="caseId" label="案件" rules={[{ required: true, message: '请选择案件' }]}>
        <CaseSelect testId="finding-case" onChange={() => form.setFieldsValue({ subjectId: undefined })} />
      </Form.Item>
      <Form.Item
        name="subjectId"
        label="被认定人员（本案承办人员）"
        rules={[{ required: true, message: '请选择被认定人员' }]}
      >
        <Select
          disabled={!caseId}
          loading={lawCase.isFetching}
          placeholder={caseId ? '选择本案承办人员' : '请先选择案件'}
          data-testid="finding-subject"
          options={(lawCase.data?.officers ?? []).map((o) => ({ value: o.userId, label: o.name }))}
        />
      </Form.Item>
      {kind === 'false_recording' && caseId && (
        <RegisterOptions caseId={caseId} caseNo={lawCase.data?.caseNo ?? ''} />
      )}
      <OptionalPerson name="intervenerId" label="过问人" />
      <Form.Item name="occurredOn" label="过问发生日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="source" label="发现来源" rules={[{ required: true, message: '请选择发现来源' }]}>
        <Radio.Group
          data-testid="finding-source"
          options={FINDING_SOURCES.map((s) => ({ value: s, label: FINDING_SOURCE_LABELS[s] }))}
        />
      </Form.Item>
      <Form.Item
        name="sourceNote"
        label="查实经过"
        rules={[{ required: true, whitespace: true, message: '请填写查实经过' }]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      <OptionalPerson name="superiorId" label="授意的主管领导" />
    </CaseFormModal>
  );
}
