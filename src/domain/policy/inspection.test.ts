import { describe, expect, it } from 'vitest';
import { actionsOn, authorize, capabilities, may, type Actor, type Located } from './index';
import type { Role } from '../users/roles';

const base = { unitStructure: 'current' as const, districtCode: null, entityId: null };
const actors: Record<Role, Actor> = {
  admin: { ...base, id: 'a', role: 'admin', unitCode: 'VN', provinceCode: null },
  central: { ...base, id: 'c', role: 'central', unitCode: 'VN', provinceCode: null },
  province: { ...base, id: 'p', role: 'province', unitCode: '22', provinceCode: '22' },
  district: { ...base, id: 'd', role: 'district', unitStructure: 'legacy', unitCode: '195', provinceCode: '22', districtCode: '195' },
  commune: { ...base, id: 'm', role: 'commune', unitCode: '06778', provinceCode: '22' },
  council: { ...base, id: 'k', role: 'council', unitCode: '22', provinceCode: '22' },
  producer: { ...base, id: 'r', role: 'producer', unitCode: '06778', provinceCode: '22', entityId: 'E1' },
  trade: { ...base, id: 't', role: 'trade', unitCode: '22', provinceCode: '22' },
  buyer: { ...base, id: 'b', role: 'buyer', unitCode: '22', provinceCode: '22' },
};
const inside: Located = { unitStructure: 'current', unitCode: '06778', provinceCode: '22', districtCode: '195', entityId: 'E1' };
const neighbour: Located = { unitStructure: 'current', unitCode: '06781', provinceCode: '22', districtCode: '195', entityId: 'E2' };
const outside: Located = { unitStructure: 'current', unitCode: '21025', provinceCode: '51', entityId: 'E9' };

// role → [record inside, neighbour, outside], [read inside, neighbour, outside]
const table: Record<Role, [boolean[], boolean[]]> = {
  admin: [[true, true, true], [true, true, true]],
  central: [[true, true, true], [true, true, true]],
  province: [[true, true, false], [true, true, false]],
  district: [[false, false, false], [false, false, false]],
  commune: [[false, false, false], [false, false, false]],
  council: [[false, false, false], [false, false, false]],
  producer: [[false, false, false], [true, false, false]],
  trade: [[false, false, false], [false, false, false]],
  buyer: [[false, false, false], [false, false, false]],
};

describe('inspection policy', () => {
  it.each(Object.entries(table))('%s', (role, [record, read]) => {
    const actor = actors[role as Role];
    for (const action of ['create', 'update', 'record', 'cancel'] as const) {
      expect([inside, neighbour, outside].map((r) => may(actor, action, 'inspection', { ...r, status: 'planned' }))).toEqual(record);
    }
    expect([inside, neighbour, outside].map((r) => may(actor, 'read', 'inspection', r))).toEqual(read);
  });

  it('a recorded or cancelled inspection is final', () => {
    expect(actionsOn(actors.province, 'inspection', { ...inside, status: 'planned' })).toEqual(['update', 'record', 'cancel']);
    expect(actionsOn(actors.province, 'inspection', { ...inside, status: 'recorded' })).toEqual([]);
    expect(actionsOn(actors.admin, 'inspection', { ...inside, status: 'cancelled' })).toEqual([]);
    expect(actionsOn(actors.producer, 'inspection', { ...inside, status: 'planned' })).toEqual([]);
  });

  it('answers 404 to those who may not see it, 403 to the producer recording its own', () => {
    expect(() => authorize(actors.province, 'record', 'inspection', outside)).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(actors.district, 'read', 'inspection', inside)).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(actors.producer, 'record', 'inspection', inside)).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => authorize(null, 'read', 'inspection', inside)).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('shows the inspection screens to the offices that plan them', () => {
    expect(capabilities(actors.province)).toEqual(expect.arrayContaining(['inspections.read', 'inspections.manage']));
    expect(capabilities(actors.producer)).not.toContain('inspections.read');
    expect(capabilities(actors.commune)).not.toContain('inspections.manage');
  });
});
