import { lazy, type ReactNode } from 'react';
import type { Permission } from '../../../../common/roles';

// One chunk per page (the layout's <Suspense> shows the spinner while a chunk loads).
const RosterPage = lazy(() => import('./roster-page').then((m) => ({ default: m.RosterPage })));
const OfficerPage = lazy(() => import('./officer-page').then((m) => ({ default: m.OfficerPage })));
const MyRecordPage = lazy(() => import('./officer-page').then((m) => ({ default: m.MyRecordPage })));
const ImportPage = lazy(() => import('./import-page').then((m) => ({ default: m.ImportPage })));
const StatisticsPage = lazy(() => import('./statistics-page').then((m) => ({ default: m.StatisticsPage })));
const CheckPage = lazy(() => import('./check-page').then((m) => ({ default: m.CheckPage })));

export interface PersonnelRoute {
  path: string;
  permission: Permission;
  element: ReactNode;
  /** Shown in the menu under this label (the page's heading is the same). */
  menu?: string;
}

/**
 * The personnel pages, for the router and the menu (web/src/app wires them). An officer's record is opened by
 * everyone with `personnel.self`; the server answers 404 outside the caller's scope.
 */
export const personnelRoutes: readonly PersonnelRoute[] = [
  { path: '/personnel', permission: 'personnel.view', element: <RosterPage />, menu: '执法人员管理' },
  { path: '/personnel/officers/:id', permission: 'personnel.self', element: <OfficerPage /> },
  { path: '/personnel/import', permission: 'personnel.manage', element: <ImportPage /> },
  { path: '/personnel/statistics', permission: 'personnel.view', element: <StatisticsPage /> },
  { path: '/personnel-check', permission: 'personnel.check', element: <CheckPage />, menu: '执法资格核验' },
  { path: '/my-certificate', permission: 'personnel.self', element: <MyRecordPage />, menu: '我的执法证' },
];
