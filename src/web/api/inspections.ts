import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { inspections } from '../../contracts/inspections';
import type { BodyIn } from '../../contracts/http';
import { call, upload } from './call';

export type {
  Inspection, InspectionCancelInput, InspectionFilters, InspectionPhoto, InspectionPlanInput, InspectionRecordInput, InspectionUpdateInput,
} from '../../contracts/inspections';
import type { InspectionFilters } from '../../contracts/inspections';

const KEY = ['inspections'];

export function useInspections(query: InspectionFilters, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => call(inspections.list, { query }),
    placeholderData: keepPreviousData,
    enabled,
    retry: false,
  });
}

export function useInspection(id: string | undefined) {
  return useQuery({ queryKey: [...KEY, id], queryFn: () => call(inspections.get, { params: { id: id! } }), enabled: !!id, retry: false });
}

function useRefreshing<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: KEY });
      void qc.invalidateQueries({ queryKey: ['certificates'] });
      void qc.invalidateQueries({ queryKey: ['certificate'] });
    },
  });
}

export function usePlanInspection() {
  return useRefreshing((body: Omit<BodyIn<typeof inspections.plan>, 'requestId'> & { requestId: string }) => call(inspections.plan, { body }));
}

export function useUpdateInspection(id: string) {
  return useRefreshing((body: BodyIn<typeof inspections.update>) => call(inspections.update, { params: { id }, body }));
}

export function useRecordInspection(id: string) {
  return useRefreshing((body: BodyIn<typeof inspections.record>) => call(inspections.record, { params: { id }, body }));
}

export function useCancelInspection(id: string) {
  return useRefreshing((body: BodyIn<typeof inspections.cancel>) => call(inspections.cancel, { params: { id }, body }));
}

export function useRemoveInspectionPhoto(id: string) {
  return useRefreshing((photoId: string) => call(inspections.removePhoto, { params: { id, photoId } }));
}

export function useUploadInspectionPhoto(id: string) {
  return useRefreshing((file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return upload(inspections.uploadPhoto, { params: { id } }, form);
  });
}
