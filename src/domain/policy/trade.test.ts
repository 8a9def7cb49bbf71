import { describe, expect, it } from 'vitest';
import { actionsOn, authorize, capabilities, may, publishedOnPortal, scopeOf, type Actor, type DemandRecord, type Located } from './index';
import { NotFoundError, ForbiddenError } from '../errors';

const base = { unitStructure: 'current' as const, districtCode: null, entityId: null };
const trade: Actor = { ...base, id: 't', role: 'trade', unitCode: '22', provinceCode: '22' };
const province: Actor = { ...base, id: 'p', role: 'province', unitCode: '22', provinceCode: '22' };
const commune: Actor = { ...base, id: 'm', role: 'commune', unitCode: '06778', provinceCode: '22' };
const central: Actor = { ...base, id: 'c', role: 'central', unitCode: 'VN', provinceCode: null };
const producer: Actor = { ...base, id: 'r', role: 'producer', unitCode: '06778', provinceCode: '22', entityId: 'E1' };
const buyer: Actor = { ...base, id: 'b', role: 'buyer', unitCode: '22', provinceCode: '22' };
const council: Actor = { ...base, id: 'k', role: 'council', unitCode: '22', provinceCode: '22' };

const quangHanh: Located = { unitStructure: 'current', unitCode: '06778', provinceCode: '22' };
const cuaOng: Located = { unitStructure: 'current', unitCode: '06781', provinceCode: '22' };
const quangNgai: Located = { unitStructure: 'current', unitCode: '51', provinceCode: '51' };

describe('trade-promotion records', () => {
  it('are recorded by the trade officer and the provincial office in their province', () => {
    for (const actor of [trade, province]) {
      expect(may(actor, 'create', 'fair', quangHanh)).toBe(true);
      expect(may(actor, 'update', 'salesPoint', cuaOng)).toBe(true);
      expect(may(actor, 'update', 'giftCombo', quangNgai)).toBe(false);
    }
  });

  it('are read by the commune of the place and national oversight, never written by them', () => {
    expect(may(commune, 'read', 'tradeContract', quangHanh)).toBe(true);
    expect(may(commune, 'read', 'tradeContract', cuaOng)).toBe(false);
    expect(actionsOn(commune, 'listing', quangHanh)).toEqual([]);
    expect(may(central, 'read', 'fair', quangNgai)).toBe(true);
    expect(actionsOn(central, 'fair', quangNgai)).toEqual(['audit']);
    expect(() => authorize(commune, 'update', 'fair', quangHanh)).toThrow(ForbiddenError);
    expect(() => authorize(trade, 'update', 'fair', quangNgai)).toThrow(NotFoundError);
  });

  it('are read by anyone on the public portal when published: fairs, open sales points, active listings', () => {
    expect(publishedOnPortal('fair', null)).toBe(true);
    expect(publishedOnPortal('salesPoint', 'open')).toBe(true);
    expect(publishedOnPortal('salesPoint', 'planned')).toBe(false);
    expect(publishedOnPortal('salesPoint', 'closed')).toBe(false);
    expect(publishedOnPortal('listing', 'inactive')).toBe(false);
    expect(publishedOnPortal('tradeContract', 'signed')).toBe(false);
    expect(publishedOnPortal('giftCombo', null)).toBe(false);
    const published = { ...quangNgai, public: true };
    expect(may(null, 'read', 'salesPoint', published)).toBe(true);
    expect(may(producer, 'read', 'fair', published)).toBe(true);
    expect(may(null, 'read', 'salesPoint', quangNgai)).toBe(false);
    // reading a published record gives no other right: outside the area it stays "not found"
    expect(may(null, 'update', 'salesPoint', published)).toBe(false);
    expect(() => authorize(trade, 'update', 'fair', published)).toThrow(NotFoundError);
    expect(() => authorize(commune, 'update', 'fair', { ...quangHanh, public: true })).toThrow(ForbiddenError);
  });

  it('are no business of producers, council members and buyers', () => {
    for (const actor of [producer, council, buyer]) {
      expect(scopeOf(actor, 'read', 'fair')).toEqual({ kind: 'none' });
      expect(capabilities(actor)).not.toContain('trade.read');
    }
    expect(capabilities(trade)).toEqual(expect.arrayContaining(['trade.read', 'trade.manage', 'demands.read', 'buyers.manage']));
    expect(capabilities(commune)).toContain('trade.read');
    expect(capabilities(commune)).not.toContain('trade.manage');
  });
});

describe("buyers' demands", () => {
  const demand: DemandRecord = { ...quangHanh, unitCode: '22', ownerUserId: 'b', status: 'open', matchingEntityIds: ['E1'] };

  it('belong to the buyer who posted them', () => {
    expect(scopeOf(buyer, 'read', 'demand')).toEqual({ kind: 'user', userId: 'b' });
    expect(may(buyer, 'readOffers', 'demand', demand)).toBe(true);
    expect(may({ ...buyer, id: 'other' }, 'read', 'demand', demand)).toBe(false);
    expect(may(buyer, 'update', 'demand', { ...demand, status: 'closed' })).toBe(false);
    expect(capabilities(buyer)).toEqual(['demands.read', 'demands.create']);
  });

  it('are followed by the delivery province, answered by the producers of the matches', () => {
    expect(may(trade, 'readOffers', 'demand', demand)).toBe(true);
    expect(may(trade, 'read', 'demand', { ...demand, unitCode: '51', provinceCode: '51' })).toBe(false);
    expect(may(producer, 'offer', 'demand', demand)).toBe(true);
    expect(may(producer, 'readOffers', 'demand', demand)).toBe(false);
    expect(may(producer, 'offer', 'demand', { ...demand, status: 'closed' })).toBe(false);
    expect(may(producer, 'read', 'demand', { ...demand, matchingEntityIds: ['E2'] })).toBe(false);
    expect(capabilities(producer)).toContain('demands.read');
  });

  it('buyer registrations are approved by the provincial office of the buyer', () => {
    const pending = { ...quangHanh, unitCode: '22', ownerUserId: 'b', status: 'pending' };
    expect(may(province, 'approve', 'buyer', pending)).toBe(true);
    expect(may(trade, 'approve', 'buyer', pending)).toBe(false);
    expect(may(province, 'approve', 'buyer', { ...pending, status: 'approved' })).toBe(false);
    expect(may(province, 'approve', 'buyer', { ...pending, provinceCode: '51' })).toBe(false);
    expect(may(buyer, 'read', 'buyer', pending)).toBe(true);
  });
});
