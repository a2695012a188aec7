import { lazy, type ReactNode } from 'react';
import type { Permission } from '../../../../common/roles';

// One chunk per page (the layout's <Suspense> shows the spinner while a chunk loads).
const RegistersPage = lazy(() => import('./registers-page').then((m) => ({ default: m.RegistersPage })));
const RegisterFormPage = lazy(() =>
  import('./register-form-page').then((m) => ({ default: m.RegisterFormPage })),
);
const RegisterPage = lazy(() => import('./register-page').then((m) => ({ default: m.RegisterPage })));
const SupervisionPage = lazy(() =>
  import('./supervision-page').then((m) => ({ default: m.SupervisionPage })),
);
const FindingsPage = lazy(() => import('./findings-page').then((m) => ({ default: m.FindingsPage })));
const ProtectionPage = lazy(() => import('./protection-page').then((m) => ({ default: m.ProtectionPage })));
const ReportsPage = lazy(() => import('./reports-page').then((m) => ({ default: m.ReportsPage })));
const ChainPage = lazy(() => import('./chain-page').then((m) => ({ default: m.ChainPage })));
const DossiersPage = lazy(() => import('./dossiers-page').then((m) => ({ default: m.DossiersPage })));
const StatsPage = lazy(() => import('./stats-page').then((m) => ({ default: m.InterferenceStatsPage })));
const SettingsPage = lazy(() => import('./settings-page').then((m) => ({ default: m.SettingsPage })));

export interface InterferenceRoute {
  path: string;
  /** Any one of these opens the page. */
  permissions: readonly Permission[];
  element: ReactNode;
}

/** Who reads the register book: its recorders, the 主要领导, 纪检 and the audit administrator (scoped by the server). */
export const REGISTER_READERS: readonly Permission[] = [
  'interference.record',
  'interference.instruct',
  'interference.oversee',
  'interference.inspect',
];

/**
 * The interference pages (内部人员干预执法办案记录和责任追究制度), for the router (web/src/app wires them; the menu
 * lists its entries itself). A register the caller may not see answers 404; buttons come from its abilities.
 */
export const interferenceRoutes: readonly InterferenceRoute[] = [
  { path: '/interference/registers', permissions: REGISTER_READERS, element: <RegistersPage /> },
  {
    path: '/interference/registers/new',
    permissions: ['interference.record'],
    element: <RegisterFormPage />,
  },
  { path: '/interference/registers/:id', permissions: REGISTER_READERS, element: <RegisterPage /> },
  { path: '/interference/supervision', permissions: ['interference.oversee'], element: <SupervisionPage /> },
  { path: '/interference/findings', permissions: ['interference.oversee'], element: <FindingsPage /> },
  {
    path: '/interference/protection',
    permissions: ['interference.oversee', 'interference.record'],
    element: <ProtectionPage />,
  },
  // The monthly reports are generated and signed by the 主要领导 and 纪检: the roles of dossier.view.
  { path: '/interference/reports', permissions: ['interference.report'], element: <ReportsPage /> },
  {
    path: '/interference/chain',
    permissions: ['interference.inspect', 'interference.oversee'],
    element: <ChainPage />,
  },
  { path: '/interference/stats', permissions: ['interference.stats'], element: <StatsPage /> },
  { path: '/interference/settings', permissions: ['interference.oversee'], element: <SettingsPage /> },
  { path: '/dossiers', permissions: ['dossier.view'], element: <DossiersPage /> },
];
