import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { LOAN_STATUS_LABELS, type LoanStatus } from '../../../../common/contracts/execution';
import { dateTimeText } from '../cases/format';
import { archivePdfUrl, useReturnLoan, type LoanView } from './api';
import { LoanDecisionModal } from './closing-modals';

const LOAN_COLORS: Record<LoanStatus, string> = {
  pending: 'orange',
  approved: 'blue',
  rejected: 'red',
  returned: 'default',
};

function ReturnButton({ loan }: { loan: LoanView }) {
  const m = useReturnLoan(loan.caseId);
  const { modal, message } = App.useApp();
  return (
    <Button
      size="small"
      loading={m.isPending}
      data-testid="loan-return"
      onClick={() => {
        modal.confirm({
          title: '确认案卷已归还？',
          content: `${loan.borrowerName} 借阅的案卷已完整归还。`,
          okText: '确认归还',
          cancelText: '取消',
          onOk: () =>
            m.mutateAsync(loan.id).then(
              () => void message.success('已登记归还'),
              (e: unknown) => void message.error(e instanceof Error ? e.message : '操作失败'),
            ),
        });
      }}
    >
      登记归还
    </Button>
  );
}

/**
 * Loans of archived case files: who, why, until when, where each stands, and the actions the server allows on each
 * (approve or refuse, register the return, read the file while a loan is approved).
 */
export function LoansTable({
  loans,
  showCase = false,
  loading,
}: {
  loans: readonly LoanView[];
  showCase?: boolean;
  loading?: boolean;
}) {
  const [deciding, setDeciding] = useState<{ loan: LoanView; decision: 'approve' | 'reject' } | null>(null);
  return (
    <>
      <Table<LoanView>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={[...loans]}
        pagination={loans.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有借阅记录" /> }}
        onRow={(l) => ({ 'data-testid': `loan-row-${l.status}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          ...(showCase
            ? [
                {
                  title: '案卷',
                  key: 'case',
                  render: (_: unknown, l: LoanView) => (
                    <>
                      <Link to={`/cases/${l.caseId}?tab=closing`} className="zf-mono">
                        {l.caseNo ?? '（无案号）'}
                      </Link>
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {l.title}
                        </Typography.Text>
                      </div>
                    </>
                  ),
                },
              ]
            : []),
          { title: '借阅人', dataIndex: 'borrowerName', width: 100 },
          { title: '事由', dataIndex: 'purpose', ellipsis: true },
          {
            title: '归还期限',
            key: 'until',
            width: 150,
            render: (_, l) => (
              <>
                {l.untilOn}
                {l.overdue && (
                  <Tag color="red" style={{ marginInlineStart: 4 }}>
                    逾期未还
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: '状态',
            key: 'status',
            render: (_, l) => (
              <Space orientation="vertical" size={0}>
                <Tag color={LOAN_COLORS[l.status]} data-testid="loan-status">
                  {LOAN_STATUS_LABELS[l.status]}
                </Tag>
                {l.decidedByName && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {l.decidedByName} {dateTimeText(l.decidedAt)}
                    {l.opinion ? `：${l.opinion}` : ''}
                  </Typography.Text>
                )}
                {l.returnedAt && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    归还于 {dateTimeText(l.returnedAt)}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          { title: '申请时间', key: 'at', width: 140, render: (_, l) => dateTimeText(l.requestedAt) },
          {
            key: 'ops',
            width: 220,
            render: (_, l) => (
              <Space size={4} wrap>
                {l.canDecide && l.status === 'pending' && (
                  <>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => setDeciding({ loan: l, decision: 'approve' })}
                      data-testid="loan-approve"
                    >
                      批准
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => setDeciding({ loan: l, decision: 'reject' })}
                      data-testid="loan-reject"
                    >
                      不予批准
                    </Button>
                  </>
                )}
                {l.canReturn && l.status === 'approved' && <ReturnButton loan={l} />}
                {l.canRead && (
                  <Typography.Link
                    href={archivePdfUrl(l.caseId)}
                    target="_blank"
                    rel="noopener"
                    data-testid="loan-read"
                  >
                    <FilePdfOutlined /> 阅卷
                  </Typography.Link>
                )}
              </Space>
            ),
          },
        ]}
      />
      {deciding && (
        <LoanDecisionModal
          loan={deciding.loan}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      )}
    </>
  );
}
