import type { Executor } from '../../db/client';
import { updateEntity } from '../../db/repositories/entities.repository';
import * as repo from '../../db/repositories/imports.repository';
import { insertStarRecord, updateProduct, upsertFigure } from '../../db/repositories/products.repository';
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
 *
 * The writes of a large list (entities, products and recognitions) go in batches: one multi-row
 * INSERT … RETURNING per WRITE_BATCH records, one multi-row INSERT of their audit events, one
 * set-based UPDATE of the current star classes at the end. The plan orders no write before the
 * record it names, so the writes are done kind by kind: entities, then products, then the rest.
 */
export async function applyPlan(tx: Executor, who: AuditActor, importId: string, writes: readonly Write[], onProgress?: (done: number) => Promise<void>): Promise<void> {
  const note = `import:${importId}`;
  type Located = { unitStructure: string; unitCode: string; provinceCode: string; districtCode: string | null };
  const entityIds = new Map<string, { id: string; name: string; location: Located }>();
  const productIds = new Map<string, string>();
  const productInfo = new Map<string, { name: string; entityId: string; entityName: string } & Located>();
  const touchedStars = new Set<string>();
  const product = (ref: Ref) => ('id' in ref ? ref.id : productIds.get(ref.key)!);
  const event = (action: string, subjectType: string, subjectId: string, changes: Record<string, unknown> | null, eventNote = note) =>
    ({ actorId: who.id, actorName: who.name, action, subjectType, subjectId, changes, note: eventNote });

  let done = 0;
  let reported = 0;
  const progress = async (n: number) => {
    done += n;
    if (done - reported >= 500) {
      reported = done;
      await onProgress?.(done);
    }
  };
  const of = <O extends Write['op']>(op: O) => writes.filter((w): w is Extract<Write, { op: O }> => w.op === op);

  // entities
  for (const batch of batches(of('entity.create'))) {
    const rows = await repo.insertEntities(tx, batch.map(({ fields: e }) => ({
      type: e.type, name: e.name, taxCode: e.taxCode, representative: e.representative, address: e.address, phone: e.phone, email: e.email, foundedYear: e.foundedYear,
      unitStructure: 'current' as const, unitCode: e.place.currentCode, provinceCode: e.place.currentProvinceCode, districtCode: null,
      searchText: searchDocument(e.name, e.taxCode, e.representative),
      sortKey: vietnameseSortKey(e.name),
    })));
    rows.forEach((row, i) => {
      if (row.name !== batch[i].fields.name) throw new Error('multi-row insert returned rows out of order');
      entityIds.set(batch[i].key, { id: row.id, name: row.name, location: { unitStructure: row.unitStructure, unitCode: row.unitCode, provinceCode: row.provinceCode, districtCode: row.districtCode } });
    });
    await repo.insertAuditEvents(tx, rows.map((row) => event('create', 'entity', row.id, diff(null, row, ENTITY_AUDIT_FIELDS))));
    await progress(batch.length);
  }
  for (const w of of('entity.update')) {
    const { place: _place, ...changes } = w.changes;
    const before = await tx.query.entities.findFirst({ where: (t, { eq }) => eq(t.id, w.id) });
    const after = await updateEntity(tx, w.id, w.version, changes);
    if (!after || !before) throw new ConflictError('errors.imports.changed');
    await audit(tx, who, 'update', 'entity', w.id, diff(before, after, ENTITY_AUDIT_FIELDS), note);
    await progress(1);
  }

  // products (of new entities, or of stored ones, read in one query and still live)
  const creates = of('product.create');
  const storedIds = [...new Set(creates.flatMap((w) => ('id' in w.entity ? [w.entity.id] : [])))];
  const stored = new Map((await repo.entitiesByIds(tx, storedIds)).map((e) => [e.id, e]));
  for (const batch of batches(creates)) {
    const owners = batch.map((w) => {
      if ('key' in w.entity) return entityIds.get(w.entity.key)!;
      const e = stored.get(w.entity.id);
      if (!e || e.deletedAt) throw new ConflictError('errors.imports.changed');
      return { id: e.id, name: e.name, location: { unitStructure: e.unitStructure, unitCode: e.unitCode, provinceCode: e.provinceCode, districtCode: e.districtCode } };
    });
    const rows = await repo.insertProducts(tx, batch.map(({ fields: f }, i) => {
      const entity = owners[i];
      return {
        entityId: entity.id, name: f.name, groupCode: f.groupCode, subgroupCode: f.subgroupCode, priceVnd: f.priceVnd,
        unitStructure: entity.location.unitStructure as 'current', unitCode: entity.location.unitCode, provinceCode: entity.location.provinceCode, districtCode: entity.location.districtCode,
        searchText: productSearchText(f.name, entity.name),
        sortKey: vietnameseSortKey(f.name),
      };
    }));
    rows.forEach((row, i) => {
      if (row.name !== batch[i].fields.name) throw new Error('multi-row insert returned rows out of order');
      const entity = owners[i];
      productIds.set(batch[i].key, row.id);
      productInfo.set(row.id, { name: row.name, entityId: entity.id, entityName: entity.name, ...entity.location });
    });
    await repo.insertAuditEvents(tx, rows.map((row) => event('create', 'product', row.id, diff(null, row, PRODUCT_AUDIT_FIELDS))));
    await progress(batch.length);
  }
  for (const w of of('product.update')) {
    const before = await tx.query.products.findFirst({ where: (t, { eq }) => eq(t.id, w.id) });
    const after = await updateProduct(tx, w.id, w.version, w.changes);
    if (!after || !before) throw new ConflictError('errors.imports.changed');
    await audit(tx, who, 'update', 'product', w.id, diff(before, after, PRODUCT_AUDIT_FIELDS), note);
    await progress(1);
  }

  // recognitions
  for (const batch of batches(of('stars.create'))) {
    const ids = batch.map((w) => product(w.product));
    await repo.insertStarRecords(tx, batch.map((w, i) => {
      const r = w.recognition;
      return { productId: ids[i], stars: r.stars, year: r.year, recognisedOn: r.decisionDate, level: r.level, unitStructure: w.place.structure, unitCode: w.place.code, decision: r.decision };
    }));
    for (const id of ids) touchedStars.add(id);
    await repo.insertAuditEvents(tx, batch.map((w, i) =>
      event('stars.recognise', 'product', ids[i], { stars: { from: null, to: w.recognition.stars }, year: { from: null, to: w.recognition.year } }, `${note} ${w.recognition.decision ?? ''}`.trim())));
    await progress(batch.length);
  }

  // figures, certificates and activities: lists of their own, written record by record
  for (const w of writes) {
    switch (w.op) {
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
      default:
        continue;
    }
    await progress(1);
  }
  await repo.refreshCurrentStarsOf(tx, [...touchedStars]);
}

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += repo.WRITE_BATCH) yield items.slice(i, i + repo.WRITE_BATCH);
}

async function storedProduct(tx: Executor, id: string) {
  const p = await tx.query.products.findFirst({ where: (t, { eq }) => eq(t.id, id) });
  if (!p) throw new ConflictError('errors.imports.changed');
  const e = await tx.query.entities.findFirst({ where: (t, { eq }) => eq(t.id, p.entityId) });
  return { name: p.name, entityId: p.entityId, entityName: e?.name ?? '', unitStructure: p.unitStructure, unitCode: p.unitCode, provinceCode: p.provinceCode, districtCode: p.districtCode };
}
