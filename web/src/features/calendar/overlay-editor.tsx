import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Space,
  Table,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { OverlayDayView } from '../../../../common/contracts/calendar';
import { ApiErrorAlert } from '../../components/api-error';
import { useDeleteOverlay, useOverlay, useSaveOverlay } from './api';

interface Values {
  date: Dayjs;
  kind: 'rest' | 'work';
  name: string;
  source: string;
}

/**
 * 地方日历: rest or working days a locality declares (《全国年节及纪念日放假办法》第四条 and local orders), each
 * with its source document. Read by everyone; edited by calendar maintainers. A change recomputes open deadlines.
 */
export function OverlayEditor({ canMaintain }: { canMaintain: boolean }) {
  const { message } = App.useApp();
  const overlay = useOverlay();
  const save = useSaveOverlay();
  const remove = useDeleteOverlay();
  const [editing, setEditing] = useState<OverlayDayView | 'new' | null>(null);
  const [form] = Form.useForm<Values>();

  const openEditor = (d: OverlayDayView | 'new') => {
    save.reset();
    setEditing(d);
    form.setFieldsValue(
      d === 'new'
        ? { kind: 'rest', date: undefined, name: '', source: '' }
        : { date: dayjs(d.date), kind: d.kind, name: d.name, source: d.source },
    );
  };

  const submit = (v: Values) => {
    const body = { date: v.date.format('YYYY-MM-DD'), kind: v.kind, name: v.name, source: v.source };
    save.mutate(
      { id: editing === 'new' || editing === null ? null : editing.id, body },
      {
        onSuccess: () => {
          void message.success('已保存地方日历，受影响的期限已重新计算');
          setEditing(null);
        },
      },
    );
  };

  return (
    <Card
      title={`地方日历${overlay.data ? `（${overlay.data.locality}）` : ''}`}
      size="small"
      extra={
        canMaintain && (
          <Button icon={<PlusOutlined />} size="small" onClick={() => openEditor('new')}>
            新增地方日期
          </Button>
        )
      }
    >
      <ApiErrorAlert error={overlay.error ?? remove.error} />
      <Table<OverlayDayView>
        size="small"
        rowKey="id"
        loading={overlay.isFetching}
        dataSource={overlay.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: '暂无地方休息日或工作日' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 120 },
          {
            title: '类型',
            dataIndex: 'kind',
            width: 100,
            render: (k: 'rest' | 'work') =>
              k === 'rest' ? <Tag color="green">地方休息日</Tag> : <Tag color="cyan">地方工作日</Tag>,
          },
          { title: '名称', dataIndex: 'name' },
          { title: '依据文件', dataIndex: 'source' },
          ...(canMaintain
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 120,
                  render: (_: unknown, d: OverlayDayView) => (
                    <Space size={0}>
                      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => openEditor(d)}>
                        修改
                      </Button>
                      <Popconfirm
                        title={`删除 ${d.date}「${d.name}」？`}
                        description="删除后受影响的期限将重新计算。"
                        onConfirm={() =>
                          remove.mutate(d.id, { onSuccess: () => void message.success('已删除') })
                        }
                      >
                        <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                          删除
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        title={editing === 'new' ? '新增地方日期' : '修改地方日期'}
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <ApiErrorAlert error={save.error} />
        <Form<Values> form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'rest', label: '地方休息日' },
                { value: 'work', label: '地方工作日' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label="名称"
            rules={[{ required: true, message: '请填写名称，如 那达慕大会' }]}
          >
            <Input maxLength={50} placeholder="如 那达慕大会" />
          </Form.Item>
          <Form.Item
            name="source"
            label="依据文件（名称及文号）"
            rules={[{ required: true, min: 4, message: '请填写依据文件' }]}
          >
            <Input.TextArea
              maxLength={300}
              rows={2}
              placeholder="如 赤峰市人民政府关于……的通知（赤政发〔2026〕×号）"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
