import { lazy, type ReactNode } from 'react';
import type { Permission } from '../../../../common/roles';

// One chunk per page (the layout's <Suspense> shows the spinner while a chunk loads).
const MattersPage = lazy(() => import('./matters-page').then((m) => ({ default: m.MattersPage })));
const MatterPage = lazy(() => import('./matter-page').then((m) => ({ default: m.MatterPage })));
const LeadFormPage = lazy(() => import('./lead-form-page').then((m) => ({ default: m.LeadFormPage })));
const MinePage = lazy(() => import('./mine-page').then((m) => ({ default: m.MinePage })));
const StatsPage = lazy(() => import('./stats-page').then((m) => ({ default: m.FaultStatsPage })));
const SettingsPage = lazy(() => import('./settings-page').then((m) => ({ default: m.FaultSettingsPage })));

export interface FaultRoute {
  path: string;
  /** Any one of these opens the page. */
  permissions: readonly Permission[];
  element: ReactNode;
}

/**
 * The fault-liability pages (行政执法过错责任追究制度, System 1), for the router (web/src/app wires them; the menu
 * lists its entries itself). A matter's page is open to every logged-in user: the server shows it to holders of
 * fault.view, to the person who registered the lead and to the accused, and answers 404 to anyone else.
 */
export const faultRoutes: readonly FaultRoute[] = [
  { path: '/fault/matters', permissions: ['fault.view'], element: <MattersPage /> },
  {
    path: '/fault/matters/:id',
    permissions: ['fault.view', 'fault.refer', 'workbench.view'],
    element: <MatterPage />,
  },
  { path: '/fault/leads/new', permissions: ['fault.refer'], element: <LeadFormPage /> },
  { path: '/fault/mine', permissions: ['workbench.view'], element: <MinePage /> },
  { path: '/fault/stats', permissions: ['fault.stats'], element: <StatsPage /> },
  { path: '/fault/settings', permissions: ['fault.handle'], element: <SettingsPage /> },
];
