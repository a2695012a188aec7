import { lazy, type ReactNode } from 'react';
import type { Permission } from '../../../../common/roles';

// One chunk per page (the layout's <Suspense> shows the spinner while a chunk loads).
const CalculatorPage = lazy(() => import('./calculator-page').then((m) => ({ default: m.CalculatorPage })));
const YearPage = lazy(() => import('./year-page').then((m) => ({ default: m.YearPage })));
const MyDeadlinesPage = lazy(() =>
  import('./my-deadlines-page').then((m) => ({ default: m.MyDeadlinesPage })),
);

export interface FeatureRoute {
  path: string;
  label: string;
  permission: Permission;
  element: ReactNode;
}

/**
 * The calendar and deadline pages, for the router and the menu (web/src/app wires them). Every page needs
 * `calendar.view`; import and overlay editing inside the year view need `calendar.maintain` (checked on the page
 * from the session's abilities and by the server).
 */
export const calendarRoutes: readonly FeatureRoute[] = [
  { path: '/deadlines', label: '我的期限', permission: 'calendar.view', element: <MyDeadlinesPage /> },
  {
    path: '/calendar/calculator',
    label: '期限计算器',
    permission: 'calendar.view',
    element: <CalculatorPage />,
  },
  { path: '/calendar/year', label: '工作日历', permission: 'calendar.view', element: <YearPage /> },
];
