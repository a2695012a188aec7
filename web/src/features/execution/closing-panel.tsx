import { DownloadOutlined, FilePdfOutlined, FolderAddOutlined, ReadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { CLOSING_REASON_LABELS, RETENTION_LABELS } from '../../../../common/contracts/execution';
import { ApiErrorAlert } from '../../components/api-error';
import { DocLink, HashText } from '../cases/case-page/shared';
import { dateTimeText, dayText } from '../cases/format';
import { archiveManifestUrl, archivePdfUrl, useClosing, type Closure, type ClosingView } from './api';
import { ArchiveModal, ClosingDecisionModal, ClosingRequestModal, LoanRequestModal } from './closing-modals';
import { LoansTable } from './loans-table';
// --- issue 8: the close-of-case interference declaration (begin) ---
import { CaseDeclarationCard } from '../interference/case-declaration-card';
// --- issue 8 (end) ---

type Request = 'request' | 'decide' | 'archive' | 'loan';

const CLOSURE_COLORS = { pending: 'orange', approved: 'green', returned: 'red' } as const;
const CLOSURE_LABELS = { pending: '待审批', approved: '已批准', returned: '已退回' } as const;

function ActionBar({ closing, open }: { closing: ClosingView; open: (r: Request) => void }) {
  const a = closing.abilities;
  const buttons: { key: string; show: boolean; node: ReactNode }[] = [
    {
      key: 'request',
      show: a.requestClosing,
      node: (
        <Button type="primary" onClick={() => open('request')} data-testid="closing-request">
          申请结案
        </Button>
      ),
    },
    {
      key: 'decide',
      show: a.decideClosing,
      node: (
        <Button type="primary" onClick={() => open('decide')} data-testid="closing-decide">
          结案审批
        </Button>
      ),
    },
    {
      key: 'archive',
      show: a.archive,
      node: (
        <Button
          type="primary"
          icon={<FolderAddOutlined />}
          onClick={() => open('archive')}
          data-testid="closing-archive"
        >
          归档
        </Button>
      ),
    },
    {
      key: 'loan',
      show: a.requestLoan,
      node: (
        <Button icon={<ReadOutlined />} onClick={() => open('loan')} data-testid="loan-request">
          申请借阅
        </Button>
      ),
    },
  ];
  const shown = buttons.filter((b) => b.show);
  if (!shown.length)
    return (
      <Typography.Text type="secondary" data-testid="closing-no-actions">
        当前没有需要您办理的结案归档事项。
      </Typography.Text>
    );
  return (
    <Space wrap data-testid="closing-actions">
      {shown.map((b) => (
        <span key={b.key}>{b.node}</span>
      ))}
    </Space>
  );
}

function ClosuresTable({ closing }: { closing: ClosingView }) {
  return (
    <Table<Closure>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={closing.closures}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未申请结案" /> }}
      onRow={(c) => ({ 'data-testid': `closure-row-${c.status}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: '结案理由',
          key: 'reason',
          render: (_, c) => (
            <>
              {CLOSING_REASON_LABELS[c.reason]}
              {c.reasonNote && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'pre-wrap' }}>
                    {c.reasonNote}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        },
        {
          title: '执行情况',
          dataIndex: 'summary',
          render: (s: string) => <span style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>{s}</span>,
        },
        {
          title: '申请',
          key: 'by',
          width: 140,
          render: (_, c) => (
            <Typography.Text style={{ fontSize: 12 }}>
              {c.requestedByName}
              <br />
              {dateTimeText(c.requestedAt)}
            </Typography.Text>
          ),
        },
        {
          title: '审批',
          key: 'status',
          render: (_, c) => (
            <Space orientation="vertical" size={0}>
              <Tag color={CLOSURE_COLORS[c.status]} data-testid="closure-status">
                {CLOSURE_LABELS[c.status]}
              </Tag>
              {c.decidedByName && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.decidedByName} {dateTimeText(c.decidedAt)}
                </Typography.Text>
              )}
              {c.opinion && <span style={{ fontSize: 12 }}>{c.opinion}</span>}
            </Space>
          ),
        },
        {
          key: 'doc',
          width: 120,
          render: (_, c) => (
            <DocLink caseId={closing.caseId} documentId={c.documentId}>
              结案审批表
            </DocLink>
          ),
        },
      ]}
    />
  );
}

function ArchiveCard({ closing }: { closing: ClosingView }) {
  const a = closing.archive;
  if (!a) return null;
  return (
    <Card
      size="small"
      title="归档信息"
      data-testid="archive-info"
      extra={
        closing.abilities.readArchive && (
          <Space wrap>
            <Button
              size="small"
              type="primary"
              icon={<FilePdfOutlined />}
              href={archivePdfUrl(closing.caseId)}
              target="_blank"
              rel="noopener"
              data-testid="archive-pdf"
            >
              下载卷宗PDF
            </Button>
            <Button
              size="small"
              icon={<DownloadOutlined />}
              href={archiveManifestUrl(closing.caseId)}
              data-testid="archive-manifest"
            >
              下载SM3清单
            </Button>
          </Space>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'no',
            label: '档案号',
            children: (
              <span className="zf-mono" data-testid="archive-no">
                {a.archiveNo}
              </span>
            ),
          },
          { key: 'retention', label: '保管期限', children: RETENTION_LABELS[a.retention] },
          { key: 'on', label: '归档日期', children: dayText(a.archivedOn) },
          { key: 'by', label: '归档人', children: a.archivedByName },
          { key: 'entries', label: '卷内材料', children: `${a.entries} 件` },
          { key: 'sm3', label: '清单SM3', children: <HashText hash={a.manifestSm3} /> },
        ]}
      />
    </Card>
  );
}

/**
 * The case page's 结案归档 tab: whether the execution allows closing, the closing requests and their approval, the
 * archive (number, retention, manifest digest, the bound 卷宗 PDF) and loans of the archived file. Buttons come from
 * the closing's abilities.
 */
export function ClosingPanel({ caseId }: { caseId: string }) {
  const q = useClosing(caseId);
  const [request, setRequest] = useState<Request | null>(null);
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 6 }} />;
  const closing = q.data;
  if (!closing) return <ApiErrorAlert error={q.error} />;
  const close = () => setRequest(null);
  const closed = closing.closures.some((c) => c.status === 'approved');
  return (
    <div data-testid="closing-panel">
      <ApiErrorAlert error={q.error} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {/* --- issue 8: every handler declares 有/无 内部人员过问 before closing (begin) --- */}
        <CaseDeclarationCard caseId={caseId} />
        {/* --- issue 8 (end) --- */}
        <Card size="small" title="结案" data-testid="closing-card">
          {!closed && !closing.archive && (
            <Alert
              type={closing.ready ? 'success' : 'info'}
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="closing-ready"
              title={closing.ready ? '执行已完毕，可以申请结案' : '尚不能结案'}
              description={
                <>
                  {closing.readyReason}
                  {closing.suggestedReason && (
                    <div>建议结案理由：{CLOSING_REASON_LABELS[closing.suggestedReason]}</div>
                  )}
                </>
              }
            />
          )}
          <div style={{ marginBottom: 12 }}>
            <ActionBar closing={closing} open={setRequest} />
          </div>
          <ClosuresTable closing={closing} />
        </Card>
        <ArchiveCard closing={closing} />
        {(closing.archive || closing.loans.length > 0) && (
          <Card size="small" title="案卷借阅" data-testid="closing-loans">
            <LoansTable loans={closing.loans} />
          </Card>
        )}
      </Space>
      {request === 'request' && <ClosingRequestModal closing={closing} onClose={close} />}
      {request === 'decide' && <ClosingDecisionModal closing={closing} onClose={close} />}
      {request === 'archive' && <ArchiveModal closing={closing} onClose={close} />}
      {request === 'loan' && <LoanRequestModal caseId={caseId} onClose={close} />}
    </div>
  );
}
