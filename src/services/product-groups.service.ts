import type { Executor } from '../db/client';
import { allProductGroups } from '../db/repositories/product-groups.repository';
import type { Lang } from '../i18n/lang';
import { ValidationError } from '../domain/errors';

export async function productGroupTree(db: Executor) {
  const rows = await allProductGroups(db);
  return rows
    .filter((r) => r.parentCode === null)
    .map((g) => ({
      code: g.code,
      vi: g.nameVi,
      en: g.nameEn,
      subgroups: rows.filter((s) => s.parentCode === g.code).map((s) => ({ code: s.code, vi: s.nameVi, en: s.nameEn })),
    }));
}

/** Group and subgroup names by code ("1" → "Thực phẩm", "1.3" → its subgroup's name), in one language. */
export async function productGroupNames(db: Executor, lang: Lang): Promise<Map<string, string>> {
  return new Map((await allProductGroups(db)).map((r) => [r.code, lang === 'en' ? r.nameEn : r.nameVi]));
}

/** Checks a group/subgroup pair against the classification stored in the database. */
export async function checkClassification(db: Executor, groupCode: string, subgroupCode: string): Promise<void> {
  const rows = await allProductGroups(db);
  if (!rows.some((r) => r.code === groupCode && r.parentCode === null)) {
    throw new ValidationError([{ path: 'groupCode', code: 'errors.group.unknown', params: { code: groupCode } }]);
  }
  if (!rows.some((r) => r.code === subgroupCode && r.parentCode === groupCode)) {
    throw new ValidationError([{ path: 'subgroupCode', code: 'errors.subgroup.mismatch', params: { code: subgroupCode, group: groupCode } }]);
  }
}
