import { LinkOutlined } from '@ant-design/icons';
import { Skeleton } from 'antd';
import { Link } from 'react-router';
import type { CaseStatus } from '../../../../common/contracts/cases';
import { ApiErrorAlert } from '../../components/api-error';
import { useCaseFine } from './api';
import { FinePanel } from './fine-panel';

/** Case statuses after which a fine obligation may exist (it is created when the decision is delivered). */
export const FINE_CASE_STATUSES: readonly CaseStatus[] = [
  'decided',
  'delivered',
  'concluded',
  'transfer_pending',
  'closed',
  'archived',
];

/** Case statuses on which the 结案归档 tab is shown. */
export const CLOSING_CASE_STATUSES: readonly CaseStatus[] = ['delivered', 'concluded', 'closed', 'archived'];

/**
 * Whether the case page shows a 执行 tab: asks GET /api/cases/:id/fine once the case could have a fine; the tab
 * appears only when it has one.
 */
export function useCaseHasFine(caseId: string, status: CaseStatus, enabled: boolean): boolean {
  const q = useCaseFine(caseId, enabled && FINE_CASE_STATUSES.includes(status));
  return !!q.data?.fine;
}

/** The case page's 执行 tab: the case's fine in the {@link FinePanel}. */
export function CaseFineTab({ caseId }: { caseId: string }) {
  const q = useCaseFine(caseId);
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 6 }} />;
  const fine = q.data?.fine;
  return (
    <>
      <ApiErrorAlert error={q.error} />
      {fine && (
        <FinePanel
          fine={fine}
          extra={
            <Link to={`/fines/${fine.id}`} data-testid="fine-open-standalone">
              <LinkOutlined /> 单独打开
            </Link>
          }
        />
      )}
    </>
  );
}
