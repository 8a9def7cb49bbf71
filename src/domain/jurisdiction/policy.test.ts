import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../users/roles';
import { can, inScope, scopeFor, type Action, type Actor, type Located, type Resource } from './policy';

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
};

// In scope for everybody who has the permission: Quang Hanh ward (legacy Cẩm Phả district), entity E1.
const inside: Located = { unitStructure: 'current', unitCode: '06778', provinceCode: '22', entityId: 'E1' };
const insideLegacy: Located = { unitStructure: 'legacy', unitCode: '06778', provinceCode: '22', districtCode: '195', entityId: 'E1' };
// Out of scope for every unit-bound role: a Quảng Ngãi record of another entity.
const outside: Located = { unitStructure: 'current', unitCode: '21025', provinceCode: '51', entityId: 'E9' };
// Same province, other commune, other entity.
const neighbour: Located = { unitStructure: 'current', unitCode: '06781', provinceCode: '22', entityId: 'E2' };

type Row = [Role, Resource, Action, boolean, boolean, boolean];
// role, resource, action, allowed inside, allowed on neighbour (same province), allowed outside
const matrix: Row[] = [
  ['admin', 'entity', 'read', true, true, true],
  ['admin', 'product', 'delete', true, true, true],
  ['admin', 'user', 'create', true, true, true],
  ['central', 'product', 'read', true, true, true],
  ['central', 'product', 'update', false, false, false],
  ['central', 'user', 'create', false, false, false],
  ['province', 'entity', 'read', true, true, false],
  ['province', 'entity', 'update', true, true, false],
  ['province', 'product', 'delete', true, true, false],
  ['province', 'user', 'create', false, false, false],
  ['district', 'entity', 'read', false, false, false], // current-structure records are outside a legacy district
  ['district', 'entity', 'update', false, false, false],
  ['commune', 'entity', 'read', true, false, false],
  ['commune', 'product', 'create', true, false, false],
  ['commune', 'product', 'update', true, false, false],
  ['commune', 'product', 'delete', false, false, false],
  ['council', 'product', 'read', false, false, false],
  ['producer', 'entity', 'read', true, false, false],
  ['producer', 'entity', 'update', true, false, false],
  ['producer', 'entity', 'create', false, false, false],
  ['producer', 'product', 'create', true, false, false],
  ['producer', 'product', 'delete', false, false, false],
  ['trade', 'product', 'read', true, true, false],
  ['trade', 'product', 'update', false, false, false],
];

describe('authorisation matrix (role × unit × action)', () => {
  it.each(matrix)('%s %s %s → inside %s, neighbour %s, outside %s', (role, resource, action, ins, nb, out) => {
    const actor = actors[role];
    expect(can(actor, action, resource, inside)).toBe(ins);
    expect(can(actor, action, resource, neighbour)).toBe(nb);
    expect(can(actor, action, resource, outside)).toBe(out);
  });

  it('covers every role', () => {
    expect(new Set(matrix.map((r) => r[0]))).toEqual(new Set(ROLES));
  });

  it('lets a legacy district officer read its own history only', () => {
    expect(can(actors.district, 'read', 'product', insideLegacy)).toBe(true);
    expect(can(actors.district, 'read', 'product', { ...insideLegacy, districtCode: '193' })).toBe(false);
  });

  it('gives a producer without an entity nothing', () => {
    const lost: Actor = { ...actors.producer, entityId: null };
    expect(scopeFor(lost, 'read', 'product')).toEqual({ kind: 'none' });
  });

  it('lets council members read the products of the rounds they sit on, and nothing else', () => {
    const council = actors.council;
    expect(scopeFor(council, 'read', 'product')).toEqual({ kind: 'council', userId: 'k' });
    expect(can(council, 'read', 'product', { ...inside, councilUserIds: ['x', 'k'] })).toBe(true);
    expect(can(council, 'read', 'product', { ...outside, councilUserIds: ['k'] })).toBe(true);
    expect(can(council, 'read', 'product', { ...inside, councilUserIds: ['x'] })).toBe(false);
    expect(can(council, 'update', 'product', { ...inside, councilUserIds: ['k'] })).toBe(false);
    expect(can(council, 'read', 'entity', { ...inside, councilUserIds: ['k'] })).toBe(false);
    expect(can(council, 'read', 'round', { ...inside, councilUserIds: ['k'] })).toBe(true);
    expect(can(council, 'read', 'certificate', inside)).toBe(false);
    // The membership list never widens anybody else's scope.
    expect(can(actors.trade, 'read', 'product', { ...outside, councilUserIds: ['t'] })).toBe(false);
  });

  it.each([
    ['admin', 'round', 'create', true, true, true],
    ['central', 'round', 'read', true, true, true],
    ['province', 'round', 'create', true, true, false],
    ['province', 'certificate', 'update', true, true, false],
    ['commune', 'round', 'create', false, false, false],
    ['commune', 'certificate', 'read', true, false, false],
    ['producer', 'certificate', 'read', true, false, false],
    ['producer', 'certificate', 'update', false, false, false],
    ['trade', 'certificate', 'read', true, true, false],
    ['trade', 'certificate', 'update', false, false, false],
    ['council', 'round', 'create', false, false, false],
  ] as Row[])('%s %s %s (evaluation) → inside %s, neighbour %s, outside %s', (role, resource, action, ins, nb, out) => {
    const actor = actors[role];
    expect(can(actor, action, resource, inside)).toBe(ins);
    expect(can(actor, action, resource, neighbour)).toBe(nb);
    expect(can(actor, action, resource, outside)).toBe(out);
  });

  it('matches the commune scope on structure as well as code', () => {
    // 06778 exists in both structures: a legacy record is not in the current ward's scope.
    expect(inScope({ kind: 'commune', unitStructure: 'current', unitCode: '06778' }, insideLegacy)).toBe(false);
  });
});
