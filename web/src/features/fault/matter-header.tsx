import { Card, Descriptions, Space, Steps, Typography, type StepsProps } from 'antd';
import { Link } from 'react-router';
import { SOURCE_REF_KIND_LABELS, type MatterView } from '../../../../common/contracts/fault';
import { dateTimeText, dayText } from '../cases/format';
import { SourceTag, StageTag } from './labels';
import { DocButtons, pre } from './matter-shared';

type StepItem = NonNullable<StepsProps['items']>[number];

const STEP_TITLES = ['待初核', '立项调查', '认定/告知', '处理决定', '送达/复核', '办结'] as const;

/** Where the matter stands: a dismissed lead ends after the first step. */
function stepsOf(m: MatterView): { items: StepItem[]; current: number } {
  if (m.stage === 'dismissed')
    return {
      items: [
        { title: '待初核', status: 'finish' },
        { title: '不予立项', status: 'error', content: m.triage?.decidedOn },
      ],
      current: 1,
    };
  const served = m.people.length > 0 && m.people.every((p) => p.notice);
  const current =
    m.stage === 'lead'
      ? 0
      : m.stage === 'investigating'
        ? 1
        : m.stage === 'found'
          ? 2
          : m.stage === 'decided'
            ? served
              ? 4
              : 3
            : 5;
  const dates: (string | null | undefined)[] = [
    m.receivedOn,
    m.triage?.decidedOn,
    m.finding?.foundOn,
    m.decision?.decidedOn,
    null,
    m.closedOn,
  ];
  return {
    items: STEP_TITLES.map((title, i) => ({
      title,
      status: m.stage === 'closed' || i < current ? 'finish' : i === current ? 'process' : 'wait',
      content: dates[i] ? dayText(dates[i]) : undefined,
    })),
    current,
  };
}

/** The matter at a glance: number, stage, source, the case, the lead's content and its two forms. */
export function MatterHeader({ m }: { m: MatterView }) {
  const steps = stepsOf(m);
  return (
    <Card style={{ marginBottom: 16 }} data-testid="matter-header">
      <Space align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }} className="zf-mono" data-testid="matter-no">
          {m.no}
        </Typography.Title>
        <StageTag stage={m.stage} />
      </Space>
      <Steps
        size="small"
        current={steps.current}
        items={steps.items}
        style={{ marginBottom: 16 }}
        data-testid="matter-steps"
      />
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          {
            key: 'source',
            label: '线索来源',
            children: <SourceTag source={m.source} auto={m.autoCreated} />,
          },
          { key: 'received', label: '收到日期', children: dayText(m.receivedOn) },
          {
            key: 'case',
            label: '关联案件',
            children: m.caseId ? (
              <Link to={`/cases/${m.caseId}`} className="zf-mono" data-testid="matter-case">
                {m.caseNo ?? '查看案件'}
              </Link>
            ) : (
              '—'
            ),
          },
          ...(m.sourceRef
            ? [
                {
                  key: 'ref',
                  label: '来源记录',
                  children: `${SOURCE_REF_KIND_LABELS[m.sourceRef.kind]}：${m.sourceRef.label}`,
                },
              ]
            : []),
          ...(m.reference ? [{ key: 'reference', label: '来源说明', children: m.reference }] : []),
          {
            key: 'registered',
            label: '登记',
            children: `${m.registeredByName} · ${dateTimeText(m.registeredAt)}`,
          },
          ...(m.investigationDueOn
            ? [{ key: 'due', label: '调查期限', children: dayText(m.investigationDueOn) }]
            : []),
          ...(m.closedOn
            ? [
                {
                  key: 'closed',
                  label: '办结日期',
                  children: m.closeNote ? `${dayText(m.closedOn)}（${m.closeNote}）` : dayText(m.closedOn),
                },
              ]
            : []),
          { key: 'summary', label: '线索内容', span: 'filled' as const, children: pre(m.summary) },
        ]}
      />
      <Space wrap style={{ marginTop: 12 }}>
        <DocButtons matterId={m.id} kind="lead" label="线索登记表" />
        {m.triage && <DocButtons matterId={m.id} kind="approval" label="立项审批表" />}
      </Space>
    </Card>
  );
}
