import { useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import type { Items, Unit, UnitDetail, UnitLevel, UnitMapping, UnitStructure } from './types';

export interface UnitQuery {
  structure?: UnitStructure;
  date?: string;
  parent?: string;
  q?: string;
  level?: UnitLevel;
  limit?: number;
}

export function fetchUnits(params: UnitQuery): Promise<Items<Unit>> {
  return apiGet<Items<Unit>>('/api/units', { ...params }, { allowUnauthorized: true });
}

export function fetchUnit(structure: UnitStructure, code: string): Promise<UnitDetail> {
  return apiGet<UnitDetail>(`/api/units/${structure}/${encodeURIComponent(code)}`, undefined, {
    allowUnauthorized: true,
  });
}

export function useUnits(params: UnitQuery, enabled = true) {
  return useQuery({
    queryKey: ['units', params],
    queryFn: () => fetchUnits(params),
    staleTime: 60 * 60_000,
    enabled,
  });
}

/** Current provinces (34), for filters. */
export function useProvinces(structure: UnitStructure = 'current') {
  return useUnits({ structure });
}

export function useUnit(structure: UnitStructure | undefined, code: string | null | undefined) {
  return useQuery({
    queryKey: ['unit', structure, code],
    queryFn: () => fetchUnit(structure!, code!),
    enabled: !!structure && !!code,
    staleTime: 60 * 60_000,
  });
}

export function useUnitMapping(by: 'legacy' | 'current', code: string | null | undefined) {
  return useQuery({
    queryKey: ['unit-mapping', by, code],
    queryFn: () => apiGet<Items<UnitMapping>>('/api/units/mapping', { [by]: code }, { allowUnauthorized: true }),
    enabled: !!code,
    staleTime: 60 * 60_000,
  });
}
