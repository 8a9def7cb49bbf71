import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { RequireAuth } from '../../components/RequireAuth';

/** Routes of evaluation and ranking, certificates, post-recognition inspections, verification and criteria-set administration. */
const RoundListPage = lazy(() => import('./RoundListPage'));
const RoundFormPage = lazy(() => import('./RoundFormPage'));
const RoundPage = lazy(() => import('./RoundPage'));
const ScoreSheetPage = lazy(() => import('./ScoreSheetPage'));
const FeedbackPage = lazy(() => import('./FeedbackPage'));
const CertificateListPage = lazy(() => import('../certificates/CertificateListPage'));
const CertificatePage = lazy(() => import('../certificates/CertificatePage'));
const InspectionListPage = lazy(() => import('../inspections/InspectionListPage'));
const InspectionPage = lazy(() => import('../inspections/InspectionPage'));
const VerifyPage = lazy(() => import('../verify/VerifyPage'));
const CriteriaSetListPage = lazy(() => import('../admin/criteria/CriteriaSetListPage'));
const CriteriaSetPage = lazy(() => import('../admin/criteria/CriteriaSetPage'));
const CriteriaSetFormPage = lazy(() => import('../admin/criteria/CriteriaSetFormPage'));
const CriteriaSetComparePage = lazy(() => import('../admin/criteria/CriteriaSetComparePage'));

/** The public verification page opened by QR codes: /v/{code} (and /verify to type a number). */
export function isEvaluationPublicPath(pathname: string): boolean {
  return pathname === '/verify' || pathname.startsWith('/v/');
}

export function evaluationRoutes() {
  return (
    <>
      <Route path="v/:code" element={<VerifyPage />} />
      <Route path="verify" element={<VerifyPage />} />
      <Route element={<RequireAuth />}>
        <Route path="evaluation" element={<RoundListPage />} />
        <Route path="evaluation/new" element={<RoundFormPage />} />
        <Route path="evaluation/feedback" element={<FeedbackPage />} />
        <Route path="evaluation/:id" element={<RoundPage />} />
        <Route path="evaluation/:id/score/:productId" element={<ScoreSheetPage />} />
        <Route path="certificates" element={<CertificateListPage />} />
        <Route path="certificates/:id" element={<CertificatePage />} />
        <Route path="inspections/:id" element={<InspectionPage />} />
        <Route path="admin/criteria" element={<CriteriaSetListPage />} />
        <Route path="admin/criteria/compare" element={<CriteriaSetComparePage />} />
        <Route path="admin/criteria/:code" element={<CriteriaSetPage />} />
      </Route>
      <Route element={<RequireAuth capability="inspections.read" />}>
        <Route path="inspections" element={<InspectionListPage />} />
      </Route>
      <Route element={<RequireAuth capability="criteria.manage" />}>
        <Route path="admin/criteria/new" element={<CriteriaSetFormPage />} />
        <Route path="admin/criteria/:code/edit" element={<CriteriaSetFormPage />} />
      </Route>
    </>
  );
}
