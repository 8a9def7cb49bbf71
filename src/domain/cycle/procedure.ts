import type { UnitStructure } from '../policy';
import type { Role } from '../users/roles';
import { CURRENT_STRUCTURE_FROM, structureAsOf } from '../units/structure';
import { toIsoDate } from '../dates';
import type { LocalizedText } from './state-machine';

/**
 * Which administrative procedure an item follows, by the date it was filed:
 * - `legacy`: before 2025-07-01, with districts (Decisions 1048/2019, 781/2021, 148/2023):
 *   the commune receives and forwards to the district, whose OCOP officer appraises ideas
 *   and business plans and whose council evaluates first;
 * - `current`: from 2025-07-01, two-level local government (Decision 1489/2025): the commune
 *   receives, pre-assesses its part of the dossier and proposes; the province appraises.
 * The same cut-over date as the administrative-unit structure (`domain/units/structure`).
 */
export type Procedure = UnitStructure;

export const TWO_LEVEL_PROCEDURE_FROM = CURRENT_STRUCTURE_FROM;

export interface ProcedureInfo {
  readonly code: Procedure;
  readonly label: LocalizedText;
  /** The officer role that appraises ideas and business plans and checks dossiers. */
  readonly appraisingRole: Extract<Role, 'province' | 'district'>;
  readonly appraisingLevel: LocalizedText;
}

export const PROCEDURES: { readonly [P in Procedure]: ProcedureInfo } = {
  legacy: {
    code: 'legacy',
    label: { vi: 'Quy trình 3 cấp (có cấp huyện, trước 01/7/2025)', en: 'Three-level procedure (with districts, before 2025-07-01)' },
    appraisingRole: 'district',
    appraisingLevel: { vi: 'cấp huyện', en: 'district' },
  },
  current: {
    code: 'current',
    label: { vi: 'Quy trình 2 cấp (từ 01/7/2025)', en: 'Two-level procedure (from 2025-07-01)' },
    appraisingRole: 'province',
    appraisingLevel: { vi: 'cấp tỉnh', en: 'province' },
  },
};

/** The procedure in force on a date (a Date is read as its day in Vietnam). */
export function procedureFor(date: Date | string): Procedure {
  return structureAsOf(toIsoDate(date));
}
