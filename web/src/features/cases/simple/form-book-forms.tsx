import { Alert, App, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { FormBookBody, FormNumberStatusBody } from '../../../../../common/contracts/cases';
import { ApiErrorAlert, applyFieldErrors } from '../../../components/api-error';
import { checkRule, zodRule } from '../../../components/zod-rule';
import {
  useAllocateFormBook,
  useOfficerAccounts,
  useSetFormNumberStatus,
  type FormNumber,
} from '../api-admin';

interface AllocateValues {
  prefix: string;
  firstNo: number;
  lastNo: number;
  holderId: string;
  note?: string;
}
/** Refusals are shown from the mutation's error state; the promise's rejection needs no handling. */
const ignore = () => undefined;

/**
 * 分配编号段: hands a range of pre-printed 当场处罚决定书 numbers to one officer. A range overlapping one already
 * handed out is refused by the server (FORM_RANGE_TAKEN), shown here with its reason.
 */
export function AllocateBookModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const allocate = useAllocateFormBook();
  const officers = useOfficerAccounts(dayjs().format('YYYY-MM-DD'), open);
  const [form] = Form.useForm<AllocateValues>();
  const first = Form.useWatch('firstNo', form);
  const last = Form.useWatch('lastNo', form);
  const close = () => {
    allocate.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      title="分配当场处罚决定书编号段"
      okText="分配"
      confirmLoading={allocate.isPending}
      onCancel={close}
      onOk={() => form.submit()}
      destroyOnHidden
      width={560}
    >
      <ApiErrorAlert error={allocate.error ?? officers.error} />
      <Form<AllocateValues>
        form={form}
        layout="vertical"
        name="allocateBook"
        preserve={false}
        onFinish={(v) =>
          void allocate.mutateAsync({ ...v, note: v.note ?? '' }).then(
            () => {
              void message.success(`已分配 ${v.lastNo - v.firstNo + 1} 份`);
              close();
            },
            (e: unknown) => applyFieldErrors(form, e, ['prefix', 'firstNo', 'lastNo', 'holderId']),
          )
        }
      >
        <Form.Item
          name="prefix"
          label="编号前缀"
          rules={[{ required: true, message: '请填写编号前缀' }, zodRule(FormBookBody.shape.prefix)]}
        >
          <Input maxLength={20} placeholder="如：赤应急当罚" style={{ width: 240 }} />
        </Form.Item>
        <Space size={16} align="start" wrap>
          <Form.Item name="firstNo" label="起始号" rules={[{ required: true, message: '请填写起始号' }]}>
            <InputNumber min={1} precision={0} />
          </Form.Item>
          <Form.Item
            name="lastNo"
            label="终止号"
            dependencies={['firstNo']}
            rules={[
              { required: true, message: '请填写终止号' },
              checkRule((v?: number) => (v && first && v < first ? '终止号不得小于起始号' : null)),
            ]}
          >
            <InputNumber min={1} precision={0} />
          </Form.Item>
          {first && last && last >= first ? (
            <Typography.Text type="secondary" style={{ lineHeight: '94px' }}>
              共 {last - first + 1} 份
            </Typography.Text>
          ) : null}
        </Space>
        <Form.Item
          name="holderId"
          label="领用人"
          rules={[{ required: true, message: '请选择领用的执法人员' }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={officers.isPending}
            options={(officers.data?.items ?? []).map((o) => ({
              value: o.userId,
              label: `${o.name}${o.unitName ? `（${o.unitName}）` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export interface NumberStatusTarget {
  number: FormNumber;
  status: 'void' | 'lost';
}
const STATUS_HINTS = {
  void: '作废的决定书应将各联收回存档，不得再用该编号开具决定书。',
  lost: '遗失的应写明经过；该编号此后不得使用，发现后交回政策法规科。',
} as const;

/** 作废 / 遗失 of an unused number, with the reason: every printed number stays accounted for. */
export function NumberStatusModal({
  target,
  onClose,
}: {
  target: NumberStatusTarget | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const setStatus = useSetFormNumberStatus();
  const [form] = Form.useForm<{ reason: string }>();
  const label = target?.status === 'lost' ? '遗失' : '作废';
  const close = () => {
    setStatus.reset();
    onClose();
  };
  return (
    <Modal
      open={!!target}
      title={target ? `${label}：${target.number.serial}` : ''}
      okText={`确认${label}`}
      okButtonProps={{ danger: true }}
      confirmLoading={setStatus.isPending}
      onCancel={close}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {target && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={STATUS_HINTS[target.status]} />
      )}
      <ApiErrorAlert error={setStatus.error} />
      <Form
        form={form}
        layout="vertical"
        name="formNumberStatus"
        preserve={false}
        onFinish={(v) =>
          target &&
          void setStatus
            .mutateAsync({ serial: target.number.serial, body: { status: target.status, reason: v.reason } })
            .then(() => {
              void message.success(`已登记${label}`);
              close();
            }, ignore)
        }
      >
        <Form.Item
          name="reason"
          label={`${label}原因`}
          rules={[{ required: true, message: '请填写原因' }, zodRule(FormNumberStatusBody.shape.reason)]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
