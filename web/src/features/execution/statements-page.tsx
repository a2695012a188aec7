import { ArrowLeftOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAbility } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { DataTable, usePaging } from '../../components/data-table';
import { PageHeader } from '../../components/page';
import { HashText } from '../cases/case-page/shared';
import { dateTimeText } from '../cases/format';
import { useStatementLines, useStatements, type StatementView } from './api';
import { ResolvableLines, StatementImportModal } from './statement-lines';

function Lines({ statementId }: { statementId: string }) {
  const q = useStatementLines(statementId);
  return (
    <>
      <ApiErrorAlert error={q.error} />
      <ResolvableLines lines={q.data?.items ?? []} loading={q.isLoading} emptyText="该对账单没有款项" />
    </>
  );
}

/** 对账单记录 (/finance/statements): every imported statement with its digest and counts; a row opens its lines. */
export function StatementsPage() {
  const navigate = useNavigate();
  const canImport = useAbility('fine.collect');
  const { paging, setPaging } = usePaging({});
  const statements = useStatements(paging.page, paging.pageSize);
  const [importing, setImporting] = useState(false);
  return (
    <>
      <PageHeader
        title="对账单记录"
        description="已导入的代收银行、电子支付对账单。文件以 SM3 摘要留存，每一笔款项的匹配与人工核对结果可追溯。"
        extra={
          <Space>
            {canImport && (
              <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                导入对账单
              </Button>
            )}
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/finance')}>
              财务对账
            </Button>
          </Space>
        }
      />
      <Card>
        <DataTable<StatementView>
          rowKey="id"
          query={statements}
          paging={paging}
          onPaging={setPaging}
          locale={{ emptyText: <Empty description="尚未导入对账单" /> }}
          expandable={{ expandedRowRender: (s) => <Lines statementId={s.id} /> }}
          onRow={(s) =>
            ({ 'data-testid': `statement-row-${s.fileName}` }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            { title: '文件', dataIndex: 'fileName' },
            {
              title: '来源',
              key: 'source',
              width: 100,
              render: (_, s) => <Tag>{s.source === 'bank' ? '代收银行' : '电子支付'}</Tag>,
            },
            {
              title: '款项',
              key: 'counts',
              render: (_, s) => (
                <Space size={4} wrap>
                  <span>共 {s.lineCount} 笔</span>
                  <Tag color="green">自动匹配 {s.matchedCount}</Tag>
                  {s.unmatchedCount > 0 ? (
                    <Tag color="orange">待核对 {s.unmatchedCount}</Tag>
                  ) : (
                    <Tag>无待核对</Tag>
                  )}
                </Space>
              ),
            },
            { title: 'SM3', key: 'sm3', width: 180, render: (_, s) => <HashText hash={s.fileSm3} /> },
            {
              title: '导入',
              key: 'by',
              width: 160,
              render: (_, s) => (
                <Typography.Text style={{ fontSize: 12 }}>
                  {s.importedByName}
                  <br />
                  {dateTimeText(s.importedAt)}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      <StatementImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
