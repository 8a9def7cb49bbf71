import type { UnitStructure } from '../domain/policy';
import { count } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { users } from '../db/schema';
import { insertEntity } from '../db/repositories/entities.repository';
import { insertProduct, insertStarRecord, refreshCurrentStars, upsertFigure } from '../db/repositories/products.repository';
import { findUnit } from '../db/repositories/units.repository';
import { insertUser } from '../db/repositories/users.repository';
import { searchDocument, vietnameseSortKey } from '../domain/text/normalize';
import { productSearchText } from '../domain/products/search-text';
import { audit, diff } from '../services/audit.service';
import { ENTITY_AUDIT_FIELDS } from '../services/entities.service';
import { PRODUCT_AUDIT_FIELDS } from '../services/products.service';
import { hashPassword } from '../services/auth.service';
import { resolveBinding } from '../services/users.service';
import { allDemoEntities, allDemoFigures, allDemoProducts } from './demo-data';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { seedDemoEvaluation, DEMO_COUNCIL_MEMBERS } from './demo-evaluation';
import { seedDemoCycle } from './demo-cycle';
import { seedDemoReports } from './demo-reports';
import { seedDemoPhoto } from './demo-photos';
import { seedDemoStamps } from './demo-stamps';
import { seedDemoInspections } from './demo-inspections';
import { seedDemoTrade } from './demo-trade';

const SEED_ACTOR = { id: null, name: 'Dữ liệu mẫu (demo)' };

/** True when the database has no accounts yet: demo data only ever goes into such a database. */
export async function isEmpty(db: Executor): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  return n === 0;
}

/**
 * Loads the demo data set (SPEC §7) in one transaction: the entities and products of the
 * source documents with their star history and yearly figures, and the demo accounts.
 * `progress` is called with the name of each part before it loads; if it throws, the whole
 * load rolls back.
 */
export async function seedDemo(db: Db, progress: (part: string) => void = () => {}): Promise<{ entities: number; products: number; accounts: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    progress(`entities (${allDemoEntities.length})`);
    const entityIds = new Map<string, { id: string; name: string; location: { unitStructure: UnitStructure; unitCode: string; provinceCode: string; districtCode: string | null } }>();
    for (const e of allDemoEntities) {
      const unit = await findUnit(tx, e.unit.structure, e.unit.code);
      if (!unit) throw new Error(`demo entity ${e.key}: unknown unit ${e.unit.code}`);
      const location = { unitStructure: unit.structure, unitCode: unit.code, provinceCode: unit.currentProvinceCode, districtCode: unit.districtCode };
      const row = await insertEntity(tx, {
        type: e.type,
        legalForm: e.legalForm ?? null,
        name: e.name,
        taxCode: e.taxCode ?? null,
        representative: e.representative,
        address: e.address,
        ...location,
        foundedYear: e.foundedYear ?? null,
        members: e.members ?? null,
        employees: e.employees ?? null,
        womanLed: e.womanLed,
        ethnicMinorityLed: e.ethnicMinorityLed,
        certifications: e.certifications,
        phone: e.phone ?? null,
        email: e.email ?? null,
        website: e.website ?? null,
        searchText: searchDocument(e.name, e.taxCode, e.representative),
        sortKey: vietnameseSortKey(e.name),
      });
      await audit(tx, SEED_ACTOR, 'create', 'entity', row.id, diff(null, row, ENTITY_AUDIT_FIELDS), 'demo');
      entityIds.set(e.key, { id: row.id, name: e.name, location });
    }

    progress(`products (${allDemoProducts.length}) and their star history`);
    const productIds = new Map<string, string>();
    for (const p of allDemoProducts) {
      const entity = entityIds.get(p.entityKey);
      if (!entity) throw new Error(`demo product ${p.key}: unknown entity ${p.entityKey}`);
      const row = await insertProduct(tx, {
        entityId: entity.id,
        name: p.name,
        groupCode: p.groupCode,
        subgroupCode: p.subgroupCode,
        description: p.description,
        story: p.story ?? null,
        // The source documents publish these products' yearly figures: the demo producers publish them too.
        figuresPublic: allDemoFigures.some((f) => f.productKey === p.key),
        rawMaterialOrigin: p.rawMaterialOrigin ?? null,
        packaging: p.packaging ?? null,
        qualityStandard: p.qualityStandard ?? null,
        trademark: p.trademark ?? null,
        gtin: p.gtin ?? null,
        priceVnd: p.priceVnd ?? null,
        priceUnit: p.priceUnit ?? null,
        whereToBuy: p.whereToBuy ?? null,
        ...entity.location,
        searchText: productSearchText(p.name, entity.name),
        sortKey: vietnameseSortKey(p.name),
      });
      await audit(tx, SEED_ACTOR, 'create', 'product', row.id, diff(null, row, PRODUCT_AUDIT_FIELDS), 'demo');
      // A recognition that came out of a seeded history round is recorded by that round's approval.
      for (const s of p.stars.filter((r) => !r.round)) {
        await insertStarRecord(tx, {
          productId: row.id,
          stars: s.stars,
          year: s.year,
          level: s.level,
          unitStructure: s.legacyUnit?.structure ?? null,
          unitCode: s.legacyUnit?.code ?? null,
        });
      }
      await refreshCurrentStars(tx, row.id);
      await seedDemoPhoto(tx, row.id, p);
      productIds.set(p.key, row.id);
    }

    progress(`yearly business figures (${allDemoFigures.length})`);
    for (const f of allDemoFigures) {
      const productId = productIds.get(f.productKey);
      if (!productId) throw new Error(`demo figure: unknown product ${f.productKey}`);
      await upsertFigure(tx, {
        productId,
        year: f.year,
        revenueVnd: f.revenueVnd,
        costVnd: f.costVnd,
        profitVnd: f.profitVnd,
        output: f.output ?? null,
        outputUnit: f.outputUnit ?? null,
        employees: f.employees ?? null,
      });
    }

    progress(`accounts (${DEMO_ACCOUNTS.length})`);
    const userIds = new Map<string, string>();
    for (const a of DEMO_ACCOUNTS) {
      const entityId = a.entityKey ? entityIds.get(a.entityKey)!.id : null;
      const binding = await resolveBinding(tx, { role: a.role, unitStructure: a.unit.structure, unitCode: a.unit.code, entityId });
      const row = await insertUser(tx, { username: a.username, displayName: a.displayName, passwordHash, role: a.role, ...binding });
      await audit(tx, SEED_ACTOR, 'create', 'user', row.id, { username: { from: null, to: a.username }, role: { from: null, to: a.role } }, 'demo');
      userIds.set(a.username, row.id);
    }
    progress('evaluation rounds, score sheets and certificates');
    await seedDemoEvaluation(tx, { productIds, entities: entityIds, users: userIds, passwordHash });
    progress("last year's and this year's OCOP cycles: training, ideas, business plans, dossiers");
    await seedDemoCycle(tx, { entities: entityIds, products: productIds });
    progress('report history: Cẩm Phả 2017–2019 activity, ideas, plans and capital; Quảng Ngãi recognitions');
    await seedDemoReports(tx, { entities: entityIds });
    progress('OCOP stamps for Quảng Ninh products');
    await seedDemoStamps(tx, { productIds });
    progress('post-recognition inspections of Quảng Ninh products');
    await seedDemoInspections(tx, { productIds, users: userIds });
    progress("trade promotion: Quảng Ngãi's 2022 fairs, sales points and gift combos; Quảng Ninh's centre and listings; buyers' demands");
    await seedDemoTrade(tx, { products: productIds, users: userIds, passwordHash });
    return { entities: allDemoEntities.length, products: allDemoProducts.length, accounts: DEMO_ACCOUNTS.length + DEMO_COUNCIL_MEMBERS.length };
  });
}
