import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';
import type { AuditEvent, Entity, EntityInput, Items, Page } from './types';

export interface EntityFilters {
  q?: string;
  unit?: string;
  type?: string;
  page?: number;
  pageSize?: number;
}

export function useEntities(f: EntityFilters, enabled = true) {
  return useQuery({
    queryKey: ['entities', f],
    queryFn: () => apiGet<Page<Entity>>('/api/entities', { ...f }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function fetchEntity(id: string): Promise<Entity> {
  return apiGet<Entity>(`/api/entities/${encodeURIComponent(id)}`);
}

export function useEntity(id: string | undefined) {
  return useQuery({
    queryKey: ['entity', id],
    queryFn: () => fetchEntity(id!),
    enabled: !!id,
  });
}

export function useEntityAudit(id: string | undefined) {
  return useQuery({
    queryKey: ['entity', id, 'audit'],
    queryFn: () => apiGet<Items<AuditEvent>>(`/api/entities/${encodeURIComponent(id!)}/audit`),
    enabled: !!id,
  });
}

export function useCreateEntity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: EntityInput) => apiSend<Entity>('POST', '/api/entities', body),
    onSuccess: (e) => {
      qc.setQueryData(['entity', e.id], e);
      void qc.invalidateQueries({ queryKey: ['entities'] });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

export function useUpdateEntity(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<EntityInput> & { version: number }) =>
      apiSend<Entity>('PATCH', `/api/entities/${encodeURIComponent(id)}`, body),
    onSuccess: (e) => {
      qc.setQueryData(['entity', id], e);
      void qc.invalidateQueries({ queryKey: ['entity', id, 'audit'] });
      void qc.invalidateQueries({ queryKey: ['entities'] });
    },
  });
}

export function useDeleteEntity(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      apiSend<void>('DELETE', `/api/entities/${encodeURIComponent(id)}?version=${version}`),
    onSuccess: () => {
      qc.removeQueries({ queryKey: ['entity', id] });
      void qc.invalidateQueries({ queryKey: ['entities'] });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
