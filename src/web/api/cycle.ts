/**
 * The annual OCOP cycle in the web client: TanStack Query hooks over the cycle's contracts
 * (src/contracts: cycles, ideas, business plans, implementation, dossiers, step-1 logs, the
 * work queue, notifications and files). Types are the contracts' own. Every creation and
 * transition carries a client-generated `requestId`, so a double click or a retry never
 * files twice.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import { call, upload } from './call';
import type { BodyIn } from '../../contracts/http';
import { activities } from '../../contracts/activities';
import { businessPlans, type BusinessPlanFilters, type BusinessPlanInput } from '../../contracts/business-plans';
import type { ItemKind } from '../../contracts/cycle-items';
import { cycles } from '../../contracts/cycles';
import { dossiers, type DossierFilters, type DossierInput } from '../../contracts/dossiers';
import { files } from '../../contracts/files';
import { ideas, type IdeaFilters, type IdeaInput } from '../../contracts/ideas';
import { implementation, type ImplementationFilters } from '../../contracts/implementation';
import { notifications, type NotificationFilters } from '../../contracts/notifications';
import { worklist, type WorklistFilters } from '../../contracts/worklist';
import { BUSINESS_PLAN_ACTIONS, DOSSIER_ACTIONS, IDEA_ACTIONS } from '../../domain/cycle';

/** Where the pages of each kind of item are (`/ideas/:id`, …). */
export const KIND_PATH: Record<ItemKind, string> = { idea: 'ideas', 'business-plan': 'business-plans', dossier: 'dossiers' };

/** Where an item's page is. */
export function itemPath(kind: ItemKind | string, id: string): string {
  return `/${KIND_PATH[kind as ItemKind] ?? kind}/${id}`;
}

/** A fresh id for one user intention (a form, a button press). */
export function newRequestId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const CYCLE_KEYS = ['ideas', 'idea', 'business-plans', 'business-plan', 'dossiers', 'dossier', 'worklist', 'notifications', 'cycle', 'implementation'];

/** A mutation that refreshes the given queries (by their first key) when it succeeds. */
function useRefreshing<V, R>(mutationFn: (vars: V) => Promise<R>, keys: readonly string[]) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      for (const key of keys) void qc.invalidateQueries({ queryKey: [key] });
    },
  });
}

/* ------------------------------------- ideas, plans, dossiers ------------------------------------- */

export function useIdeas(query: IdeaFilters, enabled = true) {
  return useQuery({ queryKey: ['ideas', query], queryFn: () => call(ideas.list, { query }), placeholderData: keepPreviousData, enabled });
}

export function useBusinessPlans(query: BusinessPlanFilters, enabled = true) {
  return useQuery({ queryKey: ['business-plans', query], queryFn: () => call(businessPlans.list, { query }), placeholderData: keepPreviousData, enabled });
}

export function useDossiers(query: DossierFilters, enabled = true) {
  return useQuery({ queryKey: ['dossiers', query], queryFn: () => call(dossiers.list, { query }), placeholderData: keepPreviousData, enabled });
}

export function useIdea(id: string | undefined) {
  return useQuery({ queryKey: ['idea', id], queryFn: () => call(ideas.get, { params: { id: id! } }), enabled: !!id });
}

export function useBusinessPlan(id: string | undefined) {
  return useQuery({ queryKey: ['business-plan', id], queryFn: () => call(businessPlans.get, { params: { id: id! } }), enabled: !!id });
}

export function useDossier(id: string | undefined) {
  return useQuery({ queryKey: ['dossier', id], queryFn: () => call(dossiers.get, { params: { id: id! } }), enabled: !!id });
}

export function useIdeaVersion(id: string, number: number) {
  return useQuery({ queryKey: ['idea', id, 'version', number], queryFn: () => call(ideas.version, { params: { id, number } }) });
}

export function useBusinessPlanVersion(id: string, number: number) {
  return useQuery({ queryKey: ['business-plan', id, 'version', number], queryFn: () => call(businessPlans.version, { params: { id, number } }) });
}

/** What a form creates once: the request id is the form's. */
interface Creation<B> {
  body: Omit<B, 'requestId'>;
  requestId: string;
}

export function useCreateIdea() {
  return useRefreshing(({ body, requestId }: Creation<IdeaInput>) => call(ideas.create, { body: { ...body, requestId } }), CYCLE_KEYS);
}

export function useUpdateIdea(id: string) {
  return useRefreshing((body: BodyIn<typeof ideas.update>) => call(ideas.update, { params: { id }, body }), CYCLE_KEYS);
}

export function useCreateBusinessPlan() {
  return useRefreshing(({ body, requestId }: Creation<BusinessPlanInput>) => call(businessPlans.create, { body: { ...body, requestId } }), CYCLE_KEYS);
}

export function useUpdateBusinessPlan(id: string) {
  return useRefreshing((body: BodyIn<typeof businessPlans.update>) => call(businessPlans.update, { params: { id }, body }), CYCLE_KEYS);
}

export function useCreateDossier() {
  return useRefreshing(({ body, requestId }: Creation<DossierInput>) => call(dossiers.create, { body: { ...body, requestId } }), CYCLE_KEYS);
}

/** A transition request of any kind of item; `action` is one the item listed in its `actions`. */
export type TransitionRequest = Omit<BodyIn<typeof dossiers.transition>, 'action'> & { action: string; requestId: string };

/** The action as the kind's contract types it (the item listed it, so it is one of them). */
function actionOf<const A extends string>(actions: readonly A[], action: string): A {
  const known = actions.find((a) => a === action);
  if (!known) throw new Error(`unknown action ${action}`);
  return known;
}

async function sendTransition(kind: ItemKind, id: string, { action, preAssessment, ...rest }: TransitionRequest) {
  const params = { id };
  switch (kind) {
    case 'idea':
      return call(ideas.transition, { params, body: { ...rest, action: actionOf(IDEA_ACTIONS, action) } });
    case 'business-plan':
      return call(businessPlans.transition, { params, body: { ...rest, action: actionOf(BUSINESS_PLAN_ACTIONS, action) } });
    case 'dossier':
      return call(dossiers.transition, { params, body: { ...rest, action: actionOf(DOSSIER_ACTIONS, action), preAssessment } });
  }
}

export function useTransition(kind: ItemKind, id: string) {
  const qc = useQueryClient();
  const refresh = () => {
    for (const key of CYCLE_KEYS) void qc.invalidateQueries({ queryKey: [key] });
  };
  return useMutation({
    mutationFn: (body: TransitionRequest) => sendTransition(kind, id, body),
    onSuccess: (data) => {
      qc.setQueryData([kind, id], data);
      refresh();
    },
    onError: refresh,
  });
}

/* ------------------------------------------ files ------------------------------------------ */

/** Uploads one file (multipart) to a dossier checklist item or a business plan. */
export function useUpload(kind: 'dossier' | 'business-plan', id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, itemCode }: { file: File; itemCode?: string }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload(kind === 'dossier' ? files.uploadToDossier : files.uploadToBusinessPlan, { params: { id }, query: { itemCode } }, form);
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: [kind, id] }),
  });
}

export function useDeleteFile(kind: 'dossier' | 'business-plan', id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => call(files.remove, { params: { id: fileId } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: [kind, id] }),
  });
}

/* ------------------------------------ work queue, notifications ------------------------------------ */

export function useWorklist(query: WorklistFilters = {}, enabled = true) {
  return useQuery({ queryKey: ['worklist', query], queryFn: () => call(worklist, { query }), enabled, refetchInterval: 60_000 });
}

export function useNotifications(query: NotificationFilters = {}, enabled = true) {
  return useQuery({ queryKey: ['notifications', query], queryFn: () => call(notifications.list, { query }), enabled, refetchInterval: 60_000 });
}

export function useMarkRead() {
  return useRefreshing(
    async (id: string | 'all') => (id === 'all' ? call(notifications.markAllRead) : call(notifications.markRead, { params: { id } })),
    ['notifications'],
  );
}

/* ------------------------------------------ cycles ------------------------------------------ */

/** The cycle of a province and year; null when there is none (404). */
export function useCurrentCycle(year?: number, province?: string, enabled = true) {
  return useQuery({
    queryKey: ['cycle', 'current', year ?? null, province ?? null],
    queryFn: async () => {
      try {
        return await call(cycles.current, { query: { year, province } });
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    enabled,
  });
}

export function useCycles(query: { year?: number; province?: string } = {}) {
  return useQuery({ queryKey: ['cycle', 'list', query], queryFn: () => call(cycles.list, { query }) });
}

export function useCreateCycle() {
  return useRefreshing((body: BodyIn<typeof cycles.create>) => call(cycles.create, { body }), ['cycle']);
}

export function useUpdateCycle(id: string) {
  return useRefreshing((body: BodyIn<typeof cycles.update>) => call(cycles.update, { params: { id }, body }), ['cycle']);
}

export function useCycleTransition() {
  return useRefreshing(({ id, ...body }: BodyIn<typeof cycles.transition> & { id: string }) => call(cycles.transition, { params: { id }, body }), ['cycle']);
}

/* --------------------------------- step 1: communication and training --------------------------------- */

export function useActivity(query: { year?: number; unit?: string }) {
  return useQuery({ queryKey: ['activity', query], queryFn: () => call(activities.list, { query }), placeholderData: keepPreviousData });
}

export function useActivitySummary(query: { year: number; unit?: string }) {
  return useQuery({ queryKey: ['activity', 'summary', query], queryFn: () => call(activities.summary, { query }) });
}

export type ActivityChange =
  | { kind: 'communication'; body: BodyIn<typeof activities.addCommunication> }
  | { kind: 'training'; body: BodyIn<typeof activities.addTraining> }
  | { kind: 'communication' | 'training'; remove: string };

export function useActivityMutation() {
  return useRefreshing(async (change: ActivityChange) => {
    if ('remove' in change) {
      const params = { id: change.remove };
      return change.kind === 'communication' ? call(activities.removeCommunication, { params }) : call(activities.removeTraining, { params });
    }
    return change.kind === 'communication' ? call(activities.addCommunication, { body: change.body }) : call(activities.addTraining, { body: change.body });
  }, ['activity', 'cycle']);
}

/* ----------------------------------------- step 4: implementation ----------------------------------------- */

export function useImplementation(planId: string | undefined, enabled = true) {
  return useQuery({ queryKey: ['implementation', planId], queryFn: () => call(implementation.get, { params: { id: planId! } }), enabled: !!planId && enabled });
}

export function useImplementationList(query: ImplementationFilters) {
  return useQuery({ queryKey: ['implementation', 'list', query], queryFn: () => call(implementation.list, { query }), placeholderData: keepPreviousData });
}

export type ImplementationChange =
  | { kind: 'support'; body: BodyIn<typeof implementation.addSupport> }
  | { kind: 'removeSupport'; supportId: string }
  | { kind: 'capital'; year: number; body: BodyIn<typeof implementation.putCapital> }
  | { kind: 'note'; body: BodyIn<typeof implementation.addNote> };

export function useImplementationMutation(planId: string) {
  return useRefreshing(async (change: ImplementationChange) => {
    const id = planId;
    switch (change.kind) {
      case 'support':
        return call(implementation.addSupport, { params: { id }, body: change.body });
      case 'removeSupport':
        return call(implementation.removeSupport, { params: { id, supportId: change.supportId } });
      case 'capital':
        return call(implementation.putCapital, { params: { id, year: change.year }, body: change.body });
      case 'note':
        return call(implementation.addNote, { params: { id }, body: change.body });
    }
  }, ['implementation']);
}
