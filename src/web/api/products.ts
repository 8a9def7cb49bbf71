import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { products } from '../../contracts/products';
import { photos } from '../../contracts/photos';
import { call, upload } from './call';
import type { FigureInput, ProductFilters, ProductInput, ProductPatch } from './types';

export type { ProductFilters, FigureInput };

/** `publicView`: the catalogue works without a session, so no 401 → /login redirect. */
export function useProducts(query: ProductFilters, opts: { publicView?: boolean; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['products', query, opts.publicView ? 'public' : 'app'],
    queryFn: () => call(products.list, { query: opts.publicView ? { ...query, catalogue: 'true' } : query }, { allowUnauthorized: opts.publicView }),
    placeholderData: keepPreviousData,
    enabled: opts.enabled ?? true,
  });
}

export function useProduct(id: string | undefined, publicView = false) {
  return useQuery({
    queryKey: ['product', id],
    queryFn: () => call(products.get, { params: { id: id! } }, { allowUnauthorized: publicView }),
    enabled: !!id,
  });
}

export function useProductAudit(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['product', id, 'audit'],
    queryFn: () => call(products.audit, { params: { id: id! } }),
    enabled: !!id && enabled,
  });
}

export function useProductFigures(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['product', id, 'figures'],
    queryFn: () => call(products.figures, { params: { id: id! } }, { allowUnauthorized: true }),
    enabled: !!id && enabled,
  });
}

export function useCreateProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProductInput) => call(products.create, { body }),
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
    mutationFn: (body: ProductPatch) => call(products.update, { params: { id }, body }),
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
    mutationFn: (version: number) => call(products.remove, { params: { id }, query: { version } }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: ['product', id] });
      void qc.invalidateQueries({ queryKey: ['products'] });
      void qc.invalidateQueries({ queryKey: ['entity'] });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

export function useSaveFigure(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ year, ...body }: FigureInput & { year: number }) => call(products.putFigure, { params: { id, year }, body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['product', id, 'figures'] });
      void qc.invalidateQueries({ queryKey: ['product', id, 'audit'] });
    },
  });
}

export function useDeleteFigure(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => call(products.removeFigure, { params: { id, year } }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['product', id, 'figures'] });
      void qc.invalidateQueries({ queryKey: ['product', id, 'audit'] });
    },
  });
}

/** Uploads one photo of a product (multipart); the product is refetched with its photos. */
export function useUploadPhoto(productId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload(photos.upload, { params: { id: productId } }, form);
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['product', productId] }),
  });
}

export function useDeletePhoto(productId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (photoId: string) => call(photos.remove, { params: { id: productId, photoId } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['product', productId] }),
  });
}
