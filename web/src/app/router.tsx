import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { NotFound } from '../components/result-pages';
import { FullPageSpin, HomeRedirect, RequireAuth, RequirePermission } from './guard';
import { AppLayout } from './layout';
// --- issue 4: personnel and the public portal (begin) ---
import { personnelRoutes } from '../features/personnel/routes';
import { PortalLayout, portalRoutes } from '../portal/routes';
// --- issue 4 (end) ---
import { calendarRoutes } from '../features/calendar/routes';
// --- issue 5: cases (begin) ---
import { caseRoutes, RequireAnyPermission } from '../features/cases/routes';
// --- issue 5 (end) ---
// --- issue 6: hearings (begin) ---
import { hearingRoutes } from '../features/hearings/routes';
// --- issue 6: hearings (end) ---
// --- issue 7: execution, closing and archive (begin) ---
import { executionRoutes } from '../features/execution/routes';
// --- issue 7 (end) ---
// --- issue 8: interference register (begin) ---
import { interferenceRoutes } from '../features/interference/routes';
// --- issue 8 (end) ---
// --- issue 9: fault liability (begin) ---
import { faultRoutes } from '../features/fault/routes';
// --- issue 9 (end) ---

// One chunk per page, so that each page brings only the antd components it uses.
const LoginPage = lazy(() => import('../features/auth/login-page').then((m) => ({ default: m.LoginPage })));
const ChangePasswordPage = lazy(() =>
  import('../features/auth/change-password-page').then((m) => ({ default: m.ChangePasswordPage })),
);
const WorkbenchPage = lazy(() =>
  import('../features/workbench/workbench-page').then((m) => ({ default: m.WorkbenchPage })),
);
const AccountsPage = lazy(() =>
  import('../features/accounts/accounts-page').then((m) => ({ default: m.AccountsPage })),
);
const OrgPage = lazy(() => import('../features/org/org-page').then((m) => ({ default: m.OrgPage })));
const SecurityPolicyPage = lazy(() =>
  import('../features/security/security-policy-page').then((m) => ({ default: m.SecurityPolicyPage })),
);
const AuditPage = lazy(() => import('../features/audit/audit-page').then((m) => ({ default: m.AuditPage })));

function Standalone({ children }: { children: ReactNode }) {
  return <Suspense fallback={<FullPageSpin />}>{children}</Suspense>;
}

export const router = createBrowserRouter([
  // --- issue 4: the public portal, reachable without login (begin) ---
  {
    path: '/portal',
    element: (
      <Standalone>
        <PortalLayout />
      </Standalone>
    ),
    children: portalRoutes,
  },
  // --- issue 4 (end) ---
  {
    path: '/login',
    element: (
      <Standalone>
        <LoginPage />
      </Standalone>
    ),
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'password', element: <ChangePasswordPage /> },
          {
            path: 'workbench',
            element: (
              <RequirePermission permission="workbench.view">
                <WorkbenchPage />
              </RequirePermission>
            ),
          },
          {
            path: 'accounts',
            element: (
              <RequirePermission permission="account.read">
                <AccountsPage />
              </RequirePermission>
            ),
          },
          { path: 'org', element: <OrgPage /> },
          {
            path: 'security',
            element: (
              <RequirePermission permission="security.configure">
                <SecurityPolicyPage />
              </RequirePermission>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequirePermission permission="audit.read">
                <AuditPage />
              </RequirePermission>
            ),
          },
          ...calendarRoutes.map((r) => ({
            path: r.path.slice(1),
            element: <RequirePermission permission={r.permission}>{r.element}</RequirePermission>,
          })),
          // --- issue 4: personnel (begin) ---
          ...personnelRoutes.map((r) => ({
            path: r.path.slice(1),
            element: <RequirePermission permission={r.permission}>{r.element}</RequirePermission>,
          })),
          // --- issue 4 (end) ---
          // --- issue 5: cases (begin) ---
          ...caseRoutes.map((r) => ({
            path: r.path.slice(1),
            element: <RequireAnyPermission permissions={r.permissions}>{r.element}</RequireAnyPermission>,
          })),
          // --- issue 5 (end) ---
          // --- issue 6: hearings (begin) ---
          ...hearingRoutes.map((r) => ({
            path: r.path.slice(1),
            element: <RequirePermission permission={r.permission}>{r.element}</RequirePermission>,
          })),
          // --- issue 6: hearings (end) ---
          // --- issue 7: execution, closing and archive (begin) ---
          ...executionRoutes.map((r) => ({
            path: r.path.slice(1),
            element: <RequirePermission permission={r.permission}>{r.element}</RequirePermission>,
          })),
          // --- issue 7 (end) ---
          // --- issue 8: interference register (begin) ---
          ...interferenceRoutes.map((r) => ({
            path: r.path.slice(1),
            element: <RequireAnyPermission permissions={r.permissions}>{r.element}</RequireAnyPermission>,
          })),
          // --- issue 8 (end) ---
          // --- issue 9: fault liability (begin) ---
          ...faultRoutes.map((r) => ({
            path: r.path.slice(1),
            element: <RequireAnyPermission permissions={r.permissions}>{r.element}</RequireAnyPermission>,
          })),
          // --- issue 9 (end) ---
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
