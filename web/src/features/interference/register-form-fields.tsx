import { Alert, Card, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  INTERFERENCE_METHOD_LABELS,
  INTERFERENCE_METHODS,
  INTERFERENCE_RESPONSE_LABELS,
  INTERFERENCE_RESPONSES,
  INTERFERENCE_TYPE_LABELS,
  INTERFERENCE_TYPES,
  type InterferenceMethod,
  type InterferenceResponse,
  type InterferenceType,
} from '../../../../common/contracts/interference';
import { Basis } from '../cases/case-page/shared';
import { usePeople } from './api';
import { EvidenceUploads, type PickedEvidence } from './evidence-uploads';
import { ARTICLE, EVIDENCE_REQUIRED, PRINCIPAL_ROUTE_NOTE } from './labels';
import { CaseSelect, PersonSelect } from './pickers';

export interface RegisterValues {
  caseId?: string;
  intervenerId?: string;
  intervenerPost?: string;
  intervenerUnit?: string;
  occurredAt?: Dayjs;
  place?: string;
  content?: string;
  method?: InterferenceMethod;
  methodNote?: string;
  intermediaryName?: string;
  intermediaryRelation?: string;
  types?: InterferenceType[];
  typeNote?: string;
  response?: InterferenceResponse;
  responseNote?: string;
  account?: string;
  noRecordingReason?: string;
  attachments?: PickedEvidence[];
  correctionNote?: string;
}

const required = (message: string) => [{ required: true, whitespace: true, message }];
const RECORDED_ORALLY: readonly InterferenceMethod[] = ['oral', 'phone', 'via_other'];

/** 案件和过问人: the case, the intervener from the staff list (position and unit prefilled), when and where. */
export function WhoSection({
  form,
  correcting,
}: {
  form: FormInstance<RegisterValues>;
  correcting: boolean;
}) {
  const intervenerId = Form.useWatch('intervenerId', form);
  const people = usePeople();
  const principal = people.data?.find((p) => p.id === intervenerId)?.principal;
  return (
    <Card size="small" title="一、案件和过问人" style={{ marginBottom: 16 }}>
      <Form.Item name="caseId" label="过问的案件" rules={[{ required: true, message: '请选择案件' }]}>
        <CaseSelect disabled={correcting} />
      </Form.Item>
      <Form.Item name="intervenerId" label="过问人" rules={[{ required: true, message: '请选择过问人' }]}>
        <PersonSelect
          placeholder="选择过问人（本局人员）"
          testId="intervener-select"
          onPick={(p) =>
            p &&
            form.setFieldsValue({ intervenerPost: p.positionName ?? '', intervenerUnit: p.unitName ?? '' })
          }
        />
      </Form.Item>
      {principal && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="principal-route"
          title={PRINCIPAL_ROUTE_NOTE}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="intervenerPost" label="职务" rules={required('请填写过问人职务')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="intervenerUnit" label="单位" rules={required('请填写过问人单位')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="occurredAt"
            label="过问时间"
            rules={[{ required: true, message: '请选择过问时间' }]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              data-testid="occurred-at"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="place" label="地点" rules={required('请填写过问地点')}>
            <Input maxLength={200} placeholder="如：执法支队办公室；电话过问的写明双方所在地" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="content" label="过问内容" rules={required('请填写过问内容')}>
        <Input.TextArea rows={3} maxLength={4000} showCount placeholder="过问人询问或要求的事项" />
      </Form.Item>
    </Card>
  );
}

/** 过问方式 with the evidence it needs (第五条), the intermediary for 转达. */
export function MethodSection({ form }: { form: FormInstance<RegisterValues> }) {
  const method = Form.useWatch('method', form);
  return (
    <Card size="small" title="二、过问方式" style={{ marginBottom: 16 }}>
      <Form.Item name="method" label="过问方式" rules={[{ required: true, message: '请选择过问方式' }]}>
        <Radio.Group
          data-testid="method"
          options={INTERFERENCE_METHODS.map((m) => ({ value: m, label: INTERFERENCE_METHOD_LABELS[m] }))}
        />
      </Form.Item>
      {method && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="evidence-required"
          title={EVIDENCE_REQUIRED[method]}
          description={<Basis>{ARTICLE('五')}</Basis>}
        />
      )}
      {method === 'via_other' && (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="intermediaryName" label="转达人姓名" rules={required('请填写转达人姓名')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="intermediaryRelation"
              label="转达人与过问人的关系"
              rules={required('请填写转达人与过问人的关系')}
            >
              <Input maxLength={60} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {method === 'other' && (
        <Form.Item name="methodNote" label="方式说明" rules={required('请说明具体方式')}>
          <Input maxLength={200} />
        </Form.Item>
      )}
    </Card>
  );
}

/** 干预情形 (第七条, the full wording) and the officer's response (第四条). */
export function TypeSection({ form }: { form: FormInstance<RegisterValues> }) {
  const types = Form.useWatch('types', form);
  const response = Form.useWatch('response', form);
  return (
    <Card size="small" title="三、干预情形和处理" style={{ marginBottom: 16 }}>
      <Form.Item
        name="types"
        label="干预情形（可多选）"
        extra={<Basis>{ARTICLE('七')}</Basis>}
        rules={[{ required: true, type: 'array', min: 1, message: '请选择至少一项干预情形（第七条）' }]}
      >
        <Checkbox.Group data-testid="types" style={{ width: '100%' }}>
          <Space orientation="vertical" size={6}>
            {INTERFERENCE_TYPES.map((t) => (
              <Checkbox key={t} value={t}>
                {INTERFERENCE_TYPE_LABELS[t]}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      </Form.Item>
      {types?.includes('I8') && (
        <Form.Item name="typeNote" label="其他情形说明" rules={required('请说明具体情形')}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
      )}
      <Form.Item
        name="response"
        label="办案人员的处理"
        extra={<Basis>{ARTICLE('四')}</Basis>}
        rules={[{ required: true, message: '请选择办案人员的处理' }]}
      >
        <Radio.Group
          data-testid="response"
          options={INTERFERENCE_RESPONSES.map((r) => ({ value: r, label: INTERFERENCE_RESPONSE_LABELS[r] }))}
        />
      </Form.Item>
      <Form.Item
        name="responseNote"
        label="处理说明"
        rules={response === 'other' ? required('处理为「其他」的，请说明') : []}
      >
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </Card>
  );
}

/** 如实记录的文字材料 and the evidence files. */
export function AccountSection({
  form,
  correcting,
}: {
  form: FormInstance<RegisterValues>;
  correcting: boolean;
}) {
  const method = Form.useWatch('method', form);
  return (
    <Card size="small" title="四、如实记录和证明材料" style={{ marginBottom: 16 }}>
      <Form.Item
        name="account"
        label="如实记录的文字材料"
        extra="全面、如实记录过问的经过：时间、方式、原话或要点、本人如何回应。"
        rules={required('请填写如实记录的文字材料')}
      >
        <Input.TextArea rows={10} maxLength={8000} showCount data-testid="account" />
      </Form.Item>
      <Form.Item name="attachments" label="证明材料">
        <EvidenceUploads method={method} />
      </Form.Item>
      {correcting && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
          原登记表的材料仍随原表保存；更正登记如需附材料，请重新上传。
        </Typography.Paragraph>
      )}
      {(!method || RECORDED_ORALLY.includes(method)) && (
        <Form.Item
          name="noRecordingReason"
          label="未能录音的原因"
          extra="口头、电话或转达的过问未附录音的，须说明原因"
        >
          <Input.TextArea rows={2} maxLength={500} showCount data-testid="no-recording-reason" />
        </Form.Item>
      )}
    </Card>
  );
}
