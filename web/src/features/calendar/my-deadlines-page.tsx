import {
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PERIOD_UNIT_LABELS } from '../../../../common/contracts/calendar';
import {
  DEADLINE_STATUS_LABELS,
  DEADLINE_STATUSES,
  type DeadlineStatus,
} from '../../../../common/contracts/deadlines';
import { ApiErrorAlert } from '../../components/api-error';
import { DataTable, usePaging } from '../../components/data-table';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { PageHeader } from '../../components/page';
import { useSession } from '../../app/session';
import {
  useDeadline,
  useDeadlines,
  useExtendDeadline,
  useWaiveDeadline,
  type DeadlineFilter,
  type DeadlineView,
} from './api';
import { SkippedDays } from './period-explanation';

const STATUS_COLORS: Record<DeadlineStatus, string> = {
  open: 'processing',
  extended: 'blue',
  suspended: 'purple',
  met: 'success',
  missed: 'error',
  waived: 'default',
};

/** Roles that see more than their own deadlines (the server decides the scope; this only labels the switch). */
const WIDER_SCOPE = ['section_head', 'leader', 'principal', 'legal_reviewer'];

function periodText(d: DeadlineView): string {
  return `${d.direction === 'before' ? '前 ' : ''}${d.length} ${PERIOD_UNIT_LABELS[d.unit]}`;
}

function Detail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const navigate = useNavigate();
  const q = useDeadline(id);
  const d = q.data;
  return (
    <Drawer title={d?.title ?? '期限详情'} open={!!id} onClose={onClose} size={560}>
      <ApiErrorAlert error={q.error} />
      {d && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <DeadlineBadge
            due={d.due}
            unit={d.unit}
            basis={d.basis}
            status={d.status}
            workingDaysLeft={d.workingDaysLeft}
            hoursLeft={d.hoursLeft}
            projected={d.projected}
          />
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'rule', label: '期限规则', children: `${d.ruleName}（第 ${d.ruleVersion} 版）` },
              {
                key: 'basis',
                label: '法律依据',
                children: (
                  <>
                    {d.basis} {!d.verified && <Tag color="orange">未核实</Tag>}
                  </>
                ),
              },
              {
                key: 'trigger',
                label: '起算',
                children: d.unit === 'hour' ? dayjs(d.trigger).format('YYYY-MM-DD HH:mm') : d.trigger,
              },
              { key: 'period', label: '期间', children: periodText(d) },
              {
                key: 'status',
                label: '状态',
                children: <Tag color={STATUS_COLORS[d.status]}>{DEADLINE_STATUS_LABELS[d.status]}</Tag>,
              },
              {
                key: 'who',
                label: '负责人',
                children: `${d.responsibleName ?? '—'}（${d.unitName ?? '—'}）`,
              },
              {
                key: 'version',
                label: '日历版本',
                children: <Typography.Text code>{d.calendarVersion}</Typography.Text>,
              },
              ...d.suspensions.map((s, i) => ({
                key: `s${i}`,
                label: `中止 ${i + 1}`,
                children: `${s.from} 至 ${s.to ?? '（中止中）'}：${s.reason}`,
              })),
              ...d.extensions.map((e, i) => ({
                key: `e${i}`,
                label: `延期 ${i + 1}`,
                children: `延长至 ${e.newLength}，${e.approvedByName} 批准：${e.reason}`,
              })),
              ...(d.closedReason ? [{ key: 'closed', label: '说明', children: d.closedReason }] : []),
            ]}
          />
          {d.link && d.link.startsWith('/') && (
            <Button onClick={() => void navigate(d.link!)} block>
              打开办理页面
            </Button>
          )}
          <Card size="small" title="计算说明：跳过的日期">
            <SkippedDays
              skipped={d.skipped}
              emptyText={d.unit === 'hour' ? '按小时计算，不因休息日顺延' : '期间内没有跳过的日期'}
            />
          </Card>
        </Space>
      )}
    </Drawer>
  );
}

/**
 * 我的期限: the statutory deadlines the user is responsible for (and, for section heads, leaders and legal
 * reviewers, those they oversee), soonest first, with the working days left. Leaders approve extensions and
 * waivers here when the rule allows them (the row's abilities come from the server).
 */
export function MyDeadlinesPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const wide = (user?.roles ?? []).some((r) => WIDER_SCOPE.includes(r));
  const { filter, setFilter, paging, setPaging } = usePaging<DeadlineFilter>({ mine: true });
  const list = useDeadlines(filter, paging.page, paging.pageSize);
  const extend = useExtendDeadline();
  const waive = useWaiveDeadline();
  const [extending, setExtending] = useState<DeadlineView | null>(null);
  const [waiving, setWaiving] = useState<DeadlineView | null>(null);
  const [extendForm] = Form.useForm<{ newLength: number; reason: string }>();
  const [waiveForm] = Form.useForm<{ reason: string }>();
  const openId = params.get('id');

  const columns: TableColumnsType<DeadlineView> = [
    {
      title: '事项',
      dataIndex: 'title',
      render: (t: string, d) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => setParams({ id: d.id })}
        >
          {t}
        </Button>
      ),
    },
    { title: '期限规则', dataIndex: 'ruleName', render: (n: string, d) => `${n}（${periodText(d)}）` },
    {
      title: '届满',
      key: 'due',
      width: 300,
      render: (_, d) => (
        <DeadlineBadge
          compact
          due={d.due}
          unit={d.unit}
          basis={d.basis}
          status={d.status}
          workingDaysLeft={d.workingDaysLeft}
          hoursLeft={d.hoursLeft}
          projected={d.projected}
        />
      ),
    },
    ...(filter.mine
      ? []
      : [
          {
            title: '负责人',
            key: 'who',
            render: (_: unknown, d: DeadlineView) => `${d.responsibleName ?? '—'}（${d.unitName ?? '—'}）`,
          },
        ]),
    {
      title: '状态',
      dataIndex: 'status',
      width: 100,
      render: (s: DeadlineStatus) => <Tag color={STATUS_COLORS[s]}>{DEADLINE_STATUS_LABELS[s]}</Tag>,
    },
    {
      title: '操作',
      key: 'actions',
      width: 130,
      render: (_, d) => (
        <Space size={0}>
          {d.abilities.extend && (
            <Button
              type="link"
              size="small"
              onClick={() => {
                extend.reset();
                extendForm.setFieldsValue({ newLength: d.length + 1, reason: '' });
                setExtending(d);
              }}
            >
              延期
            </Button>
          )}
          {d.abilities.waive && (
            <Button
              type="link"
              size="small"
              danger
              onClick={() => {
                waive.reset();
                waiveForm.resetFields();
                setWaiving(d);
              }}
            >
              免除
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="我的期限"
        description="法定期限按届满先后排列；剩余工作日按正式工作日历计算（橙色：3个工作日内届满；红色：已逾期）。鼠标移到届满日上查看法律依据。"
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          {wide && (
            <Segmented
              value={filter.mine ? 'mine' : 'all'}
              onChange={(v) => setFilter({ ...filter, mine: v === 'mine' })}
              options={[
                { label: '我负责的', value: 'mine' },
                { label: '我可查看的全部', value: 'all' },
              ]}
            />
          )}
          <Select<DeadlineStatus | 'any'>
            style={{ width: 160 }}
            value={filter.status ?? 'any'}
            onChange={(s) => setFilter({ ...filter, status: s === 'any' ? undefined : s })}
            options={[
              { value: 'any', label: '全部状态' },
              ...DEADLINE_STATUSES.map((s) => ({ value: s, label: DEADLINE_STATUS_LABELS[s] })),
            ]}
          />
        </Space>
        <DataTable<DeadlineView>
          rowKey="id"
          query={list}
          paging={paging}
          onPaging={setPaging}
          columns={columns}
          locale={{ emptyText: filter.mine ? '暂无由您负责的法定期限' : '暂无法定期限' }}
        />
      </Card>
      <Detail id={openId} onClose={() => setParams({})} />
      <Modal
        title={`批准延期：${extending?.title ?? ''}`}
        open={!!extending}
        onCancel={() => setExtending(null)}
        onOk={() => extendForm.submit()}
        confirmLoading={extend.isPending}
        destroyOnHidden
      >
        <ApiErrorAlert error={extend.error} />
        <Typography.Paragraph type="secondary">
          当前期间 {extending && periodText(extending)}，届满 {extending?.due}
          。延期后的期间自原起算日重新计算。
        </Typography.Paragraph>
        <Form
          form={extendForm}
          layout="vertical"
          onFinish={(v) =>
            extending &&
            extend.mutate(
              { id: extending.id, ...v },
              {
                onSuccess: () => {
                  void message.success('已批准延期');
                  setExtending(null);
                },
              },
            )
          }
        >
          <Form.Item
            name="newLength"
            label={`延期后的期间（${extending ? PERIOD_UNIT_LABELS[extending.unit] : ''}）`}
            rules={[{ required: true, message: '请填写延期后的期间' }]}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="reason"
            label="延期理由"
            rules={[{ required: true, min: 2, message: '请填写延期理由' }]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title={`免除期限：${waiving?.title ?? ''}`}
        open={!!waiving}
        onCancel={() => setWaiving(null)}
        onOk={() => waiveForm.submit()}
        okButtonProps={{ danger: true }}
        confirmLoading={waive.isPending}
        destroyOnHidden
      >
        <ApiErrorAlert error={waive.error} />
        <Form
          form={waiveForm}
          layout="vertical"
          onFinish={(v) =>
            waiving &&
            waive.mutate(
              { id: waiving.id, reason: v.reason },
              {
                onSuccess: () => {
                  void message.success('已免除');
                  setWaiving(null);
                },
              },
            )
          }
        >
          <Form.Item
            name="reason"
            label="免除理由（如 当事人书面放弃听证、案件已撤销）"
            rules={[{ required: true, min: 2, message: '请填写免除理由' }]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
