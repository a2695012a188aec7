import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, DatePicker, Form, Input, Radio, Row, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  SUPERVISION_FORM_LABELS,
  SUPERVISION_FORMS,
  SUPERVISION_KIND_LABELS,
  SUPERVISION_KINDS,
  SupervisionBody,
  type SupervisionForm,
  type SupervisionKind,
} from '../../../../common/contracts/interference';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis, fileOf, pickFiles, type PickedFiles } from '../cases/case-page/shared';
import { toInstant } from '../cases/format';
import { useRecordSupervision, type SupervisionInput } from './api';
import { ARTICLE } from './labels';
import { PersonSelect } from './pickers';

interface Values {
  department?: string;
  personId?: string;
  personName?: string;
  kind?: SupervisionKind;
  form?: SupervisionForm;
  occurredAt?: Dayjs;
  content?: string;
  file?: PickedFiles;
}

const required = (message: string) => [{ required: true, whitespace: true, message }];

/**
 * 登记工作记录 (第八条): guidance or a correction from a department with guidance or supervision duties, given in
 * writing (its scan attached), or an enquiry for duty reasons. An oral guidance or correction is flagged for 纪检.
 */
export function SupervisionModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const m = useRecordSupervision();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const mode = Form.useWatch('form', form);
  return (
    <CaseFormModal<Values, SupervisionInput>
      form={form}
      title="登记监督指导工作记录"
      okText="登记"
      width={720}
      onClose={onClose}
      mutation={m}
      schema={SupervisionBody.omit({ uploadId: true })}
      testId="supervision-modal"
      initialValues={{ form: 'written', occurredAt: dayjs() }}
      toBody={(v) => ({
        caseId,
        department: v.department?.trim() ?? '',
        personId: v.personId || undefined,
        personName: v.personName?.trim() ?? '',
        kind: v.kind!,
        form: v.form!,
        occurredAt: toInstant(v.occurredAt) ?? '',
        content: v.content?.trim() ?? '',
        file: v.form === 'written' ? fileOf(v.file) : null,
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="工作记录已登记"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="有指导、监督职责的部门提出指导性、纠正性意见，应当以书面形式提出；因履职需要了解案件情况的，作工作记录。"
          description={<Basis>{ARTICLE('八')}</Basis>}
        />
      }
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="personId" label="本局人员（可选）">
            <PersonSelect
              allowClear
              placeholder="从本局人员中选择"
              testId="supervision-person"
              onPick={(p) =>
                p &&
                form.setFieldsValue({
                  personName: p.name,
                  department: p.unitName ?? (form.getFieldValue('department') as string | undefined),
                })
              }
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="personName" label="人员姓名" rules={required('请填写人员姓名')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="department" label="部门" rules={required('请填写部门')}>
        <Input maxLength={100} placeholder="如：政策法规科、市应急管理局执法监督科" />
      </Form.Item>
      <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
        <Radio.Group
          data-testid="supervision-kind"
          options={SUPERVISION_KINDS.map((k) => ({ value: k, label: SUPERVISION_KIND_LABELS[k] }))}
        />
      </Form.Item>
      <Form.Item name="form" label="形式" rules={[{ required: true, message: '请选择形式' }]}>
        <Radio.Group
          data-testid="supervision-form"
          options={SUPERVISION_FORMS.map((f) => ({ value: f, label: SUPERVISION_FORM_LABELS[f] }))}
        />
      </Form.Item>
      {mode === 'oral' && kind && kind !== 'inquiry' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="指导性、纠正性意见应当以书面形式提出；口头提出的，本记录将提交纪检监察复核。"
        />
      )}
      <Form.Item name="occurredAt" label="发生时间" rules={[{ required: true, message: '请选择发生时间' }]}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <Form.Item name="content" label="内容" rules={required('请填写内容')}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      {mode === 'written' && (
        <Form.Item
          name="file"
          label="书面意见扫描件"
          valuePropName="fileList"
          getValueFromEvent={pickFiles}
          rules={[{ required: true, type: 'array', min: 1, message: '书面形式的意见，请上传扫描件' }]}
        >
          <Upload maxCount={1} beforeUpload={() => false}>
            <Button icon={<UploadOutlined />}>选择文件</Button>
          </Upload>
        </Form.Item>
      )}
    </CaseFormModal>
  );
}
