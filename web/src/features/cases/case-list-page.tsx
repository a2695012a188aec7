import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Input,
  Select,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  CaseQuery,
  PROCEDURE_LABELS,
  PROCEDURES,
  type CaseStatus,
  type Procedure,
} from '../../../../common/contracts/cases';
import { UNIT_KIND_LABELS } from '../../../../common/contracts/org';
import { useAbility } from '../../app/session';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page';
import { useOrg } from '../org/api';
import {
  caseExportUrl,
  useCases,
  useOfficerFilterOptions,
  type CaseFilter,
  type CaseSummary,
} from './api-case';
import { CASE_STATUS_COLORS, dayText, daysUntil, dueText, yuan } from './format';

const FILTER_KEYS = [
  'status',
  'procedure',
  'unitId',
  'officerId',
  'party',
  'q',
  'overdue',
  'mine',
  'filedFrom',
  'filedTo',
] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** The filter from the address; a value the contract refuses (an edited or outdated link) is left out. */
function filterOf(params: URLSearchParams): CaseFilter {
  const f: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v && CaseQuery.shape[k].safeParse(v).success) f[k] = v;
  }
  return f;
}

/** The nearest running deadline of a row, coloured like DeadlineBadge (calendar days: the list has no count). */
function NextDue({ c }: { c: CaseSummary }) {
  if (!c.nextDue) return <Typography.Text type="secondary">—</Typography.Text>;
  const left = daysUntil(c.nextDue);
  const color = c.overdue || left < 0 ? 'red' : left <= 3 ? 'orange' : 'green';
  return (
    <Space orientation="vertical" size={0} data-testid="case-next-due">
      <Typography.Text style={{ fontSize: 12 }}>{c.nextDueTitle ?? '期限'}</Typography.Text>
      <span>
        <Tag color={color} style={{ marginInlineEnd: 0 }}>
          {dueText(c.nextDue)}
        </Tag>
        {c.overdue && (
          <Tag color="red" style={{ marginInlineStart: 4 }} data-testid="case-overdue">
            已逾期
          </Tag>
        )}
      </span>
    </Space>
  );
}

const columns: TableColumnsType<CaseSummary> = [
  {
    title: '案件编号',
    key: 'caseNo',
    width: 165,
    render: (_, c) => (
      <>
        <Link to={`/cases/${c.id}`} className="zf-mono" onClick={(e) => e.stopPropagation()}>
          {c.caseNo ?? '（未立案）'}
        </Link>
        {c.procedure === 'simple' && <Tag style={{ marginInlineStart: 4 }}>{PROCEDURE_LABELS.simple}</Tag>}
      </>
    ),
  },
  { title: '案由', dataIndex: 'title', key: 'title', ellipsis: true },
  {
    title: '当事人',
    dataIndex: 'partyNames',
    key: 'party',
    width: 160,
    ellipsis: true,
    render: (v: string) => v || '—',
  },
  { title: '承办科室', dataIndex: 'unitName', key: 'unit', width: 120, ellipsis: true },
  {
    title: '执法人员',
    key: 'officers',
    width: 100,
    render: (_, c) => c.officerNames.join('、') || '—',
  },
  {
    title: '状态',
    key: 'status',
    width: 100,
    render: (_, c) => (
      <Tag color={CASE_STATUS_COLORS[c.status]} data-testid="case-status">
        {CASE_STATUS_LABELS[c.status]}
      </Tag>
    ),
  },
  { title: '立案日期', key: 'filedOn', width: 100, render: (_, c) => dayText(c.filedOn) },
  { title: '下一期限', key: 'nextDue', width: 165, render: (_, c) => <NextDue c={c} /> },
  {
    title: '罚款',
    key: 'fine',
    width: 115,
    align: 'right',
    render: (_, c) => (c.fineFen === null ? '—' : yuan(c.fineFen)),
  },
];

/**
 * 案件管理 (/cases): the penalty cases the caller may see (the server applies the visibility scope), filtered
 * and paged on the server, with the filters kept in the address so that a list can be bookmarked or shared.
 */
export function CaseListPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || 20;
  const cases = useCases(filter, page, pageSize);
  const org = useOrg();
  const canHandle = useAbility('case.handle');
  const [officerOpen, setOfficerOpen] = useState(false);
  const officers = useOfficerFilterOptions(canHandle && (officerOpen || !!filter.officerId));
  const [q, setQ] = useState(filter.q ?? '');
  const [party, setParty] = useState(filter.party ?? '');

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
    setParty('');
    setParams(new URLSearchParams(), { replace: true });
  };
  const filtered = FILTER_KEYS.some((k) => params.get(k));
  const units = org.data?.units ?? [];

  return (
    <>
      <PageHeader
        title="案件管理"
        description="本人可见范围内的行政处罚案件。点击一行打开案件，按办案环节办理；期限按法定工作日计算。"
        extra={
          <Button icon={<DownloadOutlined />} href={caseExportUrl(filter)} data-testid="case-export">
            导出Excel
          </Button>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }} size={[12, 12]}>
          <Input.Search
            placeholder="案件编号或案由"
            allowClear
            enterButton="查询"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setFilter({ q: v.trim() || undefined })}
            style={{ width: 260 }}
            aria-label="搜索案件"
          />
          <Input.Search
            placeholder="当事人名称"
            allowClear
            value={party}
            onChange={(e) => setParty(e.target.value)}
            onSearch={(v) => setFilter({ party: v.trim() || undefined })}
            style={{ width: 180 }}
            aria-label="当事人"
          />
          <Select<CaseStatus>
            placeholder="案件状态"
            allowClear
            style={{ width: 140 }}
            aria-label="案件状态"
            value={filter.status}
            onChange={(v) => setFilter({ status: v })}
            options={CASE_STATUSES.map((s) => ({ label: CASE_STATUS_LABELS[s], value: s }))}
          />
          <Select<Procedure>
            placeholder="程序"
            allowClear
            style={{ width: 110 }}
            aria-label="程序"
            value={filter.procedure}
            onChange={(v) => setFilter({ procedure: v })}
            options={PROCEDURES.map((p) => ({ label: PROCEDURE_LABELS[p], value: p }))}
          />
          <Select<string>
            placeholder="承办科室"
            allowClear
            style={{ width: 180 }}
            aria-label="承办科室"
            value={filter.unitId}
            onChange={(v) => setFilter({ unitId: v })}
            showSearch={{ optionFilterProp: 'label' }}
            options={(['section', 'institution'] as const).map((kind) => ({
              label: UNIT_KIND_LABELS[kind],
              title: UNIT_KIND_LABELS[kind],
              options: units.filter((u) => u.kind === kind).map((u) => ({ label: u.name, value: u.id })),
            }))}
          />
          {canHandle && (
            <Select<string>
              placeholder="执法人员"
              allowClear
              style={{ width: 140 }}
              aria-label="执法人员"
              value={filter.officerId}
              onChange={(v) => setFilter({ officerId: v })}
              showSearch={{ optionFilterProp: 'label' }}
              loading={officers.isFetching}
              onOpenChange={(o) => o && setOfficerOpen(true)}
              options={(officers.data ?? []).map((o) => ({ label: o.name, value: o.userId }))}
            />
          )}
          <DatePicker.RangePicker
            aria-label="立案日期"
            placeholder={['立案日期起', '立案日期止']}
            value={[
              filter.filedFrom ? dayjs(filter.filedFrom) : null,
              filter.filedTo ? dayjs(filter.filedTo) : null,
            ]}
            allowEmpty={[true, true]}
            onChange={(r) =>
              setFilter({
                filedFrom: r?.[0]?.format('YYYY-MM-DD'),
                filedTo: r?.[1]?.format('YYYY-MM-DD'),
              })
            }
          />
          <Checkbox
            checked={filter.overdue === 'true'}
            onChange={(e) => setFilter({ overdue: e.target.checked ? 'true' : undefined })}
            data-testid="filter-overdue"
          >
            仅看逾期
          </Checkbox>
          <Tooltip title="本人承办的案件">
            <Checkbox
              checked={filter.mine === 'true'}
              onChange={(e) => setFilter({ mine: e.target.checked ? 'true' : undefined })}
              data-testid="filter-mine"
            >
              仅看我的
            </Checkbox>
          </Tooltip>
          <Button icon={<ReloadOutlined />} onClick={reset}>
            重置
          </Button>
        </Space>
        <DataTable<CaseSummary>
          rowKey="id"
          columns={columns}
          query={cases}
          paging={{ page, pageSize }}
          onPaging={setPaging}
          scroll={{ x: 1150 }}
          locale={{
            emptyText: (
              <Empty
                description={filtered ? '没有符合筛选条件的案件' : '暂无案件。案件由案源登记后提请立案产生。'}
              >
                {filtered && <Button onClick={reset}>清除筛选条件</Button>}
              </Empty>
            ),
          }}
          onRow={(c) =>
            ({
              'data-testid': `case-row-${c.caseNo ?? c.id}`,
              style: { cursor: 'pointer' },
              onClick: () => void navigate(`/cases/${c.id}`),
            }) as React.HTMLAttributes<HTMLElement>
          }
        />
      </Card>
    </>
  );
}
