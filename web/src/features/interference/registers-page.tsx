import { FormOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Input, Select, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router';
import {
  INTERFERENCE_METHOD_LABELS,
  REGISTER_ROUTE_LABELS,
  REGISTER_STAGE_LABELS,
  REGISTER_STAGES,
  RegisterListQuery,
  type RegisterStage,
} from '../../../../common/contracts/interference';
import { useAbility } from '../../app/session';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page';
import { dateTimeText } from '../cases/format';
import { useRegisters, type RegisterFilter, type RegisterSummary } from './api';
import { StageTag, TypeTags } from './labels';

/** The filter and page from the address; a value the contract refuses (an edited link) is left out. */
function stateOf(params: URLSearchParams): { filter: RegisterFilter; page: number; pageSize: number } {
  const f: RegisterFilter = {};
  const stage = params.get('stage');
  if (stage && RegisterListQuery.shape.stage.safeParse(stage).success) f.stage = stage as RegisterStage;
  const q = params.get('q');
  if (q) f.q = q;
  for (const k of ['from', 'to'] as const) {
    const v = params.get(k);
    if (v && RegisterListQuery.shape[k].safeParse(v).success) f[k] = v;
  }
  return {
    filter: f,
    page: Math.max(Number(params.get('page')) || 1, 1),
    pageSize: Math.min(Math.max(Number(params.get('pageSize')) || 20, 1), 200),
  };
}

const small = (s: string) => (
  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
    {s}
  </Typography.Text>
);

const columns: TableColumnsType<RegisterSummary> = [
  {
    title: '登记编号',
    key: 'no',
    width: 150,
    render: (_, r) => (
      <>
        <Typography.Text className="zf-mono">{r.registerNo}</Typography.Text>
        {r.correctedBy && <div>{small(`已由 ${r.correctedBy} 更正`)}</div>}
      </>
    ),
  },
  {
    title: '案件编号',
    dataIndex: 'caseNo',
    width: 150,
    render: (s: string) => <span className="zf-mono">{s}</span>,
  },
  { title: '所处环节', dataIndex: 'caseStageLabel', width: 100 },
  { title: '记录人', dataIndex: 'recorderName', width: 90 },
  {
    title: '过问人（职务）',
    key: 'intervener',
    width: 120,
    render: (_, r) => (
      <>
        {r.intervenerName}
        <div>{small(r.intervenerPost)}</div>
      </>
    ),
  },
  { title: '过问方式', key: 'method', width: 130, render: (_, r) => INTERFERENCE_METHOD_LABELS[r.method] },
  { title: '干预情形', key: 'types', width: 220, render: (_, r) => <TypeTags types={r.types} /> },
  {
    title: '状态',
    key: 'stage',
    width: 120,
    render: (_, r) => <StageTag stage={r.stage} overdue={r.overdue} />,
  },
  { title: '呈报', key: 'route', width: 160, render: (_, r) => small(REGISTER_ROUTE_LABELS[r.route]) },
  { title: '提交时间', key: 'at', width: 150, render: (_, r) => dateTimeText(r.submittedAt) },
];

/**
 * 干预登记簿 (/interference/registers): the registers the caller may see — those he or she recorded, those routed
 * to him or her, all of them for 纪检 and the audit administrator (never one naming the caller or his line). The
 * server scopes the list; a row opens the register.
 */
export function RegistersPage() {
  const navigate = useNavigate();
  const canRecord = useAbility('interference.record');
  const [params, setParams] = useSearchParams();
  const { filter, page, pageSize } = stateOf(params);
  const registers = useRegisters(filter, page, pageSize);

  const update = (changes: Record<string, string | null | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="干预登记簿"
        description="内部人员过问案件办理行为登记表：提交后直接呈报主要领导批示，不得修改或删除；过问人及其上下级不可见。"
        extra={
          <Space>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void registers.refetch()}
              loading={registers.isFetching}
            >
              刷新
            </Button>
            {canRecord && (
              <Button
                type="primary"
                icon={<FormOutlined />}
                onClick={() => void navigate('/interference/registers/new')}
                data-testid="register-new"
              >
                登记过问情况
              </Button>
            )}
          </Space>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select<RegisterStage>
            allowClear
            placeholder="状态"
            style={{ width: 180 }}
            value={filter.stage}
            onChange={(v) => update({ stage: v })}
            options={REGISTER_STAGES.map((s) => ({ value: s, label: REGISTER_STAGE_LABELS[s] }))}
            aria-label="状态"
            data-testid="registers-stage-filter"
          />
          <Input.Search
            allowClear
            placeholder="登记编号、案号、记录人或过问人"
            defaultValue={filter.q}
            onSearch={(q) => update({ q: q.trim() || null })}
            style={{ width: 280 }}
            aria-label="关键词"
            data-testid="registers-search"
          />
          <DatePicker.RangePicker
            aria-label="提交日期"
            placeholder={['提交日期起', '提交日期止']}
            allowEmpty={[true, true]}
            value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
            onChange={(r) => update({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
          />
        </Space>
        <DataTable<RegisterSummary>
          rowKey="id"
          query={registers}
          paging={{ page, pageSize }}
          onPaging={(p) => update({ page: String(p.page), pageSize: String(p.pageSize) }, true)}
          columns={columns}
          scroll={{ x: 1400 }}
          locale={{
            emptyText: (
              <Empty
                description={Object.keys(filter).length ? '没有符合条件的登记表' : '暂无您可以查看的过问登记'}
              />
            ),
          }}
          onRow={(r) =>
            ({
              'data-testid': `register-row-${r.registerNo}`,
              style: { cursor: 'pointer' },
              onClick: () => void navigate(`/interference/registers/${r.id}`),
            }) as React.HTMLAttributes<HTMLElement>
          }
        />
      </Card>
    </>
  );
}
