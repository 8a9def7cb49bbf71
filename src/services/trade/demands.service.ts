import type { Db, Executor } from '../../db/client';
import * as repo from '../../db/repositories/demands.repository';
import * as buyersRepo from '../../db/repositories/buyers.repository';
import * as notificationsRepo from '../../db/repositories/notifications.repository';
import { findUnit } from '../../db/repositories/units.repository';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import { actionsOn, authorize, may, mayAnywhere, scopeOf, seesMatchingDemands, postsDemandsAsItself, type Actor, type DemandRecord } from '../../domain/policy';
import { entitiesToNotify, rankMatches, type DemandWants, type Match, type MatchCandidate } from '../../domain/trade/matching';
import { searchDocument, searchKey } from '../../domain/text/normalize';
import type { Demand, DemandInput, DemandMatch, Offer, OfferInput } from '../../contracts/demands';
import { audit, diff, timeline, type AuditActor } from '../audit.service';
import * as clock from '../clock';

/**
 * Buyers' demand (SPEC C6): a buyer posts a demand, the platform ranks the certified products
 * that fit it (domain/trade/matching.ts) and notifies the producers of the best matches in-app;
 * producers answer with offers, which the buyer and the officers of the delivery province see.
 */

const AUDIT_FIELDS = ['title', 'groupCode', 'subgroupCode', 'quantity', 'quantityUnit', 'minStars', 'certifications', 'fromDate', 'toDate', 'note', 'provinceCode', 'status'];
const NOTIFY_BEST = 5;
const MATCHES_SHOWN = 50;

function wantsOf(d: repo.DemandRow): DemandWants {
  return {
    groupCode: d.groupCode,
    subgroupCode: d.subgroupCode,
    minStars: d.minStars,
    deliveryProvinceCode: d.provinceCode,
    quantity: d.quantity,
    quantityUnit: d.quantityUnit,
    certifications: d.certifications,
  };
}

function candidateOf(r: repo.CandidateRow): MatchCandidate {
  return {
    productId: r.productId,
    entityId: r.entityId,
    groupCode: r.groupCode,
    subgroupCode: r.subgroupCode,
    stars: r.stars,
    provinceCode: r.provinceCode,
    capacity: r.output !== null ? { output: Number(r.output), unit: r.outputUnit } : null,
    certifications: r.certifications,
  };
}

/** The demand's matches among the candidates (all certified products, or one producer's). */
async function matchesOf(db: Executor, d: repo.DemandRow, entityId?: string) {
  const rows = await repo.matchCandidates(db, { day: clock.today(), minStars: d.minStars, groupCode: d.groupCode, entityId });
  const byId = new Map(rows.map((r) => [r.productId, r]));
  return { ranked: rankMatches(wantsOf(d), rows.map(candidateOf)), byId };
}

/** What the policy decides on; for a producer, whether one of its products matches. */
async function recordOf(db: Executor, actor: Actor | null, d: repo.DemandRow): Promise<DemandRecord> {
  let matchingEntityIds: string[] = [];
  if (actor && seesMatchingDemands(actor)) {
    const { ranked } = await matchesOf(db, d, actor.entityId!);
    if (ranked.length) matchingEntityIds = [actor.entityId!];
  }
  return { unitStructure: 'current', unitCode: d.unitCode, provinceCode: d.provinceCode, districtCode: d.districtCode, ownerUserId: d.buyerUserId, status: d.status as 'open' | 'closed', matchingEntityIds };
}

function presentOffer(o: Awaited<ReturnType<typeof repo.offersOf>>[number]): Offer {
  return {
    id: o.offer.id,
    demandId: o.offer.demandId,
    productId: o.offer.productId,
    productName: o.productName,
    entityId: o.offer.entityId,
    entityName: o.entityName,
    quantity: o.offer.quantity,
    quantityUnit: o.offer.quantityUnit,
    priceVnd: o.offer.priceVnd,
    deliveryBy: o.offer.deliveryBy,
    note: o.offer.note,
    createdAt: o.offer.createdAt.toISOString(),
  };
}

async function present(db: Executor, actor: Actor, v: repo.DemandView, record: DemandRecord): Promise<Demand> {
  const d = v.demand;
  const offers = (await repo.offersOf(db, [d.id])).map(presentOffer);
  const visible = may(actor, 'readOffers', 'demand', record) ? offers : offers.filter((o) => actor.entityId && o.entityId === actor.entityId);
  return {
    id: d.id,
    version: d.version,
    title: d.title,
    groupCode: d.groupCode,
    subgroupCode: d.subgroupCode,
    quantity: d.quantity,
    quantityUnit: d.quantityUnit,
    minStars: d.minStars,
    certifications: d.certifications,
    fromDate: d.fromDate,
    toDate: d.toDate,
    note: d.note,
    status: d.status as Demand['status'],
    provinceCode: d.provinceCode,
    provinceName: v.provinceName,
    buyerId: d.buyerUserId,
    buyerName: v.buyerName,
    createdAt: d.createdAt.toISOString(),
    offers: visible,
    actions: actionsOn(actor, 'demand', record),
  };
}

async function load(db: Executor, actor: Actor, id: string, action: 'read' | 'update' | 'offer' | 'audit') {
  const view = await repo.getDemand(db, id);
  if (!view) throw new NotFoundError('demand');
  const record = await recordOf(db, actor, view.demand);
  authorize(actor, action, 'demand', record);
  return { view, record };
}

export async function listDemands(db: Db, actor: Actor, q: { q?: string; status?: string; page: number; pageSize: number }) {
  let ids: string[] | undefined;
  if (seesMatchingDemands(actor)) {
    // a producer: the open demands one of its products matches
    const own = (await repo.matchCandidates(db, { day: clock.today(), minStars: 3, groupCode: null, entityId: actor.entityId! })).map(candidateOf);
    ids = (await repo.openDemands(db)).filter((d) => rankMatches(wantsOf(d), own).length > 0).map((d) => d.id);
  }
  const scope = ids ? null : scopeOf(actor, 'read', 'demand');
  const { rows, total } = await repo.listDemands(db, { ...q, q: q.q ? searchKey(q.q) : undefined, scope, ids });
  const items = [];
  for (const v of rows) items.push(await present(db, actor, v, await recordOf(db, actor, v.demand)));
  return { items, total };
}

export async function getDemand(db: Db, actor: Actor, id: string): Promise<Demand> {
  const { view, record } = await load(db, actor, id, 'read');
  return present(db, actor, view, record);
}

/** Posts a demand (a buyer; an administrator names the buyer) and notifies the producers of the best matches. */
export async function createDemand(db: Db, actor: Actor, who: AuditActor, input: DemandInput & { minStars: number; certifications: string[] }, headerKey: string | null) {
  if (!mayAnywhere(actor, 'create', 'demand')) throw new ForbiddenError();
  const buyerUserId = postsDemandsAsItself(actor) ? actor.id : input.buyerId;
  if (!buyerUserId) throw new ValidationError([{ path: 'buyerId', code: 'errors.required' }]);
  const buyer = await buyersRepo.getBuyer(db, buyerUserId);
  if (!buyer || buyer.buyer.status !== 'approved') throw new ValidationError([{ path: 'buyerId', code: 'errors.invalid' }]);
  const requestId = headerKey ?? input.requestId ?? null;
  if (requestId) {
    const first = await repo.findDemandByRequest(db, buyerUserId, requestId);
    if (first) return { record: await getDemand(db, actor, first.id), created: false };
  }
  const province = await findUnit(db, 'current', input.deliveryProvinceCode);
  if (!province || province.level !== 'province') throw new ValidationError([{ path: 'deliveryProvinceCode', code: 'errors.trade.notProvince' }]);
  // an officer posts on a buyer's behalf only for delivery in its own jurisdiction
  const place = { unitStructure: 'current' as const, unitCode: province.code, provinceCode: province.code, districtCode: null };
  if (!may(actor, 'create', 'demand', { ...place, ownerUserId: buyerUserId })) {
    throw new ValidationError([{ path: 'deliveryProvinceCode', code: 'errors.unit.outOfScope' }]);
  }
  const values = {
    buyerUserId,
    title: input.title,
    groupCode: input.groupCode ?? null,
    subgroupCode: input.subgroupCode ?? null,
    quantity: input.quantity ?? null,
    quantityUnit: input.quantityUnit ?? null,
    minStars: input.minStars,
    certifications: input.certifications,
    fromDate: input.fromDate ?? null,
    toDate: input.toDate ?? null,
    note: input.note ?? null,
    status: 'open',
    unitStructure: 'current' as const,
    unitCode: province.code,
    provinceCode: province.code,
    searchText: searchDocument(input.title, buyer.buyer.organisation),
    requestId,
  };
  const { id, notified } = await db.transaction(async (tx) => {
    const row = await repo.insertDemand(tx, values);
    await audit(tx, who, 'create', 'demand', row.id, diff(null, row, AUDIT_FIELDS));
    const { ranked } = await matchesOf(tx, row);
    const entities = entitiesToNotify(ranked, NOTIFY_BEST);
    for (const entityId of entities) {
      const userIds = await notificationsRepo.recipients(tx, { producerEntityId: entityId, officerRoles: [], location: row, excludeUserId: null });
      await notificationsRepo.insertNotifications(
        tx,
        userIds.map((userId) => ({ userId, itemType: 'demand', itemId: row.id, title: row.title, action: 'matched', toStatus: 'open', actorName: buyer.buyer.organisation })),
      );
    }
    return { id: row.id, notified: entities.length };
  });
  return { record: await getDemand(db, actor, id), created: true, notified };
}

export async function updateDemand(db: Db, actor: Actor, who: AuditActor, id: string, input: { status: 'open' | 'closed'; version: number }) {
  const view = await repo.getDemand(db, id);
  if (!view) throw new NotFoundError('demand');
  // reopening a closed demand is the buyer's too: decide on it as if open
  authorize(actor, 'update', 'demand', { ...(await recordOf(db, actor, view.demand)), status: 'open' });
  await db.transaction(async (tx) => {
    const after = await repo.updateDemand(tx, id, input.version, { status: input.status });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: view.demand.version, sent: input.version });
    await audit(tx, who, 'update', 'demand', id, diff(view.demand, after, AUDIT_FIELDS));
  });
  return getDemand(db, actor, id);
}

export async function demandMatches(db: Db, actor: Actor, id: string): Promise<{ items: DemandMatch[] }> {
  const { view } = await load(db, actor, id, 'read');
  const own = seesMatchingDemands(actor) ? actor.entityId! : undefined;
  const { ranked, byId } = await matchesOf(db, view.demand, own);
  const offered = new Set((await repo.offersOf(db, [id])).map((o) => o.offer.productId));
  return {
    items: ranked.slice(0, MATCHES_SHOWN).map((m: Match) => {
      const r = byId.get(m.productId)!;
      return {
        productId: m.productId,
        productName: r.productName,
        entityId: m.entityId,
        entityName: r.entityName,
        provinceCode: r.provinceCode,
        provinceName: r.provinceName,
        groupCode: r.groupCode,
        subgroupCode: r.subgroupCode,
        stars: r.stars,
        score: m.score,
        parts: m.parts,
        distanceKm: m.distanceKm,
        offered: offered.has(m.productId),
      };
    }),
  };
}

/** A producer offers one of its matching certified products; the buyer is notified. */
export async function makeOffer(db: Db, actor: Actor, who: AuditActor, id: string, input: OfferInput): Promise<Offer> {
  const { view } = await load(db, actor, id, 'offer');
  const demand = view.demand;
  const product = await repo.productOwner(db, input.productId);
  if (!product || product.entityId !== actor.entityId) throw new ValidationError([{ path: 'productId', code: 'errors.trade.notOwnProduct' }]);
  const { ranked } = await matchesOf(db, demand, actor.entityId!);
  if (!ranked.some((m) => m.productId === product.id)) {
    throw new ValidationError([{ path: 'productId', code: 'errors.trade.productNotCertified', params: { name: product.name } }]);
  }
  if (await repo.findOffer(db, id, product.id)) throw new ConflictError('errors.trade.offerExists');
  try {
    const offerId = await db.transaction(async (tx) => {
      const row = await repo.insertOffer(tx, {
        demandId: id,
        productId: product.id,
        entityId: product.entityId,
        quantity: input.quantity ?? null,
        quantityUnit: input.quantityUnit ?? null,
        priceVnd: input.priceVnd ?? null,
        deliveryBy: input.deliveryBy ?? null,
        note: input.note ?? null,
        createdBy: actor.id,
      });
      await audit(tx, who, 'offer', 'demand', id, { productId: { from: null, to: product.id }, priceVnd: { from: null, to: row.priceVnd } });
      await notificationsRepo.insertNotifications(tx, [
        { userId: demand.buyerUserId, itemType: 'demand', itemId: id, title: demand.title, action: 'offered', toStatus: demand.status, actorName: who.name, note: product.name },
      ]);
      return row.id;
    });
    const offer = (await repo.offersOf(db, [id])).find((o) => o.offer.id === offerId)!;
    return presentOffer(offer);
  } catch (e) {
    const err = e as { code?: string; cause?: { code?: string } };
    if (err?.code === '23505' || err?.cause?.code === '23505') throw new ConflictError('errors.trade.offerExists');
    throw e;
  }
}

export async function demandTimeline(db: Db, actor: Actor, id: string) {
  await load(db, actor, id, 'audit');
  return timeline(db, 'demand', id);
}
