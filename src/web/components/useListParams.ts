import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * List filters kept in the URL (shareable, survive reload and back button).
 * Changing any filter other than the page resets to page 1.
 */
export function useListParams<K extends string>(keys: readonly K[], defaultPageSize = 20) {
  const [sp, setSp] = useSearchParams();
  const values = useMemo(() => {
    const out = {} as Record<K, string | undefined>;
    for (const k of keys) out[k] = sp.get(k) ?? undefined;
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sp]);
  const page = Math.max(1, Number(sp.get('page')) || 1);
  const pageSize = Math.min(100, Math.max(5, Number(sp.get('pageSize')) || defaultPageSize));

  const set = useCallback(
    (patch: Partial<Record<K | 'page' | 'pageSize', string | number | undefined>>) => {
      setSp(
        (prev) => {
          const next = new URLSearchParams(prev);
          const touchesFilter = Object.keys(patch).some((k) => k !== 'page' && k !== 'pageSize');
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === null || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          if (touchesFilter && !('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSp],
  );
  return { values, page, pageSize, set };
}
