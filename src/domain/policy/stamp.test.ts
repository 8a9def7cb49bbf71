import { describe, expect, it } from 'vitest';
import { authorize, capabilities, may, type Actor, type Located } from './index';
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

// role → [create inside, neighbour, outside], [read inside, neighbour, outside]
const table: Record<Role, [boolean[], boolean[]]> = {
  admin: [[true, true, true], [true, true, true]],
  central: [[false, false, false], [true, true, true]],
  province: [[true, true, false], [true, true, false]],
  district: [[false, false, false], [true, true, false]],
  commune: [[true, false, false], [true, false, false]],
  council: [[false, false, false], [false, false, false]],
  producer: [[true, false, false], [true, false, false]],
  trade: [[false, false, false], [true, true, false]],
  // a buyer sees stamps through the public check only
  buyer: [[false, false, false], [false, false, false]],
};

describe('stamp batch policy', () => {
  it.each(Object.entries(table))('%s', (role, [create, read]) => {
    const actor = actors[role as Role];
    expect([inside, neighbour, outside].map((r) => may(actor, 'create', 'stampBatch', r))).toEqual(create);
    expect([inside, neighbour, outside].map((r) => may(actor, 'read', 'stampBatch', r))).toEqual(read);
  });

  it('answers 404 outside the jurisdiction, 403 inside it, 401 to the public', () => {
    expect(() => authorize(actors.province, 'create', 'stampBatch', outside)).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(actors.trade, 'create', 'stampBatch', inside)).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => authorize(null, 'create', 'stampBatch', inside)).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('offers the stamp form to those who may issue', () => {
    expect(capabilities(actors.producer)).toContain('stamps.create');
    expect(capabilities(actors.commune)).toContain('stamps.create');
    expect(capabilities(actors.trade)).not.toContain('stamps.create');
    expect(capabilities(actors.central)).not.toContain('stamps.create');
  });
});
