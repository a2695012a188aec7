import { ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CASE_STATUS_LABELS, CASE_STATUSES, type CaseStatus } from '../../../../common/contracts/cases';
import { RETENTION_LABELS } from '../../../../common/contracts/execution';
import { ApiErrorAlert } from '../../components/api-error';
import { DataTable, usePaging } from '../../components/data-table';
import { PageHeader } from '../../components/page';
import { dayText } from '../cases/format';
import {
  useArchiveOverview,
  useArchives,
  type ArchiveFilter,
  type ArchiveRow,
  type ClosingQueueRow,
} from './api';
import { LoansTable } from './loans-table';

const STAGES = {
  to_close: { label: '待结案', color: 'orange' },
  closing_pending: { label: '结案审批中', color: 'gold' },
  to_archive: { label: '待归档', color: 'blue' },
} as const;
type Stage = keyof typeof STAGES;

const statusText = (s: string) =>
  (CASE_STATUSES as readonly string[]).includes(s) ? CASE_STATUS_LABELS[s as CaseStatus] : s;

const caseCell = (caseId: string, caseNo: string | null, title: string) => (
  <>
    <Link to={`/cases/${caseId}?tab=closing`} className="zf-mono" onClick={(e) => e.stopPropagation()}>
      {caseNo ?? '（无案号）'}
    </Link>
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {title}
      </Typography.Text>
    </div>
  </>
);

function QueueCard() {
  const overview = useArchiveOverview();
  const [stage, setStage] = useState<Stage | 'all'>('all');
  const queue = overview.data?.queue ?? [];
  const count = (s: Stage) => queue.filter((r) => r.stage === s).length;
  const rows = stage === 'all' ? queue : queue.filter((r) => r.stage === stage);
  return (
    <Card
      size="small"
      title="结案归档待办"
      style={{ marginBottom: 16 }}
      data-testid="archive-queue"
      extra={
        <Segmented
          size="small"
          value={stage}
          onChange={(v) => setStage(v as Stage | 'all')}
          options={[
            { value: 'all', label: `全部 ${queue.length}` },
            ...(Object.keys(STAGES) as Stage[]).map((s) => ({
              value: s,
              label: `${STAGES[s].label} ${count(s)}`,
            })),
          ]}
          data-testid="archive-queue-filter"
        />
      }
    >
      <ApiErrorAlert error={overview.error} />
      <Table<ClosingQueueRow>
        size="small"
        rowKey="caseId"
        loading={overview.isFetching}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待结案或待归档的案件" />,
        }}
        onRow={(r) =>
          ({
            'data-testid': `archive-queue-row-${r.caseNo ?? r.caseId}`,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: '案件', key: 'case', render: (_, r) => caseCell(r.caseId, r.caseNo, r.title) },
          { title: '当事人', dataIndex: 'partyNames' },
          {
            title: '案件状态',
            key: 'status',
            width: 120,
            render: (_, r) => <Tag>{statusText(r.status)}</Tag>,
          },
          {
            title: '待办',
            key: 'stage',
            width: 120,
            render: (_, r) => <Tag color={STAGES[r.stage].color}>{STAGES[r.stage].label}</Tag>,
          },
          { title: '自', key: 'since', width: 110, render: (_, r) => dayText(r.since) },
        ]}
      />
    </Card>
  );
}

function ArchivedList() {
  const navigate = useNavigate();
  const { filter, setFilter, paging, setPaging } = usePaging<ArchiveFilter>({});
  const archives = useArchives(filter, paging.page, paging.pageSize);
  return (
    <Card
      size="small"
      title="已归档案卷"
      style={{ marginBottom: 16 }}
      extra={
        <Input.Search
          allowClear
          size="small"
          placeholder="案号、档案号、案由或当事人"
          onSearch={(q) => setFilter({ q: q.trim() || undefined })}
          style={{ width: 280 }}
          aria-label="搜索已归档案卷"
          data-testid="archives-search"
        />
      }
    >
      <DataTable<ArchiveRow>
        rowKey="caseId"
        size="small"
        query={archives}
        paging={paging}
        onPaging={setPaging}
        locale={{ emptyText: <Empty description={filter.q ? '没有符合条件的案卷' : '尚无归档的案卷'} /> }}
        onRow={(r) =>
          ({
            'data-testid': `archive-row-${r.archiveNo}`,
            style: { cursor: 'pointer' },
            onClick: () => void navigate(`/cases/${r.caseId}?tab=closing`),
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: '档案号',
            key: 'no',
            width: 200,
            render: (_, r) => <span className="zf-mono">{r.archiveNo}</span>,
          },
          { title: '案件', key: 'case', render: (_, r) => caseCell(r.caseId, r.caseNo, r.title) },
          { title: '当事人', dataIndex: 'partyNames' },
          { title: '保管期限', key: 'retention', width: 90, render: (_, r) => RETENTION_LABELS[r.retention] },
          { title: '归档日期', dataIndex: 'archivedOn', width: 110 },
          {
            title: '',
            key: 'loan',
            width: 80,
            render: (_, r) => (r.onLoan ? <Tag color="blue">借阅中</Tag> : null),
          },
        ]}
      />
    </Card>
  );
}

/**
 * 案卷归档 (/archives): cases waiting to be closed, approved or archived; the archived case files; and the loans of
 * archived files with the actions each allows.
 */
export function ArchivesPage() {
  const overview = useArchiveOverview();
  const loans = overview.data?.loans ?? [];
  const pending = loans.filter((l) => l.status === 'pending').length;
  return (
    <>
      <PageHeader
        title="案卷归档"
        description="行政处罚案件执行完毕后结案，结案后立卷归档；归档的案卷不得增加、替换或抽取材料，借阅须经批准并按期归还。"
        extra={
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void overview.refetch()}
            loading={overview.isFetching}
          >
            刷新
          </Button>
        }
      />
      <QueueCard />
      <ArchivedList />
      <Card
        size="small"
        data-testid="archive-loans"
        title={
          <Space>
            案卷借阅
            {pending > 0 && <Badge count={pending} title="待审批" />}
          </Space>
        }
      >
        <LoansTable loans={loans} showCase loading={overview.isFetching} />
      </Card>
    </>
  );
}
