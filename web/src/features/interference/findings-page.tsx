import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  FINDING_KIND_LABELS,
  FINDING_MEASURE_LABELS,
  FINDING_SOURCE_LABELS,
  type FindingMeasure,
} from '../../../../common/contracts/interference';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { dateTimeText } from '../cases/format';
import { useFindings, type FindingView } from './api';
import { FindingModal } from './finding-modal';

const MEASURE_COLORS: Record<FindingMeasure, string> = {
  criticism: 'orange',
  discipline: 'red',
  aggravated: 'magenta',
};

const small = (s: string) => (
  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
    {s}
  </Typography.Text>
);

/**
 * 不记录认定 (/interference/findings, 纪检): the findings that a handler did not record, or falsely recorded, an
 * interference (第十条), with the measure the server set from the earlier findings and its basis.
 */
export function FindingsPage() {
  const q = useFindings();
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageHeader
        title="不记录认定"
        description="对办案人员不记录、不如实记录内部人员干预情况的认定，按第十条确定处理措施并记入执法档案。"
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} loading={q.isFetching}>
              刷新
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="finding-new"
            >
              认定不记录/不如实记录
            </Button>
          </Space>
        }
      />
      <Card>
        <ApiErrorAlert error={q.error} />
        <Table<FindingView>
          size="middle"
          rowKey="id"
          loading={q.isFetching}
          dataSource={q.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description="暂无认定" /> }}
          columns={[
            {
              title: '认定类别',
              key: 'kind',
              render: (_, f) => (
                <>
                  {FINDING_KIND_LABELS[f.kind]}
                  {f.priorCount > 0 && <div>{small(`此前已认定 ${f.priorCount} 次`)}</div>}
                </>
              ),
            },
            { title: '被认定人员', dataIndex: 'subjectName' },
            {
              title: '案件 / 登记表',
              key: 'case',
              render: (_, f) => (
                <>
                  <Link to={`/cases/${f.caseId}`} className="zf-mono">
                    {f.caseNo}
                  </Link>
                  {f.registerId && (
                    <div>
                      <Link to={`/interference/registers/${f.registerId}`}>所涉登记表</Link>
                    </div>
                  )}
                </>
              ),
            },
            { title: '过问人', key: 'intervener', render: (_, f) => f.intervenerName ?? '—' },
            { title: '发生日期', dataIndex: 'occurredOn', width: 110 },
            {
              title: '发现来源',
              key: 'source',
              render: (_, f) => (
                <>
                  {FINDING_SOURCE_LABELS[f.source]}
                  <div style={{ fontSize: 12, whiteSpace: 'pre-wrap' }}>{f.sourceNote}</div>
                </>
              ),
            },
            {
              title: '处理措施',
              key: 'measure',
              width: 240,
              render: (_, f) => (
                <Space orientation="vertical" size={2}>
                  <Tag color={MEASURE_COLORS[f.measure]} data-testid="finding-measure">
                    {FINDING_MEASURE_LABELS[f.measure]}
                  </Tag>
                  {small(`依据：${f.basis}`)}
                </Space>
              ),
            },
            {
              title: '登记',
              key: 'recorded',
              width: 140,
              render: (_, f) => small(`${f.recordedByName} ${dateTimeText(f.recordedAt)}`),
            },
          ]}
        />
      </Card>
      {adding && <FindingModal onClose={() => setAdding(false)} />}
    </>
  );
}
