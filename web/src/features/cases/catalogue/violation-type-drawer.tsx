import { App, Button, Checkbox, Col, Divider, Drawer, Form, Input, Row, Select, Space } from 'antd';
import { useEffect } from 'react';
import {
  PARTY_KIND_LABELS,
  PARTY_KINDS,
  PENALTY_KIND_LABELS,
  PENALTY_KINDS,
  ViolationTypeBody,
} from '../../../../../common/contracts/cases';
import { CATEGORY_LABELS, ENFORCEMENT_CATEGORIES } from '../../../../../common/contracts/personnel';
import { ApiErrorAlert, applyFieldErrors } from '../../../components/api-error';
import { checkRule, zodRule } from '../../../components/zod-rule';
import { useSaveViolationType, type ViolationTypeInput, type ViolationTypeView } from '../api-admin';
import { BandsEditor } from './bands-editor';
import { YuanInput } from './yuan-input';

const FIELDS = ['code', 'name', 'category', 'violatedProvision', 'penaltyProvision', 'text', 'bands'];
const EMPTY: ViolationTypeInput = {
  code: '',
  name: '',
  category: 'comprehensive',
  violatedProvision: '',
  penaltyProvision: '',
  statutoryRange: { fineMinFen: null, fineMaxFen: null, kinds: ['fine'], text: '' },
  correctionOrder: true,
  bands: [],
  appliesTo: ['legal_person'],
};
const B = ViolationTypeBody.shape;

function toInput(t: ViolationTypeView): ViolationTypeInput {
  const { id: _id, active: _active, sourceTag: _tag, ...rest } = t;
  return rest;
}

/** Adds a violation to the catalogue or edits one; the bands are edited as rows, amounts in 元. */
export function ViolationTypeDrawer({
  open,
  type,
  onClose,
}: {
  open: boolean;
  type: ViolationTypeView | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const save = useSaveViolationType();
  const [form] = Form.useForm<ViolationTypeInput>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(type ? toInput(type) : EMPTY);
  }, [open, type, form]);

  const close = () => {
    save.reset();
    onClose();
  };
  const submit = (v: ViolationTypeInput) =>
    void save.mutateAsync({ id: type?.id ?? null, body: v }).then(
      () => {
        void message.success(type ? '已保存' : '已新增');
        close();
      },
      (e: unknown) => applyFieldErrors(form, e, FIELDS),
    );

  return (
    <Drawer
      title={type ? `编辑违法行为：${type.code}` : '新增违法行为'}
      open={open}
      onClose={close}
      size={820}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={close}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      <ApiErrorAlert error={save.error} />
      <Form<ViolationTypeInput> form={form} name="violationType" layout="vertical" onFinish={submit}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item
              name="code"
              label="编码"
              rules={[{ required: true, message: '请填写编码' }, zodRule(B.code)]}
            >
              <Input maxLength={40} className="zf-mono" />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item
              name="name"
              label="违法行为名称"
              rules={[{ required: true, message: '请填写违法行为名称' }, zodRule(B.name)]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="category"
              label="执法类别"
              rules={[{ required: true, message: '请选择执法类别' }]}
            >
              <Select
                options={ENFORCEMENT_CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], value: c }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="appliesTo"
              label="适用当事人"
              rules={[{ required: true, type: 'array', min: 1, message: '请选择适用的当事人类型' }]}
            >
              <Select
                mode="multiple"
                options={PARTY_KINDS.map((k) => ({ label: PARTY_KIND_LABELS[k], value: k }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="violatedProvision"
              label="违反条款"
              rules={[{ required: true, message: '请填写违反条款' }]}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item
              name="penaltyProvision"
              label="处罚依据"
              rules={[{ required: true, message: '请填写处罚依据' }]}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">法定处罚幅度</Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['statutoryRange', 'fineMinFen']} label="法定罚款下限">
              <YuanInput style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={['statutoryRange', 'fineMaxFen']}
              label="法定罚款上限"
              dependencies={[['statutoryRange', 'fineMinFen']]}
              rules={[
                checkRule((v: number | null | undefined) => {
                  const min = form.getFieldValue(['statutoryRange', 'fineMinFen']) as
                    | number
                    | null
                    | undefined;
                  return typeof v === 'number' && typeof min === 'number' && v < min
                    ? '上限不得低于下限'
                    : null;
                }),
              ]}
            >
              <YuanInput style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="correctionOrder" label=" " valuePropName="checked">
              <Checkbox>须同时责令改正</Checkbox>
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name={['statutoryRange', 'kinds']} label="法定处罚种类">
              <Select
                mode="multiple"
                options={PENALTY_KINDS.map((k) => ({ label: PENALTY_KIND_LABELS[k], value: k }))}
              />
            </Form.Item>
            <Form.Item
              name={['statutoryRange', 'text']}
              label="法定处罚幅度（原文表述）"
              rules={[{ required: true, message: '请填写法定处罚幅度' }]}
            >
              <Input.TextArea rows={2} placeholder="如：责令限期改正，处五万元以下的罚款；逾期未改正的，……" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">裁量基准</Divider>
        <BandsEditor />
      </Form>
    </Drawer>
  );
}
