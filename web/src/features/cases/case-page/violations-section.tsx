import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { BAND_LEVEL_LABELS, PENALTY_KIND_LABELS } from '../../../../../common/contracts/cases';
import { ApiErrorAlert } from '../../../components/api-error';
import { useRemoveViolation, type CaseViolation } from '../api-case';
import { fenRange } from '../format';
import { useCaseContext } from './context';

function bandLabel(level: string): string {
  return level in BAND_LEVEL_LABELS ? BAND_LEVEL_LABELS[level as keyof typeof BAND_LEVEL_LABELS] : level;
}
function kindLabel(kind: string): string {
  return kind in PENALTY_KIND_LABELS ? PENALTY_KIND_LABELS[kind as keyof typeof PENALTY_KIND_LABELS] : kind;
}

/** 违法行为: the provisions violated and applied, and the 裁量基准 band chosen for the facts. */
export function ViolationsSection() {
  const { lawCase, open } = useCaseContext();
  const { message } = App.useApp();
  const remove = useRemoveViolation(lawCase.id);
  const canEdit = lawCase.abilities.editViolations;
  const columns: TableColumnsType<CaseViolation> = [
    {
      title: '违法行为',
      key: 'name',
      render: (_, v) => (
        <>
          <Typography.Text className="zf-mono" type="secondary">
            {v.code}
          </Typography.Text>{' '}
          {v.name}
        </>
      ),
    },
    {
      title: '违反条款 / 处罚依据',
      key: 'provisions',
      render: (_, v) => (
        <>
          <div>{v.violatedProvision}</div>
          <Typography.Text type="secondary">{v.penaltyProvision}</Typography.Text>
        </>
      ),
    },
    {
      title: '裁量基准',
      key: 'band',
      width: 300,
      render: (_, v) =>
        v.band ? (
          <div data-testid="violation-band">
            <Tag color="blue">{bandLabel(v.band.level)}</Tag>
            {v.band.circumstances}
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                罚款 {fenRange(v.band.fineMinFen, v.band.fineMaxFen)}
                {v.band.otherPenalties.length > 0 && `；${v.band.otherPenalties.map(kindLabel).join('、')}`}
              </Typography.Text>
            </div>
            {v.circumstances && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                本案情节：{v.circumstances}
              </Typography.Text>
            )}
          </div>
        ) : (
          <Typography.Text type="warning">未选择裁量情节</Typography.Text>
        ),
    },
    ...(canEdit
      ? [
          {
            key: 'ops',
            width: 80,
            render: (_: unknown, v: CaseViolation) => (
              <Popconfirm
                title="移除该违法行为？"
                okText="移除"
                cancelText="取消"
                onConfirm={() =>
                  void remove.mutateAsync(v.id).then(
                    () => void message.success('已移除'),
                    () => undefined,
                  )
                }
              >
                <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                  移除
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      size="small"
      title="违法行为"
      extra={
        canEdit && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => open({ kind: 'violation' })}>
            添加违法行为
          </Button>
        )
      }
    >
      <ApiErrorAlert error={remove.error} />
      <Table<CaseViolation>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={lawCase.violations}
        pagination={false}
        locale={{ emptyText: '尚未认定违法行为' }}
      />
    </Card>
  );
}
