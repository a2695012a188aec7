import { FilePdfOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { INTERFERENCE_TYPE_SHORT, type InterferenceType } from '../../../../common/contracts/interference';
import { useAbility } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { dateTimeText } from '../cases/format';
import { reportPdfUrl, useGenerateReports, useReports, useSignReport, type MonthlyReportView } from './api';
import { ChainCheckCard } from './chain-check';

const small = (s: string) => (
  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
    {s}
  </Typography.Text>
);

function byTypeText(byType: Record<string, number>): string {
  const parts = Object.entries(byType)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${INTERFERENCE_TYPE_SHORT[k as InterferenceType] ?? k} ${n}`);
  return parts.length ? parts.join('、') : '—';
}

function SignButton({ r }: { r: MonthlyReportView }) {
  const { message } = App.useApp();
  const m = useSignReport();
  return (
    <Popconfirm
      title="签批月度报告"
      description="签批后报告内容和月末摘要即固定。确认签批？"
      okText="签批"
      cancelText="取消"
      onConfirm={() =>
        void m.mutateAsync(r.id).then(
          () => void message.success('已签批'),
          (e: Error) => void message.error(e.message),
        )
      }
    >
      <Button size="small" type="primary" loading={m.isPending} data-testid="report-sign">
        签批
      </Button>
    </Popconfirm>
  );
}

/**
 * 月度报告 (/interference/reports, 主要领导 and 纪检): per section, the cases closed, the declarations, the registers
 * by kind and the supervision log of a month — a 零报告 when nothing was registered — signed by the 主要领导, with
 * the chain digest printed. 纪检 and the audit administrator may check the register chain here.
 */
export function ReportsPage() {
  const { message } = App.useApp();
  const [month, setMonth] = useState<Dayjs>(() => dayjs().subtract(1, 'month'));
  const monthText = month.format('YYYY-MM');
  const q = useReports(monthText);
  const generate = useGenerateReports();
  const oversee = useAbility('interference.oversee');
  const inspect = useAbility('interference.inspect');
  const canCheck = oversee || inspect;
  const run = () =>
    generate.mutateAsync(monthText).then(
      (r) =>
        void message.success(
          `已生成 ${r.generated} 份报告${r.keptSigned ? `，${r.keptSigned} 份已签批的保持不变` : ''}`,
        ),
      () => undefined,
    );
  return (
    <>
      <PageHeader
        title="月度报告"
        description="各科室每月报告内部人员过问登记情况，无登记的作零报告，由主要领导签批。"
        extra={
          <Space>
            <DatePicker
              picker="month"
              value={month}
              onChange={(d) => d && setMonth(d)}
              allowClear={false}
              disabledDate={(d) => d.isAfter(dayjs(), 'month')}
              aria-label="报告月份"
              data-testid="report-month"
            />
            <Button
              type="primary"
              onClick={() => void run()}
              loading={generate.isPending}
              data-testid="report-generate"
            >
              生成
            </Button>
            <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} loading={q.isFetching}>
              刷新
            </Button>
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <ApiErrorAlert error={generate.error} />
        <ApiErrorAlert error={q.error} />
        <Table<MonthlyReportView>
          size="middle"
          rowKey="id"
          loading={q.isFetching}
          dataSource={q.data ?? []}
          pagination={false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: <Empty description={`${monthText} 尚未生成报告`} /> }}
          columns={[
            {
              title: '科室',
              key: 'unit',
              render: (_, r) => (
                <Space size={4}>
                  {r.unitName}
                  {r.zero && <Tag color="green">零报告</Tag>}
                </Space>
              ),
            },
            { title: '结案', key: 'closed', align: 'right', render: (_, r) => r.figures.casesClosed },
            {
              title: '声明（有过问）',
              key: 'decl',
              align: 'right',
              render: (_, r) => `${r.figures.declarations}（${r.figures.declaredSome}）`,
            },
            { title: '登记表', key: 'registers', align: 'right', render: (_, r) => r.figures.registers },
            { title: '干预情形', key: 'types', render: (_, r) => small(byTypeText(r.figures.byType)) },
            {
              title: '工作记录（口头待复核）',
              key: 'sup',
              align: 'right',
              render: (_, r) => `${r.figures.supervisionRecords}（${r.figures.flaggedSupervision}）`,
            },
            {
              title: '生成',
              key: 'generated',
              width: 150,
              render: (_, r) => small(`${r.generatedByName} ${dateTimeText(r.generatedAt)}`),
            },
            {
              title: '签批',
              key: 'signed',
              width: 160,
              render: (_, r) =>
                r.signedAt ? (
                  <Space orientation="vertical" size={0}>
                    <Tag color="blue">已签批</Tag>
                    {small(`${r.signedByName ?? ''} ${dateTimeText(r.signedAt)}`)}
                  </Space>
                ) : r.canSign ? (
                  <SignButton r={r} />
                ) : (
                  <Tag color="orange">待签批</Tag>
                ),
            },
            {
              key: 'pdf',
              width: 90,
              render: (_, r) => (
                <Typography.Link href={reportPdfUrl(r.id)} target="_blank" rel="noopener">
                  <FilePdfOutlined /> PDF
                </Typography.Link>
              ),
            },
          ]}
        />
      </Card>
      {canCheck && <ChainCheckCard />}
    </>
  );
}
