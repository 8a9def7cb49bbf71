import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { RequireAuth } from '../../components/RequireAuth';
import { KIND_LIST } from './kinds';

const TradeListPage = lazy(() => import('./TradeListPage'));
const TradeRecordPage = lazy(() => import('./TradeRecordPage'));
const TradeFormPage = lazy(() => import('./TradeFormPage'));
const DemandListPage = lazy(() => import('./DemandListPage'));
const DemandPage = lazy(() => import('./DemandPage'));

/** Routes of trade promotion (trade.read; forms with trade.manage) and buyers' demands (demands.read). */
export function tradeRoutes() {
  return (
    <>
      <Route element={<RequireAuth capability="trade.manage" />}>
        <Route path="trade/fairs/new" element={<TradeFormPage kind="fairs" />} />
        <Route path="trade/fairs/:id/edit" element={<TradeFormPage kind="fairs" />} />
        <Route path="trade/sales-points/new" element={<TradeFormPage kind="salesPoints" />} />
        <Route path="trade/sales-points/:id/edit" element={<TradeFormPage kind="salesPoints" />} />
      </Route>
      <Route element={<RequireAuth capability="trade.read" />}>
        {KIND_LIST.map((k) => (
          <Route key={k.key} path={`trade/${k.path}`} element={<TradeListPage kind={k.key} />} />
        ))}
        {KIND_LIST.map((k) => (
          <Route key={`${k.key}-one`} path={`trade/${k.path}/:id`} element={<TradeRecordPage kind={k.key} />} />
        ))}
      </Route>
      <Route element={<RequireAuth capability="demands.read" />}>
        <Route path="demands" element={<DemandListPage />} />
        <Route path="demands/:id" element={<DemandPage />} />
      </Route>
    </>
  );
}
