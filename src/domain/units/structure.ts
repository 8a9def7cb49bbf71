import type { UnitStructure } from '../policy';

/** Levels of the administrative structure (the current one has no districts). */
export const UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The 2-level structure (34 provinces, no districts) is in force from this date. */
export const CURRENT_STRUCTURE_FROM = '2025-07-01';

/** Which structure of administrative units was in force on an ISO date (YYYY-MM-DD). */
export function structureAsOf(isoDate: string): UnitStructure {
  return isoDate < CURRENT_STRUCTURE_FROM ? 'legacy' : 'current';
}

export interface MappingRow {
  legacyCode: string;
  currentCode: string;
  part: 'full' | 'partial';
  ordinal: number;
}

/**
 * The current commune a legacy commune's figures roll up into. A commune split across
 * several new communes is attributed to the first listed one (the order of the official
 * mapping), which reports state.
 */
export function rollUpTarget(rows: MappingRow[]): string | null {
  if (rows.length === 0) return null;
  return [...rows].sort((a, b) => a.ordinal - b.ordinal)[0].currentCode;
}
