import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { RequireAuth } from '../../components/RequireAuth';
import { KIND_LIST } from './kinds';

const TradeListPage = lazy(() => import('./TradeListPage'));
const TradeRecordPage = lazy(() => import('./TradeRecordPage'));

/** Routes of trade promotion (signed-in users with trade.read; forms with trade.manage). */
export function tradeRoutes() {
  return (
    <>
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
