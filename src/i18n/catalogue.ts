/**
 * One message catalogue per language, shared by the server (problem+json titles, details and
 * field errors) and the web client (react-i18next). Keys are flat ("errors.notFound",
 * "catalogue.title"); placeholders use i18next's syntax, `{{name}}`, on both sides.
 *
 * Each language's catalogue is composed explicitly from per-area parts (`vi/app.ts`,
 * `vi/errors.ts`, …) in `vi.ts` / `en.ts`; nothing registers messages as a side effect.
 */
export type Messages = Readonly<Record<string, string>>;

export interface Catalogue {
  readonly messages: Messages;
  /** Keys defined in more than one part with different texts (a test keeps this empty). */
  readonly conflicts: readonly { key: string; parts: string[] }[];
}

/** Merges the parts; a key defined twice with different texts is recorded as a conflict. */
export function composeCatalogue(parts: Record<string, Messages>): Catalogue {
  const messages: Record<string, string> = {};
  const origin: Record<string, string> = {};
  const conflicts: { key: string; parts: string[] }[] = [];
  for (const [part, entries] of Object.entries(parts)) {
    for (const [key, text] of Object.entries(entries)) {
      if (key in messages && messages[key] !== text) conflicts.push({ key, parts: [origin[key], part] });
      if (!(key in messages)) {
        messages[key] = text;
        origin[key] = part;
      }
    }
  }
  return { messages, conflicts };
}

/**
 * The text of `key` with its placeholders filled, then `$t(other.key)` references replaced by
 * their own texts (i18next's nesting, so a code in a param becomes a label:
 * `$t(labels.level.{{level}})` with level "district" → "cấp huyện"). Unknown keys stay as they are.
 */
export function translateFrom(messages: Messages, key: string, params: Record<string, unknown> = {}): string {
  return interpolate(messages[key] ?? key, params).replace(/\$t\(([\w.-]+)\)/g, (whole, ref: string) => messages[ref] ?? ref);
}

/** `{{name}}` → params.name (unknown placeholders are left as they are). */
export function interpolate(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
