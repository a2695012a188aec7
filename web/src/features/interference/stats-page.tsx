import { Col, Row, Select, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { percentText } from '../execution/labels';
import { useInterferenceStats, type InterferenceStats } from './api';
import { type ChartOption } from '../personnel/echart';
import { ChartCard, KpiCards, type Kpi } from '../personnel/stat-cards';

type Bucket = { key: string; label: string; count: number };

function barOption(rows: Bucket[], color: string, rotate = 0): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${String(v)} 份` },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { interval: 0, rotate, fontSize: 11 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', barMaxWidth: 28, itemStyle: { color }, data: rows.map((r) => r.count) }],
  };
}

function methodOption(s: InterferenceStats): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 份（{d}%）' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '65%'],
        center: ['50%', '42%'],
        label: { formatter: '{d}%' },
        data: s.byMethod.filter((m) => m.count > 0).map((m) => ({ name: m.label, value: m.count })),
      },
    ],
  };
}

function monthOption(s: InterferenceStats, year: number): ChartOption {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)} 份` },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => `${Number(m.slice(5))}月`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'line',
        itemStyle: { color: '#cf1322' },
        areaStyle: { opacity: 0.08 },
        data: months.map((m) => s.byMonth.find((x) => x.month === m)?.count ?? 0),
      },
    ],
  };
}

function kpis(s: InterferenceStats): Kpi[] {
  const findings = s.findings.reduce((n, f) => n + f.count, 0);
  return [
    { key: 'registers', title: '登记总数', value: s.registers, suffix: '份' },
    {
      key: 'cases',
      title: `涉及案件占比（${s.casesWithRegisters}/${s.casesTotal}件）`,
      value: percentText(s.casesTotal ? s.casesWithRegisters / s.casesTotal : null),
      tip: '有过问登记的案件数占全部案件数的比例',
    },
    {
      key: 'referrals',
      title: '移送核查',
      value: s.referrals,
      suffix: '份',
      tip: '主要领导批示移送纪检监察核查',
    },
    {
      key: 'overdue',
      title: '逾期未批示',
      value: s.overdueInstructions,
      suffix: '份',
      danger: s.overdueInstructions > 0,
    },
    {
      key: 'findings',
      title: '不记录认定',
      value: findings,
      suffix: '起',
      tip: '不记录、不如实记录的认定（第十条）',
    },
    {
      key: 'flags',
      title: '保护预警（未办结/已办结/打击报复）',
      value: `${s.flagsOpen} / ${s.flagsResolved} / ${s.flagsRetaliation}`,
      tip: '未办结 / 已办结 / 认定打击报复（第六条）',
      danger: s.flagsRetaliation > 0,
    },
  ];
}

/**
 * 干预登记统计 (/interference/stats): aggregate figures of a year — by kind of 第七条, by way, by the case's stage,
 * by month; the share of cases, referrals, late 批示, findings and protection flags. No names, no case numbers.
 */
export function InterferenceStatsPage() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const q = useInterferenceStats(year);
  const s = q.data;
  const options = useMemo(
    () =>
      s && {
        type: barOption(s.byType, '#d4380d', 20),
        method: methodOption(s),
        stage: barOption(s.byStage, '#1677ff'),
        month: monthOption(s, year),
      },
    [s, year],
  );
  return (
    <>
      <PageHeader
        title="干预登记统计"
        description="内部人员过问案件登记的汇总统计：仅汇总数，不含人员姓名和案件信息。"
        extra={
          <Select
            value={year}
            onChange={setYear}
            style={{ width: 110 }}
            aria-label="统计年度"
            data-testid="interference-stats-year"
            options={[0, 1, 2, 3, 4].map((d) => ({ label: `${thisYear - d} 年`, value: thisYear - d }))}
          />
        }
      />
      <ApiErrorAlert error={q.error} />
      {q.isLoading && <Skeleton active paragraph={{ rows: 8 }} />}
      {s && options && (
        <div data-testid="interference-stats">
          <KpiCards kpis={kpis(s)} testIdPrefix="interference-stat" />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <ChartCard
                title="按干预情形（第七条）"
                empty={!s.registers}
                option={options.type}
                emptyText="暂无登记"
                testId="chart-type"
              />
            </Col>
            <Col xs={24} xl={10}>
              <ChartCard
                title="按过问方式"
                empty={!s.registers}
                option={options.method}
                emptyText="暂无登记"
                testId="chart-method"
              />
            </Col>
            <Col xs={24} xl={10}>
              <ChartCard
                title="按案件所处环节"
                empty={!s.registers}
                option={options.stage}
                emptyText="暂无登记"
                testId="chart-stage"
              />
            </Col>
            <Col xs={24} xl={14}>
              <ChartCard
                title={`${year}年各月登记`}
                empty={!s.registers}
                option={options.month}
                emptyText="暂无登记"
                testId="chart-month"
              />
            </Col>
          </Row>
        </div>
      )}
    </>
  );
}
