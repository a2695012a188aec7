import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { AV_STEP_LABELS, EVIDENCE_KIND_LABELS } from '../../../../../common/contracts/cases';
import type { Evidence } from '../api-case';
import { dateTimeText } from '../format';
import { useCaseContext } from './context';
import { EvidenceDetail } from './evidence-detail';
import { PreservationsSection } from './preservations-section';
import { RecordsSection } from './records-section';

/** 调查取证: the evidence list (files and custody chain per item), inquiry and inspection records, 先行登记保存. */
export function EvidenceTab() {
  const { lawCase, open } = useCaseContext();
  const { addEvidence } = lawCase.abilities;
  const columns: TableColumnsType<Evidence> = [
    { title: '序号', dataIndex: 'seq', key: 'seq', width: 64 },
    {
      title: '种类',
      key: 'kind',
      width: 130,
      render: (_, e) => <Tag>{EVIDENCE_KIND_LABELS[e.kind]}</Tag>,
    },
    {
      title: '证据名称',
      key: 'title',
      render: (_, e) => (
        <>
          {e.title}
          {e.files.some((f) => f.isAv) && (
            <Tag color="geekblue" style={{ marginInlineStart: 6 }}>
              音像
            </Tag>
          )}
          {e.step && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
              {AV_STEP_LABELS[e.step]}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: '收集人', key: 'by', width: 140, render: (_, e) => e.collectedByNames.join('、') },
    { title: '收集时间', key: 'at', width: 150, render: (_, e) => dateTimeText(e.collectedAt) },
    { title: '地点', dataIndex: 'place', key: 'place', ellipsis: true },
    {
      title: '合法取得',
      key: 'lawful',
      width: 90,
      render: (_, e) =>
        e.lawfullyObtained ? (
          <Tag color="green">是</Tag>
        ) : (
          <Tooltip title={e.unlawfulNote ?? ''}>
            <Tag color="red">存疑</Tag>
          </Tooltip>
        ),
    },
    { title: '文件', key: 'files', width: 64, render: (_, e) => e.files.length },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title="证据清单"
        extra={
          addEvidence && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => open({ kind: 'evidence' })}>
              登记证据
            </Button>
          )
        }
      >
        <Table<Evidence>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={lawCase.evidence}
          pagination={false}
          locale={{ emptyText: '尚未登记证据' }}
          expandable={{ expandedRowRender: (e) => <EvidenceDetail evidence={e} /> }}
          onRow={(e) => ({ 'data-testid': `evidence-row-${e.seq}` }) as React.HTMLAttributes<HTMLElement>}
        />
      </Card>
      <RecordsSection />
      <PreservationsSection />
    </Space>
  );
}
