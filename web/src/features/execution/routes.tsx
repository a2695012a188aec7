import { lazy, type ReactNode } from 'react';
import type { Permission } from '../../../../common/roles';

// One chunk per page (the layout's <Suspense> shows the spinner while a chunk loads).
const FinanceDeskPage = lazy(() =>
  import('./finance-desk-page').then((m) => ({ default: m.FinanceDeskPage })),
);
const StatementsPage = lazy(() => import('./statements-page').then((m) => ({ default: m.StatementsPage })));
const AgreementsPage = lazy(() => import('./agreements-page').then((m) => ({ default: m.AgreementsPage })));
const ReceiptsPage = lazy(() => import('./receipts-page').then((m) => ({ default: m.ReceiptsPage })));
const FinesPage = lazy(() => import('./fines-page').then((m) => ({ default: m.FinesPage })));
const FinePage = lazy(() => import('./fine-page').then((m) => ({ default: m.FinePage })));
const FineStatsPage = lazy(() => import('./stats-page').then((m) => ({ default: m.FineStatsPage })));
const ArchivesPage = lazy(() => import('./archives-page').then((m) => ({ default: m.ArchivesPage })));

export interface ExecutionRoute {
  path: string;
  permission: Permission;
  element: ReactNode;
}

/**
 * The execution pages, for the router (web/src/app wires them; the menu lists its entries itself): finance's desk
 * and its statements, agreements and receipt books; the fines ledger, one fine and the statistics; the archive.
 * A fine the caller may not see answers 404; the buttons come from each record's abilities.
 */
export const executionRoutes: readonly ExecutionRoute[] = [
  { path: '/finance', permission: 'fine.collect', element: <FinanceDeskPage /> },
  { path: '/finance/statements', permission: 'fine.collect', element: <StatementsPage /> },
  { path: '/finance/agreements', permission: 'fine.collect', element: <AgreementsPage /> },
  { path: '/finance/receipts', permission: 'fine.collect', element: <ReceiptsPage /> },
  { path: '/fines', permission: 'fine.view', element: <FinesPage /> },
  { path: '/fines/stats', permission: 'fine.view', element: <FineStatsPage /> },
  { path: '/fines/:id', permission: 'fine.view', element: <FinePage /> },
  { path: '/archives', permission: 'case.view', element: <ArchivesPage /> },
];
