import {
  BookOutlined,
  FileProtectOutlined,
  HistoryOutlined,
  ReloadOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Badge,
  Button,
  Card,
  Col,
  Empty,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { yuan } from '../cases/format';
import { useFinanceDesk, type FineRow } from './api';
import { CashTable } from './cash-table';
import { fineColumns } from './fines-page';
import { Money } from './labels';
import { ResolvableLines, StatementImportModal } from './statement-lines';

const TABS = ['unmatched', 'overdue', 'dueSoon', 'cash'] as const;
type TabKey = (typeof TABS)[number];

/** The surcharge of one overdue fine so far. */
function SurchargeCell({ fine }: { fine: FineRow }) {
  const s = fine.surcharge;
  return (
    <span data-testid="desk-surcharge">
      <Money fen={s.totalFen} type={s.totalFen > 0 ? 'danger' : undefined} />
      {s.capped && <Typography.Text type="secondary"> 已封顶</Typography.Text>}
      {s.pausedNow && <Typography.Text type="secondary"> 暂停</Typography.Text>}
    </span>
  );
}

function FineList({ rows, overdue, empty }: { rows: readonly FineRow[]; overdue?: boolean; empty: string }) {
  const navigate = useNavigate();
  const base = fineColumns();
  const columns = overdue
    ? [
        ...base.slice(0, -1),
        {
          title: '逾期天数',
          key: 'days',
          width: 90,
          render: (_: unknown, f: FineRow) => (
            <Typography.Text type="danger" data-testid="desk-overdue-days">
              {f.overdueDays} 日
            </Typography.Text>
          ),
        },
        {
          title: '加处罚款',
          key: 'surcharge',
          width: 140,
          render: (_: unknown, f: FineRow) => <SurchargeCell fine={f} />,
        },
        base[base.length - 1]!,
      ]
    : base;
  return (
    <Table<FineRow>
      size="small"
      rowKey="id"
      dataSource={[...rows]}
      columns={columns}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      onRow={(f) =>
        ({
          'data-testid': `desk-fine-row-${f.decisionNo}`,
          style: { cursor: 'pointer' },
          onClick: () => void navigate(`/fines/${f.id}`),
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}

/**
 * 财务工作台 (/finance): what finance has to do today under 罚缴分离 — bank payments the matcher could not book, fines
 * overdue or due soon, cash collected on the spot not yet handed over or banked, collection agreements not filed.
 */
export function FinanceDeskPage() {
  const navigate = useNavigate();
  const desk = useFinanceDesk();
  const [importing, setImporting] = useState(false);
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab') as TabKey | null;
  const tab: TabKey = tabParam && TABS.includes(tabParam) ? tabParam : 'unmatched';
  const d = desk.data;
  const overdueFen = d ? d.overdue.reduce((n, f) => n + f.outstandingFen, 0) : 0;
  const cashLate = d ? d.cash.filter((c) => c.late).length : 0;

  const cards = d
    ? [
        { key: 'unmatched', title: '待核对款项', value: d.unmatchedLines.length, suffix: '笔', danger: true },
        {
          key: 'overdue',
          title: '逾期未缴',
          value: d.overdue.length,
          suffix: '件',
          danger: true,
          note: d.overdue.length ? `尚欠 ${yuan(overdueFen)}` : undefined,
        },
        { key: 'dueSoon', title: '即将到期', value: d.dueSoon.length, suffix: '件' },
        {
          key: 'cash',
          title: '现金待移交/缴存',
          value: d.cash.length,
          suffix: '笔',
          danger: cashLate > 0,
          note: cashLate ? `${cashLate} 笔逾期` : undefined,
        },
      ]
    : [];

  return (
    <>
      <PageHeader
        title="财务对账"
        description="罚缴分离：罚款由当事人缴入代收银行或通过电子支付系统缴纳，财务部门据代收机构的收缴信息核对入账，并监督当场收缴现金的移交与缴存。"
        extra={
          <Space wrap>
            <Button
              type="primary"
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="statement-import"
            >
              导入对账单
            </Button>
            <Button icon={<HistoryOutlined />} onClick={() => void navigate('/finance/statements')}>
              对账单记录
            </Button>
            <Button icon={<FileProtectOutlined />} onClick={() => void navigate('/finance/agreements')}>
              代收协议
            </Button>
            <Button icon={<BookOutlined />} onClick={() => void navigate('/finance/receipts')}>
              罚没款票据
            </Button>
            <Button icon={<ReloadOutlined />} onClick={() => void desk.refetch()} loading={desk.isFetching}>
              刷新
            </Button>
          </Space>
        }
      />
      <ApiErrorAlert error={desk.error} />
      {desk.isLoading && <Skeleton active paragraph={{ rows: 8 }} />}
      {d && (
        <div data-testid="finance-desk">
          {!d.inForceAgreement && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="desk-no-agreement"
              title="尚无生效的代收罚款协议"
              description={
                <>
                  作出罚款决定的行政机关应当同代收机构签订代收罚款协议（国务院令第235号第六条）。
                  <Link to="/finance/agreements">登记代收协议</Link>
                </>
              }
            />
          )}
          {d.agreementsUnfiled.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="desk-agreements-unfiled"
              title={`${d.agreementsUnfiled.length} 份代收罚款协议尚未备案`}
              description={
                <>
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {d.agreementsUnfiled.map((a) => (
                      <li key={a.id}>
                        {a.bankName}（{a.signedOn} 签订）：应于 {a.filingDueOn}{' '}
                        前报上一级行政机关和本级财政部门备案
                        {a.filingLate && <Typography.Text type="danger">，已逾期</Typography.Text>}
                      </li>
                    ))}
                  </ul>
                  <Link to="/finance/agreements">前往登记备案</Link>
                </>
              }
            />
          )}
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {cards.map((c) => (
              <Col key={c.key} xs={12} md={6}>
                <Card
                  size="small"
                  hoverable
                  onClick={() => setParams({ tab: c.key }, { replace: true })}
                  data-testid={`desk-card-${c.key}`}
                >
                  <Statistic
                    title={c.title}
                    value={c.value}
                    suffix={c.suffix}
                    styles={{ content: { color: c.danger && c.value > 0 ? '#cf1322' : undefined } }}
                  />
                  {c.note && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.note}
                    </Typography.Text>
                  )}
                </Card>
              </Col>
            ))}
          </Row>
          {d.inForceAgreement && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              现行代收协议：{d.inForceAgreement.bankName}，收款账号{' '}
              <span className="zf-mono">{d.inForceAgreement.accountNumber}</span>
              ，统计日 {d.today}
            </Typography.Paragraph>
          )}
          <Card>
            <Tabs
              activeKey={tab}
              onChange={(k) => setParams({ tab: k }, { replace: true })}
              destroyOnHidden
              data-testid="desk-tabs"
              items={[
                {
                  key: 'unmatched',
                  label: (
                    <Badge count={d.unmatchedLines.length} size="small" offset={[8, -2]}>
                      <span data-testid="desk-tab-unmatched">待核对款项</span>
                    </Badge>
                  ),
                  children: (
                    <ResolvableLines
                      lines={d.unmatchedLines}
                      emptyText="没有待核对的款项。导入代收银行的对账单后，未能自动匹配的款项在此核对。"
                    />
                  ),
                },
                {
                  key: 'overdue',
                  label: (
                    <Badge count={d.overdue.length} size="small" offset={[8, -2]}>
                      <span data-testid="desk-tab-overdue">逾期未缴</span>
                    </Badge>
                  ),
                  children: <FineList rows={d.overdue} overdue empty="没有逾期未缴的罚款" />,
                },
                {
                  key: 'dueSoon',
                  label: <span data-testid="desk-tab-due-soon">即将到期</span>,
                  children: <FineList rows={d.dueSoon} empty="近期没有到期的罚款" />,
                },
                {
                  key: 'cash',
                  label: (
                    <Badge count={d.cash.length} size="small" offset={[8, -2]}>
                      <span data-testid="desk-tab-cash">当场收缴现金</span>
                    </Badge>
                  ),
                  children: <CashTable rows={d.cash} />,
                },
              ]}
            />
          </Card>
        </div>
      )}
      <StatementImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
