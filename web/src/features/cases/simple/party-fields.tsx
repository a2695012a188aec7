import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import {
  PARTY_KIND_LABELS,
  PARTY_KINDS,
  PartyBody,
  type PartyKind,
} from '../../../../../common/contracts/cases';
import { zodRule } from '../../../components/zod-rule';

export const ID_KIND_LABELS = {
  uscc: '统一社会信用代码',
  id_card: '居民身份证号码',
  other: '其他证件号码',
} as const;
const P = PartyBody.shape;

/**
 * The party (当事人) of a case as form fields under `name` (PartyBody). A natural person has an ID card and may
 * be a minor or of limited capacity (第三十条、第三十一条); an organisation has a credit code and a legal
 * representative.
 */
export function PartyFields({ name }: { name: string }) {
  const form = Form.useFormInstance();
  const kind = Form.useWatch([name, 'kind'], form) as PartyKind | undefined;
  const person = kind === 'natural';
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item
          name={[name, 'kind']}
          label="当事人类型"
          rules={[{ required: true, message: '请选择当事人类型' }]}
        >
          <Select
            options={PARTY_KINDS.map((k) => ({ label: PARTY_KIND_LABELS[k], value: k }))}
            onChange={(k: PartyKind) =>
              form.setFieldValue(
                [name, 'idKind'],
                k === 'natural' || k === 'individual_business' ? 'id_card' : 'uscc',
              )
            }
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name={[name, 'name']}
          label={person ? '姓名' : '名称'}
          rules={[{ required: true, message: '请填写当事人名称或姓名' }, zodRule(P.name)]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={[name, 'idKind']}
          label="证件类型"
          rules={[{ required: true, message: '请选择证件类型' }]}
        >
          <Select options={Object.entries(ID_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name={[name, 'idNumber']}
          label="证件号码"
          rules={[{ required: true, message: '请填写证件号码' }, zodRule(P.idNumber)]}
        >
          <Input maxLength={40} className="zf-mono" />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name={[name, 'address']}
          label={person ? '住址' : '住所（地址）'}
          rules={[zodRule(P.address)]}
        >
          <Input maxLength={300} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'phone']} label="联系电话" rules={[zodRule(P.phone)]}>
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      {!person && (
        <Col xs={24} md={8}>
          <Form.Item
            name={[name, 'legalRep']}
            label={kind === 'individual_business' ? '经营者' : '法定代表人（负责人）'}
            rules={[zodRule(P.legalRep)]}
          >
            <Input maxLength={64} />
          </Form.Item>
        </Col>
      )}
      {person && (
        <Col xs={24}>
          <Form.Item name={[name, 'isMinor']} valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>未满十八周岁（《行政处罚法》第三十条）</Checkbox>
          </Form.Item>
          <Form.Item name={[name, 'limitedCapacity']} valuePropName="checked">
            <Checkbox>限制民事行为能力或者精神病人、智力残疾人（第三十一条）</Checkbox>
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
