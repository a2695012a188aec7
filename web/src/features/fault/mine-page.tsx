import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useAbility, useSession } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { Basis } from '../cases/case-page/shared';
import { dayText } from '../cases/format';
import { useMyMatters, type MatterSummary } from './api';
import { ARTICLE, FaultTypeTags, SourceTag, StageTag } from './labels';

function columns(me: string): TableColumnsType<MatterSummary> {
  return [
    {
      title: '编号',
      key: 'no',
      width: 150,
      render: (_, m) => (
        <Link to={`/fault/matters/${m.id}`} className="zf-mono" data-testid={`mine-link-${m.no}`}>
          {m.no}
        </Link>
      ),
    },
    {
      title: '我的身份',
      key: 'role',
      width: 110,
      // The list holds the matters where I am accused or registered the lead; a person may be both.
      render: (_, m) =>
        m.subjects.some((s) => s.id === me) ? (
          <Tag color="volcano" data-testid="mine-role">
            被调查人员
          </Tag>
        ) : (
          <Tag data-testid="mine-role">线索登记人</Tag>
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
      width: 150,
      render: (_, m) => <span className="zf-mono">{m.caseNo ?? '—'}</span>,
    },
    {
      title: '线索摘要',
      dataIndex: 'summary',
      ellipsis: true,
      render: (s: string) => (
        <Typography.Text ellipsis={{ tooltip: s }} style={{ maxWidth: 300 }}>
          {s}
        </Typography.Text>
      ),
    },
    { title: '过错情形', key: 'types', width: 200, render: (_, m) => <FaultTypeTags types={m.faultTypes} /> },
    { title: '阶段', key: 'stage', width: 170, render: (_, m) => <StageTag stage={m.stage} /> },
    { title: '收到日期', key: 'receivedOn', width: 110, render: (_, m) => dayText(m.receivedOn) },
    { title: '处理决定日期', key: 'decidedOn', width: 120, render: (_, m) => dayText(m.decidedOn) },
  ];
}

/**
 * 我的过错责任追究 (/fault/mine, every business user): the matters where I am under investigation or liable, and the
 * leads I registered. The accused follows the finding, makes his 陈述申辩 and may apply for 复核 (第十二条) from the
 * matter's page; what he sees there is his own part.
 */
export function MinePage() {
  const me = useSession().user?.id ?? '';
  const canRefer = useAbility('fault.refer');
  const q = useMyMatters();
  return (
    <>
      <PageHeader
        title="我的过错追究"
        description="本人被调查或被追究责任的事项，以及本人登记的过错线索。"
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} loading={q.isFetching}>
            刷新
          </Button>
        }
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="mine-rights"
        title="被追究人员享有陈述申辩和申请复核的权利"
        description={
          <>
            <div>
              认定行政执法过错后，调查人员将告知认定的事实、理由和拟处理意见，您可以在告知的期限内进行陈述和申辩；对处理决定不服的，可以自收到处理决定书之日起三十日内申请复核，也可以按规定提出申诉。复核期间，处理决定不停止执行。
            </div>
            <Basis>{`${ARTICLE('十一')}、第十二条`}</Basis>
          </>
        }
      />
      <ApiErrorAlert error={q.error} />
      <Card>
        <Table<MatterSummary>
          rowKey="id"
          size="middle"
          loading={q.isFetching}
          dataSource={q.data ?? []}
          columns={columns(me)}
          scroll={{ x: 1300 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 条` }}
          locale={{
            emptyText: (
              <Empty description="暂无与您有关的过错责任追究事项" data-testid="mine-empty">
                {canRefer && (
                  <Link to="/fault/leads/new">
                    <Button type="primary">登记过错线索</Button>
                  </Link>
                )}
              </Empty>
            ),
          }}
          onRow={(m) => ({ 'data-testid': `mine-row-${m.no}` }) as React.HTMLAttributes<HTMLElement>}
        />
      </Card>
    </>
  );
}
