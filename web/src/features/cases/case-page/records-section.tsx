import { Button, Card, Space, Table, Tag } from 'antd';
import type { CaseRecord } from '../api-case';
import { dateTimeText } from '../format';
import { useCaseContext } from './context';
import { DocLink } from './shared';

/** 询问笔录 and 现场检查记录: each saved as evidence with its generated document. */
export function RecordsSection() {
  const { lawCase, open } = useCaseContext();
  const { recordInquiry, recordInspection } = lawCase.abilities;
  return (
    <Card
      size="small"
      title="询问笔录、现场检查记录"
      extra={
        <Space>
          {recordInquiry && (
            <Button size="small" onClick={() => open({ kind: 'inquiry' })}>
              制作询问笔录
            </Button>
          )}
          {recordInspection && (
            <Button size="small" onClick={() => open({ kind: 'inspection' })}>
              制作现场检查记录
            </Button>
          )}
        </Space>
      }
    >
      <Table<CaseRecord>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={lawCase.records}
        locale={{ emptyText: '尚无笔录' }}
        columns={[
          {
            title: '类型',
            key: 'kind',
            width: 130,
            render: (_, r) => <Tag>{r.kind === 'inquiry' ? '询问笔录' : '现场检查记录'}</Tag>,
          },
          { title: '摘要', dataIndex: 'summary', key: 'summary' },
          { title: '制作人', dataIndex: 'createdByName', key: 'by', width: 100 },
          { title: '时间', key: 'at', width: 150, render: (_, r) => dateTimeText(r.createdAt) },
          {
            title: '文书',
            key: 'doc',
            width: 110,
            render: (_, r) => <DocLink caseId={lawCase.id} documentId={r.documentId} />,
          },
        ]}
      />
    </Card>
  );
}
