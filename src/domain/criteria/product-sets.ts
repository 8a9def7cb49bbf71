import data from '../../../resources/classification/product-sets.json' with { type: 'json' };
import type { IsoDate, Localized } from './types';

/**
 * Product sets (bộ sản phẩm): the finest level of the classification, one score sheet each
 * (26 under 1048/2019, the tourism set included; the ornamental sets from 148/2023). Each set
 * sits under one subgroup of resources/classification/product-groups.json; the first set of a
 * subgroup is its default when a product names none.
 */

export interface ProductSet {
  code: string;
  subgroup: string;
  group: string;
  name: Localized;
  /** First day the set exists (the ornamental sets: 24/02/2023). */
  since?: IsoDate;
}

export const PRODUCT_SETS: readonly ProductSet[] = Object.freeze(
  data.sets.map((s) => Object.freeze({ code: s.code, subgroup: s.subgroup, group: s.group, name: { vi: s.vi, en: s.en }, ...('since' in s && s.since ? { since: s.since } : {}) })),
);

const byCode = new Map(PRODUCT_SETS.map((s) => [s.code, s]));

export function isProductSetCode(code: string): boolean {
  return byCode.has(code);
}

export function productSet(code: string): ProductSet | undefined {
  return byCode.get(code);
}

/** The sets of a subgroup, in order. */
export function productSetsOf(subgroup: string): ProductSet[] {
  return PRODUCT_SETS.filter((s) => s.subgroup === subgroup);
}

/**
 * The product set a product is scored as: its own when it names one of its subgroup,
 * else the subgroup's first set; undefined for an unknown subgroup.
 */
export function productSetOf(product: { subgroupCode: string; productSetCode?: string | null }): string | undefined {
  const own = product.productSetCode ? byCode.get(product.productSetCode) : undefined;
  if (own && own.subgroup === product.subgroupCode) return own.code;
  return productSetsOf(product.subgroupCode)[0]?.code;
}
