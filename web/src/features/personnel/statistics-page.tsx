import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Select, Space, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { CERTIFICATE_STATUS_LABELS } from '../../../../common/contracts/personnel';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { useStatistics, type PersonnelStatistics } from './api';
import { EChart, type ChartOption } from './echart';
import { Basis, STATUS_CHART_COLORS } from './labels';

const STATUS_ORDER = ['valid', 'suspended', 'expired', 'revoked', 'cancelled', 'none'] as const;
const statusName = (s: (typeof STATUS_ORDER)[number]) =>
  s === 'none' ? '无证' : CERTIFICATE_STATUS_LABELS[s];

function byUnitOption(s: PersonnelStatistics): ChartOption {
  const units = s.byUnit.map((u) => u.unitName.replace('赤峰市应急管理', '').replace('安全监督管理', ''));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: units, inverse: true },
    series: STATUS_ORDER.map((st) => ({
      name: statusName(st),
      type: 'bar',
      stack: 'officers',
      barMaxWidth: 28,
      itemStyle: { color: STATUS_CHART_COLORS[st] },
      data: s.byUnit.map((u) => u.byStatus[st] ?? 0),
    })),
  };
}

function statusPieOption(s: PersonnelStatistics): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 人（{d}%）' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c} 人' },
        data: STATUS_ORDER.filter((st) => s.totals[st]).map((st) => ({
          name: statusName(st),
          value: s.totals[st],
          itemStyle: { color: STATUS_CHART_COLORS[st] },
        })),
      },
    ],
  };
}

function trainingOption(s: PersonnelStatistics): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: s.training.buckets.map((b) => b.label) },
    yAxis: { type: 'value', minInterval: 1, name: '人数' },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: s.training.buckets.map((b, i) => ({
          value: b.count,
          itemStyle: { color: i < 3 ? '#fa8c16' : '#389e0d' },
        })),
      },
    ],
  };
}

function unitHoursOption(s: PersonnelStatistics): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: (v: { max: number }) => Math.max(v.max, s.training.minimum) * 1.15 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: s.training.byUnit.map((u) => u.unitName.replace('赤峰市应急管理', '')),
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 24,
        itemStyle: { color: '#1a4c94' },
        label: { show: true, position: 'right' },
        data: s.training.byUnit.map((u) => u.averageHours),
        markLine: {
          symbol: 'none',
          lineStyle: { color: '#cf1322', type: 'dashed' },
          label: { formatter: `最低 ${s.training.minimum} 学时`, position: 'end' },
          data: [{ xAxis: s.training.minimum }],
        },
      },
    ],
  };
}

function reviewerGaugeOption(s: PersonnelStatistics): ChartOption {
  const target = s.legalReviewers.targetPercent;
  const met = s.legalReviewers.percent >= target;
  // A ring showing the share against a scale of twice the target (capped at 100%): at or past the middle, met.
  const max = Math.min(100, Math.max(target * 2, Math.ceil(s.legalReviewers.percent / 10) * 10));
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max,
        startAngle: 225,
        endAngle: -45,
        radius: '88%',
        pointer: { show: false },
        progress: { show: true, width: 16, itemStyle: { color: met ? '#389e0d' : '#fa8c16' } },
        axisLine: { lineStyle: { width: 16, color: [[1, '#f0f0f0']] } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        anchor: { show: false },
        title: { offsetCenter: [0, '38%'], fontSize: 14, color: '#666' },
        detail: {
          offsetCenter: [0, '-5%'],
          fontSize: 30,
          fontWeight: 600,
          formatter: '{value}%',
          color: met ? '#389e0d' : '#d46b08',
        },
        data: [
          { value: s.legalReviewers.percent, name: `目标 ≥ ${target}%（${met ? '已达到' : '未达到'}）` },
        ],
      },
    ],
  };
}

/** 执法人员统计: headcount by unit and certificate status, training hours, the share of legal reviewers. */
export function StatisticsPage() {
  const navigate = useNavigate();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const stats = useStatistics(year);
  const s = stats.data;
  const options = useMemo(
    () =>
      s && {
        byUnit: byUnitOption(s),
        pie: statusPieOption(s),
        training: trainingOption(s),
        unitHours: unitHoursOption(s),
        gauge: reviewerGaugeOption(s),
      },
    [s],
  );

  return (
    <>
      <PageHeader
        title="执法人员统计"
        description="持证情况、培训学时与法制审核人员配备。统计范围为在岗执法人员。"
        extra={
          <Space>
            <Select
              value={year}
              onChange={setYear}
              style={{ width: 110 }}
              aria-label="统计年度"
              options={[0, 1, 2, 3].map((d) => ({ label: `${thisYear - d} 年`, value: thisYear - d }))}
            />
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/personnel')}>
              返回名册
            </Button>
          </Space>
        }
      />
      <ApiErrorAlert error={stats.error} />
      {s && options && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {[
              { title: '在岗人员', value: s.byUnit.reduce((n, u) => n + u.officers, 0), suffix: '人' },
              { title: '持有效执法证', value: s.totals.valid, suffix: '人' },
              { title: '证件暂扣', value: s.totals.suspended, suffix: '人' },
              { title: '下季度到期证件', value: s.expiringNextQuarter, suffix: '个' },
              { title: `${s.year}年学时未达标`, value: s.training.below, suffix: '人' },
              {
                title: `${s.year}年考试合格率`,
                value: s.exams.taken ? Math.round((s.exams.passed / s.exams.taken) * 100) : '—',
                suffix: s.exams.taken ? '%' : '',
              },
            ].map((k) => (
              <Col key={k.title} xs={12} md={8} xl={4}>
                <Card size="small">
                  <Statistic title={k.title} value={k.value} suffix={k.suffix} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card title="各单位人员与证件状态" size="small">
                <EChart option={options.byUnit} height={340} testId="chart-by-unit" />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card title="证件状态构成" size="small">
                <EChart option={options.pie} height={340} testId="chart-status" />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={`${s.year} 年度培训学时分布（人数）`} size="small">
                <EChart option={options.training} height={280} testId="chart-training" />
                <Typography.Paragraph style={{ margin: '8px 0 0' }}>
                  平均 {s.training.averageHours} 学时；年度最低 {s.training.minimum} 学时，未达标{' '}
                  {s.training.below} 人。 <Basis>{s.training.basis}</Basis>
                </Typography.Paragraph>
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title="各单位人均学时（学时）" size="small">
                <EChart option={options.unitHours} height={280} testId="chart-unit-hours" />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title="法制审核人员占持证执法人员比例" size="small">
                <EChart option={options.gauge} height={260} testId="chart-reviewers" />
                <Typography.Paragraph style={{ margin: 0 }}>
                  法制审核人员 {s.legalReviewers.reviewers} 名（其中登记法律职业资格{' '}
                  {s.legalReviewers.qualified} 名），持有效执法证人员 {s.legalReviewers.officers} 名。{' '}
                  <Basis>{s.legalReviewers.basis}</Basis>
                </Typography.Paragraph>
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={`${s.year} 年度证件处理`} size="small">
                <Row gutter={16}>
                  <Col span={8}>
                    <Statistic title="暂扣" value={s.suspensionsThisYear} suffix="次" />
                  </Col>
                  <Col span={8}>
                    <Statistic title="吊销" value={s.revocationsThisYear} suffix="次" />
                  </Col>
                  <Col span={8}>
                    <Statistic title="考试人次" value={s.exams.taken} />
                  </Col>
                </Row>
                <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
                  统计截至 {s.asOf}。证件到期前 3 个月应申请换发（内蒙古自治区行政执法证件管理办法第十五条）。
                </Typography.Paragraph>
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
