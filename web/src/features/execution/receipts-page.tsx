import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import {
  RECEIPT_STATUS_LABELS,
  RECEIPT_STATUSES,
  ReceiptBookBody,
  ReceiptStatusBody,
  type ReceiptStatus,
} from '../../../../common/contracts/execution';
import { useAbility, useSession } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { zodRule } from '../../components/zod-rule';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { dateTimeText } from '../cases/format';
import {
  useIssueReceiptBook,
  useReceiptBooks,
  useReceiptHolderCandidates,
  useReceiptNumbers,
  useSetReceiptStatus,
  type ReceiptBook,
  type ReceiptNumber,
} from './api';
import { LAW, ReceiptStatusTag } from './labels';

type Counts = Partial<Record<ReceiptStatus, number>>;

/** 「共N份：已开具a、未使用b、作废c、遗失d」: every printed receipt is accounted for. */
function countsLine(c: Counts): string {
  const n = (s: ReceiptStatus) => c[s] ?? 0;
  const total = RECEIPT_STATUSES.reduce((sum, s) => sum + n(s), 0);
  return `共${total}份：已开具${n('used')}、未使用${n('unused')}、作废${n('voided')}、遗失${n('lost')}`;
}

type BookValues = {
  receiptType: string;
  prefix: string;
  firstNo: number | null;
  lastNo: number | null;
  holderId?: string;
};

/** 领用票据: a range of 罚没款收据 handed to one officer, who alone may issue them on the spot. */
function IssueBookModal({ onClose }: { onClose: () => void }) {
  const m = useIssueReceiptBook();
  const holders = useReceiptHolderCandidates(dayjs().format('YYYY-MM-DD'), true);
  const [form] = Form.useForm<BookValues>();
  const first = Form.useWatch('firstNo', form);
  const last = Form.useWatch('lastNo', form);
  return (
    <CaseFormModal<BookValues, z.input<typeof ReceiptBookBody>>
      form={form}
      title="发放罚没款票据"
      okText="发放"
      onClose={onClose}
      mutation={m}
      schema={ReceiptBookBody}
      testId="receipt-book-modal"
      initialValues={{ receiptType: '罚没款收据' }}
      toBody={(v) => ({
        receiptType: (v.receiptType ?? '').trim(),
        prefix: (v.prefix ?? '').trim(),
        firstNo: v.firstNo ?? 0,
        lastNo: v.lastNo ?? 0,
        holderId: v.holderId ?? '',
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="票据已发放"
      intro={
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="当场收缴罚款的，必须向当事人出具国务院财政部门或者省、自治区、直辖市人民政府财政部门统一制发的专用票据"
            description={<Basis>{`${LAW}第七十条`}</Basis>}
          />
          <ApiErrorAlert error={holders.error} />
        </>
      }
    >
      <Form.Item
        name="receiptType"
        label="票据名称"
        rules={[{ required: true, whitespace: true, message: '请填写票据名称' }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="prefix"
        label="票据字轨"
        rules={[{ required: true, message: '请填写票据字轨' }, zodRule(ReceiptBookBody.shape.prefix)]}
      >
        <Input maxLength={20} className="zf-mono" style={{ width: 200 }} placeholder="如：NM2026" />
      </Form.Item>
      <Space size={16} align="start" wrap>
        <Form.Item name="firstNo" label="起号" rules={[{ required: true, message: '请填写起号' }]}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <Form.Item name="lastNo" label="止号" rules={[{ required: true, message: '请填写止号' }]}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        {first && last && last >= first ? (
          <Typography.Text type="secondary" style={{ lineHeight: '94px' }}>
            共 {last - first + 1} 份
          </Typography.Text>
        ) : null}
      </Space>
      <Form.Item
        name="holderId"
        label="领用的执法人员"
        rules={[{ required: true, message: '请选择领用的执法人员' }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={holders.isPending}
          aria-label="领用的执法人员"
          data-testid="receipt-holder-select"
          options={(holders.data?.items ?? []).map((o) => ({
            value: o.userId,
            label: `${o.name}${o.unitName ? `（${o.unitName}）` : ''}`,
            disabled: !o.eligible,
          }))}
        />
      </Form.Item>
    </CaseFormModal>
  );
}

interface StatusTarget {
  number: ReceiptNumber;
  status: 'voided' | 'lost';
}

function StatusModal({ target, onClose }: { target: StatusTarget; onClose: () => void }) {
  const m = useSetReceiptStatus();
  const label = target.status === 'lost' ? '遗失' : '作废';
  return (
    <CaseFormModal<{ reason: string }, z.input<typeof ReceiptStatusBody>>
      title={`${label}：${target.number.serial}`}
      okText={`确认${label}`}
      danger
      onClose={onClose}
      mutation={m}
      schema={ReceiptStatusBody}
      testId="receipt-status-modal"
      toBody={(v) => ({ status: target.status, reason: (v.reason ?? '').trim() })}
      submit={(body) => m.mutateAsync({ serial: target.number.serial, body })}
      successText={`已登记${label}`}
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            target.status === 'lost'
              ? '遗失的票据应写明经过；该编号此后不得使用。'
              : '作废的票据应将各联收回存档，不得再用该编号开具。'
          }
        />
      }
    >
      <Form.Item
        name="reason"
        label={`${label}原因`}
        rules={[{ required: true, whitespace: true, message: '请填写原因' }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}

function NumbersTable({
  book,
  canAct,
  onAct,
}: {
  book: ReceiptBook;
  canAct: boolean;
  onAct: (t: StatusTarget) => void;
}) {
  const q = useReceiptNumbers({ bookId: book.id });
  const columns: TableColumnsType<ReceiptNumber> = [
    { title: '票据编号', dataIndex: 'serial', className: 'zf-mono', width: 200 },
    {
      title: '状态',
      key: 'status',
      width: 120,
      filters: RECEIPT_STATUSES.map((s) => ({ text: RECEIPT_STATUS_LABELS[s], value: s })),
      onFilter: (value, n) => n.status === value,
      render: (_, n) => <ReceiptStatusTag status={n.status} />,
    },
    {
      title: '决定书 / 原因',
      key: 'detail',
      render: (_, n) => (n.decisionNo ? <span className="zf-mono">{n.decisionNo}</span> : (n.reason ?? '')),
    },
    { title: '变更时间', key: 'at', width: 150, render: (_, n) => dateTimeText(n.changedAt) },
    {
      key: 'ops',
      width: 140,
      render: (_, n) =>
        canAct && n.status === 'unused' ? (
          <Space size={4}>
            <Button
              size="small"
              onClick={() => onAct({ number: n, status: 'voided' })}
              data-testid="receipt-void"
            >
              作废
            </Button>
            <Button
              size="small"
              danger
              onClick={() => onAct({ number: n, status: 'lost' })}
              data-testid="receipt-lost"
            >
              遗失
            </Button>
          </Space>
        ) : null,
    },
  ];
  return (
    <>
      <ApiErrorAlert error={q.error} />
      <Table<ReceiptNumber>
        size="small"
        rowKey="serial"
        loading={q.isLoading}
        columns={columns}
        dataSource={q.data?.items ?? []}
        pagination={(q.data?.items.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        onRow={(n) => ({ 'data-testid': `receipt-number-${n.serial}` }) as React.HTMLAttributes<HTMLElement>}
      />
    </>
  );
}

/**
 * 罚没款票据 (/finance/receipts): receipt books finance hands to officers for on-the-spot collection, each number
 * with its fate: issued against a decision, voided or lost with the reason.
 */
export function ReceiptsPage() {
  const navigate = useNavigate();
  const { user } = useSession();
  const canIssue = useAbility('fine.collect');
  const books = useReceiptBooks();
  const [issuing, setIssuing] = useState(false);
  const [target, setTarget] = useState<StatusTarget | null>(null);
  const items = books.data?.items ?? [];
  const totals: Counts = {};
  for (const b of items) for (const s of RECEIPT_STATUSES) totals[s] = (totals[s] ?? 0) + (b.counts[s] ?? 0);
  return (
    <>
      <PageHeader
        title="罚没款票据"
        description="当场收缴罚款使用的专用票据按号段发放给执法人员；每一份都应有去向：已开具、作废或遗失。"
        extra={
          <Space>
            {canIssue && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setIssuing(true)}
                data-testid="receipt-book-new"
              >
                发放票据
              </Button>
            )}
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/finance')}>
              财务对账
            </Button>
          </Space>
        }
      />
      <Card>
        <ApiErrorAlert error={books.error} />
        {books.isSuccess && items.length > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={countsLine(totals)}
            data-testid="receipt-summary"
          />
        )}
        <Table<ReceiptBook>
          rowKey="id"
          size="middle"
          loading={books.isPending}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: <Empty description="尚未发放罚没款票据" /> }}
          expandable={{
            expandedRowRender: (b) => (
              <NumbersTable book={b} canAct={canIssue || b.holderId === user?.id} onAct={setTarget} />
            ),
          }}
          onRow={(b) =>
            ({ 'data-testid': `receipt-book-${b.prefix}-${b.firstNo}` }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            { title: '票据名称', dataIndex: 'receiptType' },
            {
              title: '号段',
              key: 'range',
              render: (_, b) => (
                <Typography.Text className="zf-mono" strong>
                  {b.prefix} {b.firstNo} – {b.lastNo}
                </Typography.Text>
              ),
            },
            { title: '领用人', dataIndex: 'holderName', width: 120 },
            { title: '发放时间', key: 'at', width: 160, render: (_, b) => dateTimeText(b.issuedAt) },
            {
              title: '使用情况',
              key: 'counts',
              render: (_, b) => {
                const size = b.lastNo - b.firstNo + 1;
                const counted = RECEIPT_STATUSES.reduce((sum, s) => sum + (b.counts[s] ?? 0), 0);
                return (
                  <>
                    <span data-testid="receipt-book-counts">{countsLine(b.counts)}</span>
                    {counted !== size && <Tag color="red">与号段 {size} 份不符</Tag>}
                  </>
                );
              },
            },
          ]}
        />
      </Card>
      {issuing && <IssueBookModal onClose={() => setIssuing(false)} />}
      {target && <StatusModal target={target} onClose={() => setTarget(null)} />}
    </>
  );
}
