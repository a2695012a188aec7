import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../components/api-error';
import { useChainCheck, type ChainMonth } from './api';
import { Mono } from './labels';

/** The monthly digests of the register chain (what a signed report prints). */
export function ChainMonthsTable({ months }: { months: ChainMonth[] }) {
  return (
    <Table<ChainMonth>
      size="small"
      rowKey="month"
      pagination={false}
      dataSource={months}
      locale={{ emptyText: '登记簿暂无登记表' }}
      columns={[
        { title: '月份', dataIndex: 'month', width: 100 },
        { title: '本月登记', dataIndex: 'count', width: 100, align: 'right' },
        { title: '累计', dataIndex: 'total', width: 100, align: 'right' },
        { title: '月末摘要', key: 'head', render: (_, m) => <Mono text={m.head} /> },
      ]}
    />
  );
}

/**
 * 校验登记簿: recomputes the hash chain of every register and compares the digests printed on signed monthly
 * reports. The check is itself audited, so it runs only when asked.
 */
export function ChainCheckCard() {
  const [asked, setAsked] = useState(false);
  const q = useChainCheck(asked);
  const r = q.data;
  return (
    <Card
      title="登记簿校验"
      data-testid="chain-check"
      extra={
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={q.isFetching}
          onClick={() => (asked ? void q.refetch() : setAsked(true))}
          data-testid="chain-check-run"
        >
          {r ? '重新校验' : '校验登记簿'}
        </Button>
      }
    >
      <ApiErrorAlert error={q.error} />
      {!r && !q.isFetching && (
        <Typography.Text type="secondary">
          重新计算每份登记表的摘要链，并与已签批月度报告上的月末摘要核对。校验操作留痕。
        </Typography.Text>
      )}
      {r && (
        <>
          <Alert
            type={r.ok ? 'success' : 'error'}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="chain-result"
            title={
              r.ok
                ? `登记簿完整：共 ${r.count} 份登记表，摘要链与已签批报告一致`
                : `发现问题：共 ${r.count} 份登记表`
            }
            description={
              <>
                {r.problems.length > 0 && (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {r.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
                {r.reportMismatches.length > 0 && (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="chain-mismatches">
                    {r.reportMismatches.map((m) => (
                      <li key={m.month + m.unitName + m.detail}>
                        {m.month} {m.unitName}：{m.detail}
                      </li>
                    ))}
                  </ul>
                )}
                <div>
                  当前链头：
                  <Mono text={r.head} />
                </div>
              </>
            }
          />
          <ChainMonthsTable months={r.months} />
        </>
      )}
    </Card>
  );
}
