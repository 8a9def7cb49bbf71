import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { RequireAuth } from '../../components/RequireAuth';

const ReportsPage = lazy(() => import('./ReportsPage'));
const MapPage = lazy(() => import('./MapPage'));
const DocumentsPage = lazy(() => import('./DocumentsPage'));
const TargetsPage = lazy(() => import('./TargetsPage'));

/** Routes of the reports section (signed-in users with the matching capability). */
export function reportsRoutes() {
  return (
    <>
      <Route element={<RequireAuth capability="reports.read" />}>
        <Route path="reports" element={<ReportsPage />} />
        <Route path="reports/map" element={<MapPage />} />
      </Route>
      <Route element={<RequireAuth capability="documents.read" />}>
        <Route path="documents" element={<DocumentsPage />} />
      </Route>
      <Route element={<RequireAuth capability="targets.read" />}>
        <Route path="targets" element={<TargetsPage />} />
      </Route>
    </>
  );
}
