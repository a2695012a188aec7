import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Result, Skeleton, Space, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../../app/api';
import { ApiErrorAlert } from '../../../components/api-error';
import { PageHeader } from '../../../components/page';
import { useCase, type CaseDetail } from '../api-case';
import { decidableApprovals } from './actions';
import { ApprovalsTab } from './approvals-tab';
import { BasicTab } from './basic-tab';
import { CaseModals } from './case-modals';
import { CaseContext, type ModalRequest } from './context';
import { DeadlinesTab } from './deadlines-tab';
import { DeliveryTab } from './delivery-tab';
import { DocumentsTab } from './documents-tab';
import { EvidenceTab } from './evidence-tab';
import { CaseHeader } from './header';
import { NextSteps } from './next-steps';
import { ProposalTab } from './proposal-tab';
import { TimelineTab } from './timeline-tab';
// --- issue 6: hearings (begin) ---
import { CaseHearingTab, caseHasHearingTab } from '../../hearings/case-hearing-tab';
import { useCaseContext } from './context';
// --- issue 6: hearings (end) ---
// --- issue 7: execution, closing and archive (begin) ---
import { useAbility } from '../../../app/session';
import { CaseFineTab, CLOSING_CASE_STATUSES, useCaseHasFine } from '../../execution/case-fine-tab';
import { ClosingPanel } from '../../execution/closing-panel';
import { ARCHIVED_NOTICE } from '../../execution/labels';
// --- issue 7 (end) ---
// --- issue 8: interference register and supervision log (begin) ---
import { CaseInterferenceTab } from '../../interference/case-interference-tab';
// --- issue 8 (end) ---

const TABS = [
  'basic',
  'evidence',
  'proposal',
  // --- issue 6: hearings (begin) ---
  'hearing',
  // --- issue 6: hearings (end) ---
  'delivery',
  // --- issue 7: execution, closing and archive (begin) ---
  'execution',
  'closing',
  // --- issue 7 (end) ---
  // --- issue 8: interference (begin) ---
  'interference',
  // --- issue 8 (end) ---
  'documents',
  'deadlines',
  'approvals',
  'timeline',
] as const;
type TabKey = (typeof TABS)[number];

// --- issue 6: hearings (begin) ---
/** 听证: the case's hearing; before a request, the case page's own 记录听证申请情况 when allowed. */
function HearingTab() {
  const { lawCase, open } = useCaseContext();
  return (
    <CaseHearingTab
      lawCase={lawCase}
      onRecordResponse={
        lawCase.abilities.recordHearingResponse ? () => open({ kind: 'hearingResponse' }) : undefined
      }
    />
  );
}
// --- issue 6: hearings (end) ---

// --- issue 7: execution, closing and archive (begin) ---
/** Which of the case page's optional tabs this case has: 执行 (it has a fine), 结案归档 (by its status). */
interface OptionalTabs {
  execution: boolean;
  closing: boolean;
}
function useOptionalTabs(lawCase: CaseDetail | undefined): OptionalTabs {
  const canSeeFines = useAbility('fine.view');
  const execution = useCaseHasFine(
    lawCase?.id ?? '',
    lawCase?.status ?? 'investigating',
    !!lawCase && canSeeFines,
  );
  return { execution, closing: !!lawCase && CLOSING_CASE_STATUSES.includes(lawCase.status) };
}
// --- issue 7 (end) ---

function tabItems(lawCase: CaseDetail, optional: OptionalTabs) {
  const overdue = lawCase.deadlines.filter((d) => d.warnLevel === 'overdue').length;
  const pending = decidableApprovals(lawCase).length;
  return [
    { key: 'basic', label: '基本情况', children: <BasicTab /> },
    { key: 'evidence', label: `调查取证（${lawCase.evidence.length}）`, children: <EvidenceTab /> },
    { key: 'proposal', label: '处罚意见', children: <ProposalTab /> },
    // --- issue 6: hearings (begin) ---
    ...(caseHasHearingTab(lawCase)
      ? [
          {
            key: 'hearing',
            label: <span data-testid="case-tab-hearing">听证</span>,
            children: <HearingTab />,
          },
        ]
      : []),
    // --- issue 6: hearings (end) ---
    { key: 'delivery', label: '送达', children: <DeliveryTab /> },
    // --- issue 7: execution, closing and archive (begin) ---
    ...(optional.execution
      ? [
          {
            key: 'execution',
            label: <span data-testid="case-tab-execution">执行</span>,
            children: <CaseFineTab caseId={lawCase.id} />,
          },
        ]
      : []),
    ...(optional.closing
      ? [
          {
            key: 'closing',
            label: <span data-testid="case-tab-closing">结案归档</span>,
            children: <ClosingPanel caseId={lawCase.id} />,
          },
        ]
      : []),
    // --- issue 7 (end) ---
    // --- issue 8: interference register and supervision log (begin) ---
    {
      key: 'interference',
      label: <span data-testid="case-tab-interference">过问与监督</span>,
      children: <CaseInterferenceTab caseId={lawCase.id} />,
    },
    // --- issue 8 (end) ---
    { key: 'documents', label: `文书（${lawCase.documents.length}）`, children: <DocumentsTab /> },
    {
      key: 'deadlines',
      label: (
        <Badge count={overdue} size="small" offset={[6, -2]}>
          期限
        </Badge>
      ),
      children: <DeadlinesTab />,
    },
    {
      key: 'approvals',
      label: (
        <Badge count={pending} size="small" offset={[6, -2]}>
          审批记录
        </Badge>
      ),
      children: <ApprovalsTab />,
    },
    { key: 'timeline', label: '时间线', children: <TimelineTab /> },
  ];
}

/**
 * /cases/:id — one penalty case: the header, 下一步 (what this user may do now, from the server's abilities, and
 * what blocks the next step), and the tabs of the case file. The open tab is kept in the address (?tab=).
 */
export function CasePage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = useCase(id);
  const [request, setRequest] = useState<ModalRequest | null>(null);
  const lawCase = q.data;
  const context = useMemo(() => (lawCase ? { lawCase, open: setRequest } : null), [lawCase]);
  const tabParam = params.get('tab');
  // --- issue 7: execution, closing and archive (begin) ---
  const optional = useOptionalTabs(lawCase);
  const hidden =
    (tabParam === 'execution' && !optional.execution) || (tabParam === 'closing' && !optional.closing);
  // --- issue 7 (end) ---
  // --- issue 6: hearings (begin) --- (a 听证 link on a case without the tab falls back to 基本情况)
  const tab: TabKey =
    TABS.includes(tabParam as TabKey) &&
    !hidden &&
    (tabParam !== 'hearing' || (!!lawCase && caseHasHearingTab(lawCase)))
      ? (tabParam as TabKey)
      : 'basic';
  // --- issue 6: hearings (end) ---

  const header = (
    <PageHeader
      title={lawCase ? `案件 ${lawCase.caseNo ?? ''}`.trim() : '案件'}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} loading={q.isFetching}>
            刷新
          </Button>
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/cases')}>
            案件列表
          </Button>
        </Space>
      }
    />
  );

  if (q.isLoading)
    return (
      <>
        {header}
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  if (q.error && isApiError(q.error) && q.error.status === 404)
    return (
      <Result
        status="404"
        title="案件不存在"
        subTitle="该案件不存在，或不在您的可见范围内。"
        extra={<Button onClick={() => void navigate('/cases')}>返回案件列表</Button>}
      />
    );
  if (!lawCase || !context)
    return (
      <>
        {header}
        <ApiErrorAlert error={q.error} />
      </>
    );

  return (
    <CaseContext.Provider value={context}>
      {header}
      <ApiErrorAlert error={q.error} />
      <CaseHeader lawCase={lawCase} />
      {/* --- issue 7: a sealed case file (begin) --- */}
      {lawCase.status === 'archived' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="case-archived-notice"
          title={ARCHIVED_NOTICE}
        />
      )}
      {/* --- issue 7 (end) --- */}
      <NextSteps />
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          const next = new URLSearchParams(params);
          next.set('tab', k);
          setParams(next, { replace: true });
        }}
        destroyOnHidden
        items={tabItems(lawCase, optional)}
        data-testid="case-tabs"
      />
      <CaseModals lawCase={lawCase} request={request} onClose={() => setRequest(null)} />
    </CaseContext.Provider>
  );
}
