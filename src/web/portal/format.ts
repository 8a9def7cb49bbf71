import { currentLang } from './i18n';

/** vi-VN formats (SPEC §5): 1.234.567, dd/mm/yyyy, "125.000 ₫". */
const loc = () => (currentLang() === 'en' ? 'en-US' : 'vi-VN');

export function formatInt(n: number): string {
  return new Intl.NumberFormat(loc()).format(n);
}

export function formatVnd(n: number): string {
  return `${new Intl.NumberFormat(loc()).format(n)} ₫`;
}

/** "2026-12-01" → "01/12/2026" (both languages: the programme's documents use it). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function formatDateTime(iso: string): string {
  // dd/mm/yyyy HH:mm in Vietnam's time, in both languages.
  const f = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' });
  return f.format(new Date(iso)).replace(',', '');
}
