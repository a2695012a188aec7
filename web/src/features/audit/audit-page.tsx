import { DownloadOutlined, ReloadOutlined, SafetyOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiErrorAlert } from '../../components/api-error';
import { DataTable, usePaging } from '../../components/data-table';
import { PageHeader } from '../../components/page';
import { RoleTags } from '../../components/role-tags';
import {
  csvUrl,
  useAuditEvents,
  useRefreshAudit,
  useVerifyChain,
  type AuditEvent,
  type AuditFilter,
} from './api';
import { actionLabel, actionOptions, OBJECT_TYPE_LABELS, objectTypeLabel } from './labels';
import { shortHash, VerifyResultAlert } from './verify-result';

interface FilterForm {
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter(v: FilterForm): AuditFilter {
  const [start, end] = v.range ?? [null, null];
  return {
    actor: v.actor?.trim() || undefined,
    action: v.action || undefined,
    objectType: v.objectType || undefined,
    objectId: v.objectId?.trim() || undefined,
    from: start ? start.startOf('day').format() : undefined,
    to: end ? end.add(1, 'day').startOf('day').format() : undefined,
  };
}

function PayloadDetails({ e }: { e: AuditEvent }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: 16 }}>
      <div>
        <Typography.Text type="secondary">记录内容</Typography.Text>
        <pre className="zf-json">{JSON.stringify(e.payload, null, 2)}</pre>
      </div>
      <div style={{ fontSize: 13, lineHeight: 2 }}>
        <div>
          <Typography.Text type="secondary">请求编号：</Typography.Text>
          <span className="zf-mono">{e.requestId ?? '—'}</span>
        </div>
        <div>
          <Typography.Text type="secondary">对象编号：</Typography.Text>
          <span className="zf-mono">{e.objectId ?? '—'}</span>
        </div>
        <div>
          <Typography.Text type="secondary">操作人编号：</Typography.Text>
          <span className="zf-mono">{e.actorId ?? '—'}</span>
        </div>
        <div>
          <Typography.Text type="secondary">哈希（SM3）：</Typography.Text>
          <Typography.Text className="zf-mono" copyable style={{ wordBreak: 'break-all' }}>
            {e.hash}
          </Typography.Text>
        </div>
      </div>
    </div>
  );
}

/** 审计日志 (audit administrator): search the trail, export it, verify its hash chain. */
export function AuditPage() {
  const [form] = Form.useForm<FilterForm>();
  const { filter, setFilter, paging, setPaging } = usePaging<AuditFilter>({});
  const events = useAuditEvents(filter, paging.page, paging.pageSize);
  const verify = useVerifyChain();
  const refresh = useRefreshAudit();
  const [verifiedAt, setVerifiedAt] = useState<Date | null>(null);

  const columns: TableColumnsType<AuditEvent> = [
    { title: '编号', dataIndex: 'id', width: 80 },
    {
      title: '时间',
      dataIndex: 'occurredAt',
      width: 170,
      render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss'),
    },
    {
      title: '操作人',
      key: 'actor',
      render: (_, e) => (
        <>
          <div>{e.actorName}</div>
          {e.actorRoles.length > 0 && <RoleTags roles={e.actorRoles} />}
          {e.actorUnit && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.actorUnit}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      title: '操作',
      dataIndex: 'action',
      render: (a: string) => (
        <>
          <div>{actionLabel(a)}</div>
          <Typography.Text type="secondary" className="zf-mono" style={{ fontSize: 12 }}>
            {a}
          </Typography.Text>
        </>
      ),
    },
    {
      title: '对象',
      key: 'object',
      render: (_, e) => (
        <>
          <Tag>{objectTypeLabel(e.objectType)}</Tag>
          {e.objectId && (
            <Tooltip title={e.objectId}>
              <Typography.Text type="secondary" className="zf-mono" style={{ fontSize: 12 }}>
                {shortHash(e.objectId)}
              </Typography.Text>
            </Tooltip>
          )}
        </>
      ),
    },
    { title: 'IP', dataIndex: 'ip', width: 120, render: (v: string | null) => v ?? '—' },
    {
      title: '哈希',
      dataIndex: 'hash',
      width: 140,
      render: (h: string) => (
        <Tooltip title={<span style={{ wordBreak: 'break-all' }}>{h}</span>}>
          <Typography.Text className="zf-mono" style={{ fontSize: 12 }}>
            {shortHash(h)}
          </Typography.Text>
        </Tooltip>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="审计日志"
        description="系统全部操作的留痕记录，只能追加、不可修改，以 SM3 哈希链防篡改。"
        extra={
          <Space>
            <Button
              icon={<DownloadOutlined />}
              href={csvUrl(filter)}
              download
              onClick={() => window.setTimeout(() => void refresh(), 1500)}
            >
              导出 CSV
            </Button>
            <Button
              type="primary"
              icon={<SafetyOutlined />}
              loading={verify.isPending}
              onClick={() => verify.mutate(undefined, { onSuccess: () => setVerifiedAt(new Date()) })}
            >
              校验审计链
            </Button>
          </Space>
        }
      />
      <ApiErrorAlert error={verify.error} />
      {verify.data && verifiedAt && <VerifyResultAlert result={verify.data} at={verifiedAt} />}
      <Card>
        <Form<FilterForm>
          name="auditFilter"
          form={form}
          layout="inline"
          style={{ marginBottom: 16, rowGap: 12 }}
          onFinish={(v) => setFilter(toFilter(v))}
        >
          <Form.Item name="actor">
            <Input placeholder="操作人姓名" allowClear style={{ width: 150 }} aria-label="操作人" />
          </Form.Item>
          <Form.Item name="action">
            <Select
              placeholder="全部操作"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 200 }}
              options={actionOptions()}
              aria-label="操作"
            />
          </Form.Item>
          <Form.Item name="objectType">
            <Select
              placeholder="全部对象类型"
              allowClear
              style={{ width: 150 }}
              options={Object.entries(OBJECT_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
              aria-label="对象类型"
            />
          </Form.Item>
          <Form.Item name="objectId">
            <Input placeholder="对象编号" allowClear style={{ width: 150 }} aria-label="对象编号" />
          </Form.Item>
          <Form.Item name="range">
            <DatePicker.RangePicker
              allowEmpty={[true, true]}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              placeholder={['开始日期', '结束日期']}
            />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button
                icon={<ReloadOutlined />}
                onClick={() => {
                  form.resetFields();
                  setFilter({});
                }}
              >
                重置
              </Button>
            </Space>
          </Form.Item>
        </Form>
        <DataTable<AuditEvent>
          rowKey="id"
          columns={columns}
          query={events}
          paging={paging}
          onPaging={setPaging}
          expandable={{ expandedRowRender: (e) => <PayloadDetails e={e} /> }}
          locale={{ emptyText: '没有符合条件的审计记录' }}
        />
      </Card>
    </>
  );
}
