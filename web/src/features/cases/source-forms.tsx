import { Alert, App, Button, DatePicker, Drawer, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import {
  DismissSourceBody,
  SOURCE_KIND_LABELS,
  SOURCE_KINDS,
  SourceBody,
  type SourceKind,
} from '../../../../common/contracts/cases';
import { UNIT_KIND_LABELS } from '../../../../common/contracts/org';
import { useSession } from '../../app/session';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error';
import { zodRule } from '../../components/zod-rule';
import { useOrg } from '../org/api';
import { useDismissSource, useRegisterSource, type SourceView } from './api-admin';
import { toDay } from './format';

interface SourceValues {
  kind: SourceKind;
  receivedOn: Dayjs;
  subjectName: string;
  subjectAddress?: string;
  summary: string;
  informant?: string;
  unitId: string;
}
const FIELDS = ['kind', 'receivedOn', 'subjectName', 'subjectAddress', 'summary', 'informant', 'unitId'];
const S = SourceBody.shape;
/** Refusals are shown from the mutation's error state; the promise's rejection needs no handling. */
const ignore = () => undefined;

/** Registers a case source (案源登记). The 承办科室 defaults to the registering officer's own unit. */
export function SourceFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const { user } = useSession();
  const org = useOrg();
  const register = useRegisterSource();
  const [form] = Form.useForm<SourceValues>();
  const units = org.data?.units ?? [];
  const ownUnit = units.find((u) => u.name === user?.unitName)?.id;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ receivedOn: dayjs(), unitId: ownUnit });
  }, [open, ownUnit, form]);
  const close = () => {
    register.reset();
    onClose();
  };

  const submit = (v: SourceValues) =>
    register
      .mutateAsync({
        ...v,
        receivedOn: toDay(v.receivedOn),
        subjectAddress: v.subjectAddress || null,
        informant: v.informant || null,
      })
      .then(
        () => {
          void message.success('案源已登记');
          close();
        },
        (e: unknown) => applyFieldErrors(form, e, FIELDS),
      );

  return (
    <Drawer
      title="登记案源"
      open={open}
      onClose={close}
      size={640}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={close}>取消</Button>
          <Button type="primary" loading={register.isPending} onClick={() => form.submit()}>
            登记
          </Button>
        </Space>
      }
    >
      <ApiErrorAlert error={register.error} />
      <Form<SourceValues> form={form} name="sourceForm" layout="vertical" onFinish={(v) => void submit(v)}>
        <Space size={16} align="start" wrap>
          <Form.Item name="kind" label="案件来源" rules={[{ required: true, message: '请选择案件来源' }]}>
            <Select
              style={{ width: 200 }}
              options={SOURCE_KINDS.map((k) => ({ label: SOURCE_KIND_LABELS[k], value: k }))}
            />
          </Form.Item>
          <Form.Item
            name="receivedOn"
            label="受理日期"
            rules={[{ required: true, message: '请选择受理日期' }]}
          >
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Space>
        <Form.Item
          name="subjectName"
          label="涉嫌违法的单位或个人"
          rules={[{ required: true, message: '请填写涉嫌违法的单位或个人' }, zodRule(S.subjectName)]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="subjectAddress" label="地址" rules={[zodRule(S.subjectAddress)]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="summary"
          label="案源情况"
          rules={[{ required: true, message: '请填写案源情况' }, zodRule(S.summary)]}
        >
          <Input.TextArea
            rows={5}
            maxLength={4000}
            showCount
            placeholder="发现的问题、线索内容、初步核查情况"
          />
        </Form.Item>
        <Form.Item
          name="informant"
          label="举报人/移送单位"
          extra="举报人信息依法保密，仅有权人员可见"
          rules={[zodRule(S.informant)]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="unitId" label="承办科室" rules={[{ required: true, message: '请选择承办科室' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={org.isPending}
            options={(['section', 'institution'] as const).map((kind) => ({
              label: UNIT_KIND_LABELS[kind],
              title: UNIT_KIND_LABELS[kind],
              options: units.filter((u) => u.kind === kind).map((u) => ({ label: u.name, value: u.id })),
            }))}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

/** 不予立案 at triage: the reason is kept with the source and shown in its row. */
export function DismissSourceModal({ source, onClose }: { source: SourceView | null; onClose: () => void }) {
  const { message } = App.useApp();
  const dismiss = useDismissSource();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={!!source}
      title={source ? `不予立案：${source.sourceNo}` : ''}
      okText="确认不予立案"
      okButtonProps={{ danger: true }}
      confirmLoading={dismiss.isPending}
      onCancel={() => {
        dismiss.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="经核查，没有违法事实、违法行为轻微并及时改正没有造成危害后果、超过追责时效或者不属于本机关管辖的，不予立案，并写明理由。"
      />
      <ApiErrorAlert error={dismiss.error} />
      <Form
        form={form}
        layout="vertical"
        name="dismissSource"
        preserve={false}
        onFinish={(v) =>
          source &&
          void dismiss.mutateAsync({ id: source.id, body: v }).then(() => {
            void message.success('已决定不予立案');
            onClose();
          }, ignore)
        }
      >
        <Form.Item
          name="reason"
          label="不予立案的理由"
          rules={[
            { required: true, message: '请填写不予立案的理由' },
            zodRule(DismissSourceBody.shape.reason),
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
