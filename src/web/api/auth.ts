import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auth } from '../../contracts/auth';
import type { Capability } from '../../domain/policy';
import { call } from './call';
import type { Me } from './types';

export const meKey = ['me'] as const;

/** The signed-in user, or null without a session (asked so that "no session" is not an error). */
export async function fetchMe(): Promise<Me | null> {
  return (await call(auth.session, {}, { allowUnauthorized: true })).user;
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

/** Whether the signed-in user may start something (menus, "new" buttons): the server decides. */
export function can(me: Me | null | undefined, capability: Capability): boolean {
  return !!me && me.capabilities.includes(capability);
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => call(auth.login, { body }, { allowUnauthorized: true }),
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
    mutationFn: () => call(auth.logout, {}, { allowUnauthorized: true }),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(meKey, null);
    },
  });
}
