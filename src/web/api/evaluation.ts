/**
 * Evaluation and ranking in the web client: criteria sets, rounds, score sheets,
 * certificates, verification and producer feedback (SPEC C4). Every call goes through its
 * contract (src/contracts), so the types here are the server's own.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from './call';
import { criteriaSets, type CriteriaSetDetail } from '../../contracts/criteria-sets';
import { rounds, type Round } from '../../contracts/rounds';
import { certificates, type Certificate, type CertificateFilters } from '../../contracts/certificates';
import { verification } from '../../contracts/verification';
import { feedback } from '../../contracts/feedback';
import type { BodyIn, QueryIn } from '../../contracts/http';

export type { Criterion, CriteriaSetDefinition, CriteriaSetDetail, CriteriaSetSummary, Localized, Parts, RecognitionLevel } from '../../contracts/criteria-sets';
export type { PreAssessment, ProductResult, RecognitionOutcome, Round, RoundListItem, RoundMember, RoundProduct, Sheet } from '../../contracts/rounds';
export type { Certificate, CertificateStatus } from '../../contracts/certificates';
export type { TokenPayload, Verification, VerificationStatus } from '../../contracts/verification';
export type { Feedback, ProductFeedback, SelfAssessment } from '../../contracts/feedback';

function useInvalidate() {
  const qc = useQueryClient();
  return (...keys: string[]) => {
    for (const k of keys) void qc.invalidateQueries({ queryKey: [k] });
  };
}

// ---------------------------------------------------------------- criteria sets

export function useCriteriaSets(query: QueryIn<typeof criteriaSets.list> = {}, enabled = true) {
  return useQuery({
    queryKey: ['criteria-sets', query],
    queryFn: () => call(criteriaSets.list, { query }, { allowUnauthorized: true }),
    enabled,
  });
}

export function useCriteriaSet(code: string | undefined | null) {
  return useQuery({
    queryKey: ['criteria-set', code],
    queryFn: () => call(criteriaSets.get, { params: { code: code! } }, { allowUnauthorized: true }),
    enabled: !!code,
    staleTime: 10 * 60_000,
  });
}

/** A criteria set as an administrator edits it: any JSON object, checked by the server. */
type DefinitionBody = BodyIn<typeof criteriaSets.create>;

export function useCriteriaSetMutations() {
  const invalidate = useInvalidate();
  const done = () => invalidate('criteria-sets', 'criteria-set');
  return {
    create: useMutation({
      mutationFn: ({ definition, basedOn }: { definition: DefinitionBody; basedOn?: string }) => call(criteriaSets.create, { query: { basedOn }, body: definition }),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ code, version, definition }: { code: string; version: number; definition: DefinitionBody }) =>
        call(criteriaSets.update, { params: { code }, body: { version, definition } }),
      onSuccess: done,
    }),
    validate: useMutation({ mutationFn: (definition: DefinitionBody) => call(criteriaSets.validate, { body: definition }) }),
    publish: useMutation({
      mutationFn: ({ code, version }: { code: string; version: number }) => call(criteriaSets.publish, { params: { code }, body: { version } }),
      onSuccess: done,
    }),
    withdraw: useMutation({
      mutationFn: ({ code, version, reason }: { code: string; version: number; reason: string }) => call(criteriaSets.withdraw, { params: { code }, body: { version, reason } }),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: ({ code, version }: Pick<CriteriaSetDetail, 'code' | 'version'>) => call(criteriaSets.remove, { params: { code }, query: { version } }),
      onSuccess: done,
    }),
  };
}

// ---------------------------------------------------------------- rounds

export function useRounds(query: QueryIn<typeof rounds.list>) {
  return useQuery({
    queryKey: ['rounds', query],
    queryFn: () => call(rounds.list, { query }),
    placeholderData: keepPreviousData,
  });
}

export function useRound(id: string | undefined) {
  return useQuery({
    queryKey: ['round', id],
    queryFn: () => call(rounds.get, { params: { id: id! } }),
    enabled: !!id,
  });
}

export function useRoundAudit(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['round', id, 'audit'],
    queryFn: () => call(rounds.audit, { params: { id: id! } }),
    enabled: !!id && enabled,
  });
}

export function useRoundSheets(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['round', id, 'sheets'],
    queryFn: () => call(rounds.sheets, { params: { id: id! } }),
    enabled: !!id && enabled,
  });
}

export function useEligibleMembers(level: QueryIn<typeof rounds.eligibleMembers>['level'], unitCode: string | undefined) {
  return useQuery({
    queryKey: ['eligible-members', level, unitCode],
    queryFn: () => call(rounds.eligibleMembers, { query: { level, unitCode: unitCode! } }),
    enabled: !!unitCode,
  });
}

export function useReadyDossiers(level: QueryIn<typeof rounds.readyDossiers>['level'], unitCode: string | undefined) {
  return useQuery({
    queryKey: ['ready-dossiers', level, unitCode],
    queryFn: () => call(rounds.readyDossiers, { query: { level, unitCode: unitCode! } }),
    enabled: !!unitCode,
  });
}

export function useDossierChecklist(roundId: string, productId: string | null) {
  return useQuery({
    queryKey: ['round', roundId, 'checklist', productId],
    queryFn: () => call(rounds.dossierChecklist, { params: { id: roundId, productId: productId! } }),
    enabled: !!productId,
  });
}

export type RoundCreateBody = BodyIn<typeof rounds.create>;

export function useRoundMutations(id?: string) {
  const qc = useQueryClient();
  const setRound = (r: Round) => {
    qc.setQueryData(['round', r.id], r);
    void qc.invalidateQueries({ queryKey: ['rounds'] });
    void qc.invalidateQueries({ queryKey: ['round', r.id, 'audit'] });
  };
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['round', id] });
    void qc.invalidateQueries({ queryKey: ['rounds'] });
    void qc.invalidateQueries({ queryKey: ['certificates'] });
  };
  const params = { id: id ?? '' };
  return {
    create: useMutation({ mutationFn: (body: RoundCreateBody) => call(rounds.create, { body }), onSuccess: setRound }),
    close: useMutation({ mutationFn: () => call(rounds.close, { params }), onSuccess: refresh }),
    reopen: useMutation({ mutationFn: (reason: string) => call(rounds.reopen, { params, body: { reason } }), onSuccess: setRound }),
    approve: useMutation({ mutationFn: (body: BodyIn<typeof rounds.approve>) => call(rounds.approve, { params, body }), onSuccess: refresh }),
    conflict: useMutation({
      mutationFn: ({ productId, reason }: { productId: string; reason: string }) => call(rounds.declareConflict, { params: { ...params, productId }, body: { reason } }),
      onSuccess: setRound,
    }),
    dossier: useMutation({
      mutationFn: ({ productId, present, note }: { productId: string; present: string[]; note?: string }) =>
        call(rounds.checkDossier, { params: { ...params, productId }, body: { present, note: note || null } }),
      onSuccess: setRound,
    }),
    addProducts: useMutation({ mutationFn: (productIds: string[]) => call(rounds.addProducts, { params, body: { productIds } }), onSuccess: setRound }),
    removeProduct: useMutation({ mutationFn: (productId: string) => call(rounds.removeProduct, { params: { ...params, productId } }), onSuccess: setRound }),
  };
}

export function useSheet(roundId: string | undefined, productId: string | undefined) {
  return useQuery({
    queryKey: ['sheet', roundId, productId],
    queryFn: () => call(rounds.mySheet, { params: { id: roundId!, productId: productId! } }),
    enabled: !!roundId && !!productId,
    staleTime: 0,
  });
}

export function useSaveSheet(roundId: string, productId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { answers: Record<string, string | null>; comments?: Record<string, string | null> }) => call(rounds.saveSheet, { params: { id: roundId, productId }, body }),
    onSuccess: (sheet) => {
      qc.setQueryData(['sheet', roundId, productId], sheet);
      void qc.invalidateQueries({ queryKey: ['round', roundId] });
    },
  });
}

// ---------------------------------------------------------------- certificates

export function useCertificates(query: CertificateFilters) {
  return useQuery({
    queryKey: ['certificates', query],
    queryFn: () => call(certificates.list, { query }),
    placeholderData: keepPreviousData,
  });
}

export function useCertificate(id: string | undefined) {
  return useQuery({
    queryKey: ['certificate', id],
    queryFn: () => call(certificates.get, { params: { id: id! } }),
    enabled: !!id,
  });
}

export function useCertificateAudit(id: string | undefined) {
  return useQuery({
    queryKey: ['certificate', id, 'audit'],
    queryFn: () => call(certificates.audit, { params: { id: id! } }),
    enabled: !!id,
  });
}

export function useRevokeCertificate(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyIn<typeof certificates.revoke>) => call(certificates.revoke, { params: { id }, body }),
    onSuccess: (c: Certificate) => {
      qc.setQueryData(['certificate', id], c);
      void qc.invalidateQueries({ queryKey: ['certificates'] });
      void qc.invalidateQueries({ queryKey: ['certificate', id, 'audit'] });
    },
  });
}

export function useRunReminders() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(certificates.reminders),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['certificates'] }),
  });
}

// ---------------------------------------------------------------- verification (public)

export function useVerification(code: string | undefined) {
  return useQuery({
    queryKey: ['verify', code],
    queryFn: () => call(verification.verify, { params: { code: code! } }, { allowUnauthorized: true }),
    enabled: !!code,
    retry: false,
  });
}

// ---------------------------------------------------------------- feedback and self-assessment

export function useFeedback(productId: string | undefined) {
  return useQuery({
    queryKey: ['feedback', productId],
    queryFn: () => call(feedback.product, { params: { id: productId! } }),
    enabled: !!productId,
  });
}

export function useSelfAssessment(productId: string | undefined) {
  return useQuery({
    queryKey: ['self-assessment', productId],
    queryFn: () => call(feedback.latestSelfAssessment, { params: { id: productId! } }),
    enabled: !!productId,
  });
}

export function useSaveSelfAssessment(productId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyIn<typeof feedback.selfAssess>) => call(feedback.selfAssess, { params: { id: productId }, body }),
    onSuccess: (item) => qc.setQueryData(['self-assessment', productId], { item }),
  });
}
