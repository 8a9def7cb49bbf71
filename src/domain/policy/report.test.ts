import { describe, expect, it } from 'vitest';
import { NATION_LOCATED, reportAccess, runnableReports } from './report';
import type { Actor, Located } from './scope';

const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({ id: 'u', role, unitStructure: 'current', unitCode: '22', provinceCode: '22', districtCode: null, entityId: null, ...extra });
const qn: Located = { unitStructure: 'current', unitCode: '22', provinceCode: '22', districtCode: null };
const qng: Located = { unitStructure: 'current', unitCode: '51', provinceCode: '51', districtCode: null };
const quangHanh: Located = { unitStructure: 'current', unitCode: '06778', provinceCode: '22', districtCode: '195' };

describe('report policy', () => {
  it('a provincial office runs every area report on its province, nothing on another but the public ones', () => {
    const p = actor('province');
    expect(reportAccess(p, 'funnel', qn)).toBe('full');
    expect(reportAccess(p, 'funnel', qng)).toBeNull();
    expect(reportAccess(p, 'products-by-star', qng)).toBe('certified');
    expect(reportAccess(p, 'national-summary', NATION_LOCATED)).toBe('certified');
  });
  it('national accounts run everything everywhere', () => {
    expect(reportAccess(actor('central', { provinceCode: null, unitCode: 'VN' }), 'targets', qng)).toBe('full');
    expect(runnableReports(actor('admin', { provinceCode: null }))).toHaveLength(12);
  });
  it('a commune officer, its commune; a legacy district officer, its area; the public, the public reports', () => {
    const c = actor('commune', { unitCode: '06778' });
    expect(reportAccess(c, 'communication', quangHanh)).toBe('full');
    expect(reportAccess(c, 'communication', qn)).toBeNull();
    const d = actor('district', { unitStructure: 'legacy', unitCode: '195', districtCode: '195' });
    expect(reportAccess(d, 'funding', quangHanh)).toBe('full');
    expect(reportAccess(null, 'funding', qn)).toBeNull();
    expect(runnableReports(null)).toEqual(['products-by-star', 'entities', 'localities', 'national-summary']);
  });
  it('the trade report: trade officers and area offices on their area; not producers nor the public', () => {
    expect(reportAccess(actor('trade'), 'trade', qn)).toBe('full');
    expect(reportAccess(actor('trade'), 'trade', qng)).toBeNull();
    expect(reportAccess(actor('province'), 'trade', qn)).toBe('full');
    expect(reportAccess(actor('commune', { unitCode: '06778' }), 'trade', quangHanh)).toBe('full');
    expect(reportAccess(actor('commune', { unitCode: '06778' }), 'trade', qn)).toBeNull();
    expect(reportAccess(actor('central', { provinceCode: null, unitCode: 'VN' }), 'trade', NATION_LOCATED)).toBe('full');
    expect(reportAccess(actor('producer', { entityId: 'e1' }), 'trade', { ...quangHanh, entityId: 'e1' })).toBeNull();
    expect(reportAccess(null, 'trade', qn)).toBeNull();
    expect(runnableReports(actor('trade'))).toContain('trade');
    expect(runnableReports(actor('producer', { entityId: 'e1' }))).not.toContain('trade');
  });
  it('a producer runs product-growth on its own entity only', () => {
    const p = actor('producer', { entityId: 'e1' });
    expect(reportAccess(p, 'product-growth', { ...quangHanh, entityId: 'e1' })).toBe('full');
    expect(reportAccess(p, 'product-growth', { ...quangHanh, entityId: 'e2' })).toBeNull();
  });
});
