import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';

// The public pages load only their own chunks: no session, no application frame.
const PublicOfficersPage = lazy(() =>
  import('./officers-page').then((m) => ({ default: m.PublicOfficersPage })),
);
const VerifyPage = lazy(() => import('./verify-page').then((m) => ({ default: m.VerifyPage })));
export const PortalLayout = lazy(() => import('./portal-layout').then((m) => ({ default: m.PortalLayout })));

/** Children of `/portal`, outside the auth guard. */
export const portalRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/portal/officers" replace /> },
  { path: 'officers', element: <PublicOfficersPage /> },
  { path: 'verify', element: <VerifyPage /> },
  { path: 'verify/:number', element: <VerifyPage /> },
];
