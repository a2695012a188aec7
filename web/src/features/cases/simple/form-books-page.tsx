import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  FORM_NUMBER_STATUS_LABELS,
  FORM_NUMBER_STATUSES,
  type FormNumberStatus,
} from '../../../../../common/contracts/cases';
import { useAbility, useSession } from '../../../app/session';
import { ApiErrorAlert } from '../../../components/api-error';
import { PageHeader } from '../../../components/page';
import { useFormBooks, type FormBook, type FormNumber } from '../api-admin';
import { dateTimeText } from '../format';
import { AllocateBookModal, NumberStatusModal, type NumberStatusTarget } from './form-book-forms';

const STATUS_COLORS: Record<FormNumberStatus, string> = {
  allocated: 'blue',
  issued: 'green',
  void: 'default',
  lost: 'red',
};
type Counts = Record<FormNumberStatus, number>;

/** 「共N份：已开具a、未使用b、作废c、遗失d」: every printed number is accounted for. */
function countsLine(c: Partial<Counts>): string {
  const n = (s: FormNumberStatus) => c[s] ?? 0;
  const total = FORM_NUMBER_STATUSES.reduce((sum, s) => sum + n(s), 0);
  return `共${total}份：已开具${n('issued')}、未使用${n('allocated')}、作废${n('void')}、遗失${n('lost')}`;
}

function NumbersTable({
  book,
  canAct,
  onAct,
}: {
  book: FormBook;
  canAct: boolean;
  onAct: (t: NumberStatusTarget) => void;
}) {
  const columns: TableColumnsType<FormNumber> = [
    { title: '编号', dataIndex: 'serial', className: 'zf-mono', width: 200 },
    {
      title: '状态',
      key: 'status',
      width: 140,
      filters: FORM_NUMBER_STATUSES.map((s) => ({ text: FORM_NUMBER_STATUS_LABELS[s], value: s })),
      onFilter: (value, n) => n.status === value,
      render: (_, n) => (
        <Tag color={STATUS_COLORS[n.status]} data-testid="form-number-status">
          {FORM_NUMBER_STATUS_LABELS[n.status]}
        </Tag>
      ),
    },
    {
      title: '案件 / 原因',
      key: 'detail',
      render: (_, n) => (n.caseId ? <Link to={`/cases/${n.caseId}`}>查看案件</Link> : (n.reason ?? '')),
    },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, n) =>
        canAct && n.status === 'allocated' ? (
          <Space size={4}>
            <Button size="small" onClick={() => onAct({ number: n, status: 'void' })}>
              作废
            </Button>
            <Button size="small" danger onClick={() => onAct({ number: n, status: 'lost' })}>
              遗失
            </Button>
          </Space>
        ) : null,
    },
  ];
  return (
    <Table<FormNumber>
      size="small"
      rowKey="serial"
      columns={columns}
      dataSource={book.numbers}
      pagination={book.numbers.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
    />
  );
}

/**
 * 当场处罚决定书编号: the pre-numbered forms of the simple procedure. Officers see the books they hold; 政策法规科
 * (case.configure) sees every book and hands out new ranges. Unused numbers are voided or reported lost with a
 * reason, so the count of every range adds up.
 */
export function FormBooksPage() {
  const { user } = useSession();
  const canConfigure = useAbility('case.configure');
  const books = useFormBooks();
  const [allocating, setAllocating] = useState(false);
  const [target, setTarget] = useState<NumberStatusTarget | null>(null);
  const items = books.data?.items ?? [];
  const totals: Partial<Counts> = {};
  for (const b of items)
    for (const s of FORM_NUMBER_STATUSES) totals[s] = (totals[s] ?? 0) + (b.counts[s] ?? 0);

  const columns: TableColumnsType<FormBook> = [
    {
      title: '编号段',
      key: 'range',
      render: (_, b) => (
        <Typography.Text className="zf-mono" strong>
          {b.numbers.length
            ? `${b.numbers[0]!.serial} – ${b.numbers[b.numbers.length - 1]!.serial}`
            : `${b.prefix} ${b.firstNo} – ${b.lastNo}`}
        </Typography.Text>
      ),
    },
    { title: '领用人', dataIndex: 'holderName', width: 120 },
    { title: '分配时间', key: 'at', width: 160, render: (_, b) => dateTimeText(b.allocatedAt) },
    {
      title: '使用情况',
      key: 'counts',
      render: (_, b) => {
        const size = b.lastNo - b.firstNo + 1;
        const line = countsLine(b.counts);
        const counted = FORM_NUMBER_STATUSES.reduce((sum, s) => sum + (b.counts[s] ?? 0), 0);
        return (
          <>
            <span data-testid="form-book-counts">{line}</span>
            {counted !== size && <Tag color="red">与编号段 {size} 份不符</Tag>}
          </>
        );
      },
    },
    { title: '备注', dataIndex: 'note', width: 160, ellipsis: true },
  ];

  return (
    <>
      <PageHeader
        title="当场处罚决定书编号"
        description={
          canConfigure
            ? '预先编号的当场处罚决定书按编号段分配给执法人员；每一份都应有去向：已开具、作废或遗失。'
            : '您领用的当场处罚决定书编号。当场处罚时从未使用的编号中选择；作废或遗失的应及时登记原因。'
        }
        extra={
          canConfigure && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAllocating(true)}>
              分配编号段
            </Button>
          )
        }
      />
      <Card>
        <ApiErrorAlert error={books.error} />
        {books.isSuccess && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={countsLine(totals)}
            data-testid="form-summary"
          />
        )}
        <Table<FormBook>
          rowKey="id"
          size="middle"
          loading={books.isPending}
          columns={columns}
          dataSource={items}
          pagination={false}
          expandable={{
            expandedRowRender: (b) => (
              <NumbersTable book={b} canAct={canConfigure || b.holderId === user?.id} onAct={setTarget} />
            ),
          }}
          locale={{ emptyText: '暂无领用的编号段' }}
        />
      </Card>
      <AllocateBookModal open={allocating} onClose={() => setAllocating(false)} />
      <NumberStatusModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
