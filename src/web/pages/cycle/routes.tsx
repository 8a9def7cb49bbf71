import { lazy } from 'react';
import { Route } from 'react-router-dom';

const CycleOverviewPage = lazy(() => import('./CycleOverviewPage'));
const CommunicationPage = lazy(() => import('./CommunicationPage'));
const WorklistPage = lazy(() => import('./WorklistPage'));
const NotificationsPage = lazy(() => import('./NotificationsPage'));
const IdeaListPage = lazy(() => import('./IdeaListPage'));
const IdeaFormPage = lazy(() => import('./IdeaFormPage'));
const IdeaPage = lazy(() => import('./IdeaPage'));
const BusinessPlanListPage = lazy(() => import('./BusinessPlanListPage'));
const BusinessPlanFormPage = lazy(() => import('./BusinessPlanFormPage'));
const BusinessPlanPage = lazy(() => import('./BusinessPlanPage'));
const ImplementationListPage = lazy(() => import('./ImplementationListPage'));
const DossierListPage = lazy(() => import('./DossierListPage'));
const DossierNewPage = lazy(() => import('./DossierNewPage'));
const DossierPage = lazy(() => import('./DossierPage'));

/** Routes of the annual OCOP cycle (mounted inside the signed-in part of the app). */
export function cycleRoutes() {
  return (
    <>
      <Route path="cycle" element={<CycleOverviewPage />} />
      <Route path="cycle/communication" element={<CommunicationPage />} />
      <Route path="worklist" element={<WorklistPage />} />
      <Route path="notifications" element={<NotificationsPage />} />
      <Route path="ideas" element={<IdeaListPage />} />
      <Route path="ideas/new" element={<IdeaFormPage />} />
      <Route path="ideas/:id" element={<IdeaPage />} />
      <Route path="ideas/:id/edit" element={<IdeaFormPage />} />
      <Route path="business-plans" element={<BusinessPlanListPage />} />
      <Route path="business-plans/new" element={<BusinessPlanFormPage />} />
      <Route path="business-plans/:id" element={<BusinessPlanPage />} />
      <Route path="business-plans/:id/edit" element={<BusinessPlanFormPage />} />
      <Route path="implementation" element={<ImplementationListPage />} />
      <Route path="dossiers" element={<DossierListPage />} />
      <Route path="dossiers/new" element={<DossierNewPage />} />
      <Route path="dossiers/:id" element={<DossierPage />} />
    </>
  );
}
