import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  SOURCE_KIND_LABELS,
  SOURCE_STATUS_LABELS,
  SOURCE_STATUSES,
  type SourceStatus,
} from '../../../../common/contracts/cases';
import { useAbility } from '../../app/session';
import { DataTable, usePaging } from '../../components/data-table';
import { PageHeader } from '../../components/page';
import { useSources, type SourceFilter, type SourceView } from './api-admin';
import { FilingDrawer } from './filing-form';
import { DismissSourceModal, SourceFormDrawer } from './source-forms';

const STATUS_COLORS: Record<SourceStatus, string> = {
  registered: 'blue',
  filing: 'gold',
  not_filed: 'default',
  filed: 'green',
};

/**
 * 案源登记: every lead (inspection, report, transfer…) is registered before anything else happens, and each ends
 * either in a 立案审批表 or in a reasoned 不予立案. Actions per row come from the server's abilities.
 */
export function SourcesPage() {
  const canRegister = useAbility('case.handle');
  const { filter, setFilter, paging, setPaging } = usePaging<SourceFilter>({});
  const sources = useSources(filter, paging.page, paging.pageSize);
  const [q, setQ] = useState('');
  const [registering, setRegistering] = useState(false);
  const [filing, setFiling] = useState<SourceView | null>(null);
  const [dismissing, setDismissing] = useState<SourceView | null>(null);

  const columns: TableColumnsType<SourceView> = [
    {
      title: '案源编号',
      key: 'no',
      width: 150,
      render: (_, s) => (
        <>
          <Typography.Text className="zf-mono">{s.sourceNo}</Typography.Text>
          <div>
            <Tag>{SOURCE_KIND_LABELS[s.kind]}</Tag>
          </div>
        </>
      ),
    },
    { title: '受理日期', dataIndex: 'receivedOn', width: 110 },
    {
      title: '涉嫌违法的单位或个人',
      key: 'subject',
      render: (_, s) => (
        <>
          <div style={{ fontWeight: 500 }}>{s.subjectName}</div>
          {s.subjectAddress && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.subjectAddress}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: '案源情况',
      dataIndex: 'summary',
      ellipsis: { showTitle: false },
      render: (v: string) => (
        <Tooltip title={v} placement="topLeft">
          {v}
        </Tooltip>
      ),
    },
    { title: '举报人/移送单位', key: 'informant', width: 130, render: (_, s) => s.informant ?? '—' },
    { title: '承办科室', dataIndex: 'unitName', width: 120 },
    {
      title: '状态',
      key: 'status',
      width: 120,
      render: (_, s) => (
        <>
          <Tag color={STATUS_COLORS[s.status]} data-testid="source-status">
            {SOURCE_STATUS_LABELS[s.status]}
          </Tag>
          {s.triageNote && (
            <Typography.Paragraph
              type="secondary"
              style={{ fontSize: 12, margin: '4px 0 0' }}
              ellipsis={{ rows: 2, tooltip: s.triageNote }}
            >
              {s.triageNote}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    {
      title: '登记',
      key: 'registered',
      width: 130,
      render: (_, s) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {s.registeredByName}
          <br />
          {dayjs(s.registeredAt).format('YYYY-MM-DD HH:mm')}
        </Typography.Text>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, s) => (
        <Space size={4} wrap>
          {s.caseId && <Link to={`/cases/${s.caseId}`}>查看案件</Link>}
          {s.abilities.propose && (
            <Button size="small" type="primary" onClick={() => setFiling(s)}>
              立案
            </Button>
          )}
          {s.abilities.dismiss && (
            <Button size="small" danger onClick={() => setDismissing(s)}>
              不予立案
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="案源登记"
        description="检查发现、举报、移送、交办等案件线索先登记为案源，经核查后提请立案或者决定不予立案。"
        extra={
          canRegister && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              登记案源
            </Button>
          )
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            placeholder="案源编号、单位或个人、案源情况"
            allowClear
            enterButton="查询"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setFilter({ ...filter, q: v.trim() || undefined })}
            style={{ width: 320 }}
            aria-label="搜索案源"
          />
          <Select<SourceStatus>
            placeholder="全部状态"
            allowClear
            style={{ width: 140 }}
            aria-label="案源状态"
            value={filter.status}
            onChange={(status) => setFilter({ ...filter, status })}
            options={SOURCE_STATUSES.map((s) => ({ label: SOURCE_STATUS_LABELS[s], value: s }))}
          />
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              setQ('');
              setFilter({});
            }}
          >
            重置
          </Button>
        </Space>
        <DataTable<SourceView>
          rowKey="id"
          columns={columns}
          query={sources}
          paging={paging}
          onPaging={setPaging}
          onRow={(s) => ({ 'data-testid': `source-row-${s.sourceNo}` }) as React.HTMLAttributes<HTMLElement>}
        />
      </Card>
      <SourceFormDrawer open={registering} onClose={() => setRegistering(false)} />
      <FilingDrawer source={filing} onClose={() => setFiling(null)} />
      <DismissSourceModal source={dismissing} onClose={() => setDismissing(null)} />
    </>
  );
}
