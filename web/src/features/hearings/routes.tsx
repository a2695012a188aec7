import { lazy, type ReactNode } from 'react';
import type { Permission } from '../../../../common/roles';

// One chunk per page (the layout's <Suspense> shows the spinner while a chunk loads).
const SchedulePage = lazy(() => import('./schedule-page').then((m) => ({ default: m.SchedulePage })));
const HearingPage = lazy(() => import('./hearing-page').then((m) => ({ default: m.HearingPage })));
const StatsPage = lazy(() => import('./stats-page').then((m) => ({ default: m.HearingStatsPage })));
const RoomsPage = lazy(() => import('./rooms-page').then((m) => ({ default: m.HearingRoomsPage })));

export interface HearingRoute {
  path: string;
  permission: Permission;
  element: ReactNode;
}

/**
 * The hearing pages, for the router (web/src/app wires them; the menu lists its entries itself). A hearing the
 * caller may not see answers 404; the buttons on a hearing come from its abilities.
 */
export const hearingRoutes: readonly HearingRoute[] = [
  { path: '/hearings', permission: 'hearing.view', element: <SchedulePage /> },
  { path: '/hearings/stats', permission: 'hearing.view', element: <StatsPage /> },
  { path: '/hearings/rooms', permission: 'hearing.arrange', element: <RoomsPage /> },
  { path: '/hearings/:id', permission: 'hearing.view', element: <HearingPage /> },
];
