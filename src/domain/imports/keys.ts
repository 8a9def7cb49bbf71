import { searchKey } from '../text/normalize';
import type { EntityFields, ParsedRow } from './rows';

/**
 * What identifies a record of a row, for matching it with the database and with the other
 * rows of the file: an entity by its tax code, else by its name within its commune; a product
 * by its name within its entity; a certificate by its number; figures by product and year.
 */
export function entityKey(e: Pick<EntityFields, 'taxCode' | 'name' | 'place'>): string {
  return e.taxCode ? `tax:${e.taxCode}` : `name:${e.place.currentCode}:${searchKey(e.name)}`;
}

export function rowKey(row: ParsedRow): string {
  switch (row.kind) {
    case 'entities':
      return entityKey(row.fields);
    case 'products':
      return `${entityKey(row.fields.entity)}|${searchKey(row.fields.name)}`;
    case 'certificates':
      return `cert:${searchKey(row.fields.number)}`;
    case 'figures':
      return `${entityKey(row.fields.entity)}|${searchKey(row.fields.productName)}|${row.fields.year}`;
    case 'activities':
      return `${row.fields.place.currentCode}|${row.fields.kind}|${row.fields.date}|${searchKey(row.fields.title ?? '')}`;
  }
}

/** Fields that differ between a stored record and what the row says (only the fields the row sets). */
export function changedFields(stored: Record<string, unknown>, incoming: Record<string, unknown>): string[] {
  return Object.keys(incoming).filter((k) => {
    const next = incoming[k];
    if (next === null || next === undefined || next === '') return false; // an empty cell keeps what is stored
    return JSON.stringify(stored[k] ?? null) !== JSON.stringify(next);
  });
}
