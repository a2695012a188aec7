import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Skeleton, Space, Tabs } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { MatterStage, MatterView } from '../../../../common/contracts/fault';
import { isApiError } from '../../app/api';
import { useAbility, useSessionQuery } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { useMatter } from './api';
import { AllocationWorkbench } from './matter-allocation';
import { MatterContext, type MatterModal } from './matter-context';
import { DecisionTab } from './matter-decision';
import { FindingCard } from './matter-finding-card';
import { MatterHeader } from './matter-header';
import { HistoryCard } from './matter-history';
import { InformTab } from './matter-inform';
import { InvestigationTab } from './matter-investigation';
import { MatterModals } from './matter-modals';
import { ReviewTab } from './matter-review';
import { TriageCard } from './matter-triage';

type TabKey = 'triage' | 'investigation' | 'finding' | 'inform' | 'decision' | 'review' | 'history';

/** The tab a matter opens on: where its work is now. */
const DEFAULT_TAB: Record<MatterStage, TabKey> = {
  lead: 'triage',
  dismissed: 'triage',
  investigating: 'investigation',
  found: 'inform',
  decided: 'decision',
  closed: 'decision',
};

function FindingTab({ m }: { m: MatterView }) {
  if (m.finding) return <FindingCard m={m} />;
  if (m.stage === 'investigating' && m.abilities.manage) return <AllocationWorkbench m={m} />;
  return <Alert type="info" showIcon title="调查终结后由调查人员作出认定" />;
}

function tabItems(m: MatterView): { key: TabKey; label: string; children: ReactNode }[] {
  const opened = m.stage !== 'lead' && m.stage !== 'dismissed';
  return [
    { key: 'triage' as const, label: '线索与初核', children: <TriageCard />, show: true },
    { key: 'investigation' as const, label: '调查', children: <InvestigationTab />, show: opened },
    { key: 'finding' as const, label: '认定', children: <FindingTab m={m} />, show: opened },
    { key: 'inform' as const, label: '告知与陈述申辩', children: <InformTab />, show: !!m.finding },
    { key: 'decision' as const, label: '处理决定与送达', children: <DecisionTab />, show: !!m.finding },
    { key: 'review' as const, label: '复核与申诉', children: <ReviewTab />, show: !!m.decision },
    {
      key: 'history' as const,
      label: '处理记录',
      children: <HistoryCard events={m.history} />,
      show: true,
    },
  ]
    .filter((t) => t.show)
    .map(({ key, label, children }) => ({ key, label, children }));
}

/** The steps that move the whole matter: the decision (主要负责人) and 办结. */
function StageActions({ m, open }: { m: MatterView; open: (x: MatterModal) => void }) {
  const decide = m.abilities.decide && m.stage === 'found';
  if (!decide && !m.abilities.close) return null;
  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="matter-actions">
      {decide && (
        <Button type="primary" onClick={() => open({ kind: 'decision' })}>
          作出处理决定
        </Button>
      )}
      {m.abilities.close && <Button onClick={() => open({ kind: 'close' })}>办结</Button>}
    </Space>
  );
}

/**
 * /fault/matters/:id — one 过错责任追究事项 from the lead to its end: 初核, 调查, the 第九条 认定工作台, 告知与陈述申辩,
 * 处理决定, 送达, 复核与申诉, 办结. Every button comes from the server's `abilities`; a matter the caller may not see
 * is a plain 404. The open tab is kept in the address (?tab=).
 */
export function MatterPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = useMatter(id);
  const session = useSessionQuery();
  // The accused and the registrar reach their matters from 我的过错事项; 纪检 and the leadership from the list.
  const listPath = useAbility('fault.view') ? '/fault/matters' : '/fault/mine';
  const [modal, setModal] = useState<MatterModal | null>(null);
  const m = q.data;
  const meId = session.data?.user?.id ?? null;
  const context = useMemo(() => (m ? { m, meId, open: setModal } : null), [m, meId]);

  const header = (
    <PageHeader
      title={m ? `过错责任追究事项 ${m.no}` : '过错责任追究事项'}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} loading={q.isFetching}>
            刷新
          </Button>
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(listPath)}>
            返回列表
          </Button>
        </Space>
      }
    />
  );

  if (q.isLoading)
    return (
      <>
        {header}
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  if (isApiError(q.error) && q.error.status === 404)
    return (
      <Result
        status="404"
        title="过错责任追究事项不存在或无权查看"
        extra={<Button onClick={() => void navigate(listPath)}>返回列表</Button>}
      />
    );
  if (!m || !context)
    return (
      <>
        {header}
        <ApiErrorAlert error={q.error} />
      </>
    );

  const items = tabItems(m);
  const asked = params.get('tab');
  const tab = items.some((t) => t.key === asked) ? (asked as TabKey) : DEFAULT_TAB[m.stage];
  return (
    <MatterContext.Provider value={context}>
      {header}
      <ApiErrorAlert error={q.error} />
      <MatterHeader m={m} />
      <StageActions m={m} open={setModal} />
      <Tabs
        activeKey={items.some((t) => t.key === tab) ? tab : 'triage'}
        onChange={(k) => {
          const next = new URLSearchParams(params);
          next.set('tab', k);
          setParams(next, { replace: true });
        }}
        items={items}
        data-testid="matter-tabs"
      />
      <MatterModals m={m} modal={modal} meId={meId} onClose={() => setModal(null)} />
    </MatterContext.Provider>
  );
}
