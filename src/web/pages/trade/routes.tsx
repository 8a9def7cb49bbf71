import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { RequireAuth } from '../../components/RequireAuth';
import { KIND_LIST } from './kinds';

const TradeListPage = lazy(() => import('./TradeListPage'));
const TradeRecordPage = lazy(() => import('./TradeRecordPage'));
const TradeFormPage = lazy(() => import('./TradeFormPage'));
const DemandListPage = lazy(() => import('./DemandListPage'));
const DemandPage = lazy(() => import('./DemandPage'));
const DemandFormPage = lazy(() => import('./DemandFormPage'));
const BuyersPage = lazy(() => import('./BuyersPage'));
const BuyerRegisterPage = lazy(() => import('./BuyerRegisterPage'));

/** Public: a buyer registers (the account waits for the provincial office). */
export const BUYER_REGISTER_PATH = '/register-buyer';

/**
 * Routes of trade promotion (trade.read; forms with trade.manage), buyers' demands
 * (demands.read; the form with demands.create), buyer accounts (buyers.manage) and the public
 * buyer registration.
 */
export function tradeRoutes() {
  return (
    <>
      <Route path={BUYER_REGISTER_PATH.slice(1)} element={<BuyerRegisterPage />} />
      <Route element={<RequireAuth capability="trade.manage" />}>
        {KIND_LIST.map((k) => (
          <Route key={`${k.key}-new`} path={`trade/${k.path}/new`} element={<TradeFormPage kind={k.key} />} />
        ))}
        {KIND_LIST.map((k) => (
          <Route key={`${k.key}-edit`} path={`trade/${k.path}/:id/edit`} element={<TradeFormPage kind={k.key} />} />
        ))}
      </Route>
      <Route element={<RequireAuth capability="trade.read" />}>
        {KIND_LIST.map((k) => (
          <Route key={k.key} path={`trade/${k.path}`} element={<TradeListPage kind={k.key} />} />
        ))}
        {KIND_LIST.map((k) => (
          <Route key={`${k.key}-one`} path={`trade/${k.path}/:id`} element={<TradeRecordPage kind={k.key} />} />
        ))}
      </Route>
      <Route element={<RequireAuth capability="demands.create" />}>
        <Route path="demands/new" element={<DemandFormPage />} />
      </Route>
      <Route element={<RequireAuth capability="demands.read" />}>
        <Route path="demands" element={<DemandListPage />} />
        <Route path="demands/:id" element={<DemandPage />} />
      </Route>
      <Route element={<RequireAuth capability="buyers.manage" />}>
        <Route path="buyers" element={<BuyersPage />} />
      </Route>
    </>
  );
}
