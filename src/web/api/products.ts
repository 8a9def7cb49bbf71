import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';
import type { AuditEvent, Figure, Items, Page, Product, ProductInput } from './types';

export interface ProductFilters {
  q?: string;
  province?: string;
  unit?: string;
  group?: string;
  subgroup?: string;
  stars?: string;
  entityId?: string;
  page?: number;
  pageSize?: number;
}

/** `publicView`: the catalogue works without a session, so no 401 → /login redirect. */
export function useProducts(f: ProductFilters, opts: { publicView?: boolean; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['products', f, opts.publicView ? 'public' : 'app'],
    queryFn: () =>
      apiGet<Page<Product>>('/api/products', opts.publicView ? { ...f, catalogue: 'true' } : { ...f }, { allowUnauthorized: opts.publicView }),
    placeholderData: keepPreviousData,
    enabled: opts.enabled ?? true,
  });
}

export function useProduct(id: string | undefined, publicView = false) {
  return useQuery({
    queryKey: ['product', id],
    queryFn: () =>
      apiGet<Product>(`/api/products/${encodeURIComponent(id!)}`, undefined, { allowUnauthorized: publicView }),
    enabled: !!id,
  });
}

export function useProductAudit(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['product', id, 'audit'],
    queryFn: () => apiGet<Items<AuditEvent>>(`/api/products/${encodeURIComponent(id!)}/audit`),
    enabled: !!id && enabled,
  });
}

export function useProductFigures(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['product', id, 'figures'],
    queryFn: () =>
      apiGet<Items<Figure>>(`/api/products/${encodeURIComponent(id!)}/figures`, undefined, {
        allowUnauthorized: true,
      }),
    enabled: !!id && enabled,
  });
}

export function useCreateProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProductInput) => apiSend<Product>('POST', '/api/products', body),
    onSuccess: (p) => {
      qc.setQueryData(['product', p.id], p);
      void qc.invalidateQueries({ queryKey: ['products'] });
      void qc.invalidateQueries({ queryKey: ['entity'] });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

export function useUpdateProduct(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<ProductInput> & { version: number }) =>
      apiSend<Product>('PATCH', `/api/products/${encodeURIComponent(id)}`, body),
    onSuccess: (p) => {
      qc.setQueryData(['product', id], p);
      void qc.invalidateQueries({ queryKey: ['product', id, 'audit'] });
      void qc.invalidateQueries({ queryKey: ['products'] });
    },
  });
}

export function useDeleteProduct(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      apiSend<void>('DELETE', `/api/products/${encodeURIComponent(id)}?version=${version}`),
    onSuccess: () => {
      qc.removeQueries({ queryKey: ['product', id] });
      void qc.invalidateQueries({ queryKey: ['products'] });
      void qc.invalidateQueries({ queryKey: ['entity'] });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

/** Profit may be left out: the server computes revenue − cost. */
export type FigureInput = Omit<Figure, 'year' | 'profitVnd'> & { profitVnd?: number };

export function useSaveFigure(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ year, ...body }: FigureInput & { year: number }) =>
      apiSend<Figure>('PUT', `/api/products/${encodeURIComponent(id)}/figures/${year}`, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['product', id, 'figures'] });
      void qc.invalidateQueries({ queryKey: ['product', id, 'audit'] });
    },
  });
}

export function useDeleteFigure(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => apiSend<void>('DELETE', `/api/products/${encodeURIComponent(id)}/figures/${year}`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['product', id, 'figures'] });
      void qc.invalidateQueries({ queryKey: ['product', id, 'audit'] });
    },
  });
}
