import { useEffect, useState } from 'react';

export interface DataState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  retry: () => void;
}

/** Loads `load()` whenever `key` changes (the last answer wins); `initial` skips the first load. */
export function useData<T>(key: string, load: (signal: AbortSignal) => Promise<T>, initial?: T): DataState<T> {
  const [state, setState] = useState<{ key: string; data?: T; error?: unknown; attempt: number }>({ key: initial === undefined ? '' : key, data: initial, attempt: 0 });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (state.key === key && state.attempt === attempt && (state.data !== undefined || state.error !== undefined)) return;
    const ctrl = new AbortController();
    load(ctrl.signal).then(
      (data) => setState({ key, data, attempt }),
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ key, error, attempt });
      },
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` follows `key`
  }, [key, attempt]);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: !current || (state.data === undefined && state.error === undefined),
    retry: () => setAttempt((n) => n + 1),
  };
}
