import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { UNIT_KIND_LABELS, UNIT_KINDS } from '../../../../common/contracts/org';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { useOrg, type OrgUnit, type Position } from './api';
import { EntityFormModal, PositionFormModal, UnitFormModal } from './org-forms';

type KindFilter = 'all' | (typeof UNIT_KINDS)[number];

/** 组织机构: the 执法主体 and its legal basis, its 科室 and 所属事业单位, and the positions. Editable by the system administrator. */
export function OrgPage() {
  const org = useOrg();
  const [editEntity, setEditEntity] = useState(false);
  const [unit, setUnit] = useState<OrgUnit | null | 'new'>(null);
  const [position, setPosition] = useState<Position | null | 'new'>(null);
  const [kind, setKind] = useState<KindFilter>('all');
  const data = org.data;
  const canManage = !!data?.canManage;
  const units = (data?.units ?? []).filter((u) => kind === 'all' || u.kind === kind);

  return (
    <>
      <PageHeader
        title="组织机构"
        description={
          canManage
            ? '维护执法主体信息、内设科室、所属事业单位与职务。'
            : '本局执法主体信息、内设科室、所属事业单位与职务。'
        }
      />
      <ApiErrorAlert error={org.error} />
      <Card
        title="执法主体"
        loading={org.isPending}
        style={{ marginBottom: 16 }}
        extra={
          canManage && (
            <Button icon={<EditOutlined />} onClick={() => setEditEntity(true)}>
              修改
            </Button>
          )
        }
      >
        {data && (
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            styles={{ label: { width: 160 } }}
            items={[
              {
                key: 'name',
                label: '执法主体名称',
                children: <Typography.Text strong>{data.entity.name}</Typography.Text>,
              },
              {
                key: 'uscc',
                label: '统一社会信用代码',
                children: (
                  <Typography.Text className="zf-mono" copyable>
                    {data.entity.uscc}
                  </Typography.Text>
                ),
              },
              { key: 'address', label: '地址', children: data.entity.address },
              { key: 'phone', label: '联系电话', children: data.entity.phone ?? '—' },
              {
                key: 'basis',
                label: '职权依据',
                span: 'filled',
                children: (
                  <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>{data.entity.legalBasis}</div>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Card
        title="内设科室与所属事业单位"
        style={{ marginBottom: 16 }}
        extra={
          <Space>
            <Segmented<KindFilter>
              value={kind}
              onChange={setKind}
              options={[
                { label: '全部', value: 'all' },
                ...UNIT_KINDS.map((k) => ({ label: UNIT_KIND_LABELS[k], value: k })),
              ]}
            />
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setUnit('new')}>
                新增
              </Button>
            )}
          </Space>
        }
      >
        <Table<OrgUnit>
          rowKey="id"
          size="middle"
          loading={org.isPending}
          dataSource={units}
          pagination={false}
          locale={{ emptyText: '暂无科室或单位' }}
          columns={[
            {
              title: '名称',
              dataIndex: 'name',
              render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
            },
            {
              title: '类型',
              dataIndex: 'kind',
              width: 130,
              render: (k: OrgUnit['kind']) => (
                <Tag color={k === 'section' ? 'blue' : 'cyan'}>{UNIT_KIND_LABELS[k]}</Tag>
              ),
            },
            {
              title: '编码',
              dataIndex: 'code',
              width: 100,
              render: (v: string) => <span className="zf-mono">{v}</span>,
            },
            {
              title: '主要职责',
              dataIndex: 'duties',
              render: (v: string) => v || <Typography.Text type="secondary">—</Typography.Text>,
            },
            { title: '人数', dataIndex: 'memberCount', width: 80, align: 'right' },
            ...(canManage
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    width: 80,
                    render: (_: unknown, u: OrgUnit) => (
                      <Button type="link" size="small" onClick={() => setUnit(u)}>
                        修改
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card
        title="职务"
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPosition('new')}>
              新增职务
            </Button>
          )
        }
      >
        <Table<Position>
          rowKey="id"
          size="middle"
          loading={org.isPending}
          dataSource={data?.positions ?? []}
          pagination={false}
          locale={{ emptyText: '暂无职务' }}
          columns={[
            { title: '职务名称', dataIndex: 'name' },
            {
              title: '领导职务',
              dataIndex: 'isLeadership',
              width: 120,
              render: (v: boolean) =>
                v ? <Tag color="gold">领导职务</Tag> : <Typography.Text type="secondary">否</Typography.Text>,
            },
            { title: '排序', dataIndex: 'sortOrder', width: 100 },
            ...(canManage
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    width: 80,
                    render: (_: unknown, p: Position) => (
                      <Button type="link" size="small" onClick={() => setPosition(p)}>
                        修改
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {data && canManage && (
        <>
          <EntityFormModal open={editEntity} entity={data.entity} onClose={() => setEditEntity(false)} />
          <UnitFormModal
            open={unit !== null}
            unit={unit === 'new' ? null : unit}
            onClose={() => setUnit(null)}
          />
          <PositionFormModal
            open={position !== null}
            position={position === 'new' ? null : position}
            onClose={() => setPosition(null)}
          />
        </>
      )}
    </>
  );
}
