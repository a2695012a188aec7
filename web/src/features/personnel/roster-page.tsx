import {
  BarChartOutlined,
  DownloadOutlined,
  ImportOutlined,
  PlusOutlined,
  ReloadOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  CATEGORY_LABELS,
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_STATUSES,
  ENFORCEMENT_CATEGORIES,
  OFFICER_STATUS_LABELS,
  STAFFING_LABELS,
  STAFFING_TYPES,
} from '../../../../common/contracts/personnel';
import { UNIT_KIND_LABELS } from '../../../../common/contracts/org';
import { DataTable, usePaging } from '../../components/data-table';
import { PageHeader } from '../../components/page';
import { useOrg } from '../org/api';
import { exportUrl, useOfficers, type OfficerFilter, type OfficerSummary } from './api';
import { CertificateStatusTag } from './labels';
import { OfficerFormDrawer } from './officer-form-drawer';
import { SettingsDrawer } from './settings-drawer';

const NOT_HOLDING = new Set(['worker', 'dispatched', 'temporary']);

/**
 * 执法人员管理: the roster with its certificates and this year's training, searchable and filterable, exported to
 * Excel. 政策法规科 adds, imports and maintains; leaders, 纪检 and section heads (their unit) read.
 */
export function RosterPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const initial: OfficerFilter = params.get('trainingShort') === 'true' ? { trainingShort: 'true' } : {};
  const { filter, setFilter, paging, setPaging } = usePaging<OfficerFilter>(initial);
  const officers = useOfficers(filter, paging.page, paging.pageSize);
  const org = useOrg();
  const [form] = Form.useForm<OfficerFilter>();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [settings, setSettings] = useState(false);
  const canManage = !!officers.data?.canManage;
  const year = officers.data?.year ?? new Date().getFullYear();
  const soon = dayjs().add(90, 'day').format('YYYY-MM-DD');

  const columns: TableColumnsType<OfficerSummary> = [
    {
      title: '姓名',
      key: 'name',
      width: 150,
      render: (_, o) => (
        <>
          <Link to={`/personnel/officers/${o.id}`} style={{ fontWeight: 500 }}>
            {o.name}
          </Link>
          {o.status === 'departed' && (
            <Tag style={{ marginInlineStart: 6 }}>{OFFICER_STATUS_LABELS.departed}</Tag>
          )}
          <div>
            <Typography.Text type="secondary" className="zf-mono" style={{ fontSize: 12 }}>
              {o.idNumberMasked ?? '身份证号未登记'}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: '科室/单位',
      key: 'unit',
      render: (_, o) => (
        <>
          <div>{o.unitName}</div>
          {o.positionName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.positionName}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: '编制类型',
      key: 'staffing',
      width: 130,
      render: (_, o) =>
        NOT_HOLDING.has(o.staffingType) ? (
          <Tooltip title="非在编人员不得持证执法">
            <Tag color="red">{STAFFING_LABELS[o.staffingType]}</Tag>
          </Tooltip>
        ) : (
          STAFFING_LABELS[o.staffingType].replace('参照公务员法管理（参公）', '参公')
        ),
    },
    {
      title: '执法证件',
      key: 'certificates',
      render: (_, o) =>
        o.certificates.length ? (
          <Space orientation="vertical" size={2}>
            {o.certificates.map((c) => (
              <span key={c.id}>
                <Typography.Text className="zf-mono">{c.number}</Typography.Text>{' '}
                <CertificateStatusTag status={c.status} />
                {c.status === 'valid' && c.validUntil <= soon && <Tag color="orange">即将到期</Tag>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.categories.map((x) => CATEGORY_LABELS[x]).join('、') || '监督证'} · 至 {c.validUntil}
                </Typography.Text>
              </span>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">无证</Typography.Text>
        ),
    },
    {
      title: `${year}年学时`,
      key: 'training',
      width: 110,
      render: (_, o) => (
        <Tooltip title={`年度最低 ${o.trainingMinimum} 学时（国办发〔2023〕27号）`}>
          <Typography.Text type={o.trainingShort ? 'danger' : undefined} data-testid="training-hours">
            {o.trainingHours} / {o.trainingMinimum}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: '法律职业资格',
      key: 'legal',
      width: 110,
      render: (_, o) => (o.legalQualification ? <Tag color="blue">已取得</Tag> : '—'),
    },
  ];

  const units = org.data?.units ?? [];
  return (
    <>
      <PageHeader
        title="执法人员管理"
        description="执法人员名册、行政执法证件与培训考试。只有在编人员可以持证；执法时须至少两名持有效证件的执法人员（行政处罚法第四十二条）。"
        extra={
          <Space wrap>
            <Button icon={<BarChartOutlined />} onClick={() => void navigate('/personnel/statistics')}>
              统计分析
            </Button>
            <Button icon={<DownloadOutlined />} href={exportUrl(filter)}>
              导出 Excel
            </Button>
            <Button icon={<SettingOutlined />} onClick={() => setSettings(true)}>
              参数与委托单位
            </Button>
            {canManage && (
              <Button icon={<ImportOutlined />} onClick={() => void navigate('/personnel/import')}>
                导入名册
              </Button>
            )}
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                新增执法人员
              </Button>
            )}
          </Space>
        }
      />
      <Card>
        <Form<OfficerFilter>
          name="officerFilter"
          form={form}
          layout="inline"
          initialValues={initial}
          style={{ marginBottom: 16, rowGap: 12 }}
          onValuesChange={(_, all) => setFilter({ ...all, q: filter.q })}
        >
          <Form.Item>
            <Input.Search
              placeholder="姓名、证件编号或账号"
              allowClear
              enterButton="查询"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              onSearch={(v) => setFilter({ ...filter, q: v.trim() || undefined })}
              style={{ width: 280 }}
              aria-label="搜索执法人员"
            />
          </Form.Item>
          <Form.Item name="unitId">
            <Select
              placeholder="全部科室/单位"
              allowClear
              style={{ width: 220 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={(['section', 'institution'] as const).map((kind) => ({
                label: UNIT_KIND_LABELS[kind],
                title: UNIT_KIND_LABELS[kind],
                options: units.filter((u) => u.kind === kind).map((u) => ({ label: u.name, value: u.id })),
              }))}
            />
          </Form.Item>
          <Form.Item name="certificateStatus">
            <Select
              placeholder="证件状态"
              allowClear
              style={{ width: 120 }}
              aria-label="证件状态"
              options={[
                ...CERTIFICATE_STATUSES.map((s) => ({ label: CERTIFICATE_STATUS_LABELS[s], value: s })),
                { label: '无有效证件', value: 'none' },
              ]}
            />
          </Form.Item>
          <Form.Item name="category">
            <Select
              placeholder="执法类别"
              allowClear
              style={{ width: 150 }}
              options={ENFORCEMENT_CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], value: c }))}
            />
          </Form.Item>
          <Form.Item name="staffingType">
            <Select
              placeholder="编制类型"
              allowClear
              style={{ width: 170 }}
              options={STAFFING_TYPES.map((s) => ({ label: STAFFING_LABELS[s], value: s }))}
            />
          </Form.Item>
          <Form.Item name="trainingShort">
            <Select
              placeholder="年度学时"
              allowClear
              style={{ width: 120 }}
              options={[
                { label: '未达标', value: 'true' },
                { label: '已达标', value: 'false' },
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                form.resetFields();
                form.setFieldsValue({ trainingShort: undefined });
                setQ('');
                setFilter({});
              }}
            >
              重置
            </Button>
          </Form.Item>
        </Form>
        <DataTable<OfficerSummary>
          rowKey="id"
          columns={columns}
          query={officers}
          paging={paging}
          onPaging={setPaging}
          onRow={(o) => ({ 'data-testid': `officer-row-${o.name}` }) as React.HTMLAttributes<HTMLElement>}
        />
      </Card>
      <OfficerFormDrawer
        open={creating}
        officer={null}
        onClose={() => setCreating(false)}
        onSaved={(id) => void navigate(`/personnel/officers/${id}`)}
      />
      <SettingsDrawer open={settings} onClose={() => setSettings(false)} />
    </>
  );
}
