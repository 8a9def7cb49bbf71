import { lazy } from 'react';
import { Route } from 'react-router-dom';

const ImportsPage = lazy(() => import('./ImportsPage'));
const ImportPage = lazy(() => import('./ImportPage'));

/** Routes of bulk imports (signed-in officers with the imports.create capability). */
export function importRoutes() {
  return (
    <>
      <Route path="imports" element={<ImportsPage />} />
      <Route path="imports/:id" element={<ImportPage />} />
    </>
  );
}
