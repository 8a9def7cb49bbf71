import { describe, expect, it } from 'vitest';
import { capabilities, may, scopeOf, type Actor } from './index';

const actor = (role: Actor['role'], provinceCode: string | null): Actor => ({ id: 'u', role, unitStructure: 'current', unitCode: provinceCode ?? '00', provinceCode, districtCode: null, entityId: null });
const qn = { unitStructure: 'current' as const, unitCode: '22', provinceCode: '22', districtCode: null, entityId: null };

describe('import policy', () => {
  it('lets provincial offices import into their province only, administrators anywhere', () => {
    expect(may(actor('province', '22'), 'commit', 'import', qn)).toBe(true);
    expect(may(actor('province', '51'), 'read', 'import', qn)).toBe(false);
    expect(may(actor('admin', null), 'commit', 'import', qn)).toBe(true);
    expect(may(actor('central', null), 'read', 'import', qn)).toBe(true);
    expect(may(actor('central', null), 'commit', 'import', qn)).toBe(false);
    expect(scopeOf(actor('commune', '22'), 'create', 'import').kind).toBe('none');
    expect(capabilities(actor('province', '22'))).toContain('imports.create');
    expect(capabilities(actor('producer', '22'))).not.toContain('imports.create');
  });
});
