import { Card, Col, DatePicker, Empty, Row, Skeleton, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { toDay } from '../cases/format';
import { percentText } from '../execution/labels';
import { type ChartOption } from '../personnel/echart';
import { ChartCard, KpiCards, type Kpi } from '../personnel/stat-cards';
import { useFaultStats, type FaultStats } from './api';

type Bucket = FaultStats['bySource'][number];

function barOption(rows: Bucket[], color: string, unit: string, rotate = 0): ChartOption {
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => `${String(v)} ${unit}`,
    },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: {
        interval: 0,
        rotate,
        fontSize: 11,
        // Long wording (第五条) is cut on the axis; the tooltip has it in full.
        formatter: (s: string) => (s.length > 10 ? `${s.slice(0, 10)}…` : s),
      },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', barMaxWidth: 28, itemStyle: { color }, data: rows.map((r) => r.count) }],
  };
}

function pieOption(rows: Bucket[], unit: string): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: `{b}：{c} ${unit}（{d}%）` },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '65%'],
        center: ['50%', '42%'],
        label: { formatter: '{d}%' },
        data: rows.filter((r) => r.count > 0).map((r) => ({ name: r.label, value: r.count })),
      },
    ],
  };
}

function kpis(s: FaultStats): Kpi[] {
  const avg = s.daysToDecision.average;
  return [
    { key: 'leads', title: '过错线索', value: s.leads, suffix: '件' },
    {
      key: 'reversals',
      title: `复议诉讼纠错转化率（${s.reversalsFound}/${s.reversals}件）`,
      value: percentText(s.reversals ? s.reversalsFound / s.reversals : null),
      tip: '复议、诉讼结果为撤销、变更、确认违法或确认无效的案件中，认定行政执法过错的比例',
    },
    {
      key: 'days',
      title: `立项至处理决定平均用时（${s.daysToDecision.count}件）`,
      value: avg === null ? '—' : avg.toFixed(1),
      suffix: avg === null ? undefined : '日',
      tip: s.daysToDecision.max === null ? undefined : `最长 ${s.daysToDecision.max} 日`,
    },
    {
      key: 'repeated',
      title: '多次发生过错人员',
      value: s.repeatedPersons,
      suffix: '人',
      tip: '在设定期间内多次被认定行政执法过错的人员（第八条第二项，从重追究）',
      danger: s.repeatedPersons > 0,
    },
    {
      key: 'late',
      title: '逾期送达处理决定',
      value: s.lateNotices,
      suffix: '份',
      tip: '处理决定作出后超过十日送达（第十一条）',
      danger: s.lateNotices > 0,
    },
    {
      key: 'appeals',
      title: '申诉',
      value: s.appeals,
      suffix: '件',
      tip: '被追究人员提出的申诉（第十二条）',
    },
  ];
}

function CountTable({
  title,
  rows,
  unit,
  testId,
}: {
  title: string;
  rows: Bucket[];
  unit: string;
  testId: string;
}) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      <Table<Bucket>
        size="small"
        rowKey="key"
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={{ emptyText: '暂无数据' }}
        columns={[
          { title: '名称', dataIndex: 'label' },
          {
            title: `数量（${unit}）`,
            dataIndex: 'count',
            width: 110,
            align: 'right',
            sorter: (a, b) => a.count - b.count,
            defaultSortOrder: 'descend',
          },
        ]}
      />
    </Card>
  );
}

const total = (rows: Bucket[]) => rows.reduce((n, r) => n + r.count, 0);

/**
 * 过错统计 (/fault/stats, fault.stats): the matters of a period — leads by source and stage, faults by 第五条 kind,
 * by unit and by person, exemptions (第六、七条), measures (第十条), reviews (第十二条); the share of reversals found
 * to be faults, the time to decision, repeated persons (第八条第二项) and late notices (第十一条).
 */
export function FaultStatsPage() {
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const q = useFaultStats({ from: toDay(range[0]), to: toDay(range[1]) });
  const s = q.data;
  const options = useMemo(
    () =>
      s && {
        type: barOption(s.byType, '#d4380d', '件', 20),
        source: pieOption(s.bySource, '件'),
        stage: barOption(s.byStage, '#1677ff', '件'),
        exemptions: barOption(s.exemptions, '#389e0d', '人次', 20),
        measures: barOption(s.measures, '#cf1322', '人次', 20),
        reviews: pieOption(s.reviews, '件'),
      },
    [s],
  );
  return (
    <>
      <PageHeader
        title="过错统计"
        description="行政执法过错责任追究的汇总统计：线索来源、过错情形、责任单位和人员、处理措施及复核情况。"
        extra={
          <Space>
            <Typography.Text type="secondary">统计期间</Typography.Text>
            <DatePicker.RangePicker
              value={range}
              allowClear={false}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              onChange={(r) => {
                if (r?.[0] && r[1]) setRange([r[0], r[1]]);
              }}
              aria-label="统计期间"
              data-testid="fault-stats-range"
              presets={[
                { label: '本年', value: [dayjs().startOf('year'), dayjs()] },
                {
                  label: '上一年',
                  value: [
                    dayjs().subtract(1, 'year').startOf('year'),
                    dayjs().subtract(1, 'year').endOf('year'),
                  ],
                },
                { label: '近12个月', value: [dayjs().subtract(12, 'month').add(1, 'day'), dayjs()] },
              ]}
            />
          </Space>
        }
      />
      <ApiErrorAlert error={q.error} />
      {q.isLoading && <Skeleton active paragraph={{ rows: 8 }} />}
      {s && s.leads === 0 && (
        <Card>
          <Empty description="统计期间内没有过错线索" data-testid="fault-stats-empty" />
        </Card>
      )}
      {s && s.leads > 0 && options && (
        <div data-testid="fault-stats">
          <KpiCards kpis={kpis(s)} testIdPrefix="fault-stat" />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <ChartCard
                title="按过错情形（第五条）"
                empty={!total(s.byType)}
                emptyText="尚无认定的过错"
                option={options.type}
                testId="chart-type"
              />
            </Col>
            <Col xs={24} xl={10}>
              <ChartCard
                title="按线索来源"
                empty={!total(s.bySource)}
                option={options.source}
                testId="chart-source"
              />
            </Col>
            <Col xs={24} xl={10}>
              <ChartCard
                title="按办理阶段"
                empty={!total(s.byStage)}
                option={options.stage}
                testId="chart-stage"
              />
            </Col>
            <Col xs={24} xl={14}>
              <ChartCard
                title="不予追究、从轻或免予追究情节（第六条、第七条）"
                empty={!total(s.exemptions)}
                emptyText="无免责或从轻情节"
                option={options.exemptions}
                testId="chart-exemptions"
              />
            </Col>
            <Col xs={24} xl={14}>
              <ChartCard
                title="处理措施（第十条）"
                empty={!total(s.measures)}
                emptyText="尚无处理决定"
                option={options.measures}
                testId="chart-measures"
              />
            </Col>
            <Col xs={24} xl={10}>
              <ChartCard
                title="复核结果（第十二条）"
                empty={!total(s.reviews)}
                emptyText="无复核申请"
                option={options.reviews}
                testId="chart-reviews"
              />
            </Col>
            <Col xs={24} xl={12}>
              <CountTable title="按单位" rows={s.byUnit} unit="人次" testId="fault-stats-units" />
            </Col>
            <Col xs={24} xl={12}>
              <CountTable title="按人员" rows={s.byPerson} unit="次" testId="fault-stats-people" />
            </Col>
          </Row>
        </div>
      )}
    </>
  );
}
