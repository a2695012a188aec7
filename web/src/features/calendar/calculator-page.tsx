import { CalculatorOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  InputNumber,
  Row,
  Segmented,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { PERIOD_UNIT_LABELS, PERIOD_UNITS, type PeriodUnitName } from '../../../../common/contracts/calendar';
import { ApiErrorAlert } from '../../components/api-error';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { PageHeader } from '../../components/page';
import { useCompute, useRules, type ComputeParams, type ComputeResult, type DeadlineRuleView } from './api';
import { SkippedDays } from './period-explanation';

type Mode = 'rule' | 'free';

interface FormValues {
  rule?: string;
  start?: Dayjs;
  length?: number;
  unit?: PeriodUnitName;
}

function unitText(length: number, unit: PeriodUnitName, direction: 'after' | 'before'): string {
  const u =
    unit === 'calendar_day'
      ? '日'
      : unit === 'working_day'
        ? '个工作日'
        : unit === 'month'
          ? '个月'
          : unit === 'year'
            ? '年'
            : '小时';
  return direction === 'before' ? `前 ${length} ${u}（倒数）` : `${length} ${u}`;
}

type RuleVersion = DeadlineRuleView['versions'][number];

/** The version of a rule in force on `date` (or today's when no date is chosen yet). */
function versionOn(rule: DeadlineRuleView, date: string | null): RuleVersion | undefined {
  if (!date) return rule.current ?? rule.versions.at(-1);
  return rule.versions.find(
    (v) => (!v.effectiveFrom || v.effectiveFrom <= date) && (!v.effectiveTo || date < v.effectiveTo),
  );
}

function SourceTag({ tag, verified }: { tag: string; verified: boolean }) {
  return verified ? (
    <Tag color="green">{tag} 已核对法条</Tag>
  ) : (
    <Tag color="orange" title="数值来自回忆、政策文件、地方做法或推定，使用前须核实">
      {tag} 未核实
    </Tag>
  );
}

function Result({ r }: { r: ComputeResult }) {
  const hourly = r.unit === 'hour';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="compute-result">
      {r.warnings.map((w) => (
        <Alert
          key={w.year}
          type="warning"
          showIcon
          title={w.message}
          description="该年度国务院办公厅放假安排通知发布并导入后，系统将自动重新计算已登记的期限。"
        />
      ))}
      <Card>
        <Row gutter={24} align="middle">
          <Col flex="none">
            <Typography.Text type="secondary">期限届满日</Typography.Text>
            <Typography.Title level={2} style={{ margin: '4px 0' }} data-testid="due">
              {hourly ? dayjs(r.due).format('YYYY年M月D日 HH:mm') : dayjs(r.due).format('YYYY年M月D日')}
            </Typography.Title>
            {!hourly && (
              <Typography.Text type="secondary">{dayjs(r.due).format('dddd')}，当日24时届满</Typography.Text>
            )}
          </Col>
          <Col flex="auto">
            <DeadlineBadge
              due={r.due}
              unit={r.unit}
              basis={r.basis}
              workingDaysLeft={r.workingDaysLeft}
              projected={r.projected}
            />
          </Col>
        </Row>
        <Descriptions
          style={{ marginTop: 16 }}
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'start',
              label: hourly ? '起算时刻' : '起算日（不计入）',
              children: hourly ? dayjs(r.start).format('YYYY-MM-DD HH:mm') : r.start,
            },
            { key: 'len', label: '期间', children: unitText(r.length, r.unit, r.direction) },
            ...(r.nominalDue && r.nominalDue !== r.due
              ? [
                  {
                    key: 'nominal',
                    label: r.direction === 'before' ? '倒数所得日期' : '顺延前届满日',
                    children: r.nominalDue,
                  },
                ]
              : []),
            ...(r.workingDaysInPeriod !== null
              ? [{ key: 'wd', label: '期间内工作日', children: `${r.workingDaysInPeriod} 个` }]
              : []),
            {
              key: 'makeup',
              label: '调休上班日',
              children: r.countMakeupWorkdays ? '计为工作日' : '不计为工作日',
            },
            {
              key: 'version',
              label: '日历版本',
              children: <Typography.Text code>{r.calendarVersion}</Typography.Text>,
            },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title="法律依据与计算规则" size="small">
            {r.rule && (
              <div style={{ marginBottom: 12 }}>
                <Typography.Text strong>{r.rule.name}</Typography.Text>
                <div style={{ margin: '4px 0' }}>
                  <Typography.Text>{r.rule.basis}</Typography.Text>{' '}
                  <SourceTag tag={r.rule.sourceTag} verified={r.rule.verified} />
                </div>
                <Typography.Text type="secondary">起算：{r.rule.trigger}</Typography.Text>
                {r.rule.note && (
                  <div>
                    <Typography.Text type="secondary">说明：{r.rule.note}</Typography.Text>
                  </div>
                )}
              </div>
            )}
            <ul style={{ paddingInlineStart: 20, margin: 0 }}>
              {(r.rule ? r.basis.slice(1) : r.basis).map((b) => (
                <li key={b}>
                  <Typography.Text type="secondary">{b}</Typography.Text>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={
              r.direction === 'before'
                ? '倒数期间内不计算的日期'
                : r.unit === 'working_day'
                  ? '期间内跳过的日期'
                  : '届满日顺延跳过的日期'
            }
            size="small"
          >
            <SkippedDays
              skipped={r.skipped}
              emptyText={hourly ? '按小时计算的期间连续计算，不因休息日顺延' : '期间内没有跳过的日期'}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

/**
 * 期限计算器: choose a statutory rule (the version in force on the start date applies) or enter a length and a
 * unit; the server computes with the official working-day calendar and explains every day it skipped.
 */
export function CalculatorPage() {
  const [mode, setMode] = useState<Mode>('rule');
  const [form] = Form.useForm<FormValues>();
  const [params, setParams] = useState<ComputeParams | null>(null);
  const rules = useRules();
  const result = useCompute(params);
  const ruleId = Form.useWatch('rule', form);
  const unit = Form.useWatch('unit', form);
  const start = Form.useWatch('start', form);

  const byId = useMemo(() => new Map((rules.data?.items ?? []).map((r) => [r.id, r])), [rules.data]);
  const selected: DeadlineRuleView | undefined = ruleId ? byId.get(ruleId) : undefined;
  // The version that will apply: the one in force on the start date (old cases keep the rule of their time).
  const version = selected ? versionOn(selected, start ? start.format('YYYY-MM-DD') : null) : undefined;
  const hourly = mode === 'rule' ? version?.unit === 'hour' : unit === 'hour';

  const options = useMemo(() => {
    const groups = new Map<string, { label: string; value: string }[]>();
    for (const r of rules.data?.items ?? []) {
      const v = r.current ?? r.versions.at(-1);
      const label = `${r.name}（${v ? unitText(v.length, v.unit, v.direction) : ''}）`;
      groups.set(r.system, [...(groups.get(r.system) ?? []), { label, value: r.id }]);
    }
    return [...groups].map(([label, opts]) => ({ label, options: opts }));
  }, [rules.data]);

  const submit = (v: FormValues) => {
    if (!v.start) return;
    const start = hourly
      ? { startAt: v.start.format('YYYY-MM-DDTHH:mm:ssZ') }
      : { start: v.start.format('YYYY-MM-DD') };
    setParams(mode === 'rule' ? { rule: v.rule, ...start } : { length: v.length, unit: v.unit, ...start });
  };

  return (
    <>
      <PageHeader
        title="期限计算器"
        description="按法定期限规则或自定义期间计算届满日。起算日不计入；工作日期间跳过周末、法定节假日和调休休息日，调休上班日计为工作日；按日、月、年计算的期间届满日为休息日的顺延至其后第一个工作日。"
      />
      <Row gutter={16}>
        <Col xs={24} xl={8}>
          <Card>
            <Segmented<Mode>
              block
              value={mode}
              onChange={(m) => {
                setMode(m);
                setParams(null);
              }}
              options={[
                { label: '按期限规则', value: 'rule' },
                { label: '自定义期间', value: 'free' },
              ]}
              style={{ marginBottom: 16 }}
            />
            <Form<FormValues>
              form={form}
              layout="vertical"
              onFinish={submit}
              initialValues={{ unit: 'working_day', length: 5, start: dayjs() }}
            >
              {mode === 'rule' ? (
                <Form.Item
                  name="rule"
                  label="期限规则"
                  rules={[{ required: true, message: '请选择期限规则' }]}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder="搜索规则，如 听证、复议答复、移送"
                    loading={rules.isPending}
                    options={options}
                    data-testid="rule-select"
                  />
                </Form.Item>
              ) : (
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item
                    name="length"
                    label="期间长度"
                    rules={[{ required: true, message: '请填写期间长度' }]}
                    style={{ flex: 1 }}
                  >
                    <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item
                    name="unit"
                    label="单位"
                    rules={[{ required: true, message: '请选择单位' }]}
                    style={{ flex: 1 }}
                  >
                    <Select options={PERIOD_UNITS.map((u) => ({ value: u, label: PERIOD_UNIT_LABELS[u] }))} />
                  </Form.Item>
                </Space.Compact>
              )}
              {mode === 'rule' && selected && (
                <Alert
                  type="info"
                  style={{ marginBottom: 16 }}
                  title={`起算：${selected.trigger}`}
                  description={
                    version ? (
                      <>
                        <div>
                          {unitText(version.length, version.unit, version.direction)}：{version.basis}{' '}
                          <SourceTag tag={version.sourceTag} verified={version.verified} />
                        </div>
                        <div>逾期后果：{selected.consequence}</div>
                      </>
                    ) : (
                      <div>
                        所选日期没有施行中的规则版本（该规则自 {selected.versions[0]?.effectiveFrom} 起施行）
                      </div>
                    )
                  }
                />
              )}
              <Form.Item
                name="start"
                label={
                  hourly
                    ? '起算时刻'
                    : mode === 'rule' && selected?.current?.direction === 'before'
                      ? '基准日（如举行听证之日）'
                      : '起算日'
                }
                rules={[{ required: true, message: hourly ? '请选择起算时刻' : '请选择起算日' }]}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  showTime={hourly ? { format: 'HH:mm' } : false}
                  format={hourly ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD'}
                />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                icon={<CalculatorOutlined />}
                block
                loading={result.isFetching}
              >
                计算届满日
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <ApiErrorAlert error={result.error ?? rules.error} />
          {result.data ? (
            <Result r={result.data} />
          ) : (
            <Card>
              <Spin spinning={result.isFetching}>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  选择规则或填写期间后点击「计算届满日」。结果列出届满日、剩余工作日、每个被跳过日期的原因（法定节假日、调休、周末、地方休息日）及其依据的放假通知。
                </Typography.Paragraph>
              </Spin>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
