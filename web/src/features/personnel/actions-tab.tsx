import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  MANUAL_PERSONNEL_ACTION_KINDS,
  PERSONNEL_ACTION_LABELS,
  PERSONNEL_ACTION_SOURCE_LABELS,
  type PersonnelActionKind,
} from '../../../../common/contracts/personnel';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error';
import { useOfficerActions, useRecordPersonnelAction, type OfficerDetail } from './api';

const COLORS: Record<PersonnelActionKind, string> = {
  transfer: 'blue',
  removal: 'volcano',
  dismissal: 'red',
  demotion: 'orange',
  post_change: 'geekblue',
  poor_appraisal: 'gold',
  certificate_suspension: 'orange',
  certificate_revocation: 'red',
  other: 'default',
};

type ManualKind = (typeof MANUAL_PERSONNEL_ACTION_KINDS)[number];
interface Values {
  kind: ManualKind;
  effectiveOn: Dayjs;
  summary?: string;
  reason: string;
  basis?: string;
  documentNo?: string;
}

function RecordActionModal({
  officer,
  open,
  onClose,
}: {
  officer: OfficerDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const record = useRecordPersonnelAction();
  const [form] = Form.useForm<Values>();
  const close = () => {
    record.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={`登记人事处理：${officer.name}`}
      okText="登记"
      confirmLoading={record.isPending}
      onCancel={close}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="调整科室或职务、调离/离岗，以及暂扣、吊销、注销执法证时，系统已自动登记；此处登记考核结果、降级、免职、辞退等其他人事处理。登记后不能修改或删除。"
      />
      <ApiErrorAlert error={record.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'poor_appraisal', effectiveOn: dayjs() }}
        onFinish={(v) =>
          void record
            .mutateAsync({
              id: officer.id,
              body: {
                kind: v.kind,
                effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
                summary: v.summary?.trim() || null,
                reason: v.reason,
                basis: v.basis?.trim() || null,
                documentNo: v.documentNo?.trim() || null,
              },
            })
            .then(
              () => {
                void message.success('已登记人事处理');
                close();
              },
              (e: unknown) => {
                applyFieldErrors(form, e, [
                  'kind',
                  'effectiveOn',
                  'summary',
                  'reason',
                  'basis',
                  'documentNo',
                ]);
              },
            )
        }
      >
        <Form.Item name="kind" label="处理类别" rules={[{ required: true, message: '请选择处理类别' }]}>
          <Select
            options={MANUAL_PERSONNEL_ACTION_KINDS.map((k) => ({
              label: PERSONNEL_ACTION_LABELS[k],
              value: k,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="effectiveOn"
          label="生效日期"
          rules={[{ required: true, message: '请选择生效日期' }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="summary"
          label="处理内容"
          extra="如：二级主任科员 → 四级主任科员；不填则记为处理类别。"
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="处理事由"
          rules={[
            { required: true, whitespace: true, message: '请填写处理事由' },
            { min: 2, message: '请填写处理事由（至少 2 个字）' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="basis" label="处理依据" extra="法定事由或所依据的规定，如《公务员考核规定》第十条。">
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="documentNo" label="文号">
          <Input maxLength={64} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 人事处理: transfers, removals, demotions, appraisals, certificate suspensions… recorded against the officer. */
export function ActionsTab({ officer }: { officer: OfficerDetail }) {
  const actions = useOfficerActions(officer.id);
  const [recording, setRecording] = useState(false);
  if (actions.isPending) return <Spin />;
  if (actions.error || !actions.data) return <ApiErrorAlert error={actions.error} />;
  return (
    <>
      <Space style={{ marginBottom: 8, display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">
          调离、免职、辞退、降级、岗位调整、考核结果及暂扣、吊销执法证等处理，按生效日期由近及远排列。
        </Typography.Text>
        {actions.data.canRecord && (
          <Button icon={<PlusOutlined />} size="small" onClick={() => setRecording(true)}>
            登记人事处理
          </Button>
        )}
      </Space>
      <Table
        size="small"
        rowKey="id"
        data-testid="personnel-actions"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={actions.data.items}
        locale={{ emptyText: <Empty description="没有人事处理记录" /> }}
        columns={[
          { title: '生效日期', dataIndex: 'effectiveOn', width: 110 },
          {
            title: '类别',
            width: 150,
            render: (_, a) => <Tag color={COLORS[a.kind]}>{PERSONNEL_ACTION_LABELS[a.kind]}</Tag>,
          },
          { title: '处理内容', dataIndex: 'summary' },
          { title: '事由', dataIndex: 'reason' },
          { title: '依据', render: (_, a) => a.basis ?? '—' },
          { title: '文号', width: 150, render: (_, a) => a.documentNo ?? '—' },
          {
            title: '登记',
            width: 170,
            render: (_, a) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.recordedByName}（{PERSONNEL_ACTION_SOURCE_LABELS[a.source]}）
                <br />
                {dayjs(a.recordedAt).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
            ),
          },
        ]}
      />
      <RecordActionModal officer={officer} open={recording} onClose={() => setRecording(false)} />
    </>
  );
}
