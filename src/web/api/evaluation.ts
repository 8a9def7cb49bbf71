/**
 * Evaluation and ranking in the web client: criteria sets, rounds, score sheets,
 * certificates, verification and producer feedback (SPEC C4).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';
import type { AuditEvent, Items, Me, Page } from './types';

export interface Localized {
  vi: string;
  en: string;
}
export type PartCode = 'A' | 'B' | 'C';
export type Parts = Record<PartCode, number>;

export interface CriterionOption {
  code: string;
  label: Localized;
  points: number;
}
export interface Criterion {
  code: string;
  part: PartCode;
  section: string;
  name: Localized;
  maxPoints: number;
  disqualifying?: { optionCodes: string[]; reason: Localized };
  improvable?: boolean;
  note?: Localized;
  options: CriterionOption[];
}
export interface RecognitionLevel {
  level: string;
  recognises: number[];
  forwardAtOrAbove?: number | null;
  forwardTo?: string | null;
  preAssessedCriteria?: string[];
  note?: Localized;
}
export interface CriteriaSetDefinition {
  code: string;
  ruleVersion: string;
  decision: { number: string; title: Localized; issuer: Localized; signedOn: string; amends?: string; replaces?: string[] };
  effectiveFrom: string;
  effectiveTo: string | null;
  groups: string[];
  groupNames?: Record<string, Localized>;
  parts: Array<{ code: PartCode; name: Localized; maxPoints: number }>;
  sections: Array<{ code: string; part: PartCode; name: Localized }>;
  criteria: Criterion[];
  recognition: { levels: RecognitionLevel[]; note?: Localized };
  status: string;
  toBeConfirmed: boolean;
  note?: Localized;
}
export interface CriteriaSetSummary {
  id: string;
  code: string;
  ruleVersion: string;
  decision: CriteriaSetDefinition['decision'];
  effectiveFrom: string;
  effectiveTo: string | null;
  groups: string[];
  status: 'draft' | 'published' | 'withdrawn';
  toBeConfirmed: boolean;
  official: boolean;
  basedOn: string | null;
  parts: CriteriaSetDefinition['parts'];
  criteriaCount: number;
  disqualifyingCount: number;
  note: Localized | null;
  version: number;
  publishedAt: string | null;
  applies?: boolean;
}
export interface CriteriaSetDetail extends CriteriaSetSummary {
  definition: CriteriaSetDefinition;
}

export type RecognitionOutcome =
  | { action: 'recognise'; stars: number }
  | { action: 'forward'; to: string; provisionalStars: number }
  | { action: 'not-recognised'; stars: number; reason: string; recognisableAt?: string }
  | { action: 'not-evaluated' };

export interface ProductResult {
  productId: string;
  productName: string;
  entityName: string;
  criteriaSetCode: string;
  evaluated: boolean;
  reason: string | null;
  meanTotal: number | null;
  meanTotalText: string | null;
  parts: Parts | null;
  stars: number | null;
  disqualified: boolean;
  disqualifyingVotes: Array<{ memberId: string; criterionCode: string; optionCode: string }>;
  disagreements: Array<{ criterionCode: string; criterionName: string; maxPoints: number; min: number; max: number; range: number }>;
  memberTotals: Array<{ memberId: string; name: string; total: number }>;
  excludedMemberIds: string[];
  absentMemberIds: string[];
  outcome: RecognitionOutcome;
}

export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'revoked' | 'superseded';
export interface Certificate {
  id: string;
  number: string;
  productId: string;
  productName: string;
  entityId: string;
  entityName: string;
  roundId: string | null;
  stars: number;
  level: string;
  issuer: string;
  decisionNumber: string;
  decisionDate: string;
  issuedOn: string;
  validUntil: string;
  status: CertificateStatus;
  daysLeft: number;
  revokedOn: string | null;
  revokedReason: string | null;
  supersededOn: string | null;
  supersededById: string | null;
  unitCode: string;
  unitName: string | null;
  provinceCode: string;
  token: string;
  verifyPath: string;
  version: number;
}

export interface RoundProduct {
  productId: string;
  productName: string;
  entityId: string;
  entityName: string;
  groupCode: string;
  subgroupCode: string;
  unitName: string | null;
  currentStars: number | null;
  criteriaSetCode: string;
  source: string;
  dossier: { status: 'unchecked' | 'complete' | 'incomplete'; present: string[]; missing: string[]; note: string | null; checkedAt: string | null };
  preAssessment: { answers: Record<string, string>; points: Record<string, number>; proposed: boolean; note: string | null; by: string | null; at: string } | null;
  conflicts: Array<{ userId: string; displayName: string; reason: string; declaredAt: string }>;
  iHaveConflict: boolean;
  progress: { expected: number; complete: number; started: number; membersDone: string[] };
  mySheet: { started: boolean; complete: boolean; updatedAt: string | null };
  result: ProductResult | null;
  certificate: Certificate | null;
}
export interface RoundMember {
  userId: string;
  displayName: string;
  username: string;
  role: 'chair' | 'member' | 'advisor';
}
export interface Round {
  id: string;
  name: string;
  level: string;
  unitStructure: string;
  unitCode: string;
  unitName: string | null;
  provinceCode: string | null;
  date: string;
  ruleVersion: string;
  status: 'open' | 'closed' | 'approved';
  version: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionIssuer: string | null;
  closedAt: string | null;
  approvedAt: string | null;
  procedure: { levels: RecognitionLevel[]; note: Localized | null; thisLevel: RecognitionLevel | null };
  members: RoundMember[];
  me: {
    role: string | null;
    isOrganiser: boolean;
    canScore: boolean;
    canClose: boolean;
    canReopen: boolean;
    canApprove: boolean;
    canEdit: boolean;
    canCheckDossiers: boolean;
  };
  products: RoundProduct[];
  certificates: Certificate[];
}
export interface RoundListItem {
  id: string;
  name: string;
  level: string;
  unitCode: string;
  unitName: string | null;
  date: string;
  ruleVersion: string;
  status: Round['status'];
  decisionNumber: string | null;
  products: number;
  members: number;
  myRole: string | null;
}

export interface Sheet {
  roundId: string;
  roundName: string;
  roundStatus: string;
  productId: string;
  productName: string;
  entityName: string;
  groupCode: string;
  criteriaSetCode: string;
  dossierStatus: string;
  preAssessment: RoundProduct['preAssessment'];
  answers: Record<string, string>;
  total: number;
  parts: Parts;
  complete: boolean;
  missing: string[];
  disqualified: string[];
  version: number;
  updatedAt: string | null;
  editable: boolean;
  conflicted: boolean;
}

export interface Feedback {
  total: number;
  totalText: string;
  stars: number;
  lostPoints: Array<{ criterionCode: string; part: PartCode; section: string; name: Localized; maxPoints: number; got: number; lost: number }>;
  target: { stars: number; threshold: number; pointsNeeded: number } | null;
  reachable: boolean;
  mustFix: Array<{ criterionCode: string; name: Localized; reason: Localized | null }>;
  plan: { gain: number; overshoot: number; upgrades: Array<{ criterionCode: string; name: Localized; fromPoints: number; toOptionCode: string; toOptionLabel: Localized; toPoints: number; gain: number }> } | null;
}
export interface ProductFeedback {
  productId: string;
  productName: string;
  entityName: string;
  groupCode: string;
  history: Array<{ roundId: string; roundName: string; date: string; level: string; status: string; meanTotal: number | null; stars: number | null; outcome: string }>;
  current: {
    stars: number | null;
    certificate: { number: string; stars: number; issuedOn: string; validUntil: string; decisionNumber: string; level: string } | null;
    recognition: { stars: number; year: number; level: string; decision: string | null } | null;
  };
  round: { id: string; name: string; date: string; level: string; status: string; decisionNumber: string | null; rule: string } | null;
  criteriaSetCode: string | null;
  result: { meanTotal: number; meanTotalText: string; parts: Parts; stars: number; disqualified: boolean; outcome: RecognitionOutcome; disagreements: ProductResult['disagreements'] } | null;
  feedback: Feedback | null;
}
export interface SelfAssessment {
  id: string;
  createdAt: string;
  criteriaSetCode: string;
  answers: Record<string, string>;
  total: number;
  parts: Parts;
  complete: boolean;
  missing: string[];
  predictedStars: number;
  isLowerBound: boolean;
  disqualified: boolean;
  eligibleForCertificate: boolean;
  feedback: Feedback;
}

export interface Verification {
  status: CertificateStatus | 'invalid' | 'unknown';
  signature: 'valid' | 'invalid' | 'none';
  reason: string | null;
  certificate: {
    number: string;
    productName: string;
    entityName: string;
    stars: number;
    validFrom: string;
    validUntil: string;
    issuer: string;
    productId: string | null;
    decisionNumber: string | null;
    decisionDate: string | null;
    revokedOn: string | null;
    revokedReason: string | null;
    supersededOn: string | null;
  } | null;
  checkedOn: string;
}

// ---------------------------------------------------------------- permissions (UI hints only)

export function canOrganiseRounds(me: Me | null | undefined): boolean {
  return !!me && ['admin', 'central', 'province'].includes(me.role);
}
export function canSeeRounds(me: Me | null | undefined): boolean {
  return !!me && ['admin', 'central', 'province', 'district', 'council', 'trade', 'commune'].includes(me.role);
}
export function canSeeCertificates(me: Me | null | undefined): boolean {
  return !!me && me.role !== 'council';
}
export function canRevokeCertificates(me: Me | null | undefined): boolean {
  return !!me && ['admin', 'central', 'province'].includes(me.role);
}

// ---------------------------------------------------------------- criteria sets

export function useCriteriaSets(params: { date?: string; group?: string; status?: string } = {}, enabled = true) {
  return useQuery({
    queryKey: ['criteria-sets', params],
    queryFn: () => apiGet<Items<CriteriaSetSummary>>('/api/criteria-sets', params, { allowUnauthorized: true }),
    enabled,
  });
}

export function useCriteriaSet(code: string | undefined | null) {
  return useQuery({
    queryKey: ['criteria-set', code],
    queryFn: () => apiGet<CriteriaSetDetail>(`/api/criteria-sets/${encodeURIComponent(code!)}`, undefined, { allowUnauthorized: true }),
    enabled: !!code,
    staleTime: 10 * 60_000,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return (...keys: string[]) => {
    for (const k of keys) void qc.invalidateQueries({ queryKey: [k] });
  };
}

export function useCriteriaSetMutations() {
  const invalidate = useInvalidate();
  const done = () => invalidate('criteria-sets', 'criteria-set');
  return {
    create: useMutation({
      mutationFn: ({ definition, basedOn }: { definition: unknown; basedOn?: string }) =>
        apiSend<CriteriaSetDetail>('POST', `/api/criteria-sets${basedOn ? `?basedOn=${encodeURIComponent(basedOn)}` : ''}`, definition),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ code, version, definition }: { code: string; version: number; definition: unknown }) =>
        apiSend<CriteriaSetDetail>('PUT', `/api/criteria-sets/${encodeURIComponent(code)}`, { version, definition }),
      onSuccess: done,
    }),
    validate: useMutation({ mutationFn: (definition: unknown) => apiSend<{ valid: true }>('POST', '/api/criteria-sets/validate', definition) }),
    publish: useMutation({
      mutationFn: ({ code, version }: { code: string; version: number }) => apiSend<CriteriaSetDetail>('POST', `/api/criteria-sets/${encodeURIComponent(code)}/publish`, { version }),
      onSuccess: done,
    }),
    withdraw: useMutation({
      mutationFn: ({ code, version, reason }: { code: string; version: number; reason: string }) =>
        apiSend<CriteriaSetDetail>('POST', `/api/criteria-sets/${encodeURIComponent(code)}/withdraw`, { version, reason }),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: ({ code, version }: { code: string; version: number }) => apiSend<void>('DELETE', `/api/criteria-sets/${encodeURIComponent(code)}?version=${version}`),
      onSuccess: done,
    }),
  };
}

// ---------------------------------------------------------------- rounds

export function useRounds(params: { status?: string; page?: number; pageSize?: number }) {
  return useQuery({
    queryKey: ['rounds', params],
    queryFn: () => apiGet<Page<RoundListItem>>('/api/evaluation-rounds', params),
    placeholderData: keepPreviousData,
  });
}

export function useRound(id: string | undefined) {
  return useQuery({
    queryKey: ['round', id],
    queryFn: () => apiGet<Round>(`/api/evaluation-rounds/${encodeURIComponent(id!)}`),
    enabled: !!id,
  });
}

export function useRoundAudit(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['round', id, 'audit'],
    queryFn: () => apiGet<Items<AuditEvent>>(`/api/evaluation-rounds/${encodeURIComponent(id!)}/audit`),
    enabled: !!id && enabled,
  });
}

export function useRoundSheets(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['round', id, 'sheets'],
    queryFn: () =>
      apiGet<Items<{ productId: string; memberId: string; memberName: string; answers: Record<string, string>; total: number; parts: Parts; complete: boolean }>>(
        `/api/evaluation-rounds/${encodeURIComponent(id!)}/sheets`,
      ),
    enabled: !!id && enabled,
  });
}

export function useEligibleMembers(level: string, unitCode: string | undefined) {
  return useQuery({
    queryKey: ['eligible-members', level, unitCode],
    queryFn: () =>
      apiGet<Items<{ id: string; username: string; displayName: string; role: string; provinceCode: string | null }>>('/api/evaluation-rounds/eligible-members', { level, unitCode }),
    enabled: !!unitCode,
  });
}

export function useReadyDossiers(level: string, unitCode: string | undefined) {
  return useQuery({
    queryKey: ['ready-dossiers', level, unitCode],
    queryFn: () => apiGet<Items<{ id: string; productId: string; productName: string; entryPath: string; since: string }>>('/api/evaluation-rounds/ready-dossiers', { level, unitCode }),
    enabled: !!unitCode,
  });
}

export function useDossierChecklist(roundId: string, productId: string | null) {
  return useQuery({
    queryKey: ['round', roundId, 'checklist', productId],
    queryFn: () =>
      apiGet<{ code: string; name: Localized; toVerify: boolean; items: Array<{ code: string; name: Localized; required: boolean; communePreAssessed: boolean }> }>(
        `/api/evaluation-rounds/${roundId}/products/${productId}/dossier-checklist`,
      ),
    enabled: !!productId,
  });
}

export interface RoundCreateBody {
  name?: string;
  level: string;
  unitCode: string;
  date: string;
  members: Array<{ userId: string; role: string }>;
  productIds: string[];
  dossierIds?: string[];
}

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
  const base = `/api/evaluation-rounds/${id ?? ''}`;
  return {
    create: useMutation({ mutationFn: (body: RoundCreateBody) => apiSend<Round>('POST', '/api/evaluation-rounds', body), onSuccess: setRound }),
    close: useMutation({ mutationFn: () => apiSend<{ results: ProductResult[] }>('POST', `${base}/close`, {}), onSuccess: refresh }),
    reopen: useMutation({ mutationFn: (reason: string) => apiSend<Round>('POST', `${base}/reopen`, { reason }), onSuccess: setRound }),
    approve: useMutation({
      mutationFn: (body: { decisionNumber: string; decisionDate: string; issuer?: string }) => apiSend<{ certificates: Certificate[] }>('POST', `${base}/approve`, body),
      onSuccess: refresh,
    }),
    conflict: useMutation({
      mutationFn: ({ productId, reason }: { productId: string; reason: string }) => apiSend<Round>('POST', `${base}/products/${productId}/conflict`, { reason }),
      onSuccess: setRound,
    }),
    dossier: useMutation({
      mutationFn: ({ productId, present, note }: { productId: string; present: string[]; note?: string }) =>
        apiSend<Round>('PUT', `${base}/products/${productId}/dossier`, { present, note: note || null }),
      onSuccess: setRound,
    }),
    addProducts: useMutation({ mutationFn: (productIds: string[]) => apiSend<Round>('POST', `${base}/products`, { productIds }), onSuccess: setRound }),
    removeProduct: useMutation({ mutationFn: (productId: string) => apiSend<Round>('DELETE', `${base}/products/${productId}`), onSuccess: setRound }),
  };
}

export function useSheet(roundId: string | undefined, productId: string | undefined) {
  return useQuery({
    queryKey: ['sheet', roundId, productId],
    queryFn: () => apiGet<Sheet>(`/api/evaluation-rounds/${roundId}/sheets/${productId}`),
    enabled: !!roundId && !!productId,
    staleTime: 0,
  });
}

export function useSaveSheet(roundId: string, productId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (answers: Record<string, string | null>) => apiSend<Sheet>('PUT', `/api/evaluation-rounds/${roundId}/sheets/${productId}`, { answers }),
    onSuccess: (sheet) => {
      qc.setQueryData(['sheet', roundId, productId], sheet);
      void qc.invalidateQueries({ queryKey: ['round', roundId] });
    },
  });
}

// ---------------------------------------------------------------- certificates

export function useCertificates(params: { status?: string; q?: string; productId?: string; roundId?: string; page?: number; pageSize?: number }) {
  return useQuery({
    queryKey: ['certificates', params],
    queryFn: () => apiGet<Page<Certificate> & { expiringSoonDays: number }>('/api/certificates', params),
    placeholderData: keepPreviousData,
  });
}

export function useCertificate(id: string | undefined) {
  return useQuery({
    queryKey: ['certificate', id],
    queryFn: () => apiGet<Certificate>(`/api/certificates/${encodeURIComponent(id!)}`),
    enabled: !!id,
  });
}

export function useCertificateAudit(id: string | undefined) {
  return useQuery({
    queryKey: ['certificate', id, 'audit'],
    queryFn: () => apiGet<Items<AuditEvent>>(`/api/certificates/${encodeURIComponent(id!)}/audit`),
    enabled: !!id,
  });
}

export function useRevokeCertificate(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason: string; version: number }) => apiSend<Certificate>('POST', `/api/certificates/${id}/revoke`, body),
    onSuccess: (c) => {
      qc.setQueryData(['certificate', id], c);
      void qc.invalidateQueries({ queryKey: ['certificates'] });
      void qc.invalidateQueries({ queryKey: ['certificate', id, 'audit'] });
    },
  });
}

export function useRunReminders() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend<Items<{ certificateId: string; number: string; productName: string; kind: string; validUntil: string; daysLeft: number }>>('POST', '/api/certificates/reminders'),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['certificates'] }),
  });
}

// ---------------------------------------------------------------- verification (public)

export function useVerification(code: string | undefined) {
  return useQuery({
    queryKey: ['verify', code],
    queryFn: () => apiGet<Verification>(`/api/verify/${encodeURIComponent(code!)}`, undefined, { allowUnauthorized: true }),
    enabled: !!code,
    retry: false,
  });
}

// ---------------------------------------------------------------- feedback and self-assessment

export function useFeedback(productId: string | undefined) {
  return useQuery({
    queryKey: ['feedback', productId],
    queryFn: () => apiGet<ProductFeedback>(`/api/products/${productId}/feedback`),
    enabled: !!productId,
  });
}

export function useSelfAssessment(productId: string | undefined) {
  return useQuery({
    queryKey: ['self-assessment', productId],
    queryFn: () => apiGet<{ item: SelfAssessment | null }>(`/api/products/${productId}/self-assessment`),
    enabled: !!productId,
  });
}

export function useSaveSelfAssessment(productId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { answers: Record<string, string | null>; criteriaSetCode?: string }) => apiSend<SelfAssessment>('POST', `/api/products/${productId}/self-assessment`, body),
    onSuccess: (item) => qc.setQueryData(['self-assessment', productId], { item }),
  });
}
