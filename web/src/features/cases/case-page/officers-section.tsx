import { PlusOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useSession } from '../../../app/session';
import type { CaseOfficer } from '../api-case';
import { useCaseContext } from './context';
import { Basis } from './shared';

const RECUSAL: Record<CaseOfficer['recusal'], { color: string; text: string }> = {
  pending: { color: 'orange', text: '未作回避声明' },
  none: { color: 'green', text: '无回避情形' },
  conflict: { color: 'red', text: '申请回避' },
};

/**
 * 执法人员: each one's certificate and whether the rules let him act on this case now (with the refusals and their
 * basis), and his 回避 declaration. Section heads assign and remove; each officer declares for himself.
 */
export function OfficersSection() {
  const { lawCase, open } = useCaseContext();
  const { user } = useSession();
  const { assignOfficers, declareRecusal } = lawCase.abilities;
  const columns: TableColumnsType<CaseOfficer> = [
    {
      title: '姓名',
      key: 'name',
      width: 140,
      render: (_, o) => (
        <>
          {o.name} {o.role === 'lead' ? <Tag color="blue">主办</Tag> : <Tag>协办</Tag>}
        </>
      ),
    },
    {
      title: '执法证号',
      key: 'cert',
      width: 200,
      render: (_, o) => <Typography.Text className="zf-mono">{o.certificateNumber ?? '无'}</Typography.Text>,
    },
    {
      title: '执法资格',
      key: 'eligible',
      render: (_, o) =>
        o.eligible ? (
          <Tag color="green">可执法</Tag>
        ) : (
          <Space orientation="vertical" size={0} data-testid="officer-refusals">
            <Tag color="red">不具备执法资格</Tag>
            {o.refusals.map((r) => (
              <span key={r.rule}>
                <Typography.Text type="danger">{r.reason}</Typography.Text> <Basis>{r.basis}</Basis>
              </span>
            ))}
          </Space>
        ),
    },
    {
      title: '回避',
      key: 'recusal',
      width: 220,
      render: (_, o) => (
        <>
          <Tag color={RECUSAL[o.recusal].color}>{RECUSAL[o.recusal].text}</Tag>
          {o.recusalNote && <Typography.Text type="secondary">{o.recusalNote}</Typography.Text>}
          {o.userId === user?.id && o.recusal === 'pending' && declareRecusal && (
            <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="my-recusal-pending">
              请在「下一步」中作回避声明
            </Typography.Text>
          )}
        </>
      ),
    },
    ...(assignOfficers
      ? [
          {
            key: 'ops',
            width: 90,
            render: (_: unknown, o: CaseOfficer) => (
              <Button
                type="link"
                size="small"
                danger
                icon={<UserDeleteOutlined />}
                onClick={() => open({ kind: 'removeOfficer', officer: o })}
              >
                调出
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      size="small"
      title="执法人员"
      extra={
        assignOfficers && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => open({ kind: 'assignOfficer' })}>
            指派执法人员
          </Button>
        )
      }
    >
      <Table<CaseOfficer>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={lawCase.officers}
        pagination={false}
        onRow={(o) => ({ 'data-testid': `officer-row-${o.name}` }) as React.HTMLAttributes<HTMLElement>}
      />
    </Card>
  );
}
