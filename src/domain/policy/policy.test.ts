import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../users/roles';
import {
  actionsOn, authorize, authorizeMove, capabilities, feedbackRoundStatuses, inScope, may, mayCreateRoundAt, maySitOnCouncil, scopeOf,
  type Actor, type Capability, type CycleItemRecord, type Located,
} from './index';

type Resource = 'entity' | 'product' | 'user' | 'round' | 'certificate';
type Action = 'read' | 'create' | 'update' | 'delete';

/** The old role × resource × action vocabulary, through the policy module's one entry point. */
function can(actor: Actor, action: Action, resource: Resource, record: Located): boolean {
  switch (resource) {
    case 'entity':
      return may(actor, action, 'entity', record);
    case 'product':
      return may(actor, action, 'product', record);
    case 'user':
      return action !== 'delete' && may(actor, action, 'user', { id: 'x' });
    case 'certificate':
      return action === 'read' ? may(actor, 'read', 'certificate', record) : action === 'update' && may(actor, 'revoke', 'certificate', record);
    case 'round':
      if (action === 'create') return mayCreateRoundAt(actor, 'province', record.provinceCode);
      return may(actor, action === 'update' ? 'update' : 'read', 'round', { ...record, level: 'province', status: 'open', seats: (record.councilUserIds ?? []).map((userId) => ({ userId, seat: 'member' })) });
  }
}

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
  // a buyer sees the public catalogue only, not the registry of its province
  ['buyer', 'entity', 'read', false, false, false],
  ['buyer', 'product', 'read', false, false, false],
  ['buyer', 'certificate', 'read', false, false, false],
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
    // current-structure records of the district's former area are its records too (districtCode through the mapping)
    expect(can(actors.district, 'read', 'product', { ...inside, districtCode: '195' })).toBe(true);
    expect(can(actors.district, 'update', 'product', { ...inside, districtCode: '195' })).toBe(false);
  });

  it('gives a producer without an entity nothing', () => {
    const lost: Actor = { ...actors.producer, entityId: null };
    expect(scopeOf(lost, 'read', 'product')).toEqual({ kind: 'none' });
  });

  it('lets council members read the products of the rounds they sit on, and nothing else', () => {
    const council = actors.council;
    expect(scopeOf(council, 'read', 'product')).toEqual({ kind: 'council', userId: 'k' });
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

  it('answers 404 out of jurisdiction, also for public records, and 403 inside it', () => {
    const publicProduct = { ...outside, public: true };
    expect(() => authorize(actors.province, 'read', 'product', publicProduct)).not.toThrow();
    expect(() => authorize(actors.province, 'update', 'product', publicProduct)).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(actors.trade, 'update', 'product', inside)).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => authorize(null, 'read', 'product', inside)).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(null, 'read', 'product', publicProduct)).not.toThrow();
  });

  it('keeps business figures private unless the producer publishes them', () => {
    const product = { ...inside, public: true };
    expect(may(null, 'figures', 'product', product)).toBe(false);
    expect(may(actors.producer, 'figures', 'product', { ...outside, public: true })).toBe(false);
    expect(may(null, 'figures', 'product', { ...product, figuresPublic: true })).toBe(true);
    expect(may(actors.province, 'figures', 'product', product)).toBe(true);
  });

  it('lets only officers whose unit holds both places move a record', () => {
    const from = inside;
    expect(() => authorizeMove(actors.producer, 'entity', from, outside)).toThrow();
    expect(() => authorizeMove(actors.producer, 'entity', from, neighbour)).toThrow();
    expect(() => authorizeMove(actors.commune, 'entity', from, neighbour)).toThrow();
    expect(() => authorizeMove(actors.province, 'entity', from, neighbour)).not.toThrow();
    expect(() => authorizeMove(actors.province, 'entity', from, outside)).toThrow();
    expect(() => authorizeMove(actors.admin, 'entity', from, outside)).not.toThrow();
  });

  it('tells each role which actions it may take on a record', () => {
    expect(actionsOn(actors.commune, 'entity', inside)).toEqual(['update', 'audit', 'createProduct']);
    expect(actionsOn(actors.province, 'entity', inside)).toEqual(['update', 'delete', 'audit', 'createProduct']);
    expect(actionsOn(actors.central, 'entity', inside)).toEqual(['audit']);
    expect(actionsOn(actors.producer, 'product', inside)).not.toContain('delete');
    expect(actionsOn(actors.trade, 'product', inside)).toEqual(['figures']);
    expect(actionsOn(actors.council, 'product', { ...inside, councilUserIds: ['k'] })).toEqual([]);
    expect(actionsOn(actors.province, 'certificate', { ...inside, status: 'valid' })).toEqual(['revoke', 'audit']);
    expect(actionsOn(actors.province, 'certificate', { ...inside, status: 'superseded' })).toEqual(['audit']);
    expect(actionsOn(actors.producer, 'certificate', { ...inside, status: 'valid' })).toEqual([]);
  });

  it('derives what each role may start from the policies', () => {
    expect(capabilities(actors.central)).not.toContain('entities.create');
    expect(capabilities(actors.province)).toEqual(expect.arrayContaining(['entities.create', 'products.create', 'rounds.create', 'cycle.manage', 'activities.write']));
    expect(capabilities(actors.producer)).toEqual(expect.arrayContaining(['products.create', 'cycle.file', 'selfAssessment']));
    expect(capabilities(actors.producer)).not.toContain('entities.read');
    expect(capabilities(actors.admin)).toEqual(expect.arrayContaining(['users.manage', 'criteria.manage']));
    expect(capabilities(actors.trade)).not.toContain('cycle.items');
    // the levels of round each office may create (the round form's choices)
    expect(capabilities(actors.admin)).toEqual(expect.arrayContaining(['rounds.createCentral', 'rounds.createProvincial']));
    expect(capabilities(actors.central)).toContain('rounds.createCentral');
    expect(capabilities(actors.central)).not.toContain('rounds.createProvincial');
    expect(capabilities(actors.province)).toContain('rounds.createProvincial');
    expect(capabilities(actors.province)).not.toContain('rounds.createCentral');
    expect(capabilities(actors.council)).not.toContain('rounds.create');
    // producers never sit on a council: no rounds to list
    expect(capabilities(actors.producer)).not.toContain('rounds.read');
  });

  it('tells each council seat what it may do with a product of an open round', () => {
    const round = {
      ...inside, level: 'province', status: 'open',
      seats: [{ userId: 'k', seat: 'chair' }, { userId: 't', seat: 'advisor' }, { userId: 'm', seat: 'member' }],
    };
    const entry = { round, product: neighbour, dossierStatus: 'unchecked', conflictedUserIds: [] as string[] };
    expect(actionsOn(actors.council, 'roundEntry', entry)).toEqual(['viewProduct', 'score', 'declareConflict', 'checkDossier']);
    expect(actionsOn(actors.trade, 'roundEntry', entry)).toEqual(['viewProduct', 'checkDossier']);
    expect(actionsOn(actors.province, 'roundEntry', entry)).toEqual(['viewProduct', 'checkDossier']);
    // a commune officer on the council scores, but reads only the products of its commune
    expect(actionsOn(actors.commune, 'roundEntry', entry)).toEqual(['score', 'declareConflict']);
    // a declared conflict, or a dossier found incomplete, ends scoring
    expect(actionsOn(actors.council, 'roundEntry', { ...entry, conflictedUserIds: ['k'] })).toEqual(['viewProduct', 'checkDossier']);
    expect(actionsOn(actors.council, 'roundEntry', { ...entry, dossierStatus: 'incomplete' })).toEqual(['viewProduct', 'declareConflict', 'checkDossier']);
    expect(actionsOn(actors.council, 'roundEntry', { ...entry, round: { ...round, status: 'closed' } })).toEqual(['viewProduct']);
    expect(actionsOn(actors.producer, 'roundEntry', entry)).toEqual([]);
  });

  it('seats anyone but producers, of the round’s province or national, and shows producers approved results only', () => {
    const user = (role: Role, provinceCode: string | null, active = true) => ({ role, provinceCode, active });
    expect(maySitOnCouncil(user('council', '22'), '22')).toBe(true);
    expect(maySitOnCouncil(user('central', null), '22')).toBe(true);
    expect(maySitOnCouncil(user('trade', '51'), '22')).toBe(false);
    expect(maySitOnCouncil(user('producer', '22'), '22')).toBe(false);
    expect(maySitOnCouncil(user('council', '22', false), '22')).toBe(false);
    expect(feedbackRoundStatuses(actors.producer)).toEqual(['approved']);
    expect(feedbackRoundStatuses(actors.commune)).toEqual(['closed', 'approved']);
  });

  it('derives the cycle menus and forms of each role', () => {
    const who = (c: Capability) => ROLES.filter((r) => capabilities(actors[r]).includes(c));
    expect(who('cycle.overview')).toEqual(['admin', 'central', 'province', 'district', 'commune']);
    expect(who('cycle.worklist')).toEqual(['admin', 'province', 'district', 'commune', 'producer']);
    expect(who('cycle.anyCommune')).toEqual(['admin']);
    expect(who('activities.anyUnit')).toEqual(['admin', 'province']);
  });

  it('lets the filers of the next step follow an accepted idea or plan up, in their jurisdiction', () => {
    const idea: CycleItemRecord = { ...inside, kind: 'idea', procedure: 'current', status: 'accepted' };
    const followers = (record: CycleItemRecord) => ROLES.filter((r) => may(actors[r], 'followUp', 'cycleItem', record));
    expect(followers(idea)).toEqual(['admin', 'commune', 'producer']);
    expect(followers({ ...idea, kind: 'business-plan' })).toEqual(['admin', 'commune', 'producer']);
    expect(followers({ ...idea, kind: 'dossier' })).toEqual([]);
    expect(followers({ ...idea, status: 'forwarded' })).toEqual([]);
    expect(followers({ ...idea, ...neighbour })).toEqual(['admin']);
  });
});
