import { Card, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { CATEGORY_LABELS, CERTIFICATE_KIND_LABELS } from '../../../common/contracts/personnel';
import type { PublicOfficer } from '../../../common/contracts/portal';
import { ApiErrorAlert } from '../components/api-error';
import { usePageTitle } from '../components/page';
import { usePublicOfficers } from './api';

/** 执法人员公示: who may enforce the law for the bureau today, with certificate number, 执法类别 and validity. */
export function PublicOfficersPage() {
  usePageTitle('执法人员公示');
  const [q, setQ] = useState<string | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = usePublicOfficers({ q, unitId }, paging.page, paging.pageSize);
  const data = list.data;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        行政执法人员公示
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {data?.entityName ?? '赤峰市应急管理局'}持有有效行政执法证件的人员（截至 {data?.asOf ?? '今日'}
        ）。如需核验某一证件的状态，请使用
        <Link to="/portal/verify">执法证件核验</Link>或扫描证件上的二维码。
      </Typography.Paragraph>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder="姓名或证件编号"
            enterButton="查询"
            aria-label="搜索姓名或证件编号"
            style={{ width: 280 }}
            onSearch={(v) => {
              setQ(v.trim() || undefined);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
          />
          <Select
            allowClear
            placeholder="全部单位"
            style={{ width: 260 }}
            value={unitId}
            onChange={(v) => {
              setUnitId(v);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={(data?.units ?? []).map((u) => ({ label: u.name, value: u.id }))}
          />
        </Space>
        <ApiErrorAlert error={list.error} />
        <Table<PublicOfficer>
          rowKey="certificateNumber"
          size="middle"
          loading={list.isFetching}
          dataSource={data?.items ?? []}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: data?.total ?? 0,
            showTotal: (t) => `共 ${t} 人次`,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 100 },
            { title: '所在单位', dataIndex: 'unitName' },
            {
              title: '证件编号',
              dataIndex: 'certificateNumber',
              render: (n: string) => (
                <Link to={`/portal/verify/${encodeURIComponent(n)}`} className="zf-mono">
                  {n}
                </Link>
              ),
            },
            { title: '证件种类', render: (_, o) => CERTIFICATE_KIND_LABELS[o.kind], width: 130 },
            {
              title: '执法类别',
              render: (_, o) => o.categories.map((c) => CATEGORY_LABELS[c]).join('、') || '—',
            },
            { title: '执法区域', dataIndex: 'region', width: 100 },
            { title: '有效期至', dataIndex: 'validUntil', width: 120 },
          ]}
        />
      </Card>
    </>
  );
}
