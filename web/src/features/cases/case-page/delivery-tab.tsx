import { Card, Table, Tag, Typography } from 'antd';
import { DELIVERY_METHOD_LABELS } from '../../../../../common/contracts/cases';
import type { Delivery } from '../api-case';
import { dateTimeText, dayText } from '../format';
import { useCaseContext } from './context';
import { DocLink } from './shared';

/** 送达: every delivery of a document, how, to whom, when it took effect, and its 送达回证. */
export function DeliveryTab() {
  const { lawCase } = useCaseContext();
  return (
    <Card size="small" title="送达记录">
      <Table<Delivery>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={lawCase.deliveries}
        locale={{ emptyText: '尚无送达记录' }}
        onRow={(d) => ({ 'data-testid': `delivery-row-${d.method}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '文书',
            key: 'doc',
            render: (_, d) => (
              <DocLink caseId={lawCase.id} documentId={d.documentId}>
                {d.documentTitle}
              </DocLink>
            ),
          },
          {
            title: '方式',
            key: 'method',
            width: 110,
            render: (_, d) => <Tag>{DELIVERY_METHOD_LABELS[d.method]}</Tag>,
          },
          { title: '受送达人', dataIndex: 'recipient', key: 'recipient', width: 160 },
          { title: '送达时间', key: 'at', width: 150, render: (_, d) => dateTimeText(d.deliveredAt) },
          { title: '视为送达日', key: 'effective', width: 110, render: (_, d) => dayText(d.effectiveOn) },
          {
            title: '地点、见证人',
            key: 'place',
            render: (_, d) => (
              <>
                {d.place ?? '—'}
                {d.witnesses.length > 0 && (
                  <div>
                    <Typography.Text type="secondary">见证人：{d.witnesses.join('、')}</Typography.Text>
                  </div>
                )}
                {d.refusedToSign && <Tag color="orange">拒绝签收</Tag>}
              </>
            ),
          },
          { title: '记录人', dataIndex: 'recordedByName', key: 'by', width: 90 },
          {
            title: '送达回证',
            key: 'receipt',
            width: 110,
            render: (_, d) =>
              d.receiptDocumentId ? (
                <DocLink caseId={lawCase.id} documentId={d.receiptDocumentId}>
                  送达回证
                </DocLink>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}
