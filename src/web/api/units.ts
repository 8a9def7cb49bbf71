import { useQuery } from '@tanstack/react-query';
import { units } from '../../contracts/units';
import { call } from './call';
import type { UnitQuery, UnitStructure } from './types';

export type { UnitQuery };

export function fetchUnits(query: UnitQuery) {
  return call(units.list, { query }, { allowUnauthorized: true });
}

export function fetchUnit(structure: UnitStructure, code: string) {
  return call(units.get, { params: { structure, code } }, { allowUnauthorized: true });
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
    queryFn: () => call(units.mapping, { query: { [by]: code ?? undefined } }, { allowUnauthorized: true }),
    enabled: !!code,
    staleTime: 60 * 60_000,
  });
}
