/** vi-VN (or en-US) text of a report cell: 12.031,54 · 17,24 % · "–" when there is no value. */
export function formatCellText(v: string | number | null | undefined, kind: string, lang = 'vi'): string {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return '–';
  const loc = lang === 'en' ? 'en-US' : 'vi-VN';
  if (kind === 'percent') return `${new Intl.NumberFormat(loc, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v)}%`;
  return new Intl.NumberFormat(loc, { maximumFractionDigits: 2 }).format(v);
}
