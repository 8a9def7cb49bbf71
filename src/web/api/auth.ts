import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';
import type { Me } from './types';

export const meKey = ['me'] as const;

/** The logged-in user, or null when there is no session (200 either way: no 401 in the console). */
export async function fetchMe(): Promise<Me | null> {
  return (await apiGet<{ user: Me | null }>('/api/auth/session', undefined, { allowUnauthorized: true })).user;
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      apiSend<{ user: Me }>('POST', '/api/auth/login', body, { allowUnauthorized: true }),
    onSuccess: async () => {
      // Everything cached so far was fetched as the public (or another user).
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      await qc.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 });
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend<void>('POST', '/api/auth/logout', undefined, { allowUnauthorized: true }),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(meKey, null);
    },
  });
}
