import { ArrowLeftOutlined, FolderOpenOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton, Space, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { useAbility } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { useCase } from '../cases/api-case';
import { useHearing } from './api';
import { HearingPanel } from './hearing-panel';

/**
 * /hearings/:id — one hearing on its own, for the hearing staff (who may not open the case): the same panel as
 * the case page's 听证 tab, with a link to the case when the caller may see it.
 */
export function HearingPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const q = useHearing(id);
  const hearing = q.data;
  const canViewCases = useAbility('case.view');
  // The case's officers are the investigators offered in 记录听证; read only when the case is visible.
  const lawCase = useCase(hearing?.caseVisible && canViewCases ? hearing.caseId : undefined);

  const header = (
    <PageHeader
      title={hearing ? `听证 ${hearing.caseNo ?? ''}`.trim() : '听证'}
      description={
        hearing ? (
          <>
            {hearing.caseTitle}
            {hearing.partyNames && (
              <Typography.Text type="secondary">（当事人：{hearing.partyNames}）</Typography.Text>
            )}
          </>
        ) : undefined
      }
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} loading={q.isFetching}>
            刷新
          </Button>
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/hearings')}>
            听证日程
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
        title="听证不存在"
        subTitle="该听证不存在，或不在您的可见范围内。"
        extra={<Button onClick={() => void navigate('/hearings')}>返回听证日程</Button>}
      />
    );
  if (!hearing)
    return (
      <>
        {header}
        <ApiErrorAlert error={q.error} />
      </>
    );

  return (
    <>
      {header}
      <ApiErrorAlert error={q.error} />
      <HearingPanel
        hearing={hearing}
        investigators={lawCase.data?.officers.map((o) => ({ userId: o.userId, name: o.name }))}
        extra={
          hearing.caseVisible && canViewCases ? (
            <Link to={`/cases/${hearing.caseId}?tab=hearing`} data-testid="hearing-case-link">
              <FolderOpenOutlined /> 打开案件 {hearing.caseNo ?? ''}
            </Link>
          ) : undefined
        }
      />
    </>
  );
}
