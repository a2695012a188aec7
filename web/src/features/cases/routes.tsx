import { lazy, type ReactNode } from 'react';
import type { Permission } from '../../../../common/roles';
import { useSession } from '../../app/session';
import { Forbidden } from '../../components/result-pages';

// One chunk per page (the layout's <Suspense> shows the spinner while a chunk loads).
const SourcesPage = lazy(() => import('./sources-page').then((m) => ({ default: m.SourcesPage })));
const CaseListPage = lazy(() => import('./case-list-page').then((m) => ({ default: m.CaseListPage })));
const CasePage = lazy(() => import('./case-page/case-page').then((m) => ({ default: m.CasePage })));
const ApprovalsPage = lazy(() => import('./approvals-page').then((m) => ({ default: m.ApprovalsPage })));
const SimpleCasePage = lazy(() =>
  import('./simple/simple-case-page').then((m) => ({ default: m.SimpleCasePage })),
);
const FormBooksPage = lazy(() =>
  import('./simple/form-books-page').then((m) => ({ default: m.FormBooksPage })),
);
const CataloguePage = lazy(() =>
  import('./catalogue/catalogue-page').then((m) => ({ default: m.CataloguePage })),
);
const CaseSettingsPage = lazy(() =>
  import('./settings/case-settings-page').then((m) => ({ default: m.CaseSettingsPage })),
);

export interface CaseRoute {
  path: string;
  /** Any one of these opens the page. */
  permissions: readonly Permission[];
  element: ReactNode;
}

/**
 * The penalty-case pages, for the router (web/src/app wires them; the menu lists its entries itself). A case
 * the caller may not see answers 404 from the server; buttons inside come from each record's abilities.
 */
export const caseRoutes: readonly CaseRoute[] = [
  { path: '/case-sources', permissions: ['case.view'], element: <SourcesPage /> },
  { path: '/cases', permissions: ['case.view'], element: <CaseListPage /> },
  { path: '/cases/:id', permissions: ['case.view'], element: <CasePage /> },
  { path: '/case-approvals', permissions: ['case.view'], element: <ApprovalsPage /> },
  { path: '/simple-cases/new', permissions: ['case.handle'], element: <SimpleCasePage /> },
  // Officers keep their own books; 政策法规科 (case.configure) allocates and sees every book.
  { path: '/form-books', permissions: ['case.handle', 'case.configure'], element: <FormBooksPage /> },
  { path: '/violation-types', permissions: ['case.view'], element: <CataloguePage /> },
  { path: '/case-settings', permissions: ['case.configure'], element: <CaseSettingsPage /> },
];

/** Like RequirePermission, for a page that more than one permission opens. */
export function RequireAnyPermission({
  permissions,
  children,
}: {
  permissions: readonly Permission[];
  children: ReactNode;
}) {
  const { abilities } = useSession();
  return permissions.some((p) => abilities.includes(p)) ? children : <Forbidden />;
}
