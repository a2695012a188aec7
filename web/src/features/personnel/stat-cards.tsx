import { Card, Col, Empty, Row, Statistic, Tooltip } from 'antd';
import { EChart, type ChartOption } from './echart';

/** One figure at the top of a statistics page. */
export interface Kpi {
  key: string;
  title: string;
  value: string | number;
  suffix?: string;
  tip?: string;
  /** Shown in red (something to act on). */
  danger?: boolean;
}

/** The row of figures at the top of a statistics page; each card's test id is `${testIdPrefix}-${key}`. */
export function KpiCards({ kpis, testIdPrefix }: { kpis: readonly Kpi[]; testIdPrefix: string }) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {kpis.map((k) => (
        <Col key={k.key} xs={12} md={8} xl={4}>
          <Card size="small" data-testid={`${testIdPrefix}-${k.key}`}>
            <Tooltip title={k.tip}>
              <Statistic
                title={k.title}
                value={k.value}
                suffix={k.suffix}
                styles={{ content: k.danger ? { color: '#cf1322' } : undefined }}
              />
            </Tooltip>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** A chart in a card, or an empty state when there is nothing to draw. */
export function ChartCard({
  title,
  empty,
  option,
  testId,
  emptyText = '暂无数据',
}: {
  title: string;
  empty: boolean;
  option: ChartOption;
  testId: string;
  emptyText?: string;
}) {
  return (
    <Card size="small" title={title}>
      {empty ? (
        <Empty description={emptyText} style={{ padding: 48 }} />
      ) : (
        <EChart option={option} testId={testId} />
      )}
    </Card>
  );
}
