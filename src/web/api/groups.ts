import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { productGroups } from '../../contracts/units';
import { call } from './call';

export function useProductGroups() {
  return useQuery({
    queryKey: ['product-groups'],
    queryFn: () => call(productGroups, {}, { allowUnauthorized: true }),
    staleTime: Infinity,
  });
}

/** Label lookups for group / subgroup codes in the UI language. */
export function useGroupLabels() {
  const { data } = useProductGroups();
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const groups = data?.items ?? [];
  const label = (g: { vi: string; en: string }) => (en ? g.en : g.vi);
  return {
    groups,
    label,
    group(code: string | null | undefined): string {
      const g = groups.find((x) => x.code === code);
      return g ? label(g) : (code ?? '');
    },
    subgroup(code: string | null | undefined): string {
      for (const g of groups) {
        const s = g.subgroups.find((x) => x.code === code);
        if (s) return label(s);
      }
      return code ?? '';
    },
  };
}
