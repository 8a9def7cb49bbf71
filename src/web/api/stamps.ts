import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { stamps } from '../../contracts/stamps';
import type { CreateStampBatch } from '../../contracts/stamps';
import { call } from './call';

export type { StampBatch, CreateStampBatch } from '../../contracts/stamps';

/** A product's stamp batches; `enabled` only for signed-in users (the list is not public). */
export function useStampBatches(productId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['stampBatches', productId],
    queryFn: () => call(stamps.list, { params: { id: productId } }),
    enabled,
    retry: false,
  });
}

export function useIssueStamps(productId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStampBatch) => call(stamps.create, { params: { id: productId }, body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['stampBatches', productId] }),
  });
}
