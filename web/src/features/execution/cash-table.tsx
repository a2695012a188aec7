import { Button, DatePicker, Empty, Form, Input, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import { CashBankedBody, CashReceivedBody } from '../../../../common/contracts/execution';
import { useAbility } from '../../app/session';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { toDay, yuan } from '../cases/format';
import { useCashBanked, useCashReceived, type CashRow } from './api';
import { LAW, LateFlag, Money } from './labels';

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

function ReceivedModal({ row, onClose }: { row: CashRow; onClose: () => void }) {
  const m = useCashReceived();
  return (
    <CaseFormModal<{ handedOn: Dayjs | null }, z.input<typeof CashReceivedBody>>
      title="确认收到当场收缴的现金"
      okText="确认收到"
      onClose={onClose}
      mutation={m}
      schema={CashReceivedBody}
      testId="cash-received-modal"
      initialValues={{ handedOn: dayjs() }}
      toBody={(v) => ({ handedOn: toDay(v.handedOn) ?? '' })}
      submit={(body) => m.mutateAsync({ paymentId: row.paymentId, body })}
      successText="已确认收到现金"
      intro={
        <Typography.Paragraph>
          {row.officerName} 于 {row.collectedOn} 收缴 {row.payer} 罚款 {yuan(row.amountFen)}（票据{' '}
          <span className="zf-mono">{row.receiptSerial}</span>），应于 {row.handOverDueOn} 前交至本机关。
          <br />
          <Basis>{`${LAW}第七十一条`}</Basis>
        </Typography.Paragraph>
      }
    >
      <Form.Item name="handedOn" label="交款日期" rules={[{ required: true, message: '请选择交款日期' }]}>
        <DatePicker disabledDate={(d) => notFuture(d) || d.isBefore(dayjs(row.collectedOn), 'day')} />
      </Form.Item>
    </CaseFormModal>
  );
}

function BankedModal({ row, onClose }: { row: CashRow; onClose: () => void }) {
  const m = useCashBanked();
  return (
    <CaseFormModal<{ bankedOn: Dayjs | null; depositSlip: string }, z.input<typeof CashBankedBody>>
      title="登记缴存银行"
      okText="登记缴存"
      onClose={onClose}
      mutation={m}
      schema={CashBankedBody}
      testId="cash-banked-modal"
      initialValues={{ bankedOn: dayjs() }}
      toBody={(v) => ({ bankedOn: toDay(v.bankedOn) ?? '', depositSlip: (v.depositSlip ?? '').trim() })}
      submit={(body) => m.mutateAsync({ paymentId: row.paymentId, body })}
      successText="已登记缴存银行"
      intro={
        <Typography.Paragraph>
          {row.payer} 罚款 {yuan(row.amountFen)}，{row.handedOn} 交至财务
          {row.bankDueOn ? `，应于 ${row.bankDueOn} 前缴付指定的银行` : ''}。
          <br />
          <Basis>{`${LAW}第七十一条：行政机关应当在二日内将罚款缴付指定的银行`}</Basis>
        </Typography.Paragraph>
      }
    >
      <Form.Item name="bankedOn" label="缴存日期" rules={[{ required: true, message: '请选择缴存日期' }]}>
        <DatePicker
          disabledDate={(d) => notFuture(d) || (!!row.handedOn && d.isBefore(dayjs(row.handedOn), 'day'))}
        />
      </Form.Item>
      <Form.Item
        name="depositSlip"
        label="银行缴款单号"
        rules={[{ required: true, whitespace: true, message: '请填写银行缴款单号' }]}
      >
        <Input maxLength={100} className="zf-mono" />
      </Form.Item>
    </CaseFormModal>
  );
}

/**
 * Cash collected on the spot that is not yet with finance or not yet in the bank (第七十一条: officer to bureau
 * within two days, bureau to bank within two days), late ones flagged; finance confirms each step.
 */
export function CashTable({ rows, loading }: { rows: readonly CashRow[]; loading?: boolean }) {
  const canAct = useAbility('fine.collect');
  const [received, setReceived] = useState<CashRow | null>(null);
  const [banked, setBanked] = useState<CashRow | null>(null);
  return (
    <>
      <Table<CashRow>
        size="small"
        rowKey="paymentId"
        loading={loading}
        dataSource={[...rows]}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待移交或待缴存的现金" />,
        }}
        onRow={(r) => ({ 'data-testid': `cash-row-${r.receiptSerial}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '决定书文号',
            key: 'decisionNo',
            render: (_, r) => (
              <Link to={`/fines/${r.obligationId}`} className="zf-mono">
                {r.decisionNo}
              </Link>
            ),
          },
          { title: '缴款人', dataIndex: 'payer' },
          { title: '金额', key: 'amount', align: 'right', render: (_, r) => <Money fen={r.amountFen} /> },
          {
            title: '票据',
            key: 'receipt',
            render: (_, r) => <span className="zf-mono">{r.receiptSerial}</span>,
          },
          {
            title: '收缴',
            key: 'collected',
            render: (_, r) => (
              <>
                {r.officerName}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.collectedOn}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          {
            title: '交至财务',
            key: 'handed',
            render: (_, r) =>
              r.handedOn ? (
                <Tag color="green">{r.handedOn}</Tag>
              ) : (
                <Tag color={dayjs().format('YYYY-MM-DD') > r.handOverDueOn ? 'red' : 'orange'}>
                  应于 {r.handOverDueOn} 前
                </Tag>
              ),
          },
          {
            title: '缴存银行',
            key: 'banked',
            render: (_, r) =>
              r.bankedOn ? (
                <Tag color="green">{r.bankedOn}</Tag>
              ) : r.bankDueOn ? (
                <Tag color={dayjs().format('YYYY-MM-DD') > r.bankDueOn ? 'red' : 'orange'}>
                  应于 {r.bankDueOn} 前
                </Tag>
              ) : (
                '—'
              ),
          },
          {
            title: '',
            key: 'late',
            width: 60,
            render: (_, r) => <LateFlag late={r.late} title="未在法定的二日内移交或缴存（第七十一条）" />,
          },
          ...(canAct
            ? [
                {
                  key: 'ops',
                  width: 130,
                  render: (_: unknown, r: CashRow) => (
                    <Space size={4}>
                      {!r.handedOn && (
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => setReceived(r)}
                          data-testid="cash-received"
                        >
                          确认收到
                        </Button>
                      )}
                      {r.handedOn && !r.bankedOn && (
                        <Button size="small" onClick={() => setBanked(r)} data-testid="cash-banked">
                          登记缴存银行
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {received && <ReceivedModal row={received} onClose={() => setReceived(null)} />}
      {banked && <BankedModal row={banked} onClose={() => setBanked(null)} />}
    </>
  );
}
