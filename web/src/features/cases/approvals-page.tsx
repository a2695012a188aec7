import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { useApprovalTodos, type ApprovalTodo } from './api-admin';
import { dateTimeText } from './format';

const KIND_COLORS: Record<ApprovalTodo['kind'], string> = {
  filing: 'blue',
  report: 'gold',
  preservation: 'cyan',
  extension: 'orange',
  decision: 'red',
  legal_review: 'purple',
};

/**
 * 待办审批: the approvals and legal reviews waiting for the caller, oldest first. The decision itself is taken on
 * the case page, where the whole file is in view.
 */
export function ApprovalsPage() {
  const todos = useApprovalTodos();
  const items = [...(todos.data?.items ?? [])].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));

  const columns: TableColumnsType<ApprovalTodo> = [
    {
      title: '案件编号',
      key: 'caseNo',
      width: 200,
      render: (_, t) => (
        <Link to={`/cases/${t.caseId}`} className="zf-mono">
          {t.caseNo ?? '（未编号）'}
        </Link>
      ),
    },
    {
      title: '案由',
      key: 'title',
      render: (_, t) => (
        <Link to={`/cases/${t.caseId}`} style={{ fontWeight: 500 }}>
          {t.caseTitle}
        </Link>
      ),
    },
    {
      title: '事项',
      key: 'kind',
      width: 140,
      render: (_, t) => (
        <Tag color={KIND_COLORS[t.kind]} data-testid="approval-kind">
          {t.kindLabel}
        </Tag>
      ),
    },
    { title: '提请人', dataIndex: 'requestedByName', width: 120 },
    { title: '提请时间', key: 'at', width: 160, render: (_, t) => dateTimeText(t.requestedAt) },
    {
      title: '',
      key: 'open',
      width: 90,
      render: (_, t) => <Link to={`/cases/${t.caseId}`}>去办理</Link>,
    },
  ];

  return (
    <>
      <PageHeader
        title="待办审批"
        description="需要您审批的立案、案件审核、先行登记保存、期限延长、处罚决定，以及待您法制审核的案件。点击进入案件页面办理。"
        extra={
          <Button icon={<ReloadOutlined />} loading={todos.isFetching} onClick={() => void todos.refetch()}>
            刷新
          </Button>
        }
      />
      <Card>
        <ApiErrorAlert error={todos.error} />
        <Table<ApprovalTodo>
          rowKey="id"
          size="middle"
          loading={todos.isPending}
          columns={columns}
          dataSource={items}
          pagination={items.length > 20 ? { pageSize: 20, showTotal: (n) => `共 ${n} 项` } : false}
          locale={{ emptyText: <Typography.Text type="secondary">暂无待办审批事项</Typography.Text> }}
          onRow={(t) => ({ 'data-testid': `approval-row-${t.id}` }) as React.HTMLAttributes<HTMLElement>}
        />
      </Card>
    </>
  );
}
