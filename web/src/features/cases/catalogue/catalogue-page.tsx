import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  Input,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import {
  CATEGORY_LABELS,
  ENFORCEMENT_CATEGORIES,
  type EnforcementCategory,
} from '../../../../../common/contracts/personnel';
import { useAbility } from '../../../app/session';
import { ApiErrorAlert } from '../../../components/api-error';
import { PageHeader } from '../../../components/page';
import {
  useSetViolationTypeActive,
  useViolationTypes,
  type ViolationTypeFilter,
  type ViolationTypeView,
} from '../api-admin';
import { ViolationTypeDetail } from './bands-table';
import { ViolationTypeDrawer } from './violation-type-drawer';

/**
 * 违法行为目录: the violations the bureau penalises, each with the provision violated, the penalty provision, the
 * statutory range and the published discretion bands (裁量基准, 《行政处罚法》第三十四条). Everyone who handles
 * cases reads it; 政策法规科 (case.configure) maintains it.
 */
export function CataloguePage() {
  const { message } = App.useApp();
  const canConfigure = useAbility('case.configure');
  const [filter, setFilter] = useState<ViolationTypeFilter>({});
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<ViolationTypeView | 'new' | null>(null);
  const types = useViolationTypes(filter);
  const setActive = useSetViolationTypeActive();
  const items = types.data?.items ?? [];

  const columns: TableColumnsType<ViolationTypeView> = [
    { title: '编码', dataIndex: 'code', width: 130, className: 'zf-mono' },
    {
      title: '违法行为',
      key: 'name',
      render: (_, t) => (
        <>
          <span style={{ fontWeight: 500 }}>{t.name}</span>
          <div>
            <Tag>{CATEGORY_LABELS[t.category]}</Tag>
            {!t.active && <Tag color="default">已停用</Tag>}
            {t.sourceTag && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                [{t.sourceTag}]
              </Typography.Text>
            )}
          </div>
        </>
      ),
    },
    { title: '违反条款', dataIndex: 'violatedProvision', width: 190 },
    { title: '处罚依据', dataIndex: 'penaltyProvision', width: 190 },
    {
      title: '法定处罚幅度',
      key: 'range',
      width: 320,
      // The full text is in the expanded row; three lines keep the list scannable.
      render: (_, t) => (
        <Typography.Paragraph
          style={{ margin: 0, fontSize: 13 }}
          ellipsis={{ rows: 3, tooltip: t.statutoryRange.text }}
        >
          {t.statutoryRange.text}
        </Typography.Paragraph>
      ),
    },
    {
      title: '启用',
      key: 'active',
      width: 110,
      render: (_, t) =>
        canConfigure ? (
          <Space size={4}>
            <Switch
              size="small"
              checked={t.active}
              loading={setActive.isPending && setActive.variables?.id === t.id}
              aria-label={`启用 ${t.name}`}
              onChange={(active) =>
                void setActive.mutateAsync({ id: t.id, active }).then(
                  () => message.success(active ? '已启用' : '已停用'),
                  () => undefined,
                )
              }
            />
            <Tooltip title="编辑">
              <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setEditing(t)} />
            </Tooltip>
          </Space>
        ) : t.active ? (
          <Tag color="green">启用</Tag>
        ) : (
          <Tag>停用</Tag>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="违法行为目录"
        description="违法行为、违反条款、处罚依据与裁量基准。裁量基准应当向社会公布（《行政处罚法》第三十四条）；办案时按情形选择裁量等级。"
        extra={
          canConfigure && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              新增违法行为
            </Button>
          )
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            placeholder="编码、违法行为名称或条款"
            allowClear
            enterButton="查询"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setFilter({ ...filter, q: v.trim() || undefined })}
            style={{ width: 320 }}
            aria-label="搜索违法行为"
          />
          <Select<EnforcementCategory>
            placeholder="全部执法类别"
            allowClear
            style={{ width: 180 }}
            aria-label="执法类别"
            value={filter.category}
            onChange={(category) => setFilter({ ...filter, category })}
            options={ENFORCEMENT_CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], value: c }))}
          />
          {canConfigure && (
            <Checkbox
              checked={filter.includeInactive === 'true'}
              onChange={(e) =>
                setFilter({ ...filter, includeInactive: e.target.checked ? 'true' : undefined })
              }
            >
              含已停用
            </Checkbox>
          )}
        </Space>
        <ApiErrorAlert error={types.error ?? setActive.error} />
        <Table<ViolationTypeView>
          rowKey="id"
          size="middle"
          loading={types.isFetching}
          columns={columns}
          dataSource={items}
          expandable={{ expandedRowRender: (t) => <ViolationTypeDetail type={t} /> }}
          pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 项`, hideOnSinglePage: true }}
          onRow={(t) => ({ 'data-testid': `violation-row-${t.code}` }) as React.HTMLAttributes<HTMLElement>}
        />
      </Card>
      {canConfigure && (
        <ViolationTypeDrawer
          open={editing !== null}
          type={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
