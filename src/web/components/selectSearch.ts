import { searchKey } from '../../domain/text/normalize';

/**
 * A Select's type-ahead filter that searches like the main search: accents, đ and case are
 * ignored and every typed word must appear, so "Quang Ngai" finds "Tỉnh Quảng Ngãi".
 */
export function matchesSearch(input: string, option?: { label?: unknown }): boolean {
  const words = searchKey(input).split(' ').filter(Boolean);
  const text = searchKey(typeof option?.label === 'string' ? option.label : String(option?.label ?? ''));
  return words.every((w) => text.includes(w));
}

/** `showSearch` for a Select whose options are labelled with names. */
export const searchLikeCatalogue = { filterOption: matchesSearch } as const;
