import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import {
  SUPERVISION_FORM_LABELS,
  SUPERVISION_KIND_LABELS,
  SUPERVISION_REVIEW_LABELS,
} from '../../../../common/contracts/interference';
import { dateTimeText } from '../cases/format';
import { supervisionFileUrl, type SupervisionView } from './api';

const small = (s: string) => (
  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
    {s}
  </Typography.Text>
);

/** The review state: not needed, awaiting 纪检, or its outcome (with the button when the record allows it). */
function ReviewCell({ s, onReview }: { s: SupervisionView; onReview?: (s: SupervisionView) => void }) {
  if (!s.flagged) return small('无需复核');
  if (s.reviewOutcome)
    return (
      <Space orientation="vertical" size={0}>
        <Tag color={s.reviewOutcome === 'proper' ? 'green' : 'red'}>
          {SUPERVISION_REVIEW_LABELS[s.reviewOutcome]}
        </Tag>
        {small(`${s.reviewedByName ?? ''} ${dateTimeText(s.reviewedAt)}`)}
        {s.reviewNote && <span style={{ fontSize: 12, whiteSpace: 'pre-wrap' }}>{s.reviewNote}</span>}
      </Space>
    );
  return (
    <Space orientation="vertical" size={4}>
      <Tag color="orange">口头意见，待纪检复核</Tag>
      {s.canReview && onReview && (
        <Button size="small" type="primary" onClick={() => onReview(s)} data-testid="supervision-review">
          复核
        </Button>
      )}
    </Space>
  );
}

/**
 * 监督指导工作记录 (第八条): who gave which guidance, correction or enquiry, in writing (with the scan) or orally.
 * `showCase` adds the case column (纪检's queue spans cases).
 */
export function SupervisionTable({
  rows,
  loading,
  showCase,
  onReview,
}: {
  rows: SupervisionView[];
  loading?: boolean;
  showCase?: boolean;
  onReview?: (s: SupervisionView) => void;
}) {
  const columns: TableColumnsType<SupervisionView> = [
    ...(showCase
      ? [
          {
            title: '案件',
            key: 'case',
            render: (_: unknown, s: SupervisionView) => (
              <Link to={`/cases/${s.caseId}`} className="zf-mono">
                {s.caseNo}
              </Link>
            ),
          },
        ]
      : []),
    {
      title: '部门 / 人员',
      key: 'who',
      render: (_, s) => (
        <>
          {s.personName}
          <div>{small(s.department)}</div>
        </>
      ),
    },
    {
      title: '类别 / 形式',
      key: 'kind',
      render: (_, s) => (
        <>
          {SUPERVISION_KIND_LABELS[s.kind]}
          <div>
            <Tag color={s.form === 'written' ? 'blue' : 'default'}>{SUPERVISION_FORM_LABELS[s.form]}</Tag>
          </div>
        </>
      ),
    },
    { title: '发生时间', key: 'at', width: 140, render: (_, s) => dateTimeText(s.occurredAt) },
    {
      title: '内容',
      key: 'content',
      render: (_, s) => (
        <>
          <span style={{ whiteSpace: 'pre-wrap' }}>{s.content}</span>
          {s.fileName && (
            <div>
              <Typography.Link href={supervisionFileUrl(s.id)} target="_blank" rel="noopener">
                <PaperClipOutlined /> {s.fileName}
              </Typography.Link>
            </div>
          )}
        </>
      ),
    },
    {
      title: '记录',
      key: 'recorded',
      width: 140,
      render: (_, s) => small(`${s.recordedByName} ${dateTimeText(s.recordedAt)}`),
    },
    { title: '复核', key: 'review', width: 200, render: (_, s) => <ReviewCell s={s} onReview={onReview} /> },
  ];
  return (
    <Table<SupervisionView>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无工作记录" /> }}
      onRow={(s) => ({ 'data-testid': `supervision-row-${s.id}` }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
