import type { Db } from '../../db/client';
import * as repo from '../../db/repositories/open-data.repository';
import { certificateStatus } from '../../domain/certificates/validity';
import {
  CERTIFICATE_COLUMNS, OPEN_DATA_LICENCE, PRODUCT_COLUMNS, SALES_POINT_COLUMNS, toCsv, type DatasetName, type Row,
} from '../../domain/open-data/datasets';
import { expiringSoonDays } from '../certificate-settings';
import { today } from '../clock';
import { productGroupNames } from '../product-groups.service';

/**
 * The open data sets (SPEC C7) as files: CSV and JSON of the same rows. Building them reads
 * every catalogued product, so the files are kept until the data (or the day, which moves
 * certificate states) changes; a cheap fingerprint query says when.
 */

export interface DatasetFile {
  body: string;
  updatedAt: string | null;
}

interface Built {
  key: string;
  files: Map<string, DatasetFile>;
}

const built = new WeakMap<Db, Built>();

function status(day: string, c: { issuedOn: string; validUntil: string; revokedOn: string | null; supersededOn: string | null }) {
  return day < c.issuedOn ? 'valid' : certificateStatus(c, day, expiringSoonDays());
}

async function productData(db: Db, day: string): Promise<Array<Row<typeof PRODUCT_COLUMNS>>> {
  const [rows, names] = await Promise.all([repo.productRows(db, day), productGroupNames(db, 'vi')]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    group_code: r.group_code,
    group_name: names.get(r.group_code) ?? null,
    subgroup_code: r.subgroup_code,
    subgroup_name: names.get(r.subgroup_code) ?? null,
    stars: Number(r.stars),
    certificate_number: r.cert_number,
    certificate_issued_on: r.cert_issued_on,
    certificate_valid_until: r.cert_valid_until,
    certificate_status:
      r.cert_issued_on && r.cert_valid_until
        ? status(day, { issuedOn: r.cert_issued_on, validUntil: r.cert_valid_until, revokedOn: r.cert_revoked_on, supersededOn: r.cert_superseded_on })
        : null,
    entity_id: r.entity_id,
    entity_name: r.entity_name,
    entity_type: r.entity_type,
    province_code: r.province_code,
    province_name: r.province_name,
    unit_structure: r.unit_structure,
    commune_code: r.commune_code,
    commune_name: r.commune_name,
    gtin: r.gtin,
  }));
}

async function certificateData(db: Db, day: string): Promise<Array<Row<typeof CERTIFICATE_COLUMNS>>> {
  return (await repo.certificateRows(db)).map((r) => ({
    number: r.number,
    product_id: r.product_id,
    product_name: r.product_name,
    entity_id: r.entity_id,
    entity_name: r.entity_name,
    stars: Number(r.stars),
    level: r.level,
    issuer: r.issuer_name,
    decision_number: r.decision_number,
    decision_date: r.decision_date,
    issued_on: r.issued_on,
    valid_until: r.valid_until,
    status: status(day, { issuedOn: r.issued_on, validUntil: r.valid_until, revokedOn: r.revoked_on, supersededOn: r.superseded_on }),
    revoked_on: r.revoked_on,
    superseded_on: r.superseded_on,
    province_code: r.province_code,
    province_name: r.province_name,
    unit_structure: r.unit_structure,
    commune_code: r.commune_code,
    commune_name: r.commune_name,
  }));
}

/** Open sales points and centres from the trade-promotion records (closed or planned ones are not published). */
async function salesPointData(db: Db): Promise<Array<Row<typeof SALES_POINT_COLUMNS>>> {
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return (await repo.salesPointRows(db)).map((r) => ({
    id: r.id,
    name: r.name,
    kind: text(r.details.kind) ?? 'point',
    address: text(r.details.address),
    latitude: number(r.details.latitude),
    longitude: number(r.details.longitude),
    funding: r.funding,
    status: r.status ?? 'open',
    opened_on: r.opened_on,
    operator: text(r.details.operator),
    phone: text(r.details.phone),
    province_code: r.province_code,
    province_name: r.province_name,
    commune_code: r.unit_structure === 'current' && r.unit_code.length === 5 ? r.unit_code : null,
    commune_name: r.unit_structure === 'current' && r.unit_code.length === 5 ? r.unit_name : null,
    product_ids: r.product_ids.join(' '),
  }));
}

async function rowsOf(db: Db, name: DatasetName, day: string) {
  if (name === 'products') return { columns: PRODUCT_COLUMNS, rows: await productData(db, day) };
  if (name === 'certificates') return { columns: CERTIFICATE_COLUMNS, rows: await certificateData(db, day) };
  return { columns: SALES_POINT_COLUMNS, rows: await salesPointData(db) };
}

/** One data set as CSV or JSON, with its last-updated time. */
export async function datasetFile(db: Db, name: DatasetName, format: 'csv' | 'json'): Promise<DatasetFile> {
  const day = today();
  const print = await repo.fingerprint(db);
  const key = `${day}|${print.key}`;
  let cache = built.get(db);
  if (!cache || cache.key !== key) {
    cache = { key, files: new Map() };
    built.set(db, cache);
  }
  const id = `${name}.${format}`;
  const hit = cache.files.get(id);
  if (hit) return hit;
  const { columns, rows } = await rowsOf(db, name, day);
  const updatedAt = print.updatedAt?.toISOString() ?? null;
  const body =
    format === 'csv'
      ? toCsv(columns, rows as Array<Row<typeof columns>>)
      : JSON.stringify({ dataset: name, licence: OPEN_DATA_LICENCE, updatedAt, generatedOn: day, columns, count: rows.length, items: rows });
  const file = { body, updatedAt };
  cache.files.set(id, file);
  return file;
}
