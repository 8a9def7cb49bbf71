/** Helpers shared by the record forms. */

/** Trims and NFC-normalises text; empty → null. */
export function cleanText(v: unknown): string | null {
  if (typeof v !== 'string') return v == null ? null : String(v);
  const s = v.normalize('NFC').trim();
  return s === '' ? null : s;
}

export function cleanNumber(v: unknown): number | null {
  if (v === '' || v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = Array.isArray(a) ? a : [];
    const y = Array.isArray(b) ? b : [];
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  return (a ?? null) === (b ?? null);
}

/** Only the fields whose value differs from the record as read. */
export function changedFields<T extends Record<string, unknown>>(next: T, before: Partial<Record<keyof T, unknown>>): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(next) as (keyof T)[]) {
    if (!same(next[k], before[k])) out[k] = next[k];
  }
  return out;
}
