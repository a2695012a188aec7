import {
  AppstoreOutlined,
  BarChartOutlined,
  BankOutlined,
  ReloadOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Badge,
  Button,
  Calendar,
  Card,
  DatePicker,
  Empty,
  Input,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  HEARING_STAGE_LABELS,
  HEARING_STAGES,
  HearingListQuery,
  type HearingStage,
} from '../../../../common/contracts/hearings';
import { useAbility } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { DataTable } from '../../components/data-table';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { PageHeader } from '../../components/page';
import { daysUntil, dayText } from '../cases/format';
import {
  useHearingCandidates,
  useHearingRooms,
  useHearings,
  type HearingFilter,
  type HearingListItem,
} from './api';
import { hearingTimeText, STAGE_COLORS, STAGE_HEX } from './labels';

const FILTER_KEYS = ['stage', 'roomId', 'chairId', 'from', 'to', 'q'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
const CALENDAR_MAX = 200;
const HOLD_BASIS =
  '收到当事人听证申请后举行听证的期间（规则 penalty.hearing-hold，当事人有正当理由申请延期的中止）';

/** The filter from the address; a value the contract refuses (an edited or outdated link) is left out. */
function filterOf(params: URLSearchParams): HearingFilter {
  const f: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v && HearingListQuery.shape[k].safeParse(v).success) f[k] = v;
  }
  return f;
}

function StageTag({ stage }: { stage: HearingStage }) {
  return (
    <Tag color={STAGE_COLORS[stage]} data-testid="hearing-stage">
      {HEARING_STAGE_LABELS[stage]}
    </Tag>
  );
}

/** The hold period's due day: the date with its basis on hover, and calendar days left as a coloured tag. */
function HoldDue({ on }: { on: string | null }) {
  if (!on) return <Typography.Text type="secondary">—</Typography.Text>;
  const left = daysUntil(on);
  return (
    <Space size={4} wrap data-testid="hearing-hold-due">
      <DeadlineBadge due={on} unit="calendar_day" basis={HOLD_BASIS} compact />
      <Tag color={left < 0 ? 'red' : left <= 3 ? 'orange' : 'green'}>
        {left < 0 ? `已超过 ${-left} 日` : left === 0 ? '今日届满' : `剩 ${left} 日`}
      </Tag>
    </Space>
  );
}

const caseCell = (h: HearingListItem) => (
  <>
    <Link to={`/hearings/${h.id}`} className="zf-mono" onClick={(e) => e.stopPropagation()}>
      {h.caseNo ?? '（无案号）'}
    </Link>
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {h.caseTitle}
      </Typography.Text>
    </div>
  </>
);

/** 待安排: requested (or postponed) hearings without a date, the nearest hold period first. */
function PendingCard() {
  const navigate = useNavigate();
  const requested = useHearings({ stage: 'requested' }, 1, 100);
  const postponed = useHearings({ stage: 'postponed' }, 1, 100);
  const items = useMemo(
    () =>
      [...(requested.data?.items ?? []), ...(postponed.data?.items ?? [])].sort((a, b) =>
        (a.holdDueOn ?? '9999').localeCompare(b.holdDueOn ?? '9999'),
      ),
    [requested.data, postponed.data],
  );
  return (
    <Card
      size="small"
      title={
        <Space>
          待安排的听证
          <Badge count={items.length} showZero color={items.length ? '#fa8c16' : '#bfbfbf'} />
        </Space>
      }
      style={{ marginBottom: 16 }}
      data-testid="hearings-pending"
    >
      <ApiErrorAlert error={requested.error ?? postponed.error} />
      <Table<HearingListItem>
        size="small"
        rowKey="id"
        pagination={items.length > 10 ? { pageSize: 10, size: 'small' } : false}
        loading={requested.isFetching || postponed.isFetching}
        dataSource={items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待安排的听证" /> }}
        onRow={(h) =>
          ({
            'data-testid': `hearing-pending-row-${h.caseNo ?? h.id}`,
            style: { cursor: 'pointer' },
            onClick: () => void navigate(`/hearings/${h.id}`),
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: '案件', key: 'case', render: (_, h) => caseCell(h) },
          { title: '当事人', dataIndex: 'partyNames', key: 'party', width: 180, ellipsis: true },
          { title: '收到申请', key: 'received', width: 110, render: (_, h) => dayText(h.requestReceivedOn) },
          { title: '阶段', key: 'stage', width: 150, render: (_, h) => <StageTag stage={h.stage} /> },
          { title: '举行期限', key: 'hold', width: 280, render: (_, h) => <HoldDue on={h.holdDueOn} /> },
        ]}
      />
    </Card>
  );
}

/** One hearing in a calendar cell: time and case number, room and chair, coloured by stage. */
function CalendarEntry({ h }: { h: HearingListItem }) {
  return (
    <Tooltip
      title={
        <div>
          <div>
            {hearingTimeText(h.scheduledAt)}（约 {h.durationMinutes} 分钟）· {HEARING_STAGE_LABELS[h.stage]}
          </div>
          <div>
            {h.caseNo ?? ''} {h.caseTitle}
          </div>
          <div>当事人：{h.partyNames || '—'}</div>
          <div>
            地点：{h.roomName ?? ''} {h.place ?? ''}
          </div>
          <div>主持人：{h.chairName ?? '—'}</div>
          {!h.public && <div>不公开举行</div>}
        </div>
      }
    >
      <Link
        to={`/hearings/${h.id}`}
        onClick={(e) => e.stopPropagation()}
        data-testid="calendar-hearing"
        style={{
          display: 'block',
          borderInlineStart: `3px solid ${STAGE_HEX[h.stage]}`,
          background: `${STAGE_HEX[h.stage]}14`,
          padding: '0 4px',
          marginBottom: 2,
          fontSize: 12,
          lineHeight: '18px',
          color: 'inherit',
          overflow: 'hidden',
          whiteSpace: 'nowrap',
          textOverflow: 'ellipsis',
        }}
      >
        <strong>{h.scheduledAt ? dayjs(h.scheduledAt).format('HH:mm') : ''}</strong>{' '}
        <span className="zf-mono">{h.caseNo ?? ''}</span>
        <div style={{ color: '#8c8c8c', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {h.roomName ?? h.place ?? ''}
          {h.chairName ? ` · ${h.chairName}` : ''}
        </div>
      </Link>
    </Tooltip>
  );
}

function Legend() {
  return (
    <Space wrap size={[12, 4]} style={{ marginBottom: 8 }} data-testid="hearing-stage-legend">
      {HEARING_STAGES.filter((s) => s !== 'requested' && s !== 'postponed').map((s) => (
        <Badge key={s} color={STAGE_HEX[s]} text={HEARING_STAGE_LABELS[s]} />
      ))}
    </Space>
  );
}

/** The month calendar: the hearings of the six weeks on screen, fetched at once. */
function CalendarView() {
  const [params, setParams] = useSearchParams();
  const monthParam = params.get('month');
  const month = monthParam && /^\d{4}-\d{2}$/.test(monthParam) ? dayjs(`${monthParam}-01`) : dayjs();
  const from = month.startOf('month').startOf('week');
  const to = from.add(41, 'day');
  const q = useHearings({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') }, 1, CALENDAR_MAX);
  const byDay = useMemo(() => {
    const map = new Map<string, HearingListItem[]>();
    for (const h of q.data?.items ?? []) {
      if (!h.scheduledAt) continue;
      const d = dayjs(h.scheduledAt).format('YYYY-MM-DD');
      map.set(d, [...(map.get(d) ?? []), h]);
    }
    for (const list of map.values())
      list.sort((a, b) => (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? ''));
    return map;
  }, [q.data]);
  const setMonth = (d: Dayjs) => {
    if (d.isSame(month, 'month')) return;
    const next = new URLSearchParams(params);
    next.set('month', d.format('YYYY-MM'));
    setParams(next, { replace: true });
  };
  const total = q.data?.total ?? 0;
  return (
    <Card size="small" data-testid="hearing-calendar">
      <ApiErrorAlert error={q.error} />
      {total > CALENDAR_MAX && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`本期间共有 ${total} 场听证，日历仅显示前 ${CALENDAR_MAX} 场，请切换到列表查看全部。`}
        />
      )}
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Legend />
        {q.data && total === 0 && (
          <Typography.Text type="secondary" data-testid="hearing-calendar-empty">
            {month.format('YYYY年M月')}日历所示期间没有已安排的听证。
          </Typography.Text>
        )}
      </Space>
      <Calendar
        value={month}
        onPanelChange={(d) => setMonth(d)}
        onSelect={(d, info) => {
          if (info.source !== 'date') setMonth(d);
        }}
        cellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const list = byDay.get(d.format('YYYY-MM-DD'));
          if (!list?.length) return null;
          return (
            <div data-testid={`calendar-day-${d.format('YYYY-MM-DD')}`}>
              {list.map((h) => (
                <CalendarEntry key={h.id} h={h} />
              ))}
            </div>
          );
        }}
      />
    </Card>
  );
}

const columns: TableColumnsType<HearingListItem> = [
  {
    title: '听证时间',
    key: 'at',
    width: 150,
    render: (_, h) =>
      h.scheduledAt ? (
        hearingTimeText(h.scheduledAt)
      ) : (
        <Typography.Text type="secondary">未安排</Typography.Text>
      ),
  },
  { title: '案件', key: 'case', width: 220, render: (_, h) => caseCell(h) },
  {
    title: '当事人',
    dataIndex: 'partyNames',
    key: 'party',
    ellipsis: true,
    render: (v: string) => v || '—',
  },
  { title: '阶段', key: 'stage', width: 150, render: (_, h) => <StageTag stage={h.stage} /> },
  {
    title: '地点',
    key: 'place',
    width: 180,
    ellipsis: true,
    render: (_, h) => (
      <>
        {h.roomName && <Tag color="blue">{h.roomName}</Tag>}
        {h.place ?? (h.roomName ? '' : '—')}
      </>
    ),
  },
  { title: '主持人', key: 'chair', width: 90, render: (_, h) => h.chairName ?? '—' },
  {
    title: '公开',
    key: 'public',
    width: 70,
    render: (_, h) => (h.public ? '公开' : <Tag color="orange">不公开</Tag>),
  },
  { title: '收到申请', key: 'received', width: 105, render: (_, h) => dayText(h.requestReceivedOn) },
  {
    title: '举行期限',
    key: 'hold',
    width: 150,
    render: (_, h) =>
      h.stage === 'requested' || h.stage === 'postponed' ? (
        <HoldDue on={h.holdDueOn} />
      ) : (
        <Typography.Text type="secondary">{dayText(h.holdDueOn)}</Typography.Text>
      ),
  },
];

/** The list: every hearing the caller may see, filtered and paged on the server, the filter in the address. */
function ListView({ anyHearingId }: { anyHearingId: string | undefined }) {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || 20;
  const list = useHearings(filter, page, pageSize);
  const rooms = useHearingRooms();
  const [chairOpen, setChairOpen] = useState(false);
  // The list carries no chair ids: the people who may chair are the candidates of any hearing (the exclusions
  // differ by case, the people do not).
  const firstId = anyHearingId ?? list.data?.items[0]?.id;
  // The candidates answer only those who arrange hearings: the others filter by the other fields.
  const canArrange = useAbility('hearing.arrange');
  const chairs = useHearingCandidates(firstId, canArrange && (chairOpen || !!filter.chairId));
  const [q, setQ] = useState(filter.q ?? '');

  const setFilter = (patch: Partial<Record<FilterKey, string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    next.delete('page');
    setParams(next, { replace: true });
  };
  const setPaging = ({ page: p, pageSize: s }: { page: number; pageSize: number }) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    next.set('pageSize', String(s));
    setParams(next);
  };
  const reset = () => {
    setQ('');
    const next = new URLSearchParams();
    next.set('view', 'list');
    setParams(next, { replace: true });
  };
  const filtered = FILTER_KEYS.some((k) => params.get(k));

  return (
    <Card size="small" data-testid="hearing-list">
      <Space wrap style={{ marginBottom: 16 }} size={[12, 12]}>
        <Input.Search
          placeholder="案件编号、案由或当事人"
          allowClear
          enterButton="查询"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => setFilter({ q: v.trim() || undefined })}
          style={{ width: 280 }}
          aria-label="搜索听证"
        />
        <Select<HearingStage>
          placeholder="阶段"
          allowClear
          style={{ width: 170 }}
          aria-label="阶段"
          value={filter.stage}
          onChange={(v) => setFilter({ stage: v })}
          options={HEARING_STAGES.map((s) => ({ label: HEARING_STAGE_LABELS[s], value: s }))}
        />
        <Select<string>
          placeholder="听证室"
          allowClear
          style={{ width: 160 }}
          aria-label="听证室"
          value={filter.roomId}
          loading={rooms.isFetching}
          onChange={(v) => setFilter({ roomId: v })}
          options={(rooms.data?.items ?? []).map((r) => ({ label: r.name, value: r.id }))}
        />
        {canArrange && (
          <Select<string>
            placeholder="主持人"
            allowClear
            style={{ width: 140 }}
            aria-label="主持人"
            value={filter.chairId}
            showSearch={{ optionFilterProp: 'label' }}
            loading={chairs.isFetching}
            onOpenChange={(o) => o && setChairOpen(true)}
            notFoundContent={firstId ? undefined : '暂无听证'}
            onChange={(v) => setFilter({ chairId: v })}
            options={(chairs.data?.items ?? []).map((c) => ({ label: c.name, value: c.userId }))}
          />
        )}
        <DatePicker.RangePicker
          aria-label="听证日期"
          placeholder={['听证日期起', '听证日期止']}
          value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
          allowEmpty={[true, true]}
          onChange={(r) =>
            setFilter({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })
          }
        />
        <Button icon={<ReloadOutlined />} onClick={reset}>
          重置
        </Button>
      </Space>
      <DataTable<HearingListItem>
        rowKey="id"
        columns={columns}
        query={list}
        paging={{ page, pageSize }}
        onPaging={setPaging}
        scroll={{ x: 1250 }}
        locale={{
          emptyText: (
            <Empty
              description={filtered ? '没有符合筛选条件的听证' : '暂无听证。当事人申请听证后，听证在此安排。'}
            >
              {filtered && <Button onClick={reset}>清除筛选条件</Button>}
            </Empty>
          ),
        }}
        onRow={(h) =>
          ({
            'data-testid': `hearing-row-${h.caseNo ?? h.id}`,
            style: { cursor: 'pointer' },
            onClick: () => void navigate(`/hearings/${h.id}`),
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
    </Card>
  );
}

/**
 * 听证日程 (/hearings): the requested hearings still to arrange, with their hold period, and the bureau's hearings
 * on a month calendar or in a filterable list. Hearings are opened on /hearings/:id.
 */
export function SchedulePage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'list' ? 'list' : 'calendar';
  const canArrange = useAbility('hearing.arrange');
  // Any hearing id (for the chair filter's candidate list): the first pending one if there is one.
  const pending = useHearings({ stage: 'requested' }, 1, 100);
  return (
    <>
      <PageHeader
        title="听证日程"
        description="当事人申请的行政处罚听证：待安排事项、听证日历和列表。听证会通知须在举行七个工作日前送达当事人。"
        extra={
          <Space wrap>
            <Segmented
              value={view}
              onChange={(v) => {
                const next = new URLSearchParams(params);
                if (v === 'list') next.set('view', 'list');
                else next.delete('view');
                next.delete('page');
                setParams(next, { replace: true });
              }}
              options={[
                { label: '日历', value: 'calendar', icon: <AppstoreOutlined /> },
                { label: '列表', value: 'list', icon: <UnorderedListOutlined /> },
              ]}
              data-testid="hearing-view-toggle"
            />
            <Button icon={<BarChartOutlined />} onClick={() => void navigate('/hearings/stats')}>
              听证统计
            </Button>
            {canArrange && (
              <Button icon={<BankOutlined />} onClick={() => void navigate('/hearings/rooms')}>
                听证室
              </Button>
            )}
          </Space>
        }
      />
      <PendingCard />
      {view === 'calendar' ? <CalendarView /> : <ListView anyHearingId={pending.data?.items[0]?.id} />}
    </>
  );
}
