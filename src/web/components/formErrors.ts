import type { FormInstance } from 'antd';
import type { FieldError } from '../api/client';

/** "certifications.0", "/taxCode", "body.address" → antd NamePath. */
export function pathToName(path: string): (string | number)[] {
  const cleaned = path.replace(/^\/+/, '').replace(/^body[./]/, '');
  return cleaned
    .split(/[./]/)
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Puts server validation errors on the form fields they name. Returns the errors that
 * match no field, for a general message.
 */
export function applyServerErrors(form: FormInstance, errors: FieldError[], fieldNames: readonly string[]): FieldError[] {
  const byField = new Map<string, { name: (string | number)[]; messages: string[] }>();
  const rest: FieldError[] = [];
  for (const e of errors) {
    const name = pathToName(e.path);
    const top = name[0];
    if (typeof top === 'string' && fieldNames.includes(top)) {
      // Array items (certifications.0) are reported on the list field itself.
      const key = top;
      const entry = byField.get(key) ?? { name: [top], messages: [] };
      entry.messages.push(e.message);
      byField.set(key, entry);
    } else {
      rest.push(e);
    }
  }
  form.setFields([...byField.values()].map((f) => ({ name: f.name, errors: f.messages })));
  const first = [...byField.values()][0];
  if (first) form.scrollToField(first.name, { block: 'center', focus: true });
  return rest;
}
