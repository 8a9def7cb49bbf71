import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { evidence } from '../../contracts/evidence';
import { call, upload } from './call';

/** Evidence per criterion of a dossier, and a round's disagreements (issue 11, item 5). */

export function useDossierEvidence(dossierId: string | undefined) {
  return useQuery({ queryKey: ['evidence', dossierId], queryFn: () => call(evidence.list, { params: { id: dossierId! } }), enabled: !!dossierId });
}

export function useEvidenceActions(dossierId: string) {
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries({ queryKey: ['evidence', dossierId] });
  const link = useMutation({
    mutationFn: (body: { criterionCode: string; optionCode?: string; url: string; title: string; validUntil?: string }) =>
      call(evidence.attachLink, { params: { id: dossierId }, body: { ...body, requestId: crypto.randomUUID() } }),
    onSuccess: refresh,
  });
  const file = useMutation({
    mutationFn: ({ criterionCode, optionCode, validUntil, file: f }: { criterionCode: string; optionCode?: string; validUntil?: string; file: File }) => {
      const form = new FormData();
      form.append('file', f, f.name);
      return upload(evidence.attachFile, { params: { id: dossierId }, query: { criterionCode, ...(optionCode ? { optionCode } : {}), ...(validUntil ? { validUntil } : {}) } }, form);
    },
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => call(evidence.remove, { params: { id } }), onSuccess: refresh });
  return { link, file, remove };
}

export function useDisagreements(roundId: string | undefined, enabled: boolean) {
  return useQuery({ queryKey: ['disagreements', roundId], queryFn: () => call(evidence.disagreements, { params: { id: roundId! } }), enabled: !!roundId && enabled });
}
