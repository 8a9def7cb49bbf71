import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { users } from '../../contracts/users';
import { call } from './call';
import type { UserFilters, UserInput, UserPatch } from './types';

export function useUsers(query: UserFilters) {
  return useQuery({
    queryKey: ['users', query],
    queryFn: () => call(users.list, { query }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UserInput) => call(users.create, { body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UserPatch & { id: string }) => call(users.update, { params: { id }, body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => call(users.resetPassword, { params: { id }, body: { password } }),
  });
}
