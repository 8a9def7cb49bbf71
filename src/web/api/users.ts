import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';
import type { Page, Role, UnitStructure, User } from './types';

export interface UserFilters {
  q?: string;
  role?: string;
  page?: number;
  pageSize?: number;
}

export interface UserCreate {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitCode?: string | null;
  unitStructure?: UnitStructure;
  entityId?: string | null;
}

export interface UserPatch {
  displayName?: string;
  role?: Role;
  unitCode?: string | null;
  unitStructure?: UnitStructure;
  entityId?: string | null;
  active?: boolean;
  version: number;
}

export function useUsers(f: UserFilters) {
  return useQuery({
    queryKey: ['users', f],
    queryFn: () => apiGet<Page<User>>('/api/users', { ...f }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UserCreate) => apiSend<User>('POST', '/api/users', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UserPatch & { id: string }) =>
      apiSend<User>('PATCH', `/api/users/${encodeURIComponent(id)}`, body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      apiSend<void>('POST', `/api/users/${encodeURIComponent(id)}/password`, { password }),
  });
}
