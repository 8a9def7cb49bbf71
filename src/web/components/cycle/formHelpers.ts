import type { FormInstance } from 'antd';
import type { FieldError } from '../../api/client';
import { pathToName } from '../formErrors';

/** Puts server validation errors on the (possibly nested) fields they name; returns them all as text. */
export function applyNestedErrors(form: FormInstance, errors: FieldError[], label: (name: (string | number)[]) => string | undefined): string[] {
  form.setFields(errors.map((e) => ({ name: pathToName(e.path), errors: [e.message] })));
  const first = errors[0];
  if (first) form.scrollToField(pathToName(first.path), { block: 'center', focus: true });
  return errors.map((e) => {
    const l = label(pathToName(e.path));
    return l ? `${l}: ${e.message}` : e.message;
  });
}

/** Text: NFC, trimmed, empty → undefined. */
export function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.normalize('NFC').trim();
  return s === '' ? undefined : s;
}

/** Number or undefined. */
export function num(v: unknown): number | undefined {
  if (v === '' || v === null || v === undefined) return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** Removes undefined members (JSON bodies of strict schemas). */
export function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
