/**
 * The annual OCOP cycle in the web client: types of the cycle API and TanStack Query hooks
 * for cycles, ideas, business plans, implementation, dossiers, step-1 logs, the work queue
 * and notifications. Every creation and transition carries a client-generated `requestId`,
 * so a double click or a retry never files twice.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiGet, apiSend } from './client';
import { currentLang } from '../i18n';

export type ItemKind = 'idea' | 'business-plan' | 'dossier';
export const KIND_PATH: Record<ItemKind, string> = { idea: 'ideas', 'business-plan': 'business-plans', dossier: 'dossiers' };

/** A fresh id for one user intention (a form, a button press). */
export function newRequestId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export interface ItemAction {
  action: string;
  label: string;
  requiresNote: boolean;
  to: string | null;
}

export interface TimelineEntry {
  action: string;
  from: string | null;
  to: string;
  by: string | null;
  byId: string | null;
  byRole: string | null;
  at: string;
  note: string | null;
  contentVersion: number | null;
}

export interface CycleItem {
  id: string;
  kind: ItemKind;
  version: number;
  status: string;
  statusLabel: string;
  procedure: 'current' | 'legacy';
  machine: string;
  step: number;
  stepStatus: 'wait' | 'process' | 'finish' | 'error';
  cycleId: string;
  cycleYear: number;
  unitCode: string;
  unitName: string | null;
  provinceCode: string;
  provinceName: string | null;
  entityId: string | null;
  entityName: string | null;
  ownerEntityId: string | null;
  productName: string;
  groupCode: string;
  subgroupCode: string | null;
  filedByRole: string;
  contentVersion: number;
  late: boolean;
  lastNote: string | null;
  dueOn: string | null;
  overdue: boolean;
  daysLeft: number | null;
  waitingFor: string[];
  statusChangedAt: string;
  firstSubmittedAt: string | null;
  createdAt: string;
  updatedAt: string;
  actions: ItemAction[];
}

export interface VersionSummary {
  number: number;
  at: string;
  by: string | null;
  files?: { id: string; itemCode: string; fileName: string }[];
}

export interface UploadedFile {
  id: string;
  itemCode: string;
  fileName: string;
  fileType: string;
  mimeType: string;
  sizeBytes: number;
  uploadedBy: string | null;
  createdAt: string;
  url: string;
}

export interface RawMaterial {
  name: string;
  origin: string;
  local: boolean;
}

export interface IdeaFormValues {
  cycleYear?: number;
  proposerName: string;
  entityId?: string;
  proposedEntity?: { name: string; type: string };
  productName: string;
  description: string;
  groupCode: string;
  subgroupCode?: string;
  rawMaterials: RawMaterial[];
  targetMarket: string;
  resources: { landM2?: number; labour?: number; capitalVnd?: number; equipment?: string };
  supportWanted: string[];
  unitCode?: string;
}

export interface Idea extends CycleItem {
  proposerName: string;
  proposedEntity: { name: string; type: string } | null;
}

export interface IdeaDetail extends Idea {
  form: IdeaFormValues;
  timeline: TimelineEntry[];
  versions: VersionSummary[];
  businessPlanId: string | null;
  lookAlikes: {
    products: { id: string; name: string; entityName: string; stars: number | null; unitName: string | null; score: number }[];
    ideas: { id: string; name: string; status: string; cycleYear: number; entityName: string | null; proposerName: string; unitName: string | null; score: number }[];
  } | null;
}

export interface CapitalBySource {
  own: number;
  credit: number;
  provincialBudget: number;
  districtBudget: number;
  integratedProgrammes: number;
  other: number;
}

export interface BusinessPlanContent {
  product: { name: string; description: string; groupCode: string; subgroupCode?: string; packaging?: string; expectedPriceVnd?: number };
  marketAndCustomers: { targetCustomers: string; marketArea: string; competitors?: string; channels?: string; promotion?: string };
  production: { rawMaterials: string; process: string; capacity: string; facilities?: string; qualityStandards?: string };
  organisation: { form: string; members?: number; employees?: number; management: string };
  finance: {
    investmentVnd: number;
    expectedRevenueVnd: number;
    expectedCostVnd: number;
    expectedProfitVnd: number;
    breakEvenMonths: number;
    capitalBySource: CapitalBySource;
  };
}

export interface BusinessPlan extends CycleItem {
  ideaId: string | null;
}

export interface BusinessPlanDetail extends BusinessPlan {
  content: BusinessPlanContent;
  attachments: UploadedFile[];
  timeline: TimelineEntry[];
  versions: VersionSummary[];
  dossierId: string | null;
}

export interface Dossier extends CycleItem {
  entryPath: 'cycle' | 'existing-product';
  entryPathLabel: string;
  productId: string | null;
  businessPlanId: string | null;
  ideaId: string | null;
  checklistCode: string;
}

export interface ChecklistItem {
  code: string;
  name: string;
  description: string | null;
  required: boolean;
  acceptedTypes: string[];
  communePreAssessed: boolean;
  present: boolean;
  files: UploadedFile[];
}

export type PreAssessmentResult = 'meets' | 'does-not-meet' | 'not-applicable';

export interface PreAssessment {
  results: Record<string, { result: PreAssessmentResult; note?: string }>;
  note?: string;
}

export interface DossierDetail extends Dossier {
  checklist: { code: string; ruleVersion: string; name: string; toVerify: boolean; items: ChecklistItem[] };
  completeness: { complete: boolean; missing: string[]; required: string[] };
  preAssessment: PreAssessment | null;
  preAssessedAt: string | null;
  preAssessmentOutcome: { complete: boolean; missing: string[]; disqualifiedBy: string[]; mayPropose: boolean } | null;
  preAssessmentCriteria: { code: string; label: string; disqualifying: boolean }[];
  timeline: TimelineEntry[];
  versions: VersionSummary[];
}

export interface CalendarEntry {
  step: number;
  code: string;
  opensOn: string;
  deadline: string;
  name: string;
  timing: string | null;
  state: 'upcoming' | 'open' | 'past';
  continuous: boolean;
}

export interface Cycle {
  id: string;
  provinceCode: string;
  provinceName: string | null;
  year: number;
  status: string;
  statusLabel: string;
  version: number;
  calendar: CalendarEntry[];
  settings: { responseDays: { commune: number; appraisal: number; revision: number }; refuseLateSteps: string[] };
  statusChangedAt: string;
  actions: string[];
  canEdit: boolean;
}

export interface CycleDetail extends Cycle {
  counts: {
    ideas: Record<string, number>;
    businessPlans: Record<string, number>;
    dossiers: Record<string, number>;
    implementation: number;
    communication: { entries: number; count: number; budgetVnd: number };
    training: { classes: number; participants: number; budgetVnd: number };
  };
  timeline: TimelineEntry[];
}

export interface WorkItem {
  kind: ItemKind;
  id: string;
  productName: string;
  entityName: string | null;
  unitCode: string;
  unitName: string | null;
  cycleYear: number;
  status: string;
  statusLabel: string;
  step: number;
  waitingSince: string;
  dueOn: string | null;
  overdue: boolean;
  daysLeft: number | null;
  late: boolean;
  yourTurn: boolean;
  waitingFor: string[];
  actions: string[];
  lastNote: string | null;
  version: number;
}

export interface Worklist {
  today: string;
  role: string;
  items: WorkItem[];
  total: number;
  overdue: number;
  yourTurn: number;
  nextSteps: { type: 'write-business-plan' | 'prepare-dossier'; ideaId?: string; businessPlanId?: string; productName: string; cycleYear: number; since: string }[];
}

export interface AppNotification {
  id: string;
  itemType: string;
  itemId: string;
  title: string;
  action: string;
  actionLabel: string;
  from: string | null;
  to: string;
  toLabel: string;
  actorName: string | null;
  note: string | null;
  createdAt: string;
  read: boolean;
}

export interface CommunicationLog {
  id: string;
  year: number;
  kind: string;
  count: number;
  budgetVnd: number;
  date: string;
  title: string | null;
  unitCode: string;
  unitName: string | null;
  unitLevel: string;
  createdBy: string | null;
}

export interface TrainingClassRow {
  id: string;
  year: number;
  topic: string;
  participants: number;
  budgetVnd: number;
  date: string;
  unitCode: string;
  unitName: string | null;
  unitLevel: string;
  createdBy: string | null;
}

export interface Change {
  current: number;
  previous: number;
  change: number;
  changePercent: number | null;
}

export interface ActivitySummary {
  year: number;
  previousYear: number;
  communication: { kind: string; count: Change; budgetVnd: Change }[];
  training: { classes: Change; participants: Change; budgetVnd: Change };
}

export interface SupportRow {
  id: string;
  kind: string;
  date: string;
  provider: string;
  amountVnd: number | null;
  note: string | null;
  createdBy: string | null;
}

export interface CapitalRow extends CapitalBySource {
  year: number;
  totalVnd: number;
}

export interface Implementation {
  plan: CycleItem;
  canEdit: boolean;
  support: SupportRow[];
  capital: CapitalRow[];
  notes: { id: string; date: string; text: string; createdBy: string | null; createdAt: string }[];
  totals: { supportCount: number; supportVnd: number; capitalBySource: CapitalBySource; capitalVnd: number };
}

export interface Page<T> {
  items: T[];
  total: number;
}

/* ------------------------------------------ queries ------------------------------------------ */

export interface ItemFilters {
  status?: string;
  cycleYear?: string | number;
  unit?: string;
  q?: string;
  entityId?: string;
  page?: number;
  pageSize?: number;
  [k: string]: string | number | undefined;
}

const invalidateCycle = (qc: ReturnType<typeof useQueryClient>) => {
  for (const key of ['ideas', 'idea', 'business-plans', 'business-plan', 'dossiers', 'dossier', 'worklist', 'notifications', 'cycle', 'implementation']) {
    void qc.invalidateQueries({ queryKey: [key] });
  }
};

export function useItems<T extends CycleItem>(kind: ItemKind, filters: ItemFilters, enabled = true) {
  return useQuery({
    queryKey: [KIND_PATH[kind], filters],
    queryFn: () => apiGet<Page<T>>(`/api/${KIND_PATH[kind]}`, filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useIdea(id: string | undefined) {
  return useQuery({ queryKey: ['idea', id], queryFn: () => apiGet<IdeaDetail>(`/api/ideas/${id}`), enabled: !!id });
}

export function useBusinessPlan(id: string | undefined) {
  return useQuery({ queryKey: ['business-plan', id], queryFn: () => apiGet<BusinessPlanDetail>(`/api/business-plans/${id}`), enabled: !!id });
}

export function useDossier(id: string | undefined) {
  return useQuery({ queryKey: ['dossier', id], queryFn: () => apiGet<DossierDetail>(`/api/dossiers/${id}`), enabled: !!id });
}

export function useVersion(kind: ItemKind, id: string | undefined, number: number | null) {
  return useQuery({
    queryKey: [kind, id, 'version', number],
    queryFn: () => apiGet<{ number: number; at: string; by: string | null; content: Record<string, unknown> }>(`/api/${KIND_PATH[kind]}/${id}/versions/${number}`),
    enabled: !!id && number !== null,
  });
}

/** Creates an item (idea, business plan, dossier) once per form: the request id is the form's. */
export function useCreateItem<T extends { id: string }>(kind: ItemKind) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, requestId }: { body: Record<string, unknown>; requestId: string }) => apiSend<T>('POST', `/api/${KIND_PATH[kind]}`, { ...body, requestId }),
    onSuccess: () => invalidateCycle(qc),
  });
}

export function useUpdateItem<T>(kind: 'idea' | 'business-plan', id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => apiSend<T>('PUT', `/api/${KIND_PATH[kind]}/${id}`, body),
    onSuccess: () => invalidateCycle(qc),
  });
}

export interface TransitionBody {
  action: string;
  note?: string;
  version?: number;
  preAssessment?: PreAssessment;
  requestId: string;
}

export function useTransition<T>(kind: ItemKind, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) => apiSend<T>('POST', `/api/${KIND_PATH[kind]}/${id}/transitions`, body),
    onSuccess: (data) => {
      qc.setQueryData([kind, id], data);
      invalidateCycle(qc);
    },
    onError: () => invalidateCycle(qc),
  });
}

export function useWorklist(params: { kind?: string; overdue?: string } = {}, enabled = true) {
  return useQuery({ queryKey: ['worklist', params], queryFn: () => apiGet<Worklist>('/api/worklist', params), enabled, refetchInterval: 60_000 });
}

export function useNotifications(params: { unread?: string; page?: number; pageSize?: number } = {}, enabled = true) {
  return useQuery({
    queryKey: ['notifications', params],
    queryFn: () => apiGet<Page<AppNotification> & { unread: number }>('/api/notifications', params),
    enabled,
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') => (id === 'all' ? apiSend('POST', '/api/notifications/read-all') : apiSend('POST', `/api/notifications/${id}/read`)),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useCurrentCycle(year?: number, province?: string, enabled = true) {
  return useQuery({
    queryKey: ['cycle', 'current', year ?? null, province ?? null],
    queryFn: async () => {
      try {
        return await apiGet<CycleDetail>('/api/cycles/current', { year, province });
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    enabled,
  });
}

export function useCycles(params: { year?: number; province?: string } = {}) {
  return useQuery({ queryKey: ['cycle', 'list', params], queryFn: () => apiGet<{ items: Cycle[] }>('/api/cycles', params) });
}

export function useCycleMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: { method: 'POST' | 'PATCH'; path: string; body: Record<string, unknown> }) => apiSend<CycleDetail>(req.method, req.path, req.body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['cycle'] }),
  });
}

export function useActivity(params: { year?: number; unit?: string }) {
  return useQuery({
    queryKey: ['activity', params],
    queryFn: () => apiGet<{ communication: CommunicationLog[]; training: TrainingClassRow[]; canEdit: boolean }>('/api/communication', params),
    placeholderData: keepPreviousData,
  });
}

export function useActivitySummary(params: { year: number; unit?: string }) {
  return useQuery({ queryKey: ['activity', 'summary', params], queryFn: () => apiGet<ActivitySummary>('/api/communication/summary', params) });
}

export function useActivityMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: { method: 'POST' | 'DELETE'; path: string; body?: Record<string, unknown> }) => apiSend<unknown>(req.method, req.path, req.body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['activity'] });
      void qc.invalidateQueries({ queryKey: ['cycle'] });
    },
  });
}

export function useImplementation(planId: string | undefined, enabled = true) {
  return useQuery({ queryKey: ['implementation', planId], queryFn: () => apiGet<Implementation>(`/api/business-plans/${planId}/implementation`), enabled: !!planId && enabled });
}

export function useImplementationList(params: ItemFilters) {
  return useQuery({
    queryKey: ['implementation', 'list', params],
    queryFn: () => apiGet<Page<CycleItem & { supportCount: number; capitalVnd: number; notesCount: number }>>('/api/implementation', params),
    placeholderData: keepPreviousData,
  });
}

export function useImplementationMutation(planId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: { method: 'POST' | 'PUT' | 'DELETE'; path: string; body?: Record<string, unknown> }) =>
      apiSend<unknown>(req.method, `/api/business-plans/${planId}/implementation${req.path}`, req.body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['implementation'] }),
  });
}

/** Uploads one file (multipart) to a dossier item or a business plan. */
export async function uploadFile(path: string, file: File, itemCode?: string): Promise<UploadedFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  const url = itemCode ? `${path}?itemCode=${encodeURIComponent(itemCode)}` : path;
  const res = await fetch(url, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json', 'Accept-Language': currentLang() },
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    throw new ApiError({
      status: res.status,
      title: String(body.title ?? res.statusText),
      detail: typeof body.detail === 'string' ? body.detail : '',
      code: typeof body.code === 'string' ? body.code : undefined,
      errors: Array.isArray(body.errors) ? (body.errors as { path: string; message: string }[]) : [],
    });
  }
  return body as unknown as UploadedFile;
}

export function useUpload(kind: 'dossier' | 'business-plan', id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, itemCode }: { file: File; itemCode?: string }) => uploadFile(`/api/${KIND_PATH[kind]}/${id}/files`, file, itemCode),
    onSuccess: () => void qc.invalidateQueries({ queryKey: [kind, id] }),
  });
}

export function useDeleteFile(kind: 'dossier' | 'business-plan', id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => apiSend<void>('DELETE', `/api/files/${fileId}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: [kind, id] }),
  });
}

/** Where an item's page is. */
export function itemPath(kind: ItemKind | string, id: string): string {
  return `/${KIND_PATH[kind as ItemKind] ?? kind}/${id}`;
}
