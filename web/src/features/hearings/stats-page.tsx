import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Select, Skeleton, Space, Statistic, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { EChart, type ChartOption } from '../personnel/echart';
import { useHearingStats, type HearingStats } from './api';
import { STAGE_HEX } from './labels';

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

function monthlyOption(s: HearingStats): ChartOption {
  const at = (m: number) => s.byMonth.find((x) => x.month === m);
  const series = [
    { key: 'requested', name: '申请听证', color: STAGE_HEX.requested },
    { key: 'held', name: '举行听证', color: STAGE_HEX.reported },
    { key: 'terminated', name: '终止听证', color: STAGE_HEX.terminated },
  ] as const;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: MONTHS },
    yAxis: { type: 'value', minInterval: 1, name: '件' },
    series: series.map((x) => ({
      name: x.name,
      type: 'bar',
      barMaxWidth: 18,
      itemStyle: { color: x.color },
      data: MONTHS.map((_, i) => at(i + 1)?.[x.key] ?? 0),
    })),
  };
}

const AFTER = [
  { key: 'reduced', name: '从轻减轻', color: '#389e0d' },
  { key: 'unchanged', name: '维持原处罚', color: '#1677ff' },
  { key: 'cancelled', name: '不予处罚', color: '#722ed1' },
  { key: 'undecided', name: '尚未决定', color: '#bfbfbf' },
] as const;

function afterOption(s: HearingStats): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c} 件' },
        data: AFTER.filter((a) => s.afterHearing[a.key]).map((a) => ({
          name: a.name,
          value: s.afterHearing[a.key],
          itemStyle: { color: a.color },
        })),
      },
    ],
  };
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}`;
}

/**
 * 听证统计 (/hearings/stats): for a year, the cases offered a hearing and how many asked for one, how the hearings
 * ended, the time from request to hearing, public or closed, the monthly course, and the penalty decided after
 * the hearing against the penalty heard.
 */
export function HearingStatsPage() {
  const navigate = useNavigate();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const stats = useHearingStats(year);
  const s = stats.data;
  const options = useMemo(() => s && { monthly: monthlyOption(s), after: afterOption(s) }, [s]);
  const decided = s ? AFTER.reduce((n, a) => n + s.afterHearing[a.key], 0) : 0;

  return (
    <>
      <PageHeader
        title="听证统计"
        description="按年度统计行政处罚听证：告知听证权利的案件、申请听证、举行与终止，以及听证后的处罚结果。"
        extra={
          <Space>
            <Select
              value={year}
              onChange={setYear}
              style={{ width: 110 }}
              aria-label="统计年度"
              data-testid="hearing-stats-year"
              options={[0, 1, 2, 3, 4].map((d) => ({ label: `${thisYear - d} 年`, value: thisYear - d }))}
            />
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/hearings')}>
              听证日程
            </Button>
          </Space>
        }
      />
      <ApiErrorAlert error={stats.error} />
      {stats.isLoading && <Skeleton active paragraph={{ rows: 8 }} />}
      {s && options && (
        <div data-testid="hearing-stats">
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {[
              {
                key: 'eligible',
                title: '告知听证权利',
                value: s.eligible,
                suffix: '件',
                tip: '本年度送达的行政处罚告知书中告知听证权利的案件',
              },
              { key: 'requested', title: '申请听证', value: s.requested, suffix: '件' },
              {
                key: 'rate',
                title: '申请率',
                value: s.eligible ? percent(s.requestRate) : '—',
                suffix: s.eligible ? '%' : '',
              },
              { key: 'held', title: '举行听证', value: s.held, suffix: '场' },
              { key: 'waived', title: '书面放弃', value: s.waivedInWriting, suffix: '件' },
              { key: 'lapsed', title: '逾期未申请', value: s.lapsed, suffix: '件' },
              {
                key: 'terminated',
                title: '终止听证',
                value: s.terminated,
                suffix: '件',
                tip: '当事人撤回申请、无正当理由拒不出席或未经许可中途退出',
              },
              { key: 'pending', title: '进行中', value: s.pending, suffix: '件' },
              {
                key: 'avg',
                title: '申请至举行平均',
                value: s.avgDaysToHearing === null ? '—' : s.avgDaysToHearing.toFixed(1),
                suffix: s.avgDaysToHearing === null ? '' : '日',
              },
              {
                key: 'public',
                title: '公开 / 不公开',
                value: `${s.publicHeld} / ${s.closedHeld}`,
                suffix: '场',
              },
            ].map((k) => (
              <Col key={k.key} xs={12} md={8} xl={4}>
                <Card size="small" data-testid={`hearing-stat-${k.key}`}>
                  <Tooltip title={k.tip}>
                    <Statistic title={k.title} value={k.value} suffix={k.suffix} />
                  </Tooltip>
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}>
              <Card size="small" title={`${s.year}年各月听证情况`}>
                {s.requested + s.held + s.terminated === 0 ? (
                  <Empty description={`${s.year}年没有听证`} style={{ padding: 48 }} />
                ) : (
                  <EChart option={options.monthly} testId="hearing-monthly-chart" />
                )}
              </Card>
            </Col>
            <Col xs={24} xl={9}>
              <Card size="small" title="听证后的处罚结果">
                {decided === 0 ? (
                  <Empty description="尚无听证后作出的决定" style={{ padding: 48 }} />
                ) : (
                  <EChart option={options.after} testId="hearing-after-chart" />
                )}
              </Card>
            </Col>
          </Row>
        </div>
      )}
    </>
  );
}
