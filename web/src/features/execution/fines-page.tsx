import { BarChartOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Segmented, Select, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import {
  FINE_STAGE_LABELS,
  FINE_STAGES,
  FineListQuery,
  type FineStage,
} from '../../../../common/contracts/execution';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page';
import { useFines, type FineFilter, type FineRow } from './api';
import { DueDay, FineStateTags, Money } from './labels';

type QuickFilter = NonNullable<FineFilter['filter']>;
const QUICK: { value: QuickFilter | 'all'; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'unpaid', label: '未缴清' },
  { value: 'overdue', label: '逾期未缴' },
  { value: 'deferred', label: '暂缓/分期' },
  { value: 'on_spot', label: '当场收缴' },
];

/** The filter and page from the address; a value the contract refuses (an edited link) is left out. */
function stateOf(params: URLSearchParams): { filter: FineFilter; page: number; pageSize: number } {
  const f: FineFilter = {};
  const stage = params.get('stage');
  if (stage && FineListQuery.shape.stage.safeParse(stage).success) f.stage = stage as FineStage;
  const quick = params.get('filter');
  if (quick && FineListQuery.shape.filter.safeParse(quick).success) f.filter = quick as QuickFilter;
  const q = params.get('q');
  if (q) f.q = q;
  return {
    filter: f,
    page: Math.max(Number(params.get('page')) || 1, 1),
    pageSize: Math.min(Math.max(Number(params.get('pageSize')) || 20, 1), 200),
  };
}

export const fineColumns = (): TableColumnsType<FineRow> => [
  {
    title: '决定书文号',
    key: 'decisionNo',
    render: (_, f) => (
      <>
        <Typography.Text className="zf-mono">{f.decisionNo}</Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.caseNo ?? ''} {f.procedure === 'simple' ? '简易程序' : '普通程序'}
          </Typography.Text>
        </div>
      </>
    ),
  },
  {
    title: '当事人',
    key: 'party',
    render: (_, f) => (
      <>
        {f.partyName}
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.unitName}
          </Typography.Text>
        </div>
      </>
    ),
  },
  { title: '罚款', key: 'amount', align: 'right', render: (_, f) => <Money fen={f.amountFen} /> },
  { title: '已缴', key: 'paid', align: 'right', render: (_, f) => <Money fen={f.paidFen} /> },
  {
    title: '尚欠',
    key: 'outstanding',
    align: 'right',
    render: (_, f) => <Money fen={f.outstandingFen} strong type={f.overdue ? 'danger' : undefined} />,
  },
  {
    title: '缴款期限',
    key: 'due',
    width: 190,
    render: (_, f) => (
      <DueDay
        on={f.dueOn}
        done={f.outstandingFen === 0 || f.stage === 'terminated' || f.stage === 'executed'}
      />
    ),
  },
  { title: '状态', key: 'stage', width: 220, render: (_, f) => <FineStateTags fine={f} /> },
];

/**
 * 罚没款台账 (/fines): every fine decided by the bureau (within the caller's scope) with what is paid and
 * outstanding, the due day and where enforcement stands. A row opens the fine.
 */
export function FinesPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { filter, page, pageSize } = stateOf(params);
  const fines = useFines(filter, page, pageSize);

  const update = (changes: Record<string, string | null>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="罚款执行"
        description="罚没款台账：行政处罚决定的罚款、缴纳情况、加处罚款、催告与申请人民法院强制执行。罚款由当事人到指定银行或通过电子支付系统缴纳（罚缴分离）。"
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={() => void fines.refetch()} loading={fines.isFetching}>
              刷新
            </Button>
            <Button icon={<BarChartOutlined />} onClick={() => void navigate('/fines/stats')}>
              罚没款统计
            </Button>
          </Space>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={filter.filter ?? 'all'}
            options={QUICK}
            onChange={(v) => update({ filter: v === 'all' ? null : v })}
            data-testid="fines-quick-filter"
          />
          <Select
            allowClear
            placeholder="执行阶段"
            style={{ width: 200 }}
            value={filter.stage}
            onChange={(v?: FineStage) => update({ stage: v ?? null })}
            options={FINE_STAGES.map((s) => ({ value: s, label: FINE_STAGE_LABELS[s] }))}
            aria-label="执行阶段"
            data-testid="fines-stage-filter"
          />
          <Input.Search
            allowClear
            placeholder="决定书文号、案号或当事人"
            defaultValue={filter.q}
            onSearch={(q) => update({ q: q.trim() || null })}
            style={{ width: 280 }}
            aria-label="搜索"
            data-testid="fines-search"
          />
        </Space>
        <DataTable<FineRow>
          rowKey="id"
          query={fines}
          paging={{ page, pageSize }}
          onPaging={(p) => update({ page: String(p.page), pageSize: String(p.pageSize) }, true)}
          columns={fineColumns()}
          locale={{
            emptyText: (
              <Empty
                description={
                  Object.keys(filter).length
                    ? '没有符合条件的罚款'
                    : '暂无罚款。行政处罚决定书送达后，罚款在此登记执行。'
                }
              />
            ),
          }}
          onRow={(f) =>
            ({
              'data-testid': `fine-row-${f.decisionNo}`,
              style: { cursor: 'pointer' },
              onClick: () => void navigate(`/fines/${f.id}`),
            }) as React.HTMLAttributes<HTMLElement>
          }
        />
      </Card>
    </>
  );
}
