import { describe, expect, it } from 'vitest';
import { PROCEDURES, TWO_LEVEL_PROCEDURE_FROM, procedureFor } from './procedure';

describe('procedure', () => {
  it('is legacy (with districts) before 2025-07-01 and two-level from then', () => {
    expect(TWO_LEVEL_PROCEDURE_FROM).toBe('2025-07-01');
    expect(procedureFor('2025-06-30')).toBe('legacy');
    expect(procedureFor('2025-07-01')).toBe('current');
    expect(procedureFor(new Date('2025-06-30T17:00:00Z'))).toBe('current');
    expect(PROCEDURES.legacy.appraisingRole).toBe('district');
    expect(PROCEDURES.current.appraisingRole).toBe('province');
  });
});
