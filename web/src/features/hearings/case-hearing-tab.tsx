import { LinkOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { HEARING_STATUS_LABELS } from '../../../../common/contracts/cases';
import { ApiErrorAlert } from '../../components/api-error';
import type { CaseDetail } from '../cases/api-case';
import { useCaseHearing } from './api';
import { HearingPanel } from './hearing-panel';

/** Whether the case page shows a 听证 tab: the notice offered a hearing, or the case has one. */
export function caseHasHearingTab(lawCase: CaseDetail): boolean {
  return lawCase.hearingStatus !== 'not_applicable' || lawCase.requirements.hearing.eligible;
}

/**
 * The case page's 听证 tab: the case's hearing (GET /api/cases/:id/hearing) in the {@link HearingPanel}, or, before
 * a request, where the hearing right stands and the case page's 记录听证申请情况 when the caller may record it.
 */
export function CaseHearingTab({
  lawCase,
  onRecordResponse,
}: {
  lawCase: CaseDetail;
  /** Opens the case page's hearing-response modal; absent when the caller may not record it now. */
  onRecordResponse?: () => void;
}) {
  const q = useCaseHearing(lawCase.id);
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 6 }} />;
  const hearing = q.data?.hearing;
  if (!hearing)
    return (
      <Card size="small" title="行政处罚听证" data-testid="case-hearing-empty">
        <ApiErrorAlert error={q.error} />
        <Empty
          description={
            <>
              <div>当事人尚未申请听证（{HEARING_STATUS_LABELS[lawCase.hearingStatus]}）。</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {lawCase.requirements.hearing.grounds.join('；') ||
                  '当事人要求听证的，应当在行政机关告知后五日内提出（《中华人民共和国行政处罚法》第六十四条第一项）。'}
              </Typography.Text>
            </>
          }
        >
          {onRecordResponse && (
            <Button type="primary" onClick={onRecordResponse} data-testid="hearing-record-response">
              记录听证申请情况
            </Button>
          )}
        </Empty>
      </Card>
    );
  return (
    <>
      <ApiErrorAlert error={q.error} />
      <HearingPanel
        hearing={hearing}
        investigators={lawCase.officers.map((o) => ({ userId: o.userId, name: o.name }))}
        extra={
          <Link to={`/hearings/${hearing.id}`} data-testid="hearing-open-standalone">
            <LinkOutlined /> 单独打开
          </Link>
        }
      />
    </>
  );
}
