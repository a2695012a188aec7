import { DownloadOutlined, FormOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Select, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  LEAD_SOURCE_LABELS,
  LEAD_SOURCES,
  MATTER_STAGE_LABELS,
  MATTER_STAGES,
  MatterListQuery,
  type LeadSource,
  type MatterStage,
} from '../../../../common/contracts/fault';
import { useAbility } from '../../app/session';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page';
import { dayText } from '../cases/format';
import { mattersExportUrl, useMatters, type MatterFilter, type MatterSummary } from './api';
import { FaultTypeTags, PeopleText, SourceTag, StageTag } from './labels';

/** The filter and page from the address; a value the contract refuses (an edited link) is left out. */
function stateOf(params: URLSearchParams): { filter: MatterFilter; page: number; pageSize: number } {
  const f: MatterFilter = {};
  const stage = params.get('stage');
  if (stage && MatterListQuery.shape.stage.safeParse(stage).success) f.stage = stage as MatterStage;
  const source = params.get('source');
  if (source && MatterListQuery.shape.source.safeParse(source).success) f.source = source as LeadSource;
  const q = params.get('q')?.trim();
  if (q) f.q = q.slice(0, 100);
  const caseId = params.get('caseId');
  if (caseId && MatterListQuery.shape.caseId.safeParse(caseId).success) f.caseId = caseId;
  return {
    filter: f,
    page: Math.max(Number(params.get('page')) || 1, 1),
    pageSize: Math.min(Math.max(Number(params.get('pageSize')) || 20, 1), 200),
  };
}

export function matterColumns(withCaseLink: boolean): TableColumnsType<MatterSummary> {
  return [
    {
      title: '编号',
      key: 'no',
      width: 150,
      fixed: 'left',
      render: (_, m) => (
        <Link to={`/fault/matters/${m.id}`} className="zf-mono" data-testid={`matter-link-${m.no}`}>
          {m.no}
        </Link>
      ),
    },
    {
      title: '来源',
      key: 'source',
      width: 170,
      render: (_, m) => <SourceTag source={m.source} auto={m.autoCreated} />,
    },
    {
      title: '案件',
      key: 'case',
      width: 160,
      render: (_, m) =>
        m.caseId && m.caseNo ? (
          withCaseLink ? (
            <Link to={`/cases/${m.caseId}`} className="zf-mono">
              {m.caseNo}
            </Link>
          ) : (
            <span className="zf-mono">{m.caseNo}</span>
          )
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: '线索摘要',
      dataIndex: 'summary',
      ellipsis: true,
      render: (s: string) => (
        <Typography.Text ellipsis={{ tooltip: s }} style={{ maxWidth: 320 }}>
          {s}
        </Typography.Text>
      ),
    },
    {
      title: '被调查人员',
      key: 'subjects',
      width: 150,
      render: (_, m) => <PeopleText people={m.subjects} />,
    },
    {
      title: '过错情形',
      key: 'types',
      width: 200,
      render: (_, m) => <FaultTypeTags types={m.faultTypes} />,
    },
    { title: '阶段', key: 'stage', width: 170, render: (_, m) => <StageTag stage={m.stage} /> },
    { title: '收到日期', key: 'receivedOn', width: 110, render: (_, m) => dayText(m.receivedOn) },
  ];
}

/**
 * 过错线索与追究 (/fault/matters, fault.view: the leadership and 纪检): every matter from its lead to its end, filtered
 * by stage, source and a keyword (编号, 线索内容 or 案号); a row's number opens the matter. The same filter exports
 * to Excel.
 */
export function MattersPage() {
  const navigate = useNavigate();
  const canRefer = useAbility('fault.refer');
  const canViewCases = useAbility('case.view');
  const [params, setParams] = useSearchParams();
  const { filter, page, pageSize } = stateOf(params);
  const matters = useMatters({ ...filter, page, pageSize });

  const update = (changes: Record<string, string | null | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: true });
  };
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <PageHeader
        title="过错线索与追究"
        description="行政执法过错线索的登记、初核、调查认定、处理决定、送达和复核申诉，按《行政执法过错责任追究制度》办理。"
        extra={
          <Space>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void matters.refetch()}
              loading={matters.isFetching}
            >
              刷新
            </Button>
            <Button icon={<DownloadOutlined />} href={mattersExportUrl(filter)} data-testid="matters-export">
              导出Excel
            </Button>
            {canRefer && (
              <Button
                type="primary"
                icon={<FormOutlined />}
                onClick={() => void navigate('/fault/leads/new')}
                data-testid="lead-new"
              >
                登记线索
              </Button>
            )}
          </Space>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select<MatterStage>
            allowClear
            placeholder="阶段"
            style={{ width: 200 }}
            value={filter.stage}
            onChange={(v) => update({ stage: v })}
            options={MATTER_STAGES.map((s) => ({ value: s, label: MATTER_STAGE_LABELS[s] }))}
            aria-label="阶段"
            data-testid="matters-stage-filter"
          />
          <Select<LeadSource>
            allowClear
            placeholder="线索来源"
            style={{ width: 220 }}
            value={filter.source}
            onChange={(v) => update({ source: v })}
            options={LEAD_SOURCES.map((s) => ({ value: s, label: LEAD_SOURCE_LABELS[s] }))}
            aria-label="线索来源"
            data-testid="matters-source-filter"
          />
          <Input.Search
            // A new key when the address changes (a link, the reset), so the box shows the filter in force.
            key={filter.q ?? ''}
            allowClear
            placeholder="编号、线索内容或案件编号"
            defaultValue={filter.q}
            onSearch={(q) => update({ q: q.trim() || null })}
            style={{ width: 280 }}
            aria-label="关键词"
            data-testid="matters-search"
          />
          {filtered && (
            <Button type="link" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              清除筛选
            </Button>
          )}
        </Space>
        <DataTable<MatterSummary>
          rowKey="id"
          query={matters}
          paging={{ page, pageSize }}
          onPaging={(p) => update({ page: String(p.page), pageSize: String(p.pageSize) }, true)}
          columns={matterColumns(canViewCases)}
          scroll={{ x: 1300 }}
          locale={{
            emptyText: (
              <Empty
                description={filtered ? '没有符合条件的过错线索' : '暂无过错线索'}
                data-testid="matters-empty"
              >
                {!filtered && canRefer && (
                  <Button type="primary" onClick={() => void navigate('/fault/leads/new')}>
                    登记线索
                  </Button>
                )}
              </Empty>
            ),
          }}
          onRow={(m) => ({ 'data-testid': `matter-row-${m.no}` }) as React.HTMLAttributes<HTMLElement>}
        />
      </Card>
    </>
  );
}
