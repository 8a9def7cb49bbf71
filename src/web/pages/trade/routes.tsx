import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { RequireAuth } from '../../components/RequireAuth';
import { KIND_LIST } from './kinds';

const TradeListPage = lazy(() => import('./TradeListPage'));
const TradeRecordPage = lazy(() => import('./TradeRecordPage'));
const TradeFormPage = lazy(() => import('./TradeFormPage'));

/** Routes of trade promotion (signed-in users with trade.read; forms with trade.manage). */
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
    </>
  );
}
