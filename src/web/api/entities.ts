import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { entities } from '../../contracts/entities';
import { call } from './call';
import type { EntityFilters, EntityInput, EntityPatch } from './types';

export type { EntityFilters };

export function useEntities(query: EntityFilters, enabled = true) {
  return useQuery({
    queryKey: ['entities', query],
    queryFn: () => call(entities.list, { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function fetchEntity(id: string) {
  return call(entities.get, { params: { id } });
}

export function useEntity(id: string | undefined) {
  return useQuery({
    queryKey: ['entity', id],
    queryFn: () => fetchEntity(id!),
    enabled: !!id,
  });
}

export function useEntityAudit(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['entity', id, 'audit'],
    queryFn: () => call(entities.audit, { params: { id: id! } }),
    enabled: !!id && enabled,
  });
}

export function useCreateEntity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: EntityInput) => call(entities.create, { body }),
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
    mutationFn: (body: EntityPatch) => call(entities.update, { params: { id }, body }),
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
    mutationFn: (version: number) => call(entities.remove, { params: { id }, query: { version } }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: ['entity', id] });
      void qc.invalidateQueries({ queryKey: ['entities'] });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
