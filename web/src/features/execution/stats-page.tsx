import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Select, Skeleton, Space, Statistic, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { PAYMENT_SOURCE_LABELS } from '../../../../common/contracts/execution';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { yuan } from '../cases/format';
import { EChart, type ChartOption } from '../personnel/echart';
import { useFineStats, type FineStats } from './api';
import { PAYMENT_SOURCE_HEX, percentText } from './labels';

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** Fen as 元 for the charts' axes (display only: two decimals, never summed again). */
const toYuan = (fen: number) => Math.round(fen) / 100;

function monthlyOption(s: FineStats): ChartOption {
  const at = (m: number) => s.byMonth.find((x) => x.month === m);
  const series = [
    { key: 'decidedFen', name: '决定罚款', color: '#1677ff' },
    { key: 'collectedFen', name: '实际收缴', color: '#389e0d' },
  ] as const;
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => `${Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元`,
    },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: MONTHS },
    yAxis: { type: 'value', name: '元' },
    series: series.map((x) => ({
      name: x.name,
      type: 'bar',
      barMaxWidth: 18,
      itemStyle: { color: x.color },
      data: MONTHS.map((_, i) => toYuan(at(i + 1)?.[x.key] ?? 0)),
    })),
  };
}

function sourceOption(s: FineStats): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 元（{d}%）' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{d}%' },
        data: s.bySource
          .filter((x) => x.fen > 0)
          .map((x) => ({
            name: `${PAYMENT_SOURCE_LABELS[x.source]}（${x.count}笔）`,
            value: toYuan(x.fen),
            itemStyle: { color: PAYMENT_SOURCE_HEX[x.source] },
          })),
      },
    ],
  };
}

interface Kpi {
  key: string;
  title: string;
  value: string | number;
  suffix?: string;
  tip?: string;
}

function kpis(s: FineStats): Kpi[] {
  return [
    { key: 'decided', title: '决定罚款', value: yuan(s.decidedFen, ''), suffix: `元 / ${s.decidedCount}件` },
    {
      key: 'collected',
      title: '实际收缴',
      value: yuan(s.collectedFen, ''),
      suffix: `元 / ${s.collectedCount}件`,
    },
    {
      key: 'rate',
      title: '收缴率',
      value: percentText(s.collectionRate),
      tip: '本年度决定的罚款中已收缴的金额占比',
    },
    {
      key: 'avgDays',
      title: '平均缴款天数',
      value: s.averageDaysToPayment === null ? '—' : s.averageDaysToPayment.toFixed(1),
      suffix: s.averageDaysToPayment === null ? '' : '日',
      tip: '自决定书送达至缴清罚款的平均日数',
    },
    {
      key: 'onSpot',
      title: '当场收缴占比',
      value: percentText(s.onSpotShare),
      suffix: `（${s.onSpotCount}笔，${yuan(s.onSpotFen)}）`,
    },
    { key: 'outstanding', title: '尚未收缴', value: yuan(s.outstandingFen, ''), suffix: '元' },
    { key: 'surcharge', title: '加处罚款', value: yuan(s.surchargeFen, ''), suffix: '元' },
    { key: 'deferrals', title: '批准暂缓/分期', value: s.deferrals, suffix: '件' },
    { key: 'demands', title: '催告', value: s.demands, suffix: '件' },
    {
      key: 'court',
      title: '申请法院强制执行',
      value: s.courtApplications,
      suffix: `件（准予${s.courtGranted}／不予${s.courtRefused}）`,
    },
    { key: 'terminated', title: '终结执行', value: yuan(s.terminatedFen, ''), suffix: '元' },
    {
      key: 'receipts',
      title: '票据开具 / 作废',
      value: `${s.receiptsUsed} / ${s.receiptsVoided}`,
      suffix: '份',
    },
    {
      key: 'unmatched',
      title: '待核对款项',
      value: s.unmatchedLines,
      suffix: '笔',
      tip: '代收银行对账单中尚未核对的款项',
    },
  ];
}

/**
 * 罚没款统计 (/fines/stats): for a year, fines decided against collected, the collection rate and speed, on-the-spot
 * collection, surcharges, enforcement through the courts, receipts and unmatched bank lines; by month and by channel.
 */
export function FineStatsPage() {
  const navigate = useNavigate();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const stats = useFineStats(year);
  const s = stats.data;
  const options = useMemo(() => s && { monthly: monthlyOption(s), source: sourceOption(s) }, [s]);

  return (
    <>
      <PageHeader
        title="罚没款统计"
        description="按年度统计罚款的决定与收缴、当场收缴、加处罚款、催告和申请人民法院强制执行，以及票据与对账情况。"
        extra={
          <Space>
            <Select
              value={year}
              onChange={setYear}
              style={{ width: 110 }}
              aria-label="统计年度"
              data-testid="fine-stats-year"
              options={[0, 1, 2, 3, 4].map((d) => ({ label: `${thisYear - d} 年`, value: thisYear - d }))}
            />
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/fines')}>
              罚没款台账
            </Button>
          </Space>
        }
      />
      <ApiErrorAlert error={stats.error} />
      {stats.isLoading && <Skeleton active paragraph={{ rows: 8 }} />}
      {s && options && (
        <div data-testid="fine-stats">
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {kpis(s).map((k) => (
              <Col key={k.key} xs={12} md={8} xl={6}>
                <Card size="small" data-testid={`fine-stat-${k.key}`}>
                  <Tooltip title={k.tip}>
                    <Statistic title={k.title} value={k.value} suffix={k.suffix} />
                  </Tooltip>
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}>
              <Card size="small" title={`${s.year}年各月罚款决定与收缴`}>
                {s.decidedFen + s.collectedFen === 0 ? (
                  <Empty description={`${s.year}年没有罚款`} style={{ padding: 48 }} />
                ) : (
                  <EChart option={options.monthly} testId="fine-monthly-chart" />
                )}
              </Card>
            </Col>
            <Col xs={24} xl={9}>
              <Card size="small" title="缴款渠道">
                {s.bySource.every((x) => x.fen === 0) ? (
                  <Empty description="尚无缴款" style={{ padding: 48 }} />
                ) : (
                  <EChart option={options.source} testId="fine-source-chart" />
                )}
              </Card>
            </Col>
          </Row>
        </div>
      )}
    </>
  );
}
