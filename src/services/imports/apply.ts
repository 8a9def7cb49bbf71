import type { Executor } from '../../db/client';
import { insertEntity, updateEntity } from '../../db/repositories/entities.repository';
import { insertProduct, insertStarRecord, refreshCurrentStars, updateProduct, upsertFigure } from '../../db/repositories/products.repository';
import { insertCertificate } from '../../db/repositories/certificates.repository';
import { insertCommunication, insertTraining } from '../../db/repositories/communication.repository';
import { ConflictError } from '../../domain/errors';
import type { Ref, Write } from '../../domain/imports/plan';
import { validUntil } from '../../domain/certificates/validity';
import { productSearchText } from '../../domain/products/search-text';
import { searchDocument, vietnameseSortKey } from '../../domain/text/normalize';
import { audit, diff, type AuditActor } from '../audit.service';
import { ENTITY_AUDIT_FIELDS } from '../entities.service';
import { PRODUCT_AUDIT_FIELDS } from '../products.service';
import { signCertificateToken } from '../verification.service';

/** Issuing bodies when a list does not name one. */
const DEFAULT_ISSUER = { district: 'UBND huyện', province: 'UBND tỉnh', central: 'Bộ Nông nghiệp và Môi trường' } as const;

/**
 * Carries out an import's plan inside the caller's transaction. Every record written gets its
 * audit event whose note names the import; a stored record whose version moved since the plan
 * was made stops the whole commit (409), so nothing is half-written.
 */
export async function applyPlan(tx: Executor, who: AuditActor, importId: string, writes: readonly Write[], onProgress?: (done: number) => Promise<void>): Promise<void> {
  const note = `import:${importId}`;
  const entityIds = new Map<string, { id: string; name: string; location: { unitStructure: 'current'; unitCode: string; provinceCode: string; districtCode: string | null } }>();
  const entityNames = new Map<string, string>();
  const productIds = new Map<string, string>();
  const productInfo = new Map<string, { name: string; entityId: string; entityName: string; unitStructure: string; unitCode: string; provinceCode: string; districtCode: string | null }>();
  const touchedStars = new Set<string>();
  const product = (ref: Ref) => ('id' in ref ? ref.id : productIds.get(ref.key)!);

  let done = 0;
  for (const w of writes) {
    switch (w.op) {
      case 'entity.create': {
        const e = w.fields;
        const location = { unitStructure: 'current' as const, unitCode: e.place.currentCode, provinceCode: e.place.currentProvinceCode, districtCode: null };
        const row = await insertEntity(tx, {
          type: e.type, name: e.name, taxCode: e.taxCode, representative: e.representative, address: e.address, phone: e.phone, email: e.email, foundedYear: e.foundedYear,
          ...location,
          searchText: searchDocument(e.name, e.taxCode, e.representative),
          sortKey: vietnameseSortKey(e.name),
        });
        entityIds.set(w.key, { id: row.id, name: row.name, location: { ...location, districtCode: row.districtCode } });
        await audit(tx, who, 'create', 'entity', row.id, diff(null, row, ENTITY_AUDIT_FIELDS), note);
        break;
      }
      case 'entity.update': {
        const { place: _place, ...changes } = w.changes;
        const before = await tx.query.entities.findFirst({ where: (t, { eq }) => eq(t.id, w.id) });
        const after = await updateEntity(tx, w.id, w.version, changes);
        if (!after || !before) throw new ConflictError('errors.imports.changed');
        await audit(tx, who, 'update', 'entity', w.id, diff(before, after, ENTITY_AUDIT_FIELDS), note);
        break;
      }
      case 'product.create': {
        let entity: { id: string; name: string; location: { unitStructure: string; unitCode: string; provinceCode: string; districtCode: string | null } };
        if ('key' in w.entity) entity = entityIds.get(w.entity.key)!;
        else {
          const stored = await tx.query.entities.findFirst({ where: (t, { eq }) => eq(t.id, (w.entity as { id: string }).id) });
          if (!stored || stored.deletedAt) throw new ConflictError('errors.imports.changed');
          entity = { id: stored.id, name: stored.name, location: { unitStructure: stored.unitStructure, unitCode: stored.unitCode, provinceCode: stored.provinceCode, districtCode: stored.districtCode } };
        }
        const f = w.fields;
        const row = await insertProduct(tx, {
          entityId: entity.id, name: f.name, groupCode: f.groupCode, subgroupCode: f.subgroupCode, priceVnd: f.priceVnd,
          unitStructure: entity.location.unitStructure as 'current', unitCode: entity.location.unitCode, provinceCode: entity.location.provinceCode, districtCode: entity.location.districtCode,
          searchText: productSearchText(f.name, entity.name),
          sortKey: vietnameseSortKey(f.name),
        });
        productIds.set(w.key, row.id);
        entityNames.set(row.id, entity.name);
        productInfo.set(row.id, { name: row.name, entityId: entity.id, entityName: entity.name, ...entity.location });
        await audit(tx, who, 'create', 'product', row.id, diff(null, row, PRODUCT_AUDIT_FIELDS), note);
        break;
      }
      case 'product.update': {
        const before = await tx.query.products.findFirst({ where: (t, { eq }) => eq(t.id, w.id) });
        const after = await updateProduct(tx, w.id, w.version, w.changes);
        if (!after || !before) throw new ConflictError('errors.imports.changed');
        await audit(tx, who, 'update', 'product', w.id, diff(before, after, PRODUCT_AUDIT_FIELDS), note);
        break;
      }
      case 'stars.create': {
        const id = product(w.product);
        const r = w.recognition;
        await insertStarRecord(tx, { productId: id, stars: r.stars, year: r.year, recognisedOn: r.decisionDate, level: r.level, unitStructure: w.place.structure, unitCode: w.place.code, decision: r.decision });
        touchedStars.add(id);
        await audit(tx, who, 'stars.recognise', 'product', id, { stars: { from: null, to: r.stars }, year: { from: null, to: r.year } }, `${note} ${r.decision ?? ''}`.trim());
        break;
      }
      case 'figure.put': {
        const id = product(w.product);
        const f = w.fields;
        const row = await upsertFigure(tx, { productId: id, year: f.year, revenueVnd: f.revenueVnd, costVnd: f.costVnd, profitVnd: f.profitVnd, output: f.output, outputUnit: f.outputUnit, employees: f.employees });
        await audit(tx, who, w.existed ? 'figures.update' : 'figures.create', 'product', id, diff(null, row, ['revenueVnd', 'costVnd', 'profitVnd', 'output', 'outputUnit', 'employees']), `${note} ${f.year}`);
        break;
      }
      case 'certificate.create': {
        const id = product(w.product);
        const p = productInfo.get(id) ?? (await storedProduct(tx, id));
        const c = w.fields;
        const lastDay = c.validUntil ?? validUntil(c.decisionDate);
        const issuer = c.issuer ?? DEFAULT_ISSUER[c.level];
        const { token, kid } = await signCertificateToken(tx, { n: c.number, p: p.name, e: p.entityName, s: c.stars, f: c.decisionDate, u: lastDay, i: issuer });
        const row = await insertCertificate(tx, {
          number: c.number, productId: id, entityId: p.entityId, stars: c.stars, level: c.level, issuerName: issuer, decisionNumber: c.decisionNumber, decisionDate: c.decisionDate,
          issuedOn: c.decisionDate, validUntil: lastDay, productName: p.name, entityName: p.entityName,
          unitStructure: p.unitStructure as 'current', unitCode: p.unitCode, provinceCode: p.provinceCode, districtCode: p.districtCode, token, kid,
        });
        await insertStarRecord(tx, { productId: id, stars: c.stars, year: c.year, recognisedOn: c.decisionDate, level: c.level, unitStructure: w.place.structure, unitCode: w.place.code, decision: c.decisionNumber });
        touchedStars.add(id);
        await audit(tx, who, 'certificate.issue', 'certificate', row.id, { number: c.number, productId: id, stars: c.stars, issuedOn: c.decisionDate, validUntil: lastDay }, note);
        break;
      }
      case 'activity.create': {
        const a = w.fields;
        const location = { unitStructure: 'current' as const, unitCode: a.place.currentCode, provinceCode: a.place.currentProvinceCode, districtCode: null, unitLevel: 'commune' };
        const who_ = { createdById: who.id, createdByName: who.name };
        const year = Number(a.date.slice(0, 4));
        const row =
          a.kind === 'training'
            ? await insertTraining(tx, { year, topic: a.title ?? 'Tập huấn OCOP', participants: a.count, budgetVnd: a.budgetVnd, date: a.date, ...location, ...who_ })
            : await insertCommunication(tx, { year, kind: a.kind, count: a.count, budgetVnd: a.budgetVnd, date: a.date, title: a.title, ...location, ...who_ });
        await audit(tx, who, 'create', a.kind === 'training' ? 'trainingClass' : 'communicationLog', row.id, null, note);
        break;
      }
    }
    if (++done % 500 === 0) await onProgress?.(done);
  }
  for (const id of touchedStars) await refreshCurrentStars(tx, id);
}

async function storedProduct(tx: Executor, id: string) {
  const p = await tx.query.products.findFirst({ where: (t, { eq }) => eq(t.id, id) });
  if (!p) throw new ConflictError('errors.imports.changed');
  const e = await tx.query.entities.findFirst({ where: (t, { eq }) => eq(t.id, p.entityId) });
  return { name: p.name, entityId: p.entityId, entityName: e?.name ?? '', unitStructure: p.unitStructure, unitCode: p.unitCode, provinceCode: p.provinceCode, districtCode: p.districtCode };
}
